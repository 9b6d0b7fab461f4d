#include "servicesfamily.h"

#include "hoursfamily.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "servicerepository.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace gw::servicesfamily {

namespace {

using services::OccurrenceState;
using services::Problem;
using services::State;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Verdict refuse(Problem p)
{
    // English source on the wire; devices word the code in the user's language.
    return Verdict::refuse(services::problemCode(p), services::problemMessage(p));
}

Verdict postUnknown()
{
    return Verdict::refuse(QStringLiteral("POST_UNKNOWN"),
                           QCoreApplication::translate("Mutations",
                                                       "This request or offer does not exist (any "
                                                       "more)."));
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
        QCoreApplication::translate("Mutations", "This is for another corridor."));
}

std::optional<ServicePost> postInProject(MutationScope &scope, const std::string &id)
{
    if (!wire::isCanonicalId(id))
        return std::nullopt;
    auto p = ServiceRepository(scope.store).post(q(id));
    if (!p || p->projectId != scope.project.id)
        return std::nullopt;
    return p;
}

std::optional<Member> memberInProject(MutationScope &scope, const QString &id)
{
    auto m = ProjectRepository(scope.store).member(id);
    if (!m || m->projectId != scope.project.id)
        return std::nullopt;
    return m;
}

bool inAudience(const Member &m, const ServicePost &p)
{
    return p.gang.isEmpty() || m.gang == p.gang || m.role == Role::Beheerder;
}

// A post @p actor takes part in or receives: for steps other than taking, a post of another
// corridor that is not theirs is as unknown as one that does not exist (nothing to learn from
// the refusal).
std::optional<ServicePost> postFor(MutationScope &scope, const std::string &id)
{
    auto p = postInProject(scope, id);
    if (p && !inAudience(scope.actor, *p) && !p->involves(scope.actor.id))
        return std::nullopt;
    return p;
}

Subject postSubject(const ServicePost &p, const QString &memberId)
{
    return {memberId, p.gang};
}

Verdict store(MutationScope &scope, ServicePost &p)
{
    p.changedAt = scope.now.toUTC();
    ServiceRepository(scope.store).save(p);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_service_post() = wire::toWire(p);
        scope.sink->changed(scope.project.id, c);
    }
    return Verdict::ok();
}

// The hour entry the server credits the helper for time @p o of @p p: on the day of the help,
// in the project's neighbour-service category, linked to the post.
HourEntry serviceEntry(const MutationScope &scope, const ServicePost &p,
                       const services::Occurrence &o, int minutes)
{
    HourEntry e;
    e.id = creditedEntryId(p.id, o.id);
    e.memberId = o.helperId;
    e.day = o.day;
    e.minutes = minutes;
    e.category = scope.project.categories.contains(QStringLiteral("buurtdienst"))
                     ? QStringLiteral("buurtdienst")
                     : scope.project.categories.value(0, QStringLiteral("buurtdienst"));
    e.note = services::categoryLabel(p.category);
    e.source = EntrySource::Service;
    e.sourceId = p.id;
    e.createdAt = scope.now.toUTC();
    return e;
}

// A single post is finished once its one time of helping is decided.
void closeWhenDone(ServicePost &p)
{
    if (p.repeat != activities::Repeat::None || p.occurrences.isEmpty())
        return;
    const OccurrenceState s = p.occurrences.constFirst().state;
    if ((s == OccurrenceState::Credited || s == OccurrenceState::Declined) &&
        p.state == State::Taken)
        p.state = State::Closed;
}

// Credits time @p o with @p minutes (rounded), or leaves it to a beheerder when it is large.
void confirmOccurrence(MutationScope &scope, const ServicePost &p, services::Occurrence &o,
                       int minutes, const QString &by)
{
    o.confirmedMinutes = services::roundToFive(minutes);
    o.confirmedBy = by;
    o.confirmedAt = scope.now.toUTC();
    if (services::needsBeheerder(o.confirmedMinutes, p.estimateMinutes)) {
        o.state = OccurrenceState::AwaitingBeheerder;
        return;
    }
    o.state = OccurrenceState::Credited;
    o.entryId = creditedEntryId(p.id, o.id);
    if (scope.onServer)
        hoursfamily::credit(scope, serviceEntry(scope, p, o, o.confirmedMinutes));
}

