#include "store.h"
#include "tempfilevfs.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <tuple>

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gw {

StoreKey StoreKey::raw(const QByteArray &key32)
{
    StoreKey k;
    k.m_raw = true;
    k.m_material = key32;
    return k;
}

StoreKey StoreKey::passphrase(const QString &passphrase)
{
    StoreKey k;
    k.m_raw = false;
    k.m_material = passphrase.toUtf8();
    return k;
}

namespace {

QString sqliteDetail(sqlite3 *db, int rc)
{
    return QStringLiteral("sqlite %1: %2")
        .arg(rc)
        .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}

[[noreturn]] void throwError(sqlite3 *db, int rc)
{
    throw StoreError(rc, sqliteDetail(db, rc).toStdString());
}

} // namespace

Store::Store() = default;

Store::~Store()
{
    close();
}

void Store::close()
{
    m_key = StoreKey();
    clearCache();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_remote.reset();
}

QString Store::cipherVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return version;
}

Store::OpenResult Store::fail(OpenStatus status, const QString &message, const QString &detail)
{
    close();
    return {status, message, detail};
}

namespace {

int openFlags(Store::Threading threading)
{
    return SQLITE_OPEN_READWRITE | (threading == Store::Threading::Owner ? SQLITE_OPEN_NOMUTEX : 0);
}

} // namespace

