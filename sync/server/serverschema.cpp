#include "serverschema.h"

#include "gangwerk/sync/v1/sync.pb.h"
#include "pgconnection.h"
#include "recordschema.h"

#include <QDateTime>
#include <QTimeZone>

#include <deque>
#include <string>

namespace gw::server {

namespace {

namespace pb = ::gangwerk::sync::v1;

// v2: the change log holds each member as it was sent; members whose pause became a period in
// records v2 are logged again, so that every device receives the periods. A frozen step: its
// own SQL and a message built by hand (kind 2 = member, to everyone in the project, whole).
void relogPausedMembers(Store &store)
{
    Statement members(store, "SELECT id, project_id, display_name, role, gang, "
                             "COALESCE(moved_in, ''), COALESCE(paused_until, '') FROM member "
                             "WHERE id IN (SELECT member_id FROM requirement_pause)");
    Statement pauses(store, "SELECT from_day, until_day, set_by, set_at, reason FROM "
                            "requirement_pause WHERE member_id = ?1 ORDER BY from_day");
    Statement drop(store, "DELETE FROM change_log WHERE kind = 2 AND record_id = ?1 AND whole = 1");
    Statement log(store, "INSERT INTO change_log (project_id, kind, record_id, audience, whole, "
                         "payload) VALUES (?1, 2, ?2, 'project', 1, ?3)");
    const auto utf8 = [](const QString &s) { return s.toStdString(); };
    while (members.next()) {
        pb::Member m;
        m.set_id(utf8(members.text(0)));
        m.set_project_id(utf8(members.text(1)));
        m.set_display_name(utf8(members.text(2)));
        const QString role = members.text(3);
        m.set_role(role == QLatin1String("BEHEERDER")   ? pb::ROLE_BEHEERDER
                   : role == QLatin1String("GANGMAKER") ? pb::ROLE_GANGMAKER
                                                        : pb::ROLE_RESIDENT);
        m.set_gang(utf8(members.text(4)));
        m.set_moved_in(utf8(members.text(5)));
        m.set_paused_until(utf8(members.text(6)));
        pauses.reset();
        pauses.bind(1, members.text(0));
        while (pauses.next()) {
            pb::PausePeriod *p = m.add_pauses();
            p->set_from(utf8(pauses.text(0)));
            p->set_until(utf8(pauses.text(1)));
            p->set_set_by(utf8(pauses.text(2)));
            const QDateTime at = QDateTime::fromString(pauses.text(3), Qt::ISODateWithMs);
            p->set_set_at_ms(at.isValid() ? at.toMSecsSinceEpoch() : 0);
            p->set_reason(utf8(pauses.text(4)));
        }
        const std::string payload = m.SerializeAsString();
        drop.reset();
        drop.bind(1, members.text(0)).run();
        log.reset();
        log.bind(1, members.text(1)).bind(2, members.text(0));
        log.bind(3, QByteArray(payload.data(), qsizetype(payload.size()))).run();
    }
}

// v3: every enrolled device gets its record (records v3's member_device), logged for its member
// and the beheerders, so that the beheerder sees her residents' devices. A frozen step: its own
// SQL and a message built by hand (kind 4 = device, whole).
void logDeviceRecords(Store &store)
{
    Statement devices(store, "SELECT id, project_id, member_id, name, created_at_ms, "
                             "COALESCE(revoked_at_ms, 0), last_seen_ms FROM device");
    Statement zone(store, "SELECT time_zone FROM project WHERE id = ?1");
    Statement save(store, "INSERT OR REPLACE INTO member_device (id, member_id, name, "
                          "enrolled_at_ms, last_sync_day, revoked_at_ms, revoked_by) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '')");
    Statement log(store, "INSERT INTO change_log (project_id, kind, record_id, audience, whole, "
                         "payload) VALUES (?1, 4, ?2, ?3, 1, ?4)");
    while (devices.next()) {
        QString day; // the last push's day in the project's zone; unknown when it never pushed
        if (!devices.isNull(6)) {
            zone.reset();
            zone.bind(1, devices.text(1));
            const QTimeZone tz(zone.next() ? zone.text(0).toUtf8() : QByteArray("UTC"));
            day = QDateTime::fromMSecsSinceEpoch(devices.int64(6),
                                                 tz.isValid() ? tz : QTimeZone::utc())
                      .date()
                      .toString(Qt::ISODate);
        }
        pb::Device d;
        d.set_id(devices.text(0).toStdString());
        d.set_member_id(devices.text(2).toStdString());
        d.set_name(devices.text(3).toStdString());
        d.set_enrolled_at_ms(devices.int64(4));
        d.set_last_sync_day(day.toStdString());
        d.set_revoked_at_ms(devices.int64(5));
        save.reset();
        save.bind(1, devices.text(0)).bind(2, devices.text(2)).bind(3, devices.text(3));
        save.bind(4, devices.int64(4)).bindOptional(5, day);
        if (devices.int64(5) != 0)
            save.bind(6, devices.int64(5));
        else
            save.bindNull(6);
        save.run();
        const std::string payload = d.SerializeAsString();
        log.reset();
        log.bind(1, devices.text(1)).bind(2, devices.text(0));
        log.bind(3, QStringLiteral("member:") + devices.text(2));
        log.bind(4, QByteArray(payload.data(), qsizetype(payload.size()))).run();
    }
}

// The server's own bookkeeping: invites, devices, mutation outcomes and the change log.
const SchemaPart &serverPart()
{
    static const SchemaPart part{"server",
                                 {
                                     {1, R"sql(
-- Only hashes of invite codes and device tokens are kept.
CREATE TABLE invite (
    code_hash BLOB PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    role TEXT NOT NULL CHECK (role = 'RESIDENT' OR role = 'GANGMAKER' OR role = 'BEHEERDER'),
    gang TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    member_id TEXT REFERENCES member(id),  -- set: another device for this existing member
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    used_at_ms INTEGER,
    device_id TEXT
);
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    member_id TEXT NOT NULL REFERENCES member(id),
    name TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    created_at_ms INTEGER NOT NULL,
    revoked_at_ms INTEGER,
    last_seq INTEGER NOT NULL DEFAULT 0,   -- last client_seq applied, in the effect's transaction
    last_seen_ms INTEGER
);
-- Every mutation's first outcome, so that a retry is answered with it.
CREATE TABLE mutation_result (
    device_id TEXT NOT NULL REFERENCES device(id),
    client_seq INTEGER NOT NULL,
    mutation_id TEXT NOT NULL,
    outcome INTEGER NOT NULL,
    reason_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (device_id, client_seq)
) WITHOUT ROWID;
CREATE INDEX mutation_result_id ON mutation_result(device_id, mutation_id);
-- Every committed change, numbered in commit order (writes are serialized). kind is a
-- RecordKind id (core/recordkinds.h), payload the record as sent on the wire, audience who
-- receives it (core/audience.h); a whole-record change supersedes the record's earlier ones.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    audience TEXT NOT NULL,
    whole INTEGER NOT NULL,
    payload BLOB NOT NULL
);
CREATE INDEX change_log_project ON change_log(project_id, seq);
CREATE INDEX change_log_audience ON change_log(project_id, audience, seq);
CREATE INDEX change_log_record ON change_log(kind, record_id) WHERE whole = 1;
)sql"},
                                     {2, "SELECT 1;", relogPausedMembers},
                                     {3, R"sql(
-- v3: an invite can name the new member's studio. A device's record (member_device) now says
-- whether it is revoked; device.revoked_at_ms is no longer written.
ALTER TABLE invite ADD COLUMN studio TEXT NOT NULL DEFAULT '';
)sql",
                                      logDeviceRecords},
                                     {4, R"sql(
-- v4: who received and who opened a sensitive record (a signal): which device, as which member,
-- when. Read with `gangwerk-server access-log`; forgotten with the record.
CREATE TABLE record_access (
    project_id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    what TEXT NOT NULL CHECK (what = 'received' OR what = 'opened'),
    at_ms INTEGER NOT NULL
);
CREATE INDEX record_access_record ON record_access(kind, record_id, at_ms);
CREATE INDEX record_access_project ON record_access(project_id, at_ms);
)sql"},
                                     {5, R"sql(
-- v5: the device that holds a change's record exactly as logged, because it sent it so (its id's
-- 16 bytes; NULL for none): its pulls may get the change in brief, without the record it has.
ALTER TABLE change_log ADD COLUMN held_by BLOB;
)sql"},
                                     {6, R"sql(
-- v6: wrong invite codes, counted per address and over all addresses by every server process on
-- the store (EnrollLimiter). An address is kept as a keyed hash (ServerStore::addressId), and
-- only as long as the longest window: older rows are deleted with the next failure.
CREATE TABLE enrol_failure (
    peer_hash BLOB NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX enrol_failure_peer ON enrol_failure(peer_hash, at_ms);
CREATE INDEX enrol_failure_at ON enrol_failure(at_ms);
)sql"},
                                     {7, R"sql(
-- v7: the hash of the key the device sent with the try that used an invite (EnrollRequest's
-- enrol_key; NULL: none), so that a try whose answer was lost can be answered again.
ALTER TABLE invite ADD COLUMN enrol_key_hash BLOB;
)sql"},
                                     {8, R"sql(
-- v8: a mutation's first outcome is kept under its id, in one B-tree: a pushed mutation wrote
-- two (the table by client_seq and an index by id) and looked its id up first, together 12%
-- of the server's work per mutation. A client_seq that carried an id seen before under another
-- one (a device that renumbered) and a malformed id (kept as '') are kept under
-- '<id>@<client_seq>' (ServerRepository::claimResult).
CREATE TABLE mutation_result_v8 (
    device_id TEXT NOT NULL REFERENCES device(id),
    mutation_id TEXT NOT NULL,
    client_seq INTEGER NOT NULL,
    outcome INTEGER NOT NULL,
    reason_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (device_id, mutation_id)
) WITHOUT ROWID;
INSERT INTO mutation_result_v8 (device_id, mutation_id, client_seq, outcome, reason_code, message)
SELECT device_id,
       CASE WHEN mutation_id <> '' AND client_seq = (SELECT min(f.client_seq)
                                                      FROM mutation_result f
                                                      WHERE f.device_id = r.device_id
                                                        AND f.mutation_id = r.mutation_id)
            THEN mutation_id ELSE mutation_id || '@' || client_seq END,
       client_seq, outcome, reason_code, message
FROM mutation_result r;
DROP TABLE mutation_result;
ALTER TABLE mutation_result_v8 RENAME TO mutation_result;
)sql"},
                                 }};
    return part;
}

} // namespace

