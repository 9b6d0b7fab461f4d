#include "audience.h"

#include "permissions.h"

namespace gw {

QString Audience::key() const
{
    switch (kind) {
    case Kind::Project:
        return QStringLiteral("project");
    case Kind::Gang:
        return QStringLiteral("gang:") + id;
    case Kind::Member:
        return QStringLiteral("member:") + id;
    case Kind::Beheerders:
        return QStringLiteral("beheerders");
    }
    return {};
}

std::optional<QStringList> audienceKeysFor(const Member &viewer)
{
    const Role r = viewer.role;
    if (scopeOf(r, Action::ReadGangRecords) == Scope::Project &&
        scopeOf(r, Action::ReadMemberRecords) == Scope::Project &&
        scopeOf(r, Action::ReadBeheerderRecords) == Scope::Project)
        return std::nullopt;
    QStringList keys{Audience::project().key()};
    if (!viewer.gang.isEmpty() && mayEver(viewer, Action::ReadGangRecords))
        keys.append(Audience::gang(viewer.gang).key());
    if (mayEver(viewer, Action::ReadMemberRecords))
        keys.append(Audience::member(viewer.id).key());
    if (mayEver(viewer, Action::ReadBeheerderRecords))
        keys.append(Audience::beheerders().key());
    return keys;
}

} // namespace gw
