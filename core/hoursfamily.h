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

/// Credits @p e (an entry the server writes for an activity or a service) unless an entry with
/// its id is there already (a retry, a second marking), and sends it to its member and the
/// beheerders. Server-side, inside the deciding mutation's transaction.
void credit(MutationScope &scope, const HourEntry &e);
/// The latest version of entry @p id (following corrections), if it exists.
std::optional<HourEntry> latestVersion(Store &store, const QString &id);

/// The mutations a device queues (so that a service never builds wire messages by hand).
pb::Mutation appendMutation(const HourEntry &entry);
pb::Mutation pauseMutation(const QString &memberId, QDate until, const QString &reason = {});

} // namespace gw::hoursfamily
