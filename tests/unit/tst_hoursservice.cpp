// The hours service and its models over a real encrypted store: logging changes the totals,
// a broken rule stores nothing, corrections and removals keep history honest, and every model
// keeps Qt's model contract (QAbstractItemModelTester).
#include "clientschema.h"
#include "clock.h"
#include "dates.h"
#include "demodata.h"
#include "devicerepository.h"
#include "devicesservice.h"
#include "hourentryform.h"
#include "hourhistorymodel.h"
#include "hoursservice.h"
#include "memberprogressmodel.h"
#include "projectrepository.h"
#include "residentsfilter.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

class TestHoursService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    QString m_memberId;

    int count(const char *sql)
    {
        Statement s(*m_store, sql);
        s.next();
        return s.integer(0);
    }

private slots:
    void aMonthOnItsOwnIsNamedAsItStandsAlone()
    {
        // Home's "This month: …", the history's and the chart's month headings: Ukrainian
        // names a month alone in the nominative ("листопад"); inside a date it takes the
        // genitive ("16 листопада"), which QLocale's "MMMM" gives.
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        const QDate november(2026, 11, 16);
        QLocale::setDefault(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
        QCOMPARE(monthAndYear(november), QStringLiteral("листопад 2026"));
        QVERIFY(QLocale()
                    .toString(november, QStringLiteral("d MMMM"))
                    .contains(QStringLiteral("листопада")));
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(monthAndYear(november), QStringLiteral("november 2026"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(monthAndYear(november), QStringLiteral("November 2026"));
    }

    void init()
    {
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
        p.requirement = {600, hours::Period::Month};
        repo.saveProject(p);
        Member m;
        m.id = m_memberId = newId();
        m.projectId = p.id;
        m.displayName = QStringLiteral("Yonas");
        repo.saveMember(m);
        repo.setSelfMemberId(m.id);
        tx.commit();
    }
    void cleanup() { m_store.reset(); }

    void notReadyWithoutMember()
    {
        Store empty;
        QVERIFY(empty
                    .open(m_dir.filePath(QStringLiteral("empty.db")),
                          StoreKey::raw(QByteArray(32, '\x01')), clientSchema())
                    .ok());
        MemberContext ctx(empty, m_clock);
        HoursService s(ctx);
        QVERIFY(!s.isReady());
        QVERIFY(!s.log({QDate(2026, 11, 22), 60, QStringLiteral("anders"), {}}));
        QVERIFY(!s.lastError().isEmpty());
    }

    void loggingChangesProgress()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        QVERIFY(s.isReady());
        QCOMPARE(s.requiredMinutes(), 600);
        QCOMPARE(s.doneMinutes(), 0);
        QCOMPARE(s.daysLeftInPeriod(), 9);
        QSignalSpy changed(&s, &HoursService::changed);
        QVERIFY(s.log({QDate(2026, 11, 20), 90, QStringLiteral("buurtdienst"),
                       QStringLiteral("boodschappen")}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(s.doneMinutes(), 90);
        QCOMPARE(s.remainingMinutes(), 510);
        // Last month's entry counts for last month, not this one.
        QVERIFY(s.log({QDate(2026, 10, 31), 60, QStringLiteral("anders"), {}}));
        QCOMPARE(s.doneMinutes(), 90);
        QCOMPARE(count("SELECT count(*) FROM hour_entry"), 2);
    }

    void brokenRuleStoresNothing()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        QList<hours::RuleViolation> v;
        QVERIFY(!s.log({QDate(2026, 11, 23), 60, QStringLiteral("anders"), {}}, {}, &v));
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code, hours::Violation::DayInFuture);
        QVERIFY(!s.log({QDate(2026, 11, 22), 3, QStringLiteral("anders"), {}}, {}, &v));
        QCOMPARE(v.first().code, hours::Violation::MinutesTooFew);
        QCOMPARE(count("SELECT count(*) FROM hour_entry"), 0);
        QCOMPARE(s.doneMinutes(), 0);
    }

    void dayTotalCountsOtherEntries()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        const QDate d(2026, 11, 21);
        QVERIFY(s.log({d, 720, QStringLiteral("anders"), {}}));
        QList<hours::RuleViolation> v;
        QVERIFY(!s.log({d, 300, QStringLiteral("anders"), {}}, {}, &v));
        QCOMPARE(v.first().code, hours::Violation::DayTotalTooMany);
        QVERIFY(s.log({d, 240, QStringLiteral("anders"), {}}));
        // Replacing the 12 h entry by 12 h again is fine: it does not count twice.
        QString big;
        for (const auto &e : s.repository().history(m_memberId))
            if (e.minutes == 720)
                big = e.id;
        QVERIFY(!big.isEmpty());
        QVERIFY(s.log({d, 720, QStringLiteral("anders"), QStringLiteral("nagekeken")}, big));
    }

    void correctionReplacesAndKeepsHistory()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        QVERIFY(s.log({QDate(2026, 11, 10), 60, QStringLiteral("taal en les"), {}}));
        const QString first = s.repository().history(m_memberId).first().id;
        QVERIFY(s.log({QDate(2026, 11, 10), 90, QStringLiteral("taal en les"), {}}, first));
        QCOMPARE(s.doneMinutes(), 90);
        QCOMPARE(count("SELECT count(*) FROM hour_entry"), 2); // append-only
        // The replaced entry cannot be corrected again; the replacement can.
        QSignalSpy error(&s, &HoursService::errorOccurred);
        QVERIFY(!s.log({QDate(2026, 11, 10), 30, QStringLiteral("taal en les"), {}}, first));
        QCOMPARE(error.size(), 1);
        QCOMPARE(s.doneMinutes(), 90);
        QVERIFY(s.removeEntry(s.repository().correctionOf(first)->id));
        QCOMPARE(s.doneMinutes(), 0);
        QCOMPARE(count("SELECT count(*) FROM hour_entry"), 3);
        QVERIFY(!s.removeEntry(first));
        QVERIFY(!s.removeEntry(QStringLiteral("no-such-id")));
    }

    void cannotCorrectSomeoneElses()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        // Another member's entry, as a beheerder's device would hold it.
        ProjectRepository repo(*m_store);
        Member other = *repo.member(m_memberId);
        other.id = newId();
        repo.saveMember(other);
        HoursRepository ledger(*m_store);
        HourEntry e;
        e.id = newId();
        e.memberId = other.id;
        e.day = QDate(2026, 11, 1);
        e.minutes = 60;
        e.category = QStringLiteral("anders");
        e.createdAt = m_clock.now();
        ledger.append(e);
        QVERIFY(!s.removeEntry(e.id));
        QCOMPARE(s.lastError(), hours::correctionMessage(hours::CorrectionProblem::NotYours));
    }

    void pausedRequirement()
    {
        ProjectRepository repo(*m_store);
        Member m = *repo.member(m_memberId);
        m.pausedUntil = QDate(2026, 12, 15);
        m.pauses = {{QDate(2026, 11, 1), m.pausedUntil, {}, {}, {}}}; // the whole period
        repo.saveMember(m);
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        QVERIFY(s.isPaused());
        QCOMPARE(s.requiredMinutes(), 0);
        QVERIFY(!s.pausedUntilText().isEmpty());
        // Stored with the member: the history of pauses survives a reload.
        QCOMPARE(repo.member(m_memberId)->pauses, m.pauses);
    }

    void refusedByThePermissionTableBeforeAnythingIsQueued()
    {
        // The service asks the same table the server does: a resident cannot pause anyone, and
        // nothing is stored or queued for the server to refuse later.
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        QVERIFY(!ctx.may(Action::PauseRequirement));
        QVERIFY(!ctx.can().value(QStringLiteral("pauseRequirement")).toBool());
        QVERIFY(ctx.can().value(QStringLiteral("logHours")).toBool());
        const int queued = OutboxRepository(*m_store).pendingCount();
        QVERIFY(!s.pauseRequirement(m_memberId, QDate(2026, 12, 31)));
        QCOMPARE(s.lastError(), deniedMessage(Action::PauseRequirement));
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), queued);
        QVERIFY(!ProjectRepository(*m_store).member(m_memberId)->pausedUntil.isValid());
    }

    void aPauseDateThatIsNoDateIsRefusedInWords()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        const int queued = OutboxRepository(*m_store).pendingCount();
        QVERIFY(!s.pauseUntil(m_memberId, QStringLiteral("31-12-2026")));
        QVERIFY(s.lastError().contains(QStringLiteral("not a date")));
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), queued);
    }

    void weeklyProjectAndDst()
    {
        ProjectRepository repo(*m_store);
        Project p = *repo.project(repo.member(m_memberId)->projectId);
        p.requirement = {240, hours::Period::Week};
        repo.saveProject(p);
        // Sunday 25 October 2026 22:30 UTC is Sunday 23:30 CET: still week 43.
        m_clock.set(QDateTime(QDate(2026, 10, 25), QTime(22, 30), QTimeZone::utc()));
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        QCOMPARE(s.today(), QDate(2026, 10, 25));
        QCOMPARE(s.progress().period.first, QDate(2026, 10, 19));
        QVERIFY(s.log({QDate(2026, 10, 19), 60, QStringLiteral("anders"), {}}));
        QCOMPARE(s.doneMinutes(), 60);
        // An hour later it is Monday in Amsterdam: a new week, nothing done yet.
        m_clock.set(QDateTime(QDate(2026, 10, 25), QTime(23, 30), QTimeZone::utc()));
        s.reload();
        QCOMPARE(s.progress().period.first, QDate(2026, 10, 26));
        QCOMPARE(s.doneMinutes(), 0);
        QCOMPARE(s.periodLabel(), QStringLiteral("week 44"));
    }

    void formShowsErrorsBesideFields()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        HourEntryForm form(s);
        QCOMPARE(form.category(), QStringLiteral("buurtdienst"));
        form.setMinutes(0);
        form.setNote(QString(501, u'x'));
        QVERIFY(form.minutesError().isEmpty()); // nobody is told off while typing
        QSignalSpy saved(&form, &HourEntryForm::saved);
        QVERIFY(!form.submit());
        QCOMPARE(form.minutesError(), QStringLiteral("Log at least 5 minutes."));
        QCOMPARE(form.noteError(),
                 QStringLiteral("The note is too long. Use at most 500 characters."));
        QVERIFY(form.dayError().isEmpty());
        QCOMPARE(count("SELECT count(*) FROM hour_entry"), 0);
        form.setMinutes(45); // errors follow changes after the first submit
        QVERIFY(form.minutesError().isEmpty());
        form.setNote(QStringLiteral("Taalmaatje"));
        form.setDaysBack(2);
        QVERIFY(form.submit());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(s.doneMinutes(), 45);
        QCOMPARE(s.repository().history(m_memberId).first().day, QDate(2026, 11, 20));
        QCOMPARE(form.note(), QString()); // cleared for the next one
        QCOMPARE(form.dayLabel(0), QStringLiteral("Today"));
        QCOMPARE(form.dayLabel(1), QStringLiteral("Yesterday"));
        QCOMPARE(form.maxDaysBack(), 60);
    }

    void formCorrects()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        HourEntryForm form(s);
        QVERIFY(s.log(
            {QDate(2026, 11, 21), 60, QStringLiteral("commissie"), QStringLiteral("vergadering")}));
        const QString id = s.repository().history(m_memberId).first().id;
        QVERIFY(form.startCorrection(id));
        QCOMPARE(form.daysBack(), 1);
        QCOMPARE(form.minutes(), 60);
        QCOMPARE(form.category(), QStringLiteral("commissie"));
        form.setMinutes(75);
        QVERIFY(form.submit());
        QCOMPARE(s.doneMinutes(), 75);
        QCOMPARE(form.correctingId(), QString());
    }

    void historyModelShowsCorrectionsHonestly()
    {
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        HourHistoryModel model(s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(s.log({QDate(2026, 11, 10), 60, QStringLiteral("buurtdienst"), {}}));
        QVERIFY(s.log({QDate(2026, 11, 12), 30, QStringLiteral("anders"), {}}));
        const auto hist = s.repository().history(m_memberId);
        const QString on10 = hist.last().id, on12 = hist.first().id;
        QVERIFY(s.log({QDate(2026, 11, 10), 90, QStringLiteral("buurtdienst"), {}}, on10));
        QVERIFY(s.removeEntry(on12));
        // Rows: 12th (removed), 10th replacement, 10th original (replaced). The void is no row.
        QCOMPARE(model.rowCount(), 3);
        const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, HourHistoryModel::StateRole).toString(), QStringLiteral("removed"));
        QVERIFY(at(0, HourHistoryModel::StateTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Removed on")));
        QCOMPARE(at(1, HourHistoryModel::StateRole).toString(), QStringLiteral("active"));
        QVERIFY(at(1, HourHistoryModel::IsCorrectionRole).toBool());
        QCOMPARE(at(2, HourHistoryModel::StateRole).toString(), QStringLiteral("replaced"));
        QCOMPARE(at(2, HourHistoryModel::StateTextRole).toString(),
                 QStringLiteral("Changed to 1 h 30 min"));
        QCOMPARE(at(2, HourHistoryModel::MonthTextRole).toString(),
                 QStringLiteral("November 2026"));
        QCOMPARE(at(2, HourHistoryModel::CategoryTextRole).toString(),
                 QStringLiteral("Neighbour service"));
        QVERIFY(!model.roleNames().isEmpty());
    }

    void monthlyModel()
    {
        ProjectRepository repo(*m_store);
        Member m = *repo.member(m_memberId);
        m.movedIn = QDate(2026, 9, 16);
        repo.saveMember(m);
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        MonthlyHoursModel model(s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(s.log({QDate(2026, 10, 3), 120, QStringLiteral("anders"), {}}));
        QVERIFY(s.log({QDate(2026, 11, 3), 60, QStringLiteral("anders"), {}}));
        const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(11, MonthlyHoursModel::DoneMinutesRole).toInt(), 60);
        QCOMPARE(at(11, MonthlyHoursModel::RequiredMinutesRole).toInt(), 600);
        QVERIFY(at(11, MonthlyHoursModel::IsCurrentRole).toBool());
        QCOMPARE(at(10, MonthlyHoursModel::DoneMinutesRole).toInt(), 120);
        QCOMPARE(at(9, MonthlyHoursModel::RequiredMinutesRole).toInt(),
                 300); // moved in mid-September
        QCOMPARE(at(8, MonthlyHoursModel::RequiredMinutesRole).toInt(), 0); // not living here yet
        QCOMPARE(model.maxMinutes(), 600);
        QCOMPARE(at(11, MonthlyHoursModel::SummaryRole).toString(),
                 QStringLiteral("November 2026: 1 h of 10 h"));
        // The chart's line under the bars reads `summaries`: it follows every change.
        QCOMPARE(model.summaries().size(), 12);
        QCOMPARE(model.summaries().constLast(), QStringLiteral("November 2026: 1 h of 10 h"));
        QSignalSpy renewed(&model, &MonthlyHoursModel::summariesChanged);
        QVERIFY(s.log({QDate(2026, 11, 4), 30, QStringLiteral("anders"), {}}));
        QVERIFY(!renewed.isEmpty());
        QCOMPARE(model.summaries().constLast(),
                 QStringLiteral("November 2026: 1 h 30 min of 10 h"));
    }

    // The beheerder's resident page: the same models for another member of the project.
    void modelsForAnotherMember()
    {
        ProjectRepository repo(*m_store);
        HoursRepository ledger(*m_store);
        Member me = *repo.member(m_memberId);
        me.role = Role::Beheerder;
        repo.saveMember(me);
        Member other;
        other.id = newId();
        other.projectId = me.projectId;
        other.displayName = QStringLiteral("Samira");
        other.movedIn = QDate(2026, 11, 16);
        repo.saveMember(other);
        HourEntry e;
        e.id = newId();
        e.memberId = other.id;
        e.day = QDate(2026, 11, 18);
        e.minutes = 90;
        e.category = QStringLiteral("anders");
        e.createdAt = m_clock.now();
        ledger.append(e);
        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        HourHistoryModel history(s);
        MonthlyHoursModel months(s);
        QCOMPARE(history.rowCount(), 0); // the beheerder's own: none
        history.setMemberId(other.id);
        months.setMemberId(other.id);
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.data(history.index(0), HourHistoryModel::MinutesRole).toInt(), 90);
        QCOMPARE(months.data(months.index(11), MonthlyHoursModel::DoneMinutesRole).toInt(), 90);
        // Her terms, not the beheerder's: moved in on the 16th, half of November asked.
        QCOMPARE(months.data(months.index(11), MonthlyHoursModel::RequiredMinutesRole).toInt(),
                 300);
        QCOMPARE(months.data(months.index(10), MonthlyHoursModel::RequiredMinutesRole).toInt(), 0);
    }

    void memberOverviewForBeheerder()
    {
        // This device acts as the beheerder and holds everyone's hours.
        ProjectRepository repo(*m_store);
        HoursRepository ledger(*m_store);
        Member me = *repo.member(m_memberId);
        me.role = Role::Beheerder;
        repo.saveMember(me);
        const auto addMember = [&](const char *name, QDate movedIn, QDate pausedUntil) {
            Member m;
            m.id = newId();
            m.projectId = me.projectId;
            m.displayName = QString::fromUtf8(name);
            m.movedIn = movedIn;
            m.pausedUntil = pausedUntil;
            if (pausedUntil.isValid())
                m.pauses = {{QDate(2026, 11, 1), pausedUntil, {}, {}, {}}};
            repo.saveMember(m);
            return m.id;
        };
        const QString anna = addMember("Anna", {}, {});
        const QString bilal = addMember("bilal", QDate(2026, 11, 16), {});
        addMember("Chris", {}, QDate(2026, 12, 31));
        const auto log = [&](const QString &member, QDate day, int minutes) {
            HourEntry e;
            e.id = newId();
            e.memberId = member;
            e.day = day;
            e.minutes = minutes;
            e.category = QStringLiteral("anders");
            e.createdAt = m_clock.now();
            ledger.append(e);
            return e.id;
        };
        log(anna, QDate(2026, 11, 3), 240);
        const QString replaced = log(anna, QDate(2026, 11, 4), 60);
        HourEntry fix = *ledger.entry(replaced);
        fix.id = newId();
        fix.minutes = 90;
        fix.corrects = replaced;
        ledger.append(fix);
        log(anna, QDate(2026, 10, 30), 600); // last month: not in this period
        log(bilal, QDate(2026, 11, 20), 45);

        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        MemberProgressModel model(*m_store, s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3); // the beheerder is not in the list
        const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, MemberProgressModel::NameRole).toString(), QStringLiteral("Anna"));
        QCOMPARE(at(0, MemberProgressModel::DoneMinutesRole).toInt(), 330);
        QCOMPARE(at(0, MemberProgressModel::RequiredMinutesRole).toInt(), 600);
        QCOMPARE(at(0, MemberProgressModel::DoneTextRole).toString(),
                 QStringLiteral("5 h 30 min of 10 h"));
        QCOMPARE(at(1, MemberProgressModel::NameRole).toString(), QStringLiteral("bilal"));
        QCOMPARE(at(1, MemberProgressModel::RequiredMinutesRole).toInt(),
                 300); // moved in on the 16th
        QCOMPARE(at(2, MemberProgressModel::PausedRole).toBool(), true);
        QCOMPARE(at(2, MemberProgressModel::RequiredMinutesRole).toInt(), 0);
        QCOMPARE(at(2, MemberProgressModel::PausedUntilIsoRole).toString(),
                 QStringLiteral("2026-12-31"));
    }

    // A 300-studio project as the beheerder sees it: grouped by corridor and in natural name
    // order, found by a part of a name or corridor (accents and capitals do not matter),
    // narrowed to who may need a conversation or is paused, counts that match, and the month
    // before one switch away.
    void residentsOfA300StudioProject()
    {
        ProjectRepository repo(*m_store);
        HoursRepository ledger(*m_store);
        Member me = *repo.member(m_memberId);
        me.role = Role::Beheerder;
        Transaction tx(*m_store);
        repo.saveMember(me);
        int expectBehind = 0;
        int expectPaused = 0;
        DeviceRepository devices(*m_store);
        const QDate today(2026, 11, 22);
        const auto device = [&](const Member &m, int syncedDaysAgo, bool revoked = false) {
            DeviceRecord d;
            d.id = newId();
            d.memberId = m.id;
            d.name = QStringLiteral("Telefoon");
            d.enrolledAt = m_clock.now().addDays(-60);
            d.lastSyncDay = today.addDays(-syncedDaysAgo);
            if (revoked)
                d.revokedAt = m_clock.now().addDays(-20);
            devices.save(d);
        };
        for (int i = 1; i <= 300; ++i) {
            Member m;
            m.id = newId();
            m.projectId = me.projectId;
            m.displayName = i == 7 ? QStringLiteral("René") : QStringLiteral("r%1").arg(i);
            m.gang = QStringLiteral("Gang %1").arg((i - 1) / 30 + 1);
            m.studio = QStringLiteral("%1.%2")
                           .arg((i - 1) / 30 + 1)
                           .arg((i - 1) % 30 + 1, 2, 10, QLatin1Char('0'));
            const bool paused = i % 25 == 0;
            if (paused) {
                m.pauses = {{QDate(2026, 11, 1), QDate(2026, 12, 31), {}, {}, {}}};
                m.pausedUntil = QDate(2026, 12, 31);
                ++expectPaused;
            }
            repo.saveMember(m);
            // Devices, by the last digit: 0 none, 1 quiet for 9 days, 2 only a disconnected one,
            // 3 an old disconnected phone (quiet) and a new one synced today, 4 five days quiet,
            // the rest synced yesterday.
            switch (i % 10) {
            case 0:
                break;
            case 1:
                device(m, 9);
                break;
            case 2:
                device(m, 30, true);
                break;
            case 3:
                device(m, 40, true);
                device(m, 0);
                break;
            case 4:
                device(m, 5);
                break;
            default:
                device(m, 1);
            }
            const int minutes = (i % 7) * 60;
            if (minutes > 0) {
                HourEntry e;
                e.id = newId();
                e.memberId = m.id;
                e.day = QDate(2026, 11, 3);
                e.minutes = minutes;
                e.category = QStringLiteral("anders");
                e.createdAt = m_clock.now();
                ledger.append(e);
            }
            // 22 of 30 days asked so far: 440 minutes; behind below 220.
            expectBehind += !paused && minutes < 220;
        }
        tx.commit();

        MemberContext ctx(*m_store, m_clock);
        HoursService s(ctx);
        MemberProgressModel members(*m_store, s);
        ResidentsFilter residents;
        residents.setSourceModel(&members);
        QAbstractItemModelTester tester(&residents,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(members.rowCount(), 300);
        QCOMPARE(residents.count(), 300);
        QCOMPARE(members.behindCount(), expectBehind);
        QCOMPARE(members.pausedCount(), expectPaused);
        QCOMPARE(members.behindNames().size(), expectBehind);
        QCOMPARE(members.behindNames().first(), QStringLiteral("r1"));
        const auto name = [&](int row) {
            return residents.index(row, 0).data(MemberProgressModel::NameRole).toString();
        };
        const auto gang = [&](int row) {
            return residents.index(row, 0).data(MemberProgressModel::GangRole).toString();
        };
        // Gang 1 first, then Gang 2 … Gang 10 (not Gang 10 after Gang 1); names naturally.
        QCOMPARE(gang(0), QStringLiteral("Gang 1"));
        QCOMPARE(name(0), QStringLiteral("r1"));
        QCOMPARE(name(1), QStringLiteral("r2"));
        QCOMPARE(name(6), QStringLiteral("r8")); // r7 is René, after the numbers
        QCOMPARE(name(7), QStringLiteral("r9"));
        QCOMPARE(name(8), QStringLiteral("r10"));
        QCOMPARE(name(29), QStringLiteral("René"));
        QCOMPARE(gang(30), QStringLiteral("Gang 2"));
        QCOMPARE(gang(299), QStringLiteral("Gang 10"));
        QCOMPARE(name(299), QStringLiteral("r300"));

        // One list by name: the corridors no longer come first.
        residents.setByCorridor(false);
        QCOMPARE(name(0), QStringLiteral("r1"));
        QCOMPARE(name(1), QStringLiteral("r2"));
        QCOMPARE(name(30), QStringLiteral("r32")); // r7 is René, at the end of the list
        QCOMPARE(name(299), QStringLiteral("René"));
        residents.setByCorridor(true);
        QCOMPARE(gang(30), QStringLiteral("Gang 2"));

        residents.setQuery(QStringLiteral("r10"));
        QCOMPARE(residents.count(), 11); // r10, r100 … r109
        residents.setQuery(QStringLiteral("  RENE "));
        QCOMPARE(residents.count(), 1);
        QCOMPARE(name(0), QStringLiteral("René"));
        residents.setQuery(QStringLiteral("gang 3"));
        QCOMPARE(residents.count(), 30);
        residents.setQuery(QString());
        residents.setShow(QStringLiteral("behind"));
        QCOMPARE(residents.count(), expectBehind);
        for (int row = 0; row < residents.count(); ++row)
            QVERIFY(residents.index(row, 0).data(MemberProgressModel::BehindRole).toBool());
        residents.setShow(QStringLiteral("paused"));
        QCOMPARE(residents.count(), expectPaused);
        // Who may have lost their phone, or be unwell: no sync for a week; and who never
        // connected (or only with a phone that was disconnected).
        QCOMPARE(members.quietDays(), 7);
        QCOMPARE(members.quietCount(), 30);
        QCOMPARE(members.notConnectedCount(), 60);
        residents.setShow(QStringLiteral("quiet"));
        QCOMPARE(residents.count(), 30);
        for (int row = 0; row < residents.count(); ++row) {
            const QModelIndex i = residents.index(row, 0);
            QVERIFY(name(row).endsWith(QLatin1Char('1')));
            QCOMPARE(i.data(MemberProgressModel::LastSyncTextRole).toString(),
                     DeviceListModel::lastUpdatedText(QDate(2026, 11, 13), QDate(2026, 11, 22)));
            QVERIFY(
                i.data(MemberProgressModel::LastSyncTextRole)
                    .toString()
                    .contains(QCoreApplication::translate("Devices", "%n days ago", nullptr, 9)));
        }
        members.setQuietDays(3);
        QCOMPARE(members.quietCount(), 60);
        QCOMPARE(residents.count(), 60);
        members.setQuietDays(14);
        QCOMPARE(residents.count(), 0);
        members.setQuietDays(7);
        residents.setShow(QStringLiteral("notConnected"));
        QCOMPARE(residents.count(), 60);
        for (int row = 0; row < residents.count(); ++row) {
            const QModelIndex i = residents.index(row, 0);
            QVERIFY(!i.data(MemberProgressModel::ConnectedRole).toBool());
            QVERIFY(!i.data(MemberProgressModel::QuietRole).toBool());
            QVERIFY(i.data(MemberProgressModel::LastSyncTextRole).toString().isEmpty());
        }
        // A studio number finds its resident; filters and search combine.
        residents.setShow(QStringLiteral("all"));
        residents.setQuery(QStringLiteral("3.07"));
        QCOMPARE(residents.count(), 1);
        QCOMPARE(name(0), QStringLiteral("r67"));
        residents.setQuery(QStringLiteral("1.0"));
        QCOMPARE(residents.count(), 9); // 1.01 … 1.09
        residents.setShow(QStringLiteral("notConnected"));
        QCOMPARE(residents.count(), 1); // r2 (1.02) has only a disconnected phone
        QCOMPARE(name(0), QStringLiteral("r2"));
        residents.setQuery(QString());
        residents.setShow(QStringLiteral("nonsense"));
        QCOMPARE(residents.show(), QStringLiteral("all"));
        QCOMPARE(residents.count(), 300);

        // The month before: whole, nobody paused then, nothing logged: everyone behind.
        const QString now = members.periodLabel();
        members.setPeriodOffset(-1);
        QVERIFY(members.periodLabel() != now);
        QCOMPARE(members.periodLabel(), QStringLiteral("October 2026"));
        QCOMPARE(members.pausedCount(), 0);
        QCOMPARE(members.behindCount(), 300);
        QCOMPARE(residents.count(), 300);
        members.setPeriodOffset(0);
        QCOMPARE(members.behindCount(), expectBehind);
    }

    void demoSeed()
    {
        Store demo;
        QVERIFY(demo.open(m_dir.filePath(QStringLiteral("demo.db")),
                          StoreKey::raw(QByteArray(32, '\x07')), clientSchema())
                    .ok());
        QVERIFY(seedDemo(demo, QDate(2026, 11, 22)));
        QVERIFY(!seedDemo(demo, QDate(2026, 11, 22))); // never twice
        MemberContext ctx(demo, m_clock);
        HoursService s(ctx);
        QVERIFY(s.isReady());
        QCOMPARE(s.projectName(), QStringLiteral("De Gang"));
        QCOMPARE(s.requiredMinutes(), 600);
        HourHistoryModel history(s);
        QVERIFY(history.rowCount() > 20);
        bool replaced = false, removed = false;
        for (int i = 0; i < history.rowCount(); ++i) {
            const QString st =
                history.data(history.index(i), HourHistoryModel::StateRole).toString();
            replaced |= st == QLatin1String("replaced");
            removed |= st == QLatin1String("removed");
        }
        QVERIFY(replaced && removed);
    }
};

QTEST_GUILESS_MAIN(TestHoursService)
#include "tst_hoursservice.moc"
