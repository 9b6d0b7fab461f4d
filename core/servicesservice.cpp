#include "servicesservice.h"

#include "clock.h"
#include "hoursrules.h"
#include "projectrepository.h"
#include "servicerepository.h"
#include "servicesfamily.h"
#include "store.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServices, "gangwerk.services")

namespace gw {

namespace {

using services::OccurrenceState;
using services::State;

QString stateName(State s)
{
    switch (s) {
    case State::Open:
        return QStringLiteral("open");
    case State::Taken:
        return QStringLiteral("taken");
    case State::Closed:
        return QStringLiteral("done");
    case State::Withdrawn:
        return QStringLiteral("withdrawn");
    case State::Hidden:
        return QStringLiteral("hidden");
    case State::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("open");
}

QString occurrenceStateText(OccurrenceState s)
{
    switch (s) {
    case OccurrenceState::Reported:
        return ServicesService::tr("Waiting for confirmation");
    case OccurrenceState::AwaitingBeheerder:
        return ServicesService::tr("Waiting for the beheerder");
    case OccurrenceState::Credited:
        return ServicesService::tr("Counted as hours");
    case OccurrenceState::Disputed:
        return ServicesService::tr("Not right: the beheerder looks at it");
    case OccurrenceState::Declined:
        return ServicesService::tr("No hours");
    }
    return {};
}

QString dateTimeText(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid())
        return {};
    return QLocale().toString(t.toTimeZone(zone), QStringLiteral("d MMM, HH:mm"));
}

} // namespace

ServicesService::ServicesService(MemberContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_outbox(context.store())
{
    // First connected, so the revision has moved before any binding reads it again.
    connect(this, &ServicesService::servicesChanged, this, [this] {
        ++m_revision;
        m_names.clear(); // a sync may have brought a neighbour's new name
    });
    connect(&m_context, &MemberContext::changed, this, &ServicesService::servicesChanged);
}

bool ServicesService::fail(const QString &userMessage, const char *what)
{
    m_lastError = userMessage;
    qCInfo(lcServices) << what << "not done";
    emit errorOccurred(userMessage);
    return false;
}

bool ServicesService::apply(const pb::Mutation &m, const char *what)
{
    if (!m_context.isReady())
        return fail(tr("Gangwerk is not set up yet."), "before setup");
    try {
        Transaction tx(m_context.store());
        const Verdict v = m_context.applyAndQueue(m, m_outbox);
        if (!v.applied) {
            // The reason code only: the words may quote a neighbour's request.
            qCInfo(lcServices).noquote() << what << "refused:" << v.reasonCode;
            return fail(hours::refusalMessage(v.reasonCode, v.message), what);
        }
        tx.commit();
    } catch (const StoreError &err) {
        qCWarning(lcServices) << what << "failed:" << err.what();
        return fail(tr("This could not be saved. Nothing was changed. Please try again."), what);
    }
    m_lastError.clear();
    emit servicesChanged();
    emit queuedForSync();
    return true;
}

QList<ServicePost> ServicesService::posts() const
{
    if (!m_context.isReady())
        return {};
    try {
        return ServiceRepository(m_context.store()).posts(m_context.project()->id);
    } catch (const StoreError &err) {
        qCWarning(lcServices) << "reading posts failed:" << err.what();
        return {};
    }
}

std::optional<ServicePost> ServicesService::post(const QString &id) const
{
    try {
        return ServiceRepository(m_context.store()).post(id);
    } catch (const StoreError &err) {
        qCWarning(lcServices) << "reading a post failed:" << err.what();
        return std::nullopt;
    }
}

QString ServicesService::nameOf(const QString &memberId) const
{
    if (memberId.isEmpty())
        return {};
    // A list names the same few neighbours on every card: read each once per change.
    const auto cached = m_names.constFind(memberId);
    if (cached != m_names.cend())
        return *cached;
    const auto m = ProjectRepository(m_context.store()).member(memberId);
    const QString name = m && !m->displayName.isEmpty() ? m->displayName : tr("A neighbour");
    m_names.insert(memberId, name);
    return name;
}

QVariantList ServicesService::categories() const
{
    QVariantList out;
    if (!m_context.isReady())
        return out;
    for (const QString &k : m_context.project()->serviceCategoryKeys())
        out.append(QVariantMap{{QStringLiteral("key"), k},
                               {QStringLiteral("label"), services::categoryLabel(k)},
                               {QStringLiteral("heavy"), false}});
    for (const QString &k : services::heavyTopics())
        out.append(QVariantMap{{QStringLiteral("key"), k},
                               {QStringLiteral("label"), services::categoryLabel(k)},
                               {QStringLiteral("heavy"), true}});
    return out;
}

QVariantList ServicesService::neighbours() const
{
    QVariantList out;
    const auto &me = m_context.member();
    if (!me || !mayEver(*me, Action::PostOnBehalf))
        return out;
    QList<Member> members = ProjectRepository(m_context.store()).members(me->projectId);
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    for (const Member &m : members)
        if (m.id != me->id && m.role != Role::Beheerder &&
            permits(*me, Action::PostOnBehalf, Subject::member(m)))
            out.append(QVariantMap{{QStringLiteral("memberId"), m.id},
                                   {QStringLiteral("name"), m.displayName}});
    return out;
}

QString ServicesService::beheerderContact() const
{
    return m_context.isReady() ? m_context.project()->beheerderContact : QString();
}

std::optional<ServicePost> ServicesService::draftOf(const QVariantMap &f, QVariantMap *errors) const
{
    const auto &me = m_context.member();
    if (!me || !m_context.project())
        return std::nullopt;
    const QTimeZone zone = m_context.project()->zone();
    ServicePost p;
    p.id = newId();
    p.projectId = me->projectId;
    p.kind = f.value(QStringLiteral("kind")).toString() == QLatin1String("offer")
                 ? services::Kind::Offer
                 : services::Kind::Request;
    p.category = f.value(QStringLiteral("category")).toString();
    p.text = f.value(QStringLiteral("text")).toString().trimmed();
    p.estimateMinutes = f.value(QStringLiteral("estimate"), 60).toInt();
    const QString forId = f.value(QStringLiteral("forMemberId")).toString();
    const QString subjectId =
        p.kind == services::Kind::Request && !forId.isEmpty() ? forId : me->id;
    Member subject = *me;
    if (subjectId != me->id)
        if (const auto m = ProjectRepository(m_context.store()).member(subjectId))
            subject = *m;
    (p.kind == services::Kind::Request ? p.askerId : p.helperId) = subjectId;
    p.gang = f.value(QStringLiteral("forEveryone")).toBool() ? QString() : subject.gang;
    if (!f.value(QStringLiteral("flexible"), true).toBool()) {
        const QDate day = QDate::fromString(f.value(QStringLiteral("day")).toString(), Qt::ISODate);
        const int from = f.value(QStringLiteral("fromHour"), 10).toInt();
        const int until = f.value(QStringLiteral("untilHour"), 12).toInt();
        if (day.isValid()) {
            p.whenFrom = QDateTime(day, QTime(std::clamp(from, 0, 23), 0), zone).toUTC();
            p.whenUntil = until >= 24
                              ? QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC()
                              : QDateTime(day, QTime(std::clamp(until, 0, 23), 0), zone).toUTC();
        } else if (errors) {
            errors->insert(QStringLiteral("when"), tr("Choose a day, or \"flexible\"."));
        }
        if (f.value(QStringLiteral("repeatWeekly")).toBool()) {
            p.repeat = activities::Repeat::Weekly;
            p.repeatUntil =
                QDate::fromString(f.value(QStringLiteral("repeatUntil")).toString(), Qt::ISODate);
        }
    } else if (f.value(QStringLiteral("repeatWeekly")).toBool()) {
        p.repeat = activities::Repeat::Weekly; // refused by the rules: a repeat needs a day
    }
    return p;
}

QVariantMap ServicesService::check(const QVariantMap &f) const
{
    QVariantMap errors;
    const auto p = draftOf(f, &errors);
    if (!p)
        return errors;
    const services::PostDraft d{p->kind,      p->category,        p->text,   p->whenFrom,
                                p->whenUntil, p->estimateMinutes, p->repeat, p->repeatUntil};
    const auto problems =
        services::validatePost(d, {m_context.clock().now(), m_context.project()->zone(),
                                   m_context.project()->serviceCategoryKeys()});
    static const char *const kFields[] = {"category", "text", "when", "estimate", "repeat"};
    for (const services::Violation &v : problems) {
        const QString field = QString::fromLatin1(kFields[int(v.field)]);
        if (!errors.contains(field))
            errors.insert(field, services::problemMessage(v.problem));
    }
    return errors;
}

QString ServicesService::post(const QVariantMap &f)
{
    const QVariantMap errors = check(f);
    if (!errors.isEmpty()) {
        fail(errors.first().toString(), "post: form");
        return {};
    }
    const auto p = draftOf(f, nullptr);
    if (!p) {
        fail(tr("Gangwerk is not set up yet."), "post: before setup");
        return {};
    }
    return apply(servicesfamily::postMutation(*p), "post") ? p->id : QString();
}

bool ServicesService::take(const QString &postId)
{
    return apply(servicesfamily::takeMutation(postId), "take");
}

bool ServicesService::standIn(const QString &postId)
{
    return apply(servicesfamily::standInMutation(postId), "stand in");
}

bool ServicesService::release(const QString &postId)
{
    return apply(servicesfamily::releaseMutation(postId), "release");
}

bool ServicesService::withdraw(const QString &postId)
{
    return apply(servicesfamily::withdrawMutation(postId), "withdraw");
}

bool ServicesService::renew(const QString &postId)
{
    return apply(servicesfamily::renewMutation(postId), "renew");
}

bool ServicesService::reportDone(const QString &postId, const QString &day, int minutes,
                                 const QString &note)
{
    const QDate d = day.isEmpty() ? m_context.today() : QDate::fromString(day, Qt::ISODate);
    return apply(servicesfamily::reportMutation(postId, newId(), d, minutes, note.trimmed()),
                 "report");
}

bool ServicesService::confirm(const QString &postId, const QString &occurrenceId, int minutes)
{
    return apply(servicesfamily::confirmMutation(postId, occurrenceId, minutes), "confirm");
}

bool ServicesService::dispute(const QString &postId, const QString &occurrenceId,
                              const QString &reason)
{
    return apply(servicesfamily::disputeMutation(postId, occurrenceId, reason.trimmed()),
                 "dispute");
}

bool ServicesService::settle(const QString &postId, const QString &occurrenceId, bool credit,
                             int minutes, const QString &note)
{
    return apply(
        servicesfamily::settleMutation(postId, occurrenceId, credit, minutes, note.trimmed()),
        "settle");
}

bool ServicesService::hide(const QString &postId, const QString &reason)
{
    return apply(servicesfamily::hideMutation(postId, reason.trimmed()), "hide");
}

bool ServicesService::suggestHelper(const QString &postId, const QString &memberId)
{
    return apply(servicesfamily::suggestMutation(postId, memberId), "suggest");
}

bool ServicesService::sendMessage(const QString &postId, const QString &text)
{
    return apply(servicesfamily::messageMutation(postId, newId(), text.trimmed()), "message");
}

bool ServicesService::setTalents(const QString &memberId, const QStringList &talents)
{
    if (!apply(servicesfamily::talentsMutation(memberId, talents), "talents"))
        return false;
    m_context.reload();
    return true;
}

QVariantList ServicesService::talents(const QString &memberId) const
{
    QVariantList out;
    if (!m_context.isReady())
        return out;
    const auto m = ProjectRepository(m_context.store()).member(memberId);
    const QStringList chosen = m ? m->talents : QStringList();
    for (const QString &k : m_context.project()->serviceCategoryKeys())
        out.append(QVariantMap{{QStringLiteral("key"), k},
                               {QStringLiteral("label"), services::categoryLabel(k)},
                               {QStringLiteral("chosen"), chosen.contains(k)}});
    return out;
}

QVariantMap ServicesService::summary(const ServicePost &p) const
{
    const QString me = m_context.memberId();
    const QDateTime now = m_context.clock().now();
    const QTimeZone zone = m_context.project() ? m_context.project()->zone() : QTimeZone::utc();
    const State state = services::stateAt(p, now);
    const bool request = p.kind == services::Kind::Request;
    const bool mine = p.poster() == me || p.isAskerSide(me) || (!request && p.helperId == me);
    const bool helping = request ? p.isHelper(me) : (p.askerId == me && !mine);

    QString who;
    if (p.onBehalf && p.askerId.isEmpty())
        who = tr("For a neighbour, asked by %1").arg(nameOf(p.postedBy));
    else if (p.onBehalf)
        who = tr("For %1, asked by %2").arg(nameOf(p.askerId), nameOf(p.postedBy));
    else
        who = nameOf(request ? p.askerId : p.helperId);

    QString stateText;
    switch (state) {
    case State::Open:
        stateText = request ? tr("Open: nobody helps yet") : tr("Open");
        break;
    case State::Taken:
        if (helping)
            stateText = request ? tr("You help") : tr("You said yes to this offer");
        else if (mine)
            stateText = request ? tr("%1 helps").arg(nameOf(p.helperId))
                                : tr("%1 said yes to your offer").arg(nameOf(p.askerId));
        else
            stateText = tr("Taken by a neighbour");
        break;
    case State::Closed:
        stateText = tr("Done");
        break;
    case State::Withdrawn:
        stateText = tr("Withdrawn");
        break;
    case State::Hidden:
        stateText = tr("Hidden by the beheerder");
        break;
    case State::Expired:
        stateText = tr("Expired");
        break;
    }
    // What waits for this member: a time to confirm, one to report.
    QString todo;
    const auto &member = m_context.member();
    for (const services::Occurrence &o : p.occurrences) {
        if (o.state == OccurrenceState::Reported && p.isAskerSide(me))
            todo = tr("Please confirm the help");
        if ((o.state == OccurrenceState::Disputed ||
             o.state == OccurrenceState::AwaitingBeheerder) &&
            member && servicesfamily::settles(*member, p))
            todo = tr("Waiting for your decision");
    }
    QString when = tr("Flexible");
    if (p.whenFrom.isValid())
        when = activities::whenText(p.whenFrom, p.whenUntil, zone);
    if (p.repeat != activities::Repeat::None)
        when = activities::repeatText(p.repeat, p.whenFrom, p.repeatUntil, zone);
    return {{QStringLiteral("postId"), p.id},
            {QStringLiteral("kind"), request ? QStringLiteral("request") : QStringLiteral("offer")},
            {QStringLiteral("kindText"), request ? tr("Asks for help") : tr("Offers help")},
            {QStringLiteral("categoryLabel"), services::categoryLabel(p.category)},
            {QStringLiteral("postText"), p.text},
            {QStringLiteral("whenText"), when},
            {QStringLiteral("estimateText"),
             tr("About %1").arg(hours::formatMinutes(p.estimateMinutes))},
            {QStringLiteral("whoText"), who},
            {QStringLiteral("forEveryone"), p.gang.isEmpty()},
            {QStringLiteral("state"), stateName(state)},
            {QStringLiteral("stateText"), stateText},
            {QStringLiteral("flagged"), services::isFlagged(p, now)},
            {QStringLiteral("mine"), mine},
            {QStringLiteral("helping"), helping},
            {QStringLiteral("todo"), todo},
            {QStringLiteral("postedText"), dateTimeText(p.postedAt, zone)}};
}

QVariantMap ServicesService::detail(const QString &postId) const
{
    const auto found = post(postId);
    const auto &member = m_context.member();
    if (!found || !member || !m_context.project())
        return {};
    const ServicePost &p = *found;
    const Member &me = *member;
    const QDateTime now = m_context.clock().now();
    const QTimeZone zone = m_context.project()->zone();
    QVariantMap d = summary(p);
    const bool beheerder = servicesfamily::settles(me, p);
    const bool inAudience = p.gang.isEmpty() || p.gang == me.gang || beheerder;
    const auto none = services::Problem::None;
    d.insert(QStringLiteral("mayTake"), inAudience && mayEver(me, Action::TakeServiceRequest) &&
                                            services::checkTake(p, me.id, now) == none);
    d.insert(QStringLiteral("mayStandIn"),
             inAudience && !p.standInIds.contains(me.id) &&
                 services::checkStandIn(p, me.id, now) == none &&
                 !(p.repeat == activities::Repeat::None && !p.occurrences.isEmpty()));
    d.insert(QStringLiteral("standingIn"), p.standInIds.contains(me.id));
    d.insert(QStringLiteral("mayRelease"), services::checkRelease(p, me.id) == none);
    const bool poster = p.poster() == me.id;
    d.insert(QStringLiteral("mayWithdraw"),
             poster && services::checkWithdraw(p, me.id) == none && p.state != State::Withdrawn);
    d.insert(QStringLiteral("mayRenew"), poster && services::checkRenew(p, me.id) == none);
    d.insert(QStringLiteral("mayReport"), services::checkReport(p, me.id, m_context.today(), 60, {},
                                                                m_context.today(), zone) == none);
    // The days a report may be for: today for a single time; for a regular arrangement its
    // agreed days up to today that were not reported yet, the latest first.
    QVariantList reportDays;
    if (p.repeat != activities::Repeat::None) {
        const QList<QDate> days = services::seriesDays(p, zone);
        for (auto it = days.crbegin(); it != days.crend() && reportDays.size() < 8; ++it)
            if (*it <= m_context.today() &&
                services::checkReport(p, me.id, *it, 60, {}, m_context.today(), zone) == none)
                reportDays.append(QVariantMap{
                    {QStringLiteral("iso"), it->toString(Qt::ISODate)},
                    {QStringLiteral("text"), QLocale().toString(*it, QLocale::LongFormat)}});
        d.insert(QStringLiteral("mayReport"), !reportDays.isEmpty());
    }
    d.insert(QStringLiteral("reportDays"), reportDays);
    d.insert(QStringLiteral("mayMessage"),
             services::checkMessage(p, me.id, beheerder, QStringLiteral("x")) == none);
    d.insert(QStringLiteral("mayHide"),
             beheerder && p.state != State::Hidden && p.state != State::Withdrawn);
    d.insert(QStringLiteral("hiddenReason"), p.hiddenReason);
    d.insert(QStringLiteral("isBeheerder"), beheerder);
    d.insert(QStringLiteral("estimateMinutes"), p.estimateMinutes);
    d.insert(QStringLiteral("helperName"), nameOf(p.helperId));
    d.insert(QStringLiteral("suggested"), p.suggestedHelperId == me.id);

    // The timeline, as this member may see it.
    QVariantList timeline;
    const auto step = [&](const QString &text, const QDateTime &at) {
        timeline.append(QVariantMap{{QStringLiteral("text"), text},
                                    {QStringLiteral("when"), dateTimeText(at, zone)}});
    };
    step(tr("Posted"), p.postedAt);
    if (p.takenAt.isValid() && !p.helperId.isEmpty() && !p.askerId.isEmpty())
        step(p.kind == services::Kind::Request ? tr("%1 took it").arg(nameOf(p.helperId))
                                               : tr("%1 took it").arg(nameOf(p.askerId)),
             p.takenAt);
    else if (p.takenAt.isValid())
        step(tr("A neighbour took it"), p.takenAt);
    for (const services::Occurrence &o : p.occurrences) {
        step(tr("Reported done: %1").arg(hours::formatMinutes(o.reportedMinutes)), o.reportedAt);
        if (o.confirmedAt.isValid())
            step(o.state == OccurrenceState::Declined
                     ? tr("Decided: no hours")
                     : tr("Confirmed: %1").arg(hours::formatMinutes(o.confirmedMinutes)),
                 o.confirmedAt);
    }
    if (p.state == State::Withdrawn)
        step(tr("Withdrawn"), p.changedAt);
    if (p.state == State::Hidden)
        step(tr("Hidden by the beheerder"), p.changedAt);
    if (services::stateAt(p, now) == State::Expired)
        step(tr("Expired"), p.expiresAt);
    d.insert(QStringLiteral("timeline"), timeline);

    // Times of helping.
    const bool speaks = servicesfamily::speaksForAsker(m_context.store(), me, p);
    QVariantList times;
    for (const services::Occurrence &o : p.occurrences) {
        QLocale locale;
        times.append(QVariantMap{
            {QStringLiteral("occurrenceId"), o.id},
            {QStringLiteral("dayText"), locale.toString(o.day, QLocale::LongFormat)},
            {QStringLiteral("minutes"), o.reportedMinutes},
            {QStringLiteral("minutesText"),
             hours::formatMinutes(o.confirmedMinutes > 0 ? o.confirmedMinutes : o.reportedMinutes)},
            {QStringLiteral("note"), o.reportNote},
            {QStringLiteral("stateText"), occurrenceStateText(o.state)},
            {QStringLiteral("decisionNote"), o.decisionNote},
            {QStringLiteral("mayConfirm"), services::checkConfirm(p, o.id, speaks, 0) == none},
            {QStringLiteral("mayDispute"),
             services::checkDispute(p, o.id, speaks, QStringLiteral("x")) == none},
            {QStringLiteral("maySettle"),
             beheerder && services::checkSettle(p, o.id, true, 0, {}) == none}});
    }
    d.insert(QStringLiteral("times"), times);

    QVariantList messages;
    for (const services::Message &m : p.messages)
        messages.append(QVariantMap{
            {QStringLiteral("mine"), m.authorId == me.id},
            {QStringLiteral("author"), m.authorId == me.id ? tr("You") : nameOf(m.authorId)},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("pending"), !m.sentAt.isValid()},
            {QStringLiteral("timeText"),
             m.sentAt.isValid() ? dateTimeText(m.sentAt, zone) : tr("Not sent yet")}});
    d.insert(QStringLiteral("messages"), messages);

    // For the beheerder: who fits by their talents (and may take it).
    QVariantList matches;
    if (mayEver(me, Action::SuggestServiceHelper) && services::stateAt(p, now) == State::Open) {
        QList<std::pair<QString, QStringList>> talents;
        for (const Member &m : ProjectRepository(m_context.store()).members(me.projectId))
            if (m.role != Role::Beheerder && (p.gang.isEmpty() || m.gang == p.gang))
                talents.append({m.id, m.talents});
        for (const QString &id : services::matchingHelpers(p, talents))
            matches.append(QVariantMap{{QStringLiteral("memberId"), id},
                                       {QStringLiteral("name"), nameOf(id)},
                                       {QStringLiteral("suggested"), p.suggestedHelperId == id}});
    }
    d.insert(QStringLiteral("matches"), matches);
    return d;
}

// --- The Help board's lists ---------------------------------------------------------------------

ServicePostModel::ServicePostModel(ServicesService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    connect(&m_service, &ServicesService::servicesChanged, this, &ServicePostModel::reload);
}

void ServicePostModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    reload();
}