QString uuid5(const QString &name)
{
    static const QUuid kNamespace(QStringLiteral("2f6a7c1e-9b3d-4e55-8a61-0c4d2b9e7f13"));
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

std::string s(const QString &v)
{
    return v.toStdString();
}

} // namespace

QString creditedEntryId(const QString &postId, const QString &occurrenceId)
{
    return uuid5(postId + QStringLiteral(":credited:") + occurrenceId);
}

QString correctionEntryId(const QString &postId, const QString &occurrenceId)
{
    return uuid5(postId + QStringLiteral(":settled:") + occurrenceId);
}

QString postId(const pb::Change &c)
{
    return q(c.service_post().id());
}

Audience postAudience(const pb::Change &c)
{
    // Fixed when posted, so the change log may keep only a post's latest change.
    const QString gang = q(c.service_post().gang());
    return gang.isEmpty() ? Audience::project() : Audience::gang(gang);
}

bool settles(const Member &actor, const ServicePost &p)
{
    return permits(actor, Action::SettleServiceDispute, postSubject(p, QString()));
}

bool speaksForAsker(Store &store, const Member &actor, const ServicePost &p)
{
    if (p.isAskerSide(actor.id))
        return true;
    if (p.askerId.isEmpty())
        return false;
    const auto asker = ProjectRepository(store).member(p.askerId);
    return asker && permits(actor, Action::ConfirmServiceHelp, Subject::member(*asker));
}

void redactPost(pb::Change &c, const Member &viewer)
{
    pb::ServicePost *w = c.mutable_service_post();
    const ServicePost p = wire::fromWire(*w);
    const bool beheerder = settles(viewer, p);
    const bool party = p.involves(viewer.id);
    // Messages: each to its own conversation (and the beheerders while a time is disputed).
    auto *messages = w->mutable_messages();
    for (int i = messages->size() - 1; i >= 0; --i)
        if (!services::seesMessage(p, p.messages.at(i), viewer.id, beheerder))
            messages->DeleteSubrange(i, 1);
    if (!beheerder && p.suggestedHelperId != viewer.id)
        w->clear_suggested_helper_id();
    if (beheerder)
        return;
    // A gangmaker of the corridor may confirm for a neighbour without the app
    // (ConfirmServiceHelp): they see who helps and the times to confirm, not the messages.
    const bool confirmsForAsker =
        !p.askerId.isEmpty() &&
        permits(viewer, Action::ConfirmServiceHelp, postSubject(p, p.askerId));
    if (!party && !confirmsForAsker) {
        // Others see that it is taken, not by whom, nor how it went: a request's helper, an
        // offer's taker. (Who asks or offers is on the board for everyone.)
        if (p.kind == services::Kind::Offer)
            w->clear_asker_id();
        else
            w->clear_helper_id();
        w->clear_occurrences();
    }
    if (p.onBehalf && p.askerId != viewer.id && p.postedBy != viewer.id && !p.isHelper(viewer.id))
        w->clear_asker_id(); // "for a neighbour": the name stays with the poster and the helper
    auto *standIns = w->mutable_stand_in_ids();
    for (int i = standIns->size() - 1; i >= 0; --i)
        if (q(standIns->Get(i)) != viewer.id)
            standIns->DeleteSubrange(i, 1);
    if (p.state == State::Hidden && p.poster() != viewer.id) {
        w->clear_text();
        w->clear_hidden_reason();
    }
}

void applyPulledPost(PullContext &ctx, const pb::Change &c)
{
    ServicePost p = wire::fromWire(c.service_post());
    p.projectId = ctx.projectId;
    ServiceRepository repo(ctx.store);
    // A message written here that the server has not received yet stays: the pull can come
    // before the push that carries it.
    if (const auto local = repo.post(p.id)) {
        QList<services::Message> unsent;
        for (const services::Message &m : local->messages)
            if (!m.sentAt.isValid() && std::none_of(p.messages.cbegin(), p.messages.cend(),
                                                    [&](const auto &x) { return x.id == m.id; }))
                unsent.append(m);
        if (!unsent.isEmpty()) {
            const auto open = OutboxRepository(ctx.store).openStatuses(QLatin1String(kMessageKind));
            const auto st = open.constFind(p.id);
            if (st != open.cend() && st->state == OutboxRepository::State::Pending)
                p.messages.append(unsent);
        }
    }
    repo.save(p);
}

