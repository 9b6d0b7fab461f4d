#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gw {

/// Key material for a Store: either a raw 256-bit key (from the OS keystore; no KDF, fast open)
/// or a passphrase the user typed (SQLCipher's PBKDF2 with Store::kPassphraseKdfIterations).
class StoreKey
{
public:
    static StoreKey raw(const QByteArray &key32);
    static StoreKey passphrase(const QString &passphrase);
    bool isRaw() const { return m_raw; }
    bool isValid() const { return m_raw ? m_material.size() == 32 : !m_material.isEmpty(); }
    const QByteArray &material() const { return m_material; }

private:
    bool m_raw = true;
    QByteArray m_material;
};

class Store;

/// One forward step of a schema. Each step runs in its own transaction with the version bump.
struct Migration
{
    int version;
    const char *sql;
    /// Data work SQL cannot do (encoding messages), run after @p sql in the same transaction.
    void (*after)(Store &) = nullptr;
};

/// One versioned part of a store's schema: the record tables every store shares
/// (core/recordschema.h), or one store's own bookkeeping. Each part migrates on its own; its
/// version is kept in the store's schema_part table.
struct SchemaPart
{
    const char *name;
    std::vector<Migration> migrations;
    int latestVersion() const { return migrations.empty() ? 0 : migrations.back().version; }
};

/// The shape of one kind of store (the client's or the server's): an application id, so that
/// one kind is never opened as another, and its parts, migrated in order.
///
/// A store made before parts existed carries a plain user_version (1, 2, …): it runs the
/// frozen @p legacy steps, whose last step (version kPartsLayout) adopts the part layout. New
/// stores are made from the parts alone, so each table is defined once, in its part.
struct Schema
{
    static constexpr int kPartsLayout = 1000;

    qint32 applicationId;
    std::vector<SchemaPart> parts;
    std::vector<Migration> legacy = {};
    /// SQLCipher page size for stores created from now on (0: SQLCipher's default, 1024).
    /// Every page costs an encryption, an HMAC and a write of its own, so larger pages make
    /// bulk writes cheaper. Stores made with the default before still open (see Store::open).
    int cipherPageSize = 0;
    /// The user_version of an up-to-date store.
    int latestVersion() const { return kPartsLayout; }
    const SchemaPart *part(const char *name) const;
};

/// Thrown by Statement and Transaction on any SQLite error; caught at service boundaries.
/// The message carries SQLite's words only, never record contents. A RemoteConnection throws
/// it too, with the SQLite code nearest to its engine's error (SQLITE_CONSTRAINT, _BUSY, ...).
class StoreError : public std::runtime_error
{
public:
    StoreError(int code, const std::string &what) : std::runtime_error(what), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

/// One prepared statement of a RemoteConnection, lent to one Statement at a time. Indexes as in
/// Statement (parameters from 1, columns from 0); every call may throw StoreError.
class RemoteStatement
{
public:
    virtual ~RemoteStatement() = default;
    virtual void bindText(int index, const char *utf8, int size) = 0;
    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindBlob(int index, const char *data, int size) = 0;
    virtual void bindNull(int index) = 0;
    /// Runs the statement on the first call after binding; true while a row is available.
    virtual bool next() = 0;
    /// Forgets the bindings and any result, ready to be bound again.
    virtual void reset() = 0;
    /// A column's bytes (UTF-8 text, or a blob's bytes), null for NULL.
    virtual const char *bytes(int column, int *size) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual int columnCount() const = 0;
};

/// A database a Store reaches through another engine's client library instead of SQLCipher
/// (PostgreSQL, for a server on several machines: sync/server/pgconnection.h). The Store keeps
/// its interface, so that the same repositories and rules run on it; SQL that differs between
/// the engines asks Store::isRemote(). Placeholders are written as for SQLite (?1, ?2, ...).
class RemoteConnection
{
public:
    virtual ~RemoteConnection() = default;
    /// Runs one or more statements without results.
    virtual void exec(const char *sql) = 0;
    /// Starts a transaction that writes: writers are serialized across every process on the
    /// database (as BEGIN IMMEDIATE does on one file), so that changes are numbered in the
    /// order they commit.
    virtual void beginWrite() = 0;
    virtual bool inTransaction() const = 0;
    /// Rows changed by the last INSERT/UPDATE/DELETE.
    virtual int changes() const = 0;
    /// The prepared statement for @p sql, lent until checkIn(); a nested use of SQL that is
    /// lent out already gets one of its own.
    virtual RemoteStatement *checkOut(const char *sql) = 0;
    virtual void checkIn(RemoteStatement *statement) = 0;
    /// What the store is, for the log (no password).
    virtual QString describe() const = 0;
};

/// Seals the values a store must not keep readable when the store itself encrypts nothing (a
/// server's store on PostgreSQL): authenticated encryption bound to the value's place (its
/// table, column and record), so that a sealed value moved to another row does not open.
class FieldCipher
{
public:
    virtual ~FieldCipher() = default;
    virtual QByteArray seal(const QByteArray &plain, const QByteArray &place) const = 0;
    /// False when @p sealed is not what this key sealed for @p place.
    virtual bool open(const QByteArray &sealed, const QByteArray &place,
                      QByteArray *plain) const = 0;
};

/// An encrypted SQLite (SQLCipher) database. Opening checks, before anything is written, that
/// the process really runs SQLCipher, that the key opens the file and that the schema is not
/// newer than this build; only then switches on WAL and foreign keys and migrates forward.
class Store
{
public:
    enum class OpenStatus {
        Ok,
        NotSqlCipher,   // the SQLite in this process has no encryption: refuse to run
        WrongKey,       // wrong key or not a database at all; the file is left untouched
        NotOurs,        // decrypts, but is another application's database
        NewerVersion,   // written by a newer Gangwerk; left untouched
        InvalidKey,     // key material unusable (empty passphrase, raw key not 32 bytes)
        IoError,        // cannot create or open the file
        MigrationFailed // a migration step failed and was rolled back
    };
    struct OpenResult
    {
        OpenStatus status = OpenStatus::Ok;
        QString message; // plain words for the user (English source, translatable)
        QString detail;  // technical detail for the log
        bool ok() const { return status == OpenStatus::Ok; }
    };

