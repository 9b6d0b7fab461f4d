// The encrypted store: what users rely on is that their data is unreadable without the key,
// that a wrong key or a newer store is refused without touching the file, and that a crash
// never leaves half a transaction behind.
#include "clientschema.h"
#include "gangwerk/sync/v1/sync.pb.h"
#include "hoursfamily.h"
#include "hoursrepository.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "recordschema.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <iostream>

using namespace gw;

namespace {

// Key of the committed v1 fixture (tests/data/client-v1.db). Test data, not a secret.
const QByteArray kFixtureKey =
    QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

QByteArray randomKey()
{
    QByteArray k(32, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(k.data()), 8);
    return k;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Project sampleProject()
{
    Project p;
    p.id = newId();
    p.name = QStringLiteral("De Gang");
    return p;
}

// Writes batches of 50 entries, one transaction per batch, forever, until killed. Batch k's
// entries carry note "batch-k"; the parent checks every batch is whole or absent.
int crashWriter(const QString &path, const QByteArray &key, bool holdOpen)
{
    Store store;
    if (!store.open(path, StoreKey::raw(key), clientSchema()).ok())
        return 3;
    ProjectRepository projects(store);
    HoursRepository ledger(store);
    const QString memberId = projects.selfMemberId();
    for (int batch = 0;; ++batch) {
        Transaction tx(store);
        for (int i = 0; i < 50; ++i) {
            HourEntry e;
            e.id = newId();
            e.memberId = memberId;
            e.day = QDate(2026, 11, 1).addDays(batch % 20);
            e.minutes = 5;
            e.category = QStringLiteral("anders");
            e.note = QStringLiteral("batch-%1").arg(batch);
            e.createdAt = QDateTime::currentDateTimeUtc();
            ledger.append(e);
            if (holdOpen && i == 25) {
                // Mid-transaction: tell the parent, then wait to be killed.
                std::cout << "inside-transaction" << std::endl;
                for (;;)
                    QThread::sleep(1);
            }
        }
        tx.commit();
        if (batch == 0)
            std::cout << "committed-first" << std::endl;
    }
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void seed(Store &store)
    {
        ProjectRepository repo(store);
        Transaction tx(store);
        const Project p = sampleProject();
        repo.saveProject(p);
        Member m;
        m.id = newId();
        m.projectId = p.id;
        m.displayName = QStringLiteral("Sam");
        repo.saveMember(m);
        repo.setSelfMemberId(m.id);
        tx.commit();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Days and times are stored as text that is compared and sorted: the fast binders write
    // exactly what Qt's formatter writes, for every kind of value.
    void datesAreStoredAsQtWritesThem()
    {
        Store s;
        QVERIFY(s.open(path("dates.db"), StoreKey::raw(randomKey()), clientSchema()).ok());
        Statement q(s, "SELECT ?1, ?2");
        const auto stored = [&](const auto &bindIt) {
            q.reset();
            bindIt(q);
            q.next();
            return std::pair{q.text(0), q.text(1)};
        };
        QList<QDateTime> times{QDateTime(),
                               QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                               QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
                               QDateTime::fromMSecsSinceEpoch(-86400000LL * 400 - 7, Qt::UTC),
                               QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(2026, 12, 5), QTime(17, 14, 58, 123), Qt::UTC),
                               QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime),
                               QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(-5, 6, 1), QTime(12, 0), Qt::UTC)};
        QRandomGenerator rng(20261205);
        for (int i = 0; i < 2000; ++i)
            times.append(QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(4000000000.0)) * 1000 +
                                                            rng.bounded(1000) - 300000000000LL,
                                                        i % 2 ? Qt::UTC : Qt::LocalTime));
        for (const QDateTime &t : std::as_const(times)) {
            const QDate day = t.isValid() ? t.date() : QDate();
            const auto [d, ms] = stored([&](Statement &st) { st.bind(1, day).bindUtcMs(2, t); });
            QCOMPARE(d, day.toString(Qt::ISODate));
            QCOMPARE(ms, t.toUTC().toString(Qt::ISODateWithMs));
        }
        // And read back as Qt reads them, also text they did not write.
        QStringList texts{QString(),
                          QStringLiteral("2026-02-30"),
                          QStringLiteral("0000-01-01"),
                          QStringLiteral("2026-12-05T24:00:00.000Z"),
                          QStringLiteral("2026-12-05T17:14:58.123+01:00"),
                          QStringLiteral("2026-12-05T17:14:58Z"),
                          QStringLiteral("2026-1x-05"),
                          QStringLiteral("2026-12-05T17:14:60.000Z"),
                          QStringLiteral("garbage")};
        for (const QDateTime &t : std::as_const(times))
            texts << t.toUTC().toString(Qt::ISODateWithMs) << t.date().toString(Qt::ISODate);
        Statement back(s, "SELECT ?1");
        for (const QString &text : std::as_const(texts)) {
            back.reset();
            back.bind(1, text).next();
            QCOMPARE(back.day(0), QDate::fromString(text, Qt::ISODate));
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            QCOMPARE(back.utcMs(0), qt);
            QCOMPARE(back.utcMs(0).timeSpec(), qt.timeSpec());
        }
    }

    // Text is stored as QString::toUtf8() writes it, whether it is bound from the stack (short
    // ASCII) or not; and one SQL text used twice at once (a nested use) gives two statements.
    void textIsStoredAsToUtf8WritesIt()
    {
        Store s;
        QVERIFY(s.open(path("text.db"), StoreKey::raw(randomKey()), clientSchema()).ok());
        const QString a127(127, QLatin1Char('a'));
        QStringList values{QString(),
                           QStringLiteral("019aee3c-5d2f-7c1a-9b4e-2f6d8a1c3e5b"),
                           a127,
                           a127 + QLatin1Char('b'),
                           a127 + QStringLiteral("bc"),
                           a127 + QChar(0xE9),
                           QString(300, QLatin1Char('x')),
                           QStringLiteral("caf\u00e9"),
                           QStringLiteral("\u0633\u0627\u0639\u0627\u062a"),
                           QStringLiteral("\U0001F600 smile"),
                           QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"),
                           QStringLiteral("del\u007f"),
                           QString(QChar(0)) + QStringLiteral("nul")};
        Statement outer(s, "SELECT CAST(?1 AS BLOB)");
        for (const QString &v : std::as_const(values)) {
            outer.reset();
            outer.bind(1, v);
            QVERIFY(outer.next());
            Statement inner(s, "SELECT CAST(?1 AS BLOB)"); // lent out above: its own
            inner.bind(1, v + QLatin1Char('!'));
            QVERIFY(inner.next());
            QCOMPARE(outer.blob(0), v.toUtf8());
            QCOMPARE(inner.blob(0), (v + QLatin1Char('!')).toUtf8());
        }
    }

    // A statement keeps short values for SQLite to use in place: each stays as bound until that
    // parameter is bound again or the statement is reset(), whatever happens to the caller's
    // copy, and past the parameters and sizes it keeps (those SQLite copies).
    void boundValuesStayAsBound()
    {
        Store s;
        QVERIFY(s.open(path("bound.db"), StoreKey::raw(randomKey()), clientSchema()).ok());
        s.exec("CREATE TABLE t (a, b, c, d, e, f, g, h, i, j, k, l, m, n)");
        Statement ins(s, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                         "?12, ?13, ?14)");
        const QString at192(192, QLatin1Char('k')), at193(193, QLatin1Char('l'));
        {
            QString first = QStringLiteral("first");
            QByteArray blob("\x01\x02\x03", 3);
            ins.bind(1, first).bind(2, blob).bind(3, at192).bind(4, at193);
            ins.bind(12, QStringLiteral("twelve")).bind(13, QStringLiteral("thirteen"));
            ins.bind(14, QByteArray(300, 'z'));
            first.fill(QLatin1Char('X')); // the caller's copies change or go
            blob.fill('\xff');
        }
        ins.bind(5, QDate(2026, 12, 8)).bind(6, qint64(6)).bindNull(7);
        ins.bind(8, QString()).bind(9, QByteArray()).bind(10, QStringLiteral("caf\u00e9"));
        ins.bind(11, QStringLiteral("eleven"));
        ins.run();
        // Again after reset() (which unbinds all): a long value where a short one was, and
        // the other way round.
        ins.reset();
        ins.bind(1, QStringLiteral("second")).bind(3, at193).bind(4, QStringLiteral("short"));
        ins.run();
        Statement rows(s, "SELECT a, b, c, d, e, f, g, h, i, j, k, l, m, n FROM t ORDER BY rowid");
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0), QStringLiteral("first"));
        QCOMPARE(rows.blob(1), QByteArray("\x01\x02\x03", 3));
        QCOMPARE(rows.text(2), at192);
        QCOMPARE(rows.text(3), at193);
        QCOMPARE(rows.day(4), QDate(2026, 12, 8));
        QCOMPARE(rows.int64(5), 6);
        QVERIFY(rows.isNull(6));
        QCOMPARE(rows.text(7), QString());
        QVERIFY(!rows.isNull(7)); // an empty text, not NULL
        QCOMPARE(rows.blob(8), QByteArray());
        QCOMPARE(rows.text(9), QStringLiteral("caf\u00e9"));
        QCOMPARE(rows.text(10), QStringLiteral("eleven"));
        QCOMPARE(rows.text(11), QStringLiteral("twelve"));
        QCOMPARE(rows.text(12), QStringLiteral("thirteen"));
        QCOMPARE(rows.blob(13), QByteArray(300, 'z'));
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0), QStringLiteral("second"));
        QVERIFY(rows.isNull(1));
        QCOMPARE(rows.text(2), at193);
        QCOMPARE(rows.text(3), QStringLiteral("short"));
        QVERIFY(rows.isNull(11));
        QVERIFY(!rows.next());
    }

    void createOpenReopen()
    {
        const QString file = path("a.db");
        const QByteArray key = randomKey();
        QString projectId;
        {
            Store s;
            const auto r = s.open(file, StoreKey::raw(key), clientSchema());
            QVERIFY2(r.ok(), qPrintable(r.detail));
            QCOMPARE(s.schemaVersion(), clientSchema().latestVersion());
            const Project p = sampleProject();
            projectId = p.id;
            ProjectRepository(s).saveProject(p);
        }
        QCOMPARE(QFile(file).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        Store s;
        QVERIFY(s.open(file, StoreKey::raw(key), clientSchema()).ok());
        const auto p = ProjectRepository(s).project(projectId);
        QVERIFY(p.has_value());
        QCOMPARE(p->name, QStringLiteral("De Gang"));
        QCOMPARE(p->categories, hours::defaultCategories());
        Statement fk(s, "PRAGMA foreign_keys");
        QVERIFY(fk.next());
        QCOMPARE(fk.integer(0), 1);
        Statement wal(s, "PRAGMA journal_mode");
        QVERIFY(wal.next());
        QCOMPARE(wal.text(0), QStringLiteral("wal"));
    }

    void wrongKeyLeavesFileUntouched()
    {
        const QString file = path("b.db");
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(randomKey()), clientSchema()).ok());
            seed(s);
            s.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = fileBytes(file);
        QVERIFY(!before.isEmpty());
        Store s;
        const auto r = s.open(file, StoreKey::raw(randomKey()), clientSchema());
        QCOMPARE(r.status, Store::OpenStatus::WrongKey);
        QCOMPARE(r.message, QStringLiteral("Cannot open: wrong key or not a Gangwerk store."));
        QVERIFY(!s.isOpen());
        QCOMPARE(fileBytes(file), before);
        // A passphrase where a raw key was used is just another wrong key.
        QCOMPARE(s.open(file, StoreKey::passphrase(QStringLiteral("guess")), clientSchema()).status,
                 Store::OpenStatus::WrongKey);
        QCOMPARE(fileBytes(file), before);
    }

    void plainFileIsNotAStore()
    {
        const QString file = path("notes.txt");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = fileBytes(file);
        Store s;
        QCOMPARE(s.open(file, StoreKey::raw(randomKey()), clientSchema()).status,
                 Store::OpenStatus::WrongKey);
        QCOMPARE(fileBytes(file), before);
    }

    void passphraseKey()
    {
        const QString file = path("pass.db");
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::passphrase(QStringLiteral("lange zin voor de gang")),
                           clientSchema())
                        .ok());
            seed(s);
        }
        Store s;
        QCOMPARE(
            s.open(file, StoreKey::passphrase(QStringLiteral("verkeerd")), clientSchema()).status,
            Store::OpenStatus::WrongKey);
        QVERIFY(s.open(file, StoreKey::passphrase(QStringLiteral("lange zin voor de gang")),
                       clientSchema())
                    .ok());
        QVERIFY(!ProjectRepository(s).selfMemberId().isEmpty());
        QCOMPARE(s.open(file, StoreKey::passphrase(QString()), clientSchema()).status,
                 Store::OpenStatus::InvalidKey);
    }

    void migratesV1Fixture()
    {
        // The fixture was written by schema v1 (see writeV1Fixture) and is committed, so a
        // change to a released migration shows here.
        const QString fixture = QStringLiteral(GANGWERK_TEST_DATA "/client-v1.db");
        QVERIFY2(QFile::exists(fixture), "tests/data/client-v1.db missing");
        const QString file = path("v1.db");
        QVERIFY(QFile::copy(fixture, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        Store s;
        const auto r = s.open(file, StoreKey::raw(kFixtureKey), clientSchema());
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(s.schemaVersion(), clientSchema().latestVersion());
        ProjectRepository projects(s);
        const QString self = QStringLiteral("7d3c1c1e-0000-4000-8000-000000000001");
        const auto member = projects.member(self);
        QVERIFY(member.has_value());
        QCOMPARE(member->displayName, QStringLiteral("Fatima"));
        const auto project = projects.project(member->projectId);
        QVERIFY(project.has_value());
        QCOMPARE(project->requirement, (hours::Requirement{600, hours::Period::Month}));
        QCOMPARE(project->categories, hours::defaultCategories()); // v2 filled the defaults
        HoursRepository ledger(s);
        const auto history = ledger.history(self);
        QCOMPARE(history.size(), 3);
        QCOMPARE(ledger.effectiveMinutes(self, {QDate(2026, 10, 1), QDate(2026, 10, 31)}), 150);
        for (const auto &e : history)
            QCOMPARE(e.source, EntrySource::Manual);
    }

    void queuedChangesSurviveTheOutboxUpgrade()
    {
        // A device updated while changes wait to be sent: each is sent as the mutation the
        // older version would have built, in the same order, with the same id.
        const QString file = path("v4-outbox.db");
        const QByteArray key = randomKey();
        HourEntry e;
        QString memberId;
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), clientSchema(), 4).ok());
            // Written as version 4 wrote it (today's repositories know newer tables), with a
            // pause set to end far ahead.
            memberId = newId();
            Statement p(s, "INSERT INTO project (id, name, time_zone, requirement_minutes, "
                           "requirement_period) VALUES ('p1', 'De Gang', 'Europe/Amsterdam', 600, "
                           "'MONTH')");
            p.run();
            Statement m(s, "INSERT INTO member (id, project_id, display_name, role, paused_until) "
                           "VALUES (?1, 'p1', 'Sam', 'RESIDENT', '2099-12-31')");
            m.bind(1, memberId).run();
            Statement self(s, "INSERT INTO setting (key, value) VALUES ('self_member_id', ?1)");
            self.bind(1, memberId).run();
            e.id = newId();
            e.memberId = memberId;
            e.day = QDate(2026, 11, 3);
            e.minutes = 45;
            e.category = QStringLiteral("anders");
            e.note = QStringLiteral("boodschappen");
            e.createdAt = QDateTime(QDate(2026, 11, 3), QTime(12, 0), QTimeZone::utc());
            Transaction tx(s);
            HoursRepository(s).append(e);
            Statement ins(s, "INSERT INTO outbox (client_seq, mutation_id, kind, record_id, "
                             "payload, created_at) VALUES (?1, ?2, ?3, ?4, ?5, '2026-11-03')");
            ins.bind(1, 1).bind(2, QStringLiteral("m-1")).bind(3, "APPEND_HOUR_ENTRY");
            ins.bind(4, e.id).bind(5, QString()).run();
            ins.reset();
            ins.bind(1, 2).bind(2, QStringLiteral("m-2")).bind(3, "PAUSE_REQUIREMENT");
            ins.bind(4, memberId).bind(5, QStringLiteral("2026-12-31")).run();
            tx.commit();
        }
        Store s;
        const auto r = s.open(file, StoreKey::raw(key), clientSchema());
        QVERIFY2(r.ok(), qPrintable(r.detail));
        const auto rows = OutboxRepository(s).unacked(10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).mutationId, QStringLiteral("m-1"));
        QCOMPARE(rows.at(0).kind, QStringLiteral("APPEND_HOUR_ENTRY"));
        gangwerk::sync::v1::Mutation m;
        QVERIFY(m.ParseFromArray(rows.at(0).body.constData(), int(rows.at(0).body.size())));
        QVERIFY(m.has_append_hour_entry());
        const HourEntry sent = wire::fromWire(m.append_hour_entry().entry());
        QCOMPARE(sent.id, e.id);
        QCOMPARE(sent.minutes, 45);
        QCOMPARE(sent.note, e.note);
        QCOMPARE(sent.createdAt, e.createdAt);
        QVERIFY(m.ParseFromArray(rows.at(1).body.constData(), int(rows.at(1).body.size())));
        QVERIFY(m.has_pause_requirement());
        QCOMPARE(QString::fromStdString(m.pause_requirement().member_id()), memberId);
        QCOMPARE(m.pause_requirement().paused_until(), "2026-12-31");
        Statement old(s, "SELECT count(*) FROM sqlite_master WHERE name = 'outbox_v4'");
        QVERIFY(old.next());
        QCOMPARE(old.integer(0), 0);
        // The pause that was set becomes a period from the day of the upgrade: it does not
        // reach back over the days before.
        const auto member = ProjectRepository(s).member(memberId);
        QVERIFY(member.has_value());
        QCOMPARE(member->pauses.size(), 1);
        QCOMPARE(member->pauses.first().from, QDate::currentDate());
        QCOMPARE(member->pauses.first().until, QDate(2099, 12, 31));
        QVERIFY(!member->terms().isPausedOn(QDate::currentDate().addDays(-1)));
        QVERIFY(member->terms().isPausedOn(QDate::currentDate()));
    }

    void outboxCountsWhatWaitsAsItChanges()
    {
        // "N changes waiting" is what the sync line shows, and what a push asks after each
        // answer: kept by the outbox's triggers, it must equal the rows that wait through every
        // way a row changes state, also in a store upgraded while rows waited.
        const QString file = path("pending.db");
        const QByteArray key = randomKey();
        const auto actual = [](Store &s) {
            Statement c(s, "SELECT count(*) FROM outbox WHERE state = 'PENDING'");
            c.next();
            return c.integer(0);
        };
        const auto queue = [](Store &s, int n) {
            Transaction tx(s);
            OutboxRepository outbox(s);
            for (int i = 0; i < n; ++i) {
                HourEntry e;
                e.id = newId();
                e.memberId = newId();
                e.day = QDate(2026, 11, 3);
                e.minutes = 30;
                e.category = QStringLiteral("anders");
                e.createdAt = QDateTime::currentDateTimeUtc();
                outbox.enqueue(hoursfamily::appendMutation(e));
            }
            tx.commit();
        };
        {
            // Client part v4, before the count was kept: 5 rows, 2 of them applied, 1 refused.
            Schema v4 = clientSchema();
            for (SchemaPart &part : v4.parts)
                if (QByteArray(part.name) == "client")
                    while (part.latestVersion() > 4)
                        part.migrations.pop_back();
            QCOMPARE(v4.part("client")->latestVersion(), 4);
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), v4).ok());
            queue(s, 5);
            OutboxRepository(s).markApplied(1, 2);
            OutboxRepository(s).markRejected(3, QStringLiteral("X"), QStringLiteral("no"));
        }
        Store s;
        const auto r = s.open(file, StoreKey::raw(key), clientSchema());
        QVERIFY2(r.ok(), qPrintable(r.detail));
        OutboxRepository outbox(s);
        QCOMPARE(outbox.pendingCount(), 2); // counted by the upgrade
        queue(s, 3);
        QCOMPARE(outbox.pendingCount(), 5);
        outbox.markApplied(4, 6);
        QCOMPARE(outbox.pendingCount(), 2);
        outbox.markRejected(7, QStringLiteral("X"), QStringLiteral("no"));
        QCOMPARE(outbox.pendingCount(), 1);
        outbox.markApplied(7, 7); // a refusal that a retry applied after all
        QCOMPARE(outbox.pendingCount(), 1);
        outbox.resendFrom(2); // a restored server: applied rows wait again, refused ones stay
        QCOMPARE(outbox.pendingCount(), actual(s));
        QCOMPARE(outbox.pendingCount(), 6);
        outbox.renumberFrom(5, 100);
        QCOMPARE(outbox.pendingCount(), 6);
        {
            Transaction tx(s); // rolled back: the count goes back with the rows
            queue(s, 2);
            outbox.markApplied(1, 200);
        }
        QCOMPARE(outbox.pendingCount(), 6);
        Statement del(s, "DELETE FROM outbox WHERE state = 'PENDING' AND client_seq > 100");
        del.run();
        QCOMPARE(outbox.pendingCount(), actual(s));
        QCOMPARE(outbox.rejected().size(), 1);
        // What a screen and a push ask reads only the rows not applied (or not acknowledged);
        // whether an entry was refused is found by its record (client schema v6).
        const QList<QPair<const char *, QLatin1String>> plans = {
            {"EXPLAIN QUERY PLAN SELECT record_id FROM outbox WHERE kind = 'K' AND state <> "
             "'APPLIED' ORDER BY client_seq",
             QLatin1String("USING INDEX outbox_open")},
            {"EXPLAIN QUERY PLAN SELECT client_seq FROM outbox WHERE state = 'REJECTED' ORDER BY "
             "client_seq DESC",
             QLatin1String("USING INDEX outbox_rejected")},
            {"EXPLAIN QUERY PLAN SELECT body FROM outbox WHERE acked = 0 AND client_seq > 5 "
             "ORDER BY client_seq LIMIT 10",
             QLatin1String("USING INDEX outbox_unacked (client_seq>?)")},
            {"EXPLAIN QUERY PLAN SELECT 1 FROM outbox o WHERE o.record_id = 'R' AND o.state = "
             "'REJECTED'",
             QLatin1String("USING INDEX outbox_record (record_id=?)")}};
        for (const auto &[sql, index] : plans) {
            Statement plan(s, sql);
            QVERIFY(plan.next());
            QVERIFY2(plan.text(3).contains(index), qPrintable(plan.text(3)));
        }
    }

    void refusesNewerVersion()
    {
        const QString file = path("newer.db");
        const QByteArray key = randomKey();
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), clientSchema()).ok());
            s.exec("PRAGMA user_version = 99");
            s.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = fileBytes(file);
        Store s;
        const auto r = s.open(file, StoreKey::raw(key), clientSchema());
        QCOMPARE(r.status, Store::OpenStatus::NewerVersion);
        QVERIFY(r.message.contains(QStringLiteral("newer version")));
        QCOMPARE(fileBytes(file), before);
    }

    void refusesNewerPart()
    {
        // A newer release moved the record tables on (or added a part this one lacks).
        for (const char *sql : {"UPDATE schema_part SET version = 99 WHERE name = 'records'",
                                "INSERT INTO schema_part (name, version) VALUES ('later', 1)"}) {
            const QString file = path("newer-part.db");
            QFile::remove(file);
            const QByteArray key = randomKey();
            {
                Store s;
                QVERIFY(s.open(file, StoreKey::raw(key), clientSchema()).ok());
                s.exec(sql);
                s.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            const QByteArray before = fileBytes(file);
            Store s;
            QCOMPARE(s.open(file, StoreKey::raw(key), clientSchema()).status,
                     Store::OpenStatus::NewerVersion);
            QCOMPARE(fileBytes(file), before);
        }
    }

    void upgradedStoreHasTheSharedRecordTables()
    {
        // A store from before the shared record schema ends with the same record tables
        // (columns and indexes) as a new one: no drift between old devices, new devices and
        // the server, which is made from the same part.
        const QString fixture = QStringLiteral(GANGWERK_TEST_DATA "/client-v1.db");
        const QString old = path("shape-old.db");
        QFile::remove(old);
        QVERIFY(QFile::copy(fixture, old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        Store upgraded, fresh;
        QVERIFY(upgraded.open(old, StoreKey::raw(kFixtureKey), clientSchema()).ok());
        QVERIFY(fresh.open(path("shape-new.db"), StoreKey::raw(randomKey()), clientSchema()).ok());
        for (Store *s : {&upgraded, &fresh}) {
            QCOMPARE(s->partVersion("records"), recordSchema().latestVersion());
            QCOMPARE(s->partVersion("client"), clientSchema().part("client")->latestVersion());
        }
        const auto shape = [](Store &s) {
            QStringList out;
            for (const char *table :
                 {"project", "category", "member", "hour_entry", "setting", "requirement_pause",
                  "member_device", "place", "activity", "activity_organiser", "activity_sign_up",
                  "activity_attendee"}) {
                Statement cols(s, QByteArray("PRAGMA table_info(") + table + ")");
                QStringList names;
                while (cols.next())
                    names.append(cols.text(1) + QLatin1Char(' ') + cols.text(2));
                names.sort();
                out.append(QLatin1String(table) + QLatin1Char(':') + names.join(QLatin1Char(',')));
                Statement idx(s, QByteArray("SELECT name FROM sqlite_master WHERE type = 'index' "
                                            "AND tbl_name = '") +
                                     table + "' AND name NOT LIKE 'sqlite_%' ORDER BY name");
                while (idx.next()) {
                    Statement info(s,
                                   QByteArray("PRAGMA index_info(") + idx.text(0).toUtf8() + ")");
                    QStringList keyCols;
                    while (info.next())
                        keyCols.append(info.text(2));
                    out.append(idx.text(0) + QLatin1Char('(') + keyCols.join(QLatin1Char(',')) +
                               QLatin1Char(')'));
                }
            }
            return out;
        };
        QCOMPARE(shape(upgraded), shape(fresh));
    }

    void refusesOtherApplication()
    {
        const QString file = path("other.db");
        const QByteArray key = randomKey();
        const Schema other{0x12345678, {{"t", {{1, "CREATE TABLE t (x INTEGER);"}}}}};
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), other).ok());
        }
        Store s;
        QCOMPARE(s.open(file, StoreKey::raw(key), clientSchema()).status,
                 Store::OpenStatus::NotOurs);
    }

    void failedMigrationRollsBack()
    {
        const QString file = path("badmig.db");
        const QByteArray key = randomKey();
        const Schema v1{0x47574B43, {recordSchema(), {"client", {{1, "CREATE TABLE t (x);"}}}}};
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), v1).ok());
        }
        Schema broken = v1;
        broken.parts[1].migrations.push_back(
            {2, "CREATE TABLE half (x INTEGER); SELECT * FROM missing;"});
        Store s;
        QCOMPARE(s.open(file, StoreKey::raw(key), broken).status,
                 Store::OpenStatus::MigrationFailed);
        QVERIFY(s.open(file, StoreKey::raw(key), v1).ok());
        QCOMPARE(s.partVersion("client"), 1);
        Statement t(s, "SELECT count(*) FROM sqlite_master WHERE name = 'half'");
        QVERIFY(t.next());
        QCOMPARE(t.integer(0), 0);
    }

    void markerStringsNeverOnDisk()
    {
        const QString dir = m_dir.filePath(QStringLiteral("marker"));
        const QString file = dir + QStringLiteral("/store.db");
        const QString marker = QStringLiteral("MARKER-zq7Xk2-geheim");
        Store s;
        QVERIFY(s.open(file, StoreKey::raw(randomKey()), clientSchema()).ok());
        seed(s);
        ProjectRepository projects(s);
        HoursRepository ledger(s);
        {
            Transaction tx(s);
            Project p = *projects.project(projects.member(projects.selfMemberId())->projectId);
            p.name = marker + QStringLiteral("-project");
            projects.saveProject(p);
            for (int i = 0; i < 200; ++i) {
                HourEntry e;
                e.id = newId();
                e.memberId = projects.selfMemberId();
                e.day = QDate(2026, 11, 1);
                e.minutes = 30;
                e.category = QStringLiteral("anders");
                e.note = marker + QString::number(i);
                e.createdAt = QDateTime::currentDateTimeUtc();
                ledger.append(e);
            }
            tx.commit();
        }
        // Checked while open (the WAL holds the data) and after close.
        for (int round = 0; round < 2; ++round) {
            QDirIterator it(dir, QDir::Files);
            int files = 0;
            while (it.hasNext()) {
                const QString f = it.next();
                ++files;
                const QByteArray bytes = fileBytes(f);
                QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(f));
                QVERIFY2(!bytes.contains("MARKER"), qPrintable(f));
                QVERIFY2(!bytes.contains("SQLite format 3"), qPrintable(f));
            }
            QVERIFY(files >= 1);
            s.close();
        }
    }

    void crashMidTransactionLeavesNoPartialEntry()
    {
        const QString file = path("crash.db");
        const QByteArray key = randomKey();
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), clientSchema()).ok());
            seed(s);
        }
        // 1. Killed while inside a transaction that already wrote half its rows.
        {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--crash-writer"), file, QString::fromLatin1(key.toHex()),
                         QStringLiteral("hold")});
            QVERIFY(child.waitForStarted());
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT(
                (out += child.readAllStandardOutput()).contains("inside-transaction") ||
                    child.state() == QProcess::NotRunning,
                30000);
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
        }
        {
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), clientSchema()).ok());
            Statement n(s, "SELECT count(*) FROM hour_entry");
            QVERIFY(n.next());
            QCOMPARE(n.integer(0), 0);
        }
        // 2. Killed at random moments while committing batches: each batch whole or absent.
        QRandomGenerator rng(20261122);
        for (int round = 0; round < 5; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--crash-writer"), file, QString::fromLatin1(key.toHex()),
                         QStringLiteral("run")});
            QVERIFY(child.waitForStarted());
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT(
                (out += child.readAllStandardOutput()).contains("committed-first"), 30000);
            QTest::qWait(int(rng.bounded(20, 300)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished());
            Store s;
            QVERIFY(s.open(file, StoreKey::raw(key), clientSchema()).ok());
            Statement q(s, "SELECT note, count(*) FROM hour_entry GROUP BY note");
            int batches = 0;
            while (q.next()) {
                ++batches;
                QVERIFY2(q.integer(1) % 50 == 0, qPrintable(q.text(0)));
            }
            QVERIFY(batches >= 1);
        }
    }
};