// --- Posting ---------------------------------------------------------------------------------

QString postedId(const pb::Mutation &m)
{
    return q(m.post_service().post().id());
}

Verdict postService(MutationScope &scope, const pb::Mutation &m)
{
    const pb::ServicePost &w = m.post_service().post();
    if (!mayEver(scope.actor, Action::PostServiceRequest))
        return Verdict::denied(Action::PostServiceRequest);
    if (!wire::isCanonicalId(w.id()))
        return Verdict::invalid("The post has a malformed id.");
    if (w.kind() != pb::SERVICE_KIND_REQUEST && w.kind() != pb::SERVICE_KIND_OFFER)
        return Verdict::invalid("Say whether it is a request or an offer.");
    if (w.estimate_minutes() < 0 || w.when_from_ms() < 0 || w.when_until_ms() < 0)
        return Verdict::invalid("The post has a negative time.");
    ServicePost p = wire::fromWire(w);
    p.projectId = scope.project.id;
    // Who is helped (a request) or helps (an offer): the poster, or for a request on behalf,
    // the neighbour it is for.
    const bool request = p.kind == services::Kind::Request;
    const QString subjectId = request ? p.askerId : p.helperId;
    if (!wire::isCanonicalId(s(subjectId)))
        return Verdict::invalid(request ? "The post names no asker." : "The post names no helper.");
    const auto subject = memberInProject(scope, subjectId);
    if (!subject)
        return memberUnknown();
    const bool onBehalf = subject->id != scope.actor.id;
    if (onBehalf) {
        if (!request)
            return Verdict::invalid("An offer is always made by its helper.");
        if (!permits(scope.actor, Action::PostOnBehalf, Subject::member(*subject)))
            return Verdict::denied(Action::PostOnBehalf);
    } else if (!permits(scope.actor, Action::PostServiceRequest, Subject::member(*subject))) {
        return Verdict::denied(Action::PostServiceRequest);
    }
    // For the subject's own gang or the whole project (a beheerder: any gang).
    if (!p.gang.isEmpty() && p.gang != subject->gang && scope.actor.role != Role::Beheerder)
        return otherGang();
    services::PostDraft draft{p.kind,      p.category,        p.text,   p.whenFrom,
                              p.whenUntil, p.estimateMinutes, p.repeat, p.repeatUntil};
    const auto problems = services::validatePost(
        draft, {scope.now, scope.project.zone(), scope.project.serviceCategoryKeys()});
    if (!problems.isEmpty()) {
        QStringList codes, words;
        for (const services::Violation &v : problems) {
            codes.append(services::problemCode(v.problem));
            words.append(services::problemMessage(v.problem));
        }
        return Verdict::refuse(codes.join(QLatin1Char(',')), words.join(QLatin1Char(' ')));
    }
    if (ServiceRepository(scope.store).post(p.id))
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("A post with this id exists already. Nothing was "
                                              "changed."));
    // What is not the poster's to set.
    p.text = p.text.trimmed();
    p.onBehalf = onBehalf;
    p.postedBy = scope.actor.id;
    if (request)
        p.helperId.clear();
    else
        p.askerId.clear();
    p.state = State::Open;
    p.postedAt = scope.now.toUTC();
    p.expiresAt = p.postedAt.addDays(std::max(1, scope.project.serviceExpiryDays));
    p.takenAt = {};
    p.occurrences.clear();
    p.messages.clear();
    p.standInIds.clear();
    p.hiddenReason.clear();
    p.hiddenBy.clear();
    p.suggestedHelperId.clear();
    return store(scope, p);
}

// --- Taking, standing in, giving back ----------------------------------------------------------

QString takenId(const pb::Mutation &m)
{
    return q(m.take_service().post_id());
}

