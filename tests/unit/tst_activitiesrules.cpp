// The activities rules as organisers and residents meet them: what a planned activity must
// have, a room that is booked already (named, with its times), who may sign up when, and the
// places and the waiting list in the order the server received the sign-ups.
#include "activitiesrules.h"
#include "hoursrules.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace gw::activities;

namespace {
const QTimeZone kAmsterdam("Europe/Amsterdam");
// Instants in Amsterdam's local time (December: UTC+1).
QDateTime at(int d, int h, int min = 0)
{
    return QDateTime(QDate(2026, 12, d), QTime(h, min), kAmsterdam);
}
ActivityContext context()
{
    ActivityContext c;
    c.now = at(2, 12);
    c.zone = kAmsterdam;
    c.places = {{QStringLiteral("room-a"), QStringLiteral("Common room A"), QStringLiteral("A")},
                {QStringLiteral("hall"), QStringLiteral("Central hall"), QString()}};
    return c;
}
ActivityDraft cooking()
{
    ActivityDraft d;
    d.title = QStringLiteral("Cooking together");
    d.placeId = QStringLiteral("room-a");
    d.start = at(8, 19);
    d.end = at(8, 21);
    d.capacity = 8;
    d.gang = QStringLiteral("A");
    return d;
}
QList<Violation> codes(const QList<RuleViolation> &vs)
{
    QList<Violation> out;
    for (const auto &v : vs)
        out.append(v.code);
    return out;
}
SignUp signUp(const char *id, const char *member, qint64 order, SignUpState state,
              const char *companion = "")
{
    SignUp s;
    s.id = QString::fromLatin1(id);
    s.memberId = QString::fromLatin1(member);
    s.companionId = QString::fromLatin1(companion);
    s.order = order;
    s.state = state;
    return s;
}
SignUpState stateOf(const QList<SignUp> &list, const char *id)
{
    for (const SignUp &s : list)
        if (s.id == QLatin1String(id))
            return s.state;
    return SignUpState::Withdrawn;
}
int seatsTaken(const QList<SignUp> &list)
{
    int n = 0;
    for (const SignUp &s : list)
        n += s.state == SignUpState::Confirmed ? s.seats() : 0;
    return n;
}
} // namespace

class TestActivitiesRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Netherlands)); }

    void aPlannedActivityIsFine() { QVERIFY(validateActivity(cooking(), context()).isEmpty()); }

    void everyFieldHasItsRule()
    {
        ActivityDraft d;
        d.title = QStringLiteral("   ");
        d.placeId = QStringLiteral("nowhere");
        d.capacity = -1;
        d.countsAsHours = true;
        const auto v = validateActivity(d, context());
        QCOMPARE(codes(v), (QList<Violation>{Violation::TitleMissing, Violation::PlaceUnknown,
                                             Violation::StartMissing, Violation::CapacityInvalid,
                                             Violation::CreditInvalid}));
        for (const RuleViolation &r : v)
            QVERIFY2(!r.message.isEmpty(), qPrintable(violationCode(r.code)));
        QCOMPARE(v[1].field, Field::Place);

        d = cooking();
        d.title = QString(kMaxTitleChars + 1, QLatin1Char('x'));
        d.description = QString(kMaxDescriptionChars + 1, QLatin1Char('x'));
        d.capacity = kMaxCapacity + 1;
        d.creditMinutes = 30; // but it does not count
        QCOMPARE(codes(validateActivity(d, context())),
                 (QList<Violation>{Violation::TitleTooLong, Violation::DescriptionTooLong,
                                   Violation::CapacityInvalid, Violation::CreditInvalid}));
        // Characters as a reader counts them: 80 emoji are 80, not 160.
        d = cooking();
        QString emoji;
        for (int i = 0; i < kMaxTitleChars; ++i)
            emoji += QString::fromUtf8("🍲");
        d.title = emoji;
        QVERIFY(validateActivity(d, context()).isEmpty());
    }

    // A corridor's common room is for that corridor; the hall is for everyone.
    void aCommonRoomIsForItsOwnCorridor()
    {
        ActivityDraft d = cooking();
        d.gang = QStringLiteral("B");
        auto v = validateActivity(d, context());
        QCOMPARE(codes(v), QList<Violation>{Violation::PlaceOfOtherGang});
        QCOMPARE(v[0].field, Field::Place);
        QVERIFY2(v[0].message.contains(QStringLiteral("Common room A")), qPrintable(v[0].message));
        d.gang.clear(); // the whole project, in corridor A's room
        QCOMPARE(codes(validateActivity(d, context())),
                 QList<Violation>{Violation::PlaceOfOtherGang});
        d.placeId = QStringLiteral("hall");
        QVERIFY(validateActivity(d, context()).isEmpty());
        d.gang = QStringLiteral("B"); // corridor B in the hall
        QVERIFY(validateActivity(d, context()).isEmpty());
    }

    // A device words a refusal from the server by its codes, in the user's language (the
    // server's own words name rooms and times only it checked, in English).
    void refusalsAreWordedByTheirCodes()
    {
        for (int v = int(Violation::TitleMissing); v <= int(Violation::RoomClash); ++v)
            QVERIFY2(!refusalWords(violationCode(Violation(v))).isEmpty(),
                     qPrintable(violationCode(Violation(v))));
        for (int p = int(SignUpProblem::Cancelled); p <= int(SignUpProblem::CompanionIsSelf); ++p)
            QCOMPARE(refusalWords(signUpCode(SignUpProblem(p))), signUpMessage(SignUpProblem(p)));
        QCOMPARE(refusalWords(QStringLiteral("DAY_IN_FUTURE")), QString()); // the hours' own
        const QString both = gw::hours::refusalMessage(
            QStringLiteral("TITLE_MISSING,ROOM_CLASH"),
            QStringLiteral("Give … Centrale hal is already booked then for “Yoga” (…)."));
        QCOMPARE(both, violationMessage(Violation::TitleMissing) + QLatin1Char(' ') +
                           violationMessage(Violation::RoomClash));
        // The message of the check itself names what clashed.
        ActivityContext c = context();
        c.bookings = {{QStringLiteral("act-9"), QStringLiteral("room-a"), QStringLiteral("Yoga"),
                       at(8, 20), at(8, 22), Status::Planned}};
        const auto v = validateActivity(cooking(), c);
        QCOMPARE(codes(v), QList<Violation>{Violation::RoomClash});
        QVERIFY2(v[0].message.contains(QStringLiteral("“Yoga”")), qPrintable(v[0].message));
    }

    void timesMustMakeSense()
    {
        ActivityDraft d = cooking();
        d.start = at(2, 11); // an hour ago
        d.end = at(2, 13);
        QCOMPARE(codes(validateActivity(d, context())), QList<Violation>{Violation::StartInPast});
        // A change to an activity that began keeps its start.
        ActivityContext editing = context();
        editing.editingId = QStringLiteral("act-1");
        QVERIFY(validateActivity(d, editing).isEmpty());

        d = cooking();
        d.end = d.start;
        QCOMPARE(codes(validateActivity(d, context())),
                 QList<Violation>{Violation::EndNotAfterStart});
        d.end = d.start.addSecs(kMaxDurationMinutes * 60 + 60);
        QCOMPARE(codes(validateActivity(d, context())), QList<Violation>{Violation::TooLong});
        d = cooking();
        d.signUpDeadline = d.start.addSecs(60);
        QCOMPARE(codes(validateActivity(d, context())),
                 QList<Violation>{Violation::DeadlineAfterStart});
        d.signUpDeadline = d.start.addDays(-1);
        QVERIFY(validateActivity(d, context()).isEmpty());
    }

    void aBookedRoomIsNamedWithItsTimes()
    {
        ActivityContext c = context();
        c.bookings = {
            {QStringLiteral("act-9"), QStringLiteral("room-a"), QStringLiteral("House meeting"),
             at(8, 20), at(8, 22), Status::Planned},
        };
        const auto v = validateActivity(cooking(), c);
        QCOMPARE(codes(v), QList<Violation>{Violation::RoomClash});
        QVERIFY2(v[0].message.contains(QLatin1String("Common room A")), qPrintable(v[0].message));
        QVERIFY2(v[0].message.contains(QLatin1String("House meeting")), qPrintable(v[0].message));
        // In Amsterdam time, as the residents read it.
        QVERIFY2(v[0].message.contains(QStringLiteral("20:00–22:00")), qPrintable(v[0].message));
        QVERIFY2(v[0].message.contains(QLatin1String("Tuesday 8 December")),
                 qPrintable(v[0].message));
        QCOMPARE(clashWith(cooking(), c)->id, QStringLiteral("act-9"));
    }

    void noClashWhereThereIsNone()
    {
        ActivityContext c = context();
        c.bookings = {
            // ends when cooking starts, starts when it ends
            {QStringLiteral("before"), QStringLiteral("room-a"), QStringLiteral("Coffee"),
             at(8, 17), at(8, 19), Status::Planned},
            {QStringLiteral("after"), QStringLiteral("room-a"), QStringLiteral("Games"), at(8, 21),
             at(8, 23), Status::Planned},
            // the same time, elsewhere
            {QStringLiteral("hall"), QStringLiteral("hall"), QStringLiteral("Barbecue"), at(8, 18),
             at(8, 22), Status::Planned},
            // cancelled
            {QStringLiteral("off"), QStringLiteral("room-a"), QStringLiteral("Film"), at(8, 19),
             at(8, 21), Status::Cancelled},
        };
        QVERIFY(!clashWith(cooking(), c));
        QVERIFY(validateActivity(cooking(), c).isEmpty());
        // Moving an activity a little never clashes with itself.
        c.bookings.append({QStringLiteral("act-1"), QStringLiteral("room-a"),
                           QStringLiteral("Cooking together"), at(8, 19), at(8, 21),
                           Status::Planned});
        QVERIFY(clashWith(cooking(), c));
        c.editingId = QStringLiteral("act-1");
        QVERIFY(!clashWith(cooking(), c));
    }

    void whoMaySignUpWhen()
    {
        ActivityFacts a;
        a.start = at(8, 19);
        a.capacity = 8;
        const QDateTime now = at(2, 12);
        const QList<SignUp> list = {
            signUp("s1", "ann", 1, SignUpState::Confirmed, "bo"),
            signUp("s2", "cas", 2, SignUpState::Withdrawn),
        };
        const QString none;
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), none, now), SignUpProblem::None);
        // Signing up again after withdrawing is fine.
        QCOMPARE(checkSignUp(a, list, QStringLiteral("cas"), none, now), SignUpProblem::None);
        QCOMPARE(checkSignUp(a, list, QStringLiteral("ann"), none, now),
                 SignUpProblem::AlreadySignedUp);
        // Ann's companion is signed up too, and cannot come with someone else as well.
        QCOMPARE(checkSignUp(a, list, QStringLiteral("bo"), none, now),
                 SignUpProblem::AlreadySignedUp);
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), QStringLiteral("bo"), now),
                 SignUpProblem::AlreadySignedUp);
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), QStringLiteral("dev"), now),
                 SignUpProblem::CompanionIsSelf);
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), none, at(8, 19)),
                 SignUpProblem::Started);
        a.signUpDeadline = at(7, 12);
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), none, at(7, 12)), SignUpProblem::None);
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), none, at(7, 12, 1)),
                 SignUpProblem::AfterDeadline);
        a.status = Status::Cancelled;
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), none, now), SignUpProblem::Cancelled);
        a.status = Status::Done;
        QCOMPARE(checkSignUp(a, list, QStringLiteral("dev"), none, now), SignUpProblem::Done);
        for (SignUpProblem p : {SignUpProblem::Cancelled, SignUpProblem::Done,
                                SignUpProblem::Started, SignUpProblem::AfterDeadline,
                                SignUpProblem::AlreadySignedUp, SignUpProblem::CompanionIsSelf}) {
            QVERIFY(!signUpMessage(p).isEmpty());
            QVERIFY(!signUpCode(p).isEmpty());
        }
        QVERIFY(signUpCode(SignUpProblem::None).isEmpty());
    }

    // Confirmed while places are free, then the waiting list in the server's order; a
    // withdrawal promotes the first who waits, and says who.
    void placesAndTheWaitingList()
    {
        QList<SignUp> list = {
            signUp("d", "dev", 4, SignUpState::Pending), // listed first, received last
            signUp("a", "ann", 1, SignUpState::Pending),
            signUp("b", "bo", 2, SignUpState::Pending),
            signUp("c", "cas", 3, SignUpState::Pending),
        };
        QVERIFY(settle(list, 2).isEmpty());
        QCOMPARE(stateOf(list, "a"), SignUpState::Confirmed);
        QCOMPARE(stateOf(list, "b"), SignUpState::Confirmed);
        QCOMPARE(stateOf(list, "c"), SignUpState::Waitlisted);
        QCOMPARE(stateOf(list, "d"), SignUpState::Waitlisted);
        QCOMPARE(waitingPlace(list, QStringLiteral("c")), 1);
        QCOMPARE(waitingPlace(list, QStringLiteral("d")), 2);
        QCOMPARE(waitingPlace(list, QStringLiteral("a")), 0);

        list[1].state = SignUpState::Withdrawn; // ann signs off
        QCOMPARE(settle(list, 2), QStringList{QStringLiteral("c")});
        QCOMPARE(stateOf(list, "c"), SignUpState::Confirmed);
        QCOMPARE(waitingPlace(list, QStringLiteral("d")), 1);
        // Settling again changes nothing and promotes nobody.
        QVERIFY(settle(list, 2).isEmpty());
        QCOMPARE(seatsTaken(list), 2);
    }

    void aPairComesTogetherOrWaitsTogether()
    {
        QList<SignUp> list = {
            signUp("a", "ann", 1, SignUpState::Pending),
            signUp("b", "bo", 2, SignUpState::Pending),
            signUp("p", "pim", 3, SignUpState::Pending, "rik"),
            signUp("e", "eva", 4, SignUpState::Pending),
        };
        settle(list, 3);
        // One place left: the pair waits; Eva, alone, takes the place behind them.
        QCOMPARE(stateOf(list, "p"), SignUpState::Waitlisted);
        QCOMPARE(stateOf(list, "e"), SignUpState::Confirmed);
        QCOMPARE(seatsTaken(list), 3);
        list[0].state = SignUpState::Withdrawn;
        QVERIFY(settle(list, 3).isEmpty()); // one place free: still not two
        list[1].state = SignUpState::Withdrawn;
        QCOMPARE(settle(list, 3), QStringList{QStringLiteral("p")});
        QCOMPARE(seatsTaken(list), 3);
    }

    void aConfirmedPlaceIsNeverTakenAway()
    {
        QList<SignUp> list = {
            signUp("a", "ann", 1, SignUpState::Confirmed),
            signUp("b", "bo", 2, SignUpState::Confirmed),
            signUp("c", "cas", 3, SignUpState::Pending),
        };
        settle(list, 1); // the organiser lowered the capacity below who is coming
        QCOMPARE(stateOf(list, "a"), SignUpState::Confirmed);
        QCOMPARE(stateOf(list, "b"), SignUpState::Confirmed);
        QCOMPARE(stateOf(list, "c"), SignUpState::Waitlisted);
        settle(list, 0); // no limit: everyone comes
        QCOMPARE(stateOf(list, "c"), SignUpState::Confirmed);
    }

    // Whatever happens in whatever order: never more confirmed than places (unless they were
    // confirmed before a lower capacity), nobody who fits left waiting while places are free,
    // and the waiting list numbered 1, 2, 3 in the server's order.
    void settlingHoldsUnderAnyHistory()
    {
        QRandomGenerator random(20261202);
        for (int round = 0; round < 300; ++round) {
            const int capacity = 1 + int(random.bounded(6));
            QList<SignUp> list;
            qint64 order = 0;
            for (int step = 0; step < 40; ++step) {
                if (list.isEmpty() || random.bounded(3) != 0) {
                    const QString id = QStringLiteral("s%1").arg(++order);
                    SignUp s = signUp("", "", order, SignUpState::Pending);
                    s.id = id;
                    s.memberId = QStringLiteral("m%1").arg(order);
                    if (random.bounded(4) == 0)
                        s.companionId = QStringLiteral("c%1").arg(order);
                    list.append(s);
                } else {
                    list[int(random.bounded(int(list.size())))].state = SignUpState::Withdrawn;
                }
                const QStringList promoted = settle(list, capacity);
                const int taken = seatsTaken(list);
                QVERIFY2(taken <= capacity, qPrintable(QStringLiteral("round %1").arg(round)));
                for (const QString &id : promoted)
                    QCOMPARE(stateOf(list, qPrintable(id)), SignUpState::Confirmed);
                int place = 0;
                QList<SignUp> waiting;
                for (const SignUp &s : list) {
                    QVERIFY(s.state != SignUpState::Pending);
                    if (s.state == SignUpState::Waitlisted) {
                        QVERIFY2(taken + s.seats() > capacity, "someone who fits is waiting");
                        waiting.append(s);
                    }
                }
                std::sort(waiting.begin(), waiting.end(),
                          [](const SignUp &a, const SignUp &b) { return a.order < b.order; });
                for (const SignUp &s : waiting)
                    QCOMPARE(waitingPlace(list, s.id), ++place);
            }
        }
    }

    // --- series ---

    void aWeeklySeriesKeepsItsTimeAcrossSummerTime()
    {
        // Every Tuesday 19:00 from 10 March 2026: the clocks change on 29 March, the cooking
        // stays at 19:00 in Amsterdam (17:00 UTC after, 18:00 UTC before).
        const QDateTime start(QDate(2026, 3, 10), QTime(19, 0), kAmsterdam);
        const QDateTime end(QDate(2026, 3, 10), QTime(21, 0), kAmsterdam);
        const auto dates = seriesDates(start, end, Repeat::Weekly, QDate(2026, 4, 7), kAmsterdam);
        QCOMPARE(dates.size(), 5); // 10, 17, 24, 31 March, 7 April
        for (const Slot &d : dates) {
            QCOMPARE(d.start.toTimeZone(kAmsterdam).time(), QTime(19, 0));
            QCOMPARE(d.end.toTimeZone(kAmsterdam).time(), QTime(21, 0));
            QCOMPARE(d.start.toTimeZone(kAmsterdam).date().dayOfWeek(), 2);
        }
        QCOMPARE(dates[2].start.toUTC().time(), QTime(18, 0));
        QCOMPARE(dates[3].start.toUTC().time(), QTime(17, 0));
        QCOMPARE(dates.last().start.toTimeZone(kAmsterdam).date(), QDate(2026, 4, 7));
        // Every other week: 10 and 24 March, 7 April.
        QCOMPARE(seriesDates(start, end, Repeat::Fortnightly, QDate(2026, 4, 7), kAmsterdam).size(),
                 3);
        // Not repeating: only the date itself.
        QCOMPARE(seriesDates(start, end, Repeat::None, QDate(2026, 4, 7), kAmsterdam),
                 QList<Slot>{(Slot{start, end})});
    }

    void aMonthlySeriesKeepsItsWeekOfTheMonth()
    {
        // The second Tuesday (8 December 2026), then 12 January, 9 February, 9 March.
        const auto dates =
            seriesDates(at(8, 19), at(8, 21), Repeat::Monthly, QDate(2027, 3, 31), kAmsterdam);
        QList<QDate> days;
        for (const Slot &d : dates)
            days.append(d.start.toTimeZone(kAmsterdam).date());
        QCOMPARE(days, (QList<QDate>{QDate(2026, 12, 8), QDate(2027, 1, 12), QDate(2027, 2, 9),
                                     QDate(2027, 3, 9)}));
        // A date in the fifth week repeats on the last such weekday: 29 December 2026 is the
        // fifth Tuesday; January's last Tuesday is the 26th, February's the 23rd.
        const auto last =
            seriesDates(at(29, 19), at(29, 21), Repeat::Monthly, QDate(2027, 2, 28), kAmsterdam);
        QCOMPARE(last.size(), 3);
        QCOMPARE(last[1].start.toTimeZone(kAmsterdam).date(), QDate(2027, 1, 26));
        QCOMPARE(last[2].start.toTimeZone(kAmsterdam).date(), QDate(2027, 2, 23));
        QVERIFY(repeatText(Repeat::Monthly, at(29, 19), QDate(2027, 2, 28), kAmsterdam)
                    .contains(QLatin1String("last Tuesday")));
        QVERIFY(repeatText(Repeat::Monthly, at(8, 19), QDate(2027, 2, 28), kAmsterdam)
                    .contains(QLatin1String("second Tuesday")));
        QCOMPARE(repeatText(Repeat::Weekly, at(8, 19), QDate(2027, 3, 2), kAmsterdam),
                 QStringLiteral("Every Tuesday, until 2 March"));
    }

    void aSeriesNeedsAnEndWithinAYear()
    {
        ActivityDraft d = cooking();
        d.repeat = Repeat::Weekly;
        QCOMPARE(codes(validateActivity(d, context())),
                 QList<Violation>{Violation::RepeatUntilMissing});
        d.repeatUntil = QDate(2026, 12, 8); // the first date itself
        QCOMPARE(codes(validateActivity(d, context())),
                 QList<Violation>{Violation::RepeatUntilBeforeStart});
        d.repeatUntil = QDate(2027, 12, 7); // 53 Tuesdays: fine
        QVERIFY(validateActivity(d, context()).isEmpty());
        d.repeatUntil = QDate(2027, 12, 14); // 54
        const auto v = validateActivity(d, context());
        QCOMPARE(codes(v), QList<Violation>{Violation::TooManyDates});
        QCOMPARE(v[0].field, Field::Repeat);
        QCOMPARE(refusalWords(QStringLiteral("TOO_MANY_DATES")), v[0].message);
        // The list stops early: a series "until 2100" does not make thousands of dates.
        QCOMPARE(seriesDates(d.start, d.end, Repeat::Weekly, QDate(2100, 1, 1), kAmsterdam).size(),
                 kMaxSeriesDates + 1);
    }

    void aSeriesClashesOnAnyOfItsDates()
    {
        ActivityContext c = context();
        // The third Tuesday's evening is taken: the series is refused and that date is named.
        c.bookings = {{QStringLiteral("act-9"), QStringLiteral("room-a"),
                       QStringLiteral("House meeting"), at(22, 20), at(22, 22), Status::Planned}};
        ActivityDraft d = cooking();
        QVERIFY(validateActivity(d, c).isEmpty()); // a single date is fine
        d.repeat = Repeat::Weekly;
        d.repeatUntil = QDate(2026, 12, 29);
        const auto v = validateActivity(d, c);
        QCOMPARE(codes(v), QList<Violation>{Violation::RoomClash});
        QVERIFY2(v[0].message.contains(QLatin1String("House meeting")), qPrintable(v[0].message));
        QVERIFY2(v[0].message.contains(QLatin1String("Tuesday 22 December")),
                 qPrintable(v[0].message));
        // Cancelled, it frees the room.
        c.bookings[0].status = Status::Cancelled;
        QVERIFY(validateActivity(d, c).isEmpty());
    }

    void anOrganiserGivesAPlaceByHand()
    {
        // Full (3 of 3): the second on the list gets a place by hand; the capacity grows by one,
        // nobody loses a place, and the first keeps waiting, now first.
        QList<SignUp> list = {signUp("a", "m1", 1, SignUpState::Confirmed),
                              signUp("b", "m2", 2, SignUpState::Confirmed, "m3"),
                              signUp("c", "m4", 3, SignUpState::Waitlisted),
                              signUp("d", "m5", 4, SignUpState::Waitlisted, "m6")};
        int capacity = 3;
        QVERIFY(promote(list, QStringLiteral("d"), capacity));
        QCOMPARE(capacity, 5); // a pair needs two
        QCOMPARE(stateOf(list, "d"), SignUpState::Confirmed);
        QCOMPARE(stateOf(list, "a"), SignUpState::Confirmed);
        QCOMPARE(seatsTaken(list), capacity);
        QCOMPARE(settle(list, capacity), QStringList());
        QCOMPARE(stateOf(list, "c"), SignUpState::Waitlisted);
        QCOMPARE(waitingPlace(list, QStringLiteral("c")), 1);
        // Someone not waiting: nothing changes.
        QVERIFY(!promote(list, QStringLiteral("a"), capacity));
        QVERIFY(!promote(list, QStringLiteral("nobody"), capacity));
        QCOMPARE(capacity, 5);
        // Without a limit there is nothing to grow.
        int unlimited = 0;
        QList<SignUp> open = {signUp("x", "m1", 1, SignUpState::Waitlisted)};
        QVERIFY(promote(open, QStringLiteral("x"), unlimited));
        QCOMPARE(unlimited, 0);
    }

    // "Not right?": a member asks to check the hours credited for an activity; an organiser or
    // the beheerder answers. Every rule with its code and words.
    void aQuestionAboutCreditedHours()
    {
        const QString ali = QStringLiteral("ali"), ans = QStringLiteral("ans");
        const DisputeFacts done{Status::Done, true};
        const QString why = QStringLiteral("Ik bleef om op te ruimen.");
        QCOMPARE(checkDispute(done, {}, ali, 150, why), DisputeProblem::None);
        QCOMPARE(checkDispute({Status::Done, false}, {}, ali, 150, why),
                 DisputeProblem::NotCounting);
        QCOMPARE(checkDispute({Status::Planned, true}, {}, ali, 150, why), DisputeProblem::NotDone);
        QCOMPARE(checkDispute({Status::Cancelled, true}, {}, ali, 150, why),
                 DisputeProblem::NotDone);
        // The minutes are one hour entry's (the hours rules' limits, not a copy of them).
        QCOMPARE(checkDispute(done, {}, ali, gw::hours::kMinEntryMinutes, why),
                 DisputeProblem::None);
        QCOMPARE(checkDispute(done, {}, ali, gw::hours::kMinEntryMinutes - 1, why),
                 DisputeProblem::MinutesTooFew);
        QCOMPARE(checkDispute(done, {}, ali, gw::hours::kMaxEntryMinutes, why),
                 DisputeProblem::None);
        QCOMPARE(checkDispute(done, {}, ali, gw::hours::kMaxEntryMinutes + 1, why),
                 DisputeProblem::MinutesTooMany);
        QCOMPARE(checkDispute(done, {}, ali, 150, QStringLiteral("  ")),
                 DisputeProblem::ReasonMissing);
        // Counted as characters: 500 emoji are fine, 501 letters are not.
        QCOMPARE(checkDispute(done, {}, ali, 150, QString(kMaxDisputeTextChars, QChar(u'a'))),
                 DisputeProblem::None);
        QString emoji;
        for (int i = 0; i < kMaxDisputeTextChars; ++i)
            emoji += QStringLiteral("🍲");
        QCOMPARE(checkDispute(done, {}, ali, 150, emoji), DisputeProblem::None);
        QCOMPARE(checkDispute(done, {}, ali, 150, QString(kMaxDisputeTextChars + 1, QChar(u'a'))),
                 DisputeProblem::ReasonTooLong);
        // One open question per member; an answered one does not stand in the way.
        Dispute open;
        open.id = QStringLiteral("q1");
        open.memberId = ali;
        open.minutes = 150;
        QCOMPARE(checkDispute(done, {open}, ali, 150, why), DisputeProblem::AlreadyOpen);
        QCOMPARE(checkDispute(done, {open}, ans, 150, why), DisputeProblem::None);
        const QList<Dispute> asked{open};
        QCOMPARE(openDisputeOf(asked, ali), &asked.first());
        Dispute answered = open;
        answered.state = DisputeState::Declined;
        QCOMPARE(checkDispute(done, {answered}, ali, 150, why), DisputeProblem::None);
        QCOMPARE(openDisputeOf(QList<Dispute>{answered}, ali), nullptr);

        // Answering.
        const QString gert = QStringLiteral("gert");
        QCOMPARE(checkResolve(&open, gert, true, 0, {}), DisputeProblem::None);
        QCOMPARE(checkResolve(&open, gert, true, 120, {}), DisputeProblem::None);
        QCOMPARE(checkResolve(&open, gert, true, 2, {}), DisputeProblem::MinutesTooFew);
        QCOMPARE(checkResolve(&open, gert, true, 13 * 60, {}), DisputeProblem::MinutesTooMany);
        QCOMPARE(checkResolve(&open, gert, false, 0, {}), DisputeProblem::AnswerMissing);
        QCOMPARE(checkResolve(&open, gert, false, 0, QStringLiteral(" ")),
                 DisputeProblem::AnswerMissing);
        QCOMPARE(checkResolve(&open, gert, false, 0, QStringLiteral("Je ging om 19:00 weg.")),
                 DisputeProblem::None);
        QCOMPARE(checkResolve(&open, gert, false, 0, QString(kMaxDisputeTextChars + 1, u'a')),
                 DisputeProblem::AnswerTooLong);
        QCOMPARE(checkResolve(&open, ali, true, 0, {}), DisputeProblem::OwnQuestion);
        QCOMPARE(checkResolve(&answered, gert, true, 0, {}), DisputeProblem::Resolved);
        QCOMPARE(checkResolve(nullptr, gert, true, 0, {}), DisputeProblem::Unknown);

        // Every problem has its own code and words, and a device words a code as core does.
        QSet<QString> seen;
        for (int p = int(DisputeProblem::NotCounting); p <= int(DisputeProblem::AnswerTooLong);
             ++p) {
            const QString code = disputeCode(DisputeProblem(p));
            QVERIFY(!code.isEmpty());
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QVERIFY(!disputeMessage(DisputeProblem(p)).isEmpty());
            QCOMPARE(gw::hours::refusalMessage(code, QStringLiteral("server words")),
                     disputeMessage(DisputeProblem(p)));
        }
        QCOMPARE(disputeCode(DisputeProblem::MinutesTooFew),
                 gw::hours::violationCode(gw::hours::Violation::MinutesTooFew));
        QVERIFY(disputeCode(DisputeProblem::None).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivitiesRules)
#include "tst_activitiesrules.moc"
