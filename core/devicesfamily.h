#pragma once

#include "recordkinds.h"

/// The devices family's registry rows: the devices members enrolled (for their member and the
/// beheerders, written by the server) and disconnecting a lost one. The decision is the
/// permission table and one rule (never the device that asks), for the server and the devices.
namespace gw::devicesfamily {

QString deviceId(const pb::Change &c);
Audience deviceAudience(const pb::Change &c);
void applyPulledDevice(PullContext &ctx, const pb::Change &c);

QString revokedDeviceId(const pb::Mutation &m);
Verdict revokeDevice(MutationScope &scope, const pb::Mutation &m);

/// The mutation a device queues.
pb::Mutation revokeMutation(const QString &deviceId);

/// Marks @p d disconnected at @p at by @p by (empty: the server's command line), keeping the
/// first time when it was disconnected already. True when it changed.
bool markRevoked(DeviceRecord &d, const QDateTime &at, const QString &by);

/// Refusal codes.
inline constexpr const char kThisDevice[] = "THIS_DEVICE";
inline constexpr const char kDeviceUnknown[] = "DEVICE_UNKNOWN";

} // namespace gw::devicesfamily
