// The server's SyncService under the load of many devices: what a pull reads, and pushes
// committed together. On a real server store with the demo project and enrolled devices
// (tests/fuzz's FuzzServer: the same store the fuzz targets feed).
#include "fuzzserver.h"

#include "demodata.h"
#include "gangwerk/sync/v1/sync.pb.h"
#include "hoursrules.h"
#include "serverrepository.h"
#include "serverschema.h"
#include "store.h"
#include "v8outcomes.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <sqlite3.h>

using namespace gw;
using namespace gw::fuzz;
namespace pb = ::gangwerk::sync::v1;

namespace {

const QString kDaan = QStringLiteral("00000000-0000-4000-8000-0000000000a3");
const QString kYonas = QStringLiteral("00000000-0000-4000-8000-0000000000a2");

QDate today()
{
    return hours::localDate(QDateTime::fromString(QString::fromLatin1(kNow), Qt::ISODate),
                            QTimeZone("Europe/Amsterdam"));
}

QString samira()
{
    return demoRecords(today()).residentId;
}

std::string newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

void addEntry(pb::PushRequest &r, quint64 seq, const QString &member, QDate day, int minutes,
              const char *note = "Boodschappen gedaan")
{
    pb::Mutation *m = r.add_mutations();
    m->set_mutation_id(newId());
    m->set_client_seq(seq);
    pb::HourEntry *e = m->mutable_append_hour_entry()->mutable_entry();
    e->set_id(newId());
    e->set_member_id(member.toStdString());
    e->set_day(day.toString(Qt::ISODate).toStdString());
    e->set_minutes(minutes);
    e->set_category("buurtdienst");
    e->set_note(note);
    e->set_source(pb::ENTRY_SOURCE_MANUAL);
    e->set_created_at_ms(
        QDateTime::fromString(QString::fromLatin1(kNow), Qt::ISODate).toMSecsSinceEpoch());
}

pb::PushRequest pushRequest()
{
    pb::PushRequest r;
    r.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
    return r;
}

qint64 count(Store &store, const char *sql)
{
    Statement s(store, sql);
    s.next();
    return s.int64(0);
}

int g_steps = 0;
int countStep(void *)
{
    ++g_steps;
    return 0;
}

} // namespace

class TstServerService : public QObject
{
    Q_OBJECT

private slots:
    void init() { FuzzServer::instance().reset(); }

    // Server schema v8 keeps a mutation's outcome under its id. A store made before keeps
    // answering retries as it did: each client_seq with the outcome it got first, also one that
    // carried an id seen before (a renumbered device) or a malformed one; another id is none.
    void outcomesKeptBeforeV8AnswerRetries()
    {
        const Schema v7 = testing::schemaUpTo(server::serverSchema(), "server", 7);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        const QByteArray key(32, 'k');
        const testing::V7Outcomes outcomes;
        {
            Store old;
            QVERIFY(old.open(path, StoreKey::raw(key), v7).ok());
            outcomes.write(old);
        }
        Store upgraded;
        const auto opened = upgraded.open(path, StoreKey::raw(key), server::serverSchema());
        QVERIFY2(opened.ok(), qPrintable(opened.message + QLatin1Char(' ') + opened.detail));
        outcomes.verifyAnswered(upgraded);
    }

    // A resident's page must not cost a read of every change since its cursor that others may
    // see: with 1200 of Daan's entries after her cursor, Samira's pull of the one change she
    // may see does about the work of the beheerder's pull of 11 changes, not of 1200.
    void aResidentsPullReadsOnlyWhatItMaySee()
    {
        FuzzServer &server = FuzzServer::instance();
        // Inge (beheerder) logs 1200 entries for Daan: his audience, not Samira's.
        pb::PushRequest forDaan = pushRequest();
        for (int i = 0; i < 1200; ++i)
            addEntry(forDaan, quint64(i + 1), kDaan, today().addDays(-(i % 40)), 5);
        pb::PushResponse answer;
        QVERIFY(server.service().push(server.token(Who::Beheerder), forDaan, &answer).ok());
        QCOMPARE(answer.next_client_seq(), 1201u);
        // Samira logs one of her own, after them.
        pb::PushRequest own = pushRequest();
        addEntry(own, 1, samira(), today(), 30);
        QVERIFY(server.service().push(server.token(Who::Samira), own, &answer).ok());
        QCOMPARE(answer.results(0).outcome(), pb::OUTCOME_APPLIED);

        const auto pullSteps = [&](Who who, pb::PullResponse *page) {
            pb::PullRequest pull;
            pull.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
            pull.set_cursor(server.templateCursor());
            pull.set_limit(10);
            sqlite3 *db = server.store().store().handle();
            g_steps = 0;
            sqlite3_progress_handler(db, 100, countStep, nullptr);
            const grpc::Status st = server.service().pull(server.token(who), pull, page);
            sqlite3_progress_handler(db, 0, nullptr, nullptr);
            [&] { QVERIFY2(st.ok(), st.error_message().c_str()); }();
            return g_steps;
        };
        // Each first pulls once (the day's first pull writes that the device is in use).
        pb::PullResponse page;
        pullSteps(Who::Beheerder, &page);
        pullSteps(Who::Samira, &page);

        pb::PullResponse inge, hers;
        const int ingeSteps = pullSteps(Who::Beheerder, &inge);
        const int herSteps = pullSteps(Who::Samira, &hers);
        QCOMPARE(inge.changes_size(), 10);
        QVERIFY(inge.has_more());
        // Hers: her entry, and the device records the first pulls wrote (the devices of her
        // own member only), in seq order.
        QVERIFY(hers.changes_size() >= 1);
        QVERIFY(!hers.has_more());
        int entries = 0;
        for (int i = 0; i < hers.changes_size(); ++i) {
            const pb::Change &c = hers.changes(i);
            if (i > 0)
                QVERIFY(c.seq() > hers.changes(i - 1).seq());
            if (c.has_hour_entry()) {
                QCOMPARE(QString::fromStdString(c.hour_entry().member_id()), samira());
                ++entries;
            }
        }
        QCOMPARE(entries, 1);
        qInfo("work of the pull (SQLite steps / 100): beheerder %d, Samira %d", ingeSteps,
              herSteps);
        // Reading 1200 rows takes ~300 (hundreds of steps); her ranges, a few.
        QVERIFY2(herSteps <= 2 * ingeSteps + 10,
                 qPrintable(QStringLiteral("Samira's pull did %1 (x100) steps, the beheerder's %2")
                                .arg(herSteps)
                                .arg(ingeSteps)));
    }

