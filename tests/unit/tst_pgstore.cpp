// The server's store on PostgreSQL (issue 13), against a real PostgreSQL 15 cluster of the
// test's own: the Store and Statement the repositories use behave there as on SQLCipher
// (values come back as they went in, a transaction is all or nothing, errors never quote a
// value), migrations run once even when two processes open the database together, and
// changes are numbered in commit order across connections, so that a pull never skips one.
#include "fieldcipher.h"
#include "pgcluster.h"
#include "pgconnection.h"
#include "serverschema.h"
#include "store.h"
#include "v8outcomes.h"

#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace gw;
using gw::server::PgConnection;

namespace {

constexpr qint32 kAppId = 0x47570001;

// A schema like the server's: one part, two steps.
const Schema &testSchema()
{
    static const Schema schema{
        kAppId,
        {{"test",
          {{1, "CREATE TABLE item (id TEXT PRIMARY KEY, n BIGINT NOT NULL, note TEXT, "
               "data BYTEA); CREATE TABLE opened (at BIGINT NOT NULL)"},
           {2, "CREATE TABLE change_log (seq BIGSERIAL PRIMARY KEY, what TEXT NOT NULL); "
               "INSERT INTO opened (at) VALUES (2)"}}}}};
    return schema;
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

    test::PgCluster *m_cluster = nullptr;
    int m_databases = 0;

    // A fresh database of its own, opened with testSchema().
    std::unique_ptr<Store> freshStore(QString *url = nullptr)
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        if (!m_cluster->createDatabase(name))
            qFatal("%s", qPrintable(m_cluster->error()));
        if (url)
            *url = m_cluster->url(name);
        return open(m_cluster->url(name));
    }
    static std::unique_ptr<Store> open(const QString &url, const Schema &schema = testSchema())
    {
        QString error;
        auto connection = PgConnection::connect(url, &error);
        if (!connection)
            qFatal("%s", qPrintable(error));
        auto store = std::make_unique<Store>();
        const auto r = store->openRemote(std::move(connection), schema);
        if (!r.ok())
            qFatal("%s", qPrintable(r.detail));
        return store;
    }
    static qint64 count(Store &s, const char *sql)
    {
        Statement q(s, sql);
        q.next();
        return q.int64(0);
    }

private slots:
    void initTestCase()
    {
        m_cluster = new test::PgCluster;
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    }
    void cleanupTestCase() { delete m_cluster; }

    void placeholdersAreTranslatedOutsideQuotesAndComments()
    {
        int n = 0;
        QCOMPARE(PgConnection::translate("SELECT a FROM t WHERE b = ?2 AND c IN (?1, ?3)", &n),
                 std::string("SELECT a FROM t WHERE b = $2 AND c IN ($1, $3)"));
        QCOMPARE(n, 3);
        QCOMPARE(PgConnection::translate("SELECT '?1', \"x?\" -- ?9\n, ? /* ?8 */ , ?", &n),
                 std::string("SELECT '?1', \"x?\" -- ?9\n, $1 /* ?8 */ , $2"));
        QCOMPARE(n, 2);
        QCOMPARE(PgConnection::translate("SELECT 'it''s ?' , ?12", &n),
                 std::string("SELECT 'it''s ?' , $12"));
        QCOMPARE(n, 12);
    }

