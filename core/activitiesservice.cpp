#include "activitiesservice.h"

#include "activitiesfamily.h"
#include "activityrepository.h"
#include "clock.h"
#include "hoursrules.h"
#include "projectrepository.h"
#include "store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcActivities, "gangwerk.activities")

namespace gw {

ActivitiesService::ActivitiesService(MemberContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_outbox(context.store())
{
    connect(&m_context, &MemberContext::changed, this, &ActivitiesService::activitiesChanged);
}

bool ActivitiesService::apply(const pb::Mutation &m, const char *what)
{
    if (!m_context.isReady())
        return fail(tr("Gangwerk is not set up yet."), "before setup");
    try {
        Transaction tx(m_context.store());
        const Verdict v = m_context.applyAndQueue(m, m_outbox);
        if (!v.applied) {
            // The reason code only: the words may name an activity.
            qCInfo(lcActivities).noquote() << what << "refused:" << v.reasonCode;
            return fail(hours::refusalMessage(v.reasonCode, v.message), what);
        }
        tx.commit();
    } catch (const StoreError &err) {
        qCWarning(lcActivities) << what << "failed:" << err.what();
        return fail(tr("This could not be saved. Nothing was changed. Please try again."), what);
    }
    m_lastError.clear();
    emit activitiesChanged();
    emit queuedForSync();
    return true;
}

bool ActivitiesService::signUp(const QString &activityId, const QString &companionId)
{
    return apply(
        activitiesfamily::signUpMutation(newId(), activityId, m_context.memberId(), companionId),
        "sign-up");
}

bool ActivitiesService::withdraw(const QString &activityId)
{
    const auto a = activity(activityId);
    const activities::SignUp *mine = a ? a->signUpOf(m_context.memberId()) : nullptr;
    if (!mine)
        return fail(tr("You are not signed up for this activity."), "withdraw: not signed up");
    return apply(activitiesfamily::withdrawMutation(activityId, mine->id, m_context.memberId()),
                 "withdraw");
}

bool ActivitiesService::cancel(const QString &activityId, const QString &reason, bool thisAndLater)
{
    return apply(activitiesfamily::cancelMutation(activityId, reason.trimmed(), thisAndLater),
                 "cancel");
}

bool ActivitiesService::promote(const QString &activityId, const QString &signUpId)
{
    return apply(activitiesfamily::promoteMutation(activityId, signUpId), "promote");
}

bool ActivitiesService::mayPromote(const QString &activityId) const
{
    const auto a = activity(activityId);
    const auto &me = m_context.member();
    return a && me && a->status == activities::Status::Planned &&
           m_context.clock().now() < a->start &&
           activitiesfamily::permitsOn(*me, Action::PromoteFromWaitlist, *a);
}

bool ActivitiesService::takeAttendance(const QString &activityId, const QStringList &presentIds)
{
    return apply(activitiesfamily::attendanceMutation(activityId, presentIds), "attendance");
}

bool ActivitiesService::mayTakeAttendance(const QString &activityId) const
{
    const auto a = activity(activityId);
    const auto &me = m_context.member();
    return a && me && a->status != activities::Status::Cancelled &&
           m_context.clock().now() >= a->start &&
           activitiesfamily::permitsOn(*me, Action::TakeAttendance, *a);
}

QVariantList ActivitiesService::people(const QString &activityId) const
{
    QVariantList out;
    const auto a = activity(activityId);
    const auto &me = m_context.member();
    if (!a || !me || !activitiesfamily::seesNames(*me, *a))
        return out;
    ProjectRepository projects(m_context.store());
    const auto add = [&](const QString &id, const activities::SignUp &s) {
        const auto m = projects.member(id);
        const char *state = s.state == activities::SignUpState::Confirmed    ? "confirmed"
                            : s.state == activities::SignUpState::Waitlisted ? "waitlisted"
                                                                             : "pending";
        out.append(QVariantMap{{QStringLiteral("memberId"), id},
                               {QStringLiteral("signUpId"), s.id},
                               {QStringLiteral("name"), m ? m->displayName : QString()},
                               {QStringLiteral("state"), QString::fromLatin1(state)},
                               {QStringLiteral("waitingPlace"), s.waitingPlace},
                               {QStringLiteral("came"), a->attendeeIds.contains(id)}});
    };
    try {
        for (const activities::SignUp &s : a->signUps) {
            if (!s.isActive())
                continue;
            add(s.memberId, s);
            if (!s.companionId.isEmpty())
                add(s.companionId, s);
        }
    } catch (const StoreError &err) {
        qCWarning(lcActivities) << "reading who comes failed:" << err.what();
    }
    return out;
}

bool ActivitiesService::dispute(const QString &activityId, int minutes, const QString &reason)
{
    return apply(activitiesfamily::disputeMutation(activityId, newId(), minutes, reason.trimmed()),
                 "dispute");
}

bool ActivitiesService::resolve(const QString &activityId, const QString &disputeId, bool accept,
                                int minutes, const QString &answer)
{
    return apply(
        activitiesfamily::resolveMutation(activityId, disputeId, accept, minutes, answer.trimmed()),
        "resolve dispute");
}

QVariantMap ActivitiesService::creditQuestion(const QString &activityId) const
{
    const auto a = activity(activityId);
    const auto &me = m_context.member();
    if (!a || !me)
        return {};
    const QString self = me->id;
    const activities::Dispute *latest = nullptr;
    for (const activities::Dispute &d : a->disputes)
        if (d.memberId == self)
            latest = &d;
    QString state;
    QString text;
    if (latest) {
        switch (latest->state) {
        case activities::DisputeState::Open:
            state = QStringLiteral("open");
            text = tr("You asked the organiser to check this");
            break;
        case activities::DisputeState::Accepted:
            state = QStringLiteral("accepted");
            text = tr("Checked: changed to %1").arg(hours::formatMinutes(latest->minutes));
            break;
        case activities::DisputeState::Declined:
            state = QStringLiteral("declined");
            text = tr("Checked: stays — %1").arg(latest->answer);
            break;
        }
    }
    // Whether a question is allowed now: the rules' own answer for a valid question.
    const bool canAsk =
        permits(*me, Action::DisputeCredit, Subject::member(*me)) &&
        activities::checkDispute({a->status, a->countsAsHours}, a->disputes, self,
                                 std::max(a->creditMinutes, hours::kMinEntryMinutes),
                                 QStringLiteral("?")) == activities::DisputeProblem::None;
    return {{QStringLiteral("canAsk"), canAsk},
            {QStringLiteral("state"), state},
            {QStringLiteral("text"), text},
            {QStringLiteral("creditMinutes"), a->creditMinutes}};
}

QVariantList ActivitiesService::openDisputes(const QString &activityId) const
{
    QVariantList out;
    const auto a = activity(activityId);
    const auto &me = m_context.member();
    if (!a || !me || !activitiesfamily::permitsOn(*me, Action::ResolveCreditDispute, *a))
        return out;
    try {
        ProjectRepository projects(m_context.store());
        for (const activities::Dispute &d : a->disputes) {
            if (d.state != activities::DisputeState::Open || d.memberId == me->id)
                continue;
            const auto m = projects.member(d.memberId);
            const QString credited = d.entryId.isEmpty()
                                         ? tr("Not marked as present")
                                         : tr("Got %1").arg(hours::formatMinutes(a->creditMinutes));
            out.append(QVariantMap{{QStringLiteral("disputeId"), d.id},
                                   {QStringLiteral("memberId"), d.memberId},
                                   {QStringLiteral("name"), m ? m->displayName : QString()},
                                   {QStringLiteral("minutes"), d.minutes},
                                   {QStringLiteral("minutesText"), hours::formatMinutes(d.minutes)},
                                   {QStringLiteral("creditedText"), credited},
                                   {QStringLiteral("reason"), d.reason}});
        }
    } catch (const StoreError &err) {
        qCWarning(lcActivities) << "reading questions failed:" << err.what();
    }
    return out;
}

bool ActivitiesService::mayCancel(const QString &activityId) const
{
    const auto a = activity(activityId);
    const auto &me = m_context.member();
    return a && me && activitiesfamily::permitsOn(*me, Action::CancelActivity, *a);
}

QVariantList ActivitiesService::neighbours() const
{
    QVariantList out;
    const auto &me = m_context.member();
    if (!me || !m_context.project())
        return out;
    try {
        for (const Member &m : ProjectRepository(m_context.store()).members(me->projectId))
            if (m.id != me->id && m.role != Role::Beheerder &&
                permits(*me, Action::SignUpTogether, Subject::member(m)))
                out.append(QVariantMap{{QStringLiteral("memberId"), m.id},
                                       {QStringLiteral("name"), m.displayName}});
    } catch (const StoreError &err) {
        qCWarning(lcActivities) << "reading neighbours failed:" << err.what();
    }
    return out;
}

bool ActivitiesService::plan(const Activity &a, bool thisAndLater)
{
    return apply(activitiesfamily::planMutation(a, thisAndLater), "plan");
}

bool ActivitiesService::mayEdit(const QString &activityId) const
{
    const auto a = activity(activityId);
    const auto &me = m_context.member();
    return a && me && a->status == activities::Status::Planned &&
           activitiesfamily::permitsOn(*me, Action::EditActivity, *a);
}

bool ActivitiesService::mayPlanFor(const QString &gang) const
{
    const auto &me = m_context.member();
    return me &&
           permits(*me, Action::CreateActivity, activitiesfamily::activitySubject(*me, gang, true));
}

QList<activities::RuleViolation> ActivitiesService::check(const Activity &a,
                                                          bool thisAndLater) const
{
    if (!m_context.isReady())
        return {};
    try {
        const bool editing = !a.id.isEmpty() && activity(a.id).has_value();
        return activitiesfamily::checkPlan(m_context.store(), *m_context.project(),
                                           m_context.clock().now().toUTC(), a, editing,
                                           thisAndLater);
    } catch (const StoreError &err) {
        qCWarning(lcActivities) << "checking an activity failed:" << err.what();
        return {};
    }
}

QList<Activity> ActivitiesService::activities(const QDateTime &from) const
{
    if (!m_context.isReady())
        return {};
    try {
        return ActivityRepository(m_context.store()).activities(m_context.project()->id, from);
    } catch (const StoreError &err) {
        qCWarning(lcActivities) << "reading activities failed:" << err.what();
        return {};
    }
}

std::optional<Activity> ActivitiesService::activity(const QString &id) const
{
    // Screens still bound to an activity ask once more while the store closes (locking, a
    // reset): nothing to read then.
    if (!m_context.isReady())
        return std::nullopt;
    try {
        return ActivityRepository(m_context.store()).activity(id);
    } catch (const StoreError &err) {
        qCWarning(lcActivities) << "reading an activity failed:" << err.what();
        return std::nullopt;
    }
}

bool ActivitiesService::fail(const QString &userMessage, const char *what)
{
    qCInfo(lcActivities) << what << "not done";
    m_lastError = userMessage;
    emit errorOccurred(userMessage);
    return false;
}

// --- the list ---------------------------------------------------------------------------------

ActivityListModel::ActivityListModel(ActivitiesService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    connect(&m_service, &ActivitiesService::activitiesChanged, this, &ActivityListModel::reload);
}

void ActivityListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    reload();
}

void ActivityListModel::reload()
{
    const MemberContext &ctx = m_service.memberContext();
    const QDateTime now = ctx.clock().now().toUTC();
    const bool past = m_filter == QLatin1String("past");
    const bool mine = m_filter == QLatin1String("mine");
    // The past: the last 60 days, newest first; else what has not ended yet.
    QList<Activity> all = m_service.activities(past ? now.addDays(-60) : now);
    QList<Row> rows;
    for (const Activity &a : all) {
        if (past != (a.end <= now))
            continue;
        if (mine && !a.signUpOf(ctx.memberId()) && !a.organisedBy(ctx.memberId()))
            continue;
        rows.append({a, valuesOf(m_service, a)});
    }
    if (past)
        std::reverse(rows.begin(), rows.end());
    replaceRows(m_rows, std::move(rows));
    ++m_revision;
    emit revisionChanged();
}

QVariantMap ActivityListModel::rowAt(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).values : QVariantMap();
}

