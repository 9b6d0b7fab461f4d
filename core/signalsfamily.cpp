#include "signalsfamily.h"

#include "outboxrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "signalrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::signalsfamily {

namespace {

using signalrules::Problem;
using signalrules::State;
using signalrules::Step;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string s(const QString &v)
{
    return v.toStdString();
}

Verdict refuse(Problem p)
{
    // English source on the wire; devices word the code in the user's language.
    return Verdict::refuse(signalrules::problemCode(p), signalrules::problemMessage(p));
}

Verdict signalUnknown()
{
    // Also for a signal that exists but is not the caller's: the refusal tells nothing.
    return Verdict::refuse(
        QStringLiteral("SIGNAL_UNKNOWN"),
        QCoreApplication::translate("Mutations", "This signal does not exist (any more)."));
}

Verdict knockUnknown()
{
    return Verdict::refuse(
        QStringLiteral("KNOCK_UNKNOWN"),
        QCoreApplication::translate("Mutations", "This task does not exist (any more)."));
}

Subject subjectOf(const Signal &sig)
{
    return {sig.reporterId, sig.gang};
}

// A signal of the scope's project that the actor may read; nothing otherwise.
std::optional<Signal> signalFor(MutationScope &scope, const std::string &id)
{
    if (!wire::isCanonicalId(id))
        return std::nullopt;
    auto sig = SignalRepository(scope.store).signal(q(id));
    if (!sig || sig->projectId != scope.project.id ||
        !permits(scope.actor, Action::ReadSignal, subjectOf(*sig)))
        return std::nullopt;
    return sig;
}

QDateTime stamp(const MutationScope &scope)
{
    // The server's time; a device leaves it unset until the server's copy arrives.
    return scope.onServer ? scope.now.toUTC() : QDateTime();
}

void storeSignal(MutationScope &scope, Signal &sig)
{
    sig.changedAt = scope.now.toUTC();
    SignalRepository(scope.store).save(sig);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_signal() = wire::toWire(sig);
        scope.sink->changed(scope.project.id, c);
    }
}

void storeKnock(MutationScope &scope, KnockTask &t)
{
    t.changedAt = scope.now.toUTC();
    SignalRepository(scope.store).save(t);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_knock_task() = wire::toWire(t);
        scope.sink->changed(scope.project.id, c);
    }
}

// A beheerder's step on a signal: allowed by the table's TriageSignal row and the transition
// table, or the refusal.
std::optional<Verdict> triageRefusal(MutationScope &scope, const std::optional<Signal> &sig,
                                     Step step, Action action = Action::TriageSignal)
{
    if (!mayEver(scope.actor, action))
        return Verdict::denied(action);
    if (!sig)
        return signalUnknown();
    if (!permits(scope.actor, action, subjectOf(*sig)))
        return Verdict::denied(action);
    if (const Problem p = signalrules::stepProblem(step, sig->state); p != Problem::None)
        return refuse(p);
    return std::nullopt;
}

QDateTime dueFrom(const MutationScope &scope, const QDateTime &from, signalrules::Urgency u)
{
    return signalrules::dueAt(scope.project.signalSettings, scope.project.zone(), from, u);
}

// The gang a signal belongs to in the beheerder's inbox: that of the studio it is about when a
// member lives there, else the reporter's.
QString gangOf(MutationScope &scope, const QString &studio)
{
    const QString wanted = studio.trimmed();
    if (scope.onServer && !wanted.isEmpty())
        for (const Member &m : ProjectRepository(scope.store).members(scope.project.id))
            if (m.studio.compare(wanted, Qt::CaseInsensitive) == 0 && !m.gang.isEmpty())
                return m.gang;
    return scope.actor.gang;
}

void forgetIdentity(Signal &sig)
{
    for (signalrules::Text &t : sig.infos)
        if (t.authorId == sig.reporterId)
            t.authorId.clear();
    sig.reporterId.clear();
}

} // namespace

bool handlesSignals(const Member &viewer)
{
    return scopeOf(viewer.role, Action::ReadSignalNotes) == Scope::Project;
}

