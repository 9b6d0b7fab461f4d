// gangwerk-soak: seeded rounds of faults against real gangwerk-server processes and real client
// devices (encrypted stores, SyncEngine), through a loopback proxy that can cut and delay what
// it carries. Each round is a world of its own: a new server with a project, a beheerder, a
// gangmaker and three residents on their own devices, who log, correct and remove hours, sign
// up for and withdraw from an activity with two places, and pause a requirement, while the
// round's faults happen:
//   kill-server   the server is SIGKILLed at a random moment while every device syncs
//   drop-ack      the server commits a push and drops the call without answering
//   kill-device   a device's sync runs in a process of its own, killed at a random moment
//                 (often while it writes a pulled page)
//   cut           the proxy cuts every connection after a random number of bytes, and then
//                 all of them at a random moment
//   delay         the proxy holds each chunk for up to 250 ms, so calls pass their deadline
//   restore       the server is restored from an older backup with a new epoch
// After each fault the weather is calm again and every device syncs until it succeeds; then
// the round checks what users rely on: nothing a device made is lost or applied twice (each
// device's own hours equal what it made, the beheerder holds exactly those, the server applied
// each device's changes up to the last one it made, nothing pending, nothing refused), and at
// the end of the round every device holds exactly what a new device of the same member pulls
// from the server: all devices converge to the server state they may see.
// A round's seed replays it: gangwerk-soak --round-seed N.
#include "clientdevice.h"
#include "faultproxy.h"
#include "serverfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>

#include <cstdio>
#include <map>
#include <optional>

using namespace gw;
using namespace gw::sync;