    void valuesComeBackAsTheyWentIn()
    {
        auto store = freshStore();
        const QString dutch = QStringLiteral("Koffie met Yonas – één uur, 😊, عربي");
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        const QDate day(2026, 12, 7);
        const QDateTime at(day, QTime(17, 14, 58, 123), Qt::UTC);
        {
            Statement s(*store, "INSERT INTO item (id, n, note, data) VALUES (?1, ?2, ?3, ?4)");
            s.bind(1, "a")
                .bind(2, std::numeric_limits<qint64>::min())
                .bind(3, dutch)
                .bind(4, bytes);
            s.run();
            QCOMPARE(store->changes(), 1);
            s.reset();
            s.bind(1, "b").bind(2, std::numeric_limits<qint64>::max()).bindNull(3).bindNull(4);
            s.run();
            s.reset();
            s.bind(1, "c").bind(2, qint64(0)).bind(3, day).bind(4, QByteArray());
            s.run();
            s.reset();
            s.bind(1, "d").bind(2, qint64(-1)).bindUtcMs(3, at).bind(4, QByteArray(1, '\0'));
            s.run();
        }
        Statement q(*store, "SELECT id, n, note, data FROM item ORDER BY id");
        QVERIFY(q.next());
        QCOMPARE(q.int64(1), std::numeric_limits<qint64>::min());
        QCOMPARE(q.text(2), dutch);
        QCOMPARE(q.blob(3), bytes);
        QVERIFY(q.next());
        QCOMPARE(q.int64(1), std::numeric_limits<qint64>::max());
        QVERIFY(q.isNull(2));
        QVERIFY(q.text(2).isNull());
        QVERIFY(q.isNull(3));
        QVERIFY(q.next());
        QCOMPARE(q.day(2), day);
        QVERIFY(!q.isNull(3));
        QCOMPARE(q.blob(3), QByteArray());
        QVERIFY(q.next());
        QCOMPARE(q.int64(1), qint64(-1));
        QCOMPARE(q.utcMs(2), at);
        QCOMPARE(q.blob(3), QByteArray(1, '\0'));
        QVERIFY(!q.next());
        QCOMPARE(q.columnCount(), 4);
        // Stepped past its end, a statement runs again, as sqlite3_step does.
        QVERIFY(q.next());
        QCOMPARE(q.text(0), QStringLiteral("a"));
    }

    void aStatementInUseCanBeUsedAgainInside()
    {
        // The repositories read a row and, for it, run the same SQL again (a nested use).
        auto store = freshStore();
        for (int i = 0; i < 3; ++i)
            Statement(*store, "INSERT INTO item (id, n) VALUES (?1, ?2)")
                .bind(1, QString::number(i))
                .bind(2, i)
                .run();
        const char *byN = "SELECT id FROM item WHERE n >= ?1 ORDER BY n";
        Statement outer(*store, byN);
        outer.bind(1, 0);
        QStringList seen;
        while (outer.next()) {
            Statement inner(*store, byN);
            inner.bind(1, outer.text(0).toInt());
            int rows = 0;
            while (inner.next())
                ++rows;
            seen << outer.text(0) + QLatin1Char(':') + QString::number(rows);
        }
        QCOMPARE(seen, QStringList({"0:3", "1:2", "2:1"}));
        // The nested one was its own: the cached statement works on.
        Statement again(*store, byN);
        again.bind(1, 2);
        QVERIFY(again.next());
        QCOMPARE(again.text(0), QStringLiteral("2"));
    }

