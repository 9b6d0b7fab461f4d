// The calendar export (core/calendarexport.h) on a real encrypted store: a resident's own
// sign-ups (coming, waiting, not yet confirmed, signed off, cancelled, on a DST night) and a
// gangmaker's programme are written as .ics files and read back by an independent parser
// (python3-icalendar, tests/unit/check_ics.py): the times as instants through the file's own
// VTIMEZONE, the statuses, escaped text round-tripping, no other resident's name. Also: the
// file is the user's only and written whole (no temporary file left), the programme is refused
// to a resident, and a folder that cannot be written gives plain words and no file.
#include "activitiesservice.h"
#include "activityrepository.h"
#include "calendarexport.h"
#include "clientschema.h"
#include "clock.h"
#include "membercontext.h"
#include "projectrepository.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using activities::SignUp;
using activities::SignUpState;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

const QString kTricky = QStringLiteral(
    "Neem mee: mes, plank; schort.\nVragen? Bel \\ app de gang.\r\nÉén pan soep – "
    "genoeg voor iedereen 🍲 — شوربة للجميع — суп для всіх. En nog wat tekst zodat deze regel "
    "zeker gevouwen wordt, ook met ü en € op de grens.");

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    std::unique_ptr<MemberContext> m_context;
    std::unique_ptr<ActivitiesService> m_service;
    Project m_project;
    Member m_me, m_yonas, m_gert, m_other;
    QJsonArray m_expected;

    SignUp signUp(const Member &who, SignUpState state, qint64 order, int waiting = 0,
                  const QString &companion = {})
    {
        SignUp s;
        s.id = newId();
        s.memberId = who.id;
        s.companionId = companion;
        s.order = order;
        s.state = state;
        s.waitingPlace = waiting;
        if (state != SignUpState::Pending)
            s.receivedAt = s.changedAt = utc(2026, 10, 1, 12);
        return s;
    }

    Activity activity(const QString &title, const QDateTime &start, int minutes,
                      const QString &placeId, const QString &gang)
    {
        Activity a;
        a.id = newId();
        a.projectId = m_project.id;
        a.title = title;
        a.description = QStringLiteral("Gezellig.");
        a.placeId = placeId;
        a.start = start;
        a.end = start.addSecs(minutes * 60);
        a.capacity = 8;
        a.gang = gang;
        a.organiserIds = {m_gert.id};
        a.createdBy = m_gert.id;
        a.changedAt = utc(2026, 10, 20, 8, 30);
        return a;
    }

    void save(const Activity &a)
    {
        Transaction tx(*m_store);
        ActivityRepository(*m_store).save(a);
        tx.commit();
    }

    void beMember(const Member &m)
    {
        Transaction tx(*m_store);
        ProjectRepository(*m_store).setSelfMemberId(m.id);
        tx.commit();
        m_context->reload();
    }

    /// Runs the independent parser over @p ics; fails the test with its words.
    void checkWithPython(const QString &ics, const QString &name, const QJsonArray &events,
                         const QStringList &absent)
    {
        const QString expected = m_dir.filePath(QStringLiteral("expected.json"));
        QFile f(expected);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QJsonObject o{{QStringLiteral("zone"), QStringLiteral("Europe/Amsterdam")},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("events"), events},
                      {QStringLiteral("absent"), QJsonArray::fromStringList(absent)}};
        f.write(QJsonDocument(o).toJson());
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        // Debian's python with python3-icalendar, never a pyenv one that may come first.
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(GANGWERK_CHECK_ICS), ics, expected});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAll();
        qInfo().noquote() << out.trimmed();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
    }

    QJsonObject expect(const Activity &a, const QString &status, const QString &summary,
                       const QString &description, bool alarm)
    {
        const activities::Place *place = m_project.place(a.placeId);
        return {{QStringLiteral("uid"), a.id + QStringLiteral("@gangwerk")},
                {QStringLiteral("start"), a.start.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("end"), a.end.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("status"), status},
                {QStringLiteral("summary"), summary},
                {QStringLiteral("description"), description},
                {QStringLiteral("location"), place ? place->name : QString()},
                {QStringLiteral("sequence"), CalendarExport::sequenceOf(a.changedAt)},
                {QStringLiteral("alarm"), alarm}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>();
        QVERIFY(m_store
                    ->open(m_dir.filePath(QStringLiteral("device.db")),
                           StoreKey::raw(QByteArray(32, '\x37')), clientSchema())
                    .ok());
        // Thursday 22 October 2026, 10:00 in Amsterdam: the clocks go back on Sunday.
        m_clock.set(utc(2026, 10, 22, 8));
        m_project.id = newId();
        m_project.name = QStringLiteral("De Gang");
        m_project.places = {{newId(), QStringLiteral("Huiskamer Noord; eerste verdieping"),
                             QStringLiteral("Noord")},
                            {newId(), QStringLiteral("Centrale hal"), QString()}};
        const auto member = [&](Member &m, const QString &name, Role role) {
            m.id = newId();
            m.projectId = m_project.id;
            m.displayName = name;
            m.role = role;
            m.gang = QStringLiteral("Noord");
        };
        member(m_me, QStringLiteral("Samira Amrani"), Role::Resident);
        member(m_yonas, QStringLiteral("Yonas Haile"), Role::Resident);
        member(m_gert, QStringLiteral("Gert Visser"), Role::Gangmaker);
        member(m_other, QStringLiteral("Henk Jansen"), Role::Resident);
        {
            Transaction tx(*m_store);
            ProjectRepository repo(*m_store);
            repo.saveProject(m_project);
            for (const Member *m : {&m_me, &m_yonas, &m_gert, &m_other})
                repo.saveMember(*m);
            tx.commit();
        }
        m_context = std::make_unique<MemberContext>(*m_store, m_clock);
        m_service = std::make_unique<ActivitiesService>(*m_context);
        beMember(m_me);
        QVERIFY(m_context->isReady());
    }

    void mySignUpsRoundTrip()
    {
        const QString noord = m_project.places.at(0).id, hall = m_project.places.at(1).id;
        // Coming, together with Yonas (his name must not leave the app), with tricky text.
        Activity cooking = activity(QStringLiteral("Koken, samen; met \\ liefde"),
                                    utc(2026, 10, 27, 17), 150, noord, QStringLiteral("Noord"));
        cooking.description = kTricky;
        cooking.signUps = {signUp(m_other, SignUpState::Confirmed, 1),
                           signUp(m_me, SignUpState::Confirmed, 2, 0, m_yonas.id)};
        cooking.placesTaken = 3;
        // Waiting, place 2, in the night the clocks go back: ends at the second 02:30.
        Activity night =
            activity(QStringLiteral("Nachtwandeling"), utc(2026, 10, 24, 22), 210, hall, QString());
        night.capacity = 1;
        night.signUps = {signUp(m_other, SignUpState::Confirmed, 1),
                         signUp(m_gert, SignUpState::Waitlisted, 2, 1),
                         signUp(m_me, SignUpState::Waitlisted, 3, 2)};
        night.placesTaken = 1;
        night.waitingCount = 2;
        // Not confirmed yet (made on this device, not synced).
        Activity pending =
            activity(QStringLiteral("Tuindag"), utc(2026, 11, 7, 9), 240, hall, QString());
        pending.signUps = {signUp(m_me, SignUpState::Pending, 0)};
        pending.changedAt = {};
        // Cancelled, with the organiser's reason.
        Activity cancelled = activity(QStringLiteral("Spelletjesavond"), utc(2026, 11, 3, 18), 120,
                                      noord, QStringLiteral("Noord"));
        cancelled.status = activities::Status::Cancelled;
        cancelled.cancelReason = QStringLiteral("Gert is ziek, sorry!");
        cancelled.signUps = {signUp(m_me, SignUpState::Confirmed, 1)};
        // Signed off: a calendar should remove it.
        Activity signedOff =
            activity(QStringLiteral("Koffieochtend"), utc(2026, 10, 29, 9), 90, hall, QString());
        signedOff.signUps = {signUp(m_me, SignUpState::Withdrawn, 1)};
        // Not mine: not in the file.
        Activity notMine = activity(QStringLiteral("Bingo voor Henk"), utc(2026, 10, 30, 18), 120,
                                    noord, QStringLiteral("Noord"));
        notMine.signUps = {signUp(m_other, SignUpState::Confirmed, 1)};
        for (const Activity *a : {&cooking, &night, &pending, &cancelled, &signedOff, &notMine})
            save(*a);

        CalendarExport exporter(*m_service);
        const QString folder = m_dir.filePath(QStringLiteral("Documents/Gangwerk"));
        const QString words = exporter.exportMine(folder);
        QVERIFY2(exporter.lastOk(), qPrintable(words));
        QVERIFY(words.contains(QDir::toNativeSeparators(exporter.lastFile())));
        QVERIFY(words.contains(QStringLiteral("5")));
        const QString file = exporter.lastFile();
        QCOMPARE(QFileInfo(file).dir().absolutePath(), QDir(folder).absolutePath());
        QVERIFY(file.endsWith(QStringLiteral(".ics")));
        // The user's only, and nothing else (no temporary file) beside it.
        const auto perms = QFile::permissions(file);
        QVERIFY(perms & QFile::ReadOwner);
        QVERIFY(!(perms &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QVERIFY(!(QFile::permissions(folder) & (QFile::ReadOther | QFile::ExeOther)));

        const QString ok = QStringLiteral("Gezellig.");
        QJsonArray events{
            expect(cooking, QStringLiteral("CONFIRMED"), cooking.title,
                   kTricky.trimmed().replace(QStringLiteral("\r\n"), QStringLiteral("\n")) +
                       QStringLiteral("\n\nYou are coming, together with a neighbour."),
                   true),
            expect(night, QStringLiteral("TENTATIVE"),
                   QStringLiteral("Nachtwandeling (waiting list, place 2)"),
                   ok + QStringLiteral("\n\nYou are on the waiting list, place 2. You will hear "
                                       "it when a place comes free."),
                   true),
            expect(pending, QStringLiteral("TENTATIVE"),
                   QStringLiteral("Tuindag (not yet confirmed)"),
                   ok + QStringLiteral(
                            "\n\nYou signed up. It is confirmed when your phone has synced."),
                   true),
            expect(cancelled, QStringLiteral("CANCELLED"),
                   QStringLiteral("Cancelled: Spelletjesavond"),
                   ok + QStringLiteral("\n\nThis activity is cancelled: Gert is ziek, sorry!"),
                   false),
            expect(signedOff, QStringLiteral("CANCELLED"),
                   QStringLiteral("Signed off: Koffieochtend"),
                   ok + QStringLiteral("\n\nYou signed off from this activity."), false),
        };
        // The night walk ends at the second 02:30 of 25 October: written in UTC.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(raw.contains("DTEND:20261025T013000Z\r\n"));
        QVERIFY(raw.contains("DTSTART;TZID=Europe/Amsterdam:20261025T000000\r\n"));
        checkWithPython(file, QStringLiteral("Gangwerk – my activities"), events,
                        {m_yonas.displayName, QStringLiteral("Yonas"), m_other.displayName,
                         QStringLiteral("Bingo"), m_gert.displayName});

        // A change on the server (a later changed_at) gives a higher SEQUENCE, so it replaces.
        cooking.changedAt = cooking.changedAt.addSecs(60);
        save(cooking);
        QVERIFY(exporter.exportMine(folder).contains(QDir::toNativeSeparators(file)));
        events[0] =
            expect(cooking, QStringLiteral("CONFIRMED"), cooking.title,
                   events[0].toObject().value(QStringLiteral("description")).toString(), true);
        checkWithPython(file, QStringLiteral("Gangwerk – my activities"), events, {});
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void programmeForOrganisersOnly()
    {
        CalendarExport exporter(*m_service);
        const QString folder = m_dir.filePath(QStringLiteral("programme"));
        // A resident does not see who signed up: refused, no file.
        const QString refused = exporter.exportProgramme(folder);
        QVERIFY(!exporter.lastOk());
        QCOMPARE(refused, deniedMessage(Action::SeeAttendeeNames));
        QVERIFY(!QDir(folder).exists());

        beMember(m_gert);
        const QString words = exporter.exportProgramme(folder);
        QVERIFY2(exporter.lastOk(), qPrintable(words));
        QJsonArray events;
        for (const Activity &a : exporter.programmeActivities()) {
            const bool cancelled = a.status == activities::Status::Cancelled;
            QString description = a.description.trimmed();
            description.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            description += cancelled
                               ? QStringLiteral("\n\nThis activity is cancelled: ") + a.cancelReason
                               : QStringLiteral("\n\nPlaces taken: %1 of %2. Waiting: %3.")
                                     .arg(a.placesTaken)
                                     .arg(a.capacity)
                                     .arg(a.waitingCount);
            events.append(expect(
                a, cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"),
                cancelled ? QStringLiteral("Cancelled: ") + a.title : a.title, description, false));
        }
        // Gert sees his corridor's activities and the ones he organises in the hall: all six.
        QCOMPARE(events.size(), 6);
        checkWithPython(exporter.lastFile(),
                        QStringLiteral("Gangwerk – programme of corridor Noord"), events,
                        {m_yonas.displayName, m_me.displayName, m_other.displayName});
        beMember(m_me);
    }

    void aFolderThatCannotBeWrittenSaysSo()
    {
        // A file where the folder should be: mkpath fails (also as root).
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile b(blocker);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("x");
        b.close();
        CalendarExport exporter(*m_service);
        const QString words = exporter.exportMine(blocker + QStringLiteral("/Gangwerk"));
        QVERIFY(!exporter.lastOk());
        QVERIFY(exporter.lastFile().isEmpty());
        QVERIFY(words.startsWith(QStringLiteral("The calendar file could not be saved.")));
        QVERIFY(!words.contains(blocker)); // the detail is for the log
        QFile check(blocker);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("x"));
    }

    void anEmptyCalendarIsStillValid()
    {
        Member lonely;
        lonely.id = newId();
        lonely.projectId = m_project.id;
        lonely.displayName = QStringLiteral("Nieuw");
        lonely.gang = QStringLiteral("Zuid");
        {
            Transaction tx(*m_store);
            ProjectRepository(*m_store).saveMember(lonely);
            tx.commit();
        }
        beMember(lonely);
        CalendarExport exporter(*m_service);
        const QString words = exporter.exportMine(m_dir.filePath(QStringLiteral("empty")));
        QVERIFY2(exporter.lastOk(), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("no activities")));
        checkWithPython(exporter.lastFile(), QStringLiteral("Gangwerk – my activities"), {}, {});
        beMember(m_me);
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
