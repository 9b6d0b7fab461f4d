// Every registered kind, end to end: a device decides a mutation with its kind's apply (as a
// service does), queues it in the outbox, the engine pushes it to a real gangwerk-server, and
// another device pulls the record back, equal to what was made. The test walks the registry:
// a kind added without a sample here fails it, so no family ships without this round trip.
#include "activitiesfamily.h"
#include "activityrepository.h"
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
    QString activityId = newId();                      // planned by the PLAN_ACTIVITY sample
    QString standingId;          // planned before the samples, cancelled by CANCEL_ACTIVITY
    QString signUpId = newId();  // the resident's, made by the beheerder, then withdrawn
    QString startedId;           // planned to start seconds later, for TAKE_ATTENDANCE
    QString fullId;              // one place, taken by the observer; the resident waits
    QString waitingId = newId(); // the resident's sign-up on its waiting list, for PROMOTE
    QString disputeId = newId(); // the resident's question about `startedId`, for RESOLVE
    QString placeId() const { return maker.context->project()->places.value(0).id; }
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

std::optional<Activity> activityOn(ClientDevice &d, const std::string &id)
{
    return ActivityRepository(d.store).activity(QString::fromStdString(id));
}

Activity sampleActivity(World &w, const QString &id, int daysAhead)
{
    Activity a;
    a.id = id;
    a.title = QStringLiteral("Samen koken – طبخ");
    a.description = QStringLiteral("Neem een recept mee.\nWe eten om 19:00.");
    a.placeId = w.placeId();
    const QDateTime start = QDateTime(w.maker.context->today().addDays(daysAhead), QTime(18, 0),
                                      QTimeZone("Europe/Amsterdam"))
                                .toUTC();
    a.start = start;
    a.end = start.addSecs(150 * 60);
    a.signUpDeadline = start.addSecs(-3600);
    a.capacity = 8;
    a.countsAsHours = true;
    a.creditMinutes = 120;
    a.gang = QStringLiteral("Gang 1");
    return a;
}

bool samePlan(ClientDevice &d, const pb::Mutation &m)
{
    const pb::Activity &sent = m.plan_activity().activity();
    const auto a = activityOn(d, sent.id());
    if (!a)
        return false;
    // What the organiser decided arrives as sent; the rest is the server's.
    pb::Activity got = wire::toWire(*a);
    got.clear_sign_ups();
    got.clear_status();
    got.clear_places_taken();
    got.clear_waiting_count();
    got.clear_created_by();
    got.clear_changed_at_ms();
    got.clear_organiser_ids();
    pb::Activity want = sent;
    want.clear_organiser_ids();
    return google::protobuf::util::MessageDifferencer::Equals(got, want) &&
           a->status == activities::Status::Planned && a->organiserIds.size() == 1;
}

bool sameCancel(ClientDevice &d, const pb::Mutation &m)
{
    const auto a = activityOn(d, m.cancel_activity().activity_id());
    return a && a->status == activities::Status::Cancelled &&
           a->cancelReason.toStdString() == m.cancel_activity().reason();
}

bool sameSignUp(ClientDevice &d, const pb::Mutation &m)
{
    const auto a = activityOn(d, m.sign_up_for_activity().activity_id());
    if (!a)
        return false;
    for (const activities::SignUp &s : a->signUps)
        if (s.id.toStdString() == m.sign_up_for_activity().sign_up_id())
            return s.memberId.toStdString() == m.sign_up_for_activity().member_id();
    return false;
}

bool sameAttendance(ClientDevice &d, const pb::Mutation &m)
{
    const auto a = activityOn(d, m.take_attendance().activity_id());
    if (!a || a->status != activities::Status::Done || a->attendeeIds.isEmpty())
        return false;
    for (const auto &id : m.take_attendance().present_ids())
        if (!a->attendeeIds.contains(QString::fromStdString(id)))
            return false;
    return true;
}

bool samePromote(ClientDevice &d, const pb::Mutation &m)
{
    const auto a = activityOn(d, m.promote_sign_up().activity_id());
    if (!a)
        return false;
    for (const activities::SignUp &s : a->signUps)
        if (s.id.toStdString() == m.promote_sign_up().sign_up_id())
            return s.state == activities::SignUpState::Confirmed;
    return false;
}

bool sameWithdraw(ClientDevice &d, const pb::Mutation &m)
{
    const auto a = activityOn(d, m.withdraw_sign_up().activity_id());
    if (!a)
        return false;
    for (const activities::SignUp &s : a->signUps)
        if (s.id.toStdString() == m.withdraw_sign_up().sign_up_id())
            return s.state == activities::SignUpState::Withdrawn;
    return false;
}