QString signalId(const pb::Change &c)
{
    return q(c.signal().id());
}

Audience signalAudience(const pb::Change &c)
{
    const QString reporter = q(c.signal().reporter_id());
    return reporter.isEmpty() ? Audience::beheerders() : Audience::member(reporter);
}

void redactSignal(pb::Change &c, const Member &viewer)
{
    if (handlesSignals(viewer))
        return;
    pb::Signal *w = c.mutable_signal();
    w->clear_notes();
    w->clear_outcome();
    w->clear_merged_into();
    w->clear_handled_by();
    if (w->state() == pb::SIGNAL_STATE_MERGED)
        w->set_state(pb::SIGNAL_STATE_IN_PROGRESS);
}

void applyPulledSignal(PullContext &ctx, const pb::Change &c)
{
    Signal sig = wire::fromWire(c.signal());
    sig.projectId = ctx.projectId;
    SignalRepository repo(ctx.store);
    // Information added here that the server has not received yet stays: the pull can come
    // before the push that carries it.
    if (const auto local = repo.signal(sig.id)) {
        const auto open = OutboxRepository(ctx.store).openStatuses(QLatin1String(kInfoKind));
        const auto st = open.constFind(sig.id);
        if (st != open.cend() && st->state == OutboxRepository::State::Pending)
            for (const signalrules::Text &t : local->infos)
                if (!t.at.isValid() &&
                    std::none_of(sig.infos.cbegin(), sig.infos.cend(),
                                 [&](const signalrules::Text &x) { return x.id == t.id; }))
                    sig.infos.append(t);
    }
    repo.save(sig);
}

QString knockId(const pb::Change &c)
{
    return q(c.knock_task().id());
}

Audience knockAudience(const pb::Change &c)
{
    return Audience::member(q(c.knock_task().gangmaker_id()));
}

void redactKnock(pb::Change &c, const Member &viewer)
{
    if (!handlesSignals(viewer))
        c.mutable_knock_task()->clear_signal_id();
}

void applyPulledKnock(PullContext &ctx, const pb::Change &c)
{
    KnockTask t = wire::fromWire(c.knock_task());
    t.projectId = ctx.projectId;
    SignalRepository(ctx.store).save(t);
}

// --- The reporter ------------------------------------------------------------------------------

QString raisedId(const pb::Mutation &m)
{
    return q(m.raise_signal().signal().id());
}

Verdict raiseSignal(MutationScope &scope, const pb::Mutation &m)
{
    const pb::Signal &w = m.raise_signal().signal();
    if (!mayEver(scope.actor, Action::RaiseSignal))
        return Verdict::denied(Action::RaiseSignal);
    if (w.on_behalf() &&
        !permits(scope.actor, Action::RaiseSignalOnBehalf, Subject::member(scope.actor)))
        return Verdict::denied(Action::RaiseSignalOnBehalf);
    if (!wire::isCanonicalId(w.id()))
        return Verdict::invalid("The signal has a malformed id.");
    if (w.raised_at_ms() < 0)
        return Verdict::invalid("The signal has a negative time.");
    if (!w.since().empty() && !wire::dayFromWire(w.since()).isValid())
        return Verdict::invalid("The signal's since is not an ISO date.");
    signalrules::Draft draft{wire::fromWire(w.category()),
                             wire::fromWire(w.urgency()),
                             q(w.text()),
                             q(w.studio()),
                             q(w.place()),
                             wire::dayFromWire(w.since())};
    const auto problems = signalrules::validateRaise(draft, scope.today());
    if (!problems.isEmpty()) {
        QStringList codes, words;
        for (const signalrules::Violation &v : problems) {
            codes.append(signalrules::problemCode(v.problem));
            words.append(signalrules::problemMessage(v.problem));
        }
        return Verdict::refuse(codes.join(QLatin1Char(',')), words.join(QLatin1Char(' ')));
    }
    if (SignalRepository(scope.store).signal(q(w.id())))
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("A signal with this id exists already. Nothing was "
                                              "changed."));
    // What is the reporter's to say; the rest is the server's.
    Signal sig;
    sig.id = q(w.id());
    sig.projectId = scope.project.id;
    sig.category = *draft.category;
    sig.urgency = *draft.urgency;
    sig.text = draft.text.trimmed();
    sig.studio = draft.studio.trimmed();
    sig.place = draft.place.trimmed();
    sig.since = draft.since;
    sig.reporterId = scope.actor.id;
    sig.onBehalf = w.on_behalf();
    sig.raisedAt = w.raised_at_ms() > 0 ? wire::instantFromMs(w.raised_at_ms()) : scope.now;
    sig.gang = gangOf(scope, sig.studio);
    if (scope.onServer) {
        sig.state = State::Received;
        sig.receivedAt = scope.now.toUTC();
        sig.dueAt = dueFrom(scope, sig.receivedAt, sig.urgency);
    } else {
        sig.state = State::Sent;
    }
    storeSignal(scope, sig);
    return Verdict::ok();
}

