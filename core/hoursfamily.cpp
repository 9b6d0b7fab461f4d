#include "hoursfamily.h"

#include "hoursrepository.h"
#include "hoursrules.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "store.h"

#include <QCoreApplication>

namespace gw::hoursfamily {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Verdict memberUnknown()
{
    return Verdict::refuse(
        QStringLiteral("MEMBER_UNKNOWN"),
        QCoreApplication::translate("Mutations", "This member is not part of your project."));
}

QPair<QString, qint64> dayKey(const HourEntry &e)
{
    return {e.memberId, e.day.toJulianDay()};
}

// The minutes that count on @p e's day besides @p e (and besides the entry it corrects). A plain
// entry's day is read once per scope and then taken from the memo; a correction is rare and
// always read from the store.
int otherMinutesOnDay(MutationScope &scope, const HoursRepository &hours, const HourEntry &e)
{
    if (!e.corrects.isEmpty())
        return hours.effectiveMinutesOnDay(e.memberId, e.day, e.corrects);
    const auto key = dayKey(e);
    auto it = scope.dayMinutes.constFind(key);
    if (it == scope.dayMinutes.constEnd())
        it = scope.dayMinutes.insert(key, hours.effectiveMinutesOnDay(e.memberId, e.day));
    return *it;
}

// After @p e was written: a plain entry adds its minutes to its day; a correction or removal
// changes what counts on the days of both entries, so the memo forgets everything it holds.
void noteWritten(MutationScope &scope, const HourEntry &e)
{
    if (!e.corrects.isEmpty() || e.voids) {
        scope.dayMinutes.clear();
        return;
    }
    if (auto it = scope.dayMinutes.find(dayKey(e)); it != scope.dayMinutes.end())
        *it += e.minutes;
}

} // namespace

QString entryId(const pb::Change &c)
{
    return q(c.hour_entry().id());
}

Audience entryAudience(const pb::Change &c)
{
    // A member's hours are theirs and the beheerders'.
    return Audience::member(q(c.hour_entry().member_id()));
}

void applyPulledEntry(PullContext &ctx, const pb::Change &c)
{
    HourEntry e = wire::fromWire(c.hour_entry());
    ctx.ensureMember(e.memberId);
    HoursRepository(ctx.store).upsert(e);
}

QString appendedEntryId(const pb::Mutation &m)
{
    return q(m.append_hour_entry().entry().id());
}

Verdict appendHourEntry(MutationScope &scope, const pb::Mutation &m)
{
    const pb::AppendHourEntry &append = m.append_hour_entry();
    if (!append.has_entry())
        return Verdict::invalid("The change has no hour entry.");
    const pb::HourEntry &we = append.entry();
    if (!wire::isCanonicalId(we.id()) || !wire::isCanonicalId(we.member_id()) ||
        (!we.corrects().empty() && !wire::isCanonicalId(we.corrects())) ||
        (!we.source_id().empty() && !wire::isCanonicalId(we.source_id())))
        return Verdict::invalid("The hour entry has a malformed id.");

    // Most entries are the actor's own: the actor was read when the push began.
    const QString memberId = q(we.member_id());
    std::optional<Member> member = scope.actor;
    if (memberId != scope.actor.id) {
        auto known = scope.members.constFind(memberId);
        if (known == scope.members.constEnd())
            known = scope.members.insert(memberId, ProjectRepository(scope.store).member(memberId));
        member = *known;
    }
    const bool manual =
        we.source() == pb::ENTRY_SOURCE_MANUAL || we.source() == pb::ENTRY_SOURCE_UNSPECIFIED;
    const Action action = manual ? Action::LogHours : Action::CreditHours;
    const Subject subject = member ? Subject::member(*member) : Subject{q(we.member_id()), {}};
    if (!permits(scope.actor, action, subject))
        return Verdict::denied(action);
    if (!member || member->projectId != scope.project.id)
        return memberUnknown();

    HoursRepository hours(scope.store, !scope.onServer);
    HourEntry e = wire::fromWire(we);
    // created_at is the device's clock and only informs; a value that cannot be true (before
    // Gangwerk existed, or more than a day ahead) is replaced by the deciding side's time.
    const qint64 now = scope.now.toMSecsSinceEpoch();
    constexpr qint64 kEarliest = 1577836800000; // 2020-01-01T00:00:00Z
    const bool asSent =
        we.created_at_ms() >= kEarliest && we.created_at_ms() <= now + 24 * 3600 * 1000;
    if (!asSent)
        e.createdAt = scope.now.toUTC();
    // A taken id is what is refused first. It is found by the insert below, not looked up for
    // every entry (a key search each, 3% of a push on the server): a refusal before the insert
    // looks it up then.
    const auto idTaken = [] {
        return Verdict::refuse(QStringLiteral("ID_TAKEN"),
                               QStringLiteral("An entry with this id exists already. Nothing was "
                                              "changed."));
    };
    const auto refuse = [&](const Verdict &v) { return hours.has(e.id) ? idTaken() : v; };

    QStringList codes, messages;
    const auto reject = [&](hours::CorrectionProblem p) {
        codes.append(hours::correctionCode(p));
        messages.append(hours::correctionMessage(p));
    };
    hours::EntryContext ctx;
    // A change the server's last restore lost, sent again: judged as of when it was made.
    ctx.today = scope.rulesToday(e.createdAt);
    ctx.backdatingDays = scope.project.backdatingDays;
    ctx.categories = scope.project.categories;
    // Old hours of someone else (only those who may log for others get here) are where a
    // resident is sent when their own entry is past the limit.
    ctx.backdatingApplies = e.memberId == scope.actor.id;
    const hours::EntryDraft draft{e.day, e.minutes, e.category, e.note};
    const hours::CorrectionTarget target =
        e.corrects.isEmpty() ? hours::CorrectionTarget{} : hours.correctionTarget(e.corrects);
    if (e.voids) {
        if (e.corrects.isEmpty())
            return refuse(Verdict::invalid("A removal must name the entry it removes."));
        if (target.exists)
            if (const auto p = hours::checkVoid(draft, target); p != hours::CorrectionProblem::None)
                reject(p);
    } else {
        if (e.day.isValid())
            ctx.otherMinutesThatDay = otherMinutesOnDay(scope, hours, e);
        for (const auto &v : hours::validateEntry(draft, ctx)) {
            codes.append(hours::violationCode(v.code));
            messages.append(v.message);
        }
    }
    if (!e.corrects.isEmpty())
        if (const auto p = hours::checkCorrection(target, e.memberId, ctx);
            p != hours::CorrectionProblem::None)
            reject(p);
    if (!codes.isEmpty())
        return refuse(
            Verdict::refuse(codes.join(QLatin1Char(',')), messages.join(QLatin1Char(' '))));

    if (!hours.appendIfNew(e)) {
        // Skipped for another reason: a rule let through what the table refuses.
        if (!hours.has(e.id))
            throw StoreError(0, "an hour entry was not written");
        return idTaken();
    }
    noteWritten(scope, e);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_hour_entry() = wire::toWire(e);
        // The sending device wrote this same entry when its user logged it (it decides with
        // this function first, from the mutation it sends), so it holds it exactly like this
        // unless a created_at was replaced (then by each side's own clock).
        scope.sink->changed(scope.project.id, c, asSent ? scope.deviceId : QString());
    }
    return Verdict::ok();
}

