#include "activitiesfamily.h"

#include "activityrepository.h"
#include "hoursfamily.h"
#include "hoursrepository.h"
#include "hoursrules.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace gw::activitiesfamily {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

qsizetype characters(const QString &s)
{
    return s.toUcs4().size();
}

constexpr int kMaxReasonChars = 500;

Verdict activityUnknown()
{
    return Verdict::refuse(
        QStringLiteral("ACTIVITY_UNKNOWN"),
        QCoreApplication::translate("Mutations", "This activity does not exist (any more)."));
}

Verdict memberUnknown()
{
    return Verdict::refuse(
        QStringLiteral("MEMBER_UNKNOWN"),
        QCoreApplication::translate("Mutations", "This member is not part of your project."));
}

Verdict otherGang()
{
    return Verdict::refuse(
        QStringLiteral("OTHER_GANG"),
        QCoreApplication::translate("Mutations", "This activity is for another corridor."));
}

bool inAudience(const Member &m, const Activity &a)
{
    return a.gang.isEmpty() || m.gang == a.gang;
}

std::optional<Activity> activityInProject(MutationScope &scope, const std::string &id)
{
    auto a = ActivityRepository(scope.store).activity(q(id));
    if (!a || a->projectId != scope.project.id)
        return std::nullopt;
    return a;
}

// An hour entry the server credits a member for @p a (attending, organising, an accepted
// question): on the activity's day, in the project's activity category, linked to it.
HourEntry activityEntry(const MutationScope &scope, const Activity &a, const QString &id,
                        const QString &memberId, int minutes)
{
    HourEntry e;
    e.id = id;
    e.memberId = memberId;
    e.day = hours::localDate(a.start, scope.project.zone());
    e.minutes = minutes;
    e.category = scope.project.categories.contains(QStringLiteral("activiteit"))
                     ? QStringLiteral("activiteit")
                     : scope.project.categories.value(0, QStringLiteral("activiteit"));
    e.note = a.title;
    e.source = EntrySource::Activity;
    e.sourceId = a.id;
    e.createdAt = scope.now.toUTC();
    return e;
}

// The deadline of a date of a series: as long before its start as the template's.
QDateTime deadlineFor(const Activity &tmpl, const QDateTime &start)
{
    if (!tmpl.signUpDeadline.isValid() || !tmpl.start.isValid())
        return {};
    return start.addSecs(tmpl.start.secsTo(tmpl.signUpDeadline));
}

// What a change of a series gives every date it reaches: everything the organiser decides,
// not the date's own times, place in the series, sign-ups or state.
void takeTemplate(Activity &date, const Activity &tmpl, const activities::Slot &slot)
{
    date.title = tmpl.title;
    date.description = tmpl.description;
    date.placeId = tmpl.placeId;
    date.start = slot.start;
    date.end = slot.end;
    date.capacity = tmpl.capacity;
    date.signUpDeadline = deadlineFor(tmpl, slot.start);
    date.countsAsHours = tmpl.countsAsHours;
    date.creditMinutes = tmpl.creditMinutes;
    date.organiserIds = tmpl.organiserIds;
    date.repeat = tmpl.repeat;
    date.repeatUntil = tmpl.repeatUntil;
}

Verdict store(MutationScope &scope, Activity &a)
{
    // A device leaves its own sign-up pending: the places are the server's to give.
    if (scope.onServer)
        settlePlaces(a, scope.now);
    ActivityRepository(scope.store).save(a);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_activity() = wire::toWire(a);
        scope.sink->changed(scope.project.id, c);
    }
    return Verdict::ok();
}

} // namespace

QStringList settlePlaces(Activity &a, const QDateTime &at)
{
    const QDateTime now = at.toUTC();
    qint64 next = 1;
    for (const activities::SignUp &s : a.signUps)
        next = std::max(next, s.order + 1);
    QHash<QString, activities::SignUpState> before;
    for (activities::SignUp &s : a.signUps) {
        before.insert(s.id, s.state);
        if (s.order == 0) {
            s.order = next++;
            s.receivedAt = now;
        }
    }
    QStringList promoted;
    if (a.status == activities::Status::Planned)
        promoted = activities::settle(a.signUps, a.capacity);
    a.placesTaken = a.waitingCount = 0;
    for (activities::SignUp &s : a.signUps) {
        if (s.state != before.value(s.id) || !s.changedAt.isValid())
            s.changedAt = now;
        s.waitingPlace = activities::waitingPlace(a.signUps, s.id);
        if (s.state == activities::SignUpState::Confirmed)
            a.placesTaken += s.seats();
        else if (s.state == activities::SignUpState::Waitlisted)
            a.waitingCount += s.seats();
    }
    std::stable_sort(a.signUps.begin(), a.signUps.end(),
                     [](const auto &x, const auto &y) { return x.order < y.order; });
    a.changedAt = now;
    return promoted;
}

