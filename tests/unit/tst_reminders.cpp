// Reminders (issue 8): core's planner with a pinned clock — each kind, each told once, a moment
// missed while the app was closed, nothing for withdrawn, waiting or past sign-ups, no other
// resident's name — and the ReminderService over a real encrypted store, where a promotion or
// a cancellation that arrived while the app was closed is still told after a restart.
//
// The service is given the real DBusNotifier. This test runs without a session bus
// (DBUS_SESSION_BUS_ADDRESS points nowhere, see CMakeLists.txt), which also proves that a
// desktop without one costs nothing but the card; tst_notifications delivers through a real
// notification daemon.
#include "activitiesservice.h"
#include "activityrepository.h"
#include "clientschema.h"
#include "clock.h"
#include "dbusnotifier.h"
#include "membercontext.h"
#include "projectrepository.h"
#include "reminderrepository.h"
#include "reminders.h"
#include "reminderservice.h"
#include "store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using activities::SignUpState;
using reminders::Kind;

namespace {

const QTimeZone kZone("Europe/Amsterdam");
const QString kSelf = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
const QString kYonas = QStringLiteral("0190a000-0000-7000-8000-00000000000b");
const QString kPlace = QStringLiteral("0190a000-0000-7000-8000-0000000000p1");

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kZone).toUTC();
}

// Cooking together, Tuesday 8 December 2026, 19:00–21:00 in the corridor's common room.
Activity cooking(SignUpState state = SignUpState::Confirmed, const QString &signUpId = "su-1")
{
    Activity a;
    a.id = QStringLiteral("0190a000-0000-7000-8000-0000000000a1");
    a.title = QStringLiteral("Koken");
    a.placeId = kPlace;
    a.start = at(12, 8, 19);
    a.end = at(12, 8, 21);
    a.capacity = 8;
    activities::SignUp s;
    s.id = signUpId;
    s.memberId = kSelf;
    s.state = state;
    s.order = 3;
    s.receivedAt = at(12, 1, 10);
    a.signUps.append(s);
    return a;
}

reminders::Input input(const QList<Activity> &list, const QDateTime &now)
{
    reminders::Input in;
    in.memberId = kSelf;
    in.now = now;
    in.zone = kZone;
    in.activities = list;
    in.placeNames.insert(kPlace, QStringLiteral("Huiskamer Noord"));
    return in;
}

