#include "recordschema.h"

namespace gw {

const SchemaPart &recordSchema()
{
    // CHECKs are OR chains: SQLite 3.15 opens an ephemeral B-tree per row for `x IN (...)`, and
    // a first pull writes a whole project's history.
    static const SchemaPart part{"records",
                                 {
                                     {1, R"sql(
-- Store-local settings (never synced): the device's own member, the server's epoch.
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE project (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    requirement_minutes INTEGER NOT NULL CHECK (requirement_minutes > 0),
    requirement_period TEXT NOT NULL
        CHECK (requirement_period = 'WEEK' OR requirement_period = 'MONTH'),
    backdating_days INTEGER NOT NULL DEFAULT 60,
    beheerder_contact TEXT NOT NULL DEFAULT '',
    emergency_number TEXT NOT NULL DEFAULT '',
    office_hours TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX project_name ON project(name);
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
    role TEXT NOT NULL CHECK (role = 'RESIDENT' OR role = 'GANGMAKER' OR role = 'BEHEERDER'),
    moved_in TEXT,
    paused_until TEXT,
    gang TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_project ON member(project_id);
-- Append-only: a correction is a new entry (see core/hoursrepository.h).
CREATE TABLE hour_entry (
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES member(id),
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    category TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    corrects TEXT REFERENCES hour_entry(id),
    voids INTEGER NOT NULL DEFAULT 0 CHECK (voids = 0 OR voids = 1),
    created_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'MANUAL'
        CHECK (source = 'MANUAL' OR source = 'ACTIVITY' OR source = 'SERVICE'),
    source_id TEXT
);
-- A day's total (checked for every entry) is read from this index alone.
CREATE INDEX hour_entry_member_day ON hour_entry(member_id, day, voids, minutes, id);
-- Almost no entry corrects another: index only those that do.
CREATE INDEX hour_entry_corrects ON hour_entry(corrects) WHERE corrects IS NOT NULL;
)sql"},
                                     {2, R"sql(
-- v2: a pause is a period with a start, kept as history (who set it, when, why), so that it
-- never reaches back before the day it was set. A pause already set becomes a period from the
-- day of this upgrade (the day it was set was never recorded) to its end; one already ended
-- covered days that cannot be known any more and is not kept.
CREATE TABLE requirement_pause (
    member_id TEXT NOT NULL REFERENCES member(id),
    from_day TEXT NOT NULL,
    until_day TEXT NOT NULL,
    set_by TEXT NOT NULL DEFAULT '',
    set_at TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (member_id, from_day)
) WITHOUT ROWID;
INSERT INTO requirement_pause (member_id, from_day, until_day)
    SELECT id, date('now', 'localtime'), paused_until FROM member
    WHERE paused_until IS NOT NULL AND paused_until >= date('now', 'localtime');
)sql"},
                                     {3, R"sql(
-- v3: a member's studio (door number), so that the beheerder finds a resident by it; and the
-- devices members enrolled, so that she sees a phone that stopped syncing and disconnects a lost
-- one. Written by the server (enrolment, the first sync of a day, revocation).
ALTER TABLE member ADD COLUMN studio TEXT NOT NULL DEFAULT '';
CREATE TABLE member_device (
    id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES member(id),
    name TEXT NOT NULL,
    enrolled_at_ms INTEGER NOT NULL DEFAULT 0,
    last_sync_day TEXT,
    revoked_at_ms INTEGER,
    revoked_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_device_member ON member_device(member_id);
)sql"},
                                     {4, R"sql(
-- v4: activities (core/activitiesrules.h). The places of a project (each gang's common room,
-- the rooms for everyone); activities with their organisers and sign-ups. Member ids are not
-- foreign keys: a device may hold an activity before the member record its organiser has.
CREATE TABLE place (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    gang TEXT NOT NULL DEFAULT ''
);
CREATE INDEX place_project ON place(project_id, position);
CREATE TABLE activity (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    place_id TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    capacity INTEGER NOT NULL DEFAULT 0,
    deadline_ms INTEGER NOT NULL DEFAULT 0,
    counts_as_hours INTEGER NOT NULL DEFAULT 0 CHECK (counts_as_hours = 0 OR counts_as_hours = 1),
    credit_minutes INTEGER NOT NULL DEFAULT 0,
    gang TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'PLANNED'
        CHECK (status = 'PLANNED' OR status = 'CANCELLED' OR status = 'DONE'),
    cancel_reason TEXT NOT NULL DEFAULT '',
    places_taken INTEGER NOT NULL DEFAULT 0,
    waiting_count INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL DEFAULT '',
    changed_at_ms INTEGER NOT NULL DEFAULT 0
);
-- The programme (by time) and a room's bookings (the clash check) each read one index range.
CREATE INDEX activity_start ON activity(project_id, start_ms);
CREATE INDEX activity_place ON activity(place_id, start_ms);
CREATE TABLE activity_organiser (
    activity_id TEXT NOT NULL REFERENCES activity(id),
    position INTEGER NOT NULL,
    member_id TEXT NOT NULL,
    PRIMARY KEY (activity_id, position)
) WITHOUT ROWID;
CREATE TABLE activity_sign_up (
    id TEXT PRIMARY KEY,
    activity_id TEXT NOT NULL REFERENCES activity(id),
    member_id TEXT NOT NULL,
    companion_id TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL
        CHECK (state = 'PENDING' OR state = 'CONFIRMED' OR state = 'WAITLISTED'
               OR state = 'WITHDRAWN'),
    server_order INTEGER NOT NULL DEFAULT 0,
    waiting_place INTEGER NOT NULL DEFAULT 0,
    received_at_ms INTEGER NOT NULL DEFAULT 0,
    changed_at_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_sign_up_activity ON activity_sign_up(activity_id, server_order);
CREATE INDEX activity_sign_up_member ON activity_sign_up(member_id);
)sql"},
                                     {5, R"sql(
-- v5: who came to an activity, as its organisers marked them.
CREATE TABLE activity_attendee (
    activity_id TEXT NOT NULL REFERENCES activity(id),
    position INTEGER NOT NULL,
    member_id TEXT NOT NULL,
    PRIMARY KEY (activity_id, member_id)
) WITHOUT ROWID;
)sql"},
                                     {6, R"sql(
-- v6: repeating activities (a series of dates, each an activity of its own) and a cancellation
-- by code ("SERIES_CHANGED") that devices word in the user's language.
ALTER TABLE activity ADD COLUMN series_id TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN series_index INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity ADD COLUMN repeat TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN repeat_until TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN cancel_code TEXT NOT NULL DEFAULT '';
CREATE INDEX activity_series ON activity(series_id, series_index);
)sql"},
                                     {7, R"sql(
-- v7: questions about the hours credited for an activity ("Not right?") and their answers.
CREATE TABLE activity_dispute (
    id TEXT PRIMARY KEY,
    activity_id TEXT NOT NULL REFERENCES activity(id),
    member_id TEXT NOT NULL,
    entry_id TEXT NOT NULL DEFAULT '',
    minutes INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state = 'OPEN' OR state = 'ACCEPTED' OR state = 'DECLINED'),
    answer TEXT NOT NULL DEFAULT '',
    resolved_by TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL DEFAULT 0,
    resolved_at_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_dispute_activity ON activity_dispute(activity_id);
CREATE INDEX activity_dispute_entry ON activity_dispute(entry_id);
)sql"},
                                     {8, R"sql(
-- v8: buurtdiensten (core/servicesrules.h). A post is stored as it travels (the ServicePost
-- message: its times of helping and messages are only ever read and written with it), beside
-- the columns lists and the server's silent-credit sweep select on. The project's service
-- categories (one key per line; empty: core's defaults) and expiry, and a member's talents.
ALTER TABLE project ADD COLUMN service_categories TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN service_expiry_days INTEGER NOT NULL DEFAULT 7;
ALTER TABLE member ADD COLUMN talents TEXT NOT NULL DEFAULT '';
CREATE TABLE service_post (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    posted_at_ms INTEGER NOT NULL DEFAULT 0,
    -- The earliest reported time of helping credited as reported if the asker stays silent;
    -- 0 when none waits.
    silent_due_ms INTEGER NOT NULL DEFAULT 0,
    record BLOB NOT NULL
);
CREATE INDEX service_post_project ON service_post(project_id, posted_at_ms);
CREATE INDEX service_post_silent ON service_post(project_id, silent_due_ms);
)sql"},
                                     {9, R"sql(
-- v9: signals to the beheerder (core/signalsrules.h), stored as they travel (the Signal and
-- KnockTask messages) beside the columns that lists, merges and the forgetting select on. The
-- project's signal settings as their SignalSettings message (empty: the defaults).
ALTER TABLE project ADD COLUMN signal_settings BLOB NOT NULL DEFAULT x'';
CREATE TABLE signal (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    reporter_id TEXT NOT NULL DEFAULT '',
    merged_into TEXT NOT NULL DEFAULT '',
    raised_at_ms INTEGER NOT NULL DEFAULT 0,
    -- When it was closed; 0 while open. Forgetting selects on it.
    closed_at_ms INTEGER NOT NULL DEFAULT 0,
    record BLOB NOT NULL
);
CREATE INDEX signal_project ON signal(project_id, raised_at_ms);
CREATE INDEX signal_closed ON signal(project_id, closed_at_ms);
CREATE INDEX signal_merged ON signal(merged_into);
CREATE TABLE knock_task (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id),
    signal_id TEXT NOT NULL DEFAULT '',
    gangmaker_id TEXT NOT NULL,
    day TEXT NOT NULL DEFAULT '',
    record BLOB NOT NULL
);
CREATE INDEX knock_task_signal ON knock_task(signal_id);
CREATE INDEX knock_task_project ON knock_task(project_id, day);
)sql"},
                                 }};
    return part;
}

} // namespace gw