QString activityId(const pb::Change &c)
{
    return q(c.activity().id());
}

Audience activityAudience(const pb::Change &c)
{
    // Fixed when planned (PlanActivity refuses another gang), so the change log may keep only
    // an activity's latest change.
    const QString gang = q(c.activity().gang());
    return gang.isEmpty() ? Audience::project() : Audience::gang(gang);
}

Subject activitySubject(const Member &actor, const QString &gang, bool organises)
{
    if (!gang.isEmpty())
        return {QString(), gang};
    return {organises ? actor.id : QString(), QString()};
}

bool permitsOn(const Member &actor, Action action, const Activity &a)
{
    return permits(actor, action, activitySubject(actor, a.gang, a.organisedBy(actor.id)));
}

bool seesNames(const Member &viewer, const Activity &a)
{
    return permitsOn(viewer, Action::SeeAttendeeNames, a);
}

void redactActivity(pb::Change &c, const Member &viewer)
{
    pb::Activity *a = c.mutable_activity();
    const bool organises = std::any_of(a->organiser_ids().begin(), a->organiser_ids().end(),
                                       [&](const std::string &id) { return q(id) == viewer.id; });
    if (permits(viewer, Action::SeeAttendeeNames, activitySubject(viewer, q(a->gang()), organises)))
        return;
    // Counts for everyone; names only of the sign-up the viewer is in, and whether they came.
    const std::string self = viewer.id.toStdString();
    auto *list = a->mutable_sign_ups();
    for (int i = list->size() - 1; i >= 0; --i) {
        const pb::ActivitySignUp &s = list->Get(i);
        if (self.empty() || (s.member_id() != self && s.companion_id() != self))
            list->DeleteSubrange(i, 1);
    }
    auto *came = a->mutable_attendee_ids();
    for (int i = came->size() - 1; i >= 0; --i)
        if (self.empty() || came->Get(i) != self)
            came->DeleteSubrange(i, 1);
    // A question about hours (and its answer) is its asker's and the resolvers' only.
    auto *asked = a->mutable_disputes();
    for (int i = asked->size() - 1; i >= 0; --i)
        if (self.empty() || asked->Get(i).member_id() != self)
            asked->DeleteSubrange(i, 1);
}

void applyPulledActivity(PullContext &ctx, const pb::Change &c)
{
    Activity a = wire::fromWire(c.activity());
    a.projectId = ctx.projectId;
    ActivityRepository repo(ctx.store);
    // A sign-up made here that the server has not received yet stays pending: the pull can
    // come before the push that carries it (a round that began before the user signed up).
    if (const auto local = repo.activity(a.id)) {
        QList<activities::SignUp> unsent;
        for (const activities::SignUp &s : local->signUps)
            if (s.state == activities::SignUpState::Pending &&
                std::none_of(a.signUps.cbegin(), a.signUps.cend(),
                             [&](const auto &x) { return x.id == s.id; }))
                unsent.append(s);
        if (!unsent.isEmpty()) {
            const auto open = OutboxRepository(ctx.store).openStatuses(QLatin1String(kSignUpKind));
            const auto st = open.constFind(a.id);
            if (st != open.cend() && st->state == OutboxRepository::State::Pending)
                a.signUps.append(unsent);
        }
        // The same for a question asked here: it stays until the server has it.
        QList<activities::Dispute> unasked;
        for (const activities::Dispute &d : local->disputes)
            if (std::none_of(a.disputes.cbegin(), a.disputes.cend(),
                             [&](const auto &x) { return x.id == d.id; }))
                unasked.append(d);
        if (!unasked.isEmpty()) {
            const auto open = OutboxRepository(ctx.store).openStatuses(QLatin1String(kDisputeKind));
            const auto st = open.constFind(a.id);
            if (st != open.cend() && st->state == OutboxRepository::State::Pending)
                a.disputes.append(unasked);
        }
    }
    repo.save(a);
}

QList<activities::RuleViolation> checkPlan(Store &store, const Project &project,
                                           const QDateTime &now, const Activity &a, bool editing,
                                           bool thisAndLater)
{
    activities::ActivityContext ctx;
    ctx.now = now;
    ctx.zone = project.zone();
    ctx.places = project.places;
    ctx.editingId = editing ? a.id : QString();
    ActivityRepository repo(store);
    activities::ActivityDraft draft = a.draft();
    // A change for this and later dates of a series, or one that makes a single activity repeat.
    const bool series =
        editing ? thisAndLater && (!a.seriesId.isEmpty() || a.repeat != activities::Repeat::None)
                : a.repeat != activities::Repeat::None;
    if (!series)
        draft.repeat = activities::Repeat::None; // one date, whatever its series says
    // The later dates of a series this change replaces never clash with it.
    QSet<QString> replaced;
    if (editing && series && !a.seriesId.isEmpty())
        for (const Activity &d : repo.series(a.seriesId, a.seriesIndex))
            replaced.insert(d.id);
    const auto dates =
        activities::seriesDates(a.start, a.end, draft.repeat, draft.repeatUntil, ctx.zone);
    if (!dates.isEmpty() && dates.size() <= activities::kMaxSeriesDates)
        for (const activities::Booking &b :
             repo.bookings(a.placeId, dates.first().start, dates.last().end))
            if (!replaced.contains(b.id))
                ctx.bookings.append(b);
    return activities::validateActivity(draft, ctx);
}