void ServicePostModel::reload()
{
    const MemberContext &ctx = m_service.memberContext();
    const auto &member = ctx.member();
    QList<QVariantMap> rows;
    if (member) {
        const QDateTime now = ctx.clock().now();
        for (const ServicePost &p : m_service.posts()) {
            const QVariantMap row = m_service.summary(p);
            const State state = services::stateAt(p, now);
            const bool mine = row.value(QStringLiteral("mine")).toBool();
            const bool helping = row.value(QStringLiteral("helping")).toBool();
            bool keep = false;
            if (m_filter == QLatin1String("mine"))
                keep = mine && state != State::Hidden;
            else if (m_filter == QLatin1String("iHelp"))
                keep = helping && state != State::Withdrawn && state != State::Hidden;
            else if (m_filter == QLatin1String("overview"))
                keep = (state == State::Open && p.kind == services::Kind::Request) ||
                       !row.value(QStringLiteral("todo")).toString().isEmpty();
            else // forMe
                keep = state == State::Open && !mine;
            if (keep)
                rows.append(row);
        }
        if (m_filter == QLatin1String("overview"))
            std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
                return a.value(QStringLiteral("flagged")).toBool() &&
                       !b.value(QStringLiteral("flagged")).toBool();
            });
    }
    replaceRows(m_rows, std::move(rows));
}

