#include "syncstaterepository.h"

#include "store.h"

namespace gw::sync {

SyncStateRepository::State SyncStateRepository::load() const
{
    Statement s(m_store, "SELECT server_url, device_id, device_token, cursor, next_client_seq, "
                         "last_synced_at, epoch_resets FROM sync_state WHERE id = 1");
    State st;
    if (!s.next())
        return st;
    st.serverUrl = s.text(0);
    st.deviceId = s.text(1);
    st.deviceToken = s.text(2);
    st.cursor = s.isNull(3) ? QByteArray() : s.blob(3);
    st.nextClientSeq = s.int64(4);
    st.lastSyncedAt = QDateTime::fromString(s.text(5), Qt::ISODateWithMs);
    st.epochResets = s.integer(6);
    return st;
}

void SyncStateRepository::saveEnrollment(const QString &serverUrl, const QString &deviceId,
                                         const QString &token)
{
    Statement s(m_store, "UPDATE sync_state SET server_url = ?1, device_id = ?2, "
                         "device_token = ?3, cursor = NULL WHERE id = 1");
    s.bind(1, serverUrl).bind(2, deviceId).bind(3, token).run();
}

void SyncStateRepository::setCursor(const QByteArray &cursor)
{
    Statement s(m_store, "UPDATE sync_state SET cursor = ?1 WHERE id = 1");
    if (cursor.isEmpty())
        s.bindNull(1);
    else
        s.bind(1, cursor);
    s.run();
}

void SyncStateRepository::setLastSyncedAt(const QDateTime &at)
{
    Statement s(m_store, "UPDATE sync_state SET last_synced_at = ?1 WHERE id = 1");
    s.bind(1, at.toUTC().toString(Qt::ISODateWithMs)).run();
}

void SyncStateRepository::countEpochReset()
{
    m_store.exec("UPDATE sync_state SET epoch_resets = epoch_resets + 1 WHERE id = 1");
}

} // namespace gw::sync
