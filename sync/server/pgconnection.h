#pragma once

#include "store.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct pg_conn;

namespace gw::server {

class PgStatement;

/// A PostgreSQL database as a Store (Store::openRemote), through libpq: the server's store
/// when one machine is not enough (several gangwerk-server processes on one database).
///
/// Statements are written as for SQLite: `?1`, `?2`, ... become `$1`, `$2`, ... and each SQL
/// text is prepared once per connection. Parameters go as text (numbers in decimal) and blobs
/// as bytea; results come as text, read back as Statement reads SQLite's.
///
/// Writers are serialized across every process on the database: beginWrite() takes a
/// transaction-scoped advisory lock before its first read. A writer therefore sees every
/// commit before it (READ COMMITTED, each statement a fresh snapshot), and the change log's
/// numbers, taken under the lock, follow commit order: a reader that sees change n sees every
/// change before it (PostgreSQL makes a commit visible before it lets go of its locks).
///
/// Errors are StoreError with the SQLite code nearest to PostgreSQL's (SQLSTATE): their words
/// never carry a value (PostgreSQL's DETAIL, and the text of data errors, are left out).
///
/// A session that ends under it (the database restarted or failed over, the network dropped
/// the connection) is opened again between transactions, so a server carries on by itself: a
/// BEGIN that finds the session gone is sent again in a new one; any other command outside a
/// transaction fails once (SQLITE_IOERR) and the next reconnects. Inside a transaction the
/// rest of it fails (SQLITE_IOERR) until its COMMIT or ROLLBACK, so that none of it runs on its
/// own in the new session.
class PgConnection final : public RemoteConnection
{
public:
    /// Connects to @p url (a `postgresql://` URI or a libpq key=value string). Null, with
    /// @p error in words for the log (never the password), when it cannot.
    static std::unique_ptr<PgConnection> connect(const QString &url, QString *error);
    ~PgConnection() override;

    void exec(const char *sql) override;
    void beginWrite() override;
    bool inTransaction() const override;
    int changes() const override { return m_changes; }
    RemoteStatement *checkOut(const char *sql) override;
    void checkIn(RemoteStatement *statement) override;
    QString describe() const override;

    /// @p sql with SQLite's placeholders (`?N`, and `?` as the next number) as PostgreSQL's
    /// `$N`, outside quotes and comments; @p params receives the highest number and @p unused
    /// (when given) the numbers below it that the text does not use.
    static std::string translate(std::string_view sql, int *params,
                                 std::vector<int> *unused = nullptr);
    /// A schema step written for SQLite 3.15 (core's and the server's migrations, defined once)
    /// as PostgreSQL's: INTEGER as BIGINT (SQLite's are 64-bit), BLOB as BYTEA, an
    /// AUTOINCREMENT key as an identity, no WITHOUT ROWID, x'' as an empty bytea, and SQLite's
    /// date('now', 'localtime') as PostgreSQL's current date.
    static std::string schemaSql(std::string_view sqlite);
    /// The advisory lock beginWrite() takes (one per database).
    static constexpr long long kWriterLock = 0x67616e6777726b; // "gangwrk"

private:
    friend class PgStatement;
    explicit PgConnection(pg_conn *conn);
    [[noreturn]] void fail(const void *result) const;
    void noteChanges(const void *result);
    void startSession();
    /// Before a command (@p sql, or empty for a statement): a lost session is opened again
    /// when no transaction was open, else the command fails.
    void ensureSession(std::string_view sql);
    /// After a command (its @p result): notes a lost session, and whether a transaction is
    /// open.
    void settle(const void *result);
    bool sessionLost() const;
    pg_conn *m_conn;
    int m_session = 0;            // counts the sessions: prepared statements belong to one
    bool m_lost = false;          // a command failed as a lost session fails
    bool m_inTransaction = false; // as the caller began it, also when the session was lost
    int m_changes = 0;
    int m_prepared = 0; // names gw1, gw2, ... in the order prepared
    std::unordered_map<std::string, std::unique_ptr<PgStatement>> m_cache;
};

} // namespace gw::server
