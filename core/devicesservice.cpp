#include "devicesservice.h"

#include "devicerepository.h"
#include "devicesfamily.h"
#include "hoursrules.h"
#include "store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevices, "gangwerk.devices")

namespace gw {

QString syncDayWords(QDate lastSyncDay, QDate today)
{
    if (!lastSyncDay.isValid())
        return QCoreApplication::translate("Devices", "never");
    const qint64 days = lastSyncDay.daysTo(today);
    if (days <= 0)
        return QCoreApplication::translate("Devices", "today");
    if (days == 1)
        return QCoreApplication::translate("Devices", "yesterday");
    return QCoreApplication::translate("Devices", "%n days ago", nullptr, int(days));
}

bool isQuiet(QDate lastSyncDay, QDate today, int days)
{
    return !lastSyncDay.isValid() || lastSyncDay.daysTo(today) >= qint64(days);
}

DevicesService::DevicesService(MemberContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_outbox(context.store())
{
}

bool DevicesService::revoke(const QString &deviceId)
{
    if (!m_context.isReady())
        return fail(tr("Gangwerk is not set up yet."), "revoke before setup");
    try {
        Transaction tx(m_context.store());
        const Verdict v =
            m_context.applyAndQueue(devicesfamily::revokeMutation(deviceId), m_outbox);
        if (!v.applied)
            return fail(hours::refusalMessage(v.reasonCode, v.message), "revoke refused");
        tx.commit();
    } catch (const StoreError &err) {
        qCWarning(lcDevices) << "revoke failed:" << err.what();
        return fail(tr("The device could not be disconnected. Nothing was changed. Please try "
                       "again."),
                    "revoke: store");
    }
    emit devicesChanged();
    emit queuedForSync();
    return true;
}

bool DevicesService::fail(const QString &userMessage, const char *what)
{
    qCWarning(lcDevices) << what;
    m_lastError = userMessage;
    emit errorOccurred(userMessage);
    return false;
}

QString DeviceListModel::lastUpdatedText(QDate lastSyncDay, QDate today)
{
    return tr("Last updated: %1").arg(syncDayWords(lastSyncDay, today));
}

DeviceListModel::DeviceListModel(DevicesService &service, QObject *parent)
    : RowListModel(parent), m_service(service)
{
    connect(&m_service, &DevicesService::devicesChanged, this, &DeviceListModel::reload);
}

void DeviceListModel::setMemberId(const QString &memberId)
{
    if (memberId == m_memberId)
        return;
    m_memberId = memberId;
    emit memberChanged();
    reload();
}

void DeviceListModel::reload()
{
    QList<Row> rows;
    MemberContext &context = m_service.memberContext();
    m_today = context.today();
    if (context.store().isOpen() && !m_memberId.isEmpty()) {
        try {
            const auto revoking =
                OutboxRepository(context.store())
                    .openStatuses(QLatin1String(mutationKind(pb::Mutation::kRevokeDevice)->name));
            for (const DeviceRecord &d : DeviceRepository(context.store()).devicesOf(m_memberId)) {
                const auto it = revoking.constFind(d.id);
                rows.append(
                    {d, it != revoking.cend() && it->state == OutboxRepository::State::Pending});
            }
        } catch (const StoreError &e) {
            qCWarning(lcDevices) << "device list failed:" << e.what();
        }
    }
    replaceRows(m_rows, std::move(rows));
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &r = m_rows.at(index.row());
    const DeviceRecord &d = r.device;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case DeviceIdRole:
        return d.id;
    case ConnectedRole:
        return d.isConnected();
    case ThisDeviceRole:
        return !d.id.isEmpty() && d.id == m_service.memberContext().deviceId();
    case QuietRole:
        return d.isConnected() && isQuiet(d.lastSyncDay, m_today);
    case LastSyncTextRole:
        return lastUpdatedText(d.lastSyncDay, m_today);
    case SinceTextRole:
        return d.isConnected() ? tr("Connected since %1")
                                     .arg(locale.toString(d.enrolledAt.toLocalTime().date(),
                                                          QStringLiteral("d MMMM yyyy")))
                               : tr("Disconnected on %1")
                                     .arg(locale.toString(d.revokedAt.toLocalTime().date(),
                                                          QStringLiteral("d MMMM yyyy")));
    case PendingRole:
        return r.pending;
    }
    return {};
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"},   {NameRole, "name"},
            {ConnectedRole, "connected"}, {ThisDeviceRole, "thisDevice"},
            {QuietRole, "quiet"},         {LastSyncTextRole, "lastSyncText"},
            {SinceTextRole, "sinceText"}, {PendingRole, "pending"}};
}

} // namespace gw
