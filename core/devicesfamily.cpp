#include "devicesfamily.h"

#include "devicerepository.h"
#include "projectrepository.h"
#include "recordcodec.h"

#include <QCoreApplication>

namespace gw::devicesfamily {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString deviceId(const pb::Change &c)
{
    return q(c.device().id());
}

Audience deviceAudience(const pb::Change &c)
{
    // Which devices someone uses, and on which days, is theirs and the beheerders'.
    return Audience::member(q(c.device().member_id()));
}

void applyPulledDevice(PullContext &ctx, const pb::Change &c)
{
    const DeviceRecord d = wire::fromWire(c.device());
    ctx.ensureMember(d.memberId);
    DeviceRepository(ctx.store).save(d);
}

QString revokedDeviceId(const pb::Mutation &m)
{
    return q(m.revoke_device().device_id());
}

bool markRevoked(DeviceRecord &d, const QDateTime &at, const QString &by)
{
    if (!d.isConnected())
        return false;
    d.revokedAt = at.toUTC();
    d.revokedBy = by;
    return true;
}

Verdict revokeDevice(MutationScope &scope, const pb::Mutation &m)
{
    if (!mayEver(scope.actor, Action::RevokeDevice))
        return Verdict::denied(Action::RevokeDevice);
    const QString id = q(m.revoke_device().device_id());
    if (!wire::isCanonicalId(m.revoke_device().device_id()))
        return Verdict::invalid("The device id is malformed.");
    DeviceRepository devices(scope.store);
    auto device = devices.device(id);
    const auto member =
        device ? ProjectRepository(scope.store).member(device->memberId) : std::optional<Member>();
    if (!device || !member || member->projectId != scope.project.id)
        return Verdict::refuse(
            QLatin1String(kDeviceUnknown),
            QCoreApplication::translate("Mutations", "This device is not part of your project."));
    if (!permits(scope.actor, Action::RevokeDevice, Subject::member(*member)))
        return Verdict::denied(Action::RevokeDevice);
    if (id == scope.deviceId)
        return Verdict::refuse(
            QLatin1String(kThisDevice),
            QCoreApplication::translate("Mutations", "You are using this device now. You cannot "
                                                     "disconnect it from here."));
    if (!markRevoked(*device, scope.now, scope.actor.id))
        return Verdict::ok(); // disconnected already: the first time stays
    devices.save(*device);
    if (scope.sink) {
        pb::Change c;
        *c.mutable_device() = wire::toWire(*device);
        scope.sink->changed(scope.project.id, c);
    }
    return Verdict::ok();
}

pb::Mutation revokeMutation(const QString &deviceId)
{
    pb::Mutation m;
    m.mutable_revoke_device()->set_device_id(deviceId.toStdString());
    return m;
}

} // namespace gw::devicesfamily
