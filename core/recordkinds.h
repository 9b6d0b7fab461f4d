#pragma once

#include "audience.h"
#include "gangwerk/sync/v1/sync.pb.h"
#include "permissions.h"
#include "records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <limits>
#include <optional>

/// The registry of synced record families: every kind of record a Pull can carry and every kind
/// of mutation a Push can carry, each with what it needs to travel, be decided and be applied.
/// The server and the devices loop over these tables; nothing else switches over kinds. To add a
/// family, see README "Adding a record family".
namespace gw {

class Store;
namespace pb = ::gangwerk::sync::v1;

/// Where a mutation's changes go besides the record tables: the server's change log (with the
/// record's wire form and its audience). On a device the record tables are all there is.
class ChangeSink
{
public:
    virtual ~ChangeSink() = default;
    /// @p change holds the record as it is after the change (seq is not set). @p heldBy: the
    /// device that holds the record exactly like this already, because it sent it so (empty:
    /// none); its pulls may get the change in brief (PullRequest.brief_own_changes_through).
    virtual void changed(const QString &projectId, const pb::Change &change,
                         const QString &heldBy = {}) = 0;
    /// A record's retention passed: every change of it, and its access log, go.
    virtual void forgotten(const QString &projectId, pb::Change::RecordCase kind,
                           const QString &recordId) = 0;
    /// A device opened a record whose access is logged (RecordKind::accessLogged) at @p at.
    virtual void opened(const QString &projectId, pb::Change::RecordCase kind,
                        const QString &recordId, const QString &deviceId, const QString &memberId,
                        const QDateTime &at) = 0;
};

/// What a mutation is decided against: the store as it is (inside the caller's transaction),
/// who acts and in which project, and what "now" is.
struct MutationScope
{
    Store &store;
    const Member &actor;
    const Project &project;
    QDateTime now;         // UTC
    bool onServer = false; // the server's decision is final; a device decides for itself first
    ChangeSink *sink = nullptr;
    QString deviceId; // the device that acts (empty in a store that never enrolled: the demo)
    /// On a server restored from a backup: the time span whose changes the restore lost
    /// (from the backup's last sync to the new epoch; 0, 0 when none). Devices send those
    /// changes again; a rule about "how long ago" counts from when a change was made within
    /// that span, not from now, so that a change accepted once is not refused on its return.
    qint64 restoreLostFromMs = 0;
    qint64 restoreLostUntilMs = 0;
    QDate today() const; // in the project's time zone
    // today()'s answer for `now` (a push asks once per entry; the zone's rules are slow).
    mutable qint64 todayForMs = std::numeric_limits<qint64>::min();
    mutable QDate todayCache = QDate();
    /// The day rules count from for a change made at @p createdAt (UTC): today, or, for a
    /// change the last restore lost, the day it was made.
    QDate rulesToday(const QDateTime &createdAt) const;
    /// The hours family's memo of a day's counted minutes per (member, Julian day) (read once per
    /// scope, then kept up to date by the family's own writes, the only writes of hour entries
    /// while a scope lives; see hoursfamily.cpp). A big push logs many entries on few days.
    QHash<QPair<QString, qint64>, int> dayMinutes = {};
    /// The hours family's memo of the members it read (a beheerder's push of entries for many
    /// residents read each one's row for every entry: a tenth of a 100k push). The family
    /// writes no member; whoever applies a mutation of another family clears it after
    /// (SyncService), as that one may have changed a member.
    QHash<QString, std::optional<Member>> members = {};
};

/// A mutation's outcome: applied, or refused with a stable reason code (several joined with ",")
/// and plain words (English source; devices word known codes in the user's language).
struct Verdict
{
    bool applied = true;
    QString reasonCode;
    QString message;