Verdict takeService(MutationScope &scope, const pb::Mutation &m)
{
    if (!mayEver(scope.actor, Action::TakeServiceRequest))
        return Verdict::denied(Action::TakeServiceRequest);
    auto p = postInProject(scope, m.take_service().post_id());
    if (!p)
        return postUnknown();
    if (!permits(scope.actor, Action::TakeServiceRequest, postSubject(*p, scope.actor.id)))
        return Verdict::denied(Action::TakeServiceRequest);
    if (!inAudience(scope.actor, *p))
        return otherGang();
    if (const Problem problem = services::checkTake(*p, scope.actor.id, scope.now);
        problem != Problem::None)
        return refuse(problem);
    (p->kind == services::Kind::Request ? p->helperId : p->askerId) = scope.actor.id;
    p->state = State::Taken;
    p->takenAt = scope.now.toUTC();
    p->standInIds.removeAll(scope.actor.id);
    return store(scope, *p);
}

QString standInId(const pb::Mutation &m)
{
    return q(m.stand_in_for_service().post_id());
}

Verdict standIn(MutationScope &scope, const pb::Mutation &m)
{
    if (!mayEver(scope.actor, Action::TakeServiceRequest))
        return Verdict::denied(Action::TakeServiceRequest);
    auto p = postInProject(scope, m.stand_in_for_service().post_id());
    if (!p)
        return postUnknown();
    if (!permits(scope.actor, Action::TakeServiceRequest, postSubject(*p, scope.actor.id)))
        return Verdict::denied(Action::TakeServiceRequest);
    if (!inAudience(scope.actor, *p))
        return otherGang();
    if (const Problem problem = services::checkStandIn(*p, scope.actor.id, scope.now);
        problem != Problem::None)
        return refuse(problem);
    if (p->standInIds.contains(scope.actor.id))
        return Verdict::ok(); // offering twice changes nothing
    p->standInIds.append(scope.actor.id);
    return store(scope, *p);
}

QString releasedId(const pb::Mutation &m)
{
    return q(m.release_service().post_id());
}

Verdict releaseService(MutationScope &scope, const pb::Mutation &m)
{
    if (!mayEver(scope.actor, Action::TakeServiceRequest))
        return Verdict::denied(Action::TakeServiceRequest);
    auto p = postFor(scope, m.release_service().post_id());
    if (!p)
        return postUnknown();
    if (const Problem problem = services::checkRelease(*p, scope.actor.id);
        problem != Problem::None)
        return refuse(problem);
    QString &taker = p->kind == services::Kind::Request ? p->helperId : p->askerId;
    taker.clear();
    p->state = State::Open;
    // The first neighbour who offered to stand in takes over (told on their device).
    if (!p->standInIds.isEmpty()) {
        taker = p->standInIds.takeFirst();
        p->state = State::Taken;
        p->takenAt = scope.now.toUTC();
    } else {
        // Open again: it gets the project's days before it expires, from now.
        p->expiresAt = scope.now.toUTC().addDays(std::max(1, scope.project.serviceExpiryDays));
    }
    return store(scope, *p);
}

// --- The poster: withdraw, renew ---------------------------------------------------------------

namespace {

// Who @p actor acts as for the poster's steps: the poster themselves, or (a gangmaker of the
// neighbour's gang, a beheerder) for the neighbour a post was made for.
QString posterActingAs(MutationScope &scope, const ServicePost &p)
{
    if (p.poster() == scope.actor.id)
        return scope.actor.id;
    const auto poster = ProjectRepository(scope.store).member(p.poster());
    if (poster && permits(scope.actor, p.onBehalf ? Action::PostOnBehalf : Action::HideServicePost,
                          Subject::member(*poster)))
        return p.poster();
    return scope.actor.id;
}

} // namespace

QString withdrawnId(const pb::Mutation &m)
{
    return q(m.withdraw_service().post_id());
}