Store::OpenResult Store::open(const QString &path, const StoreKey &key, const Schema &schema,
                              int upToVersion)
{
    // SQLite counts every allocation under a global mutex unless told not to, before it
    // starts; nothing here reads its memory statistics (a push allocates many times per row).
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
    close();
    m_path = path;
    if (!key.isValid())
        return fail(
            OpenStatus::InvalidKey,
            QCoreApplication::translate("Store", "The key for your data is missing or unusable."),
            QStringLiteral("invalid key material"));

    const QFileInfo info(path);
    const bool isNew = !info.exists() || info.size() == 0;
    if (isNew) {
        // Create the file (and its folder) private to this user before SQLite touches it:
        // SQLite gives the -wal and -shm files the permissions of the database file.
        QDir().mkpath(info.absolutePath());
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) ||
            !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return fail(OpenStatus::IoError,
                        QCoreApplication::translate(
                            "Store", "Cannot create the data file. Check free space."),
                        f.errorString());
    }

    int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, openFlags(m_threading),
                             encryptingVfsName());
    if (rc != SQLITE_OK)
        return fail(OpenStatus::IoError,
                    QCoreApplication::translate("Store", "Cannot open the data file."),
                    sqliteDetail(m_db, rc));

    // Fail closed: without SQLCipher the key pragma would be ignored and the store written in
    // plaintext. Nothing has been read or written yet.
    if (cipherVersion(m_db).isEmpty())
        return fail(OpenStatus::NotSqlCipher,
                    QCoreApplication::translate(
                        "Store",
                        "This build of Gangwerk cannot encrypt your data, so it will not start. "
                        "Please install an official build."),
                    QStringLiteral("PRAGMA cipher_version returned no row: plain SQLite linked"));

    // Before the first read: another process (a server, a second command) may hold a lock for
    // a moment, and the probe below must wait for it rather than take it for a wrong key.
    sqlite3_busy_timeout(m_db, 5000);
    rc = keyAndProbe(key, schema.cipherPageSize);
    if (rc == SQLITE_NOTADB && !isNew && schema.cipherPageSize != 0) {
        // The page size is not stored in the clear: a store made before the schema chose a
        // larger one opens only with SQLCipher's default. Only a fresh connection takes it.
        clearCache();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, openFlags(m_threading),
                             encryptingVfsName());
        if (rc != SQLITE_OK)
            return fail(OpenStatus::IoError,
                        QCoreApplication::translate("Store", "Cannot open the data file."),
                        sqliteDetail(m_db, rc));
        sqlite3_busy_timeout(m_db, 5000);
        rc = keyAndProbe(key, 0);
    }
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return fail(OpenStatus::IoError,
                    QCoreApplication::translate(
                        "Store", "The data file is busy. Nothing was changed; try again."),
                    sqliteDetail(m_db, rc));
    if (rc == -1)
        return fail(
            OpenStatus::InvalidKey,
            QCoreApplication::translate("Store", "The key for your data is missing or unusable."),
            QStringLiteral("sqlite3_key failed"));
    if (rc != SQLITE_OK)
        return fail(
            OpenStatus::WrongKey,
            QCoreApplication::translate("Store", "Cannot open: wrong key or not a Gangwerk store."),
            sqliteDetail(m_db, rc));

    const int version = schemaVersion();
    if (version > 0) {
        Statement appId(*this, "PRAGMA application_id");
        appId.next();
        if (appId.int64(0) != schema.applicationId)
            return fail(OpenStatus::NotOurs,
                        QCoreApplication::translate(
                            "Store", "Cannot open: wrong key or not a Gangwerk store."),
                        QStringLiteral("application_id %1").arg(appId.int64(0)));
    }
    const auto newer = [&](const QString &detail) {
        return fail(OpenStatus::NewerVersion,
                    QCoreApplication::translate(
                        "Store",
                        "This data was saved by a newer version of Gangwerk. Please update the "
                        "app to open it. Nothing was changed."),
                    detail);
    };
    // A legacy version past the last legacy step was written by a newer release.
    int lastLegacy = 0;
    for (const Migration &m : schema.legacy)
        if (m.version < Schema::kPartsLayout)
            lastLegacy = std::max(lastLegacy, m.version);
    if (version > schema.latestVersion() ||
        (version < Schema::kPartsLayout && version > lastLegacy))
        return newer(
            QStringLiteral("schema %1 > supported %2").arg(version).arg(schema.latestVersion()));
    if (version == Schema::kPartsLayout) {
        // Every part the store has must be one this build knows, at a version it knows.
        Statement s(*this, "SELECT name, version FROM schema_part");
        while (s.next()) {
            const QByteArray name = s.text(0).toUtf8();
            const SchemaPart *part = schema.part(name.constData());
            if (!part || s.integer(1) > part->latestVersion())
                return newer(
                    QStringLiteral("schema part %1 at %2").arg(s.text(0)).arg(s.integer(1)));
        }
    }

    try {
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL"); // a confirmed action survives power loss too
        exec("PRAGMA foreign_keys = ON");
        sqlite3_busy_timeout(m_db, 5000);
    } catch (const StoreError &e) {
        return fail(OpenStatus::IoError,
                    QCoreApplication::translate("Store", "Cannot open the data file."),
                    QString::fromStdString(e.what()));
    }

    const auto migrationFailed = [&](const QString &detail) {
        return fail(OpenStatus::MigrationFailed,
                    QCoreApplication::translate(
                        "Store", "Gangwerk could not update your data to this version. Nothing was "
                                 "changed; please report this."),
                    detail);
    };
    // A store from before the part layout (or an old one a test asks for) takes the frozen
    // legacy steps; the last of them adopts the part layout.
    if ((version > 0 && version < Schema::kPartsLayout) || (version == 0 && upToVersion >= 0)) {
        const int target = upToVersion < 0 ? Schema::kPartsLayout : upToVersion;
        for (const Migration &m : schema.legacy) {
            if (m.version <= version || m.version > target)
                continue;
            if (const QString e = runMigration(schema, nullptr, m); !e.isEmpty())
                return migrationFailed(e);
        }
        if (upToVersion >= 0)
            return {};
    }
    for (const SchemaPart &part : schema.parts) {
        const int at = partVersion(part.name);
        for (const Migration &m : part.migrations) {
            if (m.version <= at)
                continue;
            if (const QString e = runMigration(schema, &part, m); !e.isEmpty())
                return migrationFailed(e);
        }
    }
    m_key = key;
    return {};
}