QVariantMap ActivityListModel::row(const QString &activityId) const
{
    for (const Row &r : m_rows)
        if (r.activity.id == activityId)
            return r.values;
    // Not in this list (another filter): read it.
    if (const auto a = m_service.activity(activityId))
        return valuesOf(m_service, *a);
    return {};
}

QVariantMap ActivityListModel::valuesOf(const ActivitiesService &service, const Activity &a)
{
    const MemberContext &ctx = service.memberContext();
    const QDateTime now = ctx.clock().now().toUTC();
    const QTimeZone tz = ctx.project() ? ctx.project()->zone() : QTimeZone::utc();
    const QLocale locale;
    const QString self = ctx.memberId();
    QVariantMap v;
    v[QStringLiteral("activityId")] = a.id;
    v[QStringLiteral("title")] = a.title;
    v[QStringLiteral("description")] = a.description;
    const activities::Place *place = ctx.project() ? ctx.project()->place(a.placeId) : nullptr;
    v[QStringLiteral("place")] = place ? place->name : QString();
    v[QStringLiteral("when")] = activities::whenText(a.start, a.end, tz);
    const QDateTime start = a.start.toTimeZone(tz), end = a.end.toTimeZone(tz);
    v[QStringLiteral("day")] = locale.toString(start.date(), QStringLiteral("ddd d MMM"));
    v[QStringLiteral("time")] =
        QStringLiteral("%1–%2").arg(locale.toString(start.time(), QStringLiteral("HH:mm")),
                                    locale.toString(end.time(), QStringLiteral("HH:mm")));
    const QDate today = ctx.today();
    const QDate weekEnd = today.addDays(7 - today.dayOfWeek()); // Sunday of this ISO week
    v[QStringLiteral("section")] = a.end <= now              ? tr("Earlier")
                                   : start.date() <= weekEnd ? tr("This week")
                                                             : tr("Later");
    const bool full = a.capacity > 0 && a.placesTaken >= a.capacity;
    v[QStringLiteral("full")] = full;
    v[QStringLiteral("fill")] =
        a.capacity == 0 ? tr("%n coming", nullptr, a.placesTaken)
        : full
            ? (a.waitingCount > 0 ? tr("Full – %n waiting", nullptr, a.waitingCount) : tr("Full"))
            : tr("%1 of %2 places taken")
                  .arg(locale.toString(a.placesTaken), locale.toString(a.capacity));
    QString state, stateText, companion;
    // A cancelled activity says only that (its chip); signing off from it means nothing.
    const activities::SignUp *s =
        a.status == activities::Status::Cancelled ? nullptr : a.signUpOf(self);
    if (s) {
        const QString other = s->memberId == self ? s->companionId : s->memberId;
        if (!other.isEmpty())
            if (const auto m = ProjectRepository(ctx.store()).member(other))
                companion = m->displayName;
        switch (s->state) {
        case activities::SignUpState::Pending:
            state = QStringLiteral("pending");
            stateText = tr("Signed up – waiting for confirmation");
            break;
        case activities::SignUpState::Confirmed:
            state = QStringLiteral("confirmed");
            stateText = companion.isEmpty() ? tr("You are coming")
                                            : tr("You are coming, together with %1").arg(companion);
            break;
        case activities::SignUpState::Waitlisted:
            state = QStringLiteral("waitlisted");
            stateText = tr("On the waiting list, place %1").arg(locale.toString(s->waitingPlace));
            break;
        case activities::SignUpState::Withdrawn:
            break;
        }
    }
    v[QStringLiteral("myState")] = state;
    v[QStringLiteral("myStateText")] = stateText;
    v[QStringLiteral("companion")] = companion;
    v[QStringLiteral("status")] =
        a.status == activities::Status::Cancelled              ? QStringLiteral("cancelled")
        : a.end <= now || a.status == activities::Status::Done ? QStringLiteral("over")
                                                               : QStringLiteral("planned");
    v[QStringLiteral("cancelReason")] =
        a.cancelReason.isEmpty() && a.cancelCode == QLatin1String("SERIES_CHANGED")
            ? tr("The organiser changed the series, and this date is no longer in it.")
            : a.cancelReason;
    v[QStringLiteral("inSeries")] = !a.seriesId.isEmpty();
    v[QStringLiteral("repeat")] = activities::repeatText(a.repeat, a.start, a.repeatUntil, tz);
    v[QStringLiteral("credit")] =
        a.countsAsHours
            ? tr("Counts as %1 of wederkerigheid").arg(hours::formatMinutes(a.creditMinutes))
            : QString();
    v[QStringLiteral("canSignUp")] =
        state.isEmpty() && ctx.member() &&
        activities::checkSignUp(a.facts(), a.signUps, self, {}, now) ==
            activities::SignUpProblem::None &&
        permits(*ctx.member(), Action::SignUp, Subject::member(*ctx.member()));
    v[QStringLiteral("organising")] = a.organisedBy(self);
    v[QStringLiteral("forEveryone")] = a.gang.isEmpty();
    return v;
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ActivityListModel::roleNames() const
{
    return {{IdRole, "activityId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {PlaceRole, "place"},
            {WhenRole, "when"},
            {DayRole, "day"},
            {TimeRole, "time"},
            {SectionRole, "section"},
            {FillRole, "fill"},
            {FullRole, "full"},
            {MyStateRole, "myState"},
            {MyStateTextRole, "myStateText"},
            {CompanionRole, "companion"},
            {StatusRole, "status"},
            {CancelReasonRole, "cancelReason"},
            {CreditRole, "credit"},
            {CanSignUpRole, "canSignUp"},
            {OrganisingRole, "organising"},
            {ForEveryoneRole, "forEveryone"},
            {InSeriesRole, "inSeries"},
            {RepeatRole, "repeat"}};
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const QByteArray name = roleNames().value(role);
    if (name.isEmpty())
        return {};
    return m_rows.at(index.row()).values.value(QString::fromLatin1(name));
}

} // namespace gw
