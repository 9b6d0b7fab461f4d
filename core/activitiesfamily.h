#pragma once

#include "recordkinds.h"

/// The activities family's registry rows: activities (a whole record for their gang or the
/// whole project, with the sign-ups only their organisers see) and the mutations that make
/// them (plan or change, cancel, sign up, sign off). The decisions are core's activity rules
/// and the permission table, for the server and the devices; the server alone gives the places
/// (activities::settle, in the order it receives sign-ups) and keeps the counts.
namespace gw::activitiesfamily {

QString activityId(const pb::Change &c);
Audience activityAudience(const pb::Change &c);
/// Leaves the sign-ups and the questions about credited hours only for those who may see who
/// comes (seesNames); everyone else keeps the counts, the sign-up they are in and their own
/// questions.
void redactActivity(pb::Change &c, const Member &viewer);
void applyPulledActivity(PullContext &ctx, const pb::Change &c);

/// What an action on an activity is done to, for the permission table: its gang, or for an
/// activity of the whole project the actor themselves when they organise it (so that a
/// gangmaker changes a project-wide activity only when it is theirs).
Subject activitySubject(const Member &actor, const QString &gang, bool organises);
/// Whether @p actor may do @p action to @p a, by the permission table (its gang, or for an
/// activity of the whole project whether the actor organises it).
bool permitsOn(const Member &actor, Action action, const Activity &a);
/// Whether @p viewer sees who signed up for @p a (its organisers, the gangmakers of its gang,
/// the beheerders: SeeAttendeeNames).
bool seesNames(const Member &viewer, const Activity &a);

/// The server's part of every change to an activity (and the demo's): sign-ups it has not seen
/// get the next numbers in the order given, the places are settled (activities::settle) and the
/// waiting places, counts and times are kept. Returns the sign-ups that got a place from the
/// waiting list.
QStringList settlePlaces(Activity &a, const QDateTime &now);

/// Every rule of core's (activities::validateActivity) that planning or changing @p a breaks,
/// checked against the project's places and zone and the bookings of its place on each of its
/// dates. @p editing: a change (it never clashes with itself and keeps a start that has passed);
/// for a date of a series with @p thisAndLater the whole new rule is checked and the later dates
/// it replaces never clash with it. PlanActivity decides with it; a form shows the same.
QList<activities::RuleViolation> checkPlan(Store &store, const Project &project,
                                           const QDateTime &now, const Activity &a, bool editing,
                                           bool thisAndLater = false);

QString plannedActivityId(const pb::Mutation &m);
Verdict planActivity(MutationScope &scope, const pb::Mutation &m);
QString cancelledActivityId(const pb::Mutation &m);
Verdict cancelActivity(MutationScope &scope, const pb::Mutation &m);
QString signUpActivityId(const pb::Mutation &m);
Verdict signUpForActivity(MutationScope &scope, const pb::Mutation &m);
QString withdrawnActivityId(const pb::Mutation &m);
Verdict withdrawSignUp(MutationScope &scope, const pb::Mutation &m);
QString promotedActivityId(const pb::Mutation &m);
Verdict promoteSignUp(MutationScope &scope, const pb::Mutation &m);
QString attendedActivityId(const pb::Mutation &m);
Verdict takeAttendance(MutationScope &scope, const pb::Mutation &m);
/// The id of the hour entry credited to @p memberId for @p activityId (for attending, or for
/// organising): the same on every retry, so that it is credited once.
QString creditedEntryId(const QString &activityId, const QString &memberId, bool organising);
QString disputedActivityId(const pb::Mutation &m);
/// A member asks to check the hours credited to them (DisputeCredit; core's dispute rules).
Verdict disputeCredit(MutationScope &scope, const pb::Mutation &m);
QString resolvedActivityId(const pb::Mutation &m);
/// An organiser, a gangmaker of the gang or a beheerder answers; on accept the server corrects
/// the member's credited entry (or credits one) in the same transaction.
Verdict resolveDispute(MutationScope &scope, const pb::Mutation &m);
/// The id of the entry that corrects the credited hours when dispute @p disputeId is accepted:
/// the same on every retry, so that it is written once.
QString correctionEntryId(const QString &disputeId);
/// The id of the date at @p seriesIndex that a change of a series with @p seed adds.
QString newDateId(const std::string &seed, int seriesIndex);

/// The mutations a device queues.
/// Plans or changes @p a; for a date of a series, with @p thisAndLater every later date too.
pb::Mutation planMutation(const Activity &a, bool thisAndLater = false);
pb::Mutation cancelMutation(const QString &activityId, const QString &reason,
                            bool thisAndLater = false);
pb::Mutation promoteMutation(const QString &activityId, const QString &signUpId);
pb::Mutation signUpMutation(const QString &signUpId, const QString &activityId,
                            const QString &memberId, const QString &companionId = {});
pb::Mutation withdrawMutation(const QString &activityId, const QString &signUpId,
                              const QString &memberId);
pb::Mutation attendanceMutation(const QString &activityId, const QStringList &presentIds);
pb::Mutation disputeMutation(const QString &activityId, const QString &disputeId, int minutes,
                             const QString &reason);
pb::Mutation resolveMutation(const QString &activityId, const QString &disputeId, bool accept,
                             int minutes, const QString &answer);

/// The mutation kinds' names (the outbox's kind column).
inline constexpr const char *kPlanKind = "PLAN_ACTIVITY";
inline constexpr const char *kCancelKind = "CANCEL_ACTIVITY";
inline constexpr const char *kSignUpKind = "SIGN_UP_FOR_ACTIVITY";
inline constexpr const char *kWithdrawKind = "WITHDRAW_SIGN_UP";
inline constexpr const char *kAttendanceKind = "TAKE_ATTENDANCE";
inline constexpr const char *kPromoteKind = "PROMOTE_SIGN_UP";
inline constexpr const char *kDisputeKind = "DISPUTE_CREDIT";
inline constexpr const char *kResolveKind = "RESOLVE_DISPUTE";

/// At most this many organisers per activity.
inline constexpr int kMaxOrganisers = 4;

} // namespace gw::activitiesfamily
