#include "serverrepository.h"

#include "devicerepository.h"
#include "devicesfamily.h"
#include "hoursrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "store.h"

#include <QTimeZone>
#include <QUuid>
#include <memory>
#include <vector>

namespace gw::server {

namespace {

// A literal (not a constexpr pointer), so that queries built on it stay literals for the cache.
// The device's record (member_device, the family core shares) says whether it is revoked and
// when it last synced; device keeps what only the server knows (token, sequence).
#define GW_SELECT_DEVICE                                                                           \
    "SELECT d.id, d.project_id, d.member_id, d.name, m.role, d.created_at_ms, "                    \
    "COALESCE(md.revoked_at_ms, d.revoked_at_ms, 0), d.last_seq, COALESCE(d.last_seen_ms, 0), "    \
    "md.last_sync_day FROM device d JOIN member m ON m.id = d.member_id "                          \
    "LEFT JOIN member_device md ON md.id = d.id "

Device readDevice(const Statement &s)
{
    Device d;
    d.id = s.text(0);
    d.projectId = s.text(1);
    d.memberId = s.text(2);
    d.name = s.text(3);
    d.role = roleFromName(s.text(4)).value_or(Role::Resident);
    d.createdAtMs = s.int64(5);
    d.revokedAtMs = s.int64(6);
    d.lastSeq = s.int64(7);
    d.lastSeenMs = s.int64(8);
    d.lastSyncDay = QDate::fromString(s.text(9), Qt::ISODate);
    return d;
}

StoredResult readResult(const Statement &s)
{
    return {s.text(0), s.integer(1), s.text(2), s.text(3), s.int64(4)};
}

// The key of a client_seq's own row: one that carried an id seen before under another
// client_seq, or a malformed id (empty here). Never a canonical id, so never a mutation's key.
QString seqKey(const QString &mutationId, qint64 clientSeq)
{
    return mutationId + QLatin1Char('@') + QString::number(clientSeq);
}

} // namespace

ServerRepository::ServerRepository(Store &store) : m_store(store) {}

ServerRepository::~ServerRepository() = default;

std::optional<Project> ServerRepository::projectByName(const QString &name) const
{
    Statement s(m_store, "SELECT id FROM project WHERE name = ?1");
    s.bind(1, name);
    if (!s.next())
        return std::nullopt;
    return ProjectRepository(m_store).project(s.text(0));
}

QList<Project> ServerRepository::projects() const
{
    Statement s(m_store, "SELECT id FROM project ORDER BY name");
    QList<Project> out;
    while (s.next())
        if (auto p = ProjectRepository(m_store).project(s.text(0)))
            out.append(*p);
    return out;
}

void ServerRepository::saveProject(const Project &p)
{
    ProjectRepository(m_store).saveProject(p);
    pb::Change c;
    *c.mutable_project() = wire::toWire(p);
    changed(p.id, c);
}

std::optional<Member> ServerRepository::member(const QString &id) const
{
    return ProjectRepository(m_store).member(id);
}

void ServerRepository::saveMember(const Member &m)
{
    ProjectRepository(m_store).saveMember(m);
    pb::Change c;
    *c.mutable_member() = wire::toWire(m);
    changed(m.projectId, c);
}

void ServerRepository::appendHourEntry(const HourEntry &e, const QString &projectId)
{
    HoursRepository(m_store).append(e);
    pb::Change c;
    *c.mutable_hour_entry() = wire::toWire(e);
    changed(projectId, c);
}

namespace {

// change_log.held_by: a device id as its 16 bytes (NULL for none), so that the column costs a
// pushed entry little.
QByteArray deviceKey(const QString &deviceId)
{
    const QUuid id(deviceId);
    return id.isNull() ? QByteArray() : id.toRfc4122();
}

} // namespace

void ServerRepository::changed(const QString &projectId, const pb::Change &change,
                               const QString &heldBy)
{
    const RecordKind *kind = recordKind(change.record_case());
    if (!kind)
        throw StoreError(0, "change of an unregistered record kind");
    const QString recordId = kind->idOf(change);
    if (kind->wholeRecord) {
        // The change carries the whole record, so earlier changes of the same record add
        // nothing: a cursor before them still gets this newer one. "whole = 1" repeats the
        // partial index's condition, so that SQLite may use it.
        Statement del(m_store, "DELETE FROM change_log WHERE kind = ?1 AND record_id = ?2 "
                               "AND whole = 1");
        del.bind(1, kind->id).bind(2, recordId).run();
    }
    const std::string payload = recordPayload(change);
    Statement s(m_store, "INSERT INTO change_log (project_id, kind, record_id, audience, whole, "
                         "payload, held_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, projectId).bind(2, kind->id).bind(3, recordId);
    s.bind(4, kind->audienceOf(change).key()).bind(5, kind->wholeRecord);
    // On a store that seals (PostgreSQL) every change is sealed: a change of an hour entry, a
    // signal or a post carries its notes and messages.
    s.bindSealed(6, QByteArray::fromRawData(payload.data(), qsizetype(payload.size())),
                 "change_log.payload", recordId);
    if (const QByteArray held = deviceKey(heldBy); !held.isEmpty())
        s.bind(7, held);
    else
        s.bindNull(7);
    s.run();
}

void ServerRepository::forgotten(const QString &projectId, pb::Change::RecordCase wire,
                                 const QString &recordId)
{
    const RecordKind *kind = recordKind(wire);
    if (!kind)
        throw StoreError(0, "forgetting an unregistered record kind");
    Statement del(m_store, "DELETE FROM change_log WHERE kind = ?1 AND record_id = ?2 AND "
                           "project_id = ?3");
    del.bind(1, kind->id).bind(2, recordId).bind(3, projectId).run();
    Statement delAccess(m_store, "DELETE FROM record_access WHERE kind = ?1 AND record_id = ?2");
    delAccess.bind(1, kind->id).bind(2, recordId).run();
}

void ServerRepository::opened(const QString &projectId, pb::Change::RecordCase wire,
                              const QString &recordId, const QString &deviceId,
                              const QString &memberId, const QDateTime &at)
{
    const RecordKind *kind = recordKind(wire);
    if (!kind || !kind->accessLogged)
        return;
    Statement s(m_store, "INSERT INTO record_access (project_id, kind, record_id, device_id, "
                         "member_id, what, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, 'opened', ?6)");
    s.bind(1, projectId).bind(2, kind->id).bind(3, recordId).bind(4, deviceId);
    s.bind(5, memberId).bind(6, at.toMSecsSinceEpoch()).run();
}

void ServerRepository::received(const QString &projectId, const RecordKind &kind,
                                const QStringList &recordIds, const QString &deviceId,
                                const QString &memberId, qint64 atMs)
{
    Statement s(m_store, "INSERT INTO record_access (project_id, kind, record_id, device_id, "
                         "member_id, what, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, 'received', ?6)");
    for (const QString &id : recordIds) {
        s.reset();
        s.bind(1, projectId).bind(2, kind.id).bind(3, id).bind(4, deviceId).bind(5, memberId);
        s.bind(6, atMs).run();
    }
}

QList<ServerRepository::Access> ServerRepository::accessLog(const QString &projectId,
                                                            const QString &recordId) const
{
    Statement s(m_store, "SELECT record_id, device_id, member_id, what, at_ms FROM record_access "
                         "WHERE project_id = ?1 AND (?2 = '' OR record_id = ?2) "
                         "ORDER BY at_ms, " +
                             QByteArray(m_store.isRemote() ? "device_id, what" : "rowid"));
    s.bind(1, projectId).bind(2, recordId);
    QList<Access> out;
    while (s.next())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4)});
    return out;
}

