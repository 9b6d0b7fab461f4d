#pragma once

#include "records.h"

#include <QHash>
#include <QList>

#include <optional>

namespace gw {

class Store;

/// The devices members enrolled (member_device), in either store. Callers own the transaction.
class DeviceRepository
{
public:
    explicit DeviceRepository(Store &store) : m_store(store) {}

    /// Inserts or replaces the record (the server's copy wins on a device).
    void save(const DeviceRecord &d);
    std::optional<DeviceRecord> device(const QString &id) const;
    /// A member's devices, connected ones first, then newest first.
    QList<DeviceRecord> devicesOf(const QString &memberId) const;

    /// Per member of @p projectId with a device this store holds: the newest day any of their
    /// connected devices synced (invalid when none did) and how many are connected. Members
    /// without a record are absent: "not yet connected".
    struct Reach
    {
        QDate lastSyncDay;
        int connected = 0;
    };
    QHash<QString, Reach> reachByMember(const QString &projectId) const;

private:
    Store &m_store;
};

} // namespace gw
