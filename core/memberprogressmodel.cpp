#include "memberprogressmodel.h"

#include "devicerepository.h"
#include "devicesservice.h"
#include "hoursrepository.h"
#include "hoursservice.h"
#include "projectrepository.h"
#include "residentsfilter.h"
#include "store.h"

#include <QLocale>

#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcHours)

namespace gw {

MemberProgressModel::MemberProgressModel(Store &store, HoursService &service, QObject *parent)
    : RowListModel(parent), m_store(store), m_service(service)
{
    connect(&m_service, &HoursService::changed, this, &MemberProgressModel::reload);
    reload();
}

void MemberProgressModel::setPeriodOffset(int offset)
{
    offset = std::clamp(offset, -1, 0);
    if (offset == m_periodOffset)
        return;
    m_periodOffset = offset;
    reload();
}

void MemberProgressModel::reload()
{
    QList<Row> rows;
    QString label;
    if (m_service.isReady()) {
        const Project project = *m_service.project();
        const QDate today = m_service.today();
        hours::DayRange period = m_service.progress().period;
        if (m_periodOffset < 0)
            period = hours::periodContaining(period.first.addDays(-1), project.requirement.period);
        label = m_service.periodLabelOf(period);
        try {
            // As a device ledger: entries the server refused do not count here either.
            const auto done = HoursRepository(m_store, true).effectiveMinutesPerMember(period);
            const auto reach = DeviceRepository(m_store).reachByMember(project.id);
            for (const Member &m : ProjectRepository(m_store).members(project.id)) {
                if (m.role == Role::Beheerder)
                    continue; // the requirement is the residents'
                // The pause that covers today; for the period before, its last day.
                const PausePeriod *pause = m.pauseOn(std::min(today, period.last));
                const hours::MemberTerms terms = m.terms();
                Row r{m,
                      done.value(m.id),
                      hours::requiredMinutes(project.requirement, period, terms),
                      hours::askedSoFar(project.requirement, period, terms, today),
                      pause != nullptr,
                      pause ? pause->until : QDate(),
                      0,
                      QDate()};
                const auto it = reach.constFind(m.id);
                if (it != reach.cend()) {
                    r.connected = it->connected;
                    r.lastSync = it->lastSyncDay;
                }
                rows.append(r);
            }
        } catch (const StoreError &e) {
            qCWarning(lcHours) << "member overview failed:" << e.what();
        }
    }
    m_today = m_service.isReady() ? m_service.today() : QDate();
    const bool labelChanged = label != m_periodLabel;
    m_periodLabel = label;
    replaceRows(m_rows, std::move(rows));
    if (labelChanged)
        emit periodChanged();
    emit countsChanged();
}

int MemberProgressModel::behindCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return hours::isBehind(r.done, r.askedSoFar); }));
}

int MemberProgressModel::pausedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.paused; }));
}

QList<ReportLine> MemberProgressModel::reportLines() const
{
    QList<ReportLine> lines;
    for (const Row &r : m_rows)
        lines.append({r.member.gang, r.member.displayName, r.done, r.required,
                      r.paused ? r.pausedUntil : QDate()});
    const QCollator collator = naturalCollator();
    std::stable_sort(lines.begin(), lines.end(), [&](const ReportLine &a, const ReportLine &b) {
        return compareResidents(collator, a.gang, a.name, b.gang, b.name) < 0;
    });
    return lines;
}

QVariantList MemberProgressModel::pausesOf(const QString &memberId) const
{
    QVariantList out;
    const QLocale locale;
    const QDate today = m_service.today();
    for (const Row &r : m_rows) {
        if (r.member.id != memberId)
            continue;
        for (auto it = r.member.pauses.crbegin(); it != r.member.pauses.crend(); ++it) {
            if (it->until < it->from)
                continue; // lifted on the day it began: no pause at all
            out.append(QVariantMap{
                {QStringLiteral("period"),
                 tr("%1 – %2").arg(locale.toString(it->from, QStringLiteral("d MMMM yyyy")),
                                   locale.toString(it->until, QStringLiteral("d MMMM yyyy")))},
                {QStringLiteral("reason"), it->reason},
                {QStringLiteral("current"), it->from <= today && today <= it->until}});
        }
    }
    return out;
}

void MemberProgressModel::setQuietDays(int days)
{
    days = std::clamp(days, 1, 365);
    if (days == m_quietDays)
        return;
    m_quietDays = days;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {QuietRole});
    emit countsChanged();
}

bool MemberProgressModel::isQuiet(const Row &r) const
{
    // A connected device that never synced is as quiet as one that stopped.
    return r.connected > 0 && gw::isQuiet(r.lastSync, m_today, m_quietDays);
}

int MemberProgressModel::quietCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &r) { return isQuiet(r); }));
}

int MemberProgressModel::notConnectedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.connected == 0; }));
}

QStringList MemberProgressModel::behindNames() const
{
    QStringList names;
    for (const Row &r : m_rows)
        if (hours::isBehind(r.done, r.askedSoFar))
            names << r.member.displayName;
    std::sort(names.begin(), names.end(), naturalCollator());
    return names;
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
    case GangRole:
        return r.member.gang;
    case BehindRole:
        return hours::isBehind(r.done, r.askedSoFar);
    case AskedSoFarRole:
        return r.askedSoFar;
    case StudioRole:
        return r.member.studio;
    case ConnectedRole:
        return r.connected > 0;
    case QuietRole:
        return isQuiet(r);
    case LastSyncTextRole:
        return r.connected > 0 ? DeviceListModel::lastUpdatedText(r.lastSync, m_today) : QString();
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
            {PausedUntilIsoRole, "pausedUntilIso"},
            {GangRole, "gang"},
            {BehindRole, "behind"},
            {AskedSoFarRole, "askedSoFar"},
            {StudioRole, "studio"},
            {ConnectedRole, "connected"},
            {QuietRole, "quiet"},
            {LastSyncTextRole, "lastSyncText"}};
}

} // namespace gw