QList<Kind> kinds(const reminders::Plan &p)
{
    QList<Kind> out;
    for (const auto &r : p.due)
        out.append(r.kind);
    return out;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // --- the planner --------------------------------------------------------------------------

    void dayBeforeAtSixInTheEveningOnce()
    {
        const Activity a = cooking();
        auto in = input({a}, at(12, 7, 17, 59));
        auto p = reminders::plan(in);
        QVERIFY(p.due.isEmpty());
        QCOMPARE(p.next, at(12, 7, 18)); // the timer aims at the moment itself
        QCOMPARE(reminders::dayBeforeMoment(a.start, kZone), at(12, 7, 18));

        in.now = at(12, 7, 18);
        p = reminders::plan(in);
        QCOMPARE(kinds(p), QList<Kind>{Kind::DayBefore});
        QCOMPARE(p.due[0].title, QStringLiteral("Tomorrow: Koken"));
        QCOMPARE(p.due[0].body, QStringLiteral("19:00–21:00, Huiskamer Noord"));
        QCOMPARE(p.due[0].activityId, a.id);
        QCOMPARE(p.next, at(12, 8, 18)); // then the hour before

        // Told once: the same moment, a later look, nothing again.
        in.delivered.insert(p.due[0].key);
        in.now = at(12, 7, 22);
        QVERIFY(reminders::plan(in).due.isEmpty());
    }

    void hourBeforeSaysTheTime()
    {
        auto in = input({cooking()}, at(12, 8, 18));
        const auto p = reminders::plan(in);
        // The day-before one was never told, but the hour before is due: one card, not two.
        QCOMPARE(kinds(p), QList<Kind>{Kind::HourBefore});
        QCOMPARE(p.due[0].title, QStringLiteral("Soon: Koken"));
        QCOMPARE(p.due[0].body, QStringLiteral("Starts at 19:00, Huiskamer Noord"));
        QVERIFY(!p.next.isValid());
        in.delivered.insert(p.due[0].key);
        in.now = at(12, 8, 18, 30);
        QVERIFY(reminders::plan(in).due.isEmpty());
    }

    void missedMomentFiresOnceWhenTheAppStarts()
    {
        // Closed all evening; opened the next morning: still told, as "today".
        auto in = input({cooking()}, at(12, 8, 9, 15));
        auto p = reminders::plan(in);
        QCOMPARE(kinds(p), QList<Kind>{Kind::DayBefore});
        QCOMPARE(p.due[0].title, QStringLiteral("Today: Koken"));
        QCOMPARE(p.next, at(12, 8, 18));
        in.delivered.insert(p.due[0].key);
        p = reminders::plan(in);
        QVERIFY(p.due.isEmpty());
        // Opened at 18:40 without the hour-before told: it still comes, with the time.
        in.now = at(12, 8, 18, 40);
        QCOMPARE(kinds(reminders::plan(in)), QList<Kind>{Kind::HourBefore});
    }

    void nothingOnceItHasBegun()
    {
        for (const QDateTime &now : {at(12, 8, 19), at(12, 8, 20), at(12, 9, 10)}) {
            const auto p = reminders::plan(input({cooking()}, now));
            QVERIFY(p.due.isEmpty());
            QVERIFY(p.seen.isEmpty());
            QVERIFY(!p.next.isValid());
        }
        Activity cancelled = cooking();
        cancelled.status = activities::Status::Cancelled;
        QVERIFY(reminders::plan(input({cancelled}, at(12, 8, 19, 30))).due.isEmpty());
    }

    void nothingWithoutAPlace()
    {
        for (SignUpState s :
             {SignUpState::Withdrawn, SignUpState::Waitlisted, SignUpState::Pending}) {
            const auto p = reminders::plan(input({cooking(s)}, at(12, 8, 18, 10)));
            QVERIFY2(p.due.isEmpty(), qPrintable(QString::number(int(s))));
            QVERIFY(!p.next.isValid());
        }
        Activity notMine = cooking();
        notMine.signUps[0].memberId = kYonas;
        notMine.organiserIds = {kSelf}; // organising is not signing up
        QVERIFY(reminders::plan(input({notMine}, at(12, 8, 18, 10))).due.isEmpty());
        // Not set up yet, or no clock: nothing at all.
        auto in = input({cooking()}, at(12, 8, 18, 10));
        in.memberId.clear();
        QVERIFY(reminders::plan(in).due.isEmpty());
        in = input({cooking()}, {});
        QVERIFY(reminders::plan(in).due.isEmpty());
    }

    void signingUpAfterTheEveningBeforeIsNotRemindedOfIt()
    {
        Activity a = cooking();
        a.signUps[0].receivedAt = at(12, 7, 21);
        const auto p = reminders::plan(input({a}, at(12, 7, 21, 5)));
        QVERIFY(p.due.isEmpty());
        QCOMPARE(p.next, at(12, 8, 18));
    }

    void comingAsCompanionIsReminded()
    {
        Activity a = cooking();
        a.signUps[0].memberId = kYonas;
        a.signUps[0].companionId = kSelf;
        const auto p = reminders::plan(input({a}, at(12, 7, 18, 30)));
        QCOMPARE(kinds(p), QList<Kind>{Kind::DayBefore});
        // Never the other resident's name: title, time and place only.
        QVERIFY(!p.due[0].title.contains(QLatin1String("Yonas")));
        QVERIFY(!p.due[0].body.contains(QLatin1String("Yonas")));
    }

    void aMovedActivityIsRemindedAgain()
    {
        Activity a = cooking();
        auto in = input({a}, at(12, 7, 18, 30));
        const auto first = reminders::plan(in);
        QCOMPARE(first.due.size(), 1);
        in.delivered.insert(first.due[0].key);
        a.start = at(12, 9, 19);
        a.end = at(12, 9, 21);
        in.activities = {a};
        in.now = at(12, 8, 18, 30);
        const auto moved = reminders::plan(in);
        QCOMPARE(kinds(moved), QList<Kind>{Kind::DayBefore});
        QVERIFY(moved.due[0].key != first.due[0].key);
        QCOMPARE(moved.due[0].title, QStringLiteral("Tomorrow: Koken"));
    }

    void promotionIsToldOnceAndCoversTheEvening()
    {
        auto in = input({cooking(SignUpState::Waitlisted)}, at(12, 5, 12));
        auto p = reminders::plan(in);
        QVERIFY(p.due.isEmpty());
        QCOMPARE(p.seen.value(cooking().id),
                 (reminders::SeenSignUp{"su-1", SignUpState::Waitlisted}));

        // A place came free: told, with when and where.
        in.seen = p.seen;
        in.activities = {cooking(SignUpState::Confirmed)};
        in.now = at(12, 6, 12);
        p = reminders::plan(in);
        QCOMPARE(kinds(p), QList<Kind>{Kind::Promoted});
        QCOMPARE(p.due[0].title, QStringLiteral("You have a place now"));
        QCOMPARE(p.due[0].body,
                 QStringLiteral("Koken – Tuesday 8 December, 19:00–21:00, Huiskamer Noord"));
        QVERIFY(p.covered.isEmpty());
        QCOMPARE(p.seen.value(cooking().id).state, SignUpState::Confirmed);
        in.delivered.insert(p.due[0].key);
        in.seen = p.seen;
        QVERIFY(reminders::plan(in).due.isEmpty());

        // Promoted on the evening before: one card, the promotion; the evening's is covered.
        auto evening = input({cooking(SignUpState::Confirmed)}, at(12, 7, 20));
        evening.seen.insert(cooking().id, {"su-1", SignUpState::Waitlisted});
        p = reminders::plan(evening);
        QCOMPARE(kinds(p), QList<Kind>{Kind::Promoted});
        QCOMPARE(p.covered.size(), 1);
        QCOMPARE(p.covered[0].kind, Kind::DayBefore);
    }

    void onlyAWaitToAPlaceIsAPromotion()
    {
        // Confirmed at once (pending → confirmed), or first seen confirmed: no promotion.
        auto in = input({cooking(SignUpState::Confirmed)}, at(12, 5, 12));
        in.seen.insert(cooking().id, {"su-1", SignUpState::Pending});
        QVERIFY(reminders::plan(in).due.isEmpty());
        in.seen.clear();
        QVERIFY(reminders::plan(in).due.isEmpty());
        // A new sign-up after signing off is another sign-up.
        in.seen.insert(cooking().id, {"su-0", SignUpState::Waitlisted});
        QVERIFY(reminders::plan(in).due.isEmpty());
    }

    void cancellationIsToldWithoutTheReason()
    {
        for (SignUpState s : {SignUpState::Confirmed, SignUpState::Waitlisted}) {
            Activity a = cooking(s);
            a.status = activities::Status::Cancelled;
            a.cancelReason = QStringLiteral("Yonas is ziek");
            auto in = input({a}, at(12, 6, 12));
            const auto p = reminders::plan(in);
            QCOMPARE(kinds(p), QList<Kind>{Kind::Cancelled});
            QCOMPARE(p.due[0].title, QStringLiteral("Cancelled: Koken"));
            QCOMPARE(p.due[0].body, QStringLiteral("Tuesday 8 December, 19:00–21:00. Open "
                                                   "Gangwerk to read why."));
            QVERIFY(!p.due[0].body.contains(QLatin1String("Yonas")));
            in.delivered.insert(p.due[0].key);
            QVERIFY(reminders::plan(in).due.isEmpty());
        }
        Activity signedOff = cooking(SignUpState::Withdrawn);
        signedOff.status = activities::Status::Cancelled;
        QVERIFY(reminders::plan(input({signedOff}, at(12, 6, 12))).due.isEmpty());
    }

    // --- the service over a real store --------------------------------------------------------

    void serviceTellsOnceAcrossRestarts()
    {
        Fixture f(m_dir, "once");
        f.save(cooking());
        f.clock.set(at(12, 7, 18, 5));
        {
            Running r(f);
            QSignalSpy told(&r.service, &ReminderService::reminded);
            r.service.check();
            QCOMPARE(told.size(), 1);
            QCOMPARE(told[0][1].toString(), QStringLiteral("Tomorrow: Koken"));
            QCOMPARE(r.service.nextMoment(), at(12, 8, 18));
            r.service.check();
            QCOMPARE(told.size(), 1);
        }
        // The app is closed and opened again the same evening: not told again.
        Running again(f);
        QSignalSpy told(&again.service, &ReminderService::reminded);
        again.service.check();
        QCOMPARE(told.size(), 0);
        f.clock.set(at(12, 8, 18, 1));
        again.service.check();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0][1].toString(), QStringLiteral("Soon: Koken"));
        QVERIFY(!again.service.nextMoment().isValid());
    }

    void serviceListensToChanges()
    {
        Fixture f(m_dir, "changes");
        f.clock.set(at(12, 7, 18, 5));
        Running r(f);
        QSignalSpy told(&r.service, &ReminderService::reminded);
        r.service.check();
        QCOMPARE(told.size(), 0);
        QVERIFY(!r.service.nextMoment().isValid());
        // A pull brings the activity; the services hear of it as activitiesChanged.
        f.save(cooking());
        emit r.activities.activitiesChanged();
        QCOMPARE(told.size(), 1);
    }

    void promotionPulledWhileClosedIsTold()
    {
        Fixture f(m_dir, "promoted");
        f.save(cooking(SignUpState::Waitlisted));
        f.clock.set(at(12, 3, 12));
        {
            Running r(f);
            QSignalSpy told(&r.service, &ReminderService::reminded);
            r.service.check();
            QCOMPARE(told.size(), 0);
        }
        // While the app was closed, a pull (by a previous run, or the sync at start) confirmed
        // the place; no one in memory saw it change.
        f.save(cooking(SignUpState::Confirmed));
        f.clock.set(at(12, 4, 9));
        {
            Running r(f);
            QSignalSpy told(&r.service, &ReminderService::reminded);
            r.service.check();
            QCOMPARE(told.size(), 1);
            QCOMPARE(told[0][1].toString(), QStringLiteral("You have a place now"));
        }
        Running third(f);
        QSignalSpy told(&third.service, &ReminderService::reminded);
        third.service.check();
        QCOMPARE(told.size(), 0);
    }

    void cancellationPulledWhileClosedIsToldOnce()
    {
        Fixture f(m_dir, "cancelled");
        f.save(cooking());
        f.clock.set(at(12, 3, 12));
        {
            Running r(f);
            r.service.check();
        }
        Activity a = cooking();
        a.status = activities::Status::Cancelled;
        f.save(a);
        for (int run = 0; run < 2; ++run) {
            Running r(f);
            QSignalSpy told(&r.service, &ReminderService::reminded);
            r.service.check();
            QCOMPARE(told.size(), run == 0 ? 1 : 0);
            if (run == 0)
                QCOMPARE(told[0][1].toString(), QStringLiteral("Cancelled: Koken"));
        }
    }

    void endedActivitiesAreForgotten()
    {
        Fixture f(m_dir, "forget");
        f.save(cooking());
        f.clock.set(at(12, 8, 18, 30));
        {
            Running r(f);
            r.service.check();
        }
        QCOMPARE(ReminderRepository(*f.store).delivered().size(), 1);
        f.clock.set(at(12, 8, 21, 30));
        Running r(f);
        r.service.check();
        QVERIFY(ReminderRepository(*f.store).delivered().isEmpty());
        QVERIFY(ReminderRepository(*f.store).seen().isEmpty());
    }

    void withoutABusNothingBreaks()
    {
        // This test's process has no session bus: the card cannot be shown, the notifier says
        // so, and the reminder still counts as told (the app's screens show the state).
        Fixture f(m_dir, "nobus");
        f.save(cooking());
        f.clock.set(at(12, 7, 18, 5));
        Running r(f);
        QSignalSpy failed(&r.notifier, &Notifier::failed);
        r.service.check();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(ReminderRepository(*f.store).delivered().size(), 1);
    }

