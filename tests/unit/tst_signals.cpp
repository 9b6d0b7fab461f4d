// Signals to the beheerder (issue 10) in core, on a real SQLCipher store: the transition table
// written out here by hand and compared with core's; every step decided by the family's own
// functions (the ones gangwerk-server runs) in every state, by every role; due times counted in
// office hours, and late and far-late marks; forgetting on time on the server's store and on a
// reporter's, a beheerder's and a gangmaker's device; and the device's SignalsService: a signal
// raised offline stays visibly unsent, the form's words per field, the beheerder's inbox order.
#include "clientschema.h"
#include "clock.h"
#include "membercontext.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "signalnotices.h"
#include "signalrepository.h"
#include "signalsfamily.h"
#include "signalsservice.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using signalrules::Problem;
using signalrules::State;
using signalrules::Step;

namespace {

QDateTime amsterdam(QDate day, int h, int m = 0)
{
    return QDateTime(day, QTime(h, m), QTimeZone("Europe/Amsterdam")).toUTC();
}

// Friday 4 December 2026.
const QDate kFriday(2026, 12, 4);

} // namespace

class TestSignals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    Project m_project;
    Member m_anna, m_bram, m_dirk, m_inge; // resident (reporter), resident, gangmaker, beheerder

    void openStore()
    {
        m_store = std::make_unique<Store>();
        const QString file =
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        QFile::remove(file);
        QVERIFY(m_store->open(file, StoreKey::raw(QByteArray(32, '\x51')), clientSchema()).ok());
        ProjectRepository repo(*m_store);
        Transaction tx(*m_store);
        m_project = Project();
        m_project.id = newId();
        m_project.name = QStringLiteral("Montana");
        m_project.emergencyNumber = QStringLiteral("088 123 45 67");
        repo.saveProject(m_project);
        const auto add = [&](const char *name, Role role, const char *studio) {
            Member m;
            m.id = newId();
            m.projectId = m_project.id;
            m.displayName = QString::fromLatin1(name);
            m.role = role;
            if (role != Role::Beheerder)
                m.gang = QStringLiteral("Noord");
            m.studio = QString::fromLatin1(studio);
            repo.saveMember(m);
            return m;
        };
        m_anna = add("Anna", Role::Resident, "1.01");
        m_bram = add("Bram", Role::Resident, "1.02");
        m_dirk = add("Dirk", Role::Gangmaker, "1.03");
        m_inge = add("Inge", Role::Beheerder, "");
        tx.commit();
    }

    // Decides @p m as the server does (its own time, in a transaction), as @p actor.
    Verdict decide(const Member &actor, const pb::Mutation &m, const QDateTime &now)
    {
        Transaction tx(*m_store);
        MutationScope scope{*m_store, actor, m_project, now, true, nullptr, QStringLiteral("dev")};
        const Verdict v = mutationKind(m.body_case())->apply(scope, m);
        tx.commit();
        return v;
    }

    Signal raised(const QDateTime &at, signalrules::Urgency u = signalrules::Urgency::Today)
    {
        Signal sig;
        sig.id = newId();
        sig.category = signalrules::Category::NotSeen;
        sig.urgency = u;
        sig.text = QStringLiteral("Ik zie haar niet meer.");
        sig.studio = QStringLiteral("1.02");
        const Verdict v = decide(m_anna, signalsfamily::raiseMutation(sig), at);
        if (!v.applied)
            qWarning() << v.reasonCode;
        return *SignalRepository(*m_store).signal(sig.id);
    }

    // Brings a fresh signal of Anna's into @p state, as the server would.
    QString signalIn(State state, const QDateTime &now)
    {
        const Signal sig = raised(now.addSecs(-3600));
        const QString id = sig.id;
        const auto must = [&](const Member &who, const pb::Mutation &m) {
            const Verdict v = decide(who, m, now.addSecs(-1800));
            QVERIFY2(v.applied, qPrintable(v.reasonCode));
        };
        switch (state) {
        case State::Sent:
        case State::Received:
            break;
        case State::InProgress:
            must(m_inge, signalsfamily::startMutation(id, std::nullopt));
            break;
        case State::Closed:
            must(m_inge, signalsfamily::closeMutation(id, signalrules::Outcome::CheckedInPerson,
                                                      newId(), QStringLiteral("Gedaan.")));
            break;
        case State::Merged: {
            const Signal other = raised(now.addSecs(-3000));
            must(m_inge, signalsfamily::mergeMutation(id, other.id));
            break;
        }
        case State::Reopened:
            must(m_inge, signalsfamily::closeMutation(id, signalrules::Outcome::NoActionNeeded,
                                                      newId(), QStringLiteral("Gedaan.")));
            must(m_anna, signalsfamily::reopenMutation(id, newId(), QStringLiteral("Nog niet.")));
            break;
        }
        return id;
    }

