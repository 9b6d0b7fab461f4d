#include "records.h"

#include <QUuid>

namespace gw {

QString roleName(Role r)
{
    switch (r) {
    case Role::Resident:
        return QStringLiteral("RESIDENT");
    case Role::Gangmaker:
        return QStringLiteral("GANGMAKER");
    case Role::Beheerder:
        return QStringLiteral("BEHEERDER");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Resident, Role::Gangmaker, Role::Beheerder})
        if (roleName(r).compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace gw