QString plannedActivityId(const pb::Mutation &m)
{
    return q(m.plan_activity().activity().id());
}

QString newDateId(const std::string &seed, int seriesIndex)
{
    // Name-based (version 5): the device and the server give a date the change adds the same
    // id, and a change made twice adds it once.
    static const QUuid kNamespace(QStringLiteral("0b5e7c1e-4d0a-4f43-9b61-2f3a7d9c5e18"));
    return QUuid::createUuidV5(kNamespace,
                               q(seed) + QLatin1Char(':') + QString::number(seriesIndex))
        .toString(QUuid::WithoutBraces);
}

Verdict planActivity(MutationScope &scope, const pb::Mutation &m)
{
    if (!m.plan_activity().has_activity())
        return Verdict::invalid("The change has no activity.");
    const pb::PlanActivity &plan = m.plan_activity();
    const pb::Activity &w = plan.activity();
    if (!mayEver(scope.actor, Action::CreateActivity))
        return Verdict::denied(Action::CreateActivity);
    if (!wire::isCanonicalId(w.id()) || !wire::isCanonicalId(w.place_id()))
        return Verdict::invalid("The activity or its place has a malformed id.");
    for (const auto &o : w.organiser_ids())
        if (!wire::isCanonicalId(o))
            return Verdict::invalid("An organiser has a malformed id.");
    if (w.start_ms() < 0 || w.end_ms() < 0 || w.sign_up_deadline_ms() < 0)
        return Verdict::invalid("A time of the activity is before 1970.");
    if (!w.repeat_until().empty() && !QDate::fromString(q(w.repeat_until()), Qt::ISODate).isValid())
        return Verdict::invalid("The last day of the series is not an ISO date.");

    ActivityRepository repo(scope.store);
    const auto existing = repo.activity(q(w.id()));
    if (existing && existing->projectId != scope.project.id)
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("An activity with this id exists already. Nothing "
                                              "was changed."));
    Activity a = wire::fromWire(w);
    a.projectId = scope.project.id;
    a.title = a.title.trimmed();
    a.description = a.description.trimmed();
    QStringList organisers;
    if (existing) {
        if (!permitsOn(scope.actor, Action::EditActivity, *existing))
            return Verdict::denied(Action::EditActivity);
        if (a.gang != existing->gang)
            return Verdict::refuse(
                QStringLiteral("GANG_FIXED"),
                QCoreApplication::translate("Mutations",
                                            "An activity stays for the corridor it was planned "
                                            "for. Cancel it and plan a new one instead."));
        if (existing->status != activities::Status::Planned)
            return Verdict::refuse(
                existing->status == activities::Status::Cancelled
                    ? QStringLiteral("ACTIVITY_CANCELLED")
                    : QStringLiteral("ACTIVITY_DONE"),
                QCoreApplication::translate("Mutations",
                                            "This activity is cancelled or over. It cannot be "
                                            "changed any more."));
        // What the server keeps: where it stands and who comes.
        a.status = existing->status;
        a.cancelReason = existing->cancelReason;
        a.signUps = existing->signUps;
        a.placesTaken = existing->placesTaken;
        a.waitingCount = existing->waitingCount;
        a.createdBy = existing->createdBy;
        a.changedAt = existing->changedAt;
        a.attendeeIds = existing->attendeeIds;
        a.disputes = existing->disputes;
        a.cancelCode = existing->cancelCode;
        a.seriesId = existing->seriesId;
        a.seriesIndex = existing->seriesIndex;
        if (!plan.this_and_later()) {
            // Only this date: its series' rule stays as it was.
            a.repeat = existing->repeat;
            a.repeatUntil = existing->repeatUntil;
        } else if (a.seriesId.isEmpty() && a.repeat != activities::Repeat::None) {
            // A single activity that starts repeating: the first date of a new series.
            a.seriesId = a.id;
            a.seriesIndex = 0;
        }
        organisers = a.organiserIds.isEmpty() ? existing->organiserIds : a.organiserIds;
    } else {
        if (!permits(scope.actor, Action::CreateActivity,
                     activitySubject(scope.actor, a.gang, true)))
            return Verdict::denied(Action::CreateActivity);
        a.status = activities::Status::Planned;
        a.cancelReason.clear();
        a.signUps.clear();
        a.placesTaken = a.waitingCount = 0;
        a.createdBy = scope.actor.id;
        a.changedAt = {};
        a.attendeeIds.clear();
        a.disputes.clear();
        a.cancelCode.clear();
        a.seriesId = a.repeat == activities::Repeat::None ? QString() : a.id;
        a.seriesIndex = 0;
        organisers = QStringList{scope.actor.id} + a.organiserIds;
    }
    const bool series = existing ? plan.this_and_later() && !a.seriesId.isEmpty()
                                 : a.repeat != activities::Repeat::None;
    if (series && !wire::isCanonicalId(plan.new_dates_seed()))
        return Verdict::invalid("A change that may add dates of a series needs new_dates_seed.");
    organisers.removeDuplicates();
    if (organisers.size() > kMaxOrganisers)
        return Verdict::refuse(
            QStringLiteral("TOO_MANY_ORGANISERS"),
            QCoreApplication::translate("Mutations", "An activity has at most 4 organisers."));
    ProjectRepository projects(scope.store);
    for (const QString &id : organisers) {
        const auto o = projects.member(id);
        if (!o || o->projectId != scope.project.id)
            return memberUnknown();
    }
    a.organiserIds = organisers;

    // The dates this change reaches now: every later date of the series must be the actor's to
    // change.
    QList<Activity> later;
    if (existing && series) {
        later = repo.series(a.seriesId, a.seriesIndex);
        for (const Activity &d : later)
            if (d.id != a.id && d.status == activities::Status::Planned &&
                !permitsOn(scope.actor, Action::EditActivity, d))
                return Verdict::denied(Action::EditActivity);
    }
    const auto violations = checkPlan(scope.store, scope.project, scope.now, a,
                                      existing.has_value(), plan.this_and_later());
    if (!violations.isEmpty()) {
        QStringList codes, messages;
        for (const auto &v : violations) {
            codes.append(activities::violationCode(v.code));
            messages.append(v.message);
        }
        return Verdict::refuse(codes.join(QLatin1Char(',')), messages.join(QLatin1Char(' ')));
    }
    if (!series)
        return store(scope, a);

    const auto dates =
        activities::seriesDates(a.start, a.end, a.repeat, a.repeatUntil, scope.project.zone());
    // A series: this date, then every later date of the new rule (a changed date keeps its id,
    // its sign-ups and where it stands; one that is cancelled or over is left as it is), then
    // the planned dates the new rule no longer has are cancelled, so that whoever signed up
    // for them is told.
    // A date an earlier change left out is no longer in the series: its place may be taken again.
    QHash<int, Activity> byIndex;
    for (const Activity &d : later)
        if (d.cancelCode != QLatin1String("SERIES_CHANGED"))
            byIndex.insert(d.seriesIndex, d);
    for (int k = 0; k < dates.size(); ++k) {
        const int index = a.seriesIndex + k;
        Activity date;
        if (k == 0) {
            date = a;
        } else if (const auto it = byIndex.constFind(index); it != byIndex.cend()) {
            if (it->status != activities::Status::Planned)
                continue;
            date = *it;
            takeTemplate(date, a, dates.at(k));
        } else {
            date = a;
            date.id = newDateId(plan.new_dates_seed(), index);
            if (repo.activity(date.id))
                continue; // added by this very change before
            date.seriesIndex = index;
            date.start = dates.at(k).start;
            date.end = dates.at(k).end;
            date.signUpDeadline = deadlineFor(a, date.start);
            date.status = activities::Status::Planned;
            date.cancelReason.clear();
            date.cancelCode.clear();
            date.signUps.clear();
            date.attendeeIds.clear();
            date.disputes.clear();
            date.disputes.clear();
            date.placesTaken = date.waitingCount = 0;
            date.createdBy = scope.actor.id;
            date.changedAt = {};
        }
        store(scope, date);
    }
    for (Activity d : std::as_const(later)) {
        if (d.seriesIndex < a.seriesIndex + dates.size() || d.status != activities::Status::Planned)
            continue;
        d.status = activities::Status::Cancelled;
        d.cancelCode = QStringLiteral("SERIES_CHANGED");
        store(scope, d);
    }
    return Verdict::ok();
}