Verdict withdrawService(MutationScope &scope, const pb::Mutation &m)
{
    if (!mayEver(scope.actor, Action::PostServiceRequest))
        return Verdict::denied(Action::PostServiceRequest);
    auto p = postFor(scope, m.withdraw_service().post_id());
    if (!p)
        return postUnknown();
    if (const Problem problem = services::checkWithdraw(*p, posterActingAs(scope, *p));
        problem != Problem::None)
        return refuse(problem);
    if (p->state == State::Withdrawn)
        return Verdict::ok();
    p->state = State::Withdrawn;
    p->standInIds.clear();
    return store(scope, *p);
}

QString renewedId(const pb::Mutation &m)
{
    return q(m.renew_service().post_id());
}

Verdict renewService(MutationScope &scope, const pb::Mutation &m)
{
    if (!mayEver(scope.actor, Action::PostServiceRequest))
        return Verdict::denied(Action::PostServiceRequest);
    auto p = postFor(scope, m.renew_service().post_id());
    if (!p)
        return postUnknown();
    if (const Problem problem = services::checkRenew(*p, posterActingAs(scope, *p));
        problem != Problem::None)
        return refuse(problem);
    p->postedAt = scope.now.toUTC();
    p->expiresAt = p->postedAt.addDays(std::max(1, scope.project.serviceExpiryDays));
    return store(scope, *p);
}

// --- Times of helping --------------------------------------------------------------------------

QString reportedId(const pb::Mutation &m)
{
    return q(m.report_service_done().post_id());
}

Verdict reportDone(MutationScope &scope, const pb::Mutation &m)
{
    const pb::ReportServiceDone &r = m.report_service_done();
    if (!mayEver(scope.actor, Action::ReportServiceDone))
        return Verdict::denied(Action::ReportServiceDone);
    if (!wire::isCanonicalId(r.occurrence_id()))
        return Verdict::invalid("The time of helping has a malformed id.");
    auto p = postFor(scope, r.post_id());
    if (!p)
        return postUnknown();
    // A beheerder may report for the helper; everyone else only as the helper.
    QString actingAs = scope.actor.id;
    if (!p->helperId.isEmpty() && p->helperId != scope.actor.id)
        if (const auto helper = memberInProject(scope, p->helperId);
            helper && permits(scope.actor, Action::ReportServiceDone, Subject::member(*helper)))
            actingAs = p->helperId;
    const QDate day = wire::dayFromWire(r.day());
    const QString note = q(r.note()).trimmed();
    if (const Problem problem = services::checkReport(*p, actingAs, day, r.minutes(), note,
                                                      scope.today(), scope.project.zone());
        problem != Problem::None)
        return refuse(problem);
    if (p->occurrence(q(r.occurrence_id())))
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("This time of helping exists already. Nothing was "
                                              "changed."));
    services::Occurrence o;
    o.id = q(r.occurrence_id());
    o.day = day;
    o.helperId = p->helperId;
    o.reportedMinutes = r.minutes();
    o.reportNote = note;
    o.reportedAt = scope.now.toUTC();
    o.state = OccurrenceState::Reported;
    p->occurrences.append(o);
    return store(scope, *p);
}

QString confirmedId(const pb::Mutation &m)
{
    return q(m.confirm_service().post_id());
}

Verdict confirmService(MutationScope &scope, const pb::Mutation &m)
{
    const pb::ConfirmService &c = m.confirm_service();
    if (!mayEver(scope.actor, Action::ConfirmServiceHelp))
        return Verdict::denied(Action::ConfirmServiceHelp);
    if (c.minutes() < 0)
        return Verdict::invalid("The minutes are negative.");
    auto p = postFor(scope, c.post_id());
    if (!p)
        return postUnknown();
    const QString occurrenceId = q(c.occurrence_id());
    if (const Problem problem = services::checkConfirm(
            *p, occurrenceId, speaksForAsker(scope.store, scope.actor, *p), c.minutes());
        problem != Problem::None)
        return refuse(problem);
    services::Occurrence &o = *p->occurrence(occurrenceId);
    confirmOccurrence(scope, *p, o, c.minutes() > 0 ? c.minutes() : o.reportedMinutes,
                      scope.actor.id);
    closeWhenDone(*p);
    return store(scope, *p);
}

QString disputedId(const pb::Mutation &m)
{
    return q(m.dispute_service().post_id());
}

