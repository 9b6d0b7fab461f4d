#pragma once

#include "recordkinds.h"

/// The signals family's registry rows: signals to the beheerder (a whole record for its reporter
/// and the beheerders; the internal notes, the outcome and merges reach the beheerders only),
/// knock tasks (for the gangmaker asked, without the signal) and the mutations that make them.
/// The decisions are core's signal rules (core/signalsrules.h) and the permission table, for the
/// server and the devices. Forgetting on time: the server's timed work forgets closed signals
/// after the project's retention and the reporter's identity sooner; every device forgets by
/// the same rules (sweep), also when it was offline while the server forgot.
namespace gw::signalsfamily {

QString signalId(const pb::Change &c);
/// The reporter and the beheerders; the beheerders alone once the reporter is forgotten.
Audience signalAudience(const pb::Change &c);
/// What @p viewer may see of a signal: everything for a beheerder; for its reporter no internal
/// notes, no outcome, no merge and no beheerder's name, and a merged signal reads as in progress.
void redactSignal(pb::Change &c, const Member &viewer);
void applyPulledSignal(PullContext &ctx, const pb::Change &c);

QString knockId(const pb::Change &c);
Audience knockAudience(const pb::Change &c);
/// The gangmaker never learns which signal a knock is for.
void redactKnock(pb::Change &c, const Member &viewer);
void applyPulledKnock(PullContext &ctx, const pb::Change &c);

/// Whether @p viewer sees the beheerder's side of signals (notes, outcomes, every signal).
bool handlesSignals(const Member &viewer);

QString raisedId(const pb::Mutation &m);
Verdict raiseSignal(MutationScope &scope, const pb::Mutation &m);
QString infoSignalId(const pb::Mutation &m);
Verdict addInfo(MutationScope &scope, const pb::Mutation &m);
QString reopenedId(const pb::Mutation &m);
Verdict reopenSignal(MutationScope &scope, const pb::Mutation &m);
QString startedId(const pb::Mutation &m);
Verdict startSignal(MutationScope &scope, const pb::Mutation &m);
QString answeredId(const pb::Mutation &m);
Verdict answerSignal(MutationScope &scope, const pb::Mutation &m);
QString closedId(const pb::Mutation &m);
Verdict closeSignal(MutationScope &scope, const pb::Mutation &m);
QString mergedId(const pb::Mutation &m);
Verdict mergeSignal(MutationScope &scope, const pb::Mutation &m);
QString notedId(const pb::Mutation &m);
Verdict addNote(MutationScope &scope, const pb::Mutation &m);
QString knockAskedId(const pb::Mutation &m);
Verdict askKnock(MutationScope &scope, const pb::Mutation &m);
QString knockRecordedId(const pb::Mutation &m);
Verdict recordKnock(MutationScope &scope, const pb::Mutation &m);
QString openedId(const pb::Mutation &m);
Verdict openSignal(MutationScope &scope, const pb::Mutation &m);

/// The server's timed work: forgets closed signals past the project's retention (with their
/// knock tasks, change log and access log) and their reporter's identity past its months.
bool forgettingDue(Store &store, const Project &project, const QDateTime &now);
void forgetOnTime(MutationScope &scope);
/// The same rules on a device (a DeviceSweep).
void sweepDevice(Store &store, const Member &me, const Project &project, const QDateTime &now);

/// The mutations a device queues.
pb::Mutation raiseMutation(const Signal &sig);
pb::Mutation infoMutation(const QString &signalId, const QString &infoId, const QString &text);
pb::Mutation reopenMutation(const QString &signalId, const QString &infoId, const QString &reason);
pb::Mutation startMutation(const QString &signalId, std::optional<signalrules::Urgency> urgency);
pb::Mutation answerMutation(const QString &signalId, const QString &answerId, const QString &text);
pb::Mutation closeMutation(const QString &signalId, signalrules::Outcome outcome,
                           const QString &answerId, const QString &answer);
pb::Mutation mergeMutation(const QString &signalId, const QString &intoId);
pb::Mutation noteMutation(const QString &signalId, const QString &noteId, const QString &text);
pb::Mutation knockMutation(const KnockTask &task);
pb::Mutation knockOutcomeMutation(const QString &taskId, signalrules::KnockOutcome outcome);
pb::Mutation openMutation(const QString &signalId, const QDateTime &at);

/// The mutation kinds' names (the outbox's kind column).
inline constexpr const char *kRaiseKind = "RAISE_SIGNAL";
inline constexpr const char *kInfoKind = "ADD_SIGNAL_INFO";
inline constexpr const char *kReopenKind = "REOPEN_SIGNAL";
inline constexpr const char *kStartKind = "START_SIGNAL";
inline constexpr const char *kAnswerKind = "ANSWER_SIGNAL";
inline constexpr const char *kCloseKind = "CLOSE_SIGNAL";
inline constexpr const char *kMergeKind = "MERGE_SIGNAL";
inline constexpr const char *kNoteKind = "ADD_SIGNAL_NOTE";
inline constexpr const char *kKnockKind = "ASK_KNOCK";
inline constexpr const char *kKnockOutcomeKind = "RECORD_KNOCK";
inline constexpr const char *kOpenKind = "OPEN_SIGNAL";

} // namespace gw::signalsfamily