QString cancelledActivityId(const pb::Mutation &m)
{
    return q(m.cancel_activity().activity_id());
}

Verdict cancelActivity(MutationScope &scope, const pb::Mutation &m)
{
    const pb::CancelActivity &c = m.cancel_activity();
    if (!mayEver(scope.actor, Action::CancelActivity))
        return Verdict::denied(Action::CancelActivity);
    if (!wire::isCanonicalId(c.activity_id()))
        return Verdict::invalid("The activity id is malformed.");
    auto a = activityInProject(scope, c.activity_id());
    if (!a)
        return activityUnknown();
    if (!permitsOn(scope.actor, Action::CancelActivity, *a))
        return Verdict::denied(Action::CancelActivity);
    const QString reason = q(c.reason()).trimmed();
    if (reason.isEmpty())
        return Verdict::refuse(
            QStringLiteral("REASON_MISSING"),
            QCoreApplication::translate("Mutations", "Say in a few words why it is cancelled, so "
                                                     "that the people who signed up know."));
    if (characters(reason) > kMaxReasonChars)
        return Verdict::invalid("The reason has at most 500 characters.");
    if (a->status == activities::Status::Done && !(c.this_and_later() && !a->seriesId.isEmpty()))
        return Verdict::refuse(QStringLiteral("ACTIVITY_DONE"),
                               QCoreApplication::translate(
                                   "Mutations", "This activity is over. It cannot be cancelled."));
    QList<Activity> dates{*a};
    if (c.this_and_later() && !a->seriesId.isEmpty()) {
        dates = ActivityRepository(scope.store).series(a->seriesId, a->seriesIndex);
        for (const Activity &d : dates)
            if (d.status == activities::Status::Planned &&
                !permitsOn(scope.actor, Action::CancelActivity, d))
                return Verdict::denied(Action::CancelActivity);
    }
    for (Activity &d : dates) {
        // Cancelled already (the first reason stays) or over: left as it is.
        if (d.status != activities::Status::Planned)
            continue;
        d.status = activities::Status::Cancelled;
        d.cancelReason = reason;
        store(scope, d);
    }
    return Verdict::ok();
}