Store::OpenResult Store::openRemote(std::unique_ptr<RemoteConnection> connection,
                                    const Schema &schema)
{
    close();
    if (!connection)
        return fail(OpenStatus::IoError,
                    QCoreApplication::translate("Store", "Cannot open the data file."),
                    QStringLiteral("no connection to the database"));
    m_remote = std::move(connection);
    m_path = m_remote->describe();
    const auto cannotOpen = [&](const StoreError &e) {
        return fail(OpenStatus::IoError,
                    QCoreApplication::translate("Store", "Cannot open the data file."),
                    QString::fromStdString(e.what()));
    };
    QString newerPart;
    const auto findNewerPart = [&] {
        Statement parts(*this, "SELECT name, version FROM schema_part");
        while (parts.next()) {
            const QByteArray name = parts.text(0).toUtf8();
            const SchemaPart *part = schema.part(name.constData());
            if (!part || parts.integer(1) > part->latestVersion())
                newerPart =
                    QStringLiteral("schema part %1 at %2").arg(parts.text(0)).arg(parts.integer(1));
        }
    };
    const auto refuseNewer = [&] {
        return fail(OpenStatus::NewerVersion,
                    QCoreApplication::translate(
                        "Store",
                        "This data was saved by a newer version of Gangwerk. Please update "
                        "the app to open it. Nothing was changed."),
                    newerPart);
    };
    // Which application's database this is, and each part's version, are read under the
    // writers' lock (another process may be migrating it); the answer is given after it.
    std::optional<qint64> applicationId;
    try {
        Transaction tx(*this);
        exec("CREATE TABLE IF NOT EXISTS store_identity (application_id BIGINT NOT NULL); "
             "CREATE TABLE IF NOT EXISTS schema_part ("
             "name TEXT PRIMARY KEY, version INTEGER NOT NULL)");
        {
            Statement id(*this, "SELECT application_id FROM store_identity");
            if (id.next())
                applicationId = id.int64(0);
        }
        findNewerPart();
        tx.commit();
    } catch (const StoreError &e) {
        return cannotOpen(e);
    }
    if (applicationId && *applicationId != schema.applicationId)
        return fail(
            OpenStatus::NotOurs,
            QCoreApplication::translate("Store", "Cannot open: wrong key or not a Gangwerk store."),
            QStringLiteral("application_id %1").arg(*applicationId));
    if (!newerPart.isEmpty())
        return refuseNewer();
    for (const SchemaPart &part : schema.parts) {
        for (const Migration &m : part.migrations) {
            if (m.version <= partVersion(part.name))
                continue;
            if (const QString e = runMigration(schema, &part, m); !e.isEmpty())
                return fail(OpenStatus::MigrationFailed,
                            QCoreApplication::translate(
                                "Store", "Gangwerk could not update your data to this version. "
                                         "Nothing was changed; please report this."),
                            e);
        }
    }
    // A newer server may have migrated between the check and the steps (which then found
    // nothing to do): this one must not serve a schema it does not know.
    try {
        findNewerPart();
    } catch (const StoreError &e) {
        return cannotOpen(e);
    }
    if (!newerPart.isEmpty())
        return refuseNewer();
    return {};
}

std::unique_ptr<Store> Store::openAnother(const Schema &schema, QString *error) const
{
    auto other = std::make_unique<Store>();
    if (m_remote) {
        *error = QStringLiteral("a remote store's other connections are made by its owner");
        return nullptr;
    }
    if (!isOpen()) {
        *error = QStringLiteral("the store is not open");
        return nullptr;
    }
    if (const OpenResult r = other->open(m_path, m_key, schema); !r.ok()) {
        *error = r.message + QStringLiteral(" (") + r.detail + QLatin1Char(')');
        return nullptr;
    }
    return other;
}