    // Pushes committed together stay each all or nothing: when the store fails in the middle of
    // one (here a trigger refuses one entry's note, as a full disk would refuse a write),
    // nothing of that push is kept and it is told to try again, and the others in its group
    // are applied and answered as if alone.
    void aStoreErrorInAGroupCostsNoOtherPushItsAnswer()
    {
        FuzzServer &server = FuzzServer::instance();
        Store &store = server.store().store();
        store.exec("CREATE TEMP TRIGGER fail_on_note BEFORE INSERT ON main.hour_entry "
                   "WHEN NEW.note = 'disk full' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        const qint64 entriesBefore = count(store, "SELECT count(*) FROM hour_entry");

        pb::PushRequest daan = pushRequest(), hers = pushRequest(), yonas = pushRequest();
        addEntry(daan, 1, kDaan, today(), 60);
        addEntry(hers, 1, samira(), today(), 30);
        addEntry(hers, 2, samira(), today(), 45, "disk full");
        addEntry(yonas, 1, kYonas, today(), 90);
        pb::PushResponse daanAnswer, herAnswer, yonasAnswer;
        std::vector<server::SyncService::PushCall> group{
            {server.token(Who::Daan), &daan, &daanAnswer, {}},
            {server.token(Who::Samira), &hers, &herAnswer, {}},
            {server.token(Who::Yonas), &yonas, &yonasAnswer, {}},
        };
        server.service().pushGroup(group);

        QVERIFY(group[0].status.ok());
        QCOMPARE(daanAnswer.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(group[1].status.error_code(), grpc::StatusCode::UNAVAILABLE);
        QCOMPARE(herAnswer.results_size(), 0);
        QVERIFY(group[2].status.ok());
        QCOMPARE(yonasAnswer.results(0).outcome(), pb::OUTCOME_APPLIED);
        // Daan's and Yonas's entries; nothing of Samira's push, not even its first entry.
        QCOMPARE(count(store, "SELECT count(*) FROM hour_entry"), entriesBefore + 2);

        // Her retry (the disk has room again) applies both, as client_seq 1 and 2.
        store.exec("DROP TRIGGER fail_on_note");
        pb::PushResponse retry;
        QVERIFY(server.service().push(server.token(Who::Samira), hers, &retry).ok());
        QCOMPARE(retry.results_size(), 2);
        QCOMPARE(retry.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(retry.results(1).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(retry.next_client_seq(), 3u);
        QCOMPARE(count(store, "SELECT count(*) FROM hour_entry"), entriesBefore + 4);
    }

    // A device sends its next push before the one before it is answered (SyncEngine's pushes
    // in flight). When both wait in one group, the later one is not taken first (it would be
    // refused whole as a gap and sent again); other devices' pushes keep their places.
    void oneDevicesPushesInAGroupGoInClientSeqOrder()
    {
        FuzzServer &server = FuzzServer::instance();
        Store &store = server.store().store();
        pb::PushResponse probe;
        QVERIFY(server.service().push(server.token(Who::Daan), pushRequest(), &probe).ok());
        const quint64 next = probe.next_client_seq();
        const qint64 entriesBefore = count(store, "SELECT count(*) FROM hour_entry");

        pb::PushRequest first = pushRequest(), second = pushRequest(), yonas = pushRequest();
        addEntry(first, next, kDaan, today(), 15);
        addEntry(first, next + 1, kDaan, today(), 15);
        addEntry(second, next + 2, kDaan, today(), 15);
        pb::PushResponse yonasProbe;
        QVERIFY(server.service().push(server.token(Who::Yonas), pushRequest(), &yonasProbe).ok());
        addEntry(yonas, yonasProbe.next_client_seq(), kYonas, today(), 15);
        pb::PushResponse firstAnswer, secondAnswer, yonasAnswer;
        std::vector<server::SyncService::PushCall> group{
            {server.token(Who::Daan), &second, &secondAnswer, {}},
            {server.token(Who::Yonas), &yonas, &yonasAnswer, {}},
            {server.token(Who::Daan), &first, &firstAnswer, {}},
        };
        server.service().pushGroup(group);

        for (const auto &call : group)
            QVERIFY2(call.status.ok(), call.status.error_message().c_str());
        QCOMPARE(firstAnswer.results_size(), 2);
        for (const auto &r : firstAnswer.results())
            QCOMPARE(r.outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(firstAnswer.next_client_seq(), next + 2);
        QCOMPARE(secondAnswer.results_size(), 1);
        QCOMPARE(secondAnswer.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(secondAnswer.next_client_seq(), next + 3);
        QCOMPARE(yonasAnswer.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(count(store, "SELECT count(*) FROM hour_entry"), entriesBefore + 4);
    }
};

QTEST_GUILESS_MAIN(TstServerService)
#include "tst_serverservice.moc"