QString signUpActivityId(const pb::Mutation &m)
{
    return q(m.sign_up_for_activity().activity_id());
}

Verdict signUpForActivity(MutationScope &scope, const pb::Mutation &m)
{
    const pb::SignUpForActivity &su = m.sign_up_for_activity();
    if (!mayEver(scope.actor, Action::SignUp))
        return Verdict::denied(Action::SignUp);
    if (!wire::isCanonicalId(su.sign_up_id()) || !wire::isCanonicalId(su.activity_id()) ||
        !wire::isCanonicalId(su.member_id()) ||
        (!su.companion_id().empty() && !wire::isCanonicalId(su.companion_id())))
        return Verdict::invalid("The sign-up has a malformed id.");
    ProjectRepository projects(scope.store);
    const auto member = projects.member(q(su.member_id()));
    if (!member || member->projectId != scope.project.id)
        return memberUnknown();
    if (!permits(scope.actor, Action::SignUp, Subject::member(*member)))
        return Verdict::denied(Action::SignUp);
    auto a = activityInProject(scope, su.activity_id());
    if (!a)
        return activityUnknown();
    if (!inAudience(*member, *a))
        return otherGang();
    const QString companionId = q(su.companion_id());
    if (!companionId.isEmpty() && companionId != member->id) {
        const auto companion = projects.member(companionId);
        if (!companion || companion->projectId != scope.project.id)
            return memberUnknown();
        if (!permits(scope.actor, Action::SignUpTogether, Subject::member(*companion)))
            return Verdict::denied(Action::SignUpTogether);
        if (!inAudience(*companion, *a))
            return otherGang();
    }
    const auto problem =
        activities::checkSignUp(a->facts(), a->signUps, member->id, companionId, scope.now);
    if (problem != activities::SignUpProblem::None)
        return Verdict::refuse(activities::signUpCode(problem), activities::signUpMessage(problem));
    if (ActivityRepository(scope.store).signUpExists(q(su.sign_up_id())))
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("A sign-up with this id exists already. Nothing "
                                              "was changed."));
    activities::SignUp s;
    s.id = q(su.sign_up_id());
    s.memberId = member->id;
    s.companionId = companionId;
    s.state = activities::SignUpState::Pending;
    a->signUps.append(s);
    return store(scope, *a);
}

QString withdrawnActivityId(const pb::Mutation &m)
{
    return q(m.withdraw_sign_up().activity_id());
}

Verdict withdrawSignUp(MutationScope &scope, const pb::Mutation &m)
{
    const pb::WithdrawSignUp &w = m.withdraw_sign_up();
    if (!mayEver(scope.actor, Action::SignUp))
        return Verdict::denied(Action::SignUp);
    if (!wire::isCanonicalId(w.activity_id()) || !wire::isCanonicalId(w.sign_up_id()) ||
        !wire::isCanonicalId(w.member_id()))
        return Verdict::invalid("The sign-off has a malformed id.");
    auto a = activityInProject(scope, w.activity_id());
    if (!a)
        return activityUnknown();
    const auto it = std::find_if(a->signUps.begin(), a->signUps.end(),
                                 [&](const auto &s) { return s.id == q(w.sign_up_id()); });
    const QString who = q(w.member_id());
    if (it == a->signUps.end() || !it->includes(who))
        return Verdict::refuse(
            QStringLiteral("SIGN_UP_UNKNOWN"),
            QCoreApplication::translate("Mutations", "This sign-up does not exist (any more)."));
    const auto member = ProjectRepository(scope.store).member(who);
    if (!member || !permits(scope.actor, Action::SignUp, Subject::member(*member)))
        return Verdict::denied(Action::SignUp);
    if (it->state == activities::SignUpState::Withdrawn || a->status != activities::Status::Planned)
        return Verdict::ok(); // nothing left to sign off from
    if (a->start.isValid() && scope.now >= a->start)
        return Verdict::refuse(
            activities::signUpCode(activities::SignUpProblem::Started),
            QCoreApplication::translate("Mutations", "This activity has already started. Tell "
                                                     "the organiser if you cannot stay."));
    if (who == it->memberId)
        it->state = activities::SignUpState::Withdrawn; // for both, when it was a pair
    else
        it->companionId.clear(); // the companion leaves; the other keeps their place
    return store(scope, *a);
}