// Writes tests/data/client-v1.db: run by hand only when the fixture must be made again.
static int writeV1Fixture(const QString &file)
{
    QFile::remove(file);
    Store s;
    if (!s.open(file, StoreKey::raw(kFixtureKey), clientSchema(), 1).ok())
        return 1;
    s.exec(R"(
        INSERT INTO project VALUES ('0f0f0f0f-0000-4000-8000-000000000001', 'Montana', 'Europe/Amsterdam', 600, 'MONTH', 60);
        INSERT INTO member VALUES ('7d3c1c1e-0000-4000-8000-000000000001', '0f0f0f0f-0000-4000-8000-000000000001', 'Fatima', 'RESIDENT', '2026-03-01', NULL);
        INSERT INTO hour_entry VALUES ('e0000000-0000-4000-8000-000000000001', '7d3c1c1e-0000-4000-8000-000000000001', '2026-10-05', 60, 'buurtdienst', 'boodschappen', NULL, 0, '2026-10-05T18:00:00.000Z');
        INSERT INTO hour_entry VALUES ('e0000000-0000-4000-8000-000000000002', '7d3c1c1e-0000-4000-8000-000000000001', '2026-10-12', 60, 'taal en les', '', NULL, 0, '2026-10-12T18:00:00.000Z');
        INSERT INTO hour_entry VALUES ('e0000000-0000-4000-8000-000000000003', '7d3c1c1e-0000-4000-8000-000000000001', '2026-10-12', 90, 'taal en les', 'correctie', 'e0000000-0000-4000-8000-000000000002', 0, '2026-10-13T09:00:00.000Z');
        PRAGMA wal_checkpoint(TRUNCATE);
    )");
    s.exec("PRAGMA journal_mode = DELETE");
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--crash-writer"))
        return crashWriter(args.at(2), QByteArray::fromHex(args.at(3).toLatin1()),
                           args.value(4) == QLatin1String("hold"));
    if (args.size() == 3 && args.at(1) == QLatin1String("--write-v1-fixture"))
        return writeV1Fixture(args.at(2));
    TestStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_store.moc"