    void aTransactionIsAllOrNothing()
    {
        auto store = freshStore();
        try {
            Transaction tx(*store);
            Statement(*store, "INSERT INTO item (id, n) VALUES ('x', 1)").run();
            throw std::runtime_error("the caller failed halfway");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(count(*store, "SELECT count(*) FROM item"), qint64(0));
        QVERIFY(!store->inTransaction());

        // A nested transaction (a savepoint) rolls back alone; the outer one commits.
        {
            Transaction outer(*store);
            Statement(*store, "INSERT INTO item (id, n) VALUES ('kept', 1)").run();
            try {
                Transaction inner(*store);
                Statement(*store, "INSERT INTO item (id, n) VALUES ('dropped', 2)").run();
                // A duplicate key: PostgreSQL then refuses everything until the rollback.
                Statement(*store, "INSERT INTO item (id, n) VALUES ('kept', 3)").run();
                inner.commit();
                QFAIL("a duplicate key was accepted");
            } catch (const StoreError &e) {
                QCOMPARE(e.code(), 19); // SQLITE_CONSTRAINT
            }
            outer.commit();
        }
        {
            Statement q(*store, "SELECT id FROM item ORDER BY id");
            QVERIFY(q.next());
            QCOMPARE(q.text(0), QStringLiteral("kept"));
            QVERIFY(!q.next());
        }

        // A refused statement outside a savepoint: PostgreSQL rolls the whole transaction back
        // at COMMIT, and says so only in the command's tag. The caller must hear it.
        try {
            Transaction tx(*store);
            Statement(*store, "INSERT INTO item (id, n) VALUES ('lost', 4)").run();
            try {
                Statement(*store, "INSERT INTO item (id, n) VALUES ('kept', 5)").run();
            } catch (const StoreError &) {
            }
            tx.commit();
            QFAIL("a commit that rolled back was taken for a commit");
        } catch (const StoreError &e) {
            QCOMPARE(e.code(), 4); // SQLITE_ABORT
        }
        QVERIFY(!store->inTransaction());
        QCOMPARE(count(*store, "SELECT count(*) FROM item"), qint64(1));
    }

    void errorsNeverQuoteAValue()
    {
        // Logs carry the store's words: a value (a note, an id) must not be in them.
        auto store = freshStore();
        const QString secret = QStringLiteral("geheim-notitie-4711");
        Statement(*store, "INSERT INTO item (id, n) VALUES (?1, 1)").bind(1, secret).run();
        try {
            Statement(*store, "INSERT INTO item (id, n) VALUES (?1, 2)").bind(1, secret).run();
            QFAIL("a duplicate key was accepted");
        } catch (const StoreError &e) {
            const QString words = QString::fromUtf8(e.what());
            QVERIFY2(words.contains(QStringLiteral("23505")), qPrintable(words));
            QVERIFY2(!words.contains(secret), qPrintable(words));
        }
        try {
            // PostgreSQL's own text for this one is: invalid input syntax for type bigint: "..."
            Statement(*store, "INSERT INTO item (id, n) VALUES ('y', ?1)").bind(1, secret).run();
            QFAIL("text was taken for a number");
        } catch (const StoreError &e) {
            const QString words = QString::fromUtf8(e.what());
            QVERIFY2(words.contains(QStringLiteral("22P02")), qPrintable(words));
            QVERIFY2(!words.contains(secret), qPrintable(words));
        }
        try {
            // libpq would send the text cut off at the NUL: refused, not stored otherwise.
            Statement(*store, "INSERT INTO item (id, n) VALUES (?1, 3)")
                .bind(1, secret + QChar(0) + QStringLiteral("rest"))
                .run();
            QFAIL("a text with a NUL was taken");
        } catch (const StoreError &e) {
            QCOMPARE(e.code(), 20); // SQLITE_MISMATCH
            QVERIFY2(!QString::fromUtf8(e.what()).contains(secret), e.what());
        }
        // Outside a transaction nothing lingers: the store works on.
        QCOMPARE(count(*store, "SELECT count(*) FROM item"), qint64(1));
        try {
            Statement(*store, "SELECT n FROM item WHERE id = ?1").bind(2, secret);
            QFAIL("a parameter the statement does not have was bound");
        } catch (const StoreError &e) {
            QCOMPARE(e.code(), 25); // SQLITE_RANGE
        }
    }

    void aLostSessionIsOpenedAgainOnlyBetweenTransactions()
    {
        // The database restarts, fails over or the network drops the connection: the server
        // carries on by itself, but a transaction that was under way is never finished in a
        // new session (its later statements would commit on their own: a half write).
        QString url;
        auto store = freshStore(&url);
        auto admin = open(url);
        const auto endSession = [&] {
            const qint64 pid = count(*store, "SELECT pg_backend_pid()");
            Statement end(*admin, "SELECT pg_terminate_backend(?1)");
            end.bind(1, pid);
            QVERIFY(end.next());
            QCOMPARE(end.int64(0), qint64(1));
        };
        const char *countItems = "SELECT count(*) FROM item";
        {
            Transaction tx(*store);
            Statement(*store, "INSERT INTO item (id, n) VALUES ('a', 1)").run();
            tx.commit();
        }
        QCOMPARE(count(*store, countItems), qint64(1)); // prepared in the first session
        const qint64 firstPid = count(*store, "SELECT pg_backend_pid()");

        // Between transactions: the next transaction begins in a new session (as the
        // server's writes and read snapshots do), with its prepared statements prepared again,
        // also one made before the loss.
        Statement held(*store, "SELECT n FROM item WHERE id = ?1");
        endSession();
        {
            Transaction tx(*store);
            QVERIFY(count(*store, "SELECT pg_backend_pid()") != firstPid);
            QCOMPARE(count(*store, countItems), qint64(1));
            held.bind(1, "a");
            QVERIFY(held.next());
            QCOMPARE(held.int64(0), qint64(1));
            held.reset();
            tx.commit();
        }
        // A statement on its own finds the loss by failing (it may have been carried out);
        // the next one reconnects.
        endSession();
        QVERIFY_THROWS_EXCEPTION(StoreError, count(*store, countItems));
        QCOMPARE(count(*store, countItems), qint64(1));

        // Inside a transaction: everything after the loss fails, the COMMIT too, and nothing
        // of the transaction is kept; then the store works on.
        try {
            Transaction tx(*store);
            Statement(*store, "INSERT INTO item (id, n) VALUES ('b', 2)").run();
            endSession();
            try {
                Statement(*store, "INSERT INTO item (id, n) VALUES ('c', 3)").run();
                QFAIL("a statement of a lost transaction ran");
            } catch (const StoreError &e) {
                QCOMPARE(e.code(), 10); // SQLITE_IOERR
            }
            QVERIFY(store->inTransaction());
            try {
                // A nested transaction inside the lost one is refused too.
                Transaction inner(*store);
                Statement(*store, "INSERT INTO item (id, n) VALUES ('d', 4)").run();
                inner.commit();
                QFAIL("a statement of a lost transaction ran");
            } catch (const StoreError &e) {
                QCOMPARE(e.code(), 10);
            }
            tx.commit();
            QFAIL("a lost transaction was taken as committed");
        } catch (const StoreError &e) {
            QCOMPARE(e.code(), 10);
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not committed")),
                     e.what());
        }
        QVERIFY(!store->inTransaction());
        {
            Statement q(*store, "SELECT id FROM item ORDER BY id");
            QVERIFY(q.next());
            QCOMPARE(q.text(0), QStringLiteral("a"));
            QVERIFY(!q.next());
        }
        // Lost while a read snapshot was open: its end is quiet, the next one works.
        store->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        endSession();
        QVERIFY_THROWS_EXCEPTION(StoreError, store->exec("COMMIT"));
        store->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        QCOMPARE(count(*store, countItems), qint64(1));
        store->exec("COMMIT");
    }