QString promotedActivityId(const pb::Mutation &m)
{
    return q(m.promote_sign_up().activity_id());
}

Verdict promoteSignUp(MutationScope &scope, const pb::Mutation &m)
{
    const pb::PromoteSignUp &p = m.promote_sign_up();
    if (!mayEver(scope.actor, Action::PromoteFromWaitlist))
        return Verdict::denied(Action::PromoteFromWaitlist);
    if (!wire::isCanonicalId(p.activity_id()) || !wire::isCanonicalId(p.sign_up_id()))
        return Verdict::invalid("The activity or sign-up id is malformed.");
    auto a = activityInProject(scope, p.activity_id());
    if (!a)
        return activityUnknown();
    if (!permitsOn(scope.actor, Action::PromoteFromWaitlist, *a))
        return Verdict::denied(Action::PromoteFromWaitlist);
    if (a->status != activities::Status::Planned)
        return Verdict::refuse(
            activities::signUpCode(a->status == activities::Status::Cancelled
                                       ? activities::SignUpProblem::Cancelled
                                       : activities::SignUpProblem::Done),
            QCoreApplication::translate("Mutations", "This activity is cancelled or over. Nobody "
                                                     "can get a place any more."));
    if (a->start.isValid() && scope.now >= a->start)
        return Verdict::refuse(
            activities::signUpCode(activities::SignUpProblem::Started),
            QCoreApplication::translate("Mutations", "This activity has already started."));
    const bool known = std::any_of(a->signUps.cbegin(), a->signUps.cend(),
                                   [&](const auto &s) { return s.id == q(p.sign_up_id()); });
    if (!known)
        return Verdict::refuse(
            QStringLiteral("SIGN_UP_UNKNOWN"),
            QCoreApplication::translate("Mutations", "This sign-up does not exist (any more)."));
    if (!activities::promote(a->signUps, q(p.sign_up_id()), a->capacity))
        return Verdict::refuse(
            QStringLiteral("NOT_WAITING"),
            QCoreApplication::translate("Mutations",
                                        "This neighbour is not on the waiting list (any more)."));
    return store(scope, *a);
}

pb::Mutation promoteMutation(const QString &activityId, const QString &signUpId)
{
    pb::Mutation m;
    m.mutable_promote_sign_up()->set_activity_id(activityId.toStdString());
    m.mutable_promote_sign_up()->set_sign_up_id(signUpId.toStdString());
    return m;
}

QString attendedActivityId(const pb::Mutation &m)
{
    return q(m.take_attendance().activity_id());
}