    /// PBKDF2-HMAC-SHA1 iterations for passphrase keys. SQLCipher 3 defaults to 64000; four
    /// times that costs ~0.3 s once per app start on a phone-class CPU and makes offline guessing
    /// of a short passphrase four times as slow. Changing it makes existing stores unreadable.
    static constexpr int kPassphraseKdfIterations = 256000;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Who keeps two threads from using this connection at once. SQLite (the default): it locks
    /// the connection around every call, so any thread may use it at any time. Owner: the
    /// owner guarantees one thread at a time (a mutex, a lease, a thread of its own), and SQLite
    /// takes no lock per call (a pushed entry makes ~60: binds, steps, resets). Set before
    /// open(); a wrong promise corrupts memory, so only the server's guarded connections use it.
    enum class Threading { SQLite, Owner };
    void setThreading(Threading threading) { m_threading = threading; }

    /// Opens (creating if absent) the store at @p path and brings every part of its schema to
    /// its latest version. @p upToVersion >= 0 instead makes a new store with the legacy steps
    /// up to that version, as an older release did (tests write old fixtures with it).
    OpenResult open(const QString &path, const StoreKey &key, const Schema &schema,
                    int upToVersion = -1);
    /// Takes @p connection (already connected) as this store and brings @p schema's parts to
    /// their latest version there (a remote store has parts only: no legacy steps). Two
    /// processes opening one database at once migrate it once: migrations are writes.
    OpenResult openRemote(std::unique_ptr<RemoteConnection> connection, const Schema &schema);
    void close();
    bool isOpen() const { return m_db != nullptr || m_remote != nullptr; }
    /// The store is a RemoteConnection's database, not a SQLCipher file.
    bool isRemote() const { return m_remote != nullptr; }
    /// A second connection to this open store (the same file and key), for another thread:
    /// each connection is used by one thread at a time. Null, with @p error, when it cannot.
    std::unique_ptr<Store> openAnother(const Schema &schema, QString *error) const;
    /// A transaction is open on this connection.
    bool inTransaction() const;
    /// user_version: a legacy version, or Schema::kPartsLayout.
    int schemaVersion() const;
    /// The version of one part of the schema (0 when absent).
    int partVersion(const char *part) const;
    QString path() const { return m_path; }

    /// Runs one or more statements without results; throws StoreError.
    void exec(const char *sql);
    /// The SQLite connection (null for a remote store).
    sqlite3 *handle() const { return m_db; }
    /// Seals the sensitive values (Statement::bindSealed) with @p cipher from now on. Only for
    /// a remote store: SQLCipher encrypts the whole file.
    void setFieldCipher(std::shared_ptr<const FieldCipher> cipher) { m_cipher = std::move(cipher); }
    const FieldCipher *fieldCipher() const { return m_cipher.get(); }
    /// Rows changed by the last INSERT/UPDATE/DELETE (SQLite 3.15 has no UPSERT: callers
    /// UPDATE first and INSERT when nothing changed).
    int changes() const;

    /// The SQLCipher version of the linked library, empty when it is plain SQLite.
    static QString cipherVersion(sqlite3 *db);

private:
    friend class Statement;
    friend class Transaction;
    void beginWrite();
    // Prepared statements are kept per SQL text and lent out one at a time: preparing is the
    // largest cost of a small query (about 40% of a push on the server before this cache).
    struct CachedStatement
    {
        sqlite3_stmt *stmt = nullptr;
        bool lent = false;
    };
    /// The statement for @p sql and its place in the cache (null: a nested use of SQL that is
    /// lent out already, prepared for this use alone).
    std::pair<sqlite3_stmt *, CachedStatement *> checkOut(const char *sql) const;
    void checkIn(quint64 generation, CachedStatement *slot, sqlite3_stmt *stmt) const;
    void clearCache();

