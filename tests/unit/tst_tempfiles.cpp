// The temporary files SQLite writes for a store (a sort too big for memory, a temporary table)
// hold record contents: what users rely on is that nothing of them reaches the disk readable,
// and that SQLite reads back exactly what it wrote, however it writes. And what the first sync
// of a big project relies on: building an index sorts on disk, not in memory.
#include "clientschema.h"
#include "store.h"
#include "tempfilevfs.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlcipher/sqlite3.h>

#include <cstddef>
#include <cstring>
#include <vector>

using namespace gw;

namespace {

// Plaintext that is easy to find again in a file: every 16 bytes say it.
QByteArray marked(qsizetype n, char salt)
{
    QByteArray b;
    while (b.size() < n)
        b += QByteArray("geheim-signaal-") + salt;
    b.truncate(n);
    return b;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A temporary file opened through the store's VFS as SQLite opens a sort's file, but with a
/// name and kept on close, so that the test can read what reached the disk.
class VfsFile
{
public:
    explicit VfsFile(const QString &path)
    {
        vfs = sqlite3_vfs_find(encryptingVfsName());
        memory.assign((size_t(vfs->szOsFile) + sizeof(std::max_align_t) - 1) /
                          sizeof(std::max_align_t),
                      std::max_align_t{});
        file = reinterpret_cast<sqlite3_file *>(memory.data());
        name = path.toUtf8();
        int out = 0;
        rc =
            vfs->xOpen(vfs, name.constData(), file,
                       SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &out);
    }
    ~VfsFile()
    {
        if (rc == SQLITE_OK && file->pMethods)
            file->pMethods->xClose(file);
    }
    int write(const QByteArray &b, qint64 at)
    {
        return file->pMethods->xWrite(file, b.constData(), int(b.size()), at);
    }
    QByteArray read(qint64 at, int n, int *status = nullptr)
    {
        QByteArray b(n, '\xAA');
        const int r = file->pMethods->xRead(file, b.data(), n, at);
        if (status)
            *status = r;
        return b;
    }
    int truncate(qint64 size) { return file->pMethods->xTruncate(file, size); }
    qint64 size()
    {
        sqlite3_int64 s = -1;
        file->pMethods->xFileSize(file, &s);
        return s;
    }

    sqlite3_vfs *vfs = nullptr;
    std::vector<std::max_align_t> memory;
    sqlite3_file *file = nullptr;
    QByteArray name;
    int rc = SQLITE_ERROR;
};

qint64 sqliteMemoryHighwater()
{
    sqlite3_int64 now = 0, high = 0;
    sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &now, &high, 0);
    return high;
}

void resetSqliteMemoryHighwater()
{
    sqlite3_int64 now = 0, high = 0;
    sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &now, &high, 1);
}

} // namespace

class TestTempFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(encryptingVfsName());
    }

    // SQLite writes and reads its temporary files in pieces of any size at any place, and
    // rewrites, shortens and lengthens them: every read returns what was last written there (zeros
    // in a gap, nothing past the end), checked against a copy in memory over 3000 random steps.
    void readsBackWhatWasWrittenInAnyOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.tmp"));
        VfsFile f(path);
        QCOMPARE(f.rc, SQLITE_OK);
        QByteArray mirror;
        QRandomGenerator rng(20261206);
        for (int step = 0; step < 3000; ++step) {
            const int what = int(rng.bounded(10));
            if (what < 5) {
                const qint64 at = rng.bounded(40000);
                const int n = 1 + int(rng.bounded(rng.bounded(2) ? 9000 : 40));
                const QByteArray b = marked(n, char('a' + rng.bounded(26)));
                QCOMPARE(f.write(b, at), SQLITE_OK);
                if (mirror.size() < at + n)
                    mirror.append(QByteArray(at + n - mirror.size(), '\0'));
                mirror.replace(at, n, b);
            } else if (what < 9) {
                const qint64 at = rng.bounded(45000);
                const int n = 1 + int(rng.bounded(6000));
                int status = 0;
                const QByteArray got = f.read(at, n, &status);
                QByteArray want = mirror.mid(at, n);
                QCOMPARE(status, want.size() == n ? SQLITE_OK : SQLITE_IOERR_SHORT_READ);
                want.append(QByteArray(n - want.size(), '\0')); // SQLite's rule past the end
                if (got != want) {
                    int i = 0;
                    while (got[i] == want[i])
                        ++i;
                    qWarning("step %d read at %lld n %d: first difference at %lld, size %lld", step,
                             at, n, at + i, qint64(mirror.size()));
                }
                QCOMPARE(got, want);
            } else {
                const qint64 size = rng.bounded(qint64(mirror.size()) + 6000);
                QCOMPARE(f.truncate(size), SQLITE_OK);
                if (size < mirror.size())
                    mirror.truncate(size);
                else
                    mirror.append(QByteArray(size - mirror.size(), '\0'));
            }
            QCOMPARE(f.size(), qint64(mirror.size()));
        }
        QVERIFY(mirror.contains("geheim"));
        const QByteArray disk = fileBytes(path);
        QCOMPARE(disk.size(), mirror.size());
        QVERIFY2(!disk.contains("geheim"), "plaintext of a temporary file reached the disk");
        QVERIFY(disk != mirror);
    }

    // The same bytes written twice to the same place are encrypted differently: a key stream
    // is never used twice, so two copies of a file's place (a disk keeps old blocks) say
    // nothing about what changed.
    void aRewriteUsesAFreshKeyStream()
    {
        const QString path = m_dir.filePath(QStringLiteral("rewrite.tmp"));
        VfsFile f(path);
        QCOMPARE(f.rc, SQLITE_OK);
        const QByteArray page = marked(4096, 'x');
        QCOMPARE(f.write(page, 0), SQLITE_OK);
        const QByteArray first = fileBytes(path);
        QCOMPARE(f.write(page, 0), SQLITE_OK);
        const QByteArray second = fileBytes(path);
        QCOMPARE(first.size(), 4096);
        QVERIFY(first != second);
        QVERIFY(first != page);
        // A small change in the middle re-encrypts the whole sector under a new stream.
        QCOMPARE(f.write(QByteArray("!"), 100), SQLITE_OK);
        const QByteArray third = fileBytes(path);
        int same = 0;
        for (int i = 0; i < 4096; ++i)
            same += third[i] == second[i];
        QVERIFY2(same < 100, qPrintable(QStringLiteral("%1 bytes unchanged").arg(same)));
        QCOMPARE(f.read(99, 3), QByteArray("e!m"));
    }

    // Two files never share a key: the same bytes at the same place differ between them.
    void everyFileHasItsOwnKey()
    {
        const QByteArray page = marked(4096, 'k');
        QByteArray disks[2];
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("own-key-%1.tmp").arg(i));
            VfsFile f(path);
            QCOMPARE(f.rc, SQLITE_OK);
            QCOMPARE(f.write(page, 0), SQLITE_OK);
            disks[i] = fileBytes(path);
        }
        QVERIFY(disks[0] != disks[1]);
    }

    // Building an index over a big table (what a first sync does at its end, for 250k entries)
    // sorts on disk through the encrypting VFS when temp_store is FILE: SQLite's memory stays
    // far below the keys' size. Kept in memory instead (SQLite's default here), the whole sort
    // is: the figure this test compares against, so it cannot pass by measuring nothing.
    void aBigSortSpillsEncryptedInsteadOfFillingMemory()
    {
        Store store;
        QVERIFY(store
                    .open(m_dir.filePath(QStringLiteral("sort.db")),
                          StoreKey::raw(QByteArray(32, '\x42')), clientSchema())
                    .ok());
        store.exec("CREATE TABLE keyed (k TEXT NOT NULL)");
        constexpr int kRows = 120000;
        qint64 keyBytes = 0;
        {
            Transaction tx(store);
            Statement ins(store, "INSERT INTO keyed (k) VALUES (?1)");
            QRandomGenerator rng(7);
            for (int i = 0; i < kRows; ++i) {
                const QString k = QStringLiteral("%1-geheim-%2")
                                      .arg(rng.generate64(), 20, 10, QLatin1Char('0'))
                                      .arg(i);
                keyBytes += k.size();
                ins.reset();
                ins.bind(1, k).run();
            }
            tx.commit();
        }
        store.exec("PRAGMA cache_size = -1024");
        const auto buildIndex = [&](const char *tempStore) {
            store.exec(QByteArray("PRAGMA temp_store = ") + tempStore);
            store.exec("DROP INDEX IF EXISTS keyed_k");
            resetSqliteMemoryHighwater();
            const qint64 before = sqliteMemoryHighwater();
            store.exec("CREATE INDEX keyed_k ON keyed(k)");
            return sqliteMemoryHighwater() - before;
        };
        const qint64 inMemory = buildIndex("MEMORY");
        const quint64 spilledBefore = encryptedTempBytesWritten();
        const qint64 onDisk = buildIndex("FILE");
        const quint64 spilled = encryptedTempBytesWritten() - spilledBefore;
        qInfo("keys %lld bytes; sort's extra SQLite memory: in memory %lld, on disk %lld; %llu "
              "bytes through encrypted temporary files",
              keyBytes, inMemory, onDisk, spilled);
        QVERIFY2(inMemory > keyBytes, "the sort in memory should hold every key");
        QVERIFY2(spilled > quint64(keyBytes), "the sort did not go through encrypted files");
        QVERIFY2(onDisk < keyBytes / 2, "the sort on disk still held its keys in memory");

        // And the index it made is whole and in order.
        Statement check(store, "PRAGMA integrity_check");
        QVERIFY(check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        Statement ordered(store, "SELECT k FROM keyed INDEXED BY keyed_k ORDER BY k");
        QString last;
        int rows = 0;
        while (ordered.next()) {
            const QString k = ordered.text(0);
            QVERIFY(last < k);
            last = k;
            ++rows;
        }
        QCOMPARE(rows, kRows);

        // A temporary table and a DISTINCT bigger than the cache go the same way, and read
        // back whole.
        store.exec("PRAGMA temp_store = FILE");
        const quint64 tempBefore = encryptedTempBytesWritten();
        store.exec("CREATE TEMP TABLE copied AS SELECT k FROM keyed");
        Statement counted(store, "SELECT count(DISTINCT k), min(k), max(k) FROM temp.copied");
        QVERIFY(counted.next());
        QCOMPARE(counted.integer(0), kRows);
        Statement extremes(store, "SELECT min(k), max(k) FROM keyed");
        QVERIFY(extremes.next());
        QCOMPARE(counted.text(1), extremes.text(0));
        QCOMPARE(counted.text(2), extremes.text(1));
        QVERIFY2(encryptedTempBytesWritten() - tempBefore > quint64(keyBytes),
                 "the temporary table did not go through encrypted files");
    }
};

QTEST_GUILESS_MAIN(TestTempFiles)
#include "tst_tempfiles.moc"
