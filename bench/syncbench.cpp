// Sync throughput through a real gangwerk-server on loopback (not a test; run by bench/run.sh):
//   pull: a fresh beheerder device's first pull of a project with --records hour entries;
//   push: a device with --push queued mutations sending them all.
// Each is measured --runs times on fresh devices; the median is printed last as
//   gangwerk median_pull_per_s=N median_push_per_s=N
#include "clientschema.h"
#include "clock.h"
#include "gangwerk/sync/v1/sync.pb.h"
#include "grpcchannel.h"
#include "hoursfamily.h"
#include "hoursrepository.h"
#include "outboxrepository.h"
#include "serverfixture.h"
#include "store.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace gw;
using namespace gw::sync;
namespace pb = ::gangwerk::sync::v1;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()    ? 0
           : v.size() % 2 ? v.at(v.size() / 2)
                          : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

/// A device store in a temporary folder, with an engine that syncs only when told.
struct Device
{
    explicit Device(const QString &dir, const QString &name)
    {
        const auto r = store.open(dir + QLatin1Char('/') + name + QStringLiteral(".db"),
                                  StoreKey::raw(QByteArray(32, '\x5a')), clientSchema());
        if (!r.ok())
            qFatal("store: %s", qPrintable(r.detail));
        SyncEngine::Options o;
        o.automatic = false;
        o.callDeadline = std::chrono::milliseconds(120000);
        engine = std::make_unique<SyncEngine>(store, clock, o);
    }
    bool enroll(const QString &url, const QString &code)
    {
        bool ok = false;
        QEventLoop loop;
        QObject::connect(engine.get(), &SyncEngine::enrollFinished, &loop,
                         [&](bool success, SyncEngine::EnrollError, const QString &words) {
                             ok = success;
                             if (!ok)
                                 say(QStringLiteral("enrol failed: ") + words);
                             loop.quit();
                         });
        engine->enroll(url, code, QStringLiteral("bench"), QStringLiteral("bench"));
        loop.exec();
        return ok;
    }
    bool sync()
    {
        bool ok = false;
        QEventLoop loop;
        auto c =
            QObject::connect(engine.get(), &SyncEngine::syncFinished, &loop, [&](bool success) {
                ok = success;
                loop.quit();
            });
        engine->syncNow();
        loop.exec();
        QObject::disconnect(c);
        return ok;
    }
    QString selfId()
    {
        Statement s(store, "SELECT value FROM setting WHERE key = 'self_member_id'");
        return s.next() ? s.text(0) : QString();
    }
    /// @p n entries queued as if logged offline: the record and its outbox row per entry, in
    /// one transaction (what HoursService does per entry). Their days: the last 300, each
    /// member's in turn and every next round of members a day further back (so that 5000 entries
    /// span 100 days: the worst case for the (member, day) indexes), or, @p inDayOrder, the
    /// 300 days one after another, oldest first, as a project's history is made.
    void queue(const QStringList &members, int n, int salt, bool inDayOrder = false)
    {
        Transaction tx(store);
        HoursRepository hours(store);
        OutboxRepository outbox(store);
        const QDate today = QDate::currentDate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < n; ++i) {
            HourEntry e;
            e.id = newId();
            e.memberId = members.at(i % members.size());
            // 5 minutes over 300 days: far inside every day-total rule.
            e.day = inDayOrder ? today.addDays(-1 - (qint64(n - 1 - i) * 300 / n + salt) % 300)
                               : today.addDays(-1 - ((i / members.size() + salt) % 300));
            e.minutes = 5;
            e.category = QStringLiteral("anders");
            e.createdAt = now;
            hours.append(e);
            outbox.enqueue(hoursfamily::appendMutation(e), now);
        }
        tx.commit();
    }
    int count(const char *sql)
    {
        Statement s(store, sql);
        s.next();
        return s.integer(0);
    }
    Store store;
    SystemClock clock;
    std::unique_ptr<SyncEngine> engine;
};

