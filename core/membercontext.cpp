#include "membercontext.h"

#include "clock.h"
#include "hoursrules.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "store.h"

#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcContext, "gangwerk.context")

namespace gw {

MemberContext::MemberContext(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    reload();
}

void MemberContext::reload()
{
    m_member.reset();
    m_project.reset();
    m_deviceId.clear();
    if (m_store.isOpen()) {
        try {
            Statement device(m_store, "SELECT device_id FROM sync_state");
            if (device.next())
                m_deviceId = device.text(0);
            ProjectRepository projects(m_store);
            if (const QString self = projects.selfMemberId(); !self.isEmpty())
                m_member = projects.member(self);
            if (m_member)
                m_project = projects.project(m_member->projectId);
        } catch (const StoreError &e) {
            qCWarning(lcContext) << "reload failed:" << e.what();
        }
    }
    emit changed();
}

MutationScope MemberContext::scope() const
{
    return {m_store, *m_member, *m_project, m_clock.now().toUTC(), false, nullptr, m_deviceId};
}

Verdict MemberContext::applyAndQueue(const pb::Mutation &m, OutboxRepository &outbox) const
{
    MutationScope s = scope();
    const MutationKind *kind = mutationKind(m.body_case());
    const Verdict v = kind ? kind->apply(s, m)
                           : Verdict::refuse(QStringLiteral("UNKNOWN_MUTATION"),
                                             QStringLiteral("This kind of change is unknown."));
    if (v.applied)
        outbox.enqueue(m, s.now);
    return v;
}

QString MemberContext::act(const pb::Mutation &m, OutboxRepository &outbox, const char *what) const
{
    if (!isReady())
        return tr("Gangwerk is not set up yet.");
    try {
        Transaction tx(m_store);
        const Verdict v = applyAndQueue(m, outbox);
        if (!v.applied) {
            // The reason code only: the words may quote what someone wrote.
            qCInfo(lcContext).noquote() << what << "refused:" << v.reasonCode;
            return hours::refusalMessage(v.reasonCode, v.message);
        }
        tx.commit();
    } catch (const StoreError &err) {
        qCWarning(lcContext) << what << "failed:" << err.what();
        return tr("This could not be saved. Nothing was changed. Please try again.");
    }
    return {};
}

bool MemberContext::may(Action action) const
{
    return m_member && mayEver(*m_member, action);
}

bool MemberContext::may(const QString &action) const
{
    const auto a = actionFromName(action);
    if (!a)
        qCWarning(lcContext).noquote() << "may(): no action named" << action;
    return a && may(*a);
}

QVariantMap MemberContext::can() const
{
    QVariantMap out;
    for (const Permission &p : permissionTable())
        out.insert(QString::fromLatin1(p.name), may(p.action));
    return out;
}

QDate MemberContext::today() const
{
    const QTimeZone zone(m_project ? m_project->timeZone.toUtf8() : QByteArray("Europe/Amsterdam"));
    return hours::localDate(m_clock.now(), zone.isValid() ? zone : QTimeZone::utc());
}

} // namespace gw