QString infoSignalId(const pb::Mutation &m)
{
    return q(m.add_signal_info().signal_id());
}

Verdict addInfo(MutationScope &scope, const pb::Mutation &m)
{
    const pb::AddSignalInfo &a = m.add_signal_info();
    if (!mayEver(scope.actor, Action::AddSignalInfo))
        return Verdict::denied(Action::AddSignalInfo);
    if (!wire::isCanonicalId(a.info_id()))
        return Verdict::invalid("The information has a malformed id.");
    auto sig = signalFor(scope, a.signal_id());
    if (!sig)
        return signalUnknown();
    if (!permits(scope.actor, Action::AddSignalInfo, subjectOf(*sig)))
        return Verdict::denied(Action::AddSignalInfo);
    if (const Problem p = signalrules::stepProblem(Step::AddInfo, sig->state); p != Problem::None)
        return refuse(p);
    const QString text = q(a.text()).trimmed();
    if (const Problem p = signalrules::checkText(text, Problem::TextMissing); p != Problem::None)
        return refuse(p);
    if (sig->infos.size() >= signalrules::kMaxTexts)
        return refuse(Problem::TooManyTexts);
    sig->infos.append({q(a.info_id()), scope.actor.id, text, stamp(scope)});
    storeSignal(scope, *sig);
    return Verdict::ok();
}

QString reopenedId(const pb::Mutation &m)
{
    return q(m.reopen_signal().signal_id());
}

Verdict reopenSignal(MutationScope &scope, const pb::Mutation &m)
{
    const pb::ReopenSignal &r = m.reopen_signal();
    if (!mayEver(scope.actor, Action::ReopenSignal))
        return Verdict::denied(Action::ReopenSignal);
    if (!wire::isCanonicalId(r.info_id()))
        return Verdict::invalid("The reason has a malformed id.");
    auto sig = signalFor(scope, r.signal_id());
    if (!sig)
        return signalUnknown();
    if (!permits(scope.actor, Action::ReopenSignal, subjectOf(*sig)))
        return Verdict::denied(Action::ReopenSignal);
    if (const Problem p = signalrules::checkReopen(*sig, scope.now); p != Problem::None)
        return refuse(p);
    const QString reason = q(r.reason()).trimmed();
    if (const Problem p = signalrules::checkText(reason, Problem::ReasonMissing);
        p != Problem::None)
        return refuse(p);
    if (sig->infos.size() >= signalrules::kMaxTexts)
        return refuse(Problem::TooManyTexts);
    sig->infos.append({q(r.info_id()), scope.actor.id, reason, stamp(scope)});
    sig->state = State::Reopened;
    sig->mergedInto.clear(); // it stands on its own again
    sig->outcome = signalrules::Outcome::None;
    sig->closedAt = {};
    sig->reopenedAt = scope.now.toUTC();
    sig->dueAt = dueFrom(scope, sig->reopenedAt, sig->urgency);
    storeSignal(scope, *sig);
    return Verdict::ok();
}

