// Reminders delivered through a REAL notification daemon (issue 8): dunst, started on this
// test's private session bus (./dev test runs every test under dbus-run-session and Xvfb). The
// app's own pieces — Session, ReminderService, DBusNotifier — open a real encrypted store and
// remind of an activity tomorrow; the daemon's own history (org.dunstproject.cmd0, what
// `dunstctl history` prints) must then hold the card with its Dutch title and body. A second
// start on the same store tells nothing again.
#include "activityrepository.h"
#include "clientschema.h"
#include "clock.h"
#include "dbusnotifier.h"
#include "projectrepository.h"
#include "reminderservice.h"
#include "session.h"
#include "store.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

namespace {

const QTimeZone kZone("Europe/Amsterdam");
const QString kSelf = QStringLiteral("0190a000-0000-7000-8000-00000000001a");
const QString kProject = QStringLiteral("0190a000-0000-7000-8000-00000000001f");
const QString kPlace = QStringLiteral("0190a000-0000-7000-8000-00000000001c");
const QByteArray kKey(32, '\x5a'); // test data, not a secret

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kZone).toUTC();
}

QDBusMessage dunst(const char *method)
{
    return QDBusMessage::createMethodCall(
        QLatin1String(DBusNotifier::kService), QLatin1String(DBusNotifier::kPath),
        QStringLiteral("org.dunstproject.cmd0"), QLatin1String(method));
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_daemon;

    // The daemon's history, as `dunstctl history` reads it: one map per notification.
    QList<QVariantMap> history()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        // Cards still on screen join the history when closed.
        bus.call(dunst("NotificationCloseAll"));
        const QDBusMessage reply = bus.call(dunst("NotificationListHistory"));
        QList<QVariantMap> out;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return out;
        const QDBusArgument arg = reply.arguments().at(0).value<QDBusArgument>();
        arg.beginArray();
        while (!arg.atEnd()) {
            QVariantMap m;
            arg >> m;
            out.append(m);
        }
        arg.endArray();
        return out;
    }

    // Other tests on the same bus may show cards of their own: only this test's activity.
    QList<QVariantMap> cardsFor(const QString &summary)
    {
        QList<QVariantMap> out;
        for (const QVariantMap &m : history())
            if (m.value(QStringLiteral("summary")).toString() == summary)
                out.append(m);
        return out;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_notifications"));
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(),
                 "no D-Bus session bus: run this test inside ./dev test (dbus-run-session)");
        const QString service = QLatin1String(DBusNotifier::kService);
        if (!bus.interface()->isServiceRegistered(service)) {
            QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"),
                     "dunst draws its cards on X: run this test inside ./dev test (xvfb-run)");
            const QString conf = m_dir.filePath(QStringLiteral("dunstrc"));
            QFile f(conf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // markup = full: the daemon reads markup in bodies (body-markup), as GNOME's does.
            f.write("[global]\nhistory_length = 100\nmarkup = full\n");
            f.close();
            m_daemon.setProcessChannelMode(QProcess::MergedChannels);
            m_daemon.start(QStringLiteral("dunst"), {QStringLiteral("-conf"), conf});
            QVERIFY2(m_daemon.waitForStarted(), "dunst is not installed (./dev installs it)");
            // Waiting for the daemon to take its name on the bus, not a timed assertion: the
            // limit only ends a run whose daemon never came up.
            QTRY_VERIFY_WITH_TIMEOUT(bus.interface()->isServiceRegistered(service) ||
                                         m_daemon.state() == QProcess::NotRunning,
                                     30000);
            QVERIFY2(bus.interface()->isServiceRegistered(service),
                     qPrintable(QStringLiteral("dunst did not start: ") +
                                QString::fromLocal8Bit(m_daemon.readAll())));
        }
        // Whoever holds the name, it must be the real daemon.
        const QDBusMessage info = bus.call(QDBusMessage::createMethodCall(
            service, QLatin1String(DBusNotifier::kPath), QLatin1String(DBusNotifier::kInterface),
            QStringLiteral("GetServerInformation")));
        QCOMPARE(info.type(), QDBusMessage::ReplyMessage);
        QCOMPARE(info.arguments().value(0).toString(), QStringLiteral("dunst"));
        history(); // start from a clean screen
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(10000);
        }
    }

    void reminderReachesTheDaemon()
    {
        // A real encrypted store, as a pull leaves it: Samira has a place at tomorrow's
        // cooking evening.
        const QString path = m_dir.filePath(QStringLiteral("app.db"));
        {
            Store store;
            QVERIFY(store.open(path, StoreKey::raw(kKey), clientSchema()).ok());
            Transaction tx(store);
            ProjectRepository repo(store);
            Project p;
            p.id = kProject;
            p.name = QStringLiteral("De Gang");
            p.places = {{kPlace, QStringLiteral("Huiskamer & tuin"), QStringLiteral("Noord")}};
            repo.saveProject(p);
            Member m;
            m.id = kSelf;
            m.projectId = kProject;
            m.displayName = QStringLiteral("Samira");
            m.gang = QStringLiteral("Noord");
            repo.saveMember(m);
            repo.setSelfMemberId(kSelf);
            Activity a;
            a.id = QStringLiteral("0190a000-0000-7000-8000-0000000001a1");
            a.projectId = kProject;
            a.title = QStringLiteral("Soepavond");
            a.placeId = kPlace;
            a.start = at(12, 8, 19);
            a.end = at(12, 8, 21);
            activities::SignUp s;
            s.id = QStringLiteral("0190a000-0000-7000-8000-0000000001b1");
            s.memberId = kSelf;
            s.state = activities::SignUpState::Confirmed;
            s.order = 1;
            s.receivedAt = at(12, 1, 10);
            a.signUps = {s};
            ActivityRepository(store).save(a);
            tx.commit();
        }
        const QStringList capabilities = [] {
            const QDBusMessage r =
                QDBusConnection::sessionBus().call(QDBusMessage::createMethodCall(
                    QLatin1String(DBusNotifier::kService), QLatin1String(DBusNotifier::kPath),
                    QLatin1String(DBusNotifier::kInterface), QStringLiteral("GetCapabilities")));
            return r.arguments().value(0).toStringList();
        }();

        for (int run = 0; run < 2; ++run) {
            // The app, as main builds it, on Monday 7 December at 18:05, in Dutch.
            sync::SyncEngine::Options offline;
            offline.automatic = false;
            Session session(std::make_unique<FixedClock>(at(12, 7, 18, 5)));
            session.setSyncOptions(offline);
            QVERIFY(session.applyLanguage(QStringLiteral("nl"), false));
            QSignalSpy reminded(session.reminders(), &ReminderService::reminded);
            QSignalSpy shown(session.notifier(), &Notifier::shown);
            QSignalSpy failed(session.notifier(), &Notifier::failed);
            QVERIFY(session.openStore(path, StoreKey::raw(kKey)));
            if (run == 1) {
                // Opened again the same evening: told once, not again.
                QCOMPARE(reminded.size(), 0);
                break;
            }
            QCOMPARE(reminded.size(), 1);
            // The daemon's answer (its id for the card); the limit only ends a hung run.
            QTRY_COMPARE_WITH_TIMEOUT(shown.size() + failed.size(), 1, 30000);
            QCOMPARE(failed.size(), 0);
        }

        const QList<QVariantMap> cards = cardsFor(QStringLiteral("Morgen: Soepavond"));
        QCOMPARE(cards.size(), 1);
        const QVariantMap card = cards.first();
        QCOMPARE(card.value(QStringLiteral("appname")).toString(), QStringLiteral("Gangwerk"));
        // The place is typed by a beheerder: a daemon that reads markup gets it escaped.
        QCOMPARE(card.value(QStringLiteral("body")).toString(),
                 capabilities.contains(QLatin1String("body-markup"))
                     ? QStringLiteral("19:00–21:00, Huiskamer &amp; tuin")
                     : QStringLiteral("19:00–21:00, Huiskamer & tuin"));
        QVERIFY(!card.value(QStringLiteral("body")).toString().contains(QLatin1String("Samira")));
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