QString Store::runMigration(const Schema &schema, const SchemaPart *part, const Migration &m)
{
    try {
        Transaction tx(*this);
        if (m_remote) {
            // Under the writers' lock: another process may have run this step meanwhile.
            if (partVersion(part->name) >= m.version)
                return {};
            exec(m.sql);
            if (m.after)
                m.after(*this);
            Statement s(*this, "INSERT INTO schema_part (name, version) VALUES (?1, ?2) "
                               "ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version");
            s.bind(1, QString::fromUtf8(part->name)).bind(2, m.version).run();
            exec("DELETE FROM store_identity");
            Statement id(*this, "INSERT INTO store_identity (application_id) VALUES (?1)");
            id.bind(1, qint64(schema.applicationId)).run();
            tx.commit();
            return {};
        }
        if (part)
            exec("CREATE TABLE IF NOT EXISTS schema_part ("
                 "name TEXT PRIMARY KEY, version INTEGER NOT NULL)");
        exec(m.sql);
        if (m.after)
            m.after(*this);
        if (part) {
            Statement s(*this,
                        "INSERT OR REPLACE INTO schema_part (name, version) VALUES (?1, ?2)");
            s.bind(1, QString::fromUtf8(part->name)).bind(2, m.version).run();
        }
        exec(QByteArray("PRAGMA application_id = " + QByteArray::number(schema.applicationId))
                 .constData());
        const int version = part ? Schema::kPartsLayout : m.version;
        exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
        tx.commit();
    } catch (const StoreError &e) {
        return QStringLiteral("migration %1 %2: %3")
            .arg(QString::fromUtf8(part ? part->name : "legacy"))
            .arg(m.version)
            .arg(QString::fromUtf8(e.what()));
    }
    return {};
}

const SchemaPart *Schema::part(const char *name) const
{
    for (const SchemaPart &p : parts)
        if (qstrcmp(p.name, name) == 0)
            return &p;
    return nullptr;
}

int Store::partVersion(const char *part) const
{
    if (!m_remote) { // a remote store makes the table when it is opened
        Statement t(*this, "SELECT count(*) FROM sqlite_master WHERE name = 'schema_part'");
        if (!t.next() || t.integer(0) == 0)
            return 0;
    }
    Statement s(*this, "SELECT version FROM schema_part WHERE name = ?1");
    s.bind(1, QString::fromUtf8(part));
    return s.next() ? s.integer(0) : 0;
}

// Keys the connection and does its first read, where a wrong key (or page size) shows.
// Returns -1 when the key is refused, else the read's result code. The read writes nothing.
int Store::keyAndProbe(const StoreKey &key, int cipherPageSize)
{
    QByteArray material = key.material();
    if (key.isRaw())
        material = "x'" + key.material().toHex() + "'";
    int rc = sqlite3_key(m_db, material.constData(), int(material.size()));
    material.fill('\0');
    if (rc != SQLITE_OK)
        return -1;
    if (!key.isRaw()) {
        const QByteArray iter = "PRAGMA kdf_iter = " + QByteArray::number(kPassphraseKdfIterations);
        sqlite3_exec(m_db, iter.constData(), nullptr, nullptr, nullptr);
    }
    if (cipherPageSize != 0) {
        const QByteArray size = "PRAGMA cipher_page_size = " + QByteArray::number(cipherPageSize);
        sqlite3_exec(m_db, size.constData(), nullptr, nullptr, nullptr);
    }
    return sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
}

int Store::changes() const
{
    return m_remote ? m_remote->changes() : sqlite3_changes(m_db);
}

int Store::schemaVersion() const
{
    Statement s(*this, "PRAGMA user_version");
    s.next();
    return s.integer(0);
}

void Store::exec(const char *sql)
{
    if (m_remote)
        return m_remote->exec(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError(rc, "sqlite " + std::to_string(rc) + ": " + msg);
    }
}

