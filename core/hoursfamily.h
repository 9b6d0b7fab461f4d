#pragma once

#include "recordkinds.h"

/// The hours family's registry rows: hour entries (append-only, for their member and the
/// beheerders) and the mutations that make them (log or correct hours, pause a requirement).
/// The decisions are core's hour rules and the permission table, for the server and the devices.
namespace gw::hoursfamily {

QString entryId(const pb::Change &c);
Audience entryAudience(const pb::Change &c);
void applyPulledEntry(PullContext &ctx, const pb::Change &c);

QString appendedEntryId(const pb::Mutation &m);
Verdict appendHourEntry(MutationScope &scope, const pb::Mutation &m);

QString pausedMemberId(const pb::Mutation &m);
Verdict pauseRequirement(MutationScope &scope, const pb::Mutation &m);

/// The mutations a device queues (so that a service never builds wire messages by hand).
pb::Mutation appendMutation(const HourEntry &entry);
pb::Mutation pauseMutation(const QString &memberId, QDate until, const QString &reason = {});

} // namespace gw::hoursfamily
