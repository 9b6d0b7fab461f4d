#include "devicerepository.h"

#include "store.h"

#include <QTimeZone>

namespace gw {

namespace {

constexpr const char *kColumns = "SELECT id, member_id, name, enrolled_at_ms, last_sync_day, "
                                 "revoked_at_ms, revoked_by FROM member_device ";

DeviceRecord readDevice(const Statement &s)
{
    DeviceRecord d;
    d.id = s.text(0);
    d.memberId = s.text(1);
    d.name = s.text(2);
    if (const qint64 at = s.int64(3))
        d.enrolledAt = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    d.lastSyncDay = QDate::fromString(s.text(4), Qt::ISODate);
    if (const qint64 at = s.int64(5))
        d.revokedAt = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    d.revokedBy = s.text(6);
    return d;
}

qint64 msOrZero(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

void DeviceRepository::save(const DeviceRecord &d)
{
    // No row refers to a device record, so REPLACE is a safe upsert.
    Statement s(m_store, m_store.isRemote()
                             ? "INSERT INTO member_device (id, member_id, name, enrolled_at_ms, "
                               "last_sync_day, revoked_at_ms, revoked_by) VALUES (?1, ?2, ?3, "
                               "?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET member_id = "
                               "EXCLUDED.member_id, name = EXCLUDED.name, enrolled_at_ms = "
                               "EXCLUDED.enrolled_at_ms, last_sync_day = EXCLUDED.last_sync_day, "
                               "revoked_at_ms = EXCLUDED.revoked_at_ms, revoked_by = "
                               "EXCLUDED.revoked_by"
                             : "INSERT OR REPLACE INTO member_device (id, member_id, name, "
                               "enrolled_at_ms, last_sync_day, revoked_at_ms, revoked_by) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, d.id).bind(2, d.memberId).bind(3, d.name).bind(4, msOrZero(d.enrolledAt));
    s.bindOptional(5, d.lastSyncDay.toString(Qt::ISODate));
    if (d.revokedAt.isValid())
        s.bind(6, msOrZero(d.revokedAt));
    else
        s.bindNull(6);
    s.bind(7, d.revokedBy).run();
}

std::optional<DeviceRecord> DeviceRepository::device(const QString &id) const
{
    Statement s(m_store, QByteArray(kColumns) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readDevice(s);
}

QList<DeviceRecord> DeviceRepository::devicesOf(const QString &memberId) const
{
    Statement s(m_store, QByteArray(kColumns) +
                             "WHERE member_id = ?1 ORDER BY revoked_at_ms IS NOT NULL, "
                             "enrolled_at_ms DESC, id");
    s.bind(1, memberId);
    QList<DeviceRecord> out;
    while (s.next())
        out.append(readDevice(s));
    return out;
}

QHash<QString, DeviceRepository::Reach>
DeviceRepository::reachByMember(const QString &projectId) const
{
    Statement s(m_store, "SELECT d.member_id, MAX(CASE WHEN d.revoked_at_ms IS NULL THEN "
                         "d.last_sync_day END), SUM(d.revoked_at_ms IS NULL) FROM member_device d "
                         "JOIN member m ON m.id = d.member_id WHERE m.project_id = ?1 "
                         "GROUP BY d.member_id");
    s.bind(1, projectId);
    QHash<QString, Reach> out;
    while (s.next())
        out.insert(s.text(0), {QDate::fromString(s.text(1), Qt::ISODate), s.integer(2)});
    return out;
}

} // namespace gw