    void aSessionLostWhileWaitingForTheWritersLockLeavesNothingBehind()
    {
        // A second server waits for the writers' lock while the first writes; its connection
        // drops (a fail-over, a cut network) during the wait. The wait ends in a store error,
        // no transaction is left open on its side, and its next write works in a new session.
        QString url;
        auto reader = freshStore(&url);
        auto a = open(url);
        auto b = open(url);
        const qint64 firstPid = count(*b, "SELECT pg_backend_pid()");

        std::optional<Transaction> txA(std::in_place, *a);
        Statement(*a, "INSERT INTO item (id, n) VALUES ('a', 1)").run();

        std::atomic<int> waitEnded{-1}; // the StoreError's code; 0: the wait was not ended
        std::thread other([&] {
            try {
                Transaction txB(*b); // waits here for A's lock
                Statement(*b, "INSERT INTO item (id, n) VALUES ('b', 2)").run();
                txB.commit();
                waitEnded = 0;
            } catch (const StoreError &e) {
                waitEnded = e.code();
            }
        });
        const auto joinOther = qScopeGuard([&] {
            txA.reset(); // a failed check must not leave B waiting for ever
            other.join();
        });
        const char *waiting = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                              "NOT granted";
        QTRY_VERIFY_WITH_TIMEOUT(count(*reader, waiting) == 1, 30000);
        {
            Statement end(*reader, "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE "
                                   "locktype = 'advisory' AND NOT granted");
            QVERIFY(end.next());
            QVERIFY(end.integer(0) == 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(waitEnded.load() != -1, 30000);
        QCOMPARE(waitEnded.load(), 10); // SQLITE_IOERR: the session is gone
        QVERIFY(!b->inTransaction());
        QCOMPARE(count(*reader, waiting), qint64(0));

        // A writes on and commits: the lost wait took nothing of its lock.
        txA->commit();
        txA.reset();
        {
            // B's next write begins in a new session and is kept.
            Transaction tx(*b);
            QVERIFY(count(*b, "SELECT pg_backend_pid()") != firstPid);
            Statement(*b, "INSERT INTO item (id, n) VALUES ('c', 3)").run();
            tx.commit();
        }
        Statement q(*reader, "SELECT id FROM item ORDER BY id");
        QStringList ids;
        while (q.next())
            ids << q.text(0);
        QCOMPARE(ids, QStringList({"a", "c"})); // 'b' was never written
    }

    void sealedValuesOpenOnlyInTheirPlaceWithTheirKey()
    {
        // PostgreSQL keeps what it is given readable: the server seals notes and signals.
        auto store = freshStore();
        const QByteArray serverKey(32, 'k');
        store->setFieldCipher(server::SodiumFieldCipher::fromServerKey(serverKey));
        for (const char *id : {"a", "b"})
            Statement(*store, "INSERT INTO item (id, n, note, data) VALUES (?1, 1, ?2, ?3)")
                .bind(1, id)
                .bindSealed(2, QStringLiteral("geheim ☕"), "item.note", QString::fromLatin1(id))
                .bindSealed(3, QByteArray("\0blob", 5), "item.data", QString::fromLatin1(id))
                .run();
        Statement q(*store, "SELECT note, data FROM item WHERE id = 'a'");
        QVERIFY(q.next());
        QCOMPARE(q.sealedText(0, "item.note", "a"), QStringLiteral("geheim ☕"));
        QCOMPARE(q.sealedBlob(1, "item.data", "a"), QByteArray("\0blob", 5));
        QVERIFY(q.text(0).startsWith(QStringLiteral("gw1:")));
        QVERIFY(!q.blob(1).contains("blob"));
        // Another row's value (or another column's) does not open here.
        QVERIFY_THROWS_EXCEPTION(StoreError, q.sealedText(0, "item.note", "b"));
        QVERIFY_THROWS_EXCEPTION(StoreError, q.sealedBlob(1, "item.note", "a"));
        Statement(*store, "UPDATE item SET note = (SELECT note FROM item WHERE id = 'b') "
                          "WHERE id = 'a'")
            .run();
        q.reset();
        QVERIFY(q.next());
        QVERIFY_THROWS_EXCEPTION(StoreError, q.sealedText(0, "item.note", "a"));
        // Nor with another key, nor changed by one byte.
        store->setFieldCipher(server::SodiumFieldCipher::fromServerKey(QByteArray(32, 'x')));
        QVERIFY_THROWS_EXCEPTION(StoreError, q.sealedBlob(1, "item.data", "a"));
        store->setFieldCipher(server::SodiumFieldCipher::fromServerKey(serverKey));
        QCOMPARE(q.sealedBlob(1, "item.data", "a"), QByteArray("\0blob", 5));
        QByteArray changed = q.blob(1);
        changed[changed.size() - 1] = char(changed.back() ^ 1);
        Statement(*store, "UPDATE item SET data = ?1 WHERE id = 'a'").bind(1, changed).run();
        q.reset();
        QVERIFY(q.next());
        QVERIFY_THROWS_EXCEPTION(StoreError, q.sealedBlob(1, "item.data", "a"));
        // The same value sealed twice for the same place differs (a fresh nonce each time).
        const FieldCipher *cipher = store->fieldCipher();
        QVERIFY(cipher->seal("same", "item.note|a") != cipher->seal("same", "item.note|a"));
    }

    void migrationsRunOnceAndANewerStoreIsRefused()
    {
        QString url;
        auto store = freshStore(&url);
        QCOMPARE(store->partVersion("test"), 2);
        QCOMPARE(count(*store, "SELECT count(*) FROM opened"), qint64(1));
        store.reset();

        // Opened again (another process, a restart): nothing runs twice.
        store = open(url);
        QCOMPARE(count(*store, "SELECT count(*) FROM opened"), qint64(1));

        // A newer Gangwerk's store, or another application's, is left untouched.
        Statement(*store, "UPDATE schema_part SET version = 3 WHERE name = 'test'").run();
        store.reset();
        QString error;
        Store older;
        auto r = older.openRemote(PgConnection::connect(url, &error), testSchema());
        QCOMPARE(r.status, Store::OpenStatus::NewerVersion);
        QVERIFY(!older.isOpen());
        store = std::make_unique<Store>();
        const Schema other{kAppId + 1, {{"test", {}}}};
        r = store->openRemote(PgConnection::connect(url, &error), other);
        QCOMPARE(r.status, Store::OpenStatus::NotOurs);
    }

    // Server schema v8 keeps a mutation's outcome under its id; a store on PostgreSQL made
    // before it answers retries as before (as tst_serverservice checks on SQLCipher).
    void outcomesKeptBeforeV8AnswerRetries()
    {
        const Schema v7 = testing::schemaUpTo(server::pgServerSchema(), "server", 7);
        if (QTest::currentTestFailed())
            return;
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        QVERIFY2(m_cluster->createDatabase(name), qPrintable(m_cluster->error()));
        const testing::V7Outcomes outcomes;
        outcomes.write(*open(m_cluster->url(name), v7));
        outcomes.verifyAnswered(*open(m_cluster->url(name), server::pgServerSchema()));
    }

    void twoProcessesOpeningTogetherMigrateOnce()
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        QVERIFY(m_cluster->createDatabase(name));
        std::atomic<int> opened{0};
        std::vector<std::thread> starters;
        for (int i = 0; i < 4; ++i)
            starters.emplace_back([&] {
                QString error;
                Store s;
                if (s.openRemote(PgConnection::connect(m_cluster->url(name), &error), testSchema())
                        .ok())
                    ++opened;
            });
        for (auto &t : starters)
            t.join();
        QCOMPARE(opened.load(), 4);
        auto store = open(m_cluster->url(name));
        QCOMPARE(count(*store, "SELECT count(*) FROM opened"), qint64(1));
        QCOMPARE(count(*store, "SELECT count(*) FROM store_identity"), qint64(1));
    }

    void changesAreNumberedInCommitOrder_data()
    {
        QTest::addColumn<bool>("writersLock");
        QTest::newRow("writers serialized") << true;
        QTest::newRow("a plain transaction (why the lock is there)") << false;
    }
    void changesAreNumberedInCommitOrder()
    {
        // Two servers write changes; a device pulls everything after the highest number it
        // has. With a plain sequence, a transaction that took number 1 but commits after
        // number 2 is skipped by a pull that came between the two commits.
        QFETCH(bool, writersLock);
        QString url;
        auto reader = freshStore(&url);
        auto a = open(url);
        auto b = open(url);

        std::optional<Transaction> txA;
        if (writersLock)
            txA.emplace(*a);
        else
            a->exec("BEGIN");
        Statement(*a, "INSERT INTO change_log (what) VALUES ('first')").run();

        std::atomic<bool> bCommitted{false};
        std::thread other;
        const auto joinOther = qScopeGuard([&] {
            if (other.joinable()) {
                if (writersLock && a->inTransaction())
                    txA.reset(); // a failed check must not leave B waiting for ever
                other.join();
            }
        });
        other = std::thread([&] {
            std::optional<Transaction> txB;
            if (writersLock)
                txB.emplace(*b); // waits here until A commits
            else
                b->exec("BEGIN");
            Statement(*b, "INSERT INTO change_log (what) VALUES ('second')").run();
            if (writersLock)
                txB->commit();
            else
                b->exec("COMMIT");
            bCommitted = true;
        });
        if (writersLock) {
            // B is seen waiting for the writers' lock (asked of PostgreSQL, not timed).
            QTRY_VERIFY_WITH_TIMEOUT(
                count(*reader, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                               "AND NOT granted") == 1,
                30000);
            QVERIFY(!bCommitted);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(bCommitted.load(), 30000);
        }

        // A device pulls now, then again after both committed.
        qint64 cursor = 0;
        QStringList pulled;
        const auto pull = [&] {
            Statement s(*reader, "SELECT seq, what FROM change_log WHERE seq > ?1 ORDER BY seq");
            s.bind(1, cursor);
            while (s.next()) {
                cursor = s.int64(0);
                pulled << s.text(1);
            }
        };
        pull();
        if (writersLock)
            txA->commit();
        else
            a->exec("COMMIT");
        other.join();
        pull();
        if (writersLock)
            QCOMPARE(pulled, QStringList({"first", "second"}));
        else
            QCOMPARE(pulled, QStringList({"second"})); // "first" is never pulled
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