QString pausedMemberId(const pb::Mutation &m)
{
    return q(m.pause_requirement().member_id());
}

Verdict pauseRequirement(MutationScope &scope, const pb::Mutation &m)
{
    const pb::PauseRequirement &p = m.pause_requirement();
    if (!mayEver(scope.actor, Action::PauseRequirement))
        return Verdict::denied(Action::PauseRequirement);
    if (!wire::isCanonicalId(p.member_id()))
        return Verdict::invalid("The member id is malformed.");
    const QDate until = wire::dayFromWire(p.paused_until());
    if (!p.paused_until().empty() && !until.isValid())
        return Verdict::invalid("The pause date is not a date (use YYYY-MM-DD).");
    const QString reason = q(p.reason()).trimmed();
    if (reason.size() > hours::kMaxNoteChars)
        return Verdict::invalid("The reason for a pause has at most 500 characters.");
    ProjectRepository projects(scope.store);
    auto member = projects.member(q(p.member_id()));
    if (!member || member->projectId != scope.project.id)
        return memberUnknown();
    if (!permits(scope.actor, Action::PauseRequirement, Subject::member(*member)))
        return Verdict::denied(Action::PauseRequirement);

    // A pause acts from today on, never before: the days already behind us keep what they
    // asked (or, under an earlier pause, did not ask).
    const QDate today = scope.today();
    if (until.isValid() && until < today)
        return Verdict::refuse(QStringLiteral("PAUSE_IN_PAST"),
                               QCoreApplication::translate(
                                   "Mutations", "A pause cannot end before today. Choose a later "
                                                "date, or lift the pause."));
    PausePeriod *current = nullptr;
    for (PausePeriod &period : member->pauses)
        if (period.contains(today))
            current = &period;
    if (until.isValid()) {
        if (current) {
            current->until = until; // extend or shorten from today on
        } else {
            member->pauses.append({today, until, {}, {}, {}});
            current = &member->pauses.last();
        }
        current->setBy = scope.actor.id;
        current->setAt = scope.now.toUTC();
        if (!reason.isEmpty())
            current->reason = reason;
        member->pausedUntil = until;
    } else if (current) {
        // Lifted: asked again from today; a pause lifted on its first day covered nothing.
        current->until = today.addDays(-1);
        current->setBy = scope.actor.id;
        current->setAt = scope.now.toUTC();
        if (current->until < current->from)
            member->pauses.removeOne(*current);
        member->pausedUntil = {};
    } else {
        member->pausedUntil = {};
    }
    projects.saveMember(*member);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_member() = wire::toWire(*member);
        scope.sink->changed(scope.project.id, c);
    }
    return Verdict::ok();
}

pb::Mutation appendMutation(const HourEntry &entry)
{
    pb::Mutation m;
    *m.mutable_append_hour_entry()->mutable_entry() = wire::toWire(entry);
    return m;
}

pb::Mutation pauseMutation(const QString &memberId, QDate until, const QString &reason)
{
    pb::Mutation m;
    auto *p = m.mutable_pause_requirement();
    p->set_member_id(memberId.toStdString());
    p->set_paused_until(wire::dayToWire(until));
    p->set_reason(reason.toStdString());
    return m;
}

} // namespace gw::hoursfamily

namespace gw::hoursfamily {

void credit(MutationScope &scope, const HourEntry &e)
{
    HoursRepository hours(scope.store);
    if (hours.has(e.id))
        return;
    hours.append(e);
    noteWritten(scope, e);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_hour_entry() = wire::toWire(e);
        scope.sink->changed(scope.project.id, c);
    }
}

std::optional<HourEntry> latestVersion(Store &store, const QString &id)
{
    HoursRepository hours(store);
    auto target = hours.entry(id);
    if (!target)
        return std::nullopt;
    while (auto next = hours.correctionOf(target->id))
        target = next;
    return target;
}

} // namespace gw::hoursfamily