// --- The beheerder -----------------------------------------------------------------------------

QString startedId(const pb::Mutation &m)
{
    return q(m.start_signal().signal_id());
}

Verdict startSignal(MutationScope &scope, const pb::Mutation &m)
{
    const pb::StartSignal &st = m.start_signal();
    auto sig = signalFor(scope, st.signal_id());
    if (auto refusal = triageRefusal(scope, sig, Step::Start))
        return *refusal;
    if (const auto urgency = wire::fromWire(st.urgency()); urgency && *urgency != sig->urgency) {
        sig->urgency = *urgency;
        const QDateTime from = sig->reopenedAt.isValid() ? sig->reopenedAt : sig->receivedAt;
        if (from.isValid())
            sig->dueAt = dueFrom(scope, from, sig->urgency);
    }
    sig->state = State::InProgress;
    sig->handledBy = scope.actor.id;
    storeSignal(scope, *sig);
    return Verdict::ok();
}

QString answeredId(const pb::Mutation &m)
{
    return q(m.answer_signal().signal_id());
}

Verdict answerSignal(MutationScope &scope, const pb::Mutation &m)
{
    const pb::AnswerSignal &a = m.answer_signal();
    if (!wire::isCanonicalId(a.answer_id()))
        return Verdict::invalid("The answer has a malformed id.");
    auto sig = signalFor(scope, a.signal_id());
    if (auto refusal = triageRefusal(scope, sig, Step::Answer))
        return *refusal;
    const QString text = q(a.text()).trimmed();
    if (const Problem p = signalrules::checkText(text, Problem::AnswerMissing); p != Problem::None)
        return refuse(p);
    if (sig->answers.size() >= signalrules::kMaxTexts)
        return refuse(Problem::TooManyTexts);
    const signalrules::Text answer{q(a.answer_id()), scope.actor.id, text, stamp(scope)};
    // Every reporter of the situation gets the answer.
    for (Signal &merged : SignalRepository(scope.store).mergedInto(sig->id))
        if (merged.state == State::Merged && merged.answers.size() < signalrules::kMaxTexts) {
            merged.answers.append(answer);
            storeSignal(scope, merged);
        }
    sig->answers.append(answer);
    sig->state = State::InProgress; // an answer is a reaction
    sig->handledBy = scope.actor.id;
    storeSignal(scope, *sig);
    return Verdict::ok();
}

QString closedId(const pb::Mutation &m)
{
    return q(m.close_signal().signal_id());
}

Verdict closeSignal(MutationScope &scope, const pb::Mutation &m)
{
    const pb::CloseSignal &c = m.close_signal();
    if (!wire::isCanonicalId(c.answer_id()))
        return Verdict::invalid("The answer has a malformed id.");
    auto sig = signalFor(scope, c.signal_id());
    if (auto refusal = triageRefusal(scope, sig, Step::Close))
        return *refusal;
    const signalrules::Outcome outcome = wire::fromWire(c.outcome());
    const QString answer = q(c.answer()).trimmed();
    if (const Problem p = signalrules::checkClose(*sig, outcome, answer); p != Problem::None)
        return refuse(p);
    const signalrules::Text text{q(c.answer_id()), scope.actor.id, answer, stamp(scope)};
    const auto close = [&](Signal &x) {
        if (x.answers.size() < signalrules::kMaxTexts)
            x.answers.append(text);
        x.state = State::Closed;
        x.outcome = outcome;
        x.closedAt = scope.now.toUTC();
        x.handledBy = scope.actor.id;
        storeSignal(scope, x);
    };
    // Signals handled together with it close with it, and their reporters get the answer.
    for (Signal &merged : SignalRepository(scope.store).mergedInto(sig->id))
        if (merged.state == State::Merged)
            close(merged);
    close(*sig);
    return Verdict::ok();
}

QString mergedId(const pb::Mutation &m)
{
    return q(m.merge_signal().signal_id());
}