private slots:
    void init() { openStore(); }
    void cleanup() { m_store.reset(); }

    void transitionTable()
    {
        // Written out by hand from DESIGN.md and the issue: rows are steps, columns the states
        // Sent, Received, InProgress, Closed, Merged, Reopened; "" is allowed.
        const QMap<Step, QStringList> expected = {
            {Step::Start,
             {"SIGNAL_NOT_RECEIVED", "", "SIGNAL_IN_PROGRESS", "SIGNAL_CLOSED", "SIGNAL_MERGED",
              ""}},
            {Step::Answer, {"SIGNAL_NOT_RECEIVED", "", "", "SIGNAL_CLOSED", "SIGNAL_MERGED", ""}},
            {Step::Close, {"SIGNAL_NOT_RECEIVED", "", "", "SIGNAL_CLOSED", "SIGNAL_MERGED", ""}},
            {Step::Merge, {"SIGNAL_NOT_RECEIVED", "", "", "SIGNAL_CLOSED", "SIGNAL_MERGED", ""}},
            {Step::Reopen,
             {"SIGNAL_NOT_CLOSED", "SIGNAL_NOT_CLOSED", "SIGNAL_NOT_CLOSED", "",
              "SIGNAL_NOT_CLOSED", "SIGNAL_NOT_CLOSED"}},
            {Step::AddInfo, {"", "", "", "SIGNAL_CLOSED", "", ""}},
            {Step::AddNote, {"SIGNAL_NOT_RECEIVED", "", "", "", "", ""}},
            {Step::AskKnock, {"SIGNAL_NOT_RECEIVED", "", "", "SIGNAL_CLOSED", "SIGNAL_MERGED", ""}},
        };
        QCOMPARE(expected.size(), qsizetype(signalrules::kSteps.size()));
        for (Step step : signalrules::kSteps)
            for (State state : signalrules::kStates)
                QCOMPARE(signalrules::problemCode(signalrules::stepProblem(step, state)),
                         expected.value(step).at(int(state)));
    }

    void everyStepInEveryStateByEveryRole_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("who");
        for (Step step : signalrules::kSteps)
            for (State state : signalrules::kStates) {
                if (state == State::Sent)
                    continue; // a device's own state; the server never holds it
                for (const char *who : {"reporter", "neighbour", "gangmaker", "beheerder"})
                    QTest::addRow("%s %s %s", qPrintable(QString::number(int(step))),
                                  qPrintable(signalrules::stateKey(state)), who)
                        << int(step) << int(state) << QString::fromLatin1(who);
            }
    }

    void everyStepInEveryStateByEveryRole()
    {
        QFETCH(int, step);
        QFETCH(int, state);
        QFETCH(QString, who);
        const QDateTime now = amsterdam(kFriday, 11);
        const QString id = signalIn(State(state), now);
        const Member &actor = who == QLatin1String("reporter")    ? m_anna
                              : who == QLatin1String("neighbour") ? m_bram
                              : who == QLatin1String("gangmaker") ? m_dirk
                                                                  : m_inge;
        const Signal other = raised(now.addSecs(-600)); // an open target to merge into
        pb::Mutation m;
        switch (Step(step)) {
        case Step::Start:
            m = signalsfamily::startMutation(id, std::nullopt);
            break;
        case Step::Answer:
            m = signalsfamily::answerMutation(id, newId(), QStringLiteral("Ik kijk ernaar."));
            break;
        case Step::Close:
            m = signalsfamily::closeMutation(id, signalrules::Outcome::NoActionNeeded, newId(),
                                             QStringLiteral("Klaar."));
            break;
        case Step::Merge:
            m = signalsfamily::mergeMutation(id, other.id);
            break;
        case Step::Reopen:
            m = signalsfamily::reopenMutation(id, newId(), QStringLiteral("Nog steeds."));
            break;
        case Step::AddInfo:
            m = signalsfamily::infoMutation(id, newId(), QStringLiteral("Nog iets."));
            break;
        case Step::AddNote:
            m = signalsfamily::noteMutation(id, newId(), QStringLiteral("Intern."));
            break;
        case Step::AskKnock: {
            KnockTask t;
            t.id = newId();
            t.signalId = id;
            t.gangmakerId = m_dirk.id;
            t.studio = QStringLiteral("1.02");
            t.day = kFriday;
            m = signalsfamily::knockMutation(t);
            break;
        }
        }
        const auto before = SignalRepository(*m_store).signal(id);
        const Verdict v = decide(actor, m, now);
        // Who may: the reporter adds and reopens; the beheerder does everything; nobody else
        // learns the signal exists.
        const bool beheerderStep = Step(step) != Step::AddInfo && Step(step) != Step::Reopen;
        const bool mayAct = actor.id == m_inge.id || (!beheerderStep && actor.id == m_anna.id);
        const QString tableSays =
            signalrules::problemCode(signalrules::stepProblem(Step(step), State(state)));
        QString expected;
        if (actor.id == m_bram.id || actor.id == m_dirk.id)
            expected = beheerderStep ? QStringLiteral("PERMISSION_DENIED")
                                     : QStringLiteral("SIGNAL_UNKNOWN");
        else if (!mayAct)
            expected = QStringLiteral("PERMISSION_DENIED");
        else
            expected = tableSays;
        QCOMPARE(v.applied ? QString() : v.reasonCode, expected);
        if (!v.applied) // a refusal changes nothing
            QCOMPARE(*SignalRepository(*m_store).signal(id), *before);
    }

    void dueTimesCountOfficeHours()
    {
        const signalrules::Settings st; // Monday to Friday, 9:00-17:00, 4 h / one office day
        const QTimeZone zone("Europe/Amsterdam");
        const QDate monday = kFriday.addDays(3);
        // Friday 16:00: half an hour on Friday, the rest on Monday.
        QCOMPARE(
            signalrules::dueAt(st, zone, amsterdam(kFriday, 16, 30), signalrules::Urgency::Today),
            amsterdam(monday, 12, 30));
        QCOMPARE(
            signalrules::dueAt(st, zone, amsterdam(kFriday, 16, 30), signalrules::Urgency::CanWait),
            amsterdam(monday, 16, 30));
        // A Saturday night: counted from Monday 9:00.
        QCOMPARE(signalrules::dueAt(st, zone, amsterdam(kFriday.addDays(1), 23),
                                    signalrules::Urgency::Today),
                 amsterdam(monday, 13));
        QVERIFY(!signalrules::officeOpen(st, zone, amsterdam(kFriday.addDays(1), 11)));
        QVERIFY(signalrules::officeOpen(st, zone, amsterdam(kFriday, 11)));
        QCOMPARE(signalrules::nextOfficeOpening(st, zone, amsterdam(kFriday, 18)),
                 amsterdam(monday, 9));
        // The project's own hours: Tuesday to Thursday, 10:00-14:00.
        const signalrules::Settings custom{{2, 3, 4}, 10 * 60, 14 * 60, 120, 0, 0, 0};
        QCOMPARE(
            signalrules::dueAt(custom, zone, amsterdam(kFriday, 12), signalrules::Urgency::Today),
            amsterdam(kFriday.addDays(4), 12));
        QCOMPARE(custom.reactionMinutes(signalrules::Urgency::CanWait), 240);
        // Late, and three times late, in office time.
        Signal sig;
        sig.state = State::Received;
        sig.urgency = signalrules::Urgency::Today;
        sig.receivedAt = amsterdam(kFriday, 9);
        sig.dueAt = signalrules::dueAt(st, zone, sig.receivedAt, sig.urgency);
        QCOMPARE(signalrules::latenessAt(sig, st, zone, amsterdam(kFriday, 12)),
                 signalrules::Lateness::OnTime);
        QCOMPARE(signalrules::latenessAt(sig, st, zone, amsterdam(kFriday, 14)),
                 signalrules::Lateness::Overdue);
        QCOMPARE(signalrules::latenessAt(sig, st, zone, amsterdam(monday, 13)),
                 signalrules::Lateness::FarOverdue);
        sig.state = State::InProgress; // reacted to: no longer late
        QCOMPARE(signalrules::latenessAt(sig, st, zone, amsterdam(monday, 13)),
                 signalrules::Lateness::OnTime);
    }

    void forgettingOnTime()
    {
        const QDateTime closedAt = amsterdam(QDate(2026, 1, 15), 12);
        const QString id = signalIn(State::Closed, closedAt.addSecs(1800));
        // Close at a known moment (signalIn closed it half an hour before its "now").
        Signal sig = *SignalRepository(*m_store).signal(id);
        QCOMPARE(sig.closedAt, closedAt);
        const auto due = [&](const QDateTime &now) {
            return signalsfamily::forgettingDue(*m_store, m_project, now);
        };
        QVERIFY(!due(closedAt.addMonths(3).addSecs(-60)));
        // After three months the reporter's identity goes (server): the signal stays.
        QVERIFY(due(closedAt.addMonths(3)));
        {
            Transaction tx(*m_store);
            MutationScope scope{*m_store, m_inge,  m_project, closedAt.addMonths(3),
                                true,     nullptr, QString()};
            signalsfamily::forgetOnTime(scope);
            tx.commit();
        }
        sig = *SignalRepository(*m_store).signal(id);
        QVERIFY(sig.reporterId.isEmpty());
        QVERIFY(!due(closedAt.addMonths(3)));
        QCOMPARE(signalsfamily::signalAudience([&] {
                     pb::Change c;
                     *c.mutable_signal() = wire::toWire(sig);
                     return c;
                 }()),
                 Audience::beheerders());
        // After twelve months everything goes.
        QVERIFY(due(closedAt.addMonths(12)));
        {
            Transaction tx(*m_store);
            MutationScope scope{*m_store, m_inge,  m_project, closedAt.addMonths(12),
                                true,     nullptr, QString()};
            signalsfamily::forgetOnTime(scope);
            tx.commit();
        }
        QVERIFY(!SignalRepository(*m_store).signal(id));
    }

    void devicesForgetByTheSameRules()
    {
        // A reporter's device forgets its closed signal after three months; a beheerder's
        // keeps it without the reporter until the retention; a gangmaker's forgets its knock
        // task two weeks after its day — also when the device was offline all that time.
        const QDateTime closedAt = amsterdam(QDate(2026, 1, 15), 12);
        const QString id = signalIn(State::Closed, closedAt.addSecs(1800));
        KnockTask t;
        t.id = newId();
        t.projectId = m_project.id;
        t.signalId = id;
        t.gangmakerId = m_dirk.id;
        t.studio = QStringLiteral("1.02");
        t.day = QDate(2026, 1, 15);
        {
            Transaction tx(*m_store);
            SignalRepository(*m_store).save(t);
            tx.commit();
        }
        const auto sweep = [&](const Member &me, const QDateTime &now) {
            Transaction tx(*m_store);
            sweepDevice(*m_store, me, m_project, now);
            tx.commit();
        };
        sweep(m_dirk, amsterdam(QDate(2026, 1, 28), 12));
        QVERIFY(SignalRepository(*m_store).knockTask(t.id)); // 13 days: kept
        sweep(m_dirk, amsterdam(QDate(2026, 1, 29), 12));
        QVERIFY(!SignalRepository(*m_store).knockTask(t.id));
        Transaction tx(*m_store);
        SignalRepository(*m_store).save(t);
        tx.commit();
        // The beheerder's device: identity after 3 months, the rest after 12.
        sweep(m_inge, closedAt.addMonths(3));
        auto sig = SignalRepository(*m_store).signal(id);
        QVERIFY(sig && sig->reporterId.isEmpty());
        QVERIFY(SignalRepository(*m_store).knockTask(t.id));
        sweep(m_inge, closedAt.addMonths(12));
        QVERIFY(!SignalRepository(*m_store).signal(id));
        QVERIFY(!SignalRepository(*m_store).knockTask(t.id)); // with its signal
        // The reporter's device: all of it after 3 months.
        const QString second = signalIn(State::Closed, closedAt.addSecs(1800));
        sweep(m_anna, closedAt.addMonths(3).addSecs(-60));
        QVERIFY(SignalRepository(*m_store).signal(second));
        sweep(m_anna, closedAt.addMonths(3));
        QVERIFY(!SignalRepository(*m_store).signal(second));
    }

    void serviceOnTheReportersDevice()
    {
        ProjectRepository(*m_store).setSelfMemberId(m_anna.id);
        m_clock.set(amsterdam(kFriday, 18)); // after office hours
        MemberContext context(*m_store, m_clock);
        context.reload();
        SignalsService service(context);
        SignalListModel mine(service);
        // The gate: closed office, the 24/7 number.
        const QVariantMap office = service.office();
        QCOMPARE(office.value(QStringLiteral("officeOpen")).toBool(), false);
        QCOMPARE(office.value(QStringLiteral("emergencyNumber")).toString(),
                 QStringLiteral("088 123 45 67"));
        // The form's words per field, as core decides them.
        const QVariantMap empty = service.check({});
        QCOMPARE(empty.value(QStringLiteral("category")).toString(),
                 signalrules::problemMessage(Problem::CategoryMissing));
        QCOMPARE(empty.value(QStringLiteral("urgency")).toString(),
                 signalrules::problemMessage(Problem::UrgencyMissing));
        QCOMPARE(empty.value(QStringLiteral("text")).toString(),
                 signalrules::problemMessage(Problem::TextMissing));
        QVERIFY(service.raise({}).isEmpty());
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 0); // nothing half-written
        const QString id =
            service.raise({{QStringLiteral("category"), QStringLiteral("not_seen")},
                           {QStringLiteral("urgency"), QStringLiteral("today")},
                           {QStringLiteral("studio"), QStringLiteral("1.02")},
                           {QStringLiteral("text"), QStringLiteral("Al dagen niet gezien.")}});
        QVERIFY(!id.isEmpty());
        // Offline: stored and queued once, and visibly not sent yet.
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 1);
        mine.reload();
        QCOMPARE(mine.rowCount(), 1);
        QCOMPARE(mine.rowAt(0).value(QStringLiteral("unsent")).toBool(), true);
        QCOMPARE(mine.rowAt(0).value(QStringLiteral("stateText")).toString(),
                 signalrules::progressWords(State::Sent));
        const QVariantMap detail = service.detail(id);
        QCOMPARE(detail.value(QStringLiteral("beheerder")).toBool(), false);
        QVERIFY(!detail.contains(QStringLiteral("notes")));
        QVERIFY(detail.value(QStringLiteral("mayAddInfo")).toBool());
        // Adding to it while unsent works too; a beheerder's step does not.
        QVERIFY(service.addInfo(id, QStringLiteral("De post stapelt op.")));
        QVERIFY(!service.addNote(id, QStringLiteral("x")));
        QCOMPARE(service.lastError(), deniedMessage(Action::AddSignalNote));
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 2);
    }

    void noticesTellOnlyThatSomethingWaits()
    {
        // A "today" signal for the beheerder, the answer for its reporter, a knock for the
        // gangmaker asked; told once (a delivered key is not told again); never the words, the
        // studio or a name on a lock screen.
        const QDateTime now = amsterdam(kFriday, 11);
        const Signal today = raised(now.addSecs(-600), signalrules::Urgency::Today);
        const Signal later = raised(now.addSecs(-500), signalrules::Urgency::CanWait);
        QVERIFY(decide(m_inge,
                       signalsfamily::answerMutation(later.id, newId(),
                                                     QStringLiteral("Geheim antwoord 1.02")),
                       now.addSecs(-300))
                    .applied);
        KnockTask t;
        t.id = newId();
        t.signalId = today.id;
        t.gangmakerId = m_dirk.id;
        t.studio = QStringLiteral("1.02");
        t.day = kFriday;
        QVERIFY(decide(m_inge, signalsfamily::knockMutation(t), now.addSecs(-200)).applied);
        SignalRepository repo(*m_store);
        const auto planFor = [&](const Member &me, const QSet<QString> &delivered = {}) {
            return signalnotices::plan(
                {me, now, repo.all(m_project.id), repo.knockTasks(m_project.id), delivered});
        };
        const auto beheerder = planFor(m_inge);
        QCOMPARE(beheerder.due.size(), 1); // the one for today, not the one that can wait
        QCOMPARE(beheerder.due.first().postId, today.id);
        const auto reporter = planFor(m_anna);
        QCOMPARE(reporter.due.size(), 1);
        QCOMPARE(reporter.due.first().postId, later.id);
        QVERIFY(planFor(m_anna, {reporter.due.first().key}).due.isEmpty()); // told once
        const auto gangmaker = planFor(m_dirk);
        QCOMPARE(gangmaker.due.size(), 1);
        QCOMPARE(gangmaker.due.first().postId, t.id);
        QVERIFY(planFor(m_bram).due.isEmpty()); // nothing for anyone else
        for (const auto &p : {beheerder, reporter, gangmaker})
            for (const servicenotices::Notice &n : p.due)
                for (const QString &secret : {QStringLiteral("1.02"), QStringLiteral("Geheim"),
                                              QStringLiteral("Anna"), QStringLiteral("zie haar")})
                    QVERIFY2(!n.title.contains(secret) && !n.body.contains(secret),
                             qPrintable(n.title + QLatin1Char(' ') + n.body));
    }

    void inboxOrderAndMarks()
    {
        // Received at different times: the inbox shows what waits longest first, late ones
        // marked; closed ones are not in "open".
        const QDateTime monday = amsterdam(kFriday.addDays(3), 15);
        const Signal early = raised(amsterdam(kFriday, 9));               // far late
        const Signal noon = raised(amsterdam(kFriday.addDays(3), 9, 30)); // late
        const Signal fresh = raised(amsterdam(kFriday.addDays(3), 14));   // on time
        const QString closed = signalIn(State::Closed, monday);
        ProjectRepository(*m_store).setSelfMemberId(m_inge.id);
        m_clock.set(monday);
        MemberContext context(*m_store, m_clock);
        context.reload();
        SignalsService service(context);
        SignalListModel inbox(service);
        inbox.setFilter(QStringLiteral("inbox"));
        inbox.reload();
        QStringList ids, late;
        for (int i = 0; i < inbox.rowCount(); ++i) {
            ids.append(inbox.rowAt(i).value(QStringLiteral("signalId")).toString());
            late.append(inbox.rowAt(i).value(QStringLiteral("late")).toString());
        }
        QCOMPARE(ids, (QStringList{early.id, noon.id, fresh.id}));
        QCOMPARE(late, (QStringList{"farOverdue", "overdue", ""}));
        QCOMPARE(inbox.overdueCount(), 2);
        // Monday's two and the closed one are about studio 1.02 within 48 hours; Friday's is not.
        QCOMPARE(inbox.rowAt(1).value(QStringLiteral("togetherCount")).toInt(), 2);
        inbox.setState(QStringLiteral("closed"));
        QCOMPARE(inbox.rowCount(), 1);
        QCOMPARE(inbox.rowAt(0).value(QStringLiteral("signalId")).toString(), closed);
        // The beheerder's detail names the reporter and offers the steps the table allows.
        const QVariantMap d = service.detail(fresh.id);
        QCOMPARE(d.value(QStringLiteral("reporterText")).toString(), QStringLiteral("Anna"));
        QVERIFY(d.value(QStringLiteral("mayStart")).toBool());
        QVERIFY(d.value(QStringLiteral("mayMerge")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "tst_signals.moc"