void ServerRepository::addInvite(const Invite &i)
{
    Statement s(m_store, R"(
        INSERT INTO invite (code_hash, project_id, role, gang, display_name, member_id,
                            created_at_ms, expires_at_ms, studio)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))");
    s.bind(1, i.codeHash).bind(2, i.projectId).bind(3, roleName(i.role)).bind(4, i.gang);
    s.bind(5, i.displayName).bindOptional(6, i.memberId).bind(7, i.createdAtMs);
    s.bind(8, i.expiresAtMs).bind(9, i.studio).run();
}

std::optional<Invite> ServerRepository::invite(const QByteArray &codeHash) const
{
    Statement s(m_store, R"(
        SELECT project_id, role, gang, display_name, COALESCE(member_id, ''), created_at_ms,
               expires_at_ms, COALESCE(used_at_ms, 0), studio, COALESCE(device_id, ''),
               enrol_key_hash
        FROM invite WHERE code_hash = ?1)");
    s.bind(1, codeHash);
    if (!s.next())
        return std::nullopt;
    Invite i;
    i.codeHash = codeHash;
    i.projectId = s.text(0);
    i.role = roleFromName(s.text(1)).value_or(Role::Resident);
    i.gang = s.text(2);
    i.displayName = s.text(3);
    i.memberId = s.text(4);
    i.createdAtMs = s.int64(5);
    i.expiresAtMs = s.int64(6);
    i.usedAtMs = s.int64(7);
    i.studio = s.text(8);
    i.deviceId = s.text(9);
    i.enrolKeyHash = s.blob(10);
    return i;
}