std::pair<sqlite3_stmt *, Store::CachedStatement *> Store::checkOut(const char *sql) const
{
    const auto it = m_cache.find(std::string_view(sql));
    if (it != m_cache.end() && !it->second.lent) {
        it->second.lent = true;
        return {it->second.stmt, &it->second};
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        throwError(m_db, rc);
    }
    if (it != m_cache.end())
        return {stmt, nullptr}; // lent out: a nested use of the same SQL has its own
    // Node-based: the slot stays where it is while other statements are added.
    CachedStatement &slot = m_cache.emplace(sql, CachedStatement{stmt, true}).first->second;
    return {stmt, &slot};
}

void Store::checkIn(quint64 generation, CachedStatement *slot, sqlite3_stmt *stmt) const
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // A statement of a store that was closed (or reopened) since is not kept.
    if (slot && generation == m_cacheGeneration)
        slot->lent = false;
    else
        sqlite3_finalize(stmt);
}

void Store::clearCache()
{
    if (m_remote) // its statements are the connection's
        return;
    // A statement lent out now is finalized when it comes back (its generation is past).
    for (auto &[sql, slot] : m_cache)
        if (!slot.lent)
            sqlite3_finalize(slot.stmt);
    m_cache.clear();
    ++m_cacheGeneration;
}

Statement::Statement(const Store &store, const char *sql)
    : m_store(store), m_db(store.handle()), m_generation(store.m_cacheGeneration)
{
    if (store.m_remote)
        m_remote = store.m_remote->checkOut(sql);
    else
        std::tie(m_stmt, m_slot) = store.checkOut(sql);
}

Statement::~Statement()
{
    if (m_remote)
        m_store.m_remote->checkIn(m_remote);
    else
        m_store.checkIn(m_generation, m_slot, m_stmt);
}

