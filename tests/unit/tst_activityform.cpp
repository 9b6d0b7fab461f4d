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

    // A weekly series through the form: every Tuesday at 19:00–21:00 in Amsterdam, also after
    // the clocks change in March, each date in the programme.
    void seriesIsPlannedAsItsDates()
    {
        QSignalSpy saved(m_form.get(), &ActivityForm::saved);
        fillValid(); // Tuesday 24 November 2026, 19:00–21:00
        QCOMPARE(m_form->repeat(), QStringLiteral("none"));
        QVERIFY(m_form->repeatEditable());
        QVERIFY(!m_form->inSeries());
        QVERIFY(m_form->repeatPreview().isEmpty());
        m_form->setRepeat(QStringLiteral("weekly"));
        QCOMPARE(m_form->repeat(), QStringLiteral("weekly"));
        // Switched on, it gets a last day 8 weeks on: 9 dates.
        QCOMPARE(m_form->repeatUntilIso(), QStringLiteral("2027-01-19"));
        const QDateTime first(QDate(2026, 11, 24), QTime(19, 0), m_zone);
        QCOMPARE(m_form->repeatPreview(), activities::repeatText(activities::Repeat::Weekly, first,
                                                                 QDate(2027, 1, 19), m_zone) +
                                              QStringLiteral(" – 9 dates"));
        // Until the first Tuesday of April, after the change to summer time: 20 dates.
        m_form->setRepeatUntilIso(QStringLiteral("2027-04-06"));
        QVERIFY2(m_form->repeatPreview().endsWith(QStringLiteral(" – 20 dates")),
                 qPrintable(m_form->repeatPreview()));
        QVERIFY2(m_form->save(), qPrintable(m_form->formError() + m_form->repeatError()));
        QCOMPARE(saved.size(), 1);
        QVERIFY2(saved.at(0).at(0).toString().contains(QStringLiteral("20")),
                 qPrintable(saved.at(0).at(0).toString()));
        // The form is empty again, not repeating.
        QCOMPARE(m_form->repeat(), QStringLiteral("none"));
        QVERIFY(m_form->repeatUntilIso().isEmpty());

        ActivityListModel programme(*m_service);
        QAbstractItemModelTester tester(&programme,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        programme.reload();
        QCOMPARE(programme.rowCount(), 20);
        const QList<Activity> dates = m_service->activities();
        QCOMPARE(dates.size(), 20);
        for (int i = 0; i < dates.size(); ++i) {
            const Activity &a = dates.at(i);
            const QDate day = QDate(2026, 11, 24).addDays(7 * i);
            QCOMPARE(a.title, QStringLiteral("Samen koken"));
            QCOMPARE(a.start, QDateTime(day, QTime(19, 0), m_zone).toUTC());
            QCOMPARE(a.end, QDateTime(day, QTime(21, 0), m_zone).toUTC());
            QCOMPARE(a.seriesId, dates.first().id);
            QCOMPARE(a.seriesIndex, i);
            QCOMPARE(a.placeId, m_room);
            const QVariantMap row = programme.rowAt(i);
            QCOMPARE(row.value(QStringLiteral("activityId")).toString(), a.id);
            QCOMPARE(row.value(QStringLiteral("time")).toString(), QStringLiteral("19:00–21:00"));
            QVERIFY(row.value(QStringLiteral("inSeries")).toBool());
            QVERIFY(!row.value(QStringLiteral("repeat")).toString().isEmpty());
        }
        // The last one in summer time: 19:00 is 17:00 UTC there, not 18:00.
        QCOMPARE(dates.last().start.time(), QTime(17, 0));
    }

    // A single activity, changed to repeat, becomes the first date of a series: it keeps its id
    // and the dates after it are added (the server decides it the same way, checkPlan).
    void aSingleActivityStartsRepeating()
    {
        fillValid(); // Tuesday 24 November 2026, 19:00–21:00
        QVERIFY2(m_form->save(), qPrintable(m_form->formError()));
        const QString id = m_service->activities().constFirst().id;
        QVERIFY(m_form->load(id));
        QVERIFY(!m_form->inSeries());
        QVERIFY(m_form->repeatEditable());
        m_form->setRepeat(QStringLiteral("weekly"));
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-08"));
        QVERIFY2(m_form->repeatPreview().endsWith(QStringLiteral(" – 3 dates")),
                 qPrintable(m_form->repeatPreview()));
        QVERIFY2(m_form->save(), qPrintable(m_form->formError() + m_form->repeatError()));
        const QList<Activity> dates = m_service->activities();
        QCOMPARE(dates.size(), 3);
        QCOMPARE(dates.at(0).id, id);
        for (int i = 0; i < dates.size(); ++i) {
            QCOMPARE(dates.at(i).seriesId, id);
            QCOMPARE(dates.at(i).seriesIndex, i);
            QCOMPARE(dates.at(i).start,
                     QDateTime(QDate(2026, 11, 24).addDays(7 * i), QTime(19, 0), m_zone).toUTC());
        }
        // Changed without a repeat, a single activity stays one date.
        QVERIFY(m_form->load(id));
        QVERIFY(m_form->inSeries());
    }

    // The last day's messages are core's, under the repeat fields; nothing is stored.
    void repeatMessagesShowUnderTheirField()
    {
        fillValid();
        m_form->setRepeat(QStringLiteral("weekly"));
        m_form->setRepeatUntilIso(QStringLiteral("2026-11-24")); // the first date itself
        QVERIFY(!m_form->save());
        QCOMPARE(m_form->repeatError(),
                 activities::violationMessage(Violation::RepeatUntilBeforeStart));
        QCOMPARE(m_form->firstErrorField(), QStringLiteral("repeat"));
        QVERIFY(m_form->startError().isEmpty());
        QVERIFY(m_form->clashError().isEmpty());
        QVERIFY(m_form->repeatPreview().isEmpty());
        // More than a year of weeks.
        m_form->setRepeatUntilIso(QStringLiteral("2027-12-31"));
        QCOMPARE(m_form->repeatError(), activities::violationMessage(Violation::TooManyDates));
        QVERIFY(m_form->repeatPreview().isEmpty());
        // Once a month, the same day fits.
        m_form->setRepeat(QStringLiteral("monthly"));
        QVERIFY(m_form->repeatError().isEmpty());
        QVERIFY2(m_form->repeatPreview().endsWith(QStringLiteral(" – 14 dates")),
                 qPrintable(m_form->repeatPreview()));
        // Not repeating: no message about the last day.
        m_form->setRepeat(QStringLiteral("weekly"));
        m_form->setRepeatUntilIso(QStringLiteral("2026-11-20"));
        QVERIFY(!m_form->repeatError().isEmpty());
        m_form->setRepeat(QStringLiteral("none"));
        QVERIFY(m_form->repeatError().isEmpty());
        QVERIFY(m_form->firstErrorField().isEmpty());
        QVERIFY(m_service->activities().isEmpty());
    }

    // A date of a series is changed alone (its series keeps its rule) or with every later date;
    // a later date the new rule no longer has is cancelled, so that whoever signed up is told.
    void changeOneDateOrThisAndLater()
    {
        QSignalSpy saved(m_form.get(), &ActivityForm::saved);
        fillValid();
        m_form->setRepeat(QStringLiteral("weekly"));
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-22")); // 24 Nov … 22 Dec: 5 dates
        QVERIFY(m_form->save());
        QList<Activity> dates = m_service->activities();
        QCOMPARE(dates.size(), 5);
        const QString third = dates.at(2).id; // Tuesday 8 December

        // Only this date (the default): the repeat fields keep the series' rule.
        QVERIFY(m_form->load(third));
        QVERIFY(m_form->inSeries());
        QVERIFY(!m_form->thisAndLater());
        QVERIFY(!m_form->repeatEditable());
        QCOMPARE(m_form->repeat(), QStringLiteral("weekly"));
        QCOMPARE(m_form->repeatUntilIso(), QStringLiteral("2026-12-22"));
        QVERIFY2(m_form->repeatPreview().contains(activities::repeatText(
                     activities::Repeat::Weekly, dates.at(2).start, QDate(2026, 12, 22), m_zone)),
                 qPrintable(m_form->repeatPreview()));
        m_form->setRepeat(QStringLiteral("monthly"));
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-15"));
        QCOMPARE(m_form->repeat(), QStringLiteral("weekly"));
        QCOMPARE(m_form->repeatUntilIso(), QStringLiteral("2026-12-22"));
        m_form->setTitle(QStringLiteral("Kerstkoken"));
        m_form->setStartMinutes(18 * 60);
        QVERIFY2(m_form->save(), qPrintable(m_form->formError()));
        dates = m_service->activities();
        QCOMPARE(dates.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(dates.at(i).title,
                     i == 2 ? QStringLiteral("Kerstkoken") : QStringLiteral("Samen koken"));
            QCOMPARE(dates.at(i).start.toTimeZone(m_zone).time(), QTime(i == 2 ? 18 : 19, 0));
            QCOMPARE(dates.at(i).status, activities::Status::Planned);
            QCOMPARE(dates.at(i).repeatUntil, QDate(2026, 12, 22));
        }

        // This date and all later dates: a new name and time, and the series ends a week
        // earlier.
        const QString second = dates.at(1).id; // Tuesday 1 December
        QVERIFY(m_form->load(second));
        m_form->setThisAndLater(true);
        QVERIFY(m_form->repeatEditable());
        m_form->setTitle(QStringLiteral("Soepavond"));
        m_form->setStartMinutes(18 * 60 + 30);
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-15"));
        QVERIFY2(m_form->repeatPreview().endsWith(QStringLiteral(" – 3 dates from this one")),
                 qPrintable(m_form->repeatPreview()));
        // Back to only this date gives the series' rule back; then this and later again.
        m_form->setThisAndLater(false);
        QCOMPARE(m_form->repeatUntilIso(), QStringLiteral("2026-12-22"));
        m_form->setThisAndLater(true);
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-15"));
        QVERIFY2(m_form->save(), qPrintable(m_form->formError() + m_form->repeatError()));
        const auto all = [&] {
            QList<Activity> out = m_service->activities();
            std::sort(out.begin(), out.end(), [](const Activity &a, const Activity &b) {
                return a.seriesIndex < b.seriesIndex;
            });
            return out;
        };
        dates = all();
        QCOMPARE(dates.size(), 5);
        QCOMPARE(dates.at(0).title, QStringLiteral("Samen koken"));
        QCOMPARE(dates.at(0).start.toTimeZone(m_zone).time(), QTime(19, 0));
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(dates.at(i).title, QStringLiteral("Soepavond"));
            QCOMPARE(dates.at(i).start.toTimeZone(m_zone).time(), QTime(18, 30));
            QCOMPARE(dates.at(i).start.toTimeZone(m_zone).date(),
                     QDate(2026, 11, 24).addDays(7 * i));
            QCOMPARE(dates.at(i).status, activities::Status::Planned);
        }
        // 22 December is no longer in the series: cancelled, so that its people are told.
        QCOMPARE(dates.at(4).status, activities::Status::Cancelled);
        QCOMPARE(dates.at(4).cancelCode, QStringLiteral("SERIES_CHANGED"));
    }

    // A later date of a new series clashes with another activity: the clash names it and its
    // times, and nothing is stored until the series ends before it.
    void laterDateClashIsNamed()
    {
        fillValid(QStringLiteral("Spelletjesavond"));
        m_form->setDayIso(QStringLiteral("2026-12-15"));
        m_form->setStartMinutes(20 * 60);
        m_form->setEndMinutes(22 * 60);
        QVERIFY(m_form->save());
        const Activity games = m_service->activities().constFirst();

        fillValid(); // Tuesdays from 24 November, 19:00–21:00
        m_form->setRepeat(QStringLiteral("weekly"));
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-29"));
        QVERIFY(!m_form->save());
        const QString clash = m_form->clashError();
        QVERIFY2(clash.contains(QStringLiteral("Spelletjesavond")), qPrintable(clash));
        QVERIFY2(clash.contains(activities::whenText(games.start, games.end, m_zone)),
                 qPrintable(clash));
        QCOMPARE(m_form->firstErrorField(), QStringLiteral("clash"));
        QVERIFY(m_form->repeatError().isEmpty());
        QCOMPARE(m_service->activities().size(), 1);
        // Ending the week before, it fits.
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-08"));
        QVERIFY(m_form->clashError().isEmpty());
        QVERIFY(m_form->save());
        QCOMPARE(m_service->activities().size(), 4);

        // This and later from 1 December, one week longer: 15 December clashes again.
        const QString second = m_service->activities().at(1).id;
        QVERIFY(m_form->load(second));
        m_form->setThisAndLater(true);
        m_form->setRepeatUntilIso(QStringLiteral("2026-12-15"));
        QVERIFY(!m_form->save());
        QVERIFY2(m_form->clashError().contains(QStringLiteral("Spelletjesavond")),
                 qPrintable(m_form->clashError()));
        // Only this date is no clash at all.
        m_form->setThisAndLater(false);
        QVERIFY(m_form->clashError().isEmpty());
        QCOMPARE(m_service->activities().size(), 4);
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