    static Verdict ok() { return {}; }
    static Verdict refuse(const QString &code, const QString &message)
    {
        return {false, code, message};
    }
    static Verdict invalid(const char *why);
    static Verdict denied(Action action);
};

/// State a device keeps while it applies one pull (several pages, one transaction).
struct PullContext
{
    Store &store;
    QString projectId;     // this device's project
    QSet<QString> members; // members the store holds
    /// A record can name a member before that member's change arrives (the server moves a
    /// changed member's record to its latest position): hold the place until it comes.
    void ensureMember(const QString &memberId);
};

/// One kind of record a Change carries.
struct RecordKind
{
    int id;                      // change_log.kind on the server; stored, never reused
    const char *name;            // for logs and docs: "hour_entry"
    pb::Change::RecordCase wire; // the Change oneof member (its field number)
    /// Each change carries the whole record, so a newer change of the same record makes the
    /// older ones useless: the change log keeps only the latest. Append-only records do not.
    /// Only for records whose audience never changes (project, member, device, an activity,
    /// whose gang is fixed once planned): a record that moved to another audience would have to
    /// tell its old audience that it is gone, which the log cannot do yet.
    bool wholeRecord;
    QString (*idOf)(const pb::Change &);
    /// Who receives a change of this record.
    Audience (*audienceOf)(const pb::Change &);
    /// Server, on pull: removes what @p viewer may not see (nullptr: nothing to remove).
    void (*redact)(pb::Change &, const Member &viewer);
    /// Device, on pull: writes the record to the store (an upsert by id; the server's copy wins).
    void (*applyPulled)(PullContext &, const pb::Change &);
    /// Sensitive records (a signal): the server logs which device received it (other than its
    /// own member's) and which opened it, for `gangwerk-server access-log`, and forgets the log
    /// with the record.
    bool accessLogged = false;
    /// Device: the table whose `id` column holds this kind's records, so that a device can
    /// forget what a server restored from a backup no longer has (SyncEngine, after the resync
    /// of a new epoch). nullptr: never forgotten that way (the project and its members, which
    /// every other record refers to).
    const char *heldTable = nullptr;
    /// Device: the tables of a record's parts, as "table.column" (the column naming the record),
    /// comma-separated; removed before the record.
    const char *heldParts = "";
};

/// One kind of mutation (an intent: "log these hours", "pause this member").
struct MutationKind
{
    const char *name; // the outbox's kind column: "APPEND_HOUR_ENTRY"
    /// What the user made, in their words (context "MutationKinds"): "Hours you logged".
    const char *label;
    pb::Mutation::BodyCase wire; // the Mutation oneof member
    /// The record the user sees this mutation's status on (history: "waiting", "refused").
    QString (*recordIdOf)(const pb::Mutation &);
    /// Decides with core's rules and the permission table and, when allowed, applies: writes the
    /// records and tells the scope's sink. Writes nothing when it refuses. The server runs it for
    /// every pushed mutation; a device runs the same function when the user acts.
    Verdict (*apply)(MutationScope &, const pb::Mutation &);
    /// The whole record (a RecordKind with wholeRecord) that recordIdOf names, when there is
    /// one: a refusal brings it back as the server has it, so that a device which applied the
    /// change itself first shows the truth again. Unset for append-only kinds, whose refused
    /// record stays, marked as refused.
    pb::Change::RecordCase shownRecord = pb::Change::RECORD_NOT_SET;
};

/// Work the server does because time passed (a reported service the one helped stayed silent
/// about for 7 days is credited): run for a project, inside a transaction, before any of its
/// devices pushes or pulls, so that what they see is as of now. Idempotent; writes nothing when
/// nothing is due.
struct TimedWork
{
    const char *name;
    /// Whether anything is due in @p project at @p now (one indexed read, so that a pull
    /// needs no write transaction when nothing is; the caller has read the project).
    bool (*due)(Store &, const Project &project, const QDateTime &now);
    void (*run)(MutationScope &);
};

/// Forgetting on a device: what a record's retention says this device must no longer keep
/// (a closed signal after the project's retention, a reporter's identity after three months, a
/// gangmaker's knock task two weeks after its day). Run after every pull, in its transaction,
/// and when the store is opened, so that a device that was offline when the server forgot
/// forgets too. Idempotent.
struct DeviceSweep
{
    const char *name;
    void (*run)(Store &, const Member &me, const Project &project, const QDateTime &now);
};

const QList<RecordKind> &recordKinds();
const QList<TimedWork> &timedWorks();
const QList<DeviceSweep> &deviceSweeps();
/// Runs every device sweep for @p me (inside the caller's transaction).
void sweepDevice(Store &store, const Member &me, const Project &project, const QDateTime &now);
/// The same for the store's own member (nothing when it never enrolled).
void sweepDevice(Store &store, const QDateTime &now);
const QList<MutationKind> &mutationKinds();
const RecordKind *recordKind(int id);
const RecordKind *recordKind(pb::Change::RecordCase wire);
const MutationKind *mutationKind(pb::Mutation::BodyCase wire);
const MutationKind *mutationKind(const QString &name);
/// The label of the mutation kind @p name in the user's language ("A change" when unknown).
QString mutationLabel(const QString &name);

/// The record inside @p change, serialized (what the change log stores).
std::string recordPayload(const pb::Change &change);
/// Puts a record of @p kind, serialized as @p payload, into @p change. False when unparseable.
bool setRecordPayload(pb::Change &change, const RecordKind &kind, const char *data, int size);
/// Puts a record of @p kind into @p change with only its id set (a change in brief). False when
/// the kind's record has no string field "id".
bool setRecordId(pb::Change &change, const RecordKind &kind, const QString &id);

} // namespace gw