Verdict mergeSignal(MutationScope &scope, const pb::Mutation &m)
{
    const pb::MergeSignal &g = m.merge_signal();
    auto sig = signalFor(scope, g.signal_id());
    if (auto refusal = triageRefusal(scope, sig, Step::Merge))
        return *refusal;
    const auto into = signalFor(scope, g.into_id());
    if (!into)
        return signalUnknown();
    if (const Problem p = signalrules::checkMerge(*sig, *into); p != Problem::None)
        return refuse(p);
    // One level only: what was handled together with this one now goes with the other.
    for (Signal &merged : SignalRepository(scope.store).mergedInto(sig->id)) {
        merged.mergedInto = into->id;
        storeSignal(scope, merged);
    }
    sig->state = State::Merged;
    sig->mergedInto = into->id;
    sig->handledBy = scope.actor.id;
    storeSignal(scope, *sig);
    return Verdict::ok();
}

QString notedId(const pb::Mutation &m)
{
    return q(m.add_signal_note().signal_id());
}

Verdict addNote(MutationScope &scope, const pb::Mutation &m)
{
    const pb::AddSignalNote &n = m.add_signal_note();
    if (!wire::isCanonicalId(n.note_id()))
        return Verdict::invalid("The note has a malformed id.");
    auto sig = signalFor(scope, n.signal_id());
    if (auto refusal = triageRefusal(scope, sig, Step::AddNote, Action::AddSignalNote))
        return *refusal;
    const QString text = q(n.text()).trimmed();
    if (const Problem p = signalrules::checkText(text, Problem::TextMissing); p != Problem::None)
        return refuse(p);
    if (sig->notes.size() >= signalrules::kMaxTexts)
        return refuse(Problem::TooManyTexts);
    sig->notes.append({q(n.note_id()), scope.actor.id, text, stamp(scope)});
    storeSignal(scope, *sig);
    return Verdict::ok();
}

QString knockAskedId(const pb::Mutation &m)
{
    return q(m.ask_knock().task().id());
}

Verdict askKnock(MutationScope &scope, const pb::Mutation &m)
{
    const pb::KnockTask &w = m.ask_knock().task();
    if (!wire::isCanonicalId(w.id()))
        return Verdict::invalid("The task has a malformed id.");
    if (!w.day().empty() && !wire::dayFromWire(w.day()).isValid())
        return Verdict::invalid("The task's day is not an ISO date.");
    auto sig = signalFor(scope, w.signal_id());
    if (auto refusal = triageRefusal(scope, sig, Step::AskKnock, Action::CreateKnockTask))
        return *refusal;
    KnockTask t = wire::fromWire(w);
    const auto gangmaker = ProjectRepository(scope.store).member(t.gangmakerId);
    if (!gangmaker || gangmaker->projectId != scope.project.id ||
        !mayEver(*gangmaker, Action::ReadKnockTask) || handlesSignals(*gangmaker))
        return refuse(Problem::NotAGangmaker);
    if (const Problem p = signalrules::checkKnock(*sig, t.studio, t.day, scope.today());
        p != Problem::None)
        return refuse(p);
    if (SignalRepository(scope.store).knockTask(t.id))
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("A task with this id exists already. Nothing was "
                                              "changed."));
    t.projectId = scope.project.id;
    t.studio = t.studio.trimmed();
    t.askedBy = scope.actor.id;
    t.askedAt = scope.now.toUTC();
    t.outcome = signalrules::KnockOutcome::None;
    t.doneAt = {};
    storeKnock(scope, t);
    return Verdict::ok();
}

QString knockRecordedId(const pb::Mutation &m)
{
    return q(m.record_knock().task_id());
}

