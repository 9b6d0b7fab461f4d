#include "activityattendancemodel.h"

#include "activitiesfamily.h"
#include "activitiesservice.h"
#include "dates.h"
#include "projectrepository.h"
#include "store.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

Q_DECLARE_LOGGING_CATEGORY(lcActivities)

namespace gw {

namespace activities {

QList<MonthAttendance> attendanceByMonth(const QList<Activity> &list, const QTimeZone &zone,
                                         const QDate &lastMonth, int months)
{
    QList<MonthAttendance> out;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    for (int i = months - 1; i >= 0; --i) {
        MonthAttendance m;
        m.month = last.addMonths(-i);
        out.append(m);
    }
    if (out.isEmpty())
        return out;
    for (const Activity &a : list) {
        const QDate day = a.start.toTimeZone(zone).date();
        const qint64 index = (day.year() - out.first().month.year()) * 12 +
                             (day.month() - out.first().month.month());
        if (index < 0 || index >= out.size())
            continue;
        MonthAttendance &m = out[index];
        if (a.status == Status::Cancelled) {
            ++m.cancelled;
            continue;
        }
        if (a.status != Status::Done)
            continue; // planned, or over without attendance taken: nothing to count yet
        ++m.held;
        for (const SignUp &s : a.signUps)
            if (s.state == SignUpState::Confirmed)
                m.signedUp += s.seats();
        m.came += int(a.attendeeIds.size());
        for (const QString &id : a.attendeeIds)
            m.reached.insert(id);
    }
    return out;
}

} // namespace activities

ActivityAttendanceModel::ActivityAttendanceModel(ActivitiesService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    connect(&m_service, &ActivitiesService::activitiesChanged, this, [this] {
        if (m_active) {
            reload();
        } else {
            m_stale = true;
            emit summaryChanged(); // who may see it can change with the member
        }
    });
}

void ActivityAttendanceModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    // Counted after the screen has finished showing the card (its visibility follows
    // `available`, which a reload notifies).
    if (m_active && m_stale)
        QMetaObject::invokeMethod(this, &ActivityAttendanceModel::reload, Qt::QueuedConnection);
}

void ActivityAttendanceModel::setMonths(int months)
{
    months = std::clamp(months, 1, 24);
    if (months == m_months)
        return;
    m_months = months;
    reload();
}

bool ActivityAttendanceModel::available() const
{
    const MemberContext &ctx = m_service.memberContext();
    return ctx.member() && mayEver(*ctx.member(), Action::SeeAttendeeNames);
}

void ActivityAttendanceModel::reload()
{
    const MemberContext &ctx = m_service.memberContext();
    m_stale = false;
    QList<activities::MonthAttendance> rows;
    QString summary;
    if (available() && ctx.project()) {
        const QTimeZone tz = ctx.project()->zone();
        const QDate today = ctx.today();
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(m_months - 1));
        QList<Activity> seen;
        for (const Activity &a : m_service.activities(QDateTime(first, QTime(0, 0), tz)))
            if (activitiesfamily::seesNames(*ctx.member(), a))
                seen.append(a);
        rows = activities::attendanceByMonth(seen, tz, today, m_months);
        QSet<QString> reached;
        for (const auto &m : rows)
            reached.unite(m.reached);
        // Out of the neighbours the viewer sees attendance for: their corridor, or everyone.
        QSet<QString> residents;
        try {
            const Member &me = *ctx.member();
            for (const Member &m : ProjectRepository(ctx.store()).members(me.projectId))
                if (m.role != Role::Beheerder &&
                    permits(me, Action::SeeAttendeeNames, {QString(), m.gang}))
                    residents.insert(m.id);
        } catch (const StoreError &err) {
            qCWarning(lcActivities) << "reading the residents failed:" << err.what();
        }
        const qsizetype cameOnce = reached.intersect(residents).size();
        summary =
            tr("Since %1, %2 of %3 neighbours came to at least one activity.")
                .arg(QLocale().toString(first, QStringLiteral("MMMM yyyy")),
                     QLocale().toString(int(cameOnce)), QLocale().toString(int(residents.size())));
    }
    int maxCame = 0;
    for (const auto &m : rows)
        maxCame = std::max(maxCame, m.came);
    replaceRows(m_rows, std::move(rows));
    m_summary = summary;
    m_maxCame = maxCame;
    emit summaryChanged();
}

int ActivityAttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ActivityAttendanceModel::roleNames() const
{
    return {{MonthRole, "month"},         {MonthNameRole, "monthName"}, {HeldRole, "held"},
            {CancelledRole, "cancelled"}, {SignedUpRole, "signedUp"},   {CameRole, "came"},
            {ReachedRole, "reached"},     {TextRole, "details"}};
}

QVariant ActivityAttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const activities::MonthAttendance &m = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case MonthRole:
        return locale.toString(m.month, QStringLiteral("MMM yyyy"));
    case MonthNameRole:
        return monthAndYear(m.month);
    case HeldRole:
        return m.held;
    case CancelledRole:
        return m.cancelled;
    case SignedUpRole:
        return m.signedUp;
    case CameRole:
        return m.came;
    case ReachedRole:
        return int(m.reached.size());
    case TextRole:
        // Counts after a colon: right in every language without plural forms.
        if (m.held == 0)
            return m.cancelled > 0
                       ? tr("Nothing took place. Cancelled: %1").arg(locale.toString(m.cancelled))
                       : tr("No activities");
        return tr("Held: %1 · signed up: %2 · came: %3 · different neighbours: %4")
            .arg(locale.toString(m.held), locale.toString(m.signedUp), locale.toString(m.came),
                 locale.toString(int(m.reached.size())));
    }
    return {};
}

} // namespace gw
