#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gw {
class Store;
}

namespace gw::sync {

/// The device's side of the sync contract, in the encrypted client store (one row): where the
/// server is, the device token, and the pull cursor. Callers own the transaction, so that the
/// cursor moves in the same transaction as the changes it covers.
class SyncStateRepository
{
public:
    struct State
    {
        QString serverUrl;
        QString deviceId;
        QString deviceToken;
        QByteArray cursor;
        qint64 nextClientSeq = 1;
        QDateTime lastSyncedAt;
        int epochResets = 0;
        bool enrolled() const { return !deviceToken.isEmpty() && !serverUrl.isEmpty(); }
    };

    explicit SyncStateRepository(Store &store) : m_store(store) {}

    State load() const;
    void saveEnrollment(const QString &serverUrl, const QString &deviceId, const QString &token);
    void setCursor(const QByteArray &cursor);
    void setLastSyncedAt(const QDateTime &at);
    void countEpochReset();

private:
    Store &m_store;
};

} // namespace gw::sync