    OpenResult fail(OpenStatus status, const QString &message, const QString &detail);
    /// Runs @p m in its own transaction and records @p part's (or, without one, the legacy)
    /// version. Returns the error's detail, empty on success.
    QString runMigration(const Schema &schema, const SchemaPart *part, const Migration &m);
    int keyAndProbe(const StoreKey &key, int cipherPageSize);
    sqlite3 *m_db = nullptr;
    std::unique_ptr<RemoteConnection> m_remote;
    std::shared_ptr<const FieldCipher> m_cipher;
    QString m_path;
    StoreKey m_key; // for openAnother(); SQLCipher holds it in memory anyway
    Threading m_threading = Threading::SQLite;
    // Looked up by the caller's text without copying it (a copy and a hash-map node per
    // statement were ~6% of a push on the server); a lent statement stays in its place.
    struct SqlHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    mutable std::unordered_map<std::string, CachedStatement, SqlHash, std::equal_to<>> m_cache;
    quint64 m_cacheGeneration = 0; // statements lent before a close are not taken back
};

/// A prepared statement. bind() indexes start at 1 (SQLite's convention).
class Statement
{
public:
    Statement(const Store &store, const char *sql);
    Statement(const Store &store, const QByteArray &sql) : Statement(store, sql.constData()) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /// Binds a null for an empty string (optional text columns).
    Statement &bindOptional(int index, const QString &value);
    /// Binds @p day as QDate::toString(Qt::ISODate) writes it ("2026-12-05"; an invalid date as
    /// ""), without Qt's general formatter: a push or a pull binds one or two per record.
    Statement &bind(int index, QDate day);
    /// A sensitive value (an hour's note, a signal): sealed for its place (@p column, e.g.
    /// "hour_entry.note", of record @p recordId) when the store has a FieldCipher (text then as
    /// "gw1:" and base64), else bound as it is.
    Statement &bindSealed(int index, const QString &text, const char *column,
                          const QString &recordId);
    Statement &bindSealed(int index, const QByteArray &blob, const char *column,
                          const QString &recordId);
    /// A value bound by bindSealed(), opened; throws StoreError when it does not open (the
    /// store's key is not the one that sealed it, or it was moved from another place).
    QString sealedText(int index, const char *column, const QString &recordId) const;
    QByteArray sealedBlob(int index, const char *column, const QString &recordId) const;
    /// Binds @p at in UTC as `at.toUTC().toString(Qt::ISODateWithMs)` writes it
    /// ("2026-12-05T17:14:58.123Z"; an invalid time as "").
    Statement &bindUtcMs(int index, const QDateTime &at);

    /// Steps once: true when a row is available, false when done. Throws StoreError.
    bool next();
    /// Steps to completion (for statements without results).
    void run();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    bool isNull(int column) const;
    QByteArray blob(int column) const;
    /// A day written by bind(int, QDate): as QDate::fromString(text, Qt::ISODate) reads it.
    QDate day(int column) const;
    /// A time written by bindUtcMs(): as QDateTime::fromString(text, Qt::ISODateWithMs) reads
    /// it (other text, too, through Qt).
    QDateTime utcMs(int column) const;
    /// Columns of the result (0 for statements without results).
    int columnCount() const;
    const Store &store() const { return m_store; }

private:
    /// Binds UTF-8 text (from keep() when it fits there, else SQLite copies it).
    Statement &bindUtf8(int index, const char *utf8, int size);
    /// @p size bytes kept for parameter @p index until it is bound again or the statement goes
    /// back to the store (whose checkIn() resets it first), so that SQLite may use them in
    /// place; null when they do not fit (SQLite then copies them). A copy on the heap per bound
    /// value was about a third of a push's allocations.
    const char *keep(int index, const char *bytes, int size);
    /// A column's text bytes (null for NULL).
    const char *rawText(int column, int *size) const;
    const Store &m_store;
    sqlite3 *m_db;
    RemoteStatement *m_remote = nullptr;
    quint64 m_generation;
    sqlite3_stmt *m_stmt = nullptr;
    Store::CachedStatement *m_slot = nullptr;
    // Ids, days, times, codes and a record's payload fit; a long note is copied by SQLite.
    static constexpr int kKeptParams = 12;
    static constexpr int kKeptBytes = 192;
    char m_kept[kKeptParams][kKeptBytes];
};

/// BEGIN IMMEDIATE … COMMIT; rolls back in the destructor unless commit() ran, so that an
/// exception anywhere in between leaves nothing half-written. Inside another transaction it is
/// a savepoint: commit() keeps its work for the outer commit, and a rollback undoes only its
/// own (the server commits a group of pushes at once this way, each still all or nothing).
class Transaction
{
public:
    explicit Transaction(Store &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Store &m_store;
    bool m_done = false;
    bool m_savepoint = false;
};

/// BEGIN (deferred) … COMMIT around reads: one snapshot for every read in it, and on SQLite one
/// WAL read lock instead of one per statement. It writes nothing, so ending it fails no one.
class ReadTransaction
{
public:
    explicit ReadTransaction(Store &store) : m_store(store) { m_store.exec("BEGIN"); }
    ~ReadTransaction()
    {
        try {
            m_store.exec("COMMIT");
        } catch (const StoreError &) {
            // A read transaction has nothing to lose.
        }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Store &m_store;
};

} // namespace gw