// A question about credited hours arrives as the device may see it: in full for whoever sees
// who came (and for its asker), not at all for anyone else.
bool sameQuestion(ClientDevice &d, const QString &activityId, const std::string &disputeId,
                  const std::function<bool(const activities::Dispute &)> &as)
{
    const auto a = activityOn(d, activityId.toStdString());
    const auto me = d.context->member();
    if (!a || !me)
        return false;
    for (const activities::Dispute &q : a->disputes)
        if (q.id.toStdString() == disputeId)
            return (q.memberId == me->id || activitiesfamily::seesNames(*me, *a)) && as(q);
    return !activitiesfamily::seesNames(*me, *a);
}

bool sameDispute(ClientDevice &d, const pb::Mutation &m)
{
    const pb::DisputeCredit &sent = m.dispute_credit();
    return sameQuestion(d, QString::fromStdString(sent.activity_id()), sent.dispute_id(),
                        [&](const activities::Dispute &q) {
                            return q.state == activities::DisputeState::Open &&
                                   q.minutes == sent.minutes() &&
                                   q.reason.toStdString() == sent.reason();
                        });
}

bool sameResolve(ClientDevice &d, const pb::Mutation &m)
{
    const pb::ResolveDispute &sent = m.resolve_dispute();
    return sameQuestion(d, QString::fromStdString(sent.activity_id()), sent.dispute_id(),
                        [&](const activities::Dispute &q) {
                            return q.state == activities::DisputeState::Accepted &&
                                   q.minutes == sent.minutes() &&
                                   q.answer.toStdString() == sent.answer();
                        });
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
        {QStringLiteral("PLAN_ACTIVITY"),
         {[](World &w) {
              return activitiesfamily::planMutation(sampleActivity(w, w.activityId, 7));
          },
          samePlan}},
        {QStringLiteral("CANCEL_ACTIVITY"),
         {[](World &w) {
              return activitiesfamily::cancelMutation(w.standingId,
                                                      QStringLiteral("De kok is ziek – sorry!"));
          },
          sameCancel}},
        {QStringLiteral("SIGN_UP_FOR_ACTIVITY"),
         {[](World &w) {
              return activitiesfamily::signUpMutation(w.signUpId, w.activityId,
                                                      w.subject.memberId());
          },
          sameSignUp}},
        {QStringLiteral("WITHDRAW_SIGN_UP"),
         {[](World &w) {
              return activitiesfamily::withdrawMutation(w.activityId, w.signUpId,
                                                        w.subject.memberId());
          },
          sameWithdraw}},
        {QStringLiteral("TAKE_ATTENDANCE"),
         {[](World &w) {
              return activitiesfamily::attendanceMutation(w.startedId, {w.subject.memberId()});
          },
          sameAttendance}},
        {QStringLiteral("PROMOTE_SIGN_UP"),
         {[](World &w) { return activitiesfamily::promoteMutation(w.fullId, w.waitingId); },
          samePromote}},
        {QStringLiteral("DISPUTE_CREDIT"),
         {[](World &w) {
              // The beheerder organised it and came, but was not marked: "I was there".
              return activitiesfamily::disputeMutation(w.startedId, newId(), 45,
                                                       QStringLiteral("Ik was er – تنظيف"));
          },
          sameDispute}},
        {QStringLiteral("RESOLVE_DISPUTE"),
         {[](World &w) {
              return activitiesfamily::resolveMutation(w.startedId, w.disputeId, true, 150,
                                                       QStringLiteral("Klopt, dank je."));
          },
          sameResolve}},
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
        {QStringLiteral("activity"), QStringLiteral("activity")},
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
        const auto room = w.server.run(
            {QStringLiteral("add-place"), QStringLiteral("--data"), w.server.dataDir(),
             QStringLiteral("--project"), QStringLiteral("Rondgang"), QStringLiteral("--name"),
             QStringLiteral("Huiskamer"), QStringLiteral("--gang"), QStringLiteral("Gang 1")});
        QCOMPARE(room.exitCode, 0);
        const auto hall =
            w.server.run({QStringLiteral("add-place"), QStringLiteral("--data"), w.server.dataDir(),
                          QStringLiteral("--project"), QStringLiteral("Rondgang"),
                          QStringLiteral("--name"), QStringLiteral("Centrale hal")});
        QCOMPARE(hall.exitCode, 0);
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
        QCOMPARE(w.maker.context->project()->places.size(), 2);
        {
            // Activities that exist before the samples run: one for CANCEL_ACTIVITY, and one
            // that starts a few seconds from now, for TAKE_ATTENDANCE (attendance is taken
            // once an activity has begun; a new one cannot be planned in the past).
            w.standingId = newId();
            w.startedId = newId();
            w.fullId = newId();
            Activity full = sampleActivity(w, w.fullId, 11);
            full.gang.clear(); // for everyone, in the hall
            full.placeId = w.maker.context->project()->places.value(1).id;
            full.capacity = 1;
            Activity soon = sampleActivity(w, w.startedId, 0);
            soon.gang.clear(); // for everyone, in the hall: the beheerder may ask about it too
            soon.placeId = w.maker.context->project()->places.value(1).id;
            soon.start = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + 6000,
                                                        QTimeZone::utc());
            soon.end = soon.start.addSecs(90 * 60);
            soon.signUpDeadline = {};
            Transaction tx(w.maker.store);
            MutationScope scope{w.maker.store, *w.maker.context->member(),
                                *w.maker.context->project(), QDateTime::currentDateTimeUtc()};
            // The observer takes the one place of `full`, then the resident waits for it.
            for (const pb::Mutation &plan :
                 {activitiesfamily::planMutation(sampleActivity(w, w.standingId, 9)),
                  activitiesfamily::planMutation(soon), activitiesfamily::planMutation(full),
                  activitiesfamily::signUpMutation(newId(), w.fullId, w.observer.memberId()),
                  activitiesfamily::signUpMutation(w.waitingId, w.fullId, w.subject.memberId())}) {
                const Verdict v = mutationKind(plan.body_case())->apply(scope, plan);
                QVERIFY2(v.applied, qPrintable(v.reasonCode + QLatin1Char(' ') + v.message));
                OutboxRepository(w.maker.store).enqueue(plan);
            }
            tx.commit();
            QVERIFY(w.maker.sync());
            QVERIFY(OutboxRepository(w.maker.store).rejected().isEmpty());
            const auto waiting = ActivityRepository(w.maker.store).activity(w.fullId);
            QVERIFY(waiting && waiting->signUps.size() == 2);
            QCOMPARE(waiting->signUps.at(1).state, activities::SignUpState::Waitlisted);
            QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > soon.start, 10000);
        }
        {
            // The resident came and asks about her hours (an open question for RESOLVE).
            const auto decide = [](ClientDevice &d, const pb::Mutation &m) {
                Transaction tx(d.store);
                MutationScope scope{d.store, *d.context->member(), *d.context->project(),
                                    QDateTime::currentDateTimeUtc()};
                const Verdict v = mutationKind(m.body_case())->apply(scope, m);
                OutboxRepository(d.store).enqueue(m);
                tx.commit();
                return v;
            };
            QVERIFY(decide(w.maker, activitiesfamily::attendanceMutation(w.startedId,
                                                                         {w.subject.memberId()}))
                        .applied);
            QVERIFY(w.maker.sync());
            QVERIFY(w.subject.sync());
            QVERIFY(decide(w.subject, activitiesfamily::disputeMutation(
                                          w.startedId, w.disputeId, 150,
                                          QStringLiteral("Ik heb ook afgewassen.")))
                        .applied);
            QVERIFY(w.subject.sync());
            QVERIFY(OutboxRepository(w.subject.store).rejected().isEmpty());
            QVERIFY(w.maker.sync());
        }
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
        // Attendance credited the resident's hours, on the server, once: her device has the
        // entry, linked to the activity.
        const auto credited =
            HoursRepository(w.subject.store)
                .entry(activitiesfamily::creditedEntryId(w.startedId, w.subject.memberId(), false));
        QVERIFY(credited);
        QCOMPARE(credited->source, EntrySource::Activity);
        QCOMPARE(credited->sourceId, w.startedId);
        QCOMPARE(credited->minutes, 120);
        // The accepted question corrected it, on the server, once.
        const auto corrected = HoursRepository(w.subject.store)
                                   .entry(activitiesfamily::correctionEntryId(w.disputeId));
        QVERIFY(corrected);
        QCOMPARE(corrected->corrects, credited->id);
        QCOMPARE(corrected->minutes, 150);
        for (const RecordKind &k : recordKinds())
            QVERIFY2(w.subject.count(QStringLiteral("SELECT count(*) FROM %1")
                                         .arg(recordTables().value(QLatin1String(k.name)))) > 0,
                     k.name);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
