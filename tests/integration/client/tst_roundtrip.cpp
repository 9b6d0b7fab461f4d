// Every registered kind, end to end: a device decides a mutation with its kind's apply (as a
// service does), queues it in the outbox, the engine pushes it to a real gangwerk-server, and
// another device pulls the record back, equal to what was made. The test walks the registry:
// a kind added without a sample here fails it, so no family ships without this round trip.
#include "clientdevice.h"
#include "devicerepository.h"
#include "devicesfamily.h"
#include "hoursfamily.h"
#include "hoursrepository.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "recordkinds.h"
#include "serverfixture.h"

#include <google/protobuf/util/message_differencer.h>

#include <functional>

using namespace gw;

namespace {

/// Devices of one project: a beheerder (who may make every hours mutation) and a resident of
/// "Gang 1" whose records the mutations are about.
struct World
{
    ServerFixture server;
    ClientDevice maker{QStringLiteral("Beheerder")};
    ClientDevice subject{QStringLiteral("Resident")};
    ClientDevice observer{QStringLiteral("Observer")}; // a second beheerder device
    ClientDevice spare{QStringLiteral("Spare")};       // the resident's second device
    QString spareId() const
    {
        Statement s(spare.store, "SELECT device_id FROM sync_state");
        s.next();
        return s.text(0);
    }
};

/// One sample per mutation kind: makes the mutation, then says whether a device that pulled
/// holds what it asked for.
struct Sample
{
    std::function<pb::Mutation(World &)> make;
    std::function<bool(ClientDevice &, const pb::Mutation &)> arrived;
};

bool sameEntry(ClientDevice &d, const pb::Mutation &m)
{
    const pb::HourEntry &sent = m.append_hour_entry().entry();
    const auto stored = HoursRepository(d.store).entry(QString::fromStdString(sent.id()));
    return stored &&
           google::protobuf::util::MessageDifferencer::Equals(wire::toWire(*stored), sent);
}

bool samePause(ClientDevice &d, const pb::Mutation &m)
{
    const auto member = ProjectRepository(d.store).member(
        QString::fromStdString(m.pause_requirement().member_id()));
    return member && wire::dayToWire(member->pausedUntil) == m.pause_requirement().paused_until();
}

bool sameRevoke(ClientDevice &d, const pb::Mutation &m)
{
    const auto device =
        DeviceRepository(d.store).device(QString::fromStdString(m.revoke_device().device_id()));
    return device && !device->isConnected();
}

const QHash<QString, Sample> &samples()
{
    static const QHash<QString, Sample> table = {
        {QStringLiteral("APPEND_HOUR_ENTRY"),
         {[](World &w) {
              HourEntry e;
              e.id = newId();
              e.memberId = w.subject.memberId(); // the beheerder logs for a resident
              e.day = w.maker.context->today().addDays(-3);
              e.minutes = 95;
              e.category = QStringLiteral("buurtdienst");
              e.note = QStringLiteral("boodschappen gedaan – شكرا");
              e.createdAt = QDateTime::currentDateTimeUtc();
              // Milliseconds travel; anything finer does not.
              e.createdAt =
                  QDateTime::fromMSecsSinceEpoch(e.createdAt.toMSecsSinceEpoch(), QTimeZone::utc());
              return hoursfamily::appendMutation(e);
          },
          sameEntry}},
        {QStringLiteral("PAUSE_REQUIREMENT"),
         {[](World &w) {
              return hoursfamily::pauseMutation(w.subject.memberId(),
                                                w.maker.context->today().addDays(40));
          },
          samePause}},
        {QStringLiteral("REVOKE_DEVICE"),
         {[](World &w) { return devicesfamily::revokeMutation(w.spareId()); }, sameRevoke}},
    };
    return table;
}

/// Which table a device keeps a record kind in (for "every kind arrived").
const QHash<QString, QString> &recordTables()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("project"), QStringLiteral("project")},
        {QStringLiteral("member"), QStringLiteral("member")},
        {QStringLiteral("hour_entry"), QStringLiteral("hour_entry")},
        {QStringLiteral("device"), QStringLiteral("member_device")},
    };
    return table;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasASample()
    {
        for (const MutationKind &k : mutationKinds())
            QVERIFY2(samples().contains(QLatin1String(k.name)),
                     qPrintable(QStringLiteral("no round-trip sample for mutation kind %1")
                                    .arg(QLatin1String(k.name))));
        for (const RecordKind &k : recordKinds())
            QVERIFY2(recordTables().contains(QLatin1String(k.name)),
                     qPrintable(QStringLiteral("no table known for record kind %1")
                                    .arg(QLatin1String(k.name))));
    }

    void mutationToOutboxToServerToPull()
    {
        World w;
        const QString boss = w.server.initProject(QStringLiteral("Rondgang"));
        const QString second = w.server.invite(QStringLiteral("beheerder"));
        const QString resident = w.server.invite(
            QStringLiteral("resident"), {QStringLiteral("--gang"), QStringLiteral("Gang 1")});
        QVERIFY(w.server.start());
        QVERIFY(w.maker.enroll(w.server.url(), boss));
        QVERIFY(w.observer.enroll(w.server.url(), second));
        QVERIFY(w.subject.enroll(w.server.url(), resident));
        const auto another =
            w.server.run({QStringLiteral("invite"), QStringLiteral("--data"), w.server.dataDir(),
                          QStringLiteral("--project"), QStringLiteral("Rondgang"),
                          QStringLiteral("--member"), w.subject.memberId()});
        QCOMPARE(another.exitCode, 0);
        QVERIFY(w.spare.enroll(w.server.url(), another.lastLine()));
        QVERIFY(w.maker.sync()); // the maker learns the resident's member and device records
        QVERIFY(w.maker.context->isReady());

        QList<QPair<QString, pb::Mutation>> made;
        for (const MutationKind &kind : mutationKinds()) {
            const Sample &sample = samples().value(QLatin1String(kind.name));
            pb::Mutation m = sample.make(w);
            QCOMPARE(m.body_case(), kind.wire);
            // What a service does: decide with the kind's apply, then queue it, in one
            // transaction.
            Transaction tx(w.maker.store);
            MutationScope scope{w.maker.store, *w.maker.context->member(),
                                *w.maker.context->project(), QDateTime::currentDateTimeUtc()};
            const Verdict v = kind.apply(scope, m);
            QVERIFY2(v.applied, qPrintable(v.reasonCode + QLatin1Char(' ') + v.message));
            OutboxRepository(w.maker.store).enqueue(m);
            tx.commit();
            QVERIFY2(sample.arrived(w.maker, m), kind.name); // applied on the device itself
            made.append({QLatin1String(kind.name), m});
        }
        const auto queued = OutboxRepository(w.maker.store).unacked(100);
        QCOMPARE(queued.size(), made.size());
        for (int i = 0; i < made.size(); ++i) {
            QCOMPARE(queued.at(i).kind, made.at(i).first);
            QCOMPARE(queued.at(i).recordId,
                     mutationKind(made.at(i).second.body_case())->recordIdOf(made.at(i).second));
        }

        QVERIFY(w.maker.sync());
        QCOMPARE(OutboxRepository(w.maker.store).pendingCount(), 0);
        QVERIFY(OutboxRepository(w.maker.store).rejected().isEmpty());
        QVERIFY(w.observer.sync());
        QVERIFY(w.subject.sync());
        for (const auto &[name, m] : made) {
            const Sample &sample = samples().value(name);
            QVERIFY2(sample.arrived(w.observer, m), qPrintable(name + " (beheerder)"));
            QVERIFY2(sample.arrived(w.subject, m), qPrintable(name + " (its member)"));
        }
        for (const RecordKind &k : recordKinds())
            QVERIFY2(w.subject.count(QStringLiteral("SELECT count(*) FROM %1")
                                         .arg(recordTables().value(QLatin1String(k.name)))) > 0,
                     k.name);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