QVariantMap ServicePostModel::rowAt(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index) : QVariantMap();
}

int ServicePostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

namespace {

// The rows' keys (ServicesService::summary) as roles: Qt::UserRole + 1 + i is roleKeys()[i].
const QList<QString> &roleKeys()
{
    static const QList<QString> keys = {
        QStringLiteral("postId"),        QStringLiteral("kind"),      QStringLiteral("kindText"),
        QStringLiteral("categoryLabel"), QStringLiteral("postText"),  QStringLiteral("whenText"),
        QStringLiteral("estimateText"),  QStringLiteral("whoText"),   QStringLiteral("forEveryone"),
        QStringLiteral("state"),         QStringLiteral("stateText"), QStringLiteral("flagged"),
        QStringLiteral("mine"),          QStringLiteral("helping"),   QStringLiteral("todo"),
        QStringLiteral("postedText")};
    return keys;
}

} // namespace

QHash<int, QByteArray> ServicePostModel::roleNames() const
{
    QHash<int, QByteArray> out;
    for (int i = 0; i < roleKeys().size(); ++i)
        out.insert(Qt::UserRole + 1 + i, roleKeys().at(i).toLatin1());
    return out;
}

QVariant ServicePostModel::data(const QModelIndex &index, int role) const
{
    const int i = role - Qt::UserRole - 1;
    if (!isRow(index) || i < 0 || i >= roleKeys().size())
        return {};
    return m_rows.at(index.row()).value(roleKeys().at(i));
}

} // namespace gw