Statement &Statement::bindUtf8(int index, const char *utf8, int size)
{
    if (m_remote) {
        m_remote->bindText(index, utf8, size);
        return *this;
    }
    const char *kept = keep(index, utf8, size);
    const int rc = kept ? sqlite3_bind_text(m_stmt, index, kept, size, SQLITE_STATIC)
                        : sqlite3_bind_text(m_stmt, index, utf8, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

const char *Statement::keep(int index, const char *bytes, int size)
{
    if (index < 1 || index > kKeptParams || size < 0 || size > kKeptBytes)
        return nullptr;
    // SQLite still points at this parameter's earlier value: that is replaced by the bind that
    // follows, before any step.
    char *place = m_kept[index - 1];
    if (size > 0)
        std::memmove(place, bytes, size_t(size));
    return place;
}

const char *Statement::rawText(int column, int *size) const
{
    if (m_remote)
        return m_remote->bytes(column, size);
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    *size = sqlite3_column_bytes(m_stmt, column);
    return p;
}

Statement &Statement::bind(int index, const QString &value)
{
    // Most values are short ASCII (ids, days, codes): copied on the stack, since SQLite copies
    // them anyway (a heap copy per bound string was a good part of a push's allocations).
    // Anything else goes through toUtf8(), which writes a lone surrogate as '?'.
    constexpr qsizetype kOnStack = 128;
    char ascii[kOnStack];
    const qsizetype n = value.size();
    const ushort *utf16 = value.utf16();
    bool isAscii = n <= kOnStack;
    for (qsizetype i = 0; isAscii && i < n; ++i) {
        isAscii = utf16[i] < 0x80;
        ascii[i] = char(utf16[i]);
    }
    if (isAscii)
        return bindUtf8(index, ascii, int(n));
    const QByteArray utf8 = value.toUtf8();
    return bindUtf8(index, utf8.constData(), int(utf8.size()));
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_remote) {
        m_remote->bindInt64(index, value);
        return *this;
    }
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_remote) {
        m_remote->bindBlob(index, blob.constData(), int(blob.size()));
        return *this;
    }
    const int size = int(blob.size());
    const char *kept = keep(index, blob.constData(), size);
    const int rc = kept
                       ? sqlite3_bind_blob(m_stmt, index, kept, size, SQLITE_STATIC)
                       : sqlite3_bind_blob(m_stmt, index, blob.constData(), size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_remote) {
        m_remote->bindNull(index);
        return *this;
    }
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

namespace {

// Days since 1970-01-01 to a proleptic Gregorian (year, month, day) (H. Hinnant's civil_from_days).
void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

char *digits(char *p, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        p[i] = char('0' + value % 10);
    return p + width;
}

} // namespace

Statement &Statement::bind(int index, QDate day)
{
    int y = 0, m = 0, d = 0;
    day.getDate(&y, &m, &d);
    // Qt writes other years (before 0, after 9999) its own way: leave those to Qt.
    if (!day.isValid() || y < 0 || y > 9999)
        return bind(index, day.toString(Qt::ISODate));
    char text[10];
    char *p = digits(text, unsigned(y), 4);
    *p++ = '-';
    p = digits(p, unsigned(m), 2);
    *p++ = '-';
    digits(p, unsigned(d), 2);
    return bindUtf8(index, text, 10);
}

Statement &Statement::bindUtcMs(int index, const QDateTime &at)
{
    // Through toUTC() as Qt does: a local time in a daylight-saving gap is not valid, yet Qt
    // writes a time for it.
    const QDateTime utc = at.toUTC();
    if (!utc.isValid())
        return bind(index, utc.toString(Qt::ISODateWithMs));
    const qint64 ms = utc.toMSecsSinceEpoch();
    constexpr qint64 kDay = 86400000;
    const qint64 days = ms >= 0 ? ms / kDay : (ms - kDay + 1) / kDay;
    const auto inDay = unsigned(ms - days * kDay);
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y < 0 || y > 9999)
        return bind(index, utc.toString(Qt::ISODateWithMs));
    char text[24];
    char *p = digits(text, unsigned(y), 4);
    *p++ = '-';
    p = digits(p, m, 2);
    *p++ = '-';
    p = digits(p, d, 2);
    *p++ = 'T';
    p = digits(p, inDay / 3600000, 2);
    *p++ = ':';
    p = digits(p, inDay / 60000 % 60, 2);
    *p++ = ':';
    p = digits(p, inDay / 1000 % 60, 2);
    *p++ = '.';
    p = digits(p, inDay % 1000, 3);
    *p = 'Z';
    return bindUtf8(index, text, 24);
}

namespace {

QByteArray placeOf(const char *column, const QString &recordId)
{
    return QByteArray(column) + '|' + recordId.toUtf8();
}

[[noreturn]] void sealedValueDoesNotOpen()
{
    // SQLITE_CORRUPT: the value is not what this store's key sealed (no content in the words).
    throw StoreError(11, "a sealed value does not open with this store's key");
}

} // namespace

Statement &Statement::bindSealed(int index, const QString &text, const char *column,
                                 const QString &recordId)
{
    const FieldCipher *cipher = m_store.fieldCipher();
    if (!cipher)
        return bind(index, text);
    const QByteArray sealed = cipher->seal(text.toUtf8(), placeOf(column, recordId));
    return bind(index, QString::fromLatin1("gw1:" + sealed.toBase64()));
}

Statement &Statement::bindSealed(int index, const QByteArray &blob, const char *column,
                                 const QString &recordId)
{
    const FieldCipher *cipher = m_store.fieldCipher();
    return bind(index, cipher ? cipher->seal(blob, placeOf(column, recordId)) : blob);
}

