// The wederkerigheid rules as residents and beheerders meet them: which week or month "now" is
// in Amsterdam (also across DST), what a period asks (pro-rated for move-in and pauses), and
// every validation rule with the words the resident reads.
#include "hoursrules.h"

#include <QTest>

using namespace gw::hours;

namespace {
const QTimeZone kAmsterdam("Europe/Amsterdam");
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
EntryContext ctx(QDate today, int otherMinutes = 0)
{
    EntryContext c;
    c.today = today;
    c.categories = defaultCategories();
    c.otherMinutesThatDay = otherMinutes;
    return c;
}
QList<Violation> codes(const QList<RuleViolation> &vs)
{
    QList<Violation> out;
    for (const auto &v : vs)
        out.append(v.code);
    return out;
}
} // namespace

class TestHoursRules : public QObject
{
    Q_OBJECT
private slots:
    void parseRequirement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("weekly");
        QTest::newRow("2h/month") << "2h/month" << 120 << false;
        QTest::newRow("10h/month") << "10h/month" << 600 << false;
        QTest::newRow("4h/week") << "4h/week" << 240 << true;
        QTest::newRow("90m/week") << "90m/week" << 90 << true;
        QTest::newRow("1h30m/week") << "1h30m/week" << 90 << true;
        QTest::newRow("spaces, case") << " 10 h / Month " << 600 << false;
        QTest::newRow("empty") << "" << -1 << false;
        QTest::newRow("no period") << "10h" << -1 << false;
        QTest::newRow("zero") << "0h/month" << -1 << false;
        QTest::newRow("absurd") << "100h/week" << -1 << false;
        QTest::newRow("per day") << "1h/day" << -1 << false;
    }
    void parseRequirement()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QFETCH(bool, weekly);
        const auto r = Requirement::parse(text);
        if (minutes < 0) {
            QVERIFY(!r.has_value());
            return;
        }
        QVERIFY(r.has_value());
        QCOMPARE(r->minutes, minutes);
        QCOMPARE(r->period, weekly ? Period::Week : Period::Month);
        QCOMPARE(Requirement::parse(r->toString()), r); // round trip
    }

    void localDateAcrossDst_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QDate>("day");
        // Spring forward: Sunday 29 March 2026, 02:00 CET → 03:00 CEST.
        QTest::newRow("sat 23:30 CET") << utc(2026, 3, 28, 22, 30) << QDate(2026, 3, 28);
        QTest::newRow("sun 00:30 CET") << utc(2026, 3, 28, 23, 30) << QDate(2026, 3, 29);
        QTest::newRow("sun 23:30 CEST") << utc(2026, 3, 29, 21, 30) << QDate(2026, 3, 29);
        QTest::newRow("mon 00:30 CEST") << utc(2026, 3, 29, 22, 30) << QDate(2026, 3, 30);
        // Fall back: Sunday 25 October 2026, 03:00 CEST → 02:00 CET.
        QTest::newRow("sun 23:30 CET") << utc(2026, 10, 25, 22, 30) << QDate(2026, 10, 25);
        QTest::newRow("mon 00:30 CET") << utc(2026, 10, 25, 23, 30) << QDate(2026, 10, 26);
        // Month edge: 31 Oct 23:30 UTC is already 1 Nov in Amsterdam.
        QTest::newRow("month edge") << utc(2026, 10, 31, 23, 30) << QDate(2026, 11, 1);
        QTest::newRow("new year") << utc(2026, 12, 31, 23, 0) << QDate(2027, 1, 1);
    }
    void localDateAcrossDst()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QDate, day);
        QCOMPARE(localDate(instant, kAmsterdam), day);
    }

    void periods()
    {
        // ISO weeks run Monday–Sunday, also across a DST weekend and a year end.
        QCOMPARE(periodContaining(QDate(2026, 3, 29), Period::Week),
                 (DayRange{QDate(2026, 3, 23), QDate(2026, 3, 29)}));
        QCOMPARE(periodContaining(QDate(2026, 3, 30), Period::Week),
                 (DayRange{QDate(2026, 3, 30), QDate(2026, 4, 5)}));
        QCOMPARE(periodContaining(QDate(2027, 1, 1), Period::Week),
                 (DayRange{QDate(2026, 12, 28), QDate(2027, 1, 3)}));
        QCOMPARE(periodContaining(QDate(2028, 2, 15), Period::Month),
                 (DayRange{QDate(2028, 2, 1), QDate(2028, 2, 29)}));
        QCOMPARE(periodContaining(QDate(2026, 12, 31), Period::Month).days(), 31);
        const auto months = lastTwelveMonths(QDate(2026, 11, 22));
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first().first, QDate(2025, 12, 1));
        QCOMPARE(months.last(), (DayRange{QDate(2026, 11, 1), QDate(2026, 11, 30)}));
    }

    // "May need a conversation": less than half of what was asked so far, and at least an
    // hour asked. Early in the month nobody is behind yet; a pause asks nothing.
    void behindIsMeasuredAgainstWhatWasAskedSoFar()
    {
        const Requirement month{600, Period::Month};
        const DayRange november = periodContaining(QDate(2026, 11, 1), Period::Month);
        const MemberTerms always;
        QCOMPARE(askedSoFar(month, november, always, QDate(2026, 11, 15)), 300);
        QCOMPARE(askedSoFar(month, november, always, QDate(2026, 12, 3)), 600); // period over
        QCOMPARE(askedSoFar(month, november, always, QDate(2026, 10, 31)), 0);  // not begun
        QCOMPARE(askedSoFar(month, november, always, QDate(2026, 11, 2)), 40);
        QVERIFY(!isBehind(0, askedSoFar(month, november, always, QDate(2026, 11, 2))));
        QVERIFY(isBehind(149, 300));
        QVERIFY(!isBehind(150, 300));
        QVERIFY(isBehind(0, 60));
        QVERIFY(!isBehind(0, 59));
        // Paused from the 10th: only the first nine days were asked (180 min).
        const MemberTerms paused{{}, {{QDate(2026, 11, 10), QDate(2026, 12, 31)}}};
        QCOMPARE(askedSoFar(month, november, paused, QDate(2026, 11, 25)), 180);
        QVERIFY(!isBehind(90, 180));
        QVERIFY(isBehind(89, 180));
    }

    void requiredMinutesFullAndProRated()
    {
        const Requirement month{600, Period::Month};
        const Requirement week{240, Period::Week};
        const MemberTerms always;
        // A full period asks exactly the requirement, whatever its length.
        QCOMPARE(
            requiredMinutes(month, periodContaining(QDate(2026, 2, 10), Period::Month), always),
            600);
        QCOMPARE(
            requiredMinutes(month, periodContaining(QDate(2026, 3, 10), Period::Month), always),
            600);
        QCOMPARE(requiredMinutes(week, periodContaining(QDate(2026, 3, 29), Period::Week), always),
                 240);
        // Moved in on 16 November (15 of 30 days left): half.
        QCOMPARE(requiredMinutes(month, periodContaining(QDate(2026, 11, 20), Period::Month),
                                 {QDate(2026, 11, 16), {}}),
                 300);
        // Moved in on Thursday: 4 of 7 days of 4 h/week = 137 min.
        QCOMPARE(requiredMinutes(week, {QDate(2026, 11, 16), QDate(2026, 11, 22)},
                                 {QDate(2026, 11, 19), {}}),
                 137);
        // Moved in after the period: nothing asked.
        QCOMPARE(requiredMinutes(month, {QDate(2026, 10, 1), QDate(2026, 10, 31)},
                                 {QDate(2026, 11, 2), {}}),
                 0);
        // Paused from 1 to 10 February 2026: 18 of 28 days remain.
        QCOMPARE(requiredMinutes(Requirement{120, Period::Month},
                                 {QDate(2026, 2, 1), QDate(2026, 2, 28)},
                                 {{}, {{QDate(2026, 2, 1), QDate(2026, 2, 10)}}}),
                 77);
        // Paused for the whole period: nothing asked.
        MemberTerms paused{{}, {{QDate(2026, 11, 1), QDate(2026, 12, 31)}}};
        QVERIFY(paused.isPausedOn(QDate(2026, 11, 22)));
        QCOMPARE(requiredMinutes(month, {QDate(2026, 11, 1), QDate(2026, 11, 30)}, paused), 0);
        // A weekly requirement seen per month (history chart): 4 h × 30/7.
        QCOMPARE(requiredMinutes(week, {QDate(2026, 11, 1), QDate(2026, 11, 30)}, always), 1029);
    }

    void aPauseNeverReachesBack()
    {
        // Set on 25 November until 31 December: October and 1–24 November stay asked; lifted
        // on 10 December, what it covered stays paused and December asks from the 10th.
        const Requirement month{600, Period::Month};
        MemberTerms t{{}, {{QDate(2026, 11, 25), QDate(2026, 12, 31)}}};
        QVERIFY(!t.isPausedOn(QDate(2026, 11, 24)));
        QVERIFY(t.isPausedOn(QDate(2026, 11, 25)));
        QCOMPARE(requiredMinutes(month, {QDate(2026, 10, 1), QDate(2026, 10, 31)}, t), 600);
        QCOMPARE(requiredMinutes(month, {QDate(2026, 11, 1), QDate(2026, 11, 30)}, t), 480);
        t.pauses.first().last = QDate(2026, 12, 9); // lifted on the 10th
        QCOMPARE(requiredMinutes(month, {QDate(2026, 11, 1), QDate(2026, 11, 30)}, t), 480);
        QCOMPARE(requiredMinutes(month, {QDate(2026, 12, 1), QDate(2026, 12, 31)}, t), 426);
        // A pause lifted on its first day is empty: it covers nothing.
        const MemberTerms empty{{}, {{QDate(2026, 12, 10), QDate(2026, 12, 9)}}};
        QCOMPARE(requiredMinutes(month, {QDate(2026, 12, 1), QDate(2026, 12, 31)}, empty), 600);
        // Two pauses, some time apart.
        const MemberTerms two{
            {}, {{QDate(2026, 1, 1), QDate(2026, 1, 31)}, {QDate(2026, 3, 1), QDate(2026, 3, 31)}}};
        QCOMPARE(requiredMinutes(month, {QDate(2026, 1, 1), QDate(2026, 3, 31)}, two), 600);
    }

    void progress()
    {
        Progress p{{QDate(2026, 11, 1), QDate(2026, 11, 30)}, 420, 600};
        QCOMPARE(p.remainingMinutes(), 180);
        QVERIFY(!p.met());
        p.doneMinutes = 700;
        QCOMPARE(p.remainingMinutes(), 0); // doing more never shows as negative
        QVERIFY(p.met());
    }

    void validEntryPasses()
    {
        const QDate today(2026, 11, 22);
        QVERIFY(
            validateEntry({today, 60, QStringLiteral("buurtdienst"), {}}, ctx(today)).isEmpty());
        QVERIFY(validateEntry({today.addDays(-60), 5, QStringLiteral("anders"), QString(500, u'x')},
                              ctx(today))
                    .isEmpty());
        QVERIFY(validateEntry({today, 720, QStringLiteral("commissie"), {}}, ctx(today, 240))
                    .isEmpty());
    }

    void eachRuleWithItsMessage_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("noteChars");
        QTest::addColumn<int>("otherMinutes");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QDate today(2026, 11, 22);
        const QString cat = QStringLiteral("buurtdienst");
        QTest::newRow("no day") << QDate() << 60 << cat << 0 << 0 << int(Field::Day)
                                << int(Violation::DayMissing) << "Choose the day you helped.";
        QTest::newRow("future") << today.addDays(1) << 60 << cat << 0 << 0 << int(Field::Day)
                                << int(Violation::DayInFuture)
                                << "This day is in the future. Log hours after you did them.";
        QTest::newRow("too old")
            << today.addDays(-61) << 60 << cat << 0 << 0 << int(Field::Day)
            << int(Violation::DayTooOld)
            << "This day is more than 60 days ago. Ask your beheerder to add it.";
        QTest::newRow("4 min") << today << 4 << cat << 0 << 0 << int(Field::Minutes)
                               << int(Violation::MinutesTooFew) << "Log at least 5 minutes.";
        QTest::newRow("12h01")
            << today << 721 << cat << 0 << 0 << int(Field::Minutes)
            << int(Violation::MinutesTooMany)
            << "One entry can be at most 12 hours. Split a longer day into parts.";
        QTest::newRow("day total")
            << today << 120 << cat << 0 << 900 << int(Field::Minutes)
            << int(Violation::DayTotalTooMany)
            << "A day can have at most 16 hours in total. You can add 1 h more on this day.";
        QTest::newRow("category") << today << 60 << QStringLiteral("feest") << 0 << 0
                                  << int(Field::Category) << int(Violation::CategoryUnknown)
                                  << "Choose what kind of help it was.";
        QTest::newRow("note") << today << 60 << cat << 501 << 0 << int(Field::Note)
                              << int(Violation::NoteTooLong)
                              << "The note is too long. Use at most 500 characters.";
    }
    void eachRuleWithItsMessage()
    {
        QFETCH(QDate, day);
        QFETCH(int, minutes);
        QFETCH(QString, category);
        QFETCH(int, noteChars);
        QFETCH(int, otherMinutes);
        QFETCH(int, field);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto vs = validateEntry({day, minutes, category, QString(noteChars, u'a')},
                                      ctx(QDate(2026, 11, 22), otherMinutes));
        QCOMPARE(vs.size(), 1);
        QCOMPARE(int(vs.first().field), field);
        QCOMPARE(int(vs.first().code), code);
        QCOMPARE(vs.first().message, message);
    }

    void noteCountsCharactersNotBytes()
    {
        // 500 Arabic letters, or emoji, are 500 characters: allowed.
        const QDate today(2026, 11, 22);
        QVERIFY(validateEntry({today, 60, QStringLiteral("anders"), QString(500, QChar(0x0645))},
                              ctx(today))
                    .isEmpty());
        QString emoji;
        for (int i = 0; i < 500; ++i)
            emoji += QString::fromUcs4(U"\U0001F33B", 1);
        QVERIFY(validateEntry({today, 60, QStringLiteral("anders"), emoji}, ctx(today)).isEmpty());
        QCOMPARE(codes(validateEntry(
                     {today, 60, QStringLiteral("anders"), emoji + QLatin1Char('!')}, ctx(today))),
                 QList<Violation>{Violation::NoteTooLong});
    }

    void severalRulesAtOnce()
    {
        const QDate today(2026, 11, 22);
        QCOMPARE(
            codes(validateEntry({today.addDays(3), 0, QString(), QString(600, u'x')}, ctx(today))),
            (QList<Violation>{Violation::DayInFuture, Violation::MinutesTooFew,
                              Violation::CategoryUnknown, Violation::NoteTooLong}));
    }

    void backdatingLimitIsTheProjects()
    {
        const QDate today(2026, 11, 22);
        EntryContext c = ctx(today);
        c.backdatingDays = 14;
        QVERIFY(validateEntry({today.addDays(-14), 60, QStringLiteral("anders"), {}}, c).isEmpty());
        QCOMPARE(codes(validateEntry({today.addDays(-15), 60, QStringLiteral("anders"), {}}, c)),
                 QList<Violation>{Violation::DayTooOld});
    }

    void corrections()
    {
        const QString me = QStringLiteral("me");
        const QDate today(2026, 11, 22);
        const EntryContext c = ctx(today);
        CorrectionTarget t{true, me, QDate(2026, 11, 20), QStringLiteral("anders"), false, false};
        QCOMPARE(checkCorrection(t, me, c), CorrectionProblem::None);
        QCOMPARE(checkCorrection(CorrectionTarget{}, me, c), CorrectionProblem::TargetMissing);
        QCOMPARE(checkCorrection(t, QStringLiteral("other"), c), CorrectionProblem::NotYours);
        CorrectionTarget v = t;
        v.isVoid = true;
        QCOMPARE(checkCorrection(v, me, c), CorrectionProblem::TargetIsVoid);
        CorrectionTarget done = t;
        done.alreadyCorrected = true;
        QCOMPARE(checkCorrection(done, me, c), CorrectionProblem::AlreadyCorrected);
        QVERIFY(!correctionMessage(CorrectionProblem::NotYours).isEmpty());
        QCOMPARE(correctionCode(CorrectionProblem::AlreadyCorrected),
                 QStringLiteral("ALREADY_CORRECTED"));
        QCOMPARE(correctionCode(CorrectionProblem::None), QString());
    }

    void oldHoursCannotBeMovedOrErased()
    {
        // An entry past the backdating limit stays as it is: correcting it to today would move
        // old hours into this period, removing it would erase them.
        const QString me = QStringLiteral("me");
        const QDate today(2026, 11, 22);
        EntryContext c = ctx(today);
        CorrectionTarget t{true, me, today.addDays(-60), QStringLiteral("anders"), false, false};
        QCOMPARE(checkCorrection(t, me, c), CorrectionProblem::None);
        t.day = today.addDays(-61);
        QCOMPARE(checkCorrection(t, me, c), CorrectionProblem::TargetTooOld);
        QCOMPARE(correctionCode(CorrectionProblem::TargetTooOld), QStringLiteral("TARGET_TOO_OLD"));
        QVERIFY(correctionMessage(CorrectionProblem::TargetTooOld)
                    .contains(QStringLiteral("beheerder")));
        // The beheerder, for someone else, may: that is where residents are sent.
        c.backdatingApplies = false;
        QCOMPARE(checkCorrection(t, me, c), CorrectionProblem::None);
        QVERIFY(
            validateEntry({today.addDays(-200), 60, QStringLiteral("anders"), {}}, c).isEmpty());
        QCOMPARE(codes(validateEntry({today.addDays(1), 60, QStringLiteral("anders"), {}}, c)),
                 QList<Violation>{Violation::DayInFuture}); // the future stays closed to all
    }

    void removalMirrorsItsTarget()
    {
        const CorrectionTarget t{
            true, QStringLiteral("me"), QDate(2026, 11, 20), QStringLiteral("commissie"), false,
            false};
        QCOMPARE(checkVoid({t.day, 0, t.category, {}}, t), CorrectionProblem::None);
        QCOMPARE(checkVoid({t.day, 0, t.category, QStringLiteral("dubbel gelogd")}, t),
                 CorrectionProblem::None);
        QCOMPARE(checkVoid({t.day, 999, t.category, {}}, t), CorrectionProblem::VoidMismatch);
        QCOMPARE(checkVoid({t.day.addDays(-1), 0, t.category, {}}, t),
                 CorrectionProblem::VoidMismatch);
        QCOMPARE(checkVoid({t.day, 0, QStringLiteral("nope"), {}}, t),
                 CorrectionProblem::VoidMismatch);
        QCOMPARE(checkVoid({t.day, 0, t.category, QString(501, u'x')}, t),
                 CorrectionProblem::VoidMismatch);
        QCOMPARE(checkVoid({QDate(), 0, t.category, {}}, t), CorrectionProblem::VoidMismatch);
    }

    void refusalsInTheUsersWords()
    {
        // The server's English words are replaced by core's (translated) message per code.
        QCOMPARE(refusalMessage(QStringLiteral("DAY_IN_FUTURE"), QStringLiteral("server words")),
                 violationMessage(Violation::DayInFuture));
        QCOMPARE(
            refusalMessage(QStringLiteral("DAY_TOO_OLD"), {}, 30),
            QStringLiteral("This day is more than 30 days ago. Ask your beheerder to add it."));
        QCOMPARE(refusalMessage(QStringLiteral("DAY_IN_FUTURE,MINUTES_TOO_FEW"), {}),
                 violationMessage(Violation::DayInFuture) + QLatin1Char(' ') +
                     violationMessage(Violation::MinutesTooFew));
        QCOMPARE(refusalMessage(QStringLiteral("TARGET_TOO_OLD"), {}),
                 correctionMessage(CorrectionProblem::TargetTooOld));
        QCOMPARE(refusalMessage(QStringLiteral("DAY_TOTAL_TOO_MANY"), {}),
                 QStringLiteral("A day can have at most 16 hours in total."));
        // Codes only the server knows keep the server's words.
        QCOMPARE(refusalMessage(QStringLiteral("PERMISSION_DENIED"),
                                QStringLiteral("Only a beheerder.")),
                 QStringLiteral("Only a beheerder."));
        QCOMPARE(refusalMessage(QStringLiteral("DAY_IN_FUTURE,SOMETHING_NEW"), QStringLiteral("x")),
                 QStringLiteral("x"));
    }

    void formatting()
    {
        QCOMPARE(formatMinutes(45), QStringLiteral("45 min"));
        QCOMPARE(formatMinutes(120), QStringLiteral("2 h"));
        QCOMPARE(formatMinutes(150), QStringLiteral("2 h 30 min"));
        QCOMPARE(categoryLabel(QStringLiteral("tuin en gebouw")),
                 QStringLiteral("Garden and building"));
        QCOMPARE(categoryLabel(QStringLiteral("Moestuinclub")), QStringLiteral("Moestuinclub"));
    }
};

QTEST_GUILESS_MAIN(TestHoursRules)
#include "tst_hoursrules.moc"