Verdict disputeService(MutationScope &scope, const pb::Mutation &m)
{
    const pb::DisputeService &d = m.dispute_service();
    if (!mayEver(scope.actor, Action::ConfirmServiceHelp))
        return Verdict::denied(Action::ConfirmServiceHelp);
    auto p = postFor(scope, d.post_id());
    if (!p)
        return postUnknown();
    const QString occurrenceId = q(d.occurrence_id());
    const QString reason = q(d.reason()).trimmed();
    if (const Problem problem = services::checkDispute(
            *p, occurrenceId, speaksForAsker(scope.store, scope.actor, *p), reason);
        problem != Problem::None)
        return refuse(problem);
    services::Occurrence &o = *p->occurrence(occurrenceId);
    o.state = OccurrenceState::Disputed;
    o.disputeReason = reason;
    if (p->state == State::Closed)
        p->state = State::Taken; // open again until the beheerder decides
    return store(scope, *p);
}

QString settledId(const pb::Mutation &m)
{
    return q(m.settle_service().post_id());
}

Verdict settleService(MutationScope &scope, const pb::Mutation &m)
{
    const pb::SettleService &st = m.settle_service();
    if (!mayEver(scope.actor, Action::SettleServiceDispute))
        return Verdict::denied(Action::SettleServiceDispute);
    if (st.minutes() < 0)
        return Verdict::invalid("The minutes are negative.");
    auto p = postInProject(scope, st.post_id());
    if (!p)
        return postUnknown();
    if (!settles(scope.actor, *p))
        return Verdict::denied(Action::SettleServiceDispute);
    const QString occurrenceId = q(st.occurrence_id());
    const QString note = q(st.note()).trimmed();
    if (const Problem problem =
            services::checkSettle(*p, occurrenceId, st.credit(), st.minutes(), note);
        problem != Problem::None)
        return refuse(problem);
    services::Occurrence &o = *p->occurrence(occurrenceId);
    const int minutes = services::roundToFive(
        st.minutes() > 0 ? st.minutes()
                         : (o.confirmedMinutes > 0 ? o.confirmedMinutes : o.reportedMinutes));
    o.decisionNote = note;
    o.confirmedBy = scope.actor.id;
    o.confirmedAt = scope.now.toUTC();
    if (scope.onServer) {
        // Written by the server only, in this transaction. A time credited before (confirmed,
        // or after the asker's silence) is corrected or voided; one never credited is credited.
        if (auto target = hoursfamily::latestVersion(scope.store, creditedEntryId(p->id, o.id))) {
            if (st.credit() ? (target->voids || target->minutes != minutes) : !target->voids) {
                HourEntry e = *target;
                e.id = correctionEntryId(p->id, o.id);
                e.corrects = target->voids ? QString() : target->id;
                e.voids = !st.credit();
                e.minutes = st.credit() ? minutes : 0;
                e.createdAt = scope.now.toUTC();
                hoursfamily::credit(scope, e);
            }
        } else if (st.credit()) {
            hoursfamily::credit(scope, serviceEntry(scope, *p, o, minutes));
        }
    }
    o.confirmedMinutes = st.credit() ? minutes : 0;
    o.state = st.credit() ? OccurrenceState::Credited : OccurrenceState::Declined;
    if (st.credit() && o.entryId.isEmpty())
        o.entryId = creditedEntryId(p->id, o.id);
    closeWhenDone(*p);
    return store(scope, *p);
}

bool silentCreditDue(Store &store, const Project &project, const QDateTime &now)
{
    return ServiceRepository(store).anySilentDue(project.id, now);
}

void creditSilent(MutationScope &scope)
{
    ServiceRepository repo(scope.store);
    for (ServicePost &p : repo.silentDue(scope.project.id, scope.now)) {
        for (services::Occurrence &o : p.occurrences)
            if (o.state == OccurrenceState::Reported && services::silentCreditAt(o) <= scope.now)
                confirmOccurrence(scope, p, o, o.reportedMinutes, QString());
        closeWhenDone(p);
        store(scope, p);
    }
}

// --- The beheerder -----------------------------------------------------------------------------

QString hiddenId(const pb::Mutation &m)
{
    return q(m.hide_service().post_id());
}