namespace {

enum class Fault { Calm, KillServer, DropAck, KillDevice, Cut, Delay, Restore, Count };

const char *faultName(Fault f)
{
    switch (f) {
    case Fault::Calm:
        return "calm";
    case Fault::KillServer:
        return "kill-server";
    case Fault::DropAck:
        return "drop-ack";
    case Fault::KillDevice:
        return "kill-device";
    case Fault::Cut:
        return "cut";
    case Fault::Delay:
        return "delay";
    case Fault::Restore:
        return "restore";
    case Fault::Count:
        break;
    }
    return "?";
}

/// Small pages and batches, so that a fault lands inside a push or a pull, and the pulled
/// pages are written in several transactions (a killed device stops between or inside them).
SyncEngine::Options soakOptions()
{
    SyncEngine::Options o = ClientDevice::manual();
    o.pushBatch = 8;
    o.pullLimit = 20;
    o.applyBatch = 4;
    // Short, so that a call into a dead connection gives up soon (the proxy keeps accepting
    // while the server is down; a call there waits for its deadline, as on a real network).
    o.callDeadline = std::chrono::milliseconds(1000);
    return o;
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

/// Waits, with the event loop running (the proxy and the devices live on it), until @p done
/// or @p timeoutMs passed.
template <typename F> bool waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

/// A table's rows as text, sorted: what two stores are compared by.
QStringList rowsOf(const Store &store, const QString &table)
{
    QStringList rows;
    Statement s(store, QStringLiteral("SELECT * FROM %1").arg(table).toUtf8());
    while (s.next()) {
        QStringList cols;
        for (int i = 0; i < s.columnCount(); ++i)
            cols.append(s.isNull(i) ? QStringLiteral("null")
                                    : QString::fromLatin1(s.blob(i).toHex()));
        rows.append(cols.join(QLatin1Char('|')));
    }
    rows.sort();
    return rows;
}

/// Tables that hold records from the server (not this device's own bookkeeping: its outbox,
/// cursor, settings and reminders; and not member_device, where a new device shows up).
QStringList recordTables(const Store &store)
{
    static const QSet<QString> local{
        QStringLiteral("outbox"),        QStringLiteral("sync_state"),
        QStringLiteral("setting"),       QStringLiteral("schema_part"),
        QStringLiteral("reminder_seen"), QStringLiteral("reminder_delivered"),
        QStringLiteral("member_device"), QStringLiteral("sqlite_sequence"),
        QStringLiteral("sqlite_stat1"),
    };
    QStringList out;
    Statement s(store, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (s.next())
        if (!local.contains(s.text(0)))
            out.append(s.text(0));
    return out;
}

class Round
{
    static constexpr std::size_t kFirstPhones = 5; // beheerder, gangmaker, three residents

public:
    Round(quint32 seed, int steps) : m_rng(seed), m_steps(steps) {}

    /// Empty when every check held; else what went wrong.
    QString run()
    {
        if (const QString e = setUp(); !e.isEmpty())
            return QStringLiteral("setting up: ") + e;
        for (int step = 0; step < m_steps; ++step) {
            makeChanges();
            if (m_rng.bounded(3) == 0)
                takeBackup();
            Fault f = Fault(m_rng.bounded(int(Fault::Count)));
            if (f == Fault::Restore && m_backup.isEmpty())
                f = Fault::Calm;
            m_faults.append(f);
            if (const QString e = inflict(f); !e.isEmpty())
                return QStringLiteral("step %1 (%2): %3").arg(step + 1).arg(faultName(f), e);
            if (const QString e = heal(); !e.isEmpty())
                return QStringLiteral("step %1 (%2), calm again: %3")
                    .arg(step + 1)
                    .arg(faultName(f), e);
            if (const QString e = checkNothingLostOrDoubled(); !e.isEmpty())
                return QStringLiteral("step %1 (%2): %3").arg(step + 1).arg(faultName(f), e);
        }
        return checkConverged();
    }

    QList<Fault> faults() const { return m_faults; }
    int changesMade() const { return m_changes; }
    int deviceKills() const { return m_deviceKills; }
    int reenrolled() const { return m_reenrolled; }
    int killedWhileApplying() const { return m_killedApplying; }
    int connectionsCut() const { return m_proxy.connectionsCut(); }

private:
    QString setUp()
    {
        const QString code = m_server.initProject(QStringLiteral("Soak"));
        if (code.isEmpty())
            return QStringLiteral("init-project failed");
        const QStringList oost{QStringLiteral("--gang"), QStringLiteral("Oost")};
        const auto room = m_server.run({QStringLiteral("add-place"), QStringLiteral("--data"),
                                        m_server.dataDir(), QStringLiteral("--project"),
                                        QStringLiteral("Soak"), QStringLiteral("--name"),
                                        QStringLiteral("Huiskamer Oost"), oost.at(0), oost.at(1)});
        if (room.exitCode != 0)
            return QStringLiteral("add-place failed: ") + room.err;
        QStringList codes{code, m_server.invite(QStringLiteral("gangmaker"), oost)};
        for (int i = 0; i < 3; ++i)
            codes.append(m_server.invite(QStringLiteral("resident"), oost));
        if (codes.contains(QString()))
            return QStringLiteral("an invite failed");
        if (!m_server.start())
            return QStringLiteral("the server did not start");
        if (!m_proxy.listen(quint16(m_server.port())))
            return QStringLiteral("the proxy could not listen");
        const QStringList names{QStringLiteral("Beheerder"), QStringLiteral("Gert"),
                                QStringLiteral("Anna"), QStringLiteral("Bilal"),
                                QStringLiteral("Samira")};
        for (int i = 0; i < names.size(); ++i) {
            m_devices.push_back(std::make_unique<ClientDevice>(names.at(i), soakOptions()));
            if (!m_devices.back()->enroll(m_proxy.url(), codes.at(i)))
                return names.at(i) + QStringLiteral(" could not enrol");
        }
        // Some history, so that a new device's first sync takes many pages.
        for (std::size_t i = 1; i < m_devices.size(); ++i) {
            for (int day = 0; day < 20; ++day)
                if (!m_devices.at(i)->log(day, 5))
                    return QStringLiteral("logging history failed");
            m_expected[m_devices.at(i)->memberId()].unite(ownIds(*m_devices.at(i)));
        }
        if (const QString e = heal(); !e.isEmpty())
            return e;
        // The gangmaker plans an activity with two places for three residents.
        ClientDevice &gert = *m_devices.at(1);
        Activity a;
        a.id = newId();
        a.title = QStringLiteral("Samen koken");
        a.placeId = gert.context->project()->places.value(0).id;
        a.start =
            QDateTime(QDate::currentDate().addDays(5), QTime(19, 0), QTimeZone("Europe/Amsterdam"))
                .toUTC();
        a.end = a.start.addSecs(2 * 3600);
        a.capacity = 2;
        a.gang = QStringLiteral("Oost");
        if (!gert.activities->plan(a))
            return QStringLiteral("planning failed: ") + gert.activities->lastError();
        m_activityId = a.id;
        return heal();
    }

    /// Residents and the gangmaker log, correct and remove hours and sign up or withdraw; the
    /// beheerder pauses a requirement now and then. A change the device's own rules refuse is
    /// not made (and not counted).
    void makeChanges()
    {
        static const QStringList notes{QString(), QStringLiteral("boodschappen"),
                                       QStringLiteral("koffie met buurvrouw ☕"),
                                       QStringLiteral("مساعدة في الأوراق")};
        // A member's second phone only syncs: two phones of one member acting at once may
        // rightly be refused (both sign up for the same activity), which is not this soak's.
        for (std::size_t i = 1; i < kFirstPhones; ++i) {
            ClientDevice &d = *m_devices.at(i);
            const int n = int(m_rng.bounded(4));
            for (int k = 0; k < n; ++k) {
                bool made = false;
                switch (m_rng.bounded(5)) {
                case 0:
                case 1:
                    made = d.log(int(m_rng.bounded(40)), 5 * (1 + int(m_rng.bounded(6))),
                                 notes.at(int(m_rng.bounded(notes.size()))));
                    break;
                case 2: {
                    const QStringList ids = effectiveOwn(d);
                    if (ids.isEmpty())
                        break;
                    const QString id = ids.at(int(m_rng.bounded(ids.size())));
                    Statement s(d.store, "SELECT day, category FROM hour_entry WHERE id = ?");
                    s.bind(1, id);
                    if (!s.next())
                        break;
                    made = d.hours->log({QDate::fromString(s.text(0), Qt::ISODate),
                                         5 * (1 + int(m_rng.bounded(6))), s.text(1),
                                         QStringLiteral("verbeterd")},
                                        id);
                    break;
                }
                case 3: {
                    const QStringList ids = effectiveOwn(d);
                    if (!ids.isEmpty())
                        made = d.hours->removeEntry(ids.at(int(m_rng.bounded(ids.size()))));
                    break;
                }
                default:
                    made = mySignUp(d) ? d.activities->withdraw(m_activityId)
                                       : d.activities->signUp(m_activityId);
                    break;
                }
                m_changes += made ? 1 : 0;
            }
            m_expected[d.memberId()].unite(ownIds(d));
        }
        if (m_rng.bounded(3) == 0) {
            ClientDevice &h = *m_devices.at(0);
            const QString resident = m_devices.at(2 + m_rng.bounded(3))->memberId();
            const QDate until =
                m_rng.bounded(2) ? h.hours->today().addDays(1 + int(m_rng.bounded(30))) : QDate();
            m_changes += h.hours->pauseRequirement(resident, until) ? 1 : 0;
        }
    }

    void takeBackup()
    {
        const QString to = m_server.tempPath(QStringLiteral("backup-%1.db").arg(m_backups++));
        const auto r = m_server.run({QStringLiteral("backup"), QStringLiteral("--data"),
                                     m_server.dataDir(), QStringLiteral("--to"), to});
        if (r.exitCode == 0)
            m_backup = to;
        else
            say(QStringLiteral("  (backup failed, the older one stays: %1)").arg(r.err.trimmed()));
    }

    QString inflict(Fault f)
    {
        switch (f) {
        case Fault::Calm:
            return syncAll();
        case Fault::KillServer: {
            startAll();
            QTest::qWait(int(m_rng.bounded(150)));
            m_server.kill();
            if (!waitFor([&] { return allFinished(); }, 30000))
                return QStringLiteral("a device still syncs 30 s after the server died");
            return m_server.start() ? QString() : QStringLiteral("the server did not restart");
        }
        case Fault::DropAck:
            if (!m_server.start(
                    {QStringLiteral("--test-fault"), QStringLiteral("drop-after-commit")}))
                return QStringLiteral("the server did not start with drop-after-commit");
            return syncAll();
        case Fault::KillDevice:
            // Mostly a member's new phone, killed during its first sync (the longest one, many
            // pages); else a device that has been here all along.
            if (m_devices.size() < 8 && m_rng.bounded(3) != 0) {
                const QString e = addDevice();
                if (!e.isEmpty())
                    return e;
                return killDevice(*m_devices.back());
            }
            return killDevice(*m_devices.at(m_rng.bounded(quint32(m_devices.size()))));
        case Fault::Cut: {
            m_proxy.setMode(FaultProxy::Mode::Cut, m_rng.generate());
            startAll();
            QTest::qWait(int(m_rng.bounded(100)));
            m_proxy.cutAll();
            return waitFor([&] { return allFinished(); }, 30000)
                       ? QString()
                       : QStringLiteral("a device still syncs 30 s after the cut");
        }
        case Fault::Delay:
            m_proxy.setMode(FaultProxy::Mode::Delay, m_rng.generate());
            return syncAll();
        case Fault::Restore:
            if (!m_server.restore(m_backup))
                return QStringLiteral("restoring the backup failed");
            return m_server.start() ? QString()
                                    : QStringLiteral("the restored server did not start");
        case Fault::Count:
            break;
        }
        return {};
    }

    /// Another device for a member who has one (a new phone), enrolled with a code for that
    /// member; it takes part in the rest of the round like the first.
    QString addDevice()
    {
        const ClientDevice &of = *m_devices.at(m_rng.bounded(quint32(kFirstPhones)));
        const QString code = memberInvite(of.memberId());
        m_devices.push_back(std::make_unique<ClientDevice>(
            QStringLiteral("%1-%2").arg(of.name()).arg(m_devices.size()), soakOptions()));
        if (code.isEmpty() || !m_devices.back()->enroll(m_proxy.url(), code))
            return QStringLiteral("a new device of %1 could not enrol").arg(of.name());
        return {};
    }

    QString memberInvite(const QString &memberId) const
    {
        const auto invite =
            m_server.run({QStringLiteral("invite"), QStringLiteral("--data"), m_server.dataDir(),
                          QStringLiteral("--project"), QStringLiteral("Soak"),
                          QStringLiteral("--member"), memberId});
        return invite.exitCode == 0 ? invite.lastLine() : QString();
    }

    /// The device's app is stopped hard while it syncs: its sync runs in a process of its own
    /// (this program, --child-sync), killed after a random number of written pages or a random
    /// time. The others sync meanwhile.
    QString killDevice(ClientDevice &d)
    {
        d.close();
        QProcess child;
        child.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child-sync"), d.path(), QString::fromLatin1(d.key().toHex())});
        if (!child.waitForStarted(10000))
            return QStringLiteral("the device process did not start");
        for (std::size_t i = 0; i < m_devices.size(); ++i)
            if (m_devices.at(i).get() != &d)
                m_devices.at(i)->engine->syncNow();
        // Half the time killed after 1-3 written batches of pulled changes (while the next is
        // written); else at a random moment within the time a device's sync took the last
        // time it ran to its end (often before it wrote anything, or while it pushes).
        const bool afterWrites = m_rng.bounded(2) == 0;
        const int pages = int(m_rng.bounded(3));
        const int latestMs =
            afterWrites ? 10000 : 5 + int(m_rng.bounded(quint32(std::max(20, m_childMs))));
        QElapsedTimer t;
        t.start();
        int seen = 0;
        waitFor(
            [&] {
                seen += child.readAllStandardOutput().count('\n');
                return child.state() == QProcess::NotRunning || seen > pages ||
                       t.elapsed() > latestMs;
            },
            latestMs + 100);
        if (child.state() == QProcess::NotRunning) {
            m_childMs = int(t.elapsed());
        } else {
            QTest::qWait(int(m_rng.bounded(4)));
            child.kill();
            child.waitForFinished(5000);
            ++m_deviceKills;
            m_killedApplying += seen > 0 ? 1 : 0;
        }
        waitFor([&] { return allFinished(&d); }, 30000);
        return d.reopen() ? QString()
                          : QStringLiteral("%1's store did not open after the kill").arg(d.name());
    }

    void startAll()
    {
        m_finished.clear();
        for (auto &d : m_devices) {
            ClientDevice *p = d.get();
            QObject::connect(
                p->engine.get(), &SyncEngine::syncFinished, p->engine.get(),
                [this, p] { m_finished.insert(p); }, Qt::SingleShotConnection);
            p->engine->syncNow();
        }
    }
    bool allFinished(const ClientDevice *except = nullptr) const
    {
        for (const auto &d : m_devices)
            if (d.get() != except && d->engine->state() == SyncEngine::State::Syncing)
                return false;
        return except || std::size_t(m_finished.size()) == m_devices.size();
    }
    QString syncAll()
    {
        startAll();
        return waitFor([&] { return allFinished(); }, 60000)
                   ? QString()
                   : QStringLiteral("a device still syncs after 60 s");
    }

    /// Calm weather: the server up, the proxy passing bytes; each device syncs until it
    /// succeeds, twice around: the first brings every change to the server, the second every
    /// change to everyone who may see it.
    QString heal()
    {
        m_proxy.setMode(FaultProxy::Mode::Pass, 0);
        if (!m_server.running() && !m_server.start())
            return QStringLiteral("the server did not start");
        for (int pass = 0; pass < 2; ++pass) {
            for (auto &d : m_devices) {
                bool ok = false;
                for (int attempt = 0; attempt < 8 && !ok; ++attempt) {
                    if (attempt > 0)
                        QTest::qWait(50 * attempt);
                    ok = d->sync(30000);
                }
                if (!ok && !knownToServer(*d)) {
                    // Enrolled after the backup the server was restored from: the server does
                    // not know it, and the app says to ask the beheerder for a new code. With
                    // one for the same member it enrols again and sends what it made.
                    ++m_reenrolled;
                    const QString code = memberInvite(d->memberId());
                    ok = !code.isEmpty() && d->enroll(m_proxy.url(), code) && d->sync(30000);
                }
                if (!ok)
                    return QStringLiteral("%1 did not sync in calm weather: %2")
                        .arg(d->name(), d->engine->problem());
            }
        }
        return {};
    }

    /// Device id → the server's last applied client_seq, from `gangwerk-server list-devices`.
    std::map<QString, int> serverDevices() const
    {
        const auto devices = m_server.run(
            {QStringLiteral("list-devices"), QStringLiteral("--data"), m_server.dataDir()});
        std::map<QString, int> applied;
        for (const QString &line : devices.out.split(QLatin1Char('\n'))) {
            const auto cols = line.split(QLatin1Char('\t'));
            if (cols.size() >= 6)
                applied[cols.at(0)] = cols.at(5).toInt();
        }
        return applied;
    }
    static QString deviceIdOf(const ClientDevice &d)
    {
        Statement s(d.store, "SELECT device_id FROM sync_state");
        return s.next() ? s.text(0) : QString();
    }
    bool knownToServer(const ClientDevice &d) const
    {
        return serverDevices().count(deviceIdOf(d)) > 0;
    }

    QString checkNothingLostOrDoubled()
    {
        std::map<QString, int> applied = serverDevices();
        if (applied.empty())
            return QStringLiteral("list-devices failed");
        ClientDevice &h = *m_devices.at(0);
        for (auto &dp : m_devices) {
            ClientDevice &d = *dp;
            if (d.engine->pendingCount() != 0)
                return QStringLiteral("%1 still has %2 changes waiting")
                    .arg(d.name())
                    .arg(d.engine->pendingCount());
            if (const int n = d.engine->rejections()->rowCount(); n != 0) {
                Statement s(d.store, "SELECT kind, reason_code FROM outbox WHERE state = "
                                     "'REJECTED' LIMIT 1");
                const QString why = s.next() ? s.text(0) + QLatin1Char(' ') + s.text(1) : QString();
                return QStringLiteral("%1 had %2 changes refused (%3)")
                    .arg(d.name())
                    .arg(n)
                    .arg(why);
            }
            const int made = d.count(QStringLiteral("SELECT count(*) FROM outbox"));
            const QString deviceId = deviceIdOf(d);
            if (applied[deviceId] != made)
                return QStringLiteral("%1 made %2 changes, the server applied up to %3")
                    .arg(d.name())
                    .arg(made)
                    .arg(applied[deviceId]);
            if (d.memberId() == h.memberId())
                continue;
            const QSet<QString> &want = m_expected[d.memberId()];
            const QSet<QString> own = ownIds(d);
            if (own != want)
                return QStringLiteral("%1's own hours: %2 held, %3 made")
                    .arg(d.name())
                    .arg(own.size())
                    .arg(want.size());
            const QStringList seen =
                h.ids(QStringLiteral("SELECT id FROM hour_entry WHERE member_id = '%1'")
                          .arg(d.memberId()));
            if (QSet<QString>(seen.begin(), seen.end()) != want)
                return QStringLiteral("the beheerder holds %1 of %2's hour rows, %3 were made")
                    .arg(seen.size())
                    .arg(d.name())
                    .arg(want.size());
        }
        return {};
    }

    /// Every device equals a new device of the same member that pulls everything afresh.
    QString checkConverged()
    {
        for (auto &dp : m_devices) {
            ClientDevice &d = *dp;
            const QString code = memberInvite(d.memberId());
            ClientDevice fresh(d.name() + QStringLiteral("-new"), soakOptions());
            if (code.isEmpty() || !fresh.enroll(m_server.url(), code) || !fresh.sync())
                return QStringLiteral("a new device of %1 could not enrol and sync").arg(d.name());
            // The device itself may not know yet of the new device: only record tables count.
            for (const QString &table : recordTables(fresh.store)) {
                const QStringList mine = rowsOf(d.store, table);
                const QStringList truth = rowsOf(fresh.store, table);
                if (mine == truth)
                    continue;
                QString diff;
                for (const QString &r : truth)
                    if (!mine.contains(r)) {
                        diff = QStringLiteral("missing a row of the server's");
                        break;
                    }
                if (diff.isEmpty())
                    diff = QStringLiteral("holding a row the server does not give");
                return QStringLiteral("%1's device differs from the server in %2: %3 "
                                      "(%4 rows, the server gives %5)")
                    .arg(d.name(), table, diff)
                    .arg(mine.size())
                    .arg(truth.size());
            }
        }
        return {};
    }

    static QSet<QString> ownIds(ClientDevice &d)
    {
        const QStringList ids = d.ids(
            QStringLiteral("SELECT id FROM hour_entry WHERE member_id = '%1'").arg(d.memberId()));
        return QSet<QString>(ids.begin(), ids.end());
    }
    static QStringList effectiveOwn(ClientDevice &d)
    {
        return d.ids(QStringLiteral("SELECT id FROM hour_entry e WHERE member_id = '%1' AND "
                                    "voids = 0 AND NOT EXISTS (SELECT 1 FROM hour_entry c "
                                    "WHERE c.corrects = e.id)")
                         .arg(d.memberId()));
    }
    bool mySignUp(ClientDevice &d) const
    {
        return d.count(QStringLiteral("SELECT count(*) FROM activity_sign_up WHERE activity_id = "
                                      "'%1' AND member_id = '%2' AND state <> 'WITHDRAWN'")
                           .arg(m_activityId, d.memberId())) > 0;
    }

    QRandomGenerator m_rng;
    int m_steps;
    ServerFixture m_server;
    FaultProxy m_proxy;
    std::vector<std::unique_ptr<ClientDevice>> m_devices; // beheerder, gangmaker, 3 residents
    QSet<const ClientDevice *> m_finished;
    QHash<QString, QSet<QString>> m_expected; // member → the hour rows their device made
    QString m_activityId;
    QString m_backup;
    int m_backups = 0;
    QList<Fault> m_faults;
    int m_changes = 0;
    int m_deviceKills = 0;
    int m_killedApplying = 0;
    int m_reenrolled = 0;
    static inline int m_childMs = 100; // how long a device's whole sync took, last time
};

/// --child-sync STORE KEYHEX: one sync round of the device whose store that is, as its app
/// would run it; prints a line whenever pulled changes were written. Killed by the soak.
int childSync(const QString &path, const QByteArray &keyHex)
{
    Store store;
    const auto res = store.open(path, StoreKey::raw(QByteArray::fromHex(keyHex)), clientSchema());
    if (!res.ok()) {
        std::fprintf(stderr, "store: %s\n", qPrintable(res.detail));
        return 3;
    }
    SystemClock clock;
    SyncEngine engine(store, clock, soakOptions());
    // A line per pulled batch written (the progress moves after each local commit).
    QObject::connect(&engine, &SyncEngine::progressChanged, [&engine] {
        if (engine.progressDone() > 0)
            say(QStringLiteral("written %1").arg(engine.progressDone()));
    });
    QObject::connect(&engine, &SyncEngine::syncFinished,
                     [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    engine.syncNow();
    return QCoreApplication::exec();
}

std::optional<quint32> parseSeed(const QString &s)
{
    bool ok = false;
    const qulonglong v = s.toULongLong(&ok);
    if (!ok || v > 0xffffffffULL)
        return std::nullopt;
    return quint32(v);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    // The devices' own logs (every failed call, by design) only with --verbose.
    if (!args.contains(QLatin1String("--verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("gangwerk*=false\nqt.*=false"));
    if (args.size() >= 4 && args.at(1) == QLatin1String("--child-sync"))
        return childSync(args.at(2), args.at(3).toLatin1());

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Seeded rounds of server kills, lost answers, killed devices, cut and slow connections "
        "and restores against real gangwerk-server processes; checks after each that nothing "
        "was lost or applied twice and that every device converges."));
    p.addHelpOption();
    p.addOption({QStringLiteral("rounds"), QStringLiteral("rounds to run (default 1000)"),
                 QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("seed"),
                 QStringLiteral("seed of the whole run (default: random, printed)"),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("round-seed"),
                 QStringLiteral("run the one round with this seed (printed by a failure)"),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("steps"), QStringLiteral("faults per round (default 5)"),
                 QStringLiteral("N"), QStringLiteral("5")});
    p.addOption({QStringLiteral("verbose"), QStringLiteral("show the devices' and proxy's logs")});
    p.process(app);
    if (!p.positionalArguments().isEmpty()) {
        std::fprintf(stderr,
                     "gangwerk-soak takes no arguments besides its options (got %s); "
                     "see --help.\n",
                     qPrintable(p.positionalArguments().join(QLatin1Char(' '))));
        return 2;
    }
    bool ok = false;
    const int rounds = p.value(QStringLiteral("rounds")).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 1000000) {
        std::fprintf(stderr, "--rounds must be a whole number from 1 to 1000000.\n");
        return 2;
    }
    const int steps = p.value(QStringLiteral("steps")).toInt(&ok);
    if (!ok || steps < 1 || steps > 100) {
        std::fprintf(stderr, "--steps must be a whole number from 1 to 100.\n");
        return 2;
    }
    std::optional<quint32> seed = QRandomGenerator::global()->generate();
    for (const char *opt : {"seed", "round-seed"}) {
        const QString name = QLatin1String(opt);
        if (p.isSet(name) && !(seed = parseSeed(p.value(name)))) {
            std::fprintf(stderr, "--%s must be a whole number from 0 to 4294967295.\n", opt);
            return 2;
        }
    }
    if (qEnvironmentVariableIsSet("GANGWERK_SOAK_SEED") && !p.isSet(QStringLiteral("seed")) &&
        !p.isSet(QStringLiteral("round-seed"))) {
        if (!(seed = parseSeed(qEnvironmentVariable("GANGWERK_SOAK_SEED")))) {
            std::fprintf(stderr, "GANGWERK_SOAK_SEED must be a whole number.\n");
            return 2;
        }
    }
    const bool oneRound = p.isSet(QStringLiteral("round-seed"));
    QRandomGenerator seeds(*seed);
    const int total = oneRound ? 1 : rounds;
    say(oneRound ? QStringLiteral("soak: one round, seed %1").arg(*seed)
                 : QStringLiteral("soak: %1 rounds of %2 faults, run seed %3")
                       .arg(total)
                       .arg(steps)
                       .arg(*seed));

    QElapsedTimer wall;
    wall.start();
    std::map<Fault, int> faults;
    int changes = 0, kills = 0, killsApplying = 0, cuts = 0, reenrolled = 0;
    for (int i = 0; i < total; ++i) {
        const quint32 roundSeed = oneRound ? *seed : seeds.generate();
        QElapsedTimer t;
        t.start();
        Round round(roundSeed, steps);
        const QString failure = round.run();
        QStringList names;
        for (Fault f : round.faults()) {
            names.append(QLatin1String(faultName(f)));
            ++faults[f];
        }
        changes += round.changesMade();
        kills += round.deviceKills();
        killsApplying += round.killedWhileApplying();
        cuts += round.connectionsCut();
        reenrolled += round.reenrolled();
        if (!failure.isEmpty()) {
            say(QStringLiteral("round %1 FAILED (round seed %2): %3\n  faults: %4\n  replay: "
                               "gangwerk-soak --round-seed %2")
                    .arg(i + 1)
                    .arg(roundSeed)
                    .arg(failure, names.join(QLatin1String(", "))));
            return 1;
        }
        say(QStringLiteral("round %1/%2 ok (seed %3, %4 ms): %5")
                .arg(i + 1)
                .arg(total)
                .arg(roundSeed)
                .arg(t.elapsed())
                .arg(names.join(QLatin1String(", "))));
    }
    QStringList counts;
    for (const auto &[f, n] : faults)
        counts.append(QStringLiteral("%1 %2").arg(faultName(f)).arg(n));
    say(QStringLiteral("soak: %1 rounds passed in %2 s: %3 changes made, 0 lost, 0 applied "
                       "twice, every device converged. Faults: %4; %5 devices killed (%6 after "
                       "writing pulled changes), %7 connections cut, %8 devices enrolled again "
                       "after a restore forgot them.")
            .arg(total)
            .arg(wall.elapsed() / 1000)
            .arg(changes)
            .arg(counts.join(QLatin1String(", ")))
            .arg(kills)
            .arg(killsApplying)
            .arg(cuts)
            .arg(reenrolled));
    return 0;
}
