#pragma once

#include "recordkinds.h"

/// The buurtdiensten family's registry rows: service posts (requests and offers of small help,
/// a whole record for their gang or the whole project, with the helper, the times of helping
/// and the messages only their parties see) and the mutations that make them. The decisions
/// are core's service rules (core/servicesrules.h) and the permission table, for the server and
/// the devices; the server alone credits hours (in the deciding transaction, once) and credits
/// a reported time as reported when the one helped stays silent for 7 days (creditSilent).
namespace gw::servicesfamily {

QString postId(const pb::Change &c);
Audience postAudience(const pb::Change &c);
/// What @p viewer may see of a post: the helper, the times of helping and the stand-ins only
/// for its parties and the beheerders, the messages only for their conversation (and the
/// beheerders while a time is disputed), an on-behalf asker only for the poster, the asker and
/// the beheerders, a hidden post's text only for its poster and the beheerders, a suggested
/// helper only for that member and the beheerders.
void redactPost(pb::Change &c, const Member &viewer);
void applyPulledPost(PullContext &ctx, const pb::Change &c);

/// Whether @p actor speaks for the one helped (the asker, whoever posted for them, a gangmaker
/// of their gang or a beheerder: ConfirmServiceHelp).
bool speaksForAsker(Store &store, const Member &actor, const ServicePost &p);
/// Whether @p actor sees everything of @p p (a beheerder: SettleServiceDispute).
bool settles(const Member &actor, const ServicePost &p);

QString postedId(const pb::Mutation &m);
Verdict postService(MutationScope &scope, const pb::Mutation &m);
QString takenId(const pb::Mutation &m);
Verdict takeService(MutationScope &scope, const pb::Mutation &m);
QString standInId(const pb::Mutation &m);
Verdict standIn(MutationScope &scope, const pb::Mutation &m);
QString releasedId(const pb::Mutation &m);
Verdict releaseService(MutationScope &scope, const pb::Mutation &m);
QString withdrawnId(const pb::Mutation &m);
Verdict withdrawService(MutationScope &scope, const pb::Mutation &m);
QString renewedId(const pb::Mutation &m);
Verdict renewService(MutationScope &scope, const pb::Mutation &m);
QString reportedId(const pb::Mutation &m);
Verdict reportDone(MutationScope &scope, const pb::Mutation &m);
QString confirmedId(const pb::Mutation &m);
Verdict confirmService(MutationScope &scope, const pb::Mutation &m);
QString disputedId(const pb::Mutation &m);
Verdict disputeService(MutationScope &scope, const pb::Mutation &m);
QString settledId(const pb::Mutation &m);
Verdict settleService(MutationScope &scope, const pb::Mutation &m);
QString hiddenId(const pb::Mutation &m);
Verdict hideService(MutationScope &scope, const pb::Mutation &m);
QString suggestedId(const pb::Mutation &m);
Verdict suggestHelper(MutationScope &scope, const pb::Mutation &m);
QString messagedId(const pb::Mutation &m);
Verdict sendMessage(MutationScope &scope, const pb::Mutation &m);
QString talentsMemberId(const pb::Mutation &m);
Verdict setTalents(MutationScope &scope, const pb::Mutation &m);

/// The server's timed work: every reported time of @p scope's project whose asker stayed silent
/// for 7 days is credited as reported (or, above 4 hours or twice the estimate, waits for a
/// beheerder). Idempotent; runs before a device of the project pushes or pulls.
void creditSilent(MutationScope &scope);
bool silentCreditDue(Store &store, const Project &project, const QDateTime &now);

/// The id of the hour entry credited for time of helping @p occurrenceId of post @p postId, and
/// of a beheerder's correction of it: the same on every retry, so it is written once.
QString creditedEntryId(const QString &postId, const QString &occurrenceId);
QString correctionEntryId(const QString &postId, const QString &occurrenceId);

/// The mutations a device queues.
pb::Mutation postMutation(const ServicePost &p);
pb::Mutation takeMutation(const QString &postId);
pb::Mutation standInMutation(const QString &postId);
pb::Mutation releaseMutation(const QString &postId);
pb::Mutation withdrawMutation(const QString &postId);
pb::Mutation renewMutation(const QString &postId);
pb::Mutation reportMutation(const QString &postId, const QString &occurrenceId, QDate day,
                            int minutes, const QString &note);
pb::Mutation confirmMutation(const QString &postId, const QString &occurrenceId, int minutes = 0);
pb::Mutation disputeMutation(const QString &postId, const QString &occurrenceId,
                             const QString &reason);
pb::Mutation settleMutation(const QString &postId, const QString &occurrenceId, bool credit,
                            int minutes, const QString &note);
pb::Mutation hideMutation(const QString &postId, const QString &reason);
pb::Mutation suggestMutation(const QString &postId, const QString &memberId);
pb::Mutation messageMutation(const QString &postId, const QString &messageId, const QString &text);
pb::Mutation talentsMutation(const QString &memberId, const QStringList &talents);

/// The mutation kinds' names (the outbox's kind column).
inline constexpr const char *kPostKind = "POST_SERVICE";
inline constexpr const char *kTakeKind = "TAKE_SERVICE";
inline constexpr const char *kStandInKind = "STAND_IN_FOR_SERVICE";
inline constexpr const char *kReleaseKind = "RELEASE_SERVICE";
inline constexpr const char *kWithdrawKind = "WITHDRAW_SERVICE";
inline constexpr const char *kRenewKind = "RENEW_SERVICE";
inline constexpr const char *kReportKind = "REPORT_SERVICE_DONE";
inline constexpr const char *kConfirmKind = "CONFIRM_SERVICE";
inline constexpr const char *kDisputeKind = "DISPUTE_SERVICE";
inline constexpr const char *kSettleKind = "SETTLE_SERVICE";
inline constexpr const char *kHideKind = "HIDE_SERVICE";
inline constexpr const char *kSuggestKind = "SUGGEST_SERVICE_HELPER";
inline constexpr const char *kMessageKind = "SEND_SERVICE_MESSAGE";
inline constexpr const char *kTalentsKind = "SET_TALENTS";

} // namespace gw::servicesfamily