private:
    struct Fixture
    {
        std::unique_ptr<Store> store = std::make_unique<Store>();
        FixedClock clock;
        Fixture(QTemporaryDir &dir, const char *name)
        {
            const QString file = dir.filePath(QLatin1String(name) + QStringLiteral(".db"));
            QFile::remove(file);
            if (!store->open(file, StoreKey::raw(QByteArray(32, '\x51')), clientSchema()).ok())
                qFatal("cannot open the test store");
            ProjectRepository repo(*store);
            Transaction tx(*store);
            Project p;
            p.id = QStringLiteral("0190a000-0000-7000-8000-0000000000f1");
            p.name = QStringLiteral("De Gang");
            p.places = {{kPlace, QStringLiteral("Huiskamer Noord"), QStringLiteral("Noord")}};
            repo.saveProject(p);
            for (const auto &[id, name] :
                 {std::pair{kSelf, "Samira"}, std::pair{kYonas, "Yonas"}}) {
                Member m;
                m.id = id;
                m.projectId = p.id;
                m.displayName = QLatin1String(name);
                m.gang = QStringLiteral("Noord");
                repo.saveMember(m);
            }
            repo.setSelfMemberId(kSelf);
            tx.commit();
        }
        void save(Activity a)
        {
            a.projectId = QStringLiteral("0190a000-0000-7000-8000-0000000000f1");
            Transaction tx(*store);
            ActivityRepository(*store).save(a);
            tx.commit();
        }
    };
    // One run of the app's reminders on the fixture's store.
    struct Running
    {
        MemberContext context;
        ActivitiesService activities;
        DBusNotifier notifier;
        ReminderService service;
        explicit Running(Fixture &f)
            : context(*f.store, f.clock), activities(context), service(activities, notifier)
        {
        }
    };
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
