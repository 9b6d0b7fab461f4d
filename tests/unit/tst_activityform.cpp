// The gangmaker's activity form and the week of the programme over a real encrypted store:
// every message is core's (validateActivity through ActivitiesService::check), a room clash is
// named, a valid activity is planned and can be changed (its corridor and a start that has
// passed are kept), a refusal stays in the form with its reason, and the week model keeps Qt's
// model contract with the week as the language starts it.
#include "activitiesservice.h"
#include "activityform.h"
#include "activityweekmodel.h"
#include "clientschema.h"
#include "clock.h"
#include "membercontext.h"
#include "permissions.h"
#include "projectrepository.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gw;
using activities::Violation;

class TestActivityForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    std::unique_ptr<MemberContext> m_context;
    std::unique_ptr<ActivitiesService> m_service;
    std::unique_ptr<ActivityForm> m_form;
    QString m_gangmaker, m_resident;
    const QString m_room = QStringLiteral("00000000-0000-4000-8000-000000000091");
    const QString m_hall = QStringLiteral("00000000-0000-4000-8000-000000000092");
    const QString m_otherRoom = QStringLiteral("00000000-0000-4000-8000-000000000093");
    const QTimeZone m_zone{"Europe/Amsterdam"};

    void actAs(const QString &memberId)
    {
        ProjectRepository projects(*m_store);
        projects.setSelfMemberId(memberId);
        m_context->reload();
        m_form->clear();
    }

    // A valid new activity: Tuesday 24 November 2026, 19:00–21:00 in the corridor's room.
    void fillValid(const QString &title = QStringLiteral("Samen koken"))
    {
        m_form->setTitle(title);
        m_form->setPlaceIndex(int(m_form->placeNames().indexOf(QStringLiteral("Huiskamer Noord"))));
        m_form->setDayIso(QStringLiteral("2026-11-24"));
        m_form->setStartMinutes(19 * 60);
        m_form->setEndMinutes(21 * 60);
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        m_store = std::make_unique<Store>();
        const QString file =
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        QFile::remove(file);
        QVERIFY(m_store->open(file, StoreKey::raw(QByteArray(32, '\x42')), clientSchema()).ok());
        // Sunday 22 November 2026, 20:00 in Amsterdam.
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(19, 0), QTimeZone::utc()));
        ProjectRepository repo(*m_store);
        Transaction tx(*m_store);
        Project p;
        p.id = newId();
        p.name = QStringLiteral("Montana");
        p.places = {{m_room, QStringLiteral("Huiskamer Noord"), QStringLiteral("Noord")},
                    {m_hall, QStringLiteral("Centrale hal"), QString()},
                    {m_otherRoom, QStringLiteral("Huiskamer Zuid"), QStringLiteral("Zuid")}};
        repo.saveProject(p);
        Member g;
        g.id = m_gangmaker = newId();
        g.projectId = p.id;
        g.displayName = QStringLiteral("Daan");
        g.role = Role::Gangmaker;
        g.gang = QStringLiteral("Noord");
        repo.saveMember(g);
        Member r;
        r.id = m_resident = newId();
        r.projectId = p.id;
        r.displayName = QStringLiteral("Samira");
        r.gang = QStringLiteral("Noord");
        repo.saveMember(r);
        repo.setSelfMemberId(g.id);
        tx.commit();
        m_context = std::make_unique<MemberContext>(*m_store, m_clock);
        m_context->reload();
        m_service = std::make_unique<ActivitiesService>(*m_context);
        m_form = std::make_unique<ActivityForm>(*m_service);
    }
    void cleanup()
    {
        m_form.reset();
        m_service.reset();
        m_context.reset();
        m_store.reset();
        QLocale::setDefault(QLocale::c());
    }

    // A gangmaker plans for the corridor (or proposes one for everyone); the places follow.
    void newFormOffersWhatMayBeChosen()
    {
        QVERIFY(m_form->editingId().isEmpty());
        QCOMPARE(m_form->dayIso(), QStringLiteral("2026-11-23")); // tomorrow
        QVERIFY(!m_form->forEveryone());
        QVERIFY(m_form->mayChooseGang());
        QVERIFY(m_form->mayChooseEveryone());
        QCOMPARE(m_form->gangName(), QStringLiteral("Noord"));
        QCOMPARE(m_form->placeNames(),
                 (QStringList{QStringLiteral("Huiskamer Noord"), QStringLiteral("Centrale hal")}));
        QCOMPARE(m_form->placeIndex(), -1);
        m_form->setForEveryone(true);
        QCOMPARE(m_form->placeNames(), QStringList{QStringLiteral("Centrale hal")});
        // Errors wait for the first save.
        QVERIFY(m_form->titleError().isEmpty());
        QVERIFY(m_form->firstErrorField().isEmpty());
    }

    // Every message under a field is core's words for that rule; they follow the input after
    // the first save, and nothing is stored.
    void brokenRulesShowUnderTheirFields()
    {
        QSignalSpy saved(m_form.get(), &ActivityForm::saved);
        QVERIFY(!m_form->save());
        QCOMPARE(m_form->titleError(), activities::violationMessage(Violation::TitleMissing));
        QCOMPARE(m_form->placeError(), activities::violationMessage(Violation::PlaceUnknown));
        QCOMPARE(m_form->firstErrorField(), QStringLiteral("title"));
        QVERIFY(m_form->endError().isEmpty());

        fillValid();
        QVERIFY(m_form->titleError().isEmpty());
        QVERIFY(m_form->placeError().isEmpty());
        QVERIFY(m_form->firstErrorField().isEmpty());

        m_form->setEndMinutes(18 * 60);
        QCOMPARE(m_form->endError(), activities::violationMessage(Violation::EndNotAfterStart));
        m_form->setEndMinutes(21 * 60);
        m_form->setCapacityLimited(true);
        m_form->setCapacity(activities::kMaxCapacity + 1);
        QCOMPARE(m_form->capacityError(), activities::violationMessage(Violation::CapacityInvalid));
        m_form->setCapacity(8);
        QVERIFY(m_form->capacityError().isEmpty());
        m_form->setHasDeadline(true);
        m_form->setDeadlineDayIso(QStringLiteral("2026-11-24"));
        m_form->setDeadlineMinutes(20 * 60);
        QCOMPARE(m_form->deadlineError(),
                 activities::violationMessage(Violation::DeadlineAfterStart));
        QCOMPARE(m_form->firstErrorField(), QStringLiteral("deadline"));
        m_form->setDeadlineMinutes(12 * 60);
        m_form->setCountsAsHours(true);
        m_form->setCreditMinutes(0);
        QCOMPARE(m_form->creditError(), activities::violationMessage(Violation::CreditInvalid));
        m_form->setCreditMinutes(90);
        // A day that has passed.
        m_form->setDayIso(QStringLiteral("2026-11-20"));
        QCOMPARE(m_form->startError(), activities::violationMessage(Violation::StartInPast));
        QCOMPARE(m_form->firstErrorField(), QStringLiteral("start"));
        QVERIFY(!m_form->save());
        QCOMPARE(saved.size(), 0);
        QVERIFY(m_service->activities().isEmpty());
    }

    void validActivityIsPlanned()
    {
        QSignalSpy saved(m_form.get(), &ActivityForm::saved);
        fillValid();
        m_form->setDescription(QStringLiteral("  Soep voor iedereen.  "));
        m_form->setCapacityLimited(true);
        m_form->setCapacity(8);
        m_form->setHasDeadline(true);
        m_form->setDeadlineDayIso(QStringLiteral("2026-11-24"));
        m_form->setDeadlineMinutes(12 * 60);
        m_form->setCountsAsHours(true);
        m_form->setCreditMinutes(120);
        QVERIFY2(m_form->save(), qPrintable(m_form->formError()));
        QCOMPARE(saved.size(), 1);
        const QString id = saved.at(0).at(1).toString();
        const auto a = m_service->activity(id);
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("Samen koken"));
        QCOMPARE(a->description, QStringLiteral("Soep voor iedereen."));
        QCOMPARE(a->placeId, m_room);
        QCOMPARE(a->gang, QStringLiteral("Noord"));
        QCOMPARE(a->start, QDateTime(QDate(2026, 11, 24), QTime(19, 0), m_zone).toUTC());
        QCOMPARE(a->end, QDateTime(QDate(2026, 11, 24), QTime(21, 0), m_zone).toUTC());
        QCOMPARE(a->capacity, 8);
        QCOMPARE(a->signUpDeadline, QDateTime(QDate(2026, 11, 24), QTime(12, 0), m_zone).toUTC());
        QVERIFY(a->countsAsHours);
        QCOMPARE(a->creditMinutes, 120);
        QCOMPARE(a->organiserIds, QStringList{m_gangmaker});
        // The form is empty again for the next one.
        QVERIFY(m_form->title().isEmpty());
        QVERIFY(m_form->editingId().isEmpty());

        // For the whole project, in the hall.
        m_form->setForEveryone(true);
        m_form->setTitle(QStringLiteral("Huisvergadering"));
        m_form->setPlaceIndex(0);
        QVERIFY2(m_form->save(), qPrintable(m_form->formError()));
        QVERIFY(m_service->activity(saved.at(1).at(1).toString())->gang.isEmpty());
    }

    // Two activities in one room at once: the second is refused, with the first named.
    void roomClashIsNamed()
    {
        fillValid(QStringLiteral("Samen koken"));
        QVERIFY(m_form->save());
        fillValid(QStringLiteral("Spelletjesavond"));
        m_form->setStartMinutes(20 * 60);
        m_form->setEndMinutes(22 * 60);
        QVERIFY(!m_form->save());
        QVERIFY2(m_form->clashError().contains(QStringLiteral("Samen koken")),
                 qPrintable(m_form->clashError()));
        QVERIFY(m_form->startError().isEmpty());
        QCOMPARE(m_form->firstErrorField(), QStringLiteral("clash"));
        QCOMPARE(m_service->activities().size(), 1);
        // Starting when the other ends is fine.
        m_form->setStartMinutes(21 * 60);
        m_form->setEndMinutes(23 * 60);
        QVERIFY(m_form->clashError().isEmpty());
        QVERIFY(m_form->save());
    }

    // Change: the form is filled, the corridor stays, a start that has passed is kept.
    void changeKeepsGangAndPassedStart()
    {
        QSignalSpy saved(m_form.get(), &ActivityForm::saved);
        fillValid();
        m_form->setCapacityLimited(true);
        m_form->setCapacity(6);
        QVERIFY(m_form->save());
        const QString id = saved.at(0).at(1).toString();
        QVERIFY(m_form->load(id));
        QCOMPARE(m_form->editingId(), id);
        QCOMPARE(m_form->title(), QStringLiteral("Samen koken"));
        QCOMPARE(m_form->dayIso(), QStringLiteral("2026-11-24"));
        QCOMPARE(m_form->startMinutes(), 19 * 60);
        QCOMPARE(m_form->endMinutes(), 21 * 60);
        QVERIFY(m_form->capacityLimited());
        QCOMPARE(m_form->capacity(), 6);
        QCOMPARE(m_form->placeNames().at(m_form->placeIndex()), QStringLiteral("Huiskamer Noord"));
        // The corridor is fixed once planned.
        QVERIFY(m_form->mayChooseGang());
        QVERIFY(!m_form->mayChooseEveryone());
        m_form->setForEveryone(true);
        QVERIFY(!m_form->forEveryone());

        // It has started meanwhile: a change keeps its start.
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(19, 30), m_zone).toUTC());
        m_form->setTitle(QStringLiteral("Samen koken en eten"));
        QCOMPARE(m_form->firstDayIso(), QStringLiteral("2026-11-24"));
        QVERIFY2(m_form->save(), qPrintable(m_form->formError() + m_form->startError()));
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).at(1).toString(), id);
        const auto a = m_service->activity(id);
        QCOMPARE(a->title, QStringLiteral("Samen koken en eten"));
        QCOMPARE(a->gang, QStringLiteral("Noord"));
        QCOMPARE(m_service->activities().size(), 1);
    }

    // What the permission table refuses stays in the form, with its words; a resident cannot
    // load an activity to change it.
    void refusalStaysInTheForm()
    {
        QSignalSpy saved(m_form.get(), &ActivityForm::saved);
        fillValid();
        QVERIFY(m_form->save());
        const QString id = saved.at(0).at(1).toString();
        actAs(m_resident);
        QVERIFY(!m_form->mayChooseGang());
        QVERIFY(!m_form->mayChooseEveryone());
        QVERIFY(!m_service->mayEdit(id));
        QVERIFY(!m_form->load(id));
        fillValid(QStringLiteral("Filmavond"));
        QCOMPARE(m_form->placeNames(), QStringList{QStringLiteral("Centrale hal")});
        m_form->setPlaceIndex(0);
        m_form->setStartMinutes(10 * 60);
        m_form->setEndMinutes(12 * 60);
        QVERIFY(!m_form->save());
        QCOMPARE(m_form->formError(), deniedMessage(Action::CreateActivity));
        QCOMPARE(m_form->firstErrorField(), QStringLiteral("form"));
        QCOMPARE(m_form->title(), QStringLiteral("Filmavond"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_service->activities().size(), 1);
    }

    // The week: seven columns from the language's first day, each activity in its day's
    // column by start; previous and next week; the model contract.
    void weekFollowsTheLanguage()
    {
        ActivityWeekModel week(*m_service);
        QAbstractItemModelTester tester(&week,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        week.reload();
        // Sunday 22 November: a Dutch week runs Monday 16 – Sunday 22.
        QCOMPARE(week.weekStart(), QDate(2026, 11, 16));
        QCOMPARE(week.todayColumn(), 6);
        QCOMPARE(week.dayIsos().size(), 7);
        QCOMPARE(week.weekTitle(), QStringLiteral("16 – 22 november 2026"));
        QCOMPARE(week.rowCount(), 0);

        QSignalSpy saved(m_form.get(), &ActivityForm::saved);
        fillValid(QStringLiteral("Samen koken")); // Tuesday 24, 19:00
        QVERIFY(m_form->save());
        fillValid(QStringLiteral("Koffieochtend"));
        m_form->setDayIso(QStringLiteral("2026-11-24"));
        m_form->setStartMinutes(10 * 60);
        m_form->setEndMinutes(11 * 60);
        QVERIFY(m_form->save());
        fillValid(QStringLiteral("Tuindag"));
        m_form->setDayIso(QStringLiteral("2026-11-29")); // Sunday
        QVERIFY(m_form->save());
        fillValid(QStringLiteral("Volgende week"));
        m_form->setDayIso(QStringLiteral("2026-12-01"));
        QVERIFY(m_form->save());

        week.nextWeek();
        QCOMPARE(week.weekOffset(), 1);
        QCOMPARE(week.weekStart(), QDate(2026, 11, 23));
        QCOMPARE(week.todayColumn(), -1);
        QCOMPARE(week.weekTitle(), QStringLiteral("23 – 29 november 2026"));
        QCOMPARE(week.rowCount(), 3);
        const auto at = [&](int row, int role) { return week.index(row).data(role); };
        QCOMPARE(at(0, ActivityWeekModel::TitleRole).toString(), QStringLiteral("Koffieochtend"));
        QCOMPARE(at(0, ActivityWeekModel::ColumnRole).toInt(), 1);
        QCOMPARE(at(0, ActivityWeekModel::TimeRole).toString(), QStringLiteral("10:00–11:00"));
        QCOMPARE(at(1, ActivityWeekModel::TitleRole).toString(), QStringLiteral("Samen koken"));
        QCOMPARE(at(1, ActivityWeekModel::ColumnRole).toInt(), 1);
        QCOMPARE(at(1, ActivityWeekModel::PlaceRole).toString(), QStringLiteral("Huiskamer Noord"));
        QVERIFY(!at(1, ActivityWeekModel::FillRole).toString().isEmpty());
        QCOMPARE(at(2, ActivityWeekModel::ColumnRole).toInt(), 6);

        // Arabic (Syria) starts the week on Saturday: Tuesday is the fourth column.
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Syria));
        week.reload();
        QCOMPARE(week.weekStart().dayOfWeek(), int(Qt::Saturday));
        QCOMPARE(week.weekStart(), QDate(2026, 11, 28));
        QCOMPARE(week.rowCount(), 2); // Sunday 29 November and Tuesday 1 December
        QCOMPARE(week.index(1, 0).data(ActivityWeekModel::ColumnRole).toInt(), 3);
        week.previousWeek();
        QCOMPARE(week.weekStart(), QDate(2026, 11, 21));
        QCOMPARE(week.rowCount(), 2);
        QCOMPARE(week.index(0, 0).data(ActivityWeekModel::ColumnRole).toInt(), 3);
        week.thisWeek();
        QCOMPARE(week.weekOffset(), 0);
        QCOMPARE(week.todayColumn(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActivityForm)

#include "tst_activityform.moc"