void ServerRepository::markInviteUsed(const QByteArray &codeHash, const QString &deviceId,
                                      qint64 nowMs, const QByteArray &enrolKeyHash)
{
    Statement s(m_store, "UPDATE invite SET used_at_ms = ?2, device_id = ?3, enrol_key_hash = ?4 "
                         "WHERE code_hash = ?1");
    s.bind(1, codeHash).bind(2, nowMs).bind(3, deviceId);
    if (enrolKeyHash.isEmpty())
        s.bindNull(4);
    else
        s.bind(4, enrolKeyHash);
    s.run();
}

void ServerRepository::setDeviceToken(const QString &deviceId, const QByteArray &tokenHash)
{
    Statement s(m_store, "UPDATE device SET token_hash = ?2 WHERE id = ?1");
    s.bind(1, deviceId).bind(2, tokenHash).run();
}

void ServerRepository::addDevice(const Device &d, const QByteArray &tokenHash)
{
    Statement s(m_store, R"(
        INSERT INTO device (id, project_id, member_id, name, token_hash, created_at_ms, last_seq)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0))");
    s.bind(1, d.id).bind(2, d.projectId).bind(3, d.memberId).bind(4, d.name);
    s.bind(5, tokenHash).bind(6, d.createdAtMs).run();
    DeviceRecord r;
    r.id = d.id;
    r.memberId = d.memberId;
    r.name = d.name;
    r.enrolledAt = QDateTime::fromMSecsSinceEpoch(d.createdAtMs, QTimeZone::utc());
    r.lastSyncDay = d.lastSyncDay;
    saveDeviceRecord(d.projectId, r);
}

void ServerRepository::saveDeviceRecord(const QString &projectId, const DeviceRecord &r)
{
    DeviceRepository(m_store).save(r);
    pb::Change c;
    *c.mutable_device() = wire::toWire(r);
    changed(projectId, c);
}

std::optional<Device> ServerRepository::deviceByTokenHash(const QByteArray &tokenHash) const
{
    Statement s(m_store, GW_SELECT_DEVICE "WHERE d.token_hash = ?1");
    s.bind(1, tokenHash);
    if (!s.next())
        return std::nullopt;
    return readDevice(s);
}

std::optional<Device> ServerRepository::device(const QString &id) const
{
    Statement s(m_store, GW_SELECT_DEVICE "WHERE d.id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readDevice(s);
}

QList<Device> ServerRepository::devices() const
{
    Statement s(m_store, GW_SELECT_DEVICE "ORDER BY d.project_id, d.created_at_ms");
    QList<Device> out;
    while (s.next())
        out.append(readDevice(s));
    return out;
}

bool ServerRepository::revokeDevice(const QString &id, qint64 nowMs)
{
    const auto d = device(id);
    if (!d)
        return false;
    auto record = DeviceRepository(m_store).device(id);
    if (!record)
        return false;
    if (devicesfamily::markRevoked(*record, QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()),
                                   {}))
        saveDeviceRecord(d->projectId, *record);
    return true;
}

void ServerRepository::touchDevice(const Device &d, QDate today)
{
    if (d.lastSyncDay == today)
        return; // once a day: the change log holds one row per device, not one per sync
    auto record = DeviceRepository(m_store).device(d.id);
    // Also once when two pulls of the device noted the day together.
    if (!record || record->lastSyncDay == today)
        return;
    record->lastSyncDay = today;
    saveDeviceRecord(d.projectId, *record);
}