Verdict hideService(MutationScope &scope, const pb::Mutation &m)
{
    const pb::HideService &h = m.hide_service();
    if (!mayEver(scope.actor, Action::HideServicePost))
        return Verdict::denied(Action::HideServicePost);
    auto p = postInProject(scope, h.post_id());
    if (!p)
        return postUnknown();
    if (!permits(scope.actor, Action::HideServicePost, postSubject(*p, p->poster())))
        return Verdict::denied(Action::HideServicePost);
    const QString reason = q(h.reason()).trimmed();
    if (reason.isEmpty())
        return refuse(Problem::ReasonMissing);
    if (reason.toUcs4().size() > services::kMaxNoteChars)
        return refuse(Problem::ReasonTooLong);
    p->state = State::Hidden;
    p->hiddenReason = reason;
    p->hiddenBy = scope.actor.id;
    p->standInIds.clear();
    return store(scope, *p);
}

QString suggestedId(const pb::Mutation &m)
{
    return q(m.suggest_service_helper().post_id());
}

Verdict suggestHelper(MutationScope &scope, const pb::Mutation &m)
{
    const pb::SuggestServiceHelper &sg = m.suggest_service_helper();
    if (!mayEver(scope.actor, Action::SuggestServiceHelper))
        return Verdict::denied(Action::SuggestServiceHelper);
    auto p = postInProject(scope, sg.post_id());
    if (!p)
        return postUnknown();
    const auto member = memberInProject(scope, q(sg.member_id()));
    if (!member)
        return memberUnknown();
    if (!permits(scope.actor, Action::SuggestServiceHelper, Subject::member(*member)))
        return Verdict::denied(Action::SuggestServiceHelper);
    if (!inAudience(*member, *p))
        return otherGang();
    // The same as a take by them would be: never their own post, never one that is gone.
    if (const Problem problem = services::checkTake(*p, member->id, scope.now);
        problem != Problem::None)
        return refuse(problem);
    p->suggestedHelperId = member->id;
    return store(scope, *p);
}

QString talentsMemberId(const pb::Mutation &m)
{
    return q(m.set_talents().member_id());
}

Verdict setTalents(MutationScope &scope, const pb::Mutation &m)
{
    const pb::SetTalents &t = m.set_talents();
    if (!mayEver(scope.actor, Action::EditTalents))
        return Verdict::denied(Action::EditTalents);
    if (!wire::isCanonicalId(t.member_id()))
        return Verdict::invalid("The member id is malformed.");
    auto member = memberInProject(scope, q(t.member_id()));
    if (!member)
        return memberUnknown();
    if (!permits(scope.actor, Action::EditTalents, Subject::member(*member)))
        return Verdict::denied(Action::EditTalents);
    QStringList talents;
    for (const auto &k : t.talents())
        if (!talents.contains(q(k)))
            talents.append(q(k));
    if (const Problem problem =
            services::checkTalents(talents, scope.project.serviceCategoryKeys());
        problem != Problem::None)
        return refuse(problem);
    member->talents = talents;
    ProjectRepository(scope.store).saveMember(*member);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_member() = wire::toWire(*member);
        scope.sink->changed(scope.project.id, c);
    }
    return Verdict::ok();
}

// --- Messages ----------------------------------------------------------------------------------

QString messagedId(const pb::Mutation &m)
{
    return q(m.send_service_message().post_id());
}

Verdict sendMessage(MutationScope &scope, const pb::Mutation &m)
{
    const pb::SendServiceMessage &sm = m.send_service_message();
    if (!wire::isCanonicalId(sm.message_id()))
        return Verdict::invalid("The message has a malformed id.");
    auto p = postFor(scope, sm.post_id());
    if (!p)
        return postUnknown();
    const QString text = q(sm.text()).trimmed();
    if (const Problem problem =
            services::checkMessage(*p, scope.actor.id, settles(scope.actor, *p), text);
        problem != Problem::None)
        return refuse(problem);
    if (std::any_of(p->messages.cbegin(), p->messages.cend(),
                    [&](const auto &x) { return x.id == q(sm.message_id()); }))
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("This message exists already. Nothing was changed."));
    services::Message msg;
    msg.id = q(sm.message_id());
    msg.authorId = scope.actor.id;
    msg.helperId = p->helperId;
    msg.text = text;
    if (scope.onServer)
        msg.sentAt = scope.now.toUTC(); // a device's message waits until the server has it
    p->messages.append(msg);
    return store(scope, *p);
}

