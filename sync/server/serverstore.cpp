#include "serverstore.h"

#include "fieldcipher.h"
#include "pgconnection.h"
#include "projectrepository.h"
#include "secrets.h"
#include "serverschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <iterator>
#include <memory>
#include <vector>

#include <sqlcipher/sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gw::server {

namespace {
const QString kEpochSetting = QStringLiteral("server_epoch");

QString keyPath(const QString &dir)
{
    return dir + QLatin1Char('/') + ServerStore::kKeyFileName;
}

// A connection to the database at @p url, or null with what to check in @p error (@p option
// names where the URL came from).
std::unique_ptr<PgConnection> connectTo(const QString &url, const char *option, QString *error)
{
    QString detail;
    auto connection = PgConnection::connect(url, &detail);
    if (!connection)
        *error = QStringLiteral("Cannot reach the store's database: %1. Check %2 and that "
                                "PostgreSQL runs.")
                     .arg(detail, QLatin1String(option));
    return connection;
}
} // namespace

QString ServerStore::rememberedUrl(const QString &dir)
{
    QFile f(dir + QLatin1Char('/') + kStoreUrlFileName);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

QString ServerStore::storePath() const
{
    return m_dir + QLatin1Char('/') + kStoreFileName;
}

QString ServerStore::create(const QString &dir, const QString &storeUrl)
{
    m_url = storeUrl;
    const QString key = keyPath(dir);
    const QString db = dir + QLatin1Char('/') + kStoreFileName;
    if (QFileInfo::exists(key) || (!isRemote() && QFileInfo::exists(db)))
        return QStringLiteral("%1 already holds a server store. Use another --data folder, or "
                              "run 'gangwerk-server invite' to add people to it.")
            .arg(dir);
    if (!QDir().mkpath(dir))
        return QStringLiteral("Cannot create the folder %1. Check the path and permissions.")
            .arg(dir);
    // Only this user may read the folder: it holds the key next to the store.
    if (::chmod(QFile::encodeName(dir).constData(), 0700) != 0)
        return QStringLiteral("Cannot make %1 private (chmod 0700).").arg(dir);

    const QByteArray material = secrets::randomBytes(32);
    // O_EXCL and mode 0600 at creation: the key is never readable by others, not even briefly.
    const int fd = ::open(QFile::encodeName(key).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return QStringLiteral("Cannot create the key file %1.").arg(key);
    const bool written =
        ::write(fd, material.constData(), material.size()) == material.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        QFile::remove(key);
        return QStringLiteral("Cannot write the key file %1. Check free space.").arg(key);
    }
    QString err;
    if (isRemote()) {
        QFile url(dir + QLatin1Char('/') + kStoreUrlFileName);
        if (!url.open(QIODevice::WriteOnly) ||
            !url.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            url.write(storeUrl.toUtf8() + '\n') < 0 || !url.flush())
            err = QStringLiteral("Cannot write %1. Check free space.").arg(url.fileName());
    }
    if (err.isEmpty())
        err = openWithKey(dir, material);
    if (err.isEmpty() && isRemote() && !m_createdEpoch) { // create(): it must be new
        // The database held a store already: its key file is elsewhere, and this new one
        // would not be it (once sensitive fields are encrypted with it).
        err = QStringLiteral("The database %1 already holds a gangwerk-server store. Use its "
                             "own data folder and key file, or an empty database.")
                  .arg(m_store.path());
        m_store.close();
    }
    if (!err.isEmpty()) {
        QFile::remove(key);
        if (isRemote())
            QFile::remove(dir + QLatin1Char('/') + kStoreUrlFileName);
        else
            QFile::remove(db);
    }
    return err;
}

QString ServerStore::open(const QString &dir, const QString &storeUrl)
{
    m_url = storeUrl.isEmpty() ? rememberedUrl(dir) : storeUrl;
    const QString key = keyPath(dir);
    if (!isRemote() && !QFileInfo::exists(dir + QLatin1Char('/') + kStoreFileName))
        return QStringLiteral("No server store in %1. Create one with 'gangwerk-server "
                              "init-project --data %1 ...', or check --data.")
            .arg(dir);
    QFile f(key);
    if (!f.exists())
        return QStringLiteral("The key file %1 is missing. The store cannot be opened without "
                              "it: restore it from your backup (it was made by init-project).")
            .arg(key);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read the key file %1. Run as the user that owns it.")
            .arg(key);
    const QByteArray material = f.readAll();
    if (material.size() != 32)
        return QStringLiteral("The key file %1 is damaged (it must hold exactly 32 bytes). "
                              "Restore it from your backup.")
            .arg(key);
    if (f.permissions() &
        (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return QStringLiteral("The key file %1 can be read by other users. Run 'chmod 600 %1' "
                              "and start again.")
            .arg(key);
    if (isRemote()) {
        // A database without a store (a mistyped --store) is not made one here: it would
        // serve an empty store, and the database would no longer be empty for init-project.
        QString error;
        const auto probe = connectTo(m_url, "--store", &error);
        if (!probe)
            return error;
        const QString where = probe->describe();
        try {
            probe->exec("SELECT 1 FROM schema_part LIMIT 1");
        } catch (const StoreError &) {
            return QStringLiteral("The database %1 holds no gangwerk-server store. Check "
                                  "--store (or the data folder's %2); make a store with "
                                  "init-project.")
                .arg(where, QLatin1String(kStoreUrlFileName));
        }
    }
    return openWithKey(dir, material);
}

QString ServerStore::openRemote(Store &store)
{
    QString error;
    auto connection = connectTo(m_url, "--store", &error);
    if (!connection)
        return error;
    const auto result = store.openRemote(std::move(connection), pgServerSchema());
    if (result.status == Store::OpenStatus::NotOurs)
        return QStringLiteral("The database %1 holds something else than a gangwerk-server "
                              "store. Use an empty database of its own.")
            .arg(store.path());
    if (!result.ok())
        return QStringLiteral("Cannot open the store's database: %1 (%2)")
            .arg(result.message, result.detail);
    // PostgreSQL keeps what it is given readable: notes, signals and posts are sealed first.
    return SodiumFieldCipher::attach(store, m_cipher);
}

QString ServerStore::openWithKey(const QString &dir, const QByteArray &key)
{
    m_dir = dir;
    m_key = key;
    m_createdEpoch = false;
    if (isRemote()) {
        m_cipher = SodiumFieldCipher::fromServerKey(key);
        if (!m_cipher)
            return QStringLiteral("Cannot start the encryption of sensitive fields (libsodium).");
        if (const QString e = openRemote(m_store); !e.isEmpty())
            return e;
    } else {
        // Each connection of the server is used by one thread at a time: this one under
        // mutex(), a reader under its lease, the checkpointer's by its own thread.
        m_store.setThreading(Store::Threading::Owner);
        const auto result = m_store.open(storePath(), StoreKey::raw(key), serverSchema());
        if (!result.ok()) {
            if (result.status == Store::OpenStatus::WrongKey ||
                result.status == Store::OpenStatus::NotOurs)
                return QStringLiteral("The key file does not open %1 (wrong key, or not a "
                                      "gangwerk-server store). Use the key file that belongs to "
                                      "this store.")
                    .arg(storePath());
            return QStringLiteral("Cannot open %1: %2 (%3)")
                .arg(storePath(), result.message, result.detail);
        }
        // The server reads the same hot pages (today's entries, the change log's tail) over
        // and over; each page read from disk costs a decryption, so keep many decrypted.
        m_store.exec("PRAGMA cache_size = -65536");
    }
    ProjectRepository settings(m_store);
    m_epoch = QByteArray::fromHex(settings.setting(kEpochSetting).toLatin1());
    if (m_epoch.size() != 16) {
        rotateEpoch();
        m_createdEpoch = true;
    }
    return {};
}

namespace {

// Every table a server store has, parents before children (PostgreSQL checks each reference
// at once). A table the file has that is not here stops the move: nothing is left behind.
constexpr const char *kTablesInOrder[] = {"setting",          "project",
                                          "category",         "member",
                                          "hour_entry",       "requirement_pause",
                                          "member_device",    "place",
                                          "activity",         "activity_organiser",
                                          "activity_sign_up", "activity_attendee",
                                          "activity_dispute", "service_post",
                                          "signal",           "knock_task",
                                          "invite",           "device",
                                          "mutation_result",  "change_log",
                                          "record_access",    "enrol_failure"};

// The sealed column of a table, its place's name (as the repositories seal it) and the column
// naming its record (Statement::bindSealed).
struct SealedColumn
{
    const char *table;
    const char *column;
    const char *place;
    const char *recordColumn;
};
constexpr SealedColumn kSealed[] = {{"hour_entry", "note", "hour_entry.note", "id"},
                                    {"activity_dispute", "reason", "activity_dispute.reason", "id"},
                                    {"activity_dispute", "answer", "activity_dispute.answer", "id"},
                                    {"signal", "record", "signal.record", "id"},
                                    {"signal", "reporter_id", "signal.reporter_id", "id"},
                                    {"knock_task", "record", "knock_task.record", "id"},
                                    {"service_post", "record", "service_post.record", "id"},
                                    {"change_log", "payload", "change_log.payload", "record_id"}};

} // namespace

QByteArray ServerStore::addressId(const std::string &address) const
{
    static const QByteArray purpose = QByteArrayLiteral("gangwerk enrol address v1");
    const QByteArray key =
        QMessageAuthenticationCode::hash(purpose, m_key, QCryptographicHash::Sha256);
    return QMessageAuthenticationCode::hash(QByteArray::fromStdString(address), key,
                                            QCryptographicHash::Sha256);
}

bool ServerStore::movesTable(const QString &name)
{
    return std::any_of(std::begin(kTablesInOrder), std::end(kTablesInOrder),
                       [&](const char *t) { return name == QLatin1String(t); });
}

bool ServerStore::dropEverything()
{
    try {
        QStringList names;
        {
            Statement tables(m_store, "SELECT table_name FROM information_schema.tables WHERE "
                                      "table_schema = current_schema()");
            while (tables.next())
                names.append(tables.text(0));
        }
        Transaction tx(m_store);
        for (const QString &name : names)
            m_store.exec(("DROP TABLE IF EXISTS \"" + name.toUtf8() + "\" CASCADE").constData());
        tx.commit();
        return true;
    } catch (const StoreError &) {
        return false;
    }
}

QString ServerStore::migrateTo(const QString &url, qint64 *rows, const QString &failAfterTable)
{
    *rows = 0;
    if (isRemote())
        return QStringLiteral("This store is in a PostgreSQL database already (%1).")
            .arg(m_store.path());
    ServerStore target;
    target.m_url = url;
    target.m_dir = m_dir;
    target.m_key = m_key;
    target.m_cipher = SodiumFieldCipher::fromServerKey(m_key);
    if (!target.m_cipher)
        return QStringLiteral("Cannot start the encryption of sensitive fields (libsodium).");
    {
        // Empty before anything is made there: a refused move leaves nothing behind.
        QString error;
        const auto probe = connectTo(url, "--to", &error);
        if (!probe)
            return error + QStringLiteral(" Nothing was moved.");
        try {
            RemoteStatement *tables =
                probe->checkOut("SELECT count(*) FROM information_schema.tables WHERE "
                                "table_schema = current_schema()");
            const bool empty = tables->next() && tables->int64(0) == 0;
            probe->checkIn(tables);
            if (!empty)
                return QStringLiteral("The database %1 is not empty. Move into an empty "
                                      "database; nothing was moved.")
                    .arg(probe->describe());
        } catch (const StoreError &e) {
            return QStringLiteral("Cannot read the database: %1; nothing was moved.")
                .arg(QString::fromUtf8(e.what()));
        }
    }
    // A table this build does not know stops the move before anything is made there.
    try {
        Statement tables(m_store, "SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "NOT IN ('schema_part', 'sqlite_sequence')");
        while (tables.next()) {
            const QByteArray name = tables.text(0).toUtf8();
            if (std::none_of(std::begin(kTablesInOrder), std::end(kTablesInOrder),
                             [&](const char *t) { return name == t; }))
                return QStringLiteral("This build cannot move the table %1 (a newer store?). "
                                      "Nothing was moved.")
                    .arg(tables.text(0));
        }
    } catch (const StoreError &e) {
        return QStringLiteral("Cannot read the store: %1; nothing was moved.")
            .arg(QString::fromUtf8(e.what()));
    }
    if (const QString e = target.openRemote(target.m_store); !e.isEmpty())
        return e;
    Store &to = target.m_store;
    try {
        // One snapshot of the file: commands that do not take the serve lock (invite, ...)
        // may write meanwhile.
        const ReadTransaction read(m_store);
        // The file's next change number: past the last one ever given, also when the newest
        // changes were forgotten since (a forgotten signal leaves no row), so that no number a
        // device has seen is given again.
        qint64 lastSeq = 0;
        {
            Statement given(m_store, "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE "
                                     "name = 'change_log'), 0), COALESCE((SELECT max(seq) "
                                     "FROM change_log), 0)");
            given.next();
            lastSeq = std::max(given.int64(0), given.int64(1));
        }
        Transaction tx(to);
        for (const char *table : kTablesInOrder) {
            // The columns as PostgreSQL has them; the file may have more (columns older
            // releases stopped writing), never fewer.
            QList<QByteArray> names, types;
            Statement cols(to, "SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_schema = current_schema() AND table_name = ?1 "
                               "ORDER BY ordinal_position");
            cols.bind(1, QString::fromLatin1(table));
            while (cols.next()) {
                names.append(cols.text(0).toUtf8());
                types.append(cols.text(1).toUtf8());
            }
            // Each column's seal (null: not sealed) and where its record's id is.
            std::vector<const SealedColumn *> sealed(size_t(names.size()), nullptr);
            std::vector<int> recordAt(size_t(names.size()), -1);
            for (const SealedColumn &c : kSealed) {
                const qsizetype at = names.indexOf(c.column);
                if (qstrcmp(c.table, table) == 0 && at >= 0) {
                    sealed[size_t(at)] = &c;
                    recordAt[size_t(at)] = int(names.indexOf(c.recordColumn));
                }
            }
            QByteArray select = "SELECT " + names.join(", ") + " FROM " + table;
            // A correction after the entry it corrects; the change log in its order.
            if (qstrcmp(table, "hour_entry") == 0)
                select += " ORDER BY rowid";
            else if (qstrcmp(table, "change_log") == 0)
                select += " ORDER BY seq";
            QByteArray insert =
                "INSERT INTO " + QByteArray(table) + " (" + names.join(", ") + ") VALUES (";
            for (int i = 0; i < names.size(); ++i)
                insert += (i ? ", ?" : "?") + QByteArray::number(i + 1);
            insert += ")";
            Statement from(m_store, select);
            Statement into(to, insert);
            while (from.next()) {
                into.reset();
                for (int i = 0; i < names.size(); ++i) {
                    const int at = i + 1;
                    const SealedColumn *seal = sealed[size_t(i)];
                    if (from.isNull(i))
                        into.bindNull(at);
                    else if (types[i] == "bigint" || types[i] == "integer")
                        into.bind(at, from.int64(i));
                    else if (types[i] == "bytea")
                        seal ? into.bindSealed(at, from.blob(i), seal->place,
                                               from.text(recordAt[size_t(i)]))
                             : into.bind(at, from.blob(i));
                    else
                        seal ? into.bindSealed(at, from.text(i), seal->place,
                                               from.text(recordAt[size_t(i)]))
                             : into.bind(at, from.text(i));
                }
                into.run();
                ++*rows;
            }
            if (failAfterTable == QLatin1String(table))
                throw StoreError(10, std::string("test fault: stopped after the table ") + table);
        }
        // The next change is numbered as the file would have.
        Statement next(to, "SELECT setval(pg_get_serial_sequence('change_log', 'seq'), ?1, "
                           "false)");
        next.bind(1, lastSeq + 1).run();
        tx.commit();
    } catch (const StoreError &e) {
        *rows = 0;
        // The database was empty: what openRemote() made there goes again, so that the move
        // can be tried again into the same database.
        const bool emptied = target.dropEverything();
        return QStringLiteral("Moving the store failed, nothing was moved: %1.%2")
            .arg(QString::fromUtf8(e.what()),
                 emptied ? QStringLiteral(" The database is empty again.")
                         : QStringLiteral(" Empty the database before trying again."));
    }
    QFile remember(m_dir + QLatin1Char('/') + kStoreUrlFileName);
    if (!remember.open(QIODevice::WriteOnly) ||
        !remember.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        remember.write(url.toUtf8() + '\n') < 0 || !remember.flush())
        return QStringLiteral("The store was moved, but %1 could not be written: write the "
                              "database's URL into it yourself (one line).")
            .arg(remember.fileName());
    return {};
}

QString ServerStore::backupTo(const QString &path)
{
    if (isRemote())
        return QStringLiteral("This server's store is a PostgreSQL database: back it up with "
                              "PostgreSQL's own tools (pg_dump, or a base backup; see the "
                              "README), and keep the key file with it.");
    if (QFileInfo::exists(path))
        return QStringLiteral("%1 exists already. Choose a new file name.").arg(path);
    {
        // Private from the start, like the store itself.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) ||
            !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return QStringLiteral("Cannot create %1. Check the folder and free space.").arg(path);
    }
    // sqlcipher_export copies inside one read transaction: a consistent snapshot, while the
    // server (another process) keeps writing to the WAL.
    try {
        Statement attach(m_store, "ATTACH DATABASE ?1 AS backup KEY ?2");
        attach.bind(1, path).bind(2, QString::fromLatin1("x'" + m_key.toHex() + "'")).run();
        try {
            // One deferred transaction: every table is read from the same WAL snapshot, and
            // main is only read (BEGIN IMMEDIATE would lock the serving process's writers out).
            m_store.exec("BEGIN");
            m_store.exec("SELECT sqlcipher_export('backup')");
            // The copy gets an epoch of its own. Whenever it is served (a restore), devices see
            // a server that may have forgotten something: they resync and resend what is
            // unacknowledged, instead of keeping cursors past the restored data.
            Statement epoch(m_store, "UPDATE backup.setting SET value = ?2 WHERE key = ?1");
            epoch.bind(1, kEpochSetting)
                .bind(2, QString::fromLatin1(secrets::randomBytes(16).toHex()))
                .run();
            m_store.exec("COMMIT");
            Statement v(m_store, "PRAGMA main.user_version");
            v.next();
            const QByteArray pragmas =
                "PRAGMA backup.user_version = " + QByteArray::number(v.int64(0)) +
                "; PRAGMA backup.application_id = " +
                QByteArray::number(serverSchema().applicationId);
            m_store.exec(pragmas.constData());
        } catch (const StoreError &) {
            if (!sqlite3_get_autocommit(m_store.handle()))
                m_store.exec("ROLLBACK");
            m_store.exec("DETACH DATABASE backup");
            throw;
        }
        m_store.exec("DETACH DATABASE backup");
    } catch (const StoreError &e) {
        QFile::remove(path);
        return QStringLiteral("The backup failed: %1").arg(QString::fromUtf8(e.what()));
    }
    return {};
}

QString ServerStore::startCheckpointer()
{
    if (isRemote())
        return {}; // PostgreSQL checkpoints on its own
    auto connection = std::make_shared<Store>();
    connection->setThreading(Store::Threading::Owner);
    const auto result = connection->open(storePath(), StoreKey::raw(m_key), serverSchema());
    if (!result.ok())
        return result.message + QStringLiteral(" (") + result.detail + QLatin1Char(')');
    {
        std::lock_guard lock(m_mutex);
        m_store.exec("PRAGMA wal_autocheckpoint = 0");
    }
    m_checkpointer = std::thread([this, connection] {
        std::unique_lock lock(m_stopMutex);
        while (
            !m_stopped.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_stop; })) {
            lock.unlock();
            try {
                connection->exec("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (const StoreError &) {
                // Busy or failed: the log waits for the next round; nothing is lost.
            }
            lock.lock();
        }
        lock.unlock();
        try {
            connection->exec("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const StoreError &) {
        }
    });
    return {};
}

QString ServerStore::openReaders(int count)
{
    for (int i = 0; i < count; ++i) {
        auto r = std::make_unique<Reader>();
        if (isRemote()) {
            if (const QString e = openRemote(r->store); !e.isEmpty())
                return e;
            m_readers.push_back(std::move(r));
            continue;
        }
        r->store.setThreading(Store::Threading::Owner);
        const auto result = r->store.open(storePath(), StoreKey::raw(m_key), serverSchema());
        if (!result.ok())
            return result.message + QStringLiteral(" (") + result.detail + QLatin1Char(')');
        r->store.exec("PRAGMA query_only = ON");
        r->store.exec("PRAGMA cache_size = -16384");
        m_readers.push_back(std::move(r));
    }
    return {};
}

ServerStore::ReadLease::ReadLease(Store &store, std::unique_lock<std::mutex> lock)
    : m_store(&store), m_lock(std::move(lock))
{
    if (store.isRemote()) {
        store.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        m_snapshot = true;
    }
}

ServerStore::ReadLease::~ReadLease()
{
    if (!m_snapshot)
        return;
    try {
        m_store->exec("COMMIT");
    } catch (const StoreError &) {
        // Nothing was written; a connection that failed answers the next call with its error.
    }
}

ServerStore::ReadLease ServerStore::reader()
{
    if (m_readers.empty())
        return {m_store, std::unique_lock(m_mutex)};
    // A free reader if there is one, else wait for the next in turn.
    const size_t n = m_readers.size();
    const size_t first = m_nextReader.fetch_add(1) % n;
    for (size_t i = 0; i < n; ++i) {
        Reader &r = *m_readers[(first + i) % n];
        if (std::unique_lock lock(r.mutex, std::try_to_lock); lock.owns_lock())
            return {r.store, std::move(lock)};
    }
    return {m_readers[first]->store, std::unique_lock(m_readers[first]->mutex)};
}

ServerStore::~ServerStore()
{
    if (m_checkpointer.joinable()) {
        {
            std::lock_guard lock(m_stopMutex);
            m_stop = true;
        }
        m_stopped.notify_all();
        m_checkpointer.join();
    }
}

void ServerStore::rotateEpoch(bool afterRestore)
{
    const QByteArray epoch = secrets::randomBytes(16);
    Transaction tx(m_store);
    ProjectRepository settings(m_store);
    settings.setSetting(kEpochSetting, QString::fromLatin1(epoch.toHex()));
    if (afterRestore) {
        // The backup's last moment: its last push or enrolment. A day's slack for clocks.
        Statement last(m_store, m_store.isRemote()
                                    ? "SELECT COALESCE(MAX(GREATEST(COALESCE(last_seen_ms, 0), "
                                      "created_at_ms)), 0) FROM device"
                                    : "SELECT COALESCE(MAX(MAX(COALESCE(last_seen_ms, 0), "
                                      "created_at_ms)), 0) FROM device");
        last.next();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 from = last.int64(0) > 0 ? last.int64(0) - 24 * 3600 * 1000 : now;
        settings.setSetting(QLatin1String(kRestoreLostFromSetting), QString::number(from));
        settings.setSetting(QLatin1String(kRestoreLostUntilSetting), QString::number(now));
    }
    tx.commit();
    m_epoch = epoch;
}

std::pair<qint64, qint64> ServerStore::restoreLostSpan()
{
    ProjectRepository settings(m_store);
    return {settings.setting(QLatin1String(kRestoreLostFromSetting)).toLongLong(),
            settings.setting(QLatin1String(kRestoreLostUntilSetting)).toLongLong()};
}

} // namespace gw::server
