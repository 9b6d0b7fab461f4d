// The client sync engine against real gangwerk-server processes on loopback: devices with real
// encrypted stores log hours through HoursService, sync, and end up with what their member may
// see; refusals are shown; stores stay encrypted; a restored server is caught up.
#include "activityrepository.h"
#include "clientdevice.h"
#include "devicesservice.h"
#include "gangwerk/sync/v1/sync.pb.h"
#include "grpcchannel.h"
#include "hourhistorymodel.h"
#include "hoursfamily.h"
#include "memberprogressmodel.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "serverfixture.h"
#include "syncstatus.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTcpServer>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace gw;
using namespace gw::sync;

class TestSyncEngine : public QObject
{
    Q_OBJECT

    static QString entriesOf(const QString &memberId)
    {
        return QStringLiteral("SELECT id FROM hour_entry WHERE member_id = '%1'").arg(memberId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ServerFixture::binary()), "gangwerk-server not built");
    }

    // A pulled page waits to be written as it came; only its own fields are read on arrival.
    // They must be what a full parse says, for any page a server can send, and a page that is
    // not a message (cut short, bytes flipped) must be refused or read safely, never crash.
    void aPageIsOutlinedAsAFullParseReadsIt()
    {
        namespace pb = ::gangwerk::sync::v1;
        QRandomGenerator rng(20261207);
        int refused = 0, checked = 0;
        for (int round = 0; round < 300; ++round) {
            pb::PullResponse page;
            // Every tenth page empty. (bounded(0) is a Q_ASSERT in a debug build: the
            // sanitizer preset's run aborted here. One draw either way, as before.)
            const int drawn = int(rng.bounded(40));
            const int changes = round % 10 == 0 ? 0 : drawn;
            for (int i = 0; i < changes; ++i) {
                pb::Change *c = page.add_changes();
                c->set_seq(rng.generate64() >> rng.bounded(64));
                c->mutable_hour_entry()->set_id(newId().toStdString());
                c->mutable_hour_entry()->set_minutes(int(rng.bounded(600)));
                c->set_own(rng.bounded(2) == 1);
            }
            if (rng.bounded(3))
                page.set_next_cursor(QByteArray(int(rng.bounded(64)), 'c').toStdString());
            page.set_has_more(rng.bounded(2) == 1);
            page.set_reset(rng.bounded(5) == 0);
            page.set_remaining(rng.bounded(2) ? rng.generate64() >> rng.bounded(64) : 0);
            if (rng.bounded(4) == 0) // a field a newer server adds
                page.GetReflection()->MutableUnknownFields(&page)->AddVarint(99, 7);
            const QByteArray wire = QByteArray::fromStdString(page.SerializeAsString());
            const std::optional<PageOutline> outline = outlinePage(wire);
            QVERIFY(outline);
            QCOMPARE(outline->changes, qint64(page.changes_size()));
            QCOMPARE(outline->more, page.has_more());
            QCOMPARE(outline->nextCursor, QByteArray::fromStdString(page.next_cursor()));
            QCOMPARE(quint64(outline->remaining),
                     std::min<quint64>(page.remaining(), quint64(INT64_MAX)));
            // Broken copies: cut anywhere, or one byte changed.
            for (int k = 0; k < 20 && !wire.isEmpty(); ++k) {
                QByteArray bad = wire;
                if (k % 2)
                    bad.truncate(int(rng.bounded(int(wire.size()))));
                else
                    bad[int(rng.bounded(int(wire.size())))] = char(rng.bounded(256));
                const std::optional<PageOutline> o = outlinePage(bad);
                pb::PullResponse full;
                if (!full.ParseFromArray(bad.constData(), int(bad.size()))) {
                    refused += !o;
                    continue;
                }
                // What a full parse accepts, the outline accepts, with the same fields.
                QVERIFY(o);
                QCOMPARE(o->changes, qint64(full.changes_size()));
                QCOMPARE(o->more, full.has_more());
                QCOMPARE(o->nextCursor, QByteArray::fromStdString(full.next_cursor()));
                ++checked;
            }
        }
        QVERIFY(refused > 100);
        QVERIFY(checked > 100);
        QVERIFY(!outlinePage(QByteArray("\x0a\xff\xff\xff\xff\x0f", 6))); // a change past the end
    }

    // A newer server sends a kind of record this version does not know: the rest still
    // applies, the kind is noted, and the version that knows it pulls everything again, so
    // nothing is lost by having been passed over.
    void kindsFromANewerServerAreFetchedAfterAnUpdate()
    {
        ServerFixture server;
        QVERIFY(!server.initProject(QStringLiteral("Nieuwbouw")).isEmpty());
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(
            server.start({QStringLiteral("--test-fault"), QStringLiteral("newer-record-kind")}));
        ClientDevice a(QStringLiteral("Anna"));
        QVERIFY(a.enroll(server.url(), code));
        QVERIFY(a.log(1, 60));
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingCount(), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM member")), 1);
        QCOMPARE(ProjectRepository(a.store).setting(SyncEngine::kSkippedKindsSetting),
                 QStringLiteral("99"));

        // Pretend this store was left by an older version that passed over hour entries
        // (Change field 4) and so never stored this one; the version that knows them starts.
        const QStringList entries = a.ids(entriesOf(a.memberId()));
        QCOMPARE(entries.size(), 1);
        a.store.exec("DELETE FROM hour_entry");
        ProjectRepository(a.store).setSetting(QLatin1String(SyncEngine::kSkippedKindsSetting),
                                              QStringLiteral("4,99"));
        a.engine = std::make_unique<SyncEngine>(a.store, a.clock, ClientDevice::manual());
        QVERIFY(ProjectRepository(a.store).setting(SyncEngine::kSkippedKindsSetting).isEmpty());
        QVERIFY(a.sync());
        QCOMPARE(a.ids(entriesOf(a.memberId())), entries);
    }

    // The answer to the enrolment that used the code is lost on the way (the code is used on the
    // server): trying again, as the person would (also after a restart of the app), enrols this
    // device after all, instead of
    // "code already used" and a trip to the beheerder for a new one. Another device with the
    // same code is still refused.
    void aLostEnrolAnswerIsAnsweredAgainOnTheNextTry()
    {
        ServerFixture server;
        QVERIFY(!server.initProject(QStringLiteral("Onderweg")).isEmpty());
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(
            server.start({QStringLiteral("--test-fault"), QStringLiteral("drop-enrol-answer")}));
        ClientDevice a(QStringLiteral("Anna"));
        QVERIFY(!a.enroll(server.url(), code));
        QCOMPARE(a.engine->state(), SyncEngine::State::NotEnrolled);
        // Anna closes the app and opens it again before she tries once more.
        QVERIFY(a.reopen());
        ClientDevice other(QStringLiteral("Bram"));
        QVERIFY(!other.enroll(server.url(), code));
        QVERIFY(a.enroll(server.url(), code));
        QVERIFY(a.engine->state() != SyncEngine::State::NotEnrolled);
        QVERIFY(a.log(1, 60));
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingCount(), 0);
        // One member and one device came of the code.
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM member WHERE role = 'RESIDENT'")), 1);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM member_device")), 1);
        // The key is not kept once the enrolment is answered.
        QVERIFY(ProjectRepository(a.store)
                    .setting(QLatin1String(SyncEngine::kEnrolKeySetting))
                    .isEmpty());
    }

    // A busy server sheds calls with RESOURCE_EXHAUSTED and a retry hint: each device shows
    // calm words (its changes are safe), waits at least the hint, spread by jitter so that the
    // devices it turned away do not come back in the same instant, and then syncs.
    void aBusyServerIsRetriedAfterItsHintWithJitter()
    {
        ServerFixture server;
        QVERIFY(!server.initProject(QStringLiteral("Druk")).isEmpty());
        QVERIFY(server.start());
        SyncEngine::Options o;
        o.backoffMin = std::chrono::milliseconds(50);
        o.debounce = std::chrono::milliseconds(10);
        o.callDeadline = std::chrono::milliseconds(10000);
        std::vector<std::unique_ptr<ClientDevice>> devices;
        for (int i = 0; i < 6; ++i) {
            devices.push_back(std::make_unique<ClientDevice>(QStringLiteral("d%1").arg(i)));
            QVERIFY(
                devices.back()->enroll(server.url(), server.invite(QStringLiteral("resident"))));
            QVERIFY(devices.back()->sync());
        }
        // The next six calls are shed, as a server with a full queue sheds them.
        QVERIFY(server.start({QStringLiteral("--test-fault"), QStringLiteral("busy:6")}));
        QList<qint64> delays;
        QElapsedTimer since;
        since.start();
        for (const auto &d : devices) {
            // The app's engine, retrying by itself (on a fresh connection to the new server).
            d->engine = std::make_unique<SyncEngine>(d->store, d->clock, o);
            QSignalSpy finished(d->engine.get(), &SyncEngine::syncFinished);
            QVERIFY(d->log(1, 30));
            d->engine->syncNow();
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().at(0).toBool(), false);
            QCOMPARE(d->engine->state(), SyncEngine::State::Offline);
            QVERIFY2(d->engine->problem().contains(QLatin1String("busy")),
                     qPrintable(d->engine->problem()));
            QVERIFY(d->engine->pendingCount() > 0);
            const qint64 wait = d->engine->nextRetryIn().count();
            // The hint is 1000 ms; jitter adds up to half of it (and a coarse timer up to 5%).
            QVERIFY2(wait >= 900 && wait <= 1600, qPrintable(QString::number(wait)));
            delays.append(wait);
        }
        // Without jitter all six would wait the same 1000 ms; with it, the chance that six
        // draws from 500 ms land within 30 ms of each other is about one in a million.
        const auto [low, high] = std::minmax_element(delays.begin(), delays.end());
        QVERIFY2(*high - *low > 30, "devices turned away together come back spread out");
        for (const auto &d : devices) {
            QTRY_COMPARE_WITH_TIMEOUT(d->engine->state(), SyncEngine::State::Idle, 10000);
            QCOMPARE(d->engine->pendingCount(), 0);
            QVERIFY(d->engine->problem().isEmpty());
        }
        QVERIFY(since.elapsed() >= 900);
    }

    // (a) Offline entries on two residents, then sync: all converge; a resident never receives
    // the other's hours; the beheerder receives both.
    void twoResidentsAndBeheerderConverge()
    {
        ServerFixture server;
        const QString beheerderCode = server.initProject(QStringLiteral("Montana"));
        const QString codeA = server.invite(QStringLiteral("resident"));
        const QString codeB = server.invite(QStringLiteral("resident"));
        QVERIFY(!beheerderCode.isEmpty() && !codeA.isEmpty() && !codeB.isEmpty());
        QVERIFY(server.start());

        ClientDevice a(QStringLiteral("Anna")), b(QStringLiteral("Bilal")),
            h(QStringLiteral("Beheerder"));
        QVERIFY(a.enroll(server.url(), codeA));
        QVERIFY(b.enroll(server.url(), codeB));
        QVERIFY(h.enroll(server.url(), beheerderCode));
        QVERIFY(a.hours->isReady());
        QCOMPARE(a.hours->projectName(), QStringLiteral("Montana"));
        QCOMPARE(a.engine->state(), SyncEngine::State::Idle);

        // The server goes away; both residents keep logging.
        server.stop();
        QVERIFY(a.log(0, 60));
        QVERIFY(a.log(1, 90));
        QVERIFY(a.log(2, 30));
        QVERIFY(b.log(0, 120));
        QVERIFY(b.log(3, 45));
        const QString voided = a.hours->repository().history(a.memberId()).last().id;
        QVERIFY(a.hours->removeEntry(voided)); // a void is a mutation too
        QCOMPARE(a.engine->pendingCount(), 4);
        QCOMPARE(b.engine->pendingCount(), 2);
        QVERIFY(!a.sync());
        QCOMPARE(a.engine->state(), SyncEngine::State::Offline);
        QVERIFY(a.engine->problem().contains(QLatin1String("cannot be reached")));
        {
            // This machine has a network: the line says the server is the trouble, not "offline".
            SyncStatus status(a.clock);
            status.setEngine(a.engine.get());
            QVERIFY2(status.line().contains(QLatin1String("server does not answer")),
                     qPrintable(status.line()));
            QVERIFY(status.hasTrouble());
        }
        QCOMPARE(a.engine->pendingCount(), 4);

        QVERIFY(server.start());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(h.sync());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(a.engine->state(), SyncEngine::State::Idle);
        QVERIFY(a.engine->problem().isEmpty());
        QVERIFY(a.engine->lastSyncedAt().isValid());
        QCOMPARE(a.engine->pendingCount(), 0);
        QCOMPARE(b.engine->pendingCount(), 0);

        // Each resident has exactly their own entries; the beheerder has both sets.
        QCOMPARE(a.ids(entriesOf(a.memberId())).size(), 4);
        QCOMPARE(b.ids(entriesOf(b.memberId())).size(), 2);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM hour_entry WHERE member_id <> '%1'")
                             .arg(a.memberId())),
                 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM hour_entry WHERE member_id <> '%1'")
                             .arg(b.memberId())),
                 0);
        QCOMPARE(h.ids(entriesOf(a.memberId())), a.ids(entriesOf(a.memberId())));
        QCOMPARE(h.ids(entriesOf(b.memberId())), b.ids(entriesOf(b.memberId())));
        // The beheerder knows both members by name (public fields), the residents only theirs
        // and the others' public fields.
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM member WHERE display_name IN "
                                        "('Anna', 'Bilal')")),
                 2);
        // Totals agree on every device that may see them.
        QCOMPARE(a.hours->doneMinutes(), 60 + 90 + 30 - 30 * int(true));
        HoursRepository ledgerH(h.store, true);
        const auto period = a.hours->progress().period;
        QCOMPARE(ledgerH.effectiveMinutes(a.memberId(), period),
                 a.hours->repository().effectiveMinutes(a.memberId(), period));
        QCOMPARE(ledgerH.effectiveMinutes(b.memberId(), period),
                 b.hours->repository().effectiveMinutes(b.memberId(), period));

        // Nothing new: a second round changes nothing and stays idle.
        const int before = h.count(QStringLiteral("SELECT count(*) FROM hour_entry"));
        QVERIFY(h.sync());
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM hour_entry")), before);
    }

    // (b) A change the server refuses comes back with its reason, is shown as refused, stops
    // counting, and does not block the changes after it.
    void rejectionIsShownNotDropped()
    {
        ServerFixture server;
        server.initProject(QStringLiteral("Montana"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna"));
        QVERIFY(a.enroll(server.url(), code));

        // Logged on a day that was fine for the device then, synced 70 days later: by then the
        // server's backdating limit (60 days) has passed.
        a.clock.offsetDays = -70;
        a.hours->reload();
        QVERIFY(a.log(0, 120, QStringLiteral("late")));
        const QString lateId = a.hours->repository().history(a.memberId()).first().id;
        a.clock.offsetDays = 0;
        a.hours->reload();
        QVERIFY(a.log(0, 60));

        HourHistoryModel history(*a.hours);
        QAbstractItemModelTester tester(&history,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rejTester(a.engine->rejections(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history.rowCount(), 2);
        QVERIFY(history.data(history.index(0), HourHistoryModel::PendingRole).toBool());

        QSignalSpy rejected(a.engine.get(), &SyncEngine::mutationRejected);
        QVERIFY(a.sync());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), lateId);
        QCOMPARE(rejected.first().at(1).toString(), QStringLiteral("DAY_TOO_OLD"));
        QVERIFY(!rejected.first().at(2).toString().isEmpty());
        QCOMPARE(a.engine->pendingCount(), 0);

        auto *rej = a.engine->rejections();
        QCOMPARE(rej->rowCount(), 1);
        QCOMPARE(rej->data(rej->index(0), RejectionModel::ReasonCodeRole).toString(),
                 QStringLiteral("DAY_TOO_OLD"));
        QCOMPARE(rej->data(rej->index(0), RejectionModel::RecordIdRole).toString(), lateId);
        // Said as what it was, from the registry (the screen shows it), not as a kind code.
        QCOMPARE(rej->data(rej->index(0), RejectionModel::WhatRole).toString(),
                 QStringLiteral("Hours you logged"));

        // The history keeps the refused entry, marked, with the server's words; it no longer
        // counts, the one after it does.
        QCOMPARE(history.rowCount(), 2);
        const QModelIndex late = history.index(1);
        QCOMPARE(history.data(late, HourHistoryModel::EntryIdRole).toString(), lateId);
        QVERIFY(history.data(late, HourHistoryModel::RejectedRole).toBool());
        QVERIFY(!history.data(late, HourHistoryModel::PendingRole).toBool());
        QCOMPARE(history.data(late, HourHistoryModel::RejectionTextRole).toString(),
                 rejected.first().at(2).toString());
        QVERIFY(!history.data(history.index(0), HourHistoryModel::PendingRole).toBool());
        QVERIFY(!history.data(history.index(0), HourHistoryModel::RejectedRole).toBool());
        QCOMPARE(a.hours->doneMinutes(), 60);

        // Still refused (not re-sent, not lost) after another round and a restart of the app.
        QVERIFY(a.sync());
        QCOMPARE(rejected.size(), 1);
        SyncEngine again(a.store, a.clock, ClientDevice::manual());
        QCOMPARE(again.rejections()->rowCount(), 1);
        QCOMPARE(again.pendingCount(), 0);
    }

    // A device's next push can overtake the one before it on the way (a slow phone: both
    // requests share one connection). The server then decides the later one first and answers
    // "expected seq 1"; the device must not take that for a server that lost its changes
    // (sending everything again, its waiting count going back up): it sends on from its outbox,
    // and each change is applied once.
    void aPushThatOvertookTheOneBeforeItDoesNotSendEverythingAgain()
    {
        ServerFixture server;
        server.initProject(QStringLiteral("Montana"));
        QVERIFY(server.start({QStringLiteral("--test-fault"), QStringLiteral("overtake")}));
        SyncEngine::Options small = ClientDevice::manual();
        small.pushBatch = 3;
        ClientDevice a(QStringLiteral("Anna"), small);
        QVERIFY(a.enroll(server.url(), server.invite(QStringLiteral("resident"))));
        for (int i = 0; i < 10; ++i)
            QVERIFY(a.log(i % 3, 15));
        QCOMPARE(a.engine->pendingCount(), 10);
        QList<int> waiting{10};
        connect(a.engine.get(), &SyncEngine::pendingCountChanged, this,
                [&] { waiting.append(a.engine->pendingCount()); });
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingCount(), 0);
        QStringList seen;
        for (int n : waiting)
            seen << QString::number(n);
        for (int i = 1; i < waiting.size(); ++i)
            QVERIFY2(waiting[i] <= waiting[i - 1],
                     qPrintable(QStringLiteral("the waiting count went back up: ") +
                                seen.join(QLatin1Char(' '))));
        Statement applied(a.store, "SELECT count(*) FROM outbox WHERE state = 'APPLIED'");
        QVERIFY(applied.next());
        QCOMPARE(applied.integer(0), 10);
        ClientDevice b(QStringLiteral("Beheerder"));
        QVERIFY(b.enroll(server.url(), server.invite(QStringLiteral("beheerder"))));
        QVERIFY(b.sync());
        Statement entries(b.store, "SELECT count(*) FROM hour_entry");
        QVERIFY(entries.next());
        QCOMPARE(entries.integer(0), 10);
    }

    // A long outbox goes in several pushes, the next one sent before the one before it is
    // answered, and each answer written while the server decides the next: every answer lands
    // on its own changes, a refusal in the middle stays a refusal, and nothing is sent twice
    // or left behind.
    void aLongOutboxGoesInBatchesAndEveryAnswerIsRecorded()
    {
        ServerFixture server;
        server.initProject(QStringLiteral("Montana"));
        QVERIFY(server.start());
        SyncEngine::Options small = ClientDevice::manual();
        small.pushBatch = 3;
        ClientDevice a(QStringLiteral("Anna"), small);
        QVERIFY(a.enroll(server.url(), server.invite(QStringLiteral("resident"))));
        ClientDevice b(QStringLiteral("Beheerder"));
        QVERIFY(b.enroll(server.url(), server.invite(QStringLiteral("beheerder"))));

        QString lateId;
        for (int i = 0; i < 10; ++i) {
            // The fifth is too old for the server by the time it is sent (see above).
            a.clock.offsetDays = i == 4 ? -70 : 0;
            a.hours->reload();
            QVERIFY(a.log(i == 4 ? 0 : i % 3, 15 * (1 + i % 2)));
        }
        {
            Statement oldest(a.store, "SELECT id FROM hour_entry ORDER BY day LIMIT 1");
            QVERIFY(oldest.next());
            lateId = oldest.text(0);
        }
        a.clock.offsetDays = 0;
        a.hours->reload();
        QCOMPARE(a.engine->pendingCount(), 10);

        QSignalSpy rejected(a.engine.get(), &SyncEngine::mutationRejected);
        QVERIFY(a.sync());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), lateId);
        QCOMPARE(a.engine->pendingCount(), 0);
        const auto count = [&](const char *sql) {
            Statement st(a.store, sql);
            st.next();
            return st.integer(0);
        };
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE acked = 1 AND state = 'APPLIED'"), 9);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE acked = 1 AND state = 'REJECTED'"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox"), 10);

        // Three more after that: numbered on, sent once.
        for (int i = 0; i < 3; ++i)
            QVERIFY(a.log(0, 5));
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingCount(), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE acked = 1 AND state = 'APPLIED'"), 12);

        // The server holds each accepted entry once: the beheerder sees 12, and the server's
        // device list says it has all 13 of Anna's changes.
        QVERIFY(b.sync());
        Statement held(b.store, "SELECT COUNT(*), COUNT(DISTINCT id) FROM hour_entry WHERE "
                                "member_id = ?1");
        held.bind(1, a.memberId());
        QVERIFY(held.next());
        QCOMPARE(held.integer(0), 12);
        QCOMPARE(held.integer(1), 12);
        Statement self(a.store, "SELECT device_id FROM sync_state");
        QVERIFY(self.next());
        const auto devices = server.run(
            {QStringLiteral("list-devices"), QStringLiteral("--data"), server.dataDir()});
        int lastSeq = -1;
        for (const QString &line : devices.out.split(QLatin1Char('\n'))) {
            const auto cols = line.split(QLatin1Char('\t'));
            if (cols.size() >= 6 && cols.at(0) == self.text(0))
                lastSeq = cols.at(5).toInt();
        }
        QCOMPARE(lastSeq, 13);
    }

    // A day holds at most 16 hours, counted as the server counts them (a corrected entry no
    // longer counts): a correction never makes a later entry on the same day refused, and a
    // refusal from the server says how much is left that day.
    void theServerCountsADayAsItsEntriesStand()
    {
        ServerFixture server;
        server.initProject(QStringLiteral("Montana"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna"));
        QVERIFY(a.enroll(server.url(), server.invite(QStringLiteral("resident"))));
        const QDate day = a.hours->today().addDays(-1);
        const auto cat = QStringLiteral("anders");
        QVERIFY(a.hours->log({day, 8 * 60, cat, {}}));
        const QString first = a.hours->repository().history(a.memberId()).first().id;
        QVERIFY(a.hours->log({day, 8 * 60, cat, QStringLiteral("corrected")}, first));
        QVERIFY(a.sync());
        QCOMPARE(a.engine->rejections()->rowCount(), 0);

        // 8 h count (the first 8 h were corrected): 4 h more fit, on the server too.
        QVERIFY(a.hours->log({day, 4 * 60, cat, {}}));
        QSignalSpy rejected(a.engine.get(), &SyncEngine::mutationRejected);
        QVERIFY(a.sync());
        QCOMPARE(rejected.size(), 0);

        // 12 h count. A second phone (which does not know these yet) logs 5 h: the server
        // refuses, with what is left that day.
        ClientDevice phone(QStringLiteral("Anna2"));
        const auto again =
            server.run({QStringLiteral("invite"), QStringLiteral("--data"), server.dataDir(),
                        QStringLiteral("--project"), QStringLiteral("Montana"),
                        QStringLiteral("--member"), a.memberId()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(phone.enroll(server.url(), again.lastLine()));
        phone.hours->reload();
        QVERIFY(phone.hours->log({day, 5 * 60, cat, {}}));
        QSignalSpy phoneRejected(phone.engine.get(), &SyncEngine::mutationRejected);
        QVERIFY(phone.sync());
        QCOMPARE(phoneRejected.size(), 1);
        QVERIFY2(phoneRejected.first().at(1).toString().contains(QLatin1String("DAY_TOTAL")),
                 qPrintable(phoneRejected.first().at(1).toString()));
        QVERIFY2(phoneRejected.first().at(2).toString().contains(QLatin1String("add 4 h more")),
                 qPrintable(phoneRejected.first().at(2).toString()));
    }

    // (e) Marker strings pushed and pulled never appear in the client's files.
    void clientStoreStaysEncrypted()
    {
        ServerFixture server;
        const QString hCode = server.initProject(QStringLiteral("Montana"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna")), h(QStringLiteral("Beheerder"));
        QVERIFY(a.enroll(server.url(), code, QStringLiteral("MARKERNAMEQX")));
        QVERIFY(h.enroll(server.url(), hCode));
        const QString marker = QStringLiteral("MARKERNOTEZK7");
        QVERIFY(a.log(0, 60, marker));
        QVERIFY(a.sync());
        QVERIFY(h.sync());
        QCOMPARE(
            h.count(
                QStringLiteral("SELECT count(*) FROM hour_entry WHERE note = '%1'").arg(marker)),
            1);
        const QByteArray token = [&] {
            Statement s(a.store, "SELECT device_token FROM sync_state");
            s.next();
            return s.text(0).toUtf8();
        }();
        QVERIFY(token.size() > 20);

        for (ClientDevice *d : {&a, &h}) {
            // Qt's network cache too: answers must never land there in plaintext.
            QDirIterator cache(d->engine->channel().cacheDirectory(), QDir::Files,
                               QDirIterator::Subdirectories);
            while (cache.hasNext()) {
                QFile f(cache.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(marker.toUtf8()), qPrintable(f.fileName()));
            }
            QDirIterator it(QFileInfo(d->path()).absolutePath(), QDir::Files);
            int files = 0;
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                ++files;
                for (const QByteArray &m :
                     {marker.toUtf8(), QByteArrayLiteral("MARKERNAMEQX"), token,
                      QByteArrayLiteral("Montana"), QByteArrayLiteral("SQLite format 3")}) {
                    QVERIFY2(!bytes.contains(m),
                             qPrintable(f.fileName() + QStringLiteral(" holds ") + m));
                }
            }
            QVERIFY(files >= 2); // the db and its -wal at least
        }
    }

    // (f) Transport errors map to what a user can be told.
    // A phone restored from an older backup reuses client_seq numbers the server already has
    // for other changes: the device renumbers and sends its new changes; nothing is refused.
    // The device's store file goes back to @p copy (as a phone restored from its backup).
    static bool restoreStore(ClientDevice &a, const QString &copy)
    {
        a.engine.reset();
        a.hours.reset();
        a.store.close();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(a.path() + QLatin1String(suffix));
        if (!QFile::copy(copy, a.path()) ||
            !a.store.open(a.path(), StoreKey::raw(a.m_key), clientSchema()).ok())
            return false;
        a.context = std::make_unique<MemberContext>(a.store, a.clock);
        a.hours = std::make_unique<HoursService>(*a.context);
        a.engine = std::make_unique<SyncEngine>(a.store, a.clock, ClientDevice::manual());
        QObject::connect(a.engine.get(), &SyncEngine::dataChanged, a.hours.get(),
                         &HoursService::reload);
        return true;
    }

    // @p a logs an entry and syncs, its store is copied (returned: the copy's path, empty when
    // a step failed), then it logs two more entries and syncs them.
    static QString copyThenTwoMoreEntries(ClientDevice &a)
    {
        if (!a.log(1, 60) || !a.sync())
            return {};
        a.store.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QString copy = a.m_dir.filePath(QStringLiteral("copy.db"));
        if (!QFile::copy(a.path(), copy) || !a.log(2, 30) || !a.log(3, 45) || !a.sync())
            return {};
        return copy;
    }

    // A device pulls its own changes back in brief (ids only: it holds them), but a device
    // restored from a copy lacks what it made after the copy: it gets those whole, whether or
    // not it has anything new to send.
    void aRestoredDeviceGetsBackWhatItMadeAfterTheCopy()
    {
        ServerFixture server;
        QVERIFY(!server.initProject(QStringLiteral("Montana")).isEmpty());
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna"));
        QVERIFY(a.enroll(server.url(), code));
        const QString copy = copyThenTwoMoreEntries(a);
        QVERIFY(!copy.isEmpty());
        QVERIFY(a.sync());
        const QStringList all = a.ids(entriesOf(a.memberId()));
        QCOMPARE(all.size(), 3);

        QVERIFY(restoreStore(a, copy));
        QCOMPARE(a.ids(entriesOf(a.memberId())).size(), 1);
        QVERIFY(a.sync()); // nothing to send
        QCOMPARE(a.ids(entriesOf(a.memberId())), all);
        QCOMPARE(a.engine->pendingCount(), 0);
    }

    void restoredDeviceRenumbers()
    {
        ServerFixture server;
        const QString beheerderCode = server.initProject(QStringLiteral("Montana"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna"));
        QVERIFY(a.enroll(server.url(), code));
        const QString backup = copyThenTwoMoreEntries(a); // seq 2 and 3 applied on the server
        QVERIFY(!backup.isEmpty());

        QVERIFY(restoreStore(a, backup));
        QVERIFY(a.log(4, 20)); // takes client_seq 2 again on this device
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingCount(), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'REJECTED'")),
                 0);
        QCOMPARE(a.engine->rejections()->rowCount(), 0);
        // The server has all four entries once, and the device has them back.
        ClientDevice h(QStringLiteral("Inge"));
        QVERIFY(h.enroll(server.url(), beheerderCode));
        QVERIFY(h.sync());
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM hour_entry")), 4);
        QVERIFY(a.sync());
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM hour_entry")), 4);
    }

    void cleartextOnlyToThisMachine()
    {
        // Checked without sending anything: a token must never cross a network unencrypted.
        QVERIFY(!SyncEngine::normalizeServerUrl(QStringLiteral("http://192.0.2.7:8080")).isValid());
        QVERIFY(!SyncEngine::normalizeServerUrl(QStringLiteral("http://gangwerk.example.nl"))
                     .isValid());
        QVERIFY(SyncEngine::normalizeServerUrl(QStringLiteral("http://127.0.0.1:50443")).isValid());
        QVERIFY(SyncEngine::normalizeServerUrl(QStringLiteral("http://[::1]:50443")).isValid());
        QVERIFY(SyncEngine::normalizeServerUrl(QStringLiteral("http://localhost:50443")).isValid());
        QCOMPARE(SyncEngine::normalizeServerUrl(QStringLiteral("gangwerk.example.nl")),
                 QUrl(QStringLiteral("https://gangwerk.example.nl:443")));
        QVERIFY(GrpcChannel::isLoopbackHost(QStringLiteral("127.3.4.5")));
        QVERIFY(!GrpcChannel::isLoopbackHost(QStringLiteral("10.0.0.1")));
    }

    // The app enrols and syncs over TLS with a real server (HTTP/2 over ALPN, the server's
    // certificate checked against the roots the app trusts); a certificate it does not trust
    // (self-signed and not added, or made out to another name) stops it before anything is
    // sent, with words for the user.
    void tlsEnrolmentAndCertificateErrors()
    {
        ServerFixture server;
        const QString hCode = server.initProject(QStringLiteral("Versleuteld"));
        const QString code = server.invite(QStringLiteral("resident"));
        const auto makeCert = [&](const QString &name, const QString &san) {
            const QString cert = server.tempPath(name + QStringLiteral(".pem"));
            const QString key = server.tempPath(name + QStringLiteral(".key"));
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"),
                           QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=gangwerk-test"), QStringLiteral("-addext"),
                           QStringLiteral("subjectAltName=") + san});
            return openssl.waitForFinished(30000) && openssl.exitCode() == 0
                       ? std::make_pair(cert, key)
                       : std::make_pair(QString(), QString());
        };
        const auto [cert, key] = makeCert(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1"));
        QVERIFY(!cert.isEmpty());
        server.useTls(cert, key);
        QVERIFY(server.start());
        QVERIFY(server.url().startsWith(QLatin1String("https://127.0.0.1:")));

        // Not trusted (self-signed, not added): refused before the code is sent.
        {
            ClientDevice a(QStringLiteral("Anna"));
            QSignalSpy done(a.engine.get(), &SyncEngine::enrollFinished);
            a.engine->enroll(server.url(), code, QStringLiteral("phone"));
            QVERIFY(done.wait(15000));
            QCOMPARE(done.first().at(0).toBool(), false);
            QCOMPARE(done.first().at(1).value<SyncEngine::EnrollError>(),
                     SyncEngine::EnrollError::UntrustedCertificate);
            QVERIFY(done.first().at(2).toString().contains(QLatin1String("certificate")));
            QVERIFY(!a.engine->isEnrolled());
        }
        // Trusted: enrols (the code was not used up above) and syncs over TLS.
        ClientDevice a(QStringLiteral("Anna")), h(QStringLiteral("Beheerder"));
        for (ClientDevice *d : {&a, &h})
            d->engine->channel().setCaCertificates(QSslCertificate::fromPath(cert));
        QVERIFY(a.enroll(server.url(), code));
        QVERIFY(h.enroll(server.url(), hCode));
        QVERIFY(a.log(1, 45));
        QVERIFY(a.sync());
        QVERIFY(h.sync());
        QCOMPARE(h.ids(entriesOf(a.memberId())), a.ids(entriesOf(a.memberId())));
        QCOMPARE(h.ids(entriesOf(a.memberId())).size(), 1);

        // The server now shows a certificate made out to another name: the trusted device
        // stops, says why, and keeps its change.
        const auto [other, otherKey] =
            makeCert(QStringLiteral("other"), QStringLiteral("DNS:gangwerk.example.org"));
        QVERIFY(!other.isEmpty());
        server.useTls(other, otherKey);
        QVERIFY(server.start());
        a.engine->channel().setCaCertificates(QSslCertificate::fromPath(cert) +
                                              QSslCertificate::fromPath(other));
        QVERIFY(a.log(2, 30));
        QVERIFY(!a.sync());
        QVERIFY2(a.engine->problem().contains(QLatin1String("certificate")),
                 qPrintable(a.engine->problem()));
        QVERIFY(a.engine->pendingCount() > 0);
    }

    // Each call's bytes leave at once: the app's connection to the server has Nagle's algorithm
    // off (Qt leaves it on, and then every call waited ~40 ms for the server's delayed
    // acknowledgement, also on loopback). What users notice is the time a sync takes; that is
    // measured by the soak and the bench, never here; this checks the connection's option.
    void theConnectionSendsWithoutDelay()
    {
        ServerFixture server;
        server.initProject(QStringLiteral("Snel"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna"));
        QVERIFY(a.enroll(server.url(), code));
        QVERIFY(a.log(1, 30));
        QVERIFY(a.sync());
        int connections = 0;
        for (int fd = 0; fd < 4096; ++fd) {
            sockaddr_in peer{};
            socklen_t len = sizeof peer;
            if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &len) != 0 ||
                peer.sin_family != AF_INET || ntohs(peer.sin_port) != server.port())
                continue;
            int on = 0;
            len = sizeof on;
            QCOMPARE(::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &len), 0);
            QVERIFY2(on == 1, "a connection to the server has Nagle's algorithm on");
            ++connections;
        }
        QVERIFY(connections >= 1);
    }

    // The network comes back: the app syncs at once instead of waiting out its backoff (here a
    // minute); the network goes away: it shows "offline". The platform's signal
    // (QNetworkInformation) has no backend in this container, so the engine's handler is
    // called as that signal would call it.
    void networkIsBackSyncsAtOnce()
    {
        ServerFixture server;
        server.initProject(QStringLiteral("Netwerk"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        SyncEngine::Options o;
        o.backoffMin = std::chrono::milliseconds(60000);
        o.debounce = std::chrono::milliseconds(60000);
        o.callDeadline = std::chrono::milliseconds(5000);
        ClientDevice a(QStringLiteral("Anna"), o);
        QVERIFY(a.enroll(server.url(), code));
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->state(), SyncEngine::State::Idle, 10000);

        server.stop();
        QVERIFY(a.log(1, 30));
        QVERIFY(!a.sync());
        QCOMPARE(a.engine->state(), SyncEngine::State::Offline);
        QVERIFY(a.engine->nextRetryIn().count() >= 25000); // half the backoff at least

        a.engine->reachabilityChanged(QNetworkInformation::Reachability::Disconnected);
        QCOMPARE(a.engine->state(), SyncEngine::State::Offline);
        QVERIFY(server.start());
        // Well before the retry (at least 30 s away): only the network's return can do this.
        a.engine->reachabilityChanged(QNetworkInformation::Reachability::Online);
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->pendingCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->state(), SyncEngine::State::Idle, 10000);
    }

    // A first sync of many changes shows how far it is: records and percent, rising to all of
    // them, in the status line the screens show; then the line goes back to "synced".
    // A project whose resident (`a`, enrolled here) logged 60 entries and synced them; the
    // beheerder's invite code in @p beheerderCode, for a device that pulls them all.
    static void sixtyEntries(ServerFixture &server, ClientDevice &a, QString &beheerderCode)
    {
        beheerderCode = server.initProject(QStringLiteral("Zestig"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        QVERIFY(a.enroll(server.url(), code));
        for (int i = 0; i < 60; ++i)
            QVERIFY(a.log(1 + i % 20, 5));
        QVERIFY(a.sync());
    }

    // Pages and apply batches of 10 changes: a pull of 60 entries takes several of each.
    static SyncEngine::Options smallPages()
    {
        SyncEngine::Options o = ClientDevice::manual();
        o.pullLimit = 10;
        o.applyBatch = 10;
        return o;
    }

    void aLongFirstSyncShowsItsProgress()
    {
        ServerFixture server;
        ClientDevice a(QStringLiteral("Anna"));
        QString hCode;
        sixtyEntries(server, a, hCode);
        if (QTest::currentTestFailed())
            return;

        ClientDevice h(QStringLiteral("Beheerder"), smallPages());
        QVERIFY(h.enroll(server.url(), hCode));
        SyncStatus status(h.clock);
        status.setEngine(h.engine.get());
        QList<QPair<qint64, qint64>> seen;
        QStringList lines;
        connect(h.engine.get(), &SyncEngine::progressChanged, this, [&] {
            seen.append({h.engine->progressDone(), h.engine->progressTotal()});
            lines.append(status.line());
        });
        QVERIFY(h.sync());
        const qint64 total = h.count(QStringLiteral("SELECT count(*) FROM hour_entry"));
        QCOMPARE(total, 60);
        QVERIFY2(seen.size() > 3, "several steps of progress");
        const qint64 shownTotal = seen.first().second;
        QVERIFY(shownTotal >= total); // the entries and the members, project and devices
        qint64 last = -1;
        for (const auto &[done, all] : seen.mid(0, seen.size() - 1)) {
            QCOMPARE(all, shownTotal);
            QVERIFY(done >= last);
            last = done;
        }
        QCOMPARE(last, shownTotal); // all of it, before the round ended
        QCOMPARE(seen.last(), qMakePair(qint64(0), qint64(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(" of %1 (").arg(shownTotal)),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(seen.size() - 2).contains(QLatin1String("(100%)")));
        QCOMPARE(status.progress(), -1.0);
    }

    // A beheerder's first sync of a big project writes the entries first and their (member,
    // day) index once after them; the store ends as a device that pulled entry by entry would
    // have it, also when the pull breaks off halfway or the app stopped during it.
    void aBigPullBuildsItsIndexAfterTheEntries()
    {
        ServerFixture server;
        ClientDevice a(QStringLiteral("Anna"));
        QString hCode;
        sixtyEntries(server, a, hCode);
        if (QTest::currentTestFailed())
            return;
        const auto indexSql = [](const ClientDevice &d) {
            Statement s(d.store, "SELECT sql FROM sqlite_master WHERE name = "
                                 "'hour_entry_member_day'");
            return s.next() ? s.text(0) : QString();
        };
        const QString expected = indexSql(a); // as every store makes it
        QVERIFY(expected.contains(QLatin1String("member_id, day")));
        const QString noted =
            QStringLiteral("SELECT count(*) FROM setting WHERE key LIKE 'deferred_index:%'");

        SyncEngine::Options o = smallPages();
        o.bulkPullFrom = 30;
        o.callDeadline = std::chrono::seconds(3); // the server is killed below
        ClientDevice h(QStringLiteral("Beheerder"), o);
        QVERIFY(h.enroll(server.url(), hCode));
        QStringList midway; // the index as the screens saw it while the pull ran
        connect(h.engine.get(), &SyncEngine::progressChanged, this, [&] {
            if (h.engine->progressDone() > 0 && h.engine->progressDone() < 60)
                midway.append(indexSql(h));
        });
        QVERIFY(h.sync());
        QVERIFY2(midway.size() >= 2, "several batches");
        QVERIFY2(midway.first().isEmpty(), "the index waits for the end of the pull");
        QCOMPARE(indexSql(h), expected);
        QCOMPARE(h.count(noted), 0);
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM hour_entry")), 60);
        // The index is the one queries use (a member's day), and holds every entry.
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM hour_entry INDEXED BY "
                                        "hour_entry_member_day WHERE member_id = '%1'")
                             .arg(a.memberId())),
                 60);

        // A pull that breaks off halfway: the index is built when the round ends.
        ClientDevice b(QStringLiteral("Beheerder 2"), o);
        QVERIFY(b.enroll(server.url(), server.invite(QStringLiteral("beheerder"))));
        bool stopped = false;
        connect(b.engine.get(), &SyncEngine::progressChanged, this, [&] {
            if (!stopped && b.engine->progressDone() >= 20) {
                stopped = true;
                server.kill();
            }
        });
        QVERIFY(!b.sync());
        QVERIFY(stopped);
        const int held = b.count(QStringLiteral("SELECT count(*) FROM hour_entry"));
        QVERIFY2(held > 0 && held < 60, qPrintable(QString::number(held)));
        QTRY_COMPARE(indexSql(b), expected); // made on the pull's own thread, just after
        QTRY_COMPARE(b.count(noted), 0);

        // The app stopped during a big pull (the index dropped, its statement noted): the next
        // pull, however small, ends with the index made again.
        b.engine.reset();
        b.store.exec("BEGIN");
        b.store.exec("INSERT INTO setting (key, value) SELECT 'deferred_index:' || name, sql "
                     "FROM sqlite_master WHERE name = 'hour_entry_member_day'");
        b.store.exec("DROP INDEX hour_entry_member_day");
        b.store.exec("COMMIT");
        QVERIFY(b.reopen());
        QVERIFY(server.start());
        QVERIFY(b.sync());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM hour_entry")), 60);
        QCOMPARE(indexSql(b), expected);
        QCOMPARE(b.count(noted), 0);
    }

    void channelErrorMapping()
    {
        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 freePort = probe.serverPort();
        probe.close();
        GrpcChannel channel;
        channel.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort)));
        std::optional<GrpcResult> result;
        channel.call(QStringLiteral("Pull"), {}, std::chrono::milliseconds(3000), nullptr,
                     [&](const GrpcResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(result->transport, GrpcResult::Transport::Unreachable);
        QCOMPARE(result->code, GrpcCode::Unavailable);

        ClientDevice a(QStringLiteral("Anna"));
        QSignalSpy spy(a.engine.get(), &SyncEngine::enrollFinished);
        a.engine->enroll(QStringLiteral("http://127.0.0.1:%1").arg(freePort), QStringLiteral("X"),
                         QStringLiteral("phone"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().at(1).value<SyncEngine::EnrollError>(),
                 SyncEngine::EnrollError::Unreachable);
        QVERIFY(spy.first().at(2).toString().contains(QLatin1String("cannot be reached")));
        QVERIFY(!a.engine->isEnrolled());

        ServerFixture server;
        server.initProject(QStringLiteral("Montana"));
        QVERIFY(server.start());

        // A wrong invite code: plain words, nothing stored (not even the key sent with it).
        spy.clear();
        a.engine->enroll(server.url(), QStringLiteral("AAAA-BBBB-CCCC-DDDD"),
                         QStringLiteral("phone"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().at(1).value<SyncEngine::EnrollError>(),
                 SyncEngine::EnrollError::InvalidCode);
        QVERIFY(!a.hours->isReady());
        QVERIFY(ProjectRepository(a.store)
                    .setting(QLatin1String(SyncEngine::kEnrolKeySetting))
                    .isEmpty());

        // A wrong token: UNAUTHENTICATED, with the server's message.
        channel.setServer(QUrl(server.url()));
        channel.setToken(QStringLiteral("not-a-token"));
        result.reset();
        ::gangwerk::sync::v1::PullRequest pull;
        pull.set_protocol_version(::gangwerk::sync::v1::PROTOCOL_VERSION_CURRENT);
        channel.call(QStringLiteral("Pull"), QByteArray::fromStdString(pull.SerializeAsString()),
                     std::chrono::milliseconds(3000), nullptr,
                     [&](const GrpcResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(result->transport, GrpcResult::Transport::None);
        QCOMPARE(result->code, GrpcCode::Unauthenticated);
        QVERIFY(!result->message.isEmpty());

        // An unknown method: UNIMPLEMENTED, not a hang.
        result.reset();
        channel.call(QStringLiteral("Nope"), {}, std::chrono::milliseconds(3000), nullptr,
                     [&](const GrpcResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(result->code, GrpcCode::Unimplemented);

        // Over the message limit: refused locally, never sent.
        result.reset();
        channel.call(QStringLiteral("Push"), QByteArray(GrpcChannel::kMaxMessageBytes + 1, 'x'),
                     std::chrono::milliseconds(3000), nullptr,
                     [&](const GrpcResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(result->transport, GrpcResult::Transport::TooLarge);
        QCOMPARE(result->code, GrpcCode::ResourceExhausted);

        // The engine with a revoked-looking token says so in plain words.
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(a.enroll(server.url(), code));
        {
            Transaction tx(a.store);
            a.store.exec("UPDATE sync_state SET device_token = 'wrong'");
            tx.commit();
        }
        SyncEngine stale(a.store, a.clock, ClientDevice::manual());
        QSignalSpy done(&stale, &SyncEngine::syncFinished);
        stale.syncNow();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(stale.state(), SyncEngine::State::Error);
        QVERIFY(stale.problem().contains(QLatin1String("no longer connected")));
    }

    // (d) The server store is restored from an older backup and given a new epoch: the device
    // resends what the server lost and resyncs; nothing is lost or doubled.
    // A server restored from a backup lost changes it had accepted; the devices send them
    // again. The backdating limit counts from when such a change was made, not from its
    // return: days later it is still accepted. A new change is judged as of now.
    void aChangeTheRestoreLostIsJudgedAsOfWhenItWasMade()
    {
        ServerFixture server;
        const QString hCode = server.initProject(
            QStringLiteral("Terug"), {QStringLiteral("--backdating-days"), QStringLiteral("3")});
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna")), h(QStringLiteral("Beheerder"));
        QVERIFY(a.enroll(server.url(), code));
        QVERIFY(h.enroll(server.url(), hCode));
        QVERIFY(a.sync());
        const QString backup = server.tempPath(QStringLiteral("backup.db"));
        const auto b = server.run({QStringLiteral("backup"), QStringLiteral("--data"),
                                   server.dataDir(), QStringLiteral("--to"), backup});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));

        // Two days back: inside the limit of three, accepted; then lost by the restore.
        QVERIFY(a.log(2, 60));
        QVERIFY(a.sync());
        QCOMPARE(a.engine->rejections()->rowCount(), 0);
        QVERIFY(server.restore(backup));

        // The server comes back five days later: the lost entry is now seven days old.
        QVERIFY(server.start({QStringLiteral("--test-clock-offset-days"), QStringLiteral("5")}));
        QVERIFY(a.sync());
        QCOMPARE(a.engine->rejections()->rowCount(), 0);
        QCOMPARE(a.engine->pendingCount(), 0);
        QVERIFY(h.sync());
        QCOMPARE(h.ids(entriesOf(a.memberId())), a.ids(entriesOf(a.memberId())));
        QCOMPARE(h.ids(entriesOf(a.memberId())).size(), 1);

        // A change made now, for the same day, is past the limit as the server counts: refused.
        QVERIFY(a.log(2, 30));
        QVERIFY(a.sync());
        QCOMPARE(a.engine->rejections()->rowCount(), 1);
        QCOMPARE(a.engine->rejections()
                     ->data(a.engine->rejections()->index(0), RejectionModel::ReasonCodeRole)
                     .toString(),
                 QStringLiteral("DAY_TOO_OLD"));
    }

    // What a push answer records when the server answers out of order, for a change it was
    // not sent, with another change's id, or with a number beyond any: only a result that
    // matches a sent row by number and mutation id is recorded.
    void aPushAnswerRecordsOnlyWhatMatchesTheSentRows()
    {
        namespace pb = ::gangwerk::sync::v1;
        ClientDevice d(QStringLiteral("Anna"));
        OutboxRepository outbox(d.store);
        for (int i = 0; i < 3; ++i) {
            HourEntry e;
            e.id = newId();
            e.memberId = newId();
            e.day = QDate(2026, 11, 3);
            e.minutes = 30;
            e.category = QStringLiteral("anders");
            e.createdAt = QDateTime::currentDateTimeUtc();
            Transaction tx(d.store);
            outbox.enqueue(hoursfamily::appendMutation(e));
            tx.commit();
        }
        const auto rows = outbox.sent(1, 3);
        QCOMPARE(int(rows.size()), 3);
        pb::PushResponse resp;
        const auto result = [&](quint64 seq, const QByteArray &id, pb::Outcome outcome) {
            pb::MutationResult *r = resp.add_results();
            r->set_client_seq(seq);
            r->set_mutation_id(id.toStdString());
            r->set_outcome(outcome);
            if (outcome == pb::OUTCOME_REJECTED) {
                r->set_reason_code("DAY_TOO_OLD");
                r->set_message("Too long ago.");
            }
        };
        result(3, rows[2].mutationId, pb::OUTCOME_APPLIED);          // out of order
        result(2, rows[0].mutationId, pb::OUTCOME_APPLIED);          // another one's id
        result(1, rows[0].mutationId, pb::OUTCOME_REJECTED);         // refused
        result(4, rows[1].mutationId, pb::OUTCOME_APPLIED);          // not sent
        result(UINT64_MAX, rows[1].mutationId, pb::OUTCOME_APPLIED); // beyond any number
        resp.set_next_client_seq(4);
        const auto rec = SyncEngine::recordPushResults(d.store, d.clock, resp, 1, 3);
        QVERIFY2(rec.ok, qPrintable(rec.error));
        QCOMPARE(rec.progressed, 2);
        QCOMPARE(rec.refusals.size(), 1);
        QCOMPARE(rec.refusals.first().recordId, QString::fromUtf8(rows[0].recordId));
        QCOMPARE(rec.refusals.first().code, QStringLiteral("DAY_TOO_OLD"));
        // Only the second change still waits, and goes again with the next push.
        QCOMPARE(outbox.pendingCount(), 1);
        const auto waiting = outbox.unacked(10);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().clientSeq, 2);
        QCOMPARE(outbox.rejected().size(), 1);
        QCOMPARE(outbox.rejected().first().clientSeq, 1);
    }

    // A record the restored server no longer has and nobody will send again (the phones that
    // made it were lost) goes from every device once its resync is complete; what a device made
    // itself stays, and goes to the server again.
    void whatTheRestoreLostDoesNotLinger()
    {
        ServerFixture server;
        const QString hCode = server.initProject(QStringLiteral("Kwijt"));
        QCOMPARE(server
                     .run({QStringLiteral("add-place"), QStringLiteral("--data"), server.dataDir(),
                           QStringLiteral("--project"), QStringLiteral("Kwijt"),
                           QStringLiteral("--name"), QStringLiteral("Centrale hal")})
                     .exitCode,
                 0);
        const QString aCode = server.invite(QStringLiteral("resident"));
        const QString gCode = server.invite(QStringLiteral("gangmaker"));
        QVERIFY(server.start());
        auto a = std::make_unique<ClientDevice>(QStringLiteral("Anna"));
        auto g = std::make_unique<ClientDevice>(QStringLiteral("Gert"));
        ClientDevice h(QStringLiteral("Beheerder"));
        QVERIFY(a->enroll(server.url(), aCode));
        QVERIFY(g->enroll(server.url(), gCode));
        QVERIFY(h.enroll(server.url(), hCode));
        QVERIFY(a->log(1, 60));
        QVERIFY(a->sync());
        QVERIFY(g->sync());
        const QString backup = server.tempPath(QStringLiteral("backup.db"));
        const auto b = server.run({QStringLiteral("backup"), QStringLiteral("--data"),
                                   server.dataDir(), QStringLiteral("--to"), backup});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));

        // After the backup: Anna logs hours and Gert plans an activity, on phones that are
        // lost afterwards; the beheerder pauses Anna's requirement on her own device.
        QVERIFY(a->log(2, 45));
        QVERIFY(a->sync());
        Activity act;
        act.id = newId();
        act.title = QStringLiteral("Bingo");
        act.placeId = g->context->project()->places.value(0).id;
        act.start = QDateTime::currentDateTimeUtc().addDays(3);
        act.end = act.start.addSecs(3600);
        QVERIFY2(g->activities->plan(act), qPrintable(g->activities->lastError()));
        QVERIFY(g->sync());
        const QString anna = a->memberId();
        QVERIFY(h.sync());
        QCOMPARE(h.ids(entriesOf(anna)).size(), 2);
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM activity_organiser")), 1);
        QVERIFY(h.hours->pauseRequirement(anna, h.hours->today().addDays(10)));
        QVERIFY(h.sync());
        a.reset();
        g.reset();

        QVERIFY(server.restore(backup));
        QVERIFY(server.start());
        QVERIFY(h.sync());
        QVERIFY(h.sync());
        // Anna's second entry and Gert's activity (with its organiser) are gone from the device.
        QCOMPARE(h.ids(entriesOf(anna)).size(), 1);
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM activity")), 0);
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM activity_organiser")), 0);
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM resync_unseen")), 0);
        // The beheerder's own pause stayed and reached the restored server: a new device of
        // hers pulls it.
        QCOMPARE(h.engine->pendingCount(), 0);
        QCOMPARE(h.engine->rejections()->rowCount(), 0);
        ClientDevice h2(QStringLiteral("Beheerder2"));
        const auto again =
            server.run({QStringLiteral("invite"), QStringLiteral("--data"), server.dataDir(),
                        QStringLiteral("--project"), QStringLiteral("Kwijt"),
                        QStringLiteral("--member"), h.memberId()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(h2.enroll(server.url(), again.lastLine()));
        QVERIFY(h2.sync());
        const QString pauses =
            QStringLiteral("SELECT member_id || from_day || until_day FROM requirement_pause");
        QCOMPARE(h.count(QStringLiteral("SELECT count(*) FROM requirement_pause")), 1);
        QCOMPARE(h2.ids(pauses), h.ids(pauses));
        QCOMPARE(h2.ids(entriesOf(anna)), h.ids(entriesOf(anna)));
    }

    void restoredServerIsCaughtUp()
    {
        ServerFixture server;
        const QString hCode = server.initProject(QStringLiteral("Montana"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna")), h(QStringLiteral("Beheerder"));
        QVERIFY(a.enroll(server.url(), code));
        QVERIFY(h.enroll(server.url(), hCode));
        QVERIFY(a.log(1, 60));
        QVERIFY(a.sync());
        QVERIFY(h.sync());

        const QString backup = server.tempPath(QStringLiteral("backup.db"));
        const auto b = server.run({QStringLiteral("backup"), QStringLiteral("--data"),
                                   server.dataDir(), QStringLiteral("--to"), backup});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));

        // Acknowledged after the backup: the restore loses these on the server.
        QVERIFY(a.log(2, 45));
        QVERIFY(a.log(3, 30));
        QVERIFY(a.sync());
        QVERIFY(h.sync());
        QCOMPARE(h.ids(entriesOf(a.memberId())).size(), 3);
        QCOMPARE(a.engine->pendingCount(), 0);

        // Restore: stop, put the backup in place, new epoch (the documented procedure).
        QVERIFY(server.restore(backup));
        QVERIFY(server.start());

        QVERIFY(a.log(4, 15)); // and one new change, made after the restore
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingCount(), 0);
        QCOMPARE(a.engine->rejections()->rowCount(), 0);
        QVERIFY(h.sync());
        QCOMPARE(h.ids(entriesOf(a.memberId())), a.ids(entriesOf(a.memberId())));
        QCOMPARE(h.ids(entriesOf(a.memberId())).size(), 4);
        QCOMPARE(a.count(QStringLiteral("SELECT epoch_resets FROM sync_state")), 1);
        QCOMPARE(h.count(QStringLiteral("SELECT epoch_resets FROM sync_state")), 1);

        // A fresh beheerder device sees exactly the same: the server has each change once.
        ClientDevice h2(QStringLiteral("Beheerder2"));
        const auto inv =
            server.run({QStringLiteral("invite"), QStringLiteral("--data"), server.dataDir(),
                        QStringLiteral("--project"), QStringLiteral("Montana"),
                        QStringLiteral("--role"), QStringLiteral("beheerder")});
        QVERIFY(h2.enroll(server.url(), inv.lastLine()));
        QVERIFY(h2.sync());
        QCOMPARE(h2.ids(entriesOf(a.memberId())), a.ids(entriesOf(a.memberId())));

        // A new epoch without any loss (rotate only): everything is answered as duplicate.
        server.stop();
        QVERIFY(
            server.run({QStringLiteral("rotate-epoch"), QStringLiteral("--data"), server.dataDir()})
                .exitCode == 0);
        QVERIFY(server.start());
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingCount(), 0);
        QCOMPARE(a.engine->rejections()->rowCount(), 0);
        QVERIFY(h.sync());
        QCOMPARE(h.ids(entriesOf(a.memberId())), a.ids(entriesOf(a.memberId())));
    }

    // The beheerder pauses a requirement on their device; it syncs to the server and on to the
    // member's device.
    void pauseSyncs()
    {
        ServerFixture server;
        const QString hCode = server.initProject(QStringLiteral("Montana"));
        const QString code = server.invite(QStringLiteral("resident"));
        QVERIFY(server.start());
        ClientDevice a(QStringLiteral("Anna")), h(QStringLiteral("Beheerder"));
        QVERIFY(a.enroll(server.url(), code));
        QVERIFY(h.enroll(server.url(), hCode));
        QVERIFY(h.sync());
        QVERIFY(!a.hours->pauseRequirement(a.memberId(), QDate::currentDate())); // not allowed
        const QDate until = QDate::currentDate().addDays(30);
        QVERIFY(h.hours->pauseRequirement(a.memberId(), until));
        QCOMPARE(h.engine->pendingCount(), 1);
        QVERIFY(h.sync());
        QCOMPARE(h.engine->pendingCount(), 0);
        QCOMPARE(h.engine->rejections()->rowCount(), 0);
        QSignalSpy news(a.hours.get(), &HoursService::pauseNews);
        QVERIFY(a.sync());
        QVERIFY(a.hours->isPaused());
        // She is told, once, with the date.
        QCOMPARE(news.size(), 1);
        QVERIFY(news.first().first().toString().contains(
            QLocale().toString(until, QLocale::LongFormat)));
        QVERIFY(a.sync());
        QCOMPARE(news.size(), 1);
        // From today on: the days of this period before today are still asked.
        const hours::DayRange period = a.hours->progress().period;
        QCOMPARE(a.hours->requiredMinutes(),
                 hours::requiredMinutes(a.hours->project()->requirement,
                                        {period.first, a.hours->today().addDays(-1)}, {}));
        // Lifted: she is told that too (also a restarted app would tell her once).
        QVERIFY(h.hours->pauseRequirement(a.memberId(), QDate()));
        QVERIFY(h.sync());
        QVERIFY(a.sync());
        QVERIFY(!a.hours->isPaused());
        QCOMPARE(news.size(), 2);
        QVERIFY(news.last().first().toString().contains(QLatin1String("ended")));
    }

    // The beheerder sees each resident's devices with the day they last synced, disconnects a
    // lost phone from her own device, and from then on the server refuses that phone while the
    // resident's other one keeps working. Her own device is never offered, and refused.
    void lostPhoneIsDisconnected()
    {
        ServerFixture server;
        const QString hCode = server.initProject(QStringLiteral("Montana"));
        QVERIFY(server.start());
        ClientDevice lost(QStringLiteral("Anna")), h(QStringLiteral("Beheerder"));
        QVERIFY(lost.enroll(server.url(),
                            server.invite(QStringLiteral("resident"),
                                          {QStringLiteral("--studio"), QStringLiteral("3.08")})));
        QVERIFY(lost.sync());
        const QString anna = lost.memberId();
        ClientDevice second(QStringLiteral("Anna2"));
        const auto another =
            server.run({QStringLiteral("invite"), QStringLiteral("--data"), server.dataDir(),
                        QStringLiteral("--project"), QStringLiteral("Montana"),
                        QStringLiteral("--member"), anna});
        QCOMPARE(another.exitCode, 0);
        QVERIFY(second.enroll(server.url(), another.lastLine()));
        QVERIFY(second.sync());
        QVERIFY(h.enroll(server.url(), hCode));
        QVERIFY(h.sync());

        DevicesService devices(*h.context);
        connect(&devices, &DevicesService::queuedForSync, h.engine.get(),
                &SyncEngine::scheduleSync); // as the app's session does
        DeviceListModel list(devices);
        QAbstractItemModelTester tester(&list);
        list.setMemberId(anna);
        QCOMPARE(list.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex i = list.index(row);
            QVERIFY(i.data(DeviceListModel::ConnectedRole).toBool());
            QVERIFY(!i.data(DeviceListModel::ThisDeviceRole).toBool());
            QVERIFY(!i.data(DeviceListModel::QuietRole).toBool()); // both synced today
            QCOMPARE(i.data(DeviceListModel::LastSyncTextRole).toString(),
                     DeviceListModel::tr("Last updated: %1")
                         .arg(syncDayWords(h.hours->today(), h.hours->today())));
        }
        // The studio came with the invite, and the beheerder finds her by it.
        MemberProgressModel members(h.store, *h.hours);
        QCOMPARE(members.rowCount(), 1);
        QCOMPARE(members.index(0).data(MemberProgressModel::StudioRole).toString(),
                 QStringLiteral("3.08"));
        QVERIFY(members.index(0).data(MemberProgressModel::ConnectedRole).toBool());
        QCOMPARE(members.notConnectedCount(), 0);

        const QString lostId = [&] {
            Statement st(lost.store, "SELECT device_id FROM sync_state");
            st.next();
            return st.text(0);
        }();
        QVERIFY(devices.revoke(lostId));
        QCOMPARE(h.engine->pendingCount(), 1);
        list.reload();
        int lostRow = -1;
        for (int row = 0; row < list.rowCount(); ++row)
            if (list.index(row).data(DeviceListModel::DeviceIdRole).toString() == lostId)
                lostRow = row;
        QCOMPARE(lostRow, 1); // disconnected ones go last
        QVERIFY(!list.index(lostRow).data(DeviceListModel::ConnectedRole).toBool());
        QVERIFY(list.index(lostRow).data(DeviceListModel::PendingRole).toBool());
        QVERIFY(h.sync());
        QCOMPARE(h.engine->rejections()->rowCount(), 0);
        list.reload();
        QVERIFY(!list.index(lostRow).data(DeviceListModel::PendingRole).toBool());

        // The lost phone is refused, in words a resident understands; the other one syncs.
        QVERIFY(!lost.sync());
        QVERIFY(lost.engine->problem().contains(QLatin1String("no longer connected")));
        QVERIFY(second.sync());

        // Her own device: never offered, and refused before anything is queued.
        const QString own = h.context->deviceId();
        QVERIFY(!own.isEmpty());
        list.setMemberId(h.memberId());
        QCOMPARE(list.rowCount(), 1);
        QVERIFY(list.index(0).data(DeviceListModel::ThisDeviceRole).toBool());
        QVERIFY(!devices.revoke(own));
        QVERIFY(devices.lastError().contains(QLatin1String("using this device")));
        QCOMPARE(h.engine->pendingCount(), 0);

        // A resident may not disconnect anything, not even her own other phone.
        second.context->reload();
        DevicesService residentSide(*second.context);
        QVERIFY(!residentSide.revoke(lostId));
        QCOMPARE(second.engine->pendingCount(), 0);
    }

    // A pause that is fine by the beheerder's phone but refused by the server (the phone's
    // date is days behind, as after a long time offline): the phone showed it at once, and
    // after the refusal it shows the resident as the server has her again — not paused —
    // with the refusal in words. Nothing reaches the resident.
    void aRefusedPauseShowsTheResidentAsTheServerHasHer()
    {
        ServerFixture server;
        const QString hCode = server.initProject(QStringLiteral("Montana"));
        QVERIFY(server.start());
        ClientDevice anna(QStringLiteral("Anna")), h(QStringLiteral("Beheerder"));
        QVERIFY(anna.enroll(server.url(), server.invite(QStringLiteral("resident"))));
        QVERIFY(anna.sync());
        QVERIFY(h.enroll(server.url(), hCode));
        QVERIFY(h.sync());
        const QString id = anna.memberId();

        h.clock.offsetDays = -10;
        h.context->reload();
        const QString until = h.hours->today().addDays(2).toString(Qt::ISODate);
        QVERIFY2(h.hours->pauseUntil(id, until), qPrintable(h.hours->lastError()));
        auto shown = ProjectRepository(h.store).member(id);
        QVERIFY(shown && shown->pausedUntil.isValid() && !shown->pauses.isEmpty());

        QVERIFY(h.sync());
        QCOMPARE(h.engine->rejections()->rowCount(), 1);
        shown = ProjectRepository(h.store).member(id);
        QVERIFY(shown);
        QVERIFY2(!shown->pausedUntil.isValid(), "the refused pause is no longer shown");
        QVERIFY(shown->pauses.isEmpty());
        QCOMPARE(shown->displayName, QStringLiteral("Anna"));
        QCOMPARE(h.engine->pendingCount(), 0);

        QVERIFY(anna.sync());
        const auto hers = ProjectRepository(anna.store).member(id);
        QVERIFY(hers && hers->pauses.isEmpty());
    }

    // A sign-up made offline shows "waiting for confirmation"; when the activity filled up
    // meanwhile, it ends on the waiting list with its place, never dropped; a place that comes
    // free goes to it, and its device shows that after the next sync.
    void anOfflineSignUpIntoAFullActivityEndsOnTheWaitingList()
    {
        ServerFixture server;
        server.initProject(QStringLiteral("Montana"));
        const auto room = server.run(
            {QStringLiteral("add-place"), QStringLiteral("--data"), server.dataDir(),
             QStringLiteral("--project"), QStringLiteral("Montana"), QStringLiteral("--name"),
             QStringLiteral("Huiskamer Oost"), QStringLiteral("--gang"), QStringLiteral("Oost")});
        QCOMPARE(room.exitCode, 0);
        QVERIFY(server.start());
        const QStringList oost{QStringLiteral("--gang"), QStringLiteral("Oost")};
        ClientDevice gert(QStringLiteral("Gert")), anna(QStringLiteral("Anna")),
            ben(QStringLiteral("Ben"));
        QVERIFY(gert.enroll(server.url(), server.invite(QStringLiteral("gangmaker"), oost)));
        QVERIFY(anna.enroll(server.url(), server.invite(QStringLiteral("resident"), oost)));
        QVERIFY(ben.enroll(server.url(), server.invite(QStringLiteral("resident"), oost)));
        for (ClientDevice *d : {&gert, &anna, &ben})
            QVERIFY(d->sync());

        Activity a;
        a.id = newId();
        a.title = QStringLiteral("Filmavond");
        a.placeId = gert.context->project()->places.value(0).id;
        a.start = QDateTime::currentDateTimeUtc().addDays(2);
        a.end = a.start.addSecs(2 * 3600);
        a.capacity = 1;
        a.gang = QStringLiteral("Oost");
        QVERIFY2(gert.activities->plan(a), qPrintable(gert.activities->lastError()));
        QVERIFY(gert.sync());
        QVERIFY(anna.sync());
        QVERIFY(ben.sync());

        ActivityListModel annas(*anna.activities), bens(*ben.activities);
        annas.reload();
        QCOMPARE(annas.rowCount(), 1);
        QCOMPARE(annas.row(a.id).value("fill").toString(), QStringLiteral("0 of 1 places taken"));
        // Anna is offline: her sign-up waits for the server.
        QVERIFY2(anna.activities->signUp(a.id), qPrintable(anna.activities->lastError()));
        QCOMPARE(annas.row(a.id).value("myState").toString(), QStringLiteral("pending"));
        QCOMPARE(annas.row(a.id).value("myStateText").toString(),
                 QStringLiteral("Signed up – waiting for confirmation"));
        QCOMPARE(anna.engine->pendingCount(), 1);
        // Ben signs up and reaches the server first.
        QVERIFY(ben.activities->signUp(a.id));
        QVERIFY(ben.sync());
        bens.reload();
        QCOMPARE(bens.row(a.id).value("myState").toString(), QStringLiteral("confirmed"));
        QCOMPARE(bens.row(a.id).value("fill").toString(), QStringLiteral("Full"));
        // Anna comes back online.
        QVERIFY(anna.sync());
        QCOMPARE(anna.engine->pendingCount(), 0);
        QCOMPARE(anna.engine->rejections()->rowCount(), 0);
        QCOMPARE(annas.row(a.id).value("myState").toString(), QStringLiteral("waitlisted"));
        QCOMPARE(annas.row(a.id).value("myStateText").toString(),
                 QStringLiteral("On the waiting list, place 1"));
        QCOMPARE(annas.row(a.id).value("fill").toString(), QStringLiteral("Full – 1 waiting"));
        QCOMPARE(annas.row(a.id).value("canSignUp").toBool(), false);
        // Her device holds her own sign-up only, never Ben's.
        const auto held = ActivityRepository(anna.store).activity(a.id);
        QVERIFY(held);
        QCOMPARE(held->signUps.size(), 1);
        QCOMPARE(held->signUps.first().memberId, anna.memberId());
        // The organiser sees both, in the server's order.
        QVERIFY(gert.sync());
        const auto all = ActivityRepository(gert.store).activity(a.id);
        QVERIFY(all);
        QCOMPARE(all->signUps.size(), 2);
        QCOMPARE(all->signUps.at(0).memberId, ben.memberId());
        QCOMPARE(all->signUps.at(1).memberId, anna.memberId());

        // Ben cannot come after all: Anna gets his place.
        QVERIFY(ben.activities->withdraw(a.id));
        QVERIFY(ben.sync());
        QVERIFY(anna.sync());
        QCOMPARE(annas.row(a.id).value("myState").toString(), QStringLiteral("confirmed"));
        QCOMPARE(annas.row(a.id).value("myStateText").toString(), QStringLiteral("You are coming"));
        bens.reload();
        QCOMPARE(bens.row(a.id).value("myState").toString(), QString());
        // Full again, but he may join the waiting list.
        QCOMPARE(bens.row(a.id).value("fill").toString(), QStringLiteral("Full"));
        QCOMPARE(bens.row(a.id).value("canSignUp").toBool(), true);
    }

    void aSeriesIsTheSameOnTheOrganisersDeviceAndTheServer()
    {
        // The organiser's device makes the dates of a series itself (offline it shows them at
        // once); the server makes them again from the same mutation. Both must give the same
        // ids and times, or the device would show dates twice after a sync.
        ServerFixture server;
        server.initProject(QStringLiteral("Montana"));
        const auto room = server.run(
            {QStringLiteral("add-place"), QStringLiteral("--data"), server.dataDir(),
             QStringLiteral("--project"), QStringLiteral("Montana"), QStringLiteral("--name"),
             QStringLiteral("Huiskamer Oost"), QStringLiteral("--gang"), QStringLiteral("Oost")});
        QCOMPARE(room.exitCode, 0);
        QVERIFY(server.start());
        const QStringList oost{QStringLiteral("--gang"), QStringLiteral("Oost")};
        ClientDevice gert(QStringLiteral("Gert")), anna(QStringLiteral("Anna"));
        QVERIFY(gert.enroll(server.url(), server.invite(QStringLiteral("gangmaker"), oost)));
        QVERIFY(anna.enroll(server.url(), server.invite(QStringLiteral("resident"), oost)));
        QVERIFY(gert.sync());
        QVERIFY(anna.sync());

        const QTimeZone amsterdam("Europe/Amsterdam");
        const QDate first = QDate::currentDate().addDays(10);
        Activity a;
        a.id = newId();
        a.title = QStringLiteral("Samen koken");
        a.placeId = gert.context->project()->places.value(0).id;
        a.start = QDateTime(first, QTime(19, 0), amsterdam).toUTC();
        a.end = a.start.addSecs(2 * 3600);
        a.capacity = 6;
        a.gang = QStringLiteral("Oost");
        a.repeat = activities::Repeat::Weekly;
        a.repeatUntil = first.addDays(7 * 5);
        QVERIFY2(gert.activities->plan(a), qPrintable(gert.activities->lastError()));
        const auto dates = [](ClientDevice &d, const QString &series) {
            QList<QPair<QString, qint64>> out;
            for (const Activity &x : ActivityRepository(d.store).series(series))
                if (x.status == activities::Status::Planned)
                    out.append({x.id, x.start.toMSecsSinceEpoch()});
            return out;
        };
        const auto offline = dates(gert, a.id);
        QCOMPARE(offline.size(), 6); // shown before any sync
        QVERIFY(gert.sync());
        QCOMPARE(gert.engine->rejections()->rowCount(), 0);
        QCOMPARE(dates(gert, a.id), offline);
        QVERIFY(anna.sync());
        QCOMPARE(dates(anna, a.id), offline);
        ActivityListModel annas(*anna.activities);
        annas.reload();
        QCOMPARE(annas.rowCount(), 6);
        QVERIFY(annas.row(a.id).value("inSeries").toBool());
        QVERIFY2(annas.row(a.id).value("repeat").toString().startsWith(QLatin1String("Every ")),
                 qPrintable(annas.row(a.id).value("repeat").toString()));

        // Anna signs up for the last date; Gert, offline, ends the series two weeks earlier
        // from the third date on: the last date is cancelled on both devices, and Anna's list
        // tells her why, in words.
        const QString last = offline.last().first;
        QVERIFY(anna.activities->signUp(last));
        QVERIFY(anna.sync());
        QVERIFY(gert.sync());
        Activity third = *ActivityRepository(gert.store).activity(offline.at(2).first);
        third.repeatUntil = first.addDays(7 * 3);
        QVERIFY2(gert.activities->plan(third, true), qPrintable(gert.activities->lastError()));
        QCOMPARE(dates(gert, a.id).size(), 4);
        QVERIFY(gert.sync());
        QCOMPARE(gert.engine->rejections()->rowCount(), 0);
        QCOMPARE(dates(gert, a.id), offline.mid(0, 4));
        QVERIFY(anna.sync());
        QCOMPARE(dates(anna, a.id), offline.mid(0, 4));
        QCOMPARE(annas.row(last).value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(annas.row(last).value("cancelReason").toString(),
                 QStringLiteral("The organiser changed the series, and this date is no longer "
                                "in it."));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
