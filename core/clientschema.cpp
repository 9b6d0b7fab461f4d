#include "clientschema.h"

#include "gangwerk/sync/v1/sync.pb.h"
#include "recordschema.h"

#include <QDateTime>

namespace gw {

namespace pb = ::gangwerk::sync::v1;

namespace {

// v5: rows queued before mutations were kept as intents named a record; encode each as the
// mutation a push of that version built from it. A frozen step: it reads the v4 tables with its
// own SQL and builds the messages by hand, so that later changes to the repositories or the
// codec can never break the upgrade of a store that waited at v4.
void encodeRows(Store &store)
{
    Statement rows(store, "SELECT client_seq, kind, record_id, payload FROM outbox_v4");
    Statement entry(store, "SELECT member_id, day, minutes, category, note, source, "
                           "COALESCE(source_id, ''), COALESCE(corrects, ''), voids, created_at "
                           "FROM hour_entry WHERE id = ?1");
    Statement set(store, "UPDATE outbox SET body = ?2 WHERE client_seq = ?1");
    const auto utf8 = [](const QString &s) { return s.toStdString(); };
    while (rows.next()) {
        pb::Mutation m;
        if (rows.text(1) == QLatin1String("APPEND_HOUR_ENTRY")) {
            entry.reset();
            entry.bind(1, rows.text(2));
            if (entry.next()) {
                pb::HourEntry *e = m.mutable_append_hour_entry()->mutable_entry();
                e->set_id(utf8(rows.text(2)));
                e->set_member_id(utf8(entry.text(0)));
                e->set_day(utf8(entry.text(1)));
                e->set_minutes(entry.integer(2));
                e->set_category(utf8(entry.text(3)));
                e->set_note(utf8(entry.text(4)));
                const QString source = entry.text(5);
                e->set_source(source == QLatin1String("ACTIVITY")  ? pb::ENTRY_SOURCE_ACTIVITY
                              : source == QLatin1String("SERVICE") ? pb::ENTRY_SOURCE_SERVICE
                                                                   : pb::ENTRY_SOURCE_MANUAL);
                e->set_source_id(utf8(entry.text(6)));
                e->set_corrects(utf8(entry.text(7)));
                e->set_voids(entry.integer(8) != 0);
                const QDateTime at = QDateTime::fromString(entry.text(9), Qt::ISODateWithMs);
                e->set_created_at_ms(at.isValid() ? at.toMSecsSinceEpoch() : 0);
            }
        } else {
            auto *p = m.mutable_pause_requirement();
            p->set_member_id(utf8(rows.text(2)));
            p->set_paused_until(utf8(rows.text(3))); // v4 kept the ISO date (or "") here
        }
        // An entry that is gone (never seen) goes out empty and comes back UNKNOWN_MUTATION:
        // visible, not silently dropped.
        const std::string body = m.SerializeAsString();
        set.reset();
        set.bind(1, rows.int64(0));
        set.bind(2, QByteArray(body.data(), qsizetype(body.size()))).run();
    }
}

void encodeQueuedMutations(Store &store)
{
    encodeRows(store);
    store.exec("DROP TABLE outbox_v4"); // once the statements reading it are done
}

// The device's own bookkeeping: its enrolment and cursor, the outbox, and what it reminded of.
const SchemaPart &clientPart()
{
    static const SchemaPart part{"client",
                                 {
                                     {1, R"sql(
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    device_token TEXT NOT NULL DEFAULT '',
    cursor BLOB,
    next_client_seq INTEGER NOT NULL DEFAULT 1,
    last_synced_at TEXT,
    epoch_resets INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id) VALUES (1);
-- Each mutation as the user made it (an intent, encoded as gangwerk.sync.v1.Mutation), with
-- its kind as data (core/recordkinds.h). Rows are kept after their outcome: a restored server
-- may need them again (resend from a client_seq), and a rejection stays visible.
CREATE TABLE outbox (
    client_seq INTEGER PRIMARY KEY,
    mutation_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    body BLOB NOT NULL DEFAULT x'',
    state TEXT NOT NULL DEFAULT 'PENDING'
        CHECK (state = 'PENDING' OR state = 'APPLIED' OR state = 'REJECTED'),
    acked INTEGER NOT NULL DEFAULT 0 CHECK (acked = 0 OR acked = 1),
    reason_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX outbox_record ON outbox(record_id, state);
CREATE INDEX outbox_unacked ON outbox(acked, client_seq);
)sql"},
                                     {2, R"sql(
-- v2: reminders (issue 8). The keys of reminders this device handed to the notifier, so each
-- is told once, also across restarts; and the member's own sign-up in each coming activity as
-- the device last saw it, so a promotion that arrived while the app was closed is noticed.
CREATE TABLE reminder_delivered (
    key TEXT PRIMARY KEY,
    activity_id TEXT NOT NULL,
    delivered_at_ms INTEGER NOT NULL
);
CREATE TABLE reminder_seen (
    activity_id TEXT PRIMARY KEY,
    sign_up_id TEXT NOT NULL,
    state TEXT NOT NULL
);
)sql"},
                                     {3, R"sql(
-- v3: the told keys of more than one family (issue 9: buurtdiensten notices beside activity
-- reminders). activity_id holds the record a key is about; family says which kind of record,
-- so that each family forgets only its own keys.
ALTER TABLE reminder_delivered ADD COLUMN family TEXT NOT NULL DEFAULT 'activity';
)sql"},
                                     {4, R"sql(
-- v4: while a resync after a server's new epoch (a restore) runs, the records this device held
-- before it that the resync has not brought yet (kind as in core/recordkinds.h). What is still
-- here when the resync is complete, the restored server no longer has: the device forgets it.
CREATE TABLE resync_unseen (
    kind INTEGER NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
)sql"},
                                     {5, R"sql(
-- v5: the outbox keeps every change a device ever sent (see v1), so a beheerder's device holds
-- hundreds of thousands of rows after a year or a big offline backlog. What is asked after each
-- push answer and on each screen must not read them all: the number of changes waiting is kept
-- by triggers in sync_state, and the rows not applied (waiting or refused, a few) have indexes
-- of their own.
ALTER TABLE sync_state ADD COLUMN pending_changes INTEGER NOT NULL DEFAULT 0;
UPDATE sync_state SET pending_changes = (SELECT count(*) FROM outbox WHERE state = 'PENDING');
CREATE TRIGGER outbox_pending_insert AFTER INSERT ON outbox WHEN NEW.state = 'PENDING'
BEGIN
    UPDATE sync_state SET pending_changes = pending_changes + 1 WHERE id = 1;
END;
CREATE TRIGGER outbox_pending_delete AFTER DELETE ON outbox WHEN OLD.state = 'PENDING'
BEGIN
    UPDATE sync_state SET pending_changes = pending_changes - 1 WHERE id = 1;
END;
CREATE TRIGGER outbox_pending_update AFTER UPDATE OF state ON outbox
    WHEN (OLD.state = 'PENDING') <> (NEW.state = 'PENDING')
BEGIN
    UPDATE sync_state
        SET pending_changes = pending_changes + (NEW.state = 'PENDING') - (OLD.state = 'PENDING')
        WHERE id = 1;
END;
CREATE INDEX outbox_open ON outbox(kind, client_seq) WHERE state <> 'APPLIED';
CREATE INDEX outbox_rejected ON outbox(client_seq) WHERE state = 'REJECTED';
)sql"},
                                     {6, R"sql(
-- v6: a push answer marks each sent row applied (state and acked change). outbox_record held
-- the state and outbox_unacked the acked flag, so each row's entry moved in both (a delete and
-- an insert each, on encrypted pages): now record_id alone (a row's record never changes) and
-- only the rows not acknowledged, which an answer just leaves. Recording an answer took about
-- as long as the server took to decide it. (No partial index on record_id: SQLite 3.15 uses a
-- partial index for "x IN (SELECT record_id FROM outbox)" as if it held every row.)
DROP INDEX outbox_record;
CREATE INDEX outbox_record ON outbox(record_id);
DROP INDEX outbox_unacked;
CREATE INDEX outbox_unacked ON outbox(client_seq) WHERE acked = 0;
)sql"},
                                 }};
    return part;
}

} // namespace

const Schema &clientSchema()
{
    static const Schema schema{
        0x47574B43, // "GWKC": a Gangwerk client store
        {recordSchema(), clientPart()},
        // Frozen: the steps of stores made before the part layout. Never edit a released one.
        {
            {1, R"sql(
CREATE TABLE project (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    requirement_minutes INTEGER NOT NULL CHECK (requirement_minutes > 0),
    requirement_period TEXT NOT NULL CHECK (requirement_period IN ('WEEK', 'MONTH')),
    backdating_days INTEGER NOT NULL DEFAULT 60
);
CREATE TABLE member (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('RESIDENT', 'GANGMAKER', 'BEHEERDER')),
    moved_in TEXT,
    paused_until TEXT
);
CREATE TABLE hour_entry (
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES member(id),
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    category TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    corrects TEXT REFERENCES hour_entry(id),
    voids INTEGER NOT NULL DEFAULT 0 CHECK (voids IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE INDEX hour_entry_member_day ON hour_entry(member_id, day);
)sql"},
            {2, R"sql(
-- v2: project categories and contact details, entry sources, local settings.
CREATE TABLE category (
    project_id TEXT NOT NULL REFERENCES project(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (project_id, name)
);
INSERT INTO category (project_id, position, name)
    SELECT p.id, d.position, d.name FROM project p,
    (SELECT 0 AS position, 'buurtdienst' AS name UNION ALL SELECT 1, 'activiteit'
     UNION ALL SELECT 2, 'commissie' UNION ALL SELECT 3, 'tuin en gebouw'
     UNION ALL SELECT 4, 'taal en les' UNION ALL SELECT 5, 'anders') d;
ALTER TABLE project ADD COLUMN beheerder_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN emergency_number TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN office_hours TEXT NOT NULL DEFAULT '';
ALTER TABLE hour_entry ADD COLUMN source TEXT NOT NULL DEFAULT 'MANUAL'
    CHECK (source IN ('MANUAL', 'ACTIVITY', 'SERVICE'));
ALTER TABLE hour_entry ADD COLUMN source_id TEXT;
CREATE INDEX hour_entry_corrects ON hour_entry(corrects);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql"},
            {3, R"sql(
-- v3: sync. One row of sync state (the device token stays inside the encrypted store), the
-- outbox of this device's mutations with their outcomes, and members' gangs.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    device_token TEXT NOT NULL DEFAULT '',
    cursor BLOB,
    next_client_seq INTEGER NOT NULL DEFAULT 1,
    last_synced_at TEXT,
    epoch_resets INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id) VALUES (1);
-- Rows are kept after their outcome: a restored server may need them again (resend from a
-- client_seq), and a rejection stays visible until the record is gone.
CREATE TABLE outbox (
    client_seq INTEGER PRIMARY KEY,
    mutation_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('APPEND_HOUR_ENTRY', 'PAUSE_REQUIREMENT')),
    record_id TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPLIED', 'REJECTED')),
    acked INTEGER NOT NULL DEFAULT 0 CHECK (acked IN (0, 1)),
    reason_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX outbox_record ON outbox(record_id, state);
CREATE INDEX outbox_unacked ON outbox(acked, client_seq);
ALTER TABLE member ADD COLUMN gang TEXT NOT NULL DEFAULT '';
)sql"},
            {4, R"sql(
-- v4: almost no entry corrects another, so index only those that do: a pull of a whole
-- project writes one index fewer per entry, and correction lookups stay the same.
DROP INDEX hour_entry_corrects;
CREATE INDEX hour_entry_corrects ON hour_entry(corrects) WHERE corrects IS NOT NULL;
)sql"},
            {5, R"sql(
-- v5: the outbox keeps each mutation as the user made it (an intent, encoded), with its kind as
-- data: a new kind of mutation needs no schema change (SQLite cannot alter a CHECK).
DROP INDEX outbox_record;
DROP INDEX outbox_unacked;
ALTER TABLE outbox RENAME TO outbox_v4;
CREATE TABLE outbox (
    client_seq INTEGER PRIMARY KEY,
    mutation_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    body BLOB NOT NULL DEFAULT x'',
    state TEXT NOT NULL DEFAULT 'PENDING'
        CHECK (state = 'PENDING' OR state = 'APPLIED' OR state = 'REJECTED'),
    acked INTEGER NOT NULL DEFAULT 0 CHECK (acked = 0 OR acked = 1),
    reason_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
INSERT INTO outbox (client_seq, mutation_id, kind, record_id, state, acked, reason_code,
                    message, created_at, resolved_at)
    SELECT client_seq, mutation_id, kind, record_id, state, acked, reason_code, message,
           created_at, resolved_at FROM outbox_v4;
CREATE INDEX outbox_record ON outbox(record_id, state);
CREATE INDEX outbox_unacked ON outbox(acked, client_seq);
)sql",
             encodeQueuedMutations},
            {Schema::kPartsLayout, R"sql(
-- Adopt the part layout: the record tables become recordSchema() v1 (its indexes; the old
-- tables' columns already match), the rest is clientPart() v1.
DROP INDEX hour_entry_member_day;
CREATE INDEX hour_entry_member_day ON hour_entry(member_id, day, voids, minutes, id);
CREATE INDEX member_project ON member(project_id);
CREATE UNIQUE INDEX project_name ON project(name);
CREATE TABLE schema_part (name TEXT PRIMARY KEY, version INTEGER NOT NULL);
INSERT INTO schema_part (name, version) VALUES ('records', 1), ('client', 1);
)sql"},
        },
        4096}; // see Schema::cipherPageSize
    return schema;
}

} // namespace gw
