#include "memberprogressmodel.h"

#include "hoursrepository.h"
#include "hoursservice.h"
#include "projectrepository.h"
#include "store.h"

#include <QLocale>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHours)

namespace gw {

MemberProgressModel::MemberProgressModel(Store &store, HoursService &service, QObject *parent)
    : RowListModel(parent), m_store(store), m_service(service)
{
    connect(&m_service, &HoursService::changed, this, &MemberProgressModel::reload);
    reload();
}

void MemberProgressModel::reload()
{
    QList<Row> rows;
    if (m_service.isReady()) {
        const Project project = *m_service.project();
        const hours::DayRange period = m_service.progress().period;
        const QDate today = m_service.today();
        try {
            // As a device ledger: entries the server refused do not count here either.
            const auto done = HoursRepository(m_store, true).effectiveMinutesPerMember(period);
            for (const Member &m : ProjectRepository(m_store).members(project.id)) {
                if (m.role == Role::Beheerder)
                    continue; // the requirement is the residents'
                const PausePeriod *pause = m.pauseOn(today);
                Row r{m, done.value(m.id),
                      hours::requiredMinutes(project.requirement, period, m.terms()),
                      pause != nullptr, pause ? pause->until : QDate()};
                rows.append(r);
            }
        } catch (const StoreError &e) {
            qCWarning(lcHours) << "member overview failed:" << e.what();
        }
    }
    replaceRows(m_rows, std::move(rows));
}

int MemberProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberProgressModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.member.displayName;
    case MemberIdRole:
        return r.member.id;
    case RoleNameRole:
        return roleName(r.member.role);
    case DoneMinutesRole:
        return r.done;
    case RequiredMinutesRole:
        return r.required;
    case DoneTextRole:
        return tr("%1 of %2").arg(hours::formatMinutes(r.done), hours::formatMinutes(r.required));
    case PausedRole:
        return r.paused;
    case PausedUntilTextRole:
        return r.paused ? QLocale().toString(r.pausedUntil, QLocale::LongFormat) : QString();
    case PausedUntilIsoRole:
        return r.pausedUntil.toString(Qt::ISODate);
    }
    return {};
}

QHash<int, QByteArray> MemberProgressModel::roleNames() const
{
    return {{MemberIdRole, "memberId"},
            {NameRole, "name"},
            {RoleNameRole, "roleName"},
            {DoneMinutesRole, "doneMinutes"},
            {RequiredMinutesRole, "requiredMinutes"},
            {DoneTextRole, "doneText"},
            {PausedRole, "paused"},
            {PausedUntilTextRole, "pausedUntilText"},
            {PausedUntilIsoRole, "pausedUntilIso"}};
}

} // namespace gw