QString Statement::sealedText(int index, const char *column, const QString &recordId) const
{
    const FieldCipher *cipher = m_store.fieldCipher();
    if (!cipher || isNull(index))
        return text(index);
    int n = 0;
    const char *p = rawText(index, &n);
    const QByteArray stored = QByteArray::fromRawData(p, n);
    QByteArray plain;
    if (!stored.startsWith("gw1:") ||
        !cipher->open(QByteArray::fromBase64(stored.mid(4)), placeOf(column, recordId), &plain))
        sealedValueDoesNotOpen();
    return QString::fromUtf8(plain);
}

QByteArray Statement::sealedBlob(int index, const char *column, const QString &recordId) const
{
    const FieldCipher *cipher = m_store.fieldCipher();
    if (!cipher || isNull(index))
        return blob(index);
    QByteArray plain;
    if (!cipher->open(blob(index), placeOf(column, recordId), &plain))
        sealedValueDoesNotOpen();
    return plain;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::next()
{
    if (m_remote)
        return m_remote->next();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwError(m_db, rc);
}

void Statement::run()
{
    while (next()) {
    }
}

void Statement::reset()
{
    if (m_remote)
        return m_remote->reset();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    int n = 0;
    const char *p = rawText(column, &n);
    return p ? QString::fromUtf8(p, n) : QString();
}

qint64 Statement::int64(int column) const
{
    return m_remote ? m_remote->int64(column) : sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return m_remote ? m_remote->isNull(column) : sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray Statement::blob(int column) const
{
    if (m_remote) {
        int n = 0;
        const char *p = m_remote->bytes(column, &n);
        return QByteArray(p, p ? n : 0);
    }
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

namespace {

// The value of @p n ASCII digits at @p p, or -1 when one is not a digit.
int readDigits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

// "YYYY-MM-DD" at @p p (10 bytes); an invalid date when it is not one.
QDate readIsoDay(const char *p)
{
    if (p[4] != '-' || p[7] != '-')
        return {};
    return QDate(readDigits(p, 4), readDigits(p + 5, 2), readDigits(p + 8, 2));
}

} // namespace

QDate Statement::day(int column) const
{
    int n = 0;
    const char *p = rawText(column, &n);
    if (p && n == 10) {
        const QDate d = readIsoDay(p);
        if (d.isValid())
            return d;
    }
    return QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Statement::utcMs(int column) const
{
    int n = 0;
    const char *p = rawText(column, &n);
    // "YYYY-MM-DDTHH:MM:SS.zzzZ", as bindUtcMs() writes it.
    if (p && n == 24 && p[10] == 'T' && p[13] == ':' && p[16] == ':' && p[19] == '.' &&
        p[23] == 'Z') {
        const QDate d = readIsoDay(p);
        const int h = readDigits(p + 11, 2), mi = readDigits(p + 14, 2);
        const int sec = readDigits(p + 17, 2), ms = readDigits(p + 20, 3);
        if (d.isValid() && QTime::isValid(h, mi, sec, ms))
            return QDateTime(d, QTime(h, mi, sec, ms), Qt::UTC);
    }
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

int Statement::columnCount() const
{
    return m_remote ? m_remote->columnCount() : sqlite3_column_count(m_stmt);
}

bool Store::inTransaction() const
{
    if (m_remote)
        return m_remote->inTransaction();
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

void Store::beginWrite()
{
    if (m_remote)
        m_remote->beginWrite();
    else
        exec("BEGIN IMMEDIATE");
}

Transaction::Transaction(Store &store) : m_store(store), m_savepoint(store.inTransaction())
{
    if (m_savepoint)
        m_store.exec("SAVEPOINT gw_nested");
    else
        m_store.beginWrite();
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            if (m_savepoint)
                m_store.exec("ROLLBACK TO gw_nested; RELEASE gw_nested");
            else
                m_store.exec("ROLLBACK");
        } catch (const StoreError &) {
            // The transaction may already be gone (e.g. SQLite rolled back on I/O error).
        }
    }
}

void Transaction::commit()
{
    m_store.exec(m_savepoint ? "RELEASE gw_nested" : "COMMIT");
    m_done = true;
}

} // namespace gw
