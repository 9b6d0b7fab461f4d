#include "fuzzserver.h"

#include "demodata.h"
#include "hoursrules.h"
#include "projectrepository.h"
#include "pullcursor.h"
#include "secrets.h"
#include "servercli.h"
#include "serverrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimeZone>

#include <google/protobuf/stubs/logging.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace gw::fuzz {

namespace pb = ::gangwerk::sync::v1;
using server::Invite;
using server::ServerRepository;
using server::ServerStore;
namespace secrets = server::secrets;

namespace {

const QString kDirPrefix = QStringLiteral("gangwerk-fuzz-");

// Where the stores live: GANGWERK_FUZZ_TMPDIR, else memory (/dev/shm: a fresh copy of the store
// per input costs ~1 ms there, ~18 ms on a disk that syncs), else the usual temporary folder.
QString baseDir()
{
    const QString chosen = qEnvironmentVariable("GANGWERK_FUZZ_TMPDIR");
    if (!chosen.isEmpty())
        return chosen;
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}

// Folders of earlier runs that crashed (libFuzzer leaves with _Exit, so no destructor ran):
// removed when the process that made them is gone.
void removeStaleFolders()
{
    QDir tmp(baseDir());
    for (const QString &name : tmp.entryList({kDirPrefix + QLatin1Char('*')}, QDir::Dirs)) {
        bool ok = false;
        const qint64 pid =
            name.mid(kDirPrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && pid != ::getpid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(tmp.filePath(name)).removeRecursively();
    }
}

[[noreturn]] void setupFailed(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz server setup: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIntValue("GANGWERK_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", message.toUtf8().constData());
}

} // namespace

void quietLogs()
{
    if (qEnvironmentVariableIntValue("GANGWERK_FUZZ_VERBOSE"))
        return;
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    qInstallMessageHandler(messageHandler);
    // protobuf's own ("String field ... contains invalid UTF-8" for every such input).
    google::protobuf::SetLogHandler(nullptr);
}

FuzzServer &FuzzServer::instance()
{
    static FuzzServer &server = []() -> FuzzServer & {
        quietLogs();
        static FuzzServer made;
        return made;
    }();
    return server;
}

FuzzServer::FuzzServer()
    : m_root(baseDir() + QLatin1Char('/') + kDirPrefix + QString::number(::getpid()) +
             QStringLiteral("-XXXXXX")),
      m_clock(QDateTime::fromString(QString::fromLatin1(kNow), Qt::ISODate))
{
    removeStaleFolders();
    if (!m_root.isValid())
        setupFailed("temporary folder", m_root.errorString());
    m_templateDir = m_root.filePath(QStringLiteral("template"));
    m_workDir = m_root.filePath(QStringLiteral("work"));
    makeTemplate();
    open();
}

FuzzServer::~FuzzServer()
{
    m_service.reset();
    m_limiter.reset();
    m_store.reset(); // closed before its folder goes
}

void FuzzServer::makeTemplate()
{
    ServerStore tpl;
    if (const QString e = tpl.create(m_templateDir); !e.isEmpty())
        setupFailed("create", e);
    Store &store = tpl.store();
    const QDate today = hours::localDate(m_clock.now(), QTimeZone("Europe/Amsterdam"));
    const DemoRecords demo = demoRecords(today);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 24 * 3600 * 1000;

    // The members whose devices push and pull (in Who order; Who::Stranger has none).
    const QString memberOf[] = {demo.beheerderId, demo.residentId,
                                QStringLiteral("00000000-0000-4000-8000-0000000000a3"),  // Daan
                                QStringLiteral("00000000-0000-4000-8000-0000000000a2")}; // Yonas
    QString setupCodes[std::size(memberOf)];
    {
        ServerRepository repo(store);
        Transaction tx(store);
        server::writeDemoRecords(store, demo);
        // Invites as `gangwerk-server invite` makes them: only the code's hash is stored.
        const auto invite = [&](const QString &code, Role role, const QString &memberId,
                                const QString &gang, const QString &name, qint64 expiresAtMs) {
            Invite i;
            i.codeHash = secrets::hash(secrets::normalizeInviteCode(code));
            if (i.codeHash == secrets::hash(QString()))
                setupFailed("invite code", code);
            i.projectId = demo.project.id;
            i.role = memberId.isEmpty() ? role : repo.member(memberId)->role;
            i.memberId = memberId;
            i.gang = gang;
            i.displayName = name;
            i.studio = gang.isEmpty() ? QString() : QStringLiteral("2.20");
            i.createdAtMs = now - kDayMs;
            i.expiresAtMs = expiresAtMs;
            repo.addInvite(i);
        };
        const qint64 inTwoWeeks = now + 14 * kDayMs;
        for (size_t i = 0; i < std::size(memberOf); ++i) {
            setupCodes[i] = secrets::newInviteCode();
            invite(setupCodes[i], Role::Resident, memberOf[i], {}, {}, inTwoWeeks);
        }
        const auto q = [](const char *s) { return QString::fromLatin1(s); };
        invite(q(kInviteResident), Role::Resident, {}, QStringLiteral("Gang 2"), {}, inTwoWeeks);
        invite(q(kInviteGangmaker), Role::Gangmaker, {}, QStringLiteral("Gang 3"),
               QStringLiteral("Mila"), inTwoWeeks);
        invite(q(kInviteBeheerder), Role::Beheerder, {}, {}, QStringLiteral("Ruud"), inTwoWeeks);
        invite(q(kInviteSamira), Role::Resident, demo.residentId, {}, {}, inTwoWeeks);
        invite(q(kInviteExpired), Role::Resident, {}, QStringLiteral("Gang 2"), {}, now - kDayMs);
        invite(q(kInviteUsed), Role::Resident, {}, QStringLiteral("Gang 2"), {}, inTwoWeeks);
        // A fixed epoch: seeds can then carry cursors this server made.
        ProjectRepository(store).setSetting(QStringLiteral("server_epoch"),
                                            QString::fromLatin1(kEpochHex));
        tx.commit();
    }

    // The devices enrol through the real service, like a phone would.
    server::EnrollLimiter limiter({});
    server::SyncService service(tpl, m_clock, limiter);
    const auto enrol = [&](const QString &code, const char *name) {
        pb::EnrollRequest request;
        request.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
        request.set_invite_code(code.toStdString());
        request.set_device_name(name);
        pb::EnrollResponse response;
        const grpc::Status st = service.enroll(request, "fuzz-setup", &response);
        if (!st.ok())
            setupFailed("enrol", QString::fromStdString(st.error_message()));
        return response.device_token();
    };
    const char *names[] = {"Telefoon Inge", "Telefoon Samira", "Laptop Daan", "Telefoon Yonas"};
    for (size_t i = 0; i < std::size(memberOf); ++i)
        m_tokens[i] = enrol(setupCodes[i], names[i]);
    enrol(QString::fromLatin1(kInviteUsed), "Used");
    m_tokens[int(Who::Stranger)] = secrets::newDeviceToken().toStdString();
    {
        Statement last(store, "SELECT COALESCE(MAX(seq), 0) FROM change_log");
        last.next();
        m_templateCursor =
            server::PullCursor{QByteArray::fromHex(kEpochHex), quint64(last.int64(0))}
                .encode()
                .toStdString();
    }
    store.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

void FuzzServer::open()
{
    m_service.reset();
    m_limiter.reset();
    m_store.reset();
    QDir().mkpath(m_workDir);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_workDir + QLatin1Char('/') + QLatin1String(ServerStore::kStoreFileName) +
                      QLatin1String(suffix));
    for (const char *file : {ServerStore::kStoreFileName, ServerStore::kKeyFileName}) {
        const QString to = m_workDir + QLatin1Char('/') + QLatin1String(file);
        QFile::remove(to);
        if (!QFile::copy(m_templateDir + QLatin1Char('/') + QLatin1String(file), to))
            setupFailed("copy", to);
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    m_store = std::make_unique<ServerStore>();
    if (const QString e = m_store->open(m_workDir); !e.isEmpty())
        setupFailed("open", e);
    // A throw-away copy: no need to wait for the disk on every commit.
    m_store->store().exec("PRAGMA synchronous = OFF");
    m_limiter = std::make_unique<server::EnrollLimiter>(server::EnrollLimiter::Limits{});
    m_service = std::make_unique<server::SyncService>(*m_store, m_clock, *m_limiter);
    m_inputs = 0;
}

void FuzzServer::reset()
{
    open();
}

void FuzzServer::resetEvery(int every)
{
    if (m_inputs >= every)
        open(); // sets m_inputs to 0
    ++m_inputs;
}

const std::string &FuzzServer::token(Who who) const
{
    return m_tokens[int(who)];
}

} // namespace gw::fuzz