/// The limit a pull is measured against: @p n hour entries written straight into a fresh
/// device store (same SQLCipher settings, same schema) in one transaction, with the entries'
/// indexes built after the load, as fast as this machine writes them. Rows per second.
double rawInsertLimit(const QString &dir, int n, const QString &memberId)
{
    Store store;
    const auto r = store.open(dir + QStringLiteral("/raw.db"),
                              StoreKey::raw(QByteArray(32, '\x5b')), clientSchema());
    if (!r.ok())
        qFatal("raw store: %s", qPrintable(r.detail));
    QList<QPair<QByteArray, QByteArray>> indexes; // name, CREATE statement
    {
        Statement s(store, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'hour_entry' AND sql IS NOT NULL");
        while (s.next())
            indexes.append({s.text(0).toUtf8(), s.text(1).toUtf8()});
    }
    const QDate today = QDate::currentDate();
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QElapsedTimer t;
    t.start();
    // The limit is of writing, not of checking: this store has no members to refer to.
    store.exec("PRAGMA foreign_keys = OFF");
    {
        Transaction tx(store);
        for (const auto &[name, sql] : indexes)
            store.exec(QByteArray("DROP INDEX " + name).constData());
        Statement ins(store, "INSERT INTO hour_entry (id, member_id, day, minutes, category, "
                             "note, source, created_at) VALUES (?1, ?2, ?3, 5, 'anders', '', "
                             "'MANUAL', ?4)");
        for (int i = 0; i < n; ++i) {
            ins.bind(1, newId()).bind(2, memberId);
            ins.bind(3, today.addDays(-1 - i % 300).toString(Qt::ISODate)).bind(4, created);
            ins.run();
            ins.reset();
        }
        for (const auto &[name, sql] : indexes)
            store.exec(sql.constData());
        tx.commit();
    }
    return n * 1000.0 / double(std::max<qint64>(1, t.elapsed()));
}

/// /proc/<pid>/status's field in MB (VmHWM: the peak resident set; VmRSS: now; RssAnon: the
/// part that is the process's own, not shared files such as libraries); -1 when unreadable.
double procStatusMb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

/// The app as a beheerder would meet it (the real binary, its own window and store): enrolled
/// in the bench's project, through its first sync, then started again (cold), three times.
/// Its memory is read from /proc; its log says when the sync is done and when the window first
/// shows. Needs a display and a keystore (./dev bench runs the bench in a session with both).
void measureApp(const QString &binary, const ServerFixture &server, const QString &workDir,
                const QString &renderer)
{
    const QString data = workDir + QStringLiteral("/app-data-") + renderer;
    const auto start = [&](const QStringList &extra) {
        auto *proc = new QProcess;
        proc->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(
            QStringLiteral("QT_LOGGING_RULES"),
            QStringLiteral("gangwerk.sync.timing.debug=true;gangwerk.app.timing.debug=true"));
        if (renderer == QLatin1String("software"))
            env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        proc->setProcessEnvironment(env);
        proc->start(binary, QStringList{QStringLiteral("--data-dir"), data,
                                        QStringLiteral("--language"), QStringLiteral("nl")} +
                                extra);
        if (!proc->waitForStarted(10000))
            qFatal("the app did not start: %s", qPrintable(proc->errorString()));
        return proc;
    };
    // Waits until the app's log has @p marker; returns the ms it took.
    const auto waitFor = [](QProcess *proc, const QByteArray &marker, QByteArray &log,
                            int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (!log.contains(marker)) {
            if (proc->state() == QProcess::NotRunning || t.elapsed() > timeoutMs)
                qFatal("the app did not log \"%s\" within %d ms; its log:\n%s", marker.constData(),
                       timeoutMs, log.right(4000).constData());
            proc->waitForReadyRead(20);
            log += proc->readAll();
        }
        return t.elapsed();
    };
    const auto settle = [](QProcess *proc, QByteArray &log, int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            proc->waitForReadyRead(50);
            log += proc->readAll();
        }
    };
    const auto stop = [](QProcess *proc) {
        proc->terminate();
        if (!proc->waitForFinished(15000)) {
            proc->kill();
            proc->waitForFinished(5000);
        }
        delete proc;
    };

    QByteArray log;
    QProcess *first = start({QStringLiteral("--server"), server.url(), QStringLiteral("--invite"),
                             server.invite(QStringLiteral("beheerder"))});
    const qint64 syncMs = waitFor(first, "round done true", log, 600000);
    const double peak = procStatusMb(first->processId(), "VmHWM");
    settle(first, log, 3000);
    const double after = procStatusMb(first->processId(), "VmRSS");
    const double afterOwn = procStatusMb(first->processId(), "RssAnon");
    stop(first);

    QList<double> coldMs, coldRss, coldOwn;
    for (int run = 0; run < 3; ++run) {
        QByteArray coldLog;
        QElapsedTimer t;
        t.start();
        QProcess *cold = start({});
        waitFor(cold, "first frame after", coldLog, 60000);
        coldMs.append(double(t.elapsed()));
        settle(cold, coldLog, 3000);
        coldRss.append(procStatusMb(cold->processId(), "VmRSS"));
        coldOwn.append(procStatusMb(cold->processId(), "RssAnon"));
        stop(cold);
    }
    // One line for the log (JSON), one for bench/run.sh (name=value), from the same figures.
    const std::pair<const char *, QString> figures[] = {
        {"sync_ms", QString::number(syncMs)},
        {"sync_peak_mb", QString::number(peak, 'f', 1)},
        {"after_sync_mb", QString::number(after, 'f', 1)},
        {"after_sync_own_mb", QString::number(afterOwn, 'f', 1)},
        {"cold_start_ms", QString::number(median(coldMs))},
        {"cold_mb", QString::number(median(coldRss), 'f', 1)},
        {"cold_own_mb", QString::number(median(coldOwn), 'f', 1)}};
    QStringList json{QStringLiteral("\"app\":\"%1\"").arg(renderer)}, pairs;
    for (const auto &[name, value] : figures) {
        json << QStringLiteral("\"%1\":%2").arg(QLatin1String(name), value);
        pairs << QStringLiteral("%1_%2=%3").arg(renderer, QLatin1String(name), value);
    }
    say(QLatin1Char('{') + json.join(QLatin1Char(',')) + QLatin1Char('}'));
    say(QStringLiteral("gangwerk ") + pairs.join(QLatin1Char(' ')));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("records"), QStringLiteral("records to pull"), QStringLiteral("n"),
                 QStringLiteral("250000")});
    p.addOption({QStringLiteral("push"), QStringLiteral("mutations to push"), QStringLiteral("n"),
                 QStringLiteral("10000")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs of each"), QStringLiteral("n"),
                 QStringLiteral("3")});
    p.addOption({QStringLiteral("push-as-beheerder"),
                 QStringLiteral("push as a beheerder, for all residents (for big pushes)")});
    p.addOption({QStringLiteral("in-day-order"),
                 QStringLiteral("entries day by day, oldest first, as a project's history is "
                                "made (default: each batch spread over 100 days)")});
    p.addOption({QStringLiteral("members"), QStringLiteral("residents in the project"),
                 QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("app"),
                 QStringLiteral("also measure the app (this binary) through a first sync of the "
                                "same project and a cold start"),
                 QStringLiteral("path")});
    p.process(app);
    const int records = p.value(QStringLiteral("records")).toInt();
    const int pushN = p.value(QStringLiteral("push")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const int memberCount = std::max(1, p.value(QStringLiteral("members")).toInt());
    const bool inDayOrder = p.isSet(QStringLiteral("in-day-order"));
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "gangwerk.*.debug=false;gangwerk.*.info=false");

    QTemporaryDir work;
    ServerFixture server;
    const QString beheerderCode = server.initProject(
        QStringLiteral("Bench"), {QStringLiteral("--backdating-days"), QStringLiteral("366")});
    if (beheerderCode.isEmpty() || !server.start())
        qFatal("cannot start gangwerk-server");

    // Residents: each enrolment makes a member on the server.
    QElapsedTimer t;
    t.start();
    QStringList members;
    {
        GrpcChannel channel;
        channel.setServer(QUrl(server.url()));
        for (int i = 0; i < memberCount; ++i) {
            pb::EnrollRequest req;
            req.set_invite_code(server.invite(QStringLiteral("resident")).toStdString());
            req.set_device_name("bench");
            req.set_display_name(QStringLiteral("Resident %1").arg(i).toStdString());
            req.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
            QEventLoop loop;
            channel.call(
                QStringLiteral("Enroll"), QByteArray::fromStdString(req.SerializeAsString()),
                std::chrono::seconds(30), nullptr, [&](const GrpcResult &r) {
                    pb::EnrollResponse resp;
                    if (r.ok() && resp.ParseFromArray(r.payload.constData(), int(r.payload.size())))
                        members.append(QString::fromStdString(resp.member().id()));
                    loop.quit();
                });
            loop.exec();
        }
    }
    if (members.size() != memberCount)
        qFatal("enrolling residents failed");

    // Seed: a beheerder device queues every record (for its residents) and pushes them.
    {
        Device seeder(work.path(), QStringLiteral("seeder"));
        if (!seeder.enroll(server.url(), beheerderCode))
            qFatal("seeder enrolment failed");
        if (!seeder.sync()) // the residents' member records first
            qFatal("seeder sync failed");
        seeder.queue(members, records, 0, inDayOrder);
        QElapsedTimer ts;
        ts.start();
        if (!seeder.sync() || seeder.engine->pendingCount() != 0)
            qFatal("seeding push failed");
        say(QStringLiteral("{\"seed\":%1,\"members\":%2,\"ms\":%3,\"setup_ms\":%4}")
                .arg(records)
                .arg(memberCount)
                .arg(ts.elapsed())
                .arg(t.elapsed()));
    }

    // Pull: a fresh beheerder device per run.
    QList<double> pullRates, stalls;
    for (int run = 0; run < runs; ++run) {
        Device d(work.path(), QStringLiteral("pull%1").arg(run));
        if (!d.enroll(server.url(), server.invite(QStringLiteral("beheerder"))))
            qFatal("enrolment failed");
        // The screen's view: a 5 ms timer on this (the app's main) thread; the longest gap
        // between its ticks is the longest the window could not draw or answer.
        QElapsedTimer tick;
        qint64 longestStall = 0;
        QTimer beat;
        beat.setTimerType(Qt::PreciseTimer);
        beat.setInterval(5);
        QObject::connect(&beat, &QTimer::timeout,
                         [&] { longestStall = std::max(longestStall, tick.restart()); });
        QElapsedTimer tp;
        tp.start();
        tick.start();
        beat.start();
        if (!d.sync())
            qFatal("pull failed");
        beat.stop();
        longestStall = std::max(longestStall, tick.elapsed());
        stalls.append(double(longestStall));
        const qint64 ms = std::max<qint64>(1, tp.elapsed());
        const int got = d.count("SELECT count(*) FROM hour_entry");
        if (got < records)
            qFatal("pulled %d of %d", got, records);
        const double rate = got * 1000.0 / double(ms);
        pullRates.append(rate);
        say(QStringLiteral("{\"gangwerk\":\"pull\",\"run\":%1,\"records\":%2,\"ms\":%3,"
                           "\"per_s\":%4,\"longest_stall_ms\":%5}")
                .arg(run)
                .arg(got)
                .arg(ms)
                .arg(qRound64(rate))
                .arg(longestStall));
    }

    // With the renderer Qt picks here (Mesa's llvmpipe under Xvfb: its libraries alone are
    // about 120 MB resident) and with Qt Quick's software renderer (as a device without
    // OpenGL would draw).
    if (p.isSet(QStringLiteral("app")))
        for (const QString &renderer : {QStringLiteral("default"), QStringLiteral("software")})
            measureApp(p.value(QStringLiteral("app")), server, work.path(), renderer);

    // Push: a fresh resident device per run, with pushN changes made offline. One resident's
    // days hold at most 16 hours: beyond ~50k entries of 5 minutes over 300 days they would
    // be refused, so a bigger push is a beheerder's, for all residents (--push-as-beheerder).
    const bool asBeheerder = p.isSet(QStringLiteral("push-as-beheerder"));
    QList<double> pushRates;
    for (int run = 0; run < runs; ++run) {
        Device d(work.path(), QStringLiteral("push%1").arg(run));
        if (!d.enroll(server.url(), server.invite(asBeheerder ? QStringLiteral("beheerder")
                                                              : QStringLiteral("resident"))))
            qFatal("enrolment failed");
        // A beheerder's device knows the residents it logs for once it has synced (not timed).
        if (asBeheerder && !d.sync())
            qFatal("beheerder sync before the push failed");
        d.queue(asBeheerder ? members : QStringList{d.selfId()}, pushN, run * 7, inDayOrder);
        // As the app does after a local change (HoursService::queuedForSync): the engine
        // counts what waits, so that it can tell when all of it was sent.
        d.engine->scheduleSync();
        if (d.engine->pendingCount() != pushN)
            qFatal("queued %d mutations but the engine sees %d", pushN, d.engine->pendingCount());
        QElapsedTimer tp;
        qint64 ms = -1;
        QObject::connect(d.engine.get(), &SyncEngine::pendingCountChanged, d.engine.get(), [&] {
            if (d.engine->pendingCount() == 0 && ms < 0)
                ms = tp.elapsed();
        });
        tp.start();
        if (!d.sync() || ms < 0)
            qFatal("push failed");
        ms = std::max<qint64>(1, ms);
        if (d.engine->rejections()->rowCount() != 0)
            qFatal("push had rejections");
        const double rate = pushN * 1000.0 / double(ms);
        pushRates.append(rate);
        say(QStringLiteral("{\"gangwerk\":\"push\",\"run\":%1,\"mutations\":%2,\"ms\":%3,"
                           "\"per_s\":%4}")
                .arg(run)
                .arg(pushN)
                .arg(ms)
                .arg(qRound64(rate)));
    }
    // The same run's limit for the pull: raw inserts into the same kind of store.
    QList<double> rawRates;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir raw;
        rawRates.append(rawInsertLimit(raw.path(), records, members.first()));
        say(QStringLiteral("{\"raw_insert\":%1,\"rows\":%2,\"per_s\":%3}")
                .arg(run)
                .arg(records)
                .arg(qRound64(rawRates.last())));
    }
    say(QStringLiteral("gangwerk median_pull_per_s=%1 median_push_per_s=%2 "
                       "median_raw_insert_per_s=%3 median_longest_stall_ms=%4")
            .arg(qRound64(median(pullRates)))
            .arg(qRound64(median(pushRates)))
            .arg(qRound64(median(rawRates)))
            .arg(qRound64(median(stalls))));
    return 0;
}