void ServerRepository::setLastSeq(const QString &deviceId, qint64 seq, qint64 nowMs)
{
    // OR FAIL: no statement journal (SQLCipher encrypts every page it holds) for a one-row
    // update by key, which cannot fail halfway.
    Statement s(m_store, m_store.isRemote()
                             ? "UPDATE device SET last_seq = ?2, last_seen_ms = ?3 WHERE id = ?1"
                             : "UPDATE OR FAIL device SET last_seq = ?2, last_seen_ms = ?3 "
                               "WHERE id = ?1");
    s.bind(1, deviceId).bind(2, seq).bind(3, nowMs).run();
}

bool ServerRepository::claimResult(const QString &deviceId, const QString &mutationId,
                                   qint64 clientSeq)
{
    // One B-tree write per mutation, and no lookup before it: a mutation id and its outcome
    // were two (a table by client_seq and an index by id), 12% of a push's work on the server.
    Statement s(m_store, m_store.isRemote()
                             ? "INSERT INTO mutation_result (device_id, mutation_id, client_seq, "
                               "outcome) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (device_id, "
                               "mutation_id) DO NOTHING"
                             : "INSERT OR IGNORE INTO mutation_result (device_id, mutation_id, "
                               "client_seq, outcome) VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, deviceId).bind(2, mutationId).bind(3, clientSeq).bind(4, int(pb::OUTCOME_APPLIED));
    s.run();
    return m_store.changes() > 0;
}

void ServerRepository::settleResult(const QString &deviceId, const QString &mutationId,
                                    const StoredResult &r)
{
    Statement s(m_store, "UPDATE mutation_result SET outcome = ?3, reason_code = ?4, message = ?5 "
                         "WHERE device_id = ?1 AND mutation_id = ?2");
    s.bind(1, deviceId).bind(2, mutationId).bind(3, r.outcome).bind(4, r.reasonCode);
    s.bind(5, r.message).run();
}

std::optional<StoredResult> ServerRepository::resultById(const QString &deviceId,
                                                         const QString &mutationId) const
{
    Statement s(m_store, "SELECT mutation_id, outcome, reason_code, message, client_seq "
                         "FROM mutation_result WHERE device_id = ?1 AND mutation_id = ?2");
    s.bind(1, deviceId).bind(2, mutationId);
    if (!s.next())
        return std::nullopt;
    return readResult(s);
}

std::optional<StoredResult> ServerRepository::resultOfRetry(const QString &deviceId,
                                                            const QString &mutationId,
                                                            qint64 clientSeq) const
{
    if (!mutationId.isEmpty())
        if (auto first = resultById(deviceId, mutationId); first && first->clientSeq == clientSeq)
            return first;
    auto own = resultById(deviceId, seqKey(mutationId, clientSeq));
    if (own)
        own->mutationId = mutationId;
    return own;
}

void ServerRepository::addResultOfSeq(const QString &deviceId, const QString &mutationId,
                                      qint64 clientSeq, const StoredResult &r)
{
    Statement s(m_store, "INSERT INTO mutation_result (device_id, mutation_id, client_seq, "
                         "outcome, reason_code, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, deviceId).bind(2, seqKey(mutationId, clientSeq)).bind(3, clientSeq);
    s.bind(4, r.outcome).bind(5, r.reasonCode).bind(6, r.message).run();
}

namespace {

// "project_id = ?1 [AND audience IN (?3, ...)] AND seq > ?2": the changes after a cursor that
// some audiences see, on the index (project_id, audience, seq). Both a page and its count use it.
QByteArray afterSeqWhere(const std::optional<QStringList> &audiences)
{
    QByteArray sql = "WHERE project_id = ?1 ";
    if (audiences) {
        sql += "AND audience IN (";
        for (int i = 0; i < audiences->size(); ++i)
            sql += (i ? ", ?" : "?") + QByteArray::number(3 + i);
        sql += ") ";
    }
    return sql + "AND seq > ?2 ";
}

void bindAfterSeq(Statement &s, const QString &projectId, qint64 afterSeq,
                  const std::optional<QStringList> &audiences)
{
    s.bind(1, projectId).bind(2, afterSeq);
    if (audiences)
        for (int i = 0; i < audiences->size(); ++i)
            s.bind(3 + i, audiences->at(i));
}

} // namespace

namespace {

// A change the puller holds as it sent it comes without its payload, with its record's id.
#define GW_CHANGE_COLUMNS                                                                          \
    "SELECT seq, kind, CASE WHEN held_by = ?9 THEN NULL ELSE payload END, "                        \
    "CASE WHEN held_by = ?9 THEN record_id END, record_id FROM change_log "

ChangeRow changeRow(const Statement &s)
{
    if (s.isNull(2))
        return {s.int64(0), s.integer(1), {}, s.text(3)};
    if (s.store().fieldCipher())
        return {s.int64(0), s.integer(1), s.sealedBlob(2, "change_log.payload", s.text(4)), {}};
    return {s.int64(0), s.integer(1), s.blob(2), {}};
}

void bindBriefFor(Statement &s, const QString &deviceId)
{
    if (const QByteArray key = deviceKey(deviceId); !key.isEmpty())
        s.bind(9, key);
    else
        s.bindNull(9); // NULL equals nothing: every change whole
}

} // namespace

QList<ChangeRow> ServerRepository::changesAfter(const QString &projectId, qint64 afterSeq,
                                                const std::optional<QStringList> &audiences,
                                                int limit, const QString &briefFor) const
{
    QList<ChangeRow> out;
    if (!audiences) {
        Statement s(m_store, GW_CHANGE_COLUMNS "WHERE project_id = ?1 AND seq > ?2 "
                                               "ORDER BY seq LIMIT ?3");
        s.bind(1, projectId).bind(2, afterSeq).bind(3, limit);
        bindBriefFor(s, briefFor);
        while (s.next())
            out.append(changeRow(s));
        return out;
    }
    // One ordered range of the (project, audience, seq) index per audience, merged here: a
    // resident's pull reads only rows it may see, however many others were written since its
    // cursor. (With `audience IN (...)` SQLite walks the (project, seq) index instead and reads
    // every row's audience from the table: all of the 499 other residents' hours.) Each range
    // is stepped only when its row is the next one, so at most one row per audience is read
    // beyond @p limit.
    std::vector<std::unique_ptr<Statement>> ranges;
    std::vector<bool> hasRow;
    for (const QString &audience : *audiences) {
        // Each range its own SQL text, so that each has its prepared statement in the cache
        // (a text in use is prepared again).
        auto s = std::make_unique<Statement>(
            m_store, GW_CHANGE_COLUMNS "WHERE project_id = ?1 AND audience = ?2 AND seq > ?3 "
                                       "ORDER BY seq LIMIT ?4 /* range " +
                         QByteArray::number(ranges.size()) + " */");
        s->bind(1, projectId).bind(2, audience).bind(3, afterSeq).bind(4, limit);
        bindBriefFor(*s, briefFor);
        hasRow.push_back(s->next());
        ranges.push_back(std::move(s));
    }
    while (out.size() < limit) {
        int next = -1;
        for (int i = 0; i < int(ranges.size()); ++i)
            if (hasRow[size_t(i)] &&
                (next < 0 || ranges[size_t(i)]->int64(0) < ranges[size_t(next)]->int64(0)))
                next = i;
        if (next < 0)
            break;
        out.append(changeRow(*ranges[size_t(next)]));
        hasRow[size_t(next)] = ranges[size_t(next)]->next();
    }
    return out;
}

#undef GW_CHANGE_COLUMNS

qint64 ServerRepository::countAfter(const QString &projectId, qint64 afterSeq,
                                    const std::optional<QStringList> &audiences) const
{
    Statement s(m_store, "SELECT count(*) FROM change_log " + afterSeqWhere(audiences));
    bindAfterSeq(s, projectId, afterSeq, audiences);
    s.next();
    return s.int64(0);
}

std::optional<ChangeRow>
ServerRepository::latestWholeRecord(const QString &projectId, int kind, const QString &recordId,
                                    const std::optional<QStringList> &audiences) const
{
    // On the partial index (kind, record_id) WHERE whole = 1: one row per whole record.
    Statement s(m_store, "SELECT seq, kind, payload, audience FROM change_log WHERE kind = ?1 "
                         "AND record_id = ?2 AND whole = 1 AND project_id = ?3 "
                         "ORDER BY seq DESC LIMIT 1");
    s.bind(1, kind).bind(2, recordId).bind(3, projectId);
    if (!s.next() || (audiences && !audiences->contains(s.text(3))))
        return std::nullopt;
    return ChangeRow{s.int64(0), s.integer(1), s.sealedBlob(2, "change_log.payload", recordId), {}};
}

} // namespace gw::server