QString creditedEntryId(const QString &activityId, const QString &memberId, bool organising)
{
    // Name-based (version 5): the same activity and member give the same id on every retry,
    // so an entry is credited once however often attendance is marked.
    static const QUuid kNamespace(QStringLiteral("6c0d3a36-58e4-4c1b-9a52-8a3f0b7de1a4"));
    const QString name =
        activityId + (organising ? QStringLiteral(":organised:") : QStringLiteral(":attended:")) +
        memberId;
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

Verdict takeAttendance(MutationScope &scope, const pb::Mutation &m)
{
    const pb::TakeAttendance &t = m.take_attendance();
    if (!mayEver(scope.actor, Action::TakeAttendance))
        return Verdict::denied(Action::TakeAttendance);
    if (!wire::isCanonicalId(t.activity_id()))
        return Verdict::invalid("The activity id is malformed.");
    for (const auto &id : t.present_ids())
        if (!wire::isCanonicalId(id))
            return Verdict::invalid("An attendee has a malformed id.");
    auto a = activityInProject(scope, t.activity_id());
    if (!a)
        return activityUnknown();
    if (!permitsOn(scope.actor, Action::TakeAttendance, *a))
        return Verdict::denied(Action::TakeAttendance);
    if (a->status == activities::Status::Cancelled)
        return Verdict::refuse(activities::signUpCode(activities::SignUpProblem::Cancelled),
                               QCoreApplication::translate("Mutations",
                                                           "This activity is cancelled. Nobody can "
                                                           "be marked as present."));
    if (a->start.isValid() && scope.now < a->start)
        return Verdict::refuse(
            QStringLiteral("ACTIVITY_NOT_STARTED"),
            QCoreApplication::translate("Mutations", "This activity has not started yet. Mark "
                                                     "who came once it has begun."));
    ProjectRepository projects(scope.store);
    QList<Member> present;
    for (const auto &wid : t.present_ids()) {
        const auto member = projects.member(q(wid));
        if (!member || member->projectId != scope.project.id)
            return memberUnknown();
        if (!inAudience(*member, *a))
            return otherGang();
        present.append(*member);
    }
    for (const Member &p : present)
        if (!a->attendeeIds.contains(p.id))
            a->attendeeIds.append(p.id); // marked twice, or by two organisers: once
    a->status = activities::Status::Done;

    if (scope.onServer && a->countsAsHours) {
        // Credited by the server only, in this transaction: the entries reach each member and
        // the beheerders (the hours family's audience), never the organiser's device.
        for (const QString &id : a->attendeeIds)
            hoursfamily::credit(scope, activityEntry(scope, *a, creditedEntryId(a->id, id, false),
                                                     id, a->creditMinutes));
        const int organising =
            int(std::min<qint64>(a->start.secsTo(a->end) / 60, activities::kMaxDurationMinutes));
        for (const QString &id : a->organiserIds)
            if (organising >= 5)
                hoursfamily::credit(
                    scope,
                    activityEntry(scope, *a, creditedEntryId(a->id, id, true), id, organising));
    }
    return store(scope, *a);
}

QString disputedActivityId(const pb::Mutation &m)
{
    return q(m.dispute_credit().activity_id());
}

QString resolvedActivityId(const pb::Mutation &m)
{
    return q(m.resolve_dispute().activity_id());
}

QString correctionEntryId(const QString &disputeId)
{
    // Name-based (version 5): an accepted question corrects the hours once, however often the
    // answer is sent.
    static const QUuid kNamespace(QStringLiteral("a4f1c2e7-3b5d-4e8a-9c6f-1d2e3f4a5b6c"));
    return QUuid::createUuidV5(kNamespace, disputeId).toString(QUuid::WithoutBraces);
}

Verdict disputeCredit(MutationScope &scope, const pb::Mutation &m)
{
    const pb::DisputeCredit &d = m.dispute_credit();
    if (!permits(scope.actor, Action::DisputeCredit, Subject::member(scope.actor)))
        return Verdict::denied(Action::DisputeCredit);
    if (!wire::isCanonicalId(d.activity_id()) || !wire::isCanonicalId(d.dispute_id()))
        return Verdict::invalid("The activity or question has a malformed id.");
    auto a = activityInProject(scope, d.activity_id());
    if (!a)
        return activityUnknown();
    if (!inAudience(scope.actor, *a))
        return otherGang();
    const QString reason = q(d.reason());
    const auto problem = activities::checkDispute({a->status, a->countsAsHours}, a->disputes,
                                                  scope.actor.id, d.minutes(), reason);
    if (problem != activities::DisputeProblem::None)
        return Verdict::refuse(activities::disputeCode(problem),
                               activities::disputeMessage(problem));
    if (ActivityRepository(scope.store).disputeExists(q(d.dispute_id())))
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("A question with this id exists already. Nothing "
                                              "was changed."));
    activities::Dispute x;
    x.id = q(d.dispute_id());
    x.memberId = scope.actor.id;
    // The entry credited for coming; none when the member was not marked present.
    if (a->attendeeIds.contains(scope.actor.id))
        x.entryId = creditedEntryId(a->id, scope.actor.id, false);
    x.minutes = d.minutes();
    x.reason = reason;
    x.createdAt = scope.now.toUTC();
    a->disputes.append(x);
    return store(scope, *a);
}

