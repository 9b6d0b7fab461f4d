#pragma once

#include "recordkinds.h"
#include "records.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;

namespace gw {
class Statement;
class Store;
} // namespace gw

namespace gw::server {

/// A single-use code that turns into a device token. Only its hash is known.
struct Invite
{
    QByteArray codeHash;
    QString projectId;
    Role role = Role::Resident;
    QString gang;
    QString displayName; // for the member enrolment creates; empty: the device names them
    QString memberId;    // set: a further device for this existing member
    QString studio;      // for the member enrolment creates ("2.14"); may be empty
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 usedAtMs = 0;     // 0: unused
    QString deviceId;        // the device that used it
    QByteArray enrolKeyHash; // the hash of the key sent with the try that used it; empty: none
};

/// An enrolled device and the member it acts as.
struct Device
{
    QString id;
    QString projectId;
    QString memberId;
    QString name;
    Role role = Role::Resident; // the member's role, read with the device
    qint64 createdAtMs = 0;
    qint64 revokedAtMs = 0; // 0: active
    qint64 lastSeq = 0;     // last client_seq applied
    qint64 lastSeenMs = 0;
    QDate lastSyncDay; // its record's: the project's day of its last push or pull
};

/// The first outcome of one mutation (wire Outcome value), kept to answer its retries.
struct StoredResult
{
    QString mutationId;
    int outcome = 0;
    QString reasonCode;
    QString message;
    qint64 clientSeq = 0; ///< the client_seq it was decided under
};

/// One change_log row: a committed change, numbered in commit order.
struct ChangeRow
{
    qint64 seq = 0;
    int kind = 0;       // RecordKind::id
    QByteArray payload; // the record's wire form; empty for a change in brief
    QString ownId;      // a change in brief (the puller's own, as it sent it): the record's id
};

/// The server's own tables (invites, devices, mutation outcomes, the change log) and the record
/// writes that must also enter the change log. Record tables are shared with core's
/// repositories. As a ChangeSink it logs each change a mutation makes, with the audience its
/// record kind declares. Callers own the transaction.
class ServerRepository : public ChangeSink
{
public:
    explicit ServerRepository(Store &store);
    ~ServerRepository() override;

    /// Logs @p change (superseding the record's earlier changes when its kind says so).
    void changed(const QString &projectId, const pb::Change &change,
                 const QString &heldBy = {}) override;
    /// Removes every change of the record and its access log.
    void forgotten(const QString &projectId, pb::Change::RecordCase kind,
                   const QString &recordId) override;
    /// Writes an "opened" line to the access log.
    void opened(const QString &projectId, pb::Change::RecordCase kind, const QString &recordId,
                const QString &deviceId, const QString &memberId, const QDateTime &at) override;

    /// One line of the access log.
    struct Access
    {
        QString recordId;
        QString deviceId;
        QString memberId;
        QString what; // "received" | "opened"
        qint64 atMs = 0;
    };
    /// Writes that @p deviceId (acting as @p memberId) received these records now.
    void received(const QString &projectId, const RecordKind &kind, const QStringList &recordIds,
                  const QString &deviceId, const QString &memberId, qint64 atMs);
    /// The access log of a project (of one record when @p recordId is set), oldest first.
    QList<Access> accessLog(const QString &projectId, const QString &recordId = {}) const;

    std::optional<Project> projectByName(const QString &name) const;
    QList<Project> projects() const;
    /// Saves a project and logs the change (superseding its earlier changes).
    void saveProject(const Project &p);
    std::optional<Member> member(const QString &id) const;
    /// Saves a member and logs the change (superseding its earlier changes).
    void saveMember(const Member &m);
    /// Appends an hour entry and logs it.
    void appendHourEntry(const HourEntry &e, const QString &projectId);

    void addInvite(const Invite &invite);
    std::optional<Invite> invite(const QByteArray &codeHash) const;
    void markInviteUsed(const QByteArray &codeHash, const QString &deviceId, qint64 nowMs,
                        const QByteArray &enrolKeyHash);
    /// Gives a device a new token (the old one is refused from now on).
    void setDeviceToken(const QString &deviceId, const QByteArray &tokenHash);

    /// Adds the device and its record (logged for its member and the beheerders).
    void addDevice(const Device &d, const QByteArray &tokenHash);
    std::optional<Device> deviceByTokenHash(const QByteArray &tokenHash) const;
    std::optional<Device> device(const QString &id) const;
    QList<Device> devices() const;
    /// Disconnects from the command line. False when there is no such device. Revoking twice
    /// keeps the first time. (From a device: core's devicesfamily::revokeDevice.)
    bool revokeDevice(const QString &id, qint64 nowMs);
    /// Notes that @p d synced on @p today (the project's day); writes and logs its record only
    /// when the day is new.
    void touchDevice(const Device &d, QDate today);
    void setLastSeq(const QString &deviceId, qint64 seq, qint64 nowMs);

    /// A mutation's first outcome is kept under its id (server schema v8), so that one lookup
    /// tells a new mutation from one seen before, under any client_seq. A client_seq that
    /// carried an id seen before under another one (a device that renumbered), or a malformed
    /// id, is kept under a key of its own ("<id>@<seq>", "@<seq>").
    ///
    /// Takes @p mutationId for @p clientSeq, as applied; false when the id was taken before
    /// (then nothing is written). A refusal is written over it with settleResult().
    bool claimResult(const QString &deviceId, const QString &mutationId, qint64 clientSeq);
    void settleResult(const QString &deviceId, const QString &mutationId, const StoredResult &r);
    /// The outcome that @p mutationId (empty: a malformed id) got first; for a retry, the
    /// outcome of @p clientSeq, which must have carried that id. nullopt: the id was never
    /// seen, or @p clientSeq carried another one.
    std::optional<StoredResult> resultById(const QString &deviceId,
                                           const QString &mutationId) const;
    std::optional<StoredResult> resultOfRetry(const QString &deviceId, const QString &mutationId,
                                              qint64 clientSeq) const;
    /// Keeps the outcome of a client_seq that carried an id seen before, or a malformed one.
    void addResultOfSeq(const QString &deviceId, const QString &mutationId, qint64 clientSeq,
                        const StoredResult &r);

    /// Changes after @p afterSeq for the given audience keys (core's audienceKeysFor), oldest
    /// first; every change of the project when @p audiences is nullopt. Changes that device
    /// @p briefFor holds as it sent them (ChangeSink::changed's heldBy) come in brief: no
    /// payload, only the record's id (ChangeRow::ownId).
    QList<ChangeRow> changesAfter(const QString &projectId, qint64 afterSeq,
                                  const std::optional<QStringList> &audiences, int limit,
                                  const QString &briefFor = {}) const;
    /// How many changes after @p afterSeq the audiences see (the same index as changesAfter).
    qint64 countAfter(const QString &projectId, qint64 afterSeq,
                      const std::optional<QStringList> &audiences) const;

    /// The latest change of the whole record @p recordId of kind @p kind in the project, when
    /// its audience is among @p audiences (nullopt: every audience); none otherwise.
    std::optional<ChangeRow> latestWholeRecord(const QString &projectId, int kind,
                                               const QString &recordId,
                                               const std::optional<QStringList> &audiences) const;

private:
    void saveDeviceRecord(const QString &projectId, const DeviceRecord &r);
    Store &m_store;
};

} // namespace gw::server