Verdict recordKnock(MutationScope &scope, const pb::Mutation &m)
{
    const pb::RecordKnock &r = m.record_knock();
    if (!mayEver(scope.actor, Action::ReadKnockTask))
        return Verdict::denied(Action::ReadKnockTask);
    if (!wire::isCanonicalId(r.task_id()))
        return knockUnknown();
    auto t = SignalRepository(scope.store).knockTask(q(r.task_id()));
    const auto gangmaker =
        t ? ProjectRepository(scope.store).member(t->gangmakerId) : std::optional<Member>();
    // A task that is someone else's is as unknown as one that does not exist.
    if (!t || t->projectId != scope.project.id || !gangmaker ||
        !permits(scope.actor, Action::ReadKnockTask, Subject::member(*gangmaker)))
        return knockUnknown();
    if (const Problem p = signalrules::checkKnockOutcome(*t, wire::fromWire(r.outcome()));
        p != Problem::None)
        return refuse(p);
    t->outcome = wire::fromWire(r.outcome());
    t->doneAt = scope.now.toUTC();
    storeKnock(scope, *t);
    return Verdict::ok();
}

QString openedId(const pb::Mutation &m)
{
    return q(m.open_signal().signal_id());
}

Verdict openSignal(MutationScope &scope, const pb::Mutation &m)
{
    const pb::OpenSignal &o = m.open_signal();
    if (!mayEver(scope.actor, Action::ReadSignalNotes))
        return Verdict::denied(Action::ReadSignalNotes);
    const auto sig = signalFor(scope, o.signal_id());
    if (!sig)
        return signalUnknown();
    // Only the server keeps who opened what; a device stores nothing.
    if (scope.sink && o.opened_at_ms() >= 0)
        scope.sink->opened(
            scope.project.id, pb::Change::kSignal, sig->id, scope.deviceId, scope.actor.id,
            o.opened_at_ms() > 0 ? wire::instantFromMs(o.opened_at_ms()) : scope.now);
    return Verdict::ok();
}

// --- Forgetting on time ------------------------------------------------------------------------

namespace {

// Closed signals that may be due: closed at least the identity's months ago (a few days' margin
// for month lengths; the rules decide exactly).
QList<Signal> candidates(Store &store, const Project &project, const QDateTime &now)
{
    const QDateTime before = now.addMonths(-project.signalSettings.identity()).addDays(3);
    return SignalRepository(store).closedBefore(project.id, before);
}

bool identityDue(const Signal &sig, const Project &project, const QDateTime &now)
{
    const QDateTime at = signalrules::identityForgetAt(sig, project.signalSettings);
    return !sig.reporterId.isEmpty() && at.isValid() && at <= now;
}

bool forgetDue(const Signal &sig, const Project &project, const QDateTime &now)
{
    const QDateTime at = signalrules::forgetAt(sig, project.signalSettings);
    return at.isValid() && at <= now;
}

} // namespace

bool forgettingDue(Store &store, const Project &project, const QDateTime &now)
{
    // One indexed read when nothing was closed long enough ago (the usual case).
    const QDateTime before = now.addMonths(-project.signalSettings.identity()).addDays(3);
    if (!SignalRepository(store).anyClosedBefore(project.id, before))
        return false;
    for (const Signal &sig : candidates(store, project, now))
        if (forgetDue(sig, project, now) || identityDue(sig, project, now))
            return true;
    return false;
}

void forgetOnTime(MutationScope &scope)
{
    SignalRepository repo(scope.store);
    for (Signal &sig : candidates(scope.store, scope.project, scope.now)) {
        if (forgetDue(sig, scope.project, scope.now)) {
            const QStringList tasks = repo.forget(sig.id);
            if (scope.sink) {
                scope.sink->forgotten(scope.project.id, pb::Change::kSignal, sig.id);
                for (const QString &task : tasks)
                    scope.sink->forgotten(scope.project.id, pb::Change::kKnockTask, task);
            }
        } else if (identityDue(sig, scope.project, scope.now)) {
            // From now on only the beheerders keep it; the reporter's devices forget it by the
            // same rule (sweepDevice).
            forgetIdentity(sig);
            storeSignal(scope, sig);
        }
    }
}

