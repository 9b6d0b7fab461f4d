// The hazard TOOLCHAIN.md warns about: when the process ends up with plain SQLite (the shared
// libsqlcipher and the system libsqlite3 export the same symbols), PRAGMA key is silently
// ignored and the store would be written in plaintext. This test builds core's Store against
// the system's plain libsqlite3 and checks that opening refuses, with a clear message, before
// a single byte of data is written.
#include "store.h"

#include <sqlcipher/sqlite3.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Plain SQLite has no sqlite3_key. Here it does what the mis-linked library effectively does:
// accept the key and ignore it.
extern "C" int sqlite3_key(sqlite3 *, const void *, int)
{
    return SQLITE_OK;
}

class TestPlainSqliteGuard : public QObject
{
    Q_OBJECT
private slots:
    void refusesWithoutSqlCipher()
    {
        QVERIFY(QString::fromLatin1(sqlite3_libversion()).startsWith(QLatin1String("3.")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("store.db"));
        gw::Store store;
        // The guard is the Store's, whatever schema it opens.
        const gw::Schema schema{0x47574B43, {{"t", {{1, "CREATE TABLE t (x TEXT);"}}}}};
        const auto r = store.open(file, gw::StoreKey::raw(QByteArray(32, 'k')), schema);
        QCOMPARE(r.status, gw::Store::OpenStatus::NotSqlCipher);
        QVERIFY(r.message.contains(QStringLiteral("cannot encrypt")));
        QVERIFY(!store.isOpen());
        QFile f(file);
        QVERIFY(!f.exists() || f.size() == 0); // nothing written, certainly no plaintext
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestPlainSqliteGuard)
#include "tst_plainsqliteguard.moc"