// --- The mutations a device queues --------------------------------------------------------------

pb::Mutation postMutation(const ServicePost &p)
{
    pb::Mutation m;
    *m.mutable_post_service()->mutable_post() = wire::toWire(p);
    return m;
}

pb::Mutation takeMutation(const QString &postId)
{
    pb::Mutation m;
    m.mutable_take_service()->set_post_id(s(postId));
    return m;
}

pb::Mutation standInMutation(const QString &postId)
{
    pb::Mutation m;
    m.mutable_stand_in_for_service()->set_post_id(s(postId));
    return m;
}

pb::Mutation releaseMutation(const QString &postId)
{
    pb::Mutation m;
    m.mutable_release_service()->set_post_id(s(postId));
    return m;
}

pb::Mutation withdrawMutation(const QString &postId)
{
    pb::Mutation m;
    m.mutable_withdraw_service()->set_post_id(s(postId));
    return m;
}

pb::Mutation renewMutation(const QString &postId)
{
    pb::Mutation m;
    m.mutable_renew_service()->set_post_id(s(postId));
    return m;
}

pb::Mutation reportMutation(const QString &postId, const QString &occurrenceId, QDate day,
                            int minutes, const QString &note)
{
    pb::Mutation m;
    pb::ReportServiceDone *r = m.mutable_report_service_done();
    r->set_post_id(s(postId));
    r->set_occurrence_id(s(occurrenceId));
    r->set_day(wire::dayToWire(day));
    r->set_minutes(minutes);
    r->set_note(s(note));
    return m;
}

pb::Mutation confirmMutation(const QString &postId, const QString &occurrenceId, int minutes)
{
    pb::Mutation m;
    pb::ConfirmService *c = m.mutable_confirm_service();
    c->set_post_id(s(postId));
    c->set_occurrence_id(s(occurrenceId));
    c->set_minutes(minutes);
    return m;
}

pb::Mutation disputeMutation(const QString &postId, const QString &occurrenceId,
                             const QString &reason)
{
    pb::Mutation m;
    pb::DisputeService *d = m.mutable_dispute_service();
    d->set_post_id(s(postId));
    d->set_occurrence_id(s(occurrenceId));
    d->set_reason(s(reason));
    return m;
}

pb::Mutation settleMutation(const QString &postId, const QString &occurrenceId, bool credit,
                            int minutes, const QString &note)
{
    pb::Mutation m;
    pb::SettleService *st = m.mutable_settle_service();
    st->set_post_id(s(postId));
    st->set_occurrence_id(s(occurrenceId));
    st->set_credit(credit);
    st->set_minutes(minutes);
    st->set_note(s(note));
    return m;
}

pb::Mutation hideMutation(const QString &postId, const QString &reason)
{
    pb::Mutation m;
    m.mutable_hide_service()->set_post_id(s(postId));
    m.mutable_hide_service()->set_reason(s(reason));
    return m;
}

pb::Mutation suggestMutation(const QString &postId, const QString &memberId)
{
    pb::Mutation m;
    m.mutable_suggest_service_helper()->set_post_id(s(postId));
    m.mutable_suggest_service_helper()->set_member_id(s(memberId));
    return m;
}

pb::Mutation messageMutation(const QString &postId, const QString &messageId, const QString &text)
{
    pb::Mutation m;
    pb::SendServiceMessage *sm = m.mutable_send_service_message();
    sm->set_post_id(s(postId));
    sm->set_message_id(s(messageId));
    sm->set_text(s(text));
    return m;
}

pb::Mutation talentsMutation(const QString &memberId, const QStringList &talents)
{
    pb::Mutation m;
    pb::SetTalents *t = m.mutable_set_talents();
    t->set_member_id(s(memberId));
    for (const QString &k : talents)
        t->add_talents(s(k));
    return m;
}

} // namespace gw::servicesfamily