void sweepDevice(Store &store, const Member &me, const Project &project, const QDateTime &now)
{
    SignalRepository repo(store);
    const bool beheerder = handlesSignals(me);
    for (Signal &sig : candidates(store, project, now)) {
        if (forgetDue(sig, project, now) || (!beheerder && identityDue(sig, project, now))) {
            repo.forget(sig.id);
        } else if (identityDue(sig, project, now)) {
            forgetIdentity(sig);
            repo.save(sig);
        }
    }
    const QDate today = hours::localDate(now, project.zone());
    for (const KnockTask &t : repo.knockTasks(project.id)) {
        // A beheerder keeps a task as long as its signal; a gangmaker two weeks after its day.
        const bool gone = beheerder ? !t.signalId.isEmpty() && !repo.signal(t.signalId)
                                    : signalrules::knockForgetDay(t) <= today;
        if (gone)
            repo.forgetKnockTask(t.id);
    }
}

// --- The mutations a device queues -------------------------------------------------------------

pb::Mutation raiseMutation(const Signal &sig)
{
    pb::Mutation m;
    *m.mutable_raise_signal()->mutable_signal() = wire::toWire(sig);
    return m;
}

pb::Mutation infoMutation(const QString &signalId, const QString &infoId, const QString &text)
{
    pb::Mutation m;
    auto *a = m.mutable_add_signal_info();
    a->set_signal_id(s(signalId));
    a->set_info_id(s(infoId));
    a->set_text(s(text));
    return m;
}

pb::Mutation reopenMutation(const QString &signalId, const QString &infoId, const QString &reason)
{
    pb::Mutation m;
    auto *r = m.mutable_reopen_signal();
    r->set_signal_id(s(signalId));
    r->set_info_id(s(infoId));
    r->set_reason(s(reason));
    return m;
}

pb::Mutation startMutation(const QString &signalId, std::optional<signalrules::Urgency> urgency)
{
    pb::Mutation m;
    auto *st = m.mutable_start_signal();
    st->set_signal_id(s(signalId));
    if (urgency)
        st->set_urgency(wire::toWire(*urgency));
    return m;
}

pb::Mutation answerMutation(const QString &signalId, const QString &answerId, const QString &text)
{
    pb::Mutation m;
    auto *a = m.mutable_answer_signal();
    a->set_signal_id(s(signalId));
    a->set_answer_id(s(answerId));
    a->set_text(s(text));
    return m;
}

pb::Mutation closeMutation(const QString &signalId, signalrules::Outcome outcome,
                           const QString &answerId, const QString &answer)
{
    pb::Mutation m;
    auto *c = m.mutable_close_signal();
    c->set_signal_id(s(signalId));
    c->set_outcome(wire::toWire(outcome));
    c->set_answer_id(s(answerId));
    c->set_answer(s(answer));
    return m;
}

pb::Mutation mergeMutation(const QString &signalId, const QString &intoId)
{
    pb::Mutation m;
    auto *g = m.mutable_merge_signal();
    g->set_signal_id(s(signalId));
    g->set_into_id(s(intoId));
    return m;
}

pb::Mutation noteMutation(const QString &signalId, const QString &noteId, const QString &text)
{
    pb::Mutation m;
    auto *n = m.mutable_add_signal_note();
    n->set_signal_id(s(signalId));
    n->set_note_id(s(noteId));
    n->set_text(s(text));
    return m;
}

pb::Mutation knockMutation(const KnockTask &task)
{
    pb::Mutation m;
    *m.mutable_ask_knock()->mutable_task() = wire::toWire(task);
    return m;
}

pb::Mutation knockOutcomeMutation(const QString &taskId, signalrules::KnockOutcome outcome)
{
    pb::Mutation m;
    auto *r = m.mutable_record_knock();
    r->set_task_id(s(taskId));
    r->set_outcome(wire::toWire(outcome));
    return m;
}

pb::Mutation openMutation(const QString &signalId, const QDateTime &at)
{
    pb::Mutation m;
    auto *o = m.mutable_open_signal();
    o->set_signal_id(s(signalId));
    o->set_opened_at_ms(wire::instantToMs(at));
    return m;
}

} // namespace gw::signalsfamily
