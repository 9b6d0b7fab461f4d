#pragma once

#include "store.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace gw::server {

/// gangwerk-server's data folder: a key file (32 random bytes, 0600) and the SQLCipher store it
/// opens. One connection serves every thread; callers hold mutex() around each use, which also
/// serializes writes, so that change sequence numbers follow commit order.
///
/// With a store URL (`postgresql://...`) the store is that PostgreSQL database instead, and
/// the folder holds only the key file. Several servers may use one database: their writers are
/// serialized by the database (PgConnection::beginWrite), and each reader reads one snapshot.
class ServerStore
{
public:
    static constexpr const char *kStoreFileName = "server.db";
    static constexpr const char *kKeyFileName = "server.key";
    /// Beside the key file when the store is a PostgreSQL database: its URL (no password), so
    /// that every later command and the service need only the folder.
    static constexpr const char *kStoreUrlFileName = "store-url";

    /// Creates @p dir (0700) with a new key file (0600) and an empty store. Refuses when a key
    /// file or store is already there. Returns an error for the user, empty on success.
    /// With @p storeUrl, the store is that (empty) PostgreSQL database, remembered in the folder.
    QString create(const QString &dir, const QString &storeUrl = {});
    /// Opens an existing data folder (and the database it remembers, or @p storeUrl). Returns
    /// an error for the user, empty on success.
    QString open(const QString &dir, const QString &storeUrl = {});
    /// The URL a data folder remembers, empty for a store file.
    static QString rememberedUrl(const QString &dir);

    /// Moves this (file) store into the empty PostgreSQL database at @p url, in one transaction
    /// there: every row, the same epoch and change numbers (devices carry on as if nothing
    /// happened), the sensitive fields sealed on the way. Then the folder remembers the
    /// database; the file stays as it was. Nobody may write the file meanwhile (the caller
    /// holds the serve lock). Returns an error for the user (nothing moved), empty on success;
    /// @p rows receives the rows moved. @p failAfterTable (tests): fail once that table is
    /// copied, as a lost connection or a refused row would.
    QString migrateTo(const QString &url, qint64 *rows, const QString &failAfterTable = {});
    /// Whether migrateTo() copies the table @p name.
    static bool movesTable(const QString &name);
    /// A network address (a gRPC peer, "ipv4:192.0.2.7") as the store may keep it: keyed with
    /// a key made from the key file (HMAC-SHA-256), the same in every server process on the
    /// store, and not to be reversed by trying every address without the key file.
    QByteArray addressId(const std::string &address) const;
    /// The store is a PostgreSQL database.
    bool isRemote() const { return !m_url.isEmpty(); }

    Store &store() { return m_store; }
    std::mutex &mutex() { return m_mutex; }
    QString dataDir() const { return m_dir; }
    QString storePath() const;

    /// The server epoch: 16 random bytes made when the store was created (or rotated after a
    /// restore). A client whose cursor carries another epoch resyncs from scratch.
    QByteArray epoch() const { return m_epoch; }
    /// Writes a consistent, encrypted copy (same key) to the new file @p path while the store
    /// stays usable. Returns an error for the user, empty on success.
    QString backupTo(const QString &path);
    /// Gives the store a new epoch (after restoring a backup). Caller holds no transaction.
    /// @p afterRestore also records the span whose changes the restore lost (from a day before
    /// the backup's last sync to now): devices send those again, and they are judged as of
    /// when they were made (MutationScope::restoreLostFromMs).
    void rotateEpoch(bool afterRestore = false);
    /// That span, or {0, 0}.
    std::pair<qint64, qint64> restoreLostSpan();
    static constexpr const char *kRestoreLostFromSetting = "restore_lost_from_ms";
    static constexpr const char *kRestoreLostUntilSetting = "restore_lost_until_ms";

    /// While serving: the write-ahead log is copied into the store by a thread of its own, on
    /// its own connection, without the store's mutex (SQLite's PASSIVE checkpoint), instead of
    /// by whichever commit happens to pass the log's size limit. No call waits for a
    /// checkpoint, and the log stays small. Returns an error for the log, empty on success.
    QString startCheckpointer();

    /// A connection for reading, while held: one of the readers opened by openReaders(), or
    /// the writing connection (with its mutex) when there are none. Readers see every commit
    /// (WAL), so a pull reads beside a push group that is committing instead of after it.
    /// On PostgreSQL a lease is one read-only REPEATABLE READ transaction: everything read
    /// under it is one snapshot, as a SQLite reader's statements are (a pull merges several
    /// ranges and must not see a change in one of them that it cannot see in another).
    class ReadLease
    {
    public:
        Store &store() { return *m_store; }
        ReadLease(ReadLease &&other) noexcept
            : m_store(other.m_store), m_lock(std::move(other.m_lock)),
              m_snapshot(std::exchange(other.m_snapshot, false))
        {
        }
        ReadLease &operator=(ReadLease &&) = delete;
        ~ReadLease();

    private:
        friend class ServerStore;
        ReadLease(Store &store, std::unique_lock<std::mutex> lock);
        Store *m_store;
        std::unique_lock<std::mutex> m_lock;
        bool m_snapshot = false;
    };
    ReadLease reader();
    /// Opens @p count reading connections (serve). Returns an error for the log, empty on
    /// success.
    QString openReaders(int count);
    ~ServerStore();

private:
    /// Drops every table of a PostgreSQL store (a move that failed, into a database that was
    /// empty); false when it could not.
    bool dropEverything();
    QString openWithKey(const QString &dir, const QByteArray &key);
    /// Opens @p store on the database at m_url. Returns an error, empty on success.
    QString openRemote(Store &store);
    Store m_store;
    QString m_url;
    std::shared_ptr<const FieldCipher> m_cipher; // on PostgreSQL: seals the sensitive fields
    bool m_createdEpoch = false; // this open gave the store its first epoch (it was new)
    std::mutex m_mutex;
    QString m_dir;
    QByteArray m_epoch;
    QByteArray m_key;
    struct Reader
    {
        Store store;
        std::mutex mutex;
    };
    std::vector<std::unique_ptr<Reader>> m_readers;
    std::atomic<unsigned> m_nextReader{0};
    std::thread m_checkpointer;
    std::mutex m_stopMutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
};

} // namespace gw::server