const Schema &serverSchema()
{
    static const Schema schema{
        0x47574B53, // "GWKS": a Gangwerk server store
        {recordSchema(), serverPart()},
        // Frozen: the steps of stores made before the part layout. Never edit a released one.
        {
            {1, R"sql(
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE project (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    time_zone TEXT NOT NULL,
    requirement_minutes INTEGER NOT NULL CHECK (requirement_minutes > 0),
    requirement_period TEXT NOT NULL CHECK (requirement_period IN ('WEEK', 'MONTH')),
    backdating_days INTEGER NOT NULL DEFAULT 60,
    beheerder_contact TEXT NOT NULL DEFAULT '',
    emergency_number TEXT NOT NULL DEFAULT '',
    office_hours TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE category (
    project_id TEXT NOT NULL REFERENCES project(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (project_id, name)
);
CREATE TABLE member (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('RESIDENT', 'GANGMAKER', 'BEHEERDER')),
    moved_in TEXT,
    paused_until TEXT,
    gang TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_project ON member(project_id);
CREATE TABLE hour_entry (
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES member(id),
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    category TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    corrects TEXT REFERENCES hour_entry(id),
    voids INTEGER NOT NULL DEFAULT 0 CHECK (voids IN (0, 1)),
    created_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'MANUAL' CHECK (source IN ('MANUAL', 'ACTIVITY', 'SERVICE')),
    source_id TEXT
);
CREATE INDEX hour_entry_member_day ON hour_entry(member_id, day);
CREATE INDEX hour_entry_corrects ON hour_entry(corrects);

-- Only hashes of invite codes and device tokens are kept.
CREATE TABLE invite (
    code_hash BLOB PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    role TEXT NOT NULL CHECK (role IN ('RESIDENT', 'GANGMAKER', 'BEHEERDER')),
    gang TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    member_id TEXT REFERENCES member(id),  -- set: another device for this existing member
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    used_at_ms INTEGER,
    device_id TEXT
);
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    member_id TEXT NOT NULL REFERENCES member(id),
    name TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    created_at_ms INTEGER NOT NULL,
    revoked_at_ms INTEGER,
    last_seq INTEGER NOT NULL DEFAULT 0,   -- last client_seq applied, in the effect's transaction
    last_seen_ms INTEGER
);
-- Every mutation's first outcome, so that a retry is answered with it.
CREATE TABLE mutation_result (
    device_id TEXT NOT NULL REFERENCES device(id),
    client_seq INTEGER NOT NULL,
    mutation_id TEXT NOT NULL,
    outcome INTEGER NOT NULL,
    reason_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (device_id, client_seq)
) WITHOUT ROWID;
CREATE INDEX mutation_result_id ON mutation_result(device_id, mutation_id);
-- Every committed change, numbered in commit order (writes are serialized). payload is the
-- record as sent on the wire; project and member rows are superseded by their latest change.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    owner_member_id TEXT NOT NULL DEFAULT '',  -- hour entries: their member; else '' (shared)
    payload BLOB NOT NULL
);
CREATE INDEX change_log_project ON change_log(project_id, seq);
CREATE INDEX change_log_owner ON change_log(project_id, owner_member_id, seq);
CREATE INDEX change_log_record ON change_log(kind, record_id);
)sql"},
            {2, R"sql(
-- v2: push cost per mutation. A day's total (checked for every entry) is read from the index
-- alone instead of one table row per entry that day; the correction lookup per entry that day
-- probes an index of corrections only (almost every entry corrects nothing); hour entries are
-- never superseded, so change_log_record holds only projects and members (kind 3 = hour entry).
DROP INDEX hour_entry_member_day;
CREATE INDEX hour_entry_member_day ON hour_entry(member_id, day, voids, minutes, id);
DROP INDEX hour_entry_corrects;
CREATE INDEX hour_entry_corrects ON hour_entry(corrects) WHERE corrects IS NOT NULL;
DROP INDEX change_log_record;
CREATE INDEX change_log_record ON change_log(kind, record_id) WHERE kind <> 3;
)sql"},
            {3, R"sql(
-- v3: every change carries its audience (core/audience.h), so that Pull is one query over the
-- caller's audiences for every record family; whether a change supersedes the record's earlier
-- ones is stored with it (the registry's wholeRecord) instead of a literal kind number.
-- owner_member_id stays (SQLite 3.15 cannot drop a column) but is no longer written.
ALTER TABLE change_log ADD COLUMN audience TEXT NOT NULL DEFAULT 'project';
ALTER TABLE change_log ADD COLUMN whole INTEGER NOT NULL DEFAULT 1;
UPDATE change_log SET audience = 'member:' || owner_member_id, whole = 0 WHERE kind = 3;
DROP INDEX change_log_owner;
CREATE INDEX change_log_audience ON change_log(project_id, audience, seq);
DROP INDEX change_log_record;
CREATE INDEX change_log_record ON change_log(kind, record_id) WHERE whole = 1;
)sql"},
            {Schema::kPartsLayout, R"sql(
-- Adopt the part layout: the record tables are recordSchema() v1 (with its unique project-name
-- index beside the old table's own), the rest is serverPart() v1 (owner_member_id stays unused).
CREATE UNIQUE INDEX project_name ON project(name);
CREATE TABLE schema_part (name TEXT PRIMARY KEY, version INTEGER NOT NULL);
INSERT INTO schema_part (name, version) VALUES ('records', 1), ('server', 1);
)sql"},
        },
        4096}; // see Schema::cipherPageSize
    return schema;
}

const Schema &pgServerSchema()
{
    static const Schema schema = [] {
        static std::deque<std::string> texts; // the steps' SQL, alive as long as the schema
        const Schema &sqlite = serverSchema();
        Schema pg{sqlite.applicationId, {}};
        // Data work of the steps so far converted stores made before them; a store on
        // PostgreSQL is made new, with nothing to convert (see the header).
        constexpr int kRecordsAtPg = 9, kServerAtPg = 5;
        for (const SchemaPart &part : sqlite.parts) {
            const int atPg = qstrcmp(part.name, "records") == 0 ? kRecordsAtPg : kServerAtPg;
            SchemaPart copy{part.name, {}};
            for (const Migration &m : part.migrations) {
                texts.push_back(PgConnection::schemaSql(m.sql));
                copy.migrations.push_back(
                    {m.version, texts.back().c_str(), m.version <= atPg ? nullptr : m.after});
            }
            pg.parts.push_back(std::move(copy));
        }
        return pg;
    }();
    return schema;
}

} // namespace gw::server
