// Attendance over time, as the beheerder and a gangmaker see it on their devices (a real
// encrypted store): per month the activities held and cancelled, who signed up and who came,
// how many different neighbours were reached — only over the activities whose names the viewer
// may see, and nothing at all for a resident.
#include "activitiesservice.h"
#include "activityattendancemodel.h"
#include "activityrepository.h"
#include "clientschema.h"
#include "clock.h"
#include "membercontext.h"
#include "projectrepository.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gw;

class TestAttendance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    std::unique_ptr<MemberContext> m_context;
    std::unique_ptr<ActivitiesService> m_service;
    QString m_projectId, m_beheerder, m_gangmaker, m_resident;
    QStringList m_noord, m_zuid; // residents of each corridor
    const QTimeZone m_zone{"Europe/Amsterdam"};
    int m_n = 0;

    Member member(const QString &name, Role role, const QString &gang)
    {
        Member m;
        m.id = newId();
        m.projectId = m_projectId;
        m.displayName = name;
        m.role = role;
        m.gang = gang;
        ProjectRepository(*m_store).saveMember(m);
        return m;
    }

    // A past activity on @p day of corridor @p gang: who had a place, who came.
    void held(const QDate &day, const QString &gang, const QStringList &signedUp,
              const QStringList &came, activities::Status status = activities::Status::Done)
    {
        Activity a;
        a.id = newId();
        a.projectId = m_projectId;
        a.title = QStringLiteral("Activiteit %1").arg(++m_n);
        a.placeId = QStringLiteral("room");
        a.start = QDateTime(day, QTime(19, 0), m_zone).toUTC();
        a.end = a.start.addSecs(7200);
        a.gang = gang;
        a.organiserIds = {m_gangmaker};
        a.status = status;
        for (const QString &id : signedUp) {
            activities::SignUp s;
            s.id = newId();
            s.memberId = id;
            s.state = activities::SignUpState::Confirmed;
            s.order = a.signUps.size() + 1;
            a.signUps.append(s);
        }
        a.attendeeIds = came;
        ActivityRepository(*m_store).save(a);
    }

    void actAs(const QString &id)
    {
        ProjectRepository(*m_store).setSelfMemberId(id);
        m_context->reload();
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Netherlands));
        m_store = std::make_unique<Store>();
        const QString file =
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        QFile::remove(file);
        QVERIFY(m_store->open(file, StoreKey::raw(QByteArray(32, '\x42')), clientSchema()).ok());
        m_clock.set(QDateTime(QDate(2026, 12, 4), QTime(12, 0), QTimeZone::utc()));
        Transaction tx(*m_store);
        Project p;
        p.id = m_projectId = newId();
        p.name = QStringLiteral("Montana");
        p.places = {{QStringLiteral("room"), QStringLiteral("Huiskamer"), QString()}};
        ProjectRepository(*m_store).saveProject(p);
        m_beheerder = member(QStringLiteral("Inge"), Role::Beheerder, QString()).id;
        m_gangmaker = member(QStringLiteral("Daan"), Role::Gangmaker, QStringLiteral("Noord")).id;
        m_resident = member(QStringLiteral("Samira"), Role::Resident, QStringLiteral("Noord")).id;
        m_noord = {m_gangmaker, m_resident};
        m_zuid.clear();
        for (const char *name : {"Ali", "Ans"})
            m_noord.append(
                member(QString::fromLatin1(name), Role::Resident, QStringLiteral("Noord")).id);
        for (const char *name : {"Bas", "Bo", "Bram"})
            m_zuid.append(
                member(QString::fromLatin1(name), Role::Resident, QStringLiteral("Zuid")).id);
        // October: Noord cooks twice (Samira twice, Ali once), Zuid once; one cancelled.
        held(QDate(2026, 10, 6), QStringLiteral("Noord"), {m_resident, m_noord[2], m_noord[3]},
             {m_resident, m_noord[2]});
        held(QDate(2026, 10, 20), QStringLiteral("Noord"), {m_resident}, {m_resident});
        held(QDate(2026, 10, 21), QStringLiteral("Zuid"), {m_zuid[0], m_zuid[1]}, {m_zuid[0]});
        held(QDate(2026, 10, 28), QStringLiteral("Zuid"), {m_zuid[2]}, {},
             activities::Status::Cancelled);
        // November: a project-wide evening; a walk-in came who had not signed up.
        held(QDate(2026, 11, 30), QString(), {m_zuid[2]}, {m_zuid[2], m_noord[3]});
        // December: planned, not held yet.
        held(QDate(2026, 12, 1), QStringLiteral("Noord"), {}, {}, activities::Status::Planned);
        tx.commit();
        m_context = std::make_unique<MemberContext>(*m_store, m_clock);
        m_service = std::make_unique<ActivitiesService>(*m_context);
    }
    void cleanup()
    {
        m_service.reset();
        m_context.reset();
        m_store.reset();
        QLocale::setDefault(QLocale::c());
    }

    void monthsAreCountedInTheProjectsTimeZone()
    {
        Activity late;
        late.start = QDateTime(QDate(2026, 12, 1), QTime(0, 30), m_zone).toUTC();
        late.status = activities::Status::Done;
        late.attendeeIds = {QStringLiteral("x")};
        QCOMPARE(late.start.date(), QDate(2026, 11, 30)); // in UTC
        const auto months = activities::attendanceByMonth({late}, m_zone, QDate(2026, 12, 4), 2);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months[0].month, QDate(2026, 11, 1));
        QCOMPARE(months[0].came, 0);
        QCOMPARE(months[1].came, 1);
        // Outside the months asked for: not counted.
        QCOMPARE(activities::attendanceByMonth({late}, m_zone, QDate(2027, 3, 1), 3)[0].came, 0);
    }

    void theBeheerderSeesEveryCorridor()
    {
        actAs(m_beheerder);
        ActivityAttendanceModel model(*m_service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.available());
        QCOMPARE(model.rowCount(), 6); // July … December, oldest first
        const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, ActivityAttendanceModel::MonthNameRole).toString(),
                 QStringLiteral("July 2026"));
        const int oct = 3, nov = 4, dec = 5;
        QCOMPARE(at(oct, ActivityAttendanceModel::HeldRole).toInt(), 3);
        QCOMPARE(at(oct, ActivityAttendanceModel::CancelledRole).toInt(), 1);
        QCOMPARE(at(oct, ActivityAttendanceModel::SignedUpRole).toInt(), 6);
        QCOMPARE(at(oct, ActivityAttendanceModel::CameRole).toInt(), 4);
        QCOMPARE(at(oct, ActivityAttendanceModel::ReachedRole).toInt(), 3); // Samira twice
        QCOMPARE(at(oct, ActivityAttendanceModel::TextRole).toString(),
                 QStringLiteral("Held: 3 · signed up: 6 · came: 4 · different neighbours: 3"));
        QCOMPARE(at(nov, ActivityAttendanceModel::CameRole).toInt(), 2); // with the walk-in
        QCOMPARE(at(dec, ActivityAttendanceModel::HeldRole).toInt(), 0); // planned, not held
        QCOMPARE(at(dec, ActivityAttendanceModel::TextRole).toString(),
                 QStringLiteral("No activities"));
        QCOMPARE(model.maxCame(), 4);
        // Samira, Ali, Ans and Bas, Bram: 5 of the 7 neighbours (the beheerder is not one).
        QCOMPARE(model.summary(),
                 QStringLiteral("Since July 2026, 5 of 7 neighbours came to at least one "
                                "activity."));
        model.setMonths(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.summary(),
                 QStringLiteral("Since December 2026, 0 of 7 neighbours came to at least one "
                                "activity."));
    }

    void aGangmakerSeesTheirCorridorAndWhatTheyOrganise()
    {
        actAs(m_gangmaker);
        ActivityAttendanceModel model(*m_service);
        model.reload();
        QVERIFY(model.available());
        const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        // October: Noord's two evenings, not Zuid's, although Daan is named as their organiser:
        // an activity of a corridor is its corridor's (activitySubject), never another's.
        QCOMPARE(at(3, ActivityAttendanceModel::HeldRole).toInt(), 2);
        QCOMPARE(at(3, ActivityAttendanceModel::CameRole).toInt(), 3);
        // November's evening for everyone is his: counted.
        QCOMPARE(at(4, ActivityAttendanceModel::CameRole).toInt(), 2);
        // Out of Noord's four neighbours: Samira, Ali, Ans.
        QCOMPARE(model.summary(),
                 QStringLiteral("Since July 2026, 3 of 4 neighbours came to at least one "
                                "activity."));
    }

    void aResidentSeesNoAttendance()
    {
        actAs(m_resident);
        ActivityAttendanceModel model(*m_service);
        model.reload();
        QVERIFY(!model.available());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttendance)
#include "tst_attendance.moc"