Verdict resolveDispute(MutationScope &scope, const pb::Mutation &m)
{
    const pb::ResolveDispute &r = m.resolve_dispute();
    if (!mayEver(scope.actor, Action::ResolveCreditDispute))
        return Verdict::denied(Action::ResolveCreditDispute);
    if (!wire::isCanonicalId(r.activity_id()) || !wire::isCanonicalId(r.dispute_id()))
        return Verdict::invalid("The activity or question has a malformed id.");
    if (r.minutes() < 0)
        return Verdict::invalid("The minutes are negative.");
    auto a = activityInProject(scope, r.activity_id());
    if (!a)
        return activityUnknown();
    if (!permitsOn(scope.actor, Action::ResolveCreditDispute, *a))
        return Verdict::denied(Action::ResolveCreditDispute);
    const auto it = std::find_if(a->disputes.begin(), a->disputes.end(),
                                 [&](const auto &d) { return d.id == q(r.dispute_id()); });
    const QString answer = q(r.answer());
    const auto problem = activities::checkResolve(it == a->disputes.end() ? nullptr : &*it,
                                                  scope.actor.id, r.accept(), r.minutes(), answer);
    if (problem != activities::DisputeProblem::None)
        return Verdict::refuse(activities::disputeCode(problem),
                               activities::disputeMessage(problem));
    activities::Dispute &d = *it;
    d.state = r.accept() ? activities::DisputeState::Accepted : activities::DisputeState::Declined;
    if (r.accept() && r.minutes() > 0)
        d.minutes = r.minutes();
    d.answer = answer;
    d.resolvedBy = scope.actor.id;
    d.resolvedAt = scope.now.toUTC();
    const QString credited = creditedEntryId(a->id, d.memberId, false);
    if (r.accept() && !a->attendeeIds.contains(d.memberId))
        a->attendeeIds.append(d.memberId); // "I was there": now marked present

    if (scope.onServer && r.accept()) {
        // Corrected by the server only, in this transaction; the entry reaches the member and
        // the beheerders (the hours family's audience).
        HourEntry e;
        // Correct the credited entry's latest version (it may have been corrected before).
        if (auto target = hoursfamily::latestVersion(scope.store, credited)) {
            e = *target;
            e.id = correctionEntryId(d.id);
            // A removed entry is not corrected (the hours rules refuse that): the hours come
            // back as a new entry.
            e.corrects = target->voids ? QString() : target->id;
            e.voids = false;
        } else {
            // Never credited: the entry attendance would have given, so that marking
            // attendance again credits nothing twice.
            e = activityEntry(scope, *a, credited, d.memberId, d.minutes);
        }
        if (d.entryId.isEmpty())
            d.entryId = e.id;
        e.minutes = d.minutes;
        e.note = a->title;
        e.source = EntrySource::Activity;
        e.sourceId = a->id;
        e.createdAt = scope.now.toUTC();
        hoursfamily::credit(scope, e);
    }
    return store(scope, *a);
}

pb::Mutation disputeMutation(const QString &activityId, const QString &disputeId, int minutes,
                             const QString &reason)
{
    pb::Mutation m;
    auto *d = m.mutable_dispute_credit();
    d->set_activity_id(activityId.toStdString());
    d->set_dispute_id(disputeId.toStdString());
    d->set_minutes(minutes);
    d->set_reason(reason.toStdString());
    return m;
}

pb::Mutation resolveMutation(const QString &activityId, const QString &disputeId, bool accept,
                             int minutes, const QString &answer)
{
    pb::Mutation m;
    auto *r = m.mutable_resolve_dispute();
    r->set_activity_id(activityId.toStdString());
    r->set_dispute_id(disputeId.toStdString());
    r->set_accept(accept);
    r->set_minutes(minutes);
    r->set_answer(answer.toStdString());
    return m;
}

pb::Mutation attendanceMutation(const QString &activityId, const QStringList &presentIds)
{
    pb::Mutation m;
    auto *t = m.mutable_take_attendance();
    t->set_activity_id(activityId.toStdString());
    for (const QString &id : presentIds)
        t->add_present_ids(id.toStdString());
    return m;
}

pb::Mutation planMutation(const Activity &a, bool thisAndLater)
{
    pb::Mutation m;
    pb::Activity w = wire::toWire(a);
    // The server keeps these as it has them: send only what the organiser decides.
    w.clear_sign_ups();
    w.clear_status();
    w.clear_cancel_reason();
    w.clear_places_taken();
    w.clear_waiting_count();
    w.clear_created_by();
    w.clear_changed_at_ms();
    w.clear_attendee_ids();
    w.clear_disputes();
    *m.mutable_plan_activity()->mutable_activity() = w;
    m.mutable_plan_activity()->set_this_and_later(thisAndLater);
    m.mutable_plan_activity()->set_new_dates_seed(newId().toStdString());
    return m;
}

pb::Mutation cancelMutation(const QString &activityId, const QString &reason, bool thisAndLater)
{
    pb::Mutation m;
    m.mutable_cancel_activity()->set_this_and_later(thisAndLater);
    m.mutable_cancel_activity()->set_activity_id(activityId.toStdString());
    m.mutable_cancel_activity()->set_reason(reason.toStdString());
    return m;
}

pb::Mutation signUpMutation(const QString &signUpId, const QString &activityId,
                            const QString &memberId, const QString &companionId)
{
    pb::Mutation m;
    auto *s = m.mutable_sign_up_for_activity();
    s->set_sign_up_id(signUpId.toStdString());
    s->set_activity_id(activityId.toStdString());
    s->set_member_id(memberId.toStdString());
    s->set_companion_id(companionId.toStdString());
    return m;
}

pb::Mutation withdrawMutation(const QString &activityId, const QString &signUpId,
                              const QString &memberId)
{
    pb::Mutation m;
    auto *w = m.mutable_withdraw_sign_up();
    w->set_activity_id(activityId.toStdString());
    w->set_sign_up_id(signUpId.toStdString());
    w->set_member_id(memberId.toStdString());
    return m;
}

} // namespace gw::activitiesfamily
