#include "servercli.h"

#include "invitelink.h"
#include "invitesheet.h"

#include "activityrepository.h"
#include "clock.h"
#include "demodata.h"
#include "enrolllimiter.h"
#include "grpcsyncservice.h"
#include "hoursrules.h"
#include "names.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "secrets.h"
#include "serverrepository.h"
#include "serverstore.h"
#include "servicerepository.h"
#include "signalrepository.h"
#include "syncservice.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <pthread.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcServer, "gangwerk.server")

namespace gw::server {

namespace {

struct OptionSpec
{
    const char *name;
    bool takesValue;
    bool required;
    const char *help;
};

struct CommandSpec
{
    const char *name;
    const char *summary;
    std::vector<OptionSpec> options;
    int (ServerCli::*run)(const ServerCli::Args &);
};

/// Empty, or why the names given as @p options cannot be used (core's one rule for names).
QString namesProblem(std::initializer_list<std::pair<const char *, QString>> options)
{
    for (const auto &[option, value] : options) {
        switch (names::check(value)) {
        case names::Problem::TooLong:
            return QStringLiteral("--%1 is too long (at most %2 characters).")
                .arg(QLatin1String(option))
                .arg(names::kMaxChars);
        case names::Problem::LayoutCharacters:
            return QStringLiteral("--%1 holds a line break, tab or other control character; "
                                  "give it on one line.")
                .arg(QLatin1String(option));
        case names::Problem::None:
            break;
        }
    }
    return {};
}

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool testFaultsEnabled()
{
    return qgetenv("GANGWERK_TEST_FAULTS") == "1";
}

/// "Now", shifted by a number of days: lets tests see invites expire without waiting.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetMs) : m_offsetMs(offsetMs) {}
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }

private:
    qint64 m_offsetMs;
};

std::optional<int> parseInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

struct ListenAddress
{
    QString host; // without brackets
    int port = 0;
    QString grpcForm() const
    {
        return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                : host) +
               QLatin1Char(':') + QString::number(port);
    }
};

std::optional<ListenAddress> parseListen(const QString &text)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return std::nullopt; // IPv6 needs brackets: [::1]:8443
    const auto port = parseInt(text.mid(colon + 1), 0, 65535);
    if (host.isEmpty() || !port)
        return std::nullopt;
    return ListenAddress{host, *port};
}

// Why `serve` could not listen on @p a, in words that say what to do (grpc++ only says that it
// could not): the address tried once more with a plain socket. Empty when that socket binds,
// which leaves the TLS certificate and key.
QString whyCannotListen(const ListenAddress &a)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo *found = nullptr;
    const QByteArray host = a.host.toUtf8();
    const QByteArray port = QByteArray::number(a.port);
    if (getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        return QStringLiteral("the name %1 does not resolve to an address of this machine")
            .arg(a.host);
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> owned(found, freeaddrinfo);
    const int fd = socket(found->ai_family, found->ai_socktype, found->ai_protocol);
    if (fd < 0)
        return QStringLiteral("this process may not open network sockets (%1; a sandbox's "
                              "RestrictAddressFamilies or SystemCallFilter?)")
            .arg(QString::fromLocal8Bit(strerror(errno)));
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const int bound = bind(fd, found->ai_addr, found->ai_addrlen);
    const int error = errno;
    close(fd);
    if (bound == 0)
        return {};
    switch (error) {
    case EADDRINUSE:
        return QStringLiteral("port %1 is in use by another program (another gangwerk-server?): "
                              "stop it or choose another port")
            .arg(a.port);
    case EACCES:
        return QStringLiteral("a port below 1024 needs privileges this process does not have: "
                              "use a port from 1024 up, such as 8443");
    case EADDRNOTAVAIL:
        return QStringLiteral("%1 is not an address of this machine").arg(a.host);
    default:
        return QString::fromLocal8Bit(strerror(error));
    }
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QByteArray h = host.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, h.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, h.constData(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6);
    return false;
}

std::optional<QByteArray> readPem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray pem = f.readAll();
    if (!pem.contains("-----BEGIN "))
        return std::nullopt;
    return pem;
}

const OptionSpec kData{"data", true, true, "folder of the server store and its key file"};
const OptionSpec kStore{"store", true, false,
                        "keep the store in an empty PostgreSQL database (postgresql://USER@HOST/DB;"
                        " a password from ~/.pgpass, never here) instead of a file in --data; "
                        "the folder remembers it, so later commands need only --data"};

// The data folder holds a store already: its key file beside a PostgreSQL store, else the
// store's file.
bool storeExists(const QString &dir, const QString &storeUrl)
{
    const bool remote = !storeUrl.isEmpty() || !ServerStore::rememberedUrl(dir).isEmpty();
    return QFileInfo::exists(dir + QLatin1Char('/') +
                             (remote ? ServerStore::kKeyFileName : ServerStore::kStoreFileName));
}

const std::vector<CommandSpec> &commands()
{
    static const std::vector<CommandSpec> specs{
        {"init-project",
         "create a project (and the store, on first use); prints a one-time beheerder invite "
         "code as the last line",
         {kData,
          kStore,
          {"name", true, true, "the project's name, unique on this server"},
          {"timezone", true, false, "IANA time zone (default Europe/Amsterdam)"},
          {"requirement", true, false,
           "wederkerigheid asked, e.g. 10h/month or 4h/week "
           "(default 10h/month)"},
          {"backdating-days", true, false, "how far back members may log hours (default 60)"},
          {"beheerder-contact", true, false, "how members reach the beheerder"},
          {"emergency-number", true, false, "phone number for emergencies"},
          {"office-hours", true, false, "when the beheerder's office is open"},
          {"beheerder-name", true, false, "display name of the beheerder this code enrols"},
          {"expires-days", true, false, "days the beheerder code stays valid (default 14)"}},
         &ServerCli::initProject},
        {"invite",
         "make a single-use invite code; prints it as the last line",
         {kData,
          kStore,
          {"project", true, true, "project name (or id)"},
          {"role", true, false, "resident, gangmaker or beheerder (required unless --member)"},
          {"gang", true, false, "the member's gang (corridor)"},
          {"name", true, false, "display name of the new member (else the device asks)"},
          {"studio", true, false, "the new member's studio (door number, e.g. 2.14)"},
          {"member", true, false,
           "id of an existing member: the code enrols another device "
           "for them"},
          {"expires-days", true, false, "days the code stays valid, 1-365 (default 14)"},
          {"address", true, false,
           "the server address devices use (https://...): prints the invite link too"},
          {"qr", true, false,
           "write a printable invite (QR code of the link, address and code) to this SVG "
           "file; needs --address"}},
         &ServerCli::invite},
        {"add-place",
         "add a room where activities happen: a gang's common room (--gang) or a room for "
         "everyone, such as the central hall; prints its id as the last line",
         {kData,
          kStore,
          {"project", true, true, "project name (or id)"},
          {"name", true, true, "the room's name as members see it (\"Centrale hal\")"},
          {"gang", true, false, "the gang whose common room it is; leave out for everyone"}},
         &ServerCli::addPlace},
        {"service-settings",
         "set how buurtdiensten work in a project: the kinds of help members can ask and offer "
         "(category keys, in the order shown) and after how many days an open request or offer "
         "nobody took expires; prints the settings",
         {kData,
          kStore,
          {"project", true, true, "project name (or id)"},
          {"categories", true, false,
           "comma-separated keys, e.g. groceries,chat,ict,paperwork,small_job,language,other "
           "(these seven when never set)"},
          {"expiry-days", true, false, "days, 1-90 (default 7)"}},
         &ServerCli::serviceSettings},
        {"signal-settings",
         "set how signals to the beheerder work in a project: the office hours in which reaction "
         "times count, the reaction time per urgency, the 24/7 number, and after how many months "
         "closed signals and their reporter's identity are forgotten; prints the settings",
         {kData,
          kStore,
          {"project", true, true, "project name (or id)"},
          {"office-days", true, false, "ISO weekdays, e.g. 1-5 or 1,2,3,4 (default 1-5)"},
          {"office-hours", true, false, "HH:MM-HH:MM (default 09:00-17:00)"},
          {"today-hours", true, false,
           "office hours to react to an urgent signal, 1-40 (default 4)"},
          {"can-wait-hours", true, false,
           "office hours to react to a signal that can wait, 1-80 (default: one office day)"},
          {"retention-months", true, false, "months a closed signal is kept, 1-24 (default 12)"},
          {"identity-months", true, false,
           "months a closed signal keeps its reporter's identity, 1 up to the retention "
           "(default 3)"},
          {"emergency-number", true, false, "the project's 24/7 number shown with 112"}},
         &ServerCli::signalSettings},
        {"access-log",
         "print which device received or opened which signal, and when (a signal's lines are "
         "forgotten with it)",
         {kData,
          kStore,
          {"project", true, true, "project name (or id)"},
          {"signal", true, false, "only this signal (its id)"}},
         &ServerCli::accessLog},
        {"serve",
         "serve SyncService and grpc.health.v1.Health until SIGTERM or SIGINT",
         {kData,
          kStore,
          {"listen", true, true,
           "HOST:PORT to listen on ([::1]:PORT for IPv6; port 0 picks "
           "a free one)"},
          {"tls-cert", true, false, "PEM certificate chain"},
          {"tls-key", true, false, "PEM private key"},
          {"plaintext", false, false, "no TLS; only allowed on a loopback address"},
          {"max-invite-failures", true, false,
           "wrong invite codes one address may try per 15 "
           "minutes (default 10)"},
          {"workers", true, false,
           "threads that work on calls (default 4; the store serializes writes, so more "
           "seldom help)"},
          {"max-queued-calls", true, false,
           "calls that may wait for a worker (default 2000); more are answered "
           "RESOURCE_EXHAUSTED with a retry hint"},
          {"test-fault", true, false,
           "tests only (needs GANGWERK_TEST_FAULTS=1): "
           "drop-after-commit, drop-enrol-answer, newer-record-kind or busy:N (shed the first N "
           "calls)"},
          {"test-clock-offset-days", true, false,
           "tests only (needs GANGWERK_TEST_FAULTS=1): "
           "shift the server's clock"}},
         &ServerCli::serve},
        {"revoke-device",
         "stop a device from syncing (its token is refused from now on)",
         {kData, kStore, {"device", true, true, "the device id (see list-devices)"}},
         &ServerCli::revokeDevice},
        {"list-devices",
         "list enrolled devices",
         {kData, kStore, {"project", true, false, "only this project (name or id)"}},
         &ServerCli::listDevices},
        {"backup",
         "write a consistent copy of the store, also while serving (keep the key file too)",
         {kData, kStore, {"to", true, true, "new file for the copy"}},
         &ServerCli::backup},
        {"rotate-epoch",
         "give the store a new epoch after restoring a backup, so devices resync",
         {kData, kStore},
         &ServerCli::rotateEpoch},
        {"migrate-store",
         "move the store from its file into an empty PostgreSQL database, with every record, "
         "the same epoch and change numbers (devices notice nothing); stop the server first",
         {kData,
          {"to", true, true,
           "the empty database (postgresql://USER@HOST/DB; a password from ~/.pgpass)"},
          {"test-fault", true, false,
           "tests only (needs GANGWERK_TEST_FAULTS=1): fail-after:TABLE (fail once that table "
           "is copied)"}},
         &ServerCli::migrateStore},
        {"seed-demo",
         "create the demo project \"De Gang\" (10h/month) with members and months of hours, "
         "for trying Gangwerk out; prints a beheerder code and, as the last line, a resident "
         "code (Samira). Run again for new codes.",
         {kData, kStore},
         &ServerCli::seedDemo},
    };
    return specs;
}

QString commandHelp(const CommandSpec &c)
{
    QString text = QStringLiteral("Usage: gangwerk-server %1 [options]\n  %2\n\nOptions:\n")
                       .arg(QLatin1String(c.name), QLatin1String(c.summary));
    for (const auto &o : c.options)
        text +=
            QStringLiteral("  --%1%2\n      %3%4\n")
                .arg(QLatin1String(o.name), o.takesValue ? QStringLiteral(" VALUE") : QString(),
                     QLatin1String(o.help), o.required ? QStringLiteral(" (required)") : QString());
    return text;
}

QString generalHelp()
{
    QString text = QStringLiteral("gangwerk-server: the sync server for Gangwerk projects.\n\n"
                                  "Usage: gangwerk-server COMMAND [options]\n\nCommands:\n");
    for (const auto &c : commands())
        text +=
            QStringLiteral("  %1\n      %2\n").arg(QLatin1String(c.name), QLatin1String(c.summary));
    text += QStringLiteral("\nRun 'gangwerk-server COMMAND --help' for a command's options.\n");
    return text;
}

std::optional<Project> findProject(ServerRepository &repo, Store &store, const QString &nameOrId)
{
    if (auto p = repo.projectByName(nameOrId))
        return p;
    return ProjectRepository(store).project(nameOrId);
}

QString makeInvite(ServerRepository &repo, const Invite &base)
{
    Invite invite = base;
    const QString code = secrets::newInviteCode();
    invite.codeHash = secrets::hash(secrets::normalizeInviteCode(code));
    repo.addInvite(invite);
    return code;
}

} // namespace

int ServerCli::usage(const QString &problem)
{
    const QString cmd = m_command.isEmpty() ? QString() : m_command + QLatin1Char(' ');
    err(QStringLiteral("gangwerk-server %1: %2")
            .arg(m_command.isEmpty() ? QStringLiteral("error") : m_command, problem));
    err(QStringLiteral("Run 'gangwerk-server %1--help' for the options.").arg(cmd));
    return kUsage;
}

int ServerCli::failed(const QString &problem)
{
    err(QStringLiteral("gangwerk-server %1: %2").arg(m_command, problem));
    return kFailed;
}

int ServerCli::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage(QStringLiteral("no command given."));
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        out(generalHelp());
        return kOk;
    }
    const CommandSpec *spec = nullptr;
    for (const auto &c : commands())
        if (args.first() == QLatin1String(c.name))
            spec = &c;
    if (!spec) {
        QStringList names;
        for (const auto &c : commands())
            names << QLatin1String(c.name);
        return usage(QStringLiteral("unknown command '%1'. Commands: %2.")
                         .arg(args.first(), names.join(QStringLiteral(", "))));
    }
    m_command = QString::fromLatin1(spec->name);
    if (spec->run != &ServerCli::serve) {
        // Short commands stop at once on Ctrl-C; their transactions roll back.
        sigset_t stop;
        sigemptyset(&stop);
        sigaddset(&stop, SIGTERM);
        sigaddset(&stop, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &stop, nullptr);
    }

    Args parsed;
    for (int i = 1; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out(commandHelp(*spec));
            return kOk;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return usage(
                QStringLiteral("unexpected argument '%1' (options start with --).").arg(arg));
        QString name = arg.mid(2), value;
        bool inlineValue = false;
        if (const int eq = int(name.indexOf(QLatin1Char('='))); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        const OptionSpec *opt = nullptr;
        for (const auto &o : spec->options)
            if (name == QLatin1String(o.name))
                opt = &o;
        if (!opt)
            return usage(QStringLiteral("unknown option --%1.").arg(name));
        if (parsed.has(name))
            return usage(QStringLiteral("--%1 is given twice.").arg(name));
        if (!opt->takesValue) {
            if (inlineValue)
                return usage(QStringLiteral("--%1 takes no value.").arg(name));
            parsed.flags.insert(name);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
                return usage(QStringLiteral("--%1 needs a value.").arg(name));
            value = args.at(++i);
        }
        if (value.trimmed().isEmpty())
            return usage(QStringLiteral("--%1 needs a non-empty value.").arg(name));
        parsed.values.insert(name, value);
    }
    for (const auto &o : spec->options)
        if (o.required && !parsed.has(QLatin1String(o.name)))
            return usage(QStringLiteral("--%1 is required (%2).")
                             .arg(QLatin1String(o.name), QLatin1String(o.help)));
    try {
        return (this->*spec->run)(parsed);
    } catch (const StoreError &e) {
        return failed(
            QStringLiteral("the store reported an error: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        return failed(QString::fromUtf8(e.what()));
    }
}

int ServerCli::initProject(const Args &a)
{
    const QString name = a.value(QStringLiteral("name")).trimmed();
    if (const QString problem = namesProblem({{"name", name}}); !problem.isEmpty())
        return usage(problem);
    const QString tz = a.value(QStringLiteral("timezone"), QStringLiteral("Europe/Amsterdam"));
    if (!QTimeZone(tz.toUtf8()).isValid())
        return usage(QStringLiteral("--timezone '%1' is not a known IANA time zone; use a name "
                                    "like Europe/Amsterdam.")
                         .arg(tz));
    const QString reqText = a.value(QStringLiteral("requirement"), QStringLiteral("10h/month"));
    const auto requirement = hours::Requirement::parse(reqText);
    if (!requirement)
        return usage(QStringLiteral("--requirement '%1' is not understood; write it like "
                                    "10h/month, 4h/week or 1h30m/week.")
                         .arg(reqText));
    const auto backdating = parseInt(
        a.value(QStringLiteral("backdating-days"), QString::number(hours::kDefaultBackdatingDays)),
        0, 366);
    if (!backdating)
        return usage(QStringLiteral("--backdating-days must be a whole number from 0 to 366."));
    const auto expires =
        parseInt(a.value(QStringLiteral("expires-days"), QStringLiteral("14")), 1, 365);
    if (!expires)
        return usage(QStringLiteral("--expires-days must be a whole number from 1 to 365."));
    const QString beheerderName = a.value(QStringLiteral("beheerder-name")).trimmed();
    if (const QString problem = namesProblem({{"beheerder-name", beheerderName}});
        !problem.isEmpty())
        return usage(problem);

    const QString dir = a.value(QStringLiteral("data"));
    ServerStore store;
    const QString url = a.value(QStringLiteral("store"));
    if (storeExists(dir, url)) {
        if (const QString e = store.open(dir, url); !e.isEmpty())
            return failed(e);
        if (ServerRepository(store.store()).projectByName(name))
            return usage(QStringLiteral("a project named '%1' exists already on this server; "
                                        "choose another --name.")
                             .arg(name));
    } else if (!QFileInfo::exists(dir + QLatin1Char('/') + ServerStore::kKeyFileName) &&
               QFileInfo(dir).exists() && !QFileInfo(dir).isDir()) {
        return usage(QStringLiteral("--data %1 is a file, not a folder.").arg(dir));
    } else if (const QString e = store.create(dir, url); !e.isEmpty()) {
        return failed(e);
    }

    Project p;
    p.id = newId();
    p.name = name;
    p.timeZone = tz;
    p.requirement = *requirement;
    p.backdatingDays = *backdating;
    p.beheerderContact = a.value(QStringLiteral("beheerder-contact"));
    p.emergencyNumber = a.value(QStringLiteral("emergency-number"));
    p.officeHours = a.value(QStringLiteral("office-hours"));

    ServerRepository repo(store.store());
    Transaction tx(store.store());
    repo.saveProject(p);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Invite invite;
    invite.projectId = p.id;
    invite.role = Role::Beheerder;
    invite.displayName = beheerderName;
    invite.createdAtMs = now;
    invite.expiresAtMs = now + qint64(*expires) * 24 * 3600 * 1000;
    const QString code = makeInvite(repo, invite);
    tx.commit();

    out(QStringLiteral("Created project %1 (id %2) in %3.")
            .arg(name, p.id, QDir(dir).absolutePath()));
    out(QStringLiteral("Keep %1/%2 safe and back it up apart from the store: without it the "
                       "store cannot be read.")
            .arg(dir, QLatin1String(ServerStore::kKeyFileName)));
    out(QStringLiteral("One-time beheerder invite code (valid %1 days):").arg(*expires));
    out(code);
    return kOk;
}

int ServerCli::invite(const Args &a)
{
    std::optional<Role> role;
    if (a.has(QStringLiteral("role"))) {
        const QString r = a.value(QStringLiteral("role"));
        role = roleFromName(r);
        if (!role)
            return usage(QStringLiteral("--role '%1' is not a role; use resident, gangmaker or "
                                        "beheerder.")
                             .arg(r));
    }
    const QString memberId = a.value(QStringLiteral("member"));
    if (!role && memberId.isEmpty())
        return usage(QStringLiteral("--role is required (resident, gangmaker or beheerder), "
                                    "unless --member names an existing member."));
    if (role && !memberId.isEmpty())
        return usage(QStringLiteral("--member enrols another device for an existing member, "
                                    "who keeps their role: leave out --role."));
    const auto expires =
        parseInt(a.value(QStringLiteral("expires-days"), QStringLiteral("14")), 1, 365);
    if (!expires)
        return usage(QStringLiteral("--expires-days must be a whole number from 1 to 365."));
    const QString displayName = a.value(QStringLiteral("name")).trimmed();
    const QString gang = a.value(QStringLiteral("gang")).trimmed();
    const QString studio = a.value(QStringLiteral("studio")).trimmed();
    if (const QString problem =
            namesProblem({{"name", displayName}, {"gang", gang}, {"studio", studio}});
        !problem.isEmpty())
        return usage(problem);
    const QString address = a.value(QStringLiteral("address")).trimmed();
    const QString qrPath = a.value(QStringLiteral("qr")).trimmed();
    if (a.has(QStringLiteral("qr")) && qrPath.isEmpty())
        return usage(QStringLiteral("--qr needs a file name, for example --qr invite.svg."));
    if (!qrPath.isEmpty() && address.isEmpty())
        return usage(
            QStringLiteral("--qr needs --address: the address devices use to reach "
                           "this server, for example --address https://gangwerk.example.nl."));
    if (a.has(QStringLiteral("address"))) {
        // The link must be one the app accepts: check it with the app's own reader.
        const InviteLink probe =
            parseInviteLink(makeInviteLink(address, QStringLiteral("ABCD-EFGH-JKMN-PQRS")));
        if (!probe.ok())
            return usage(QStringLiteral("--address '%1' is not a server address; write it like "
                                        "https://gangwerk.example.nl or http://127.0.0.1:50443.")
                             .arg(address));
    }

    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    ServerRepository repo(store.store());
    const QString projectName = a.value(QStringLiteral("project"));
    const auto project = findProject(repo, store.store(), projectName);
    if (!project)
        return usage(QStringLiteral("there is no project '%1' on this server. Check the name, "
                                    "or create it with init-project.")
                         .arg(projectName));
    Invite invite;
    invite.projectId = project->id;
    if (!memberId.isEmpty()) {
        const auto member = repo.member(memberId);
        if (!member || member->projectId != project->id)
            return usage(QStringLiteral("project '%1' has no member with id %2.")
                             .arg(projectName, memberId));
        invite.memberId = member->id;
        invite.role = member->role;
    } else {
        invite.role = *role;
        invite.gang = gang;
        invite.displayName = displayName;
        invite.studio = studio;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    invite.createdAtMs = now;
    invite.expiresAtMs = now + qint64(*expires) * 24 * 3600 * 1000;
    Transaction tx(store.store());
    const QString code = makeInvite(repo, invite);
    // The sheet first: when it cannot be written, no code is stored that nobody has.
    if (!qrPath.isEmpty()) {
        const QString svg = inviteSheetSvg({project->name, address, code, *expires});
        const QString problem = svg.isEmpty()
                                    ? QStringLiteral("the invite link is too long for a QR code.")
                                    : writeInviteSheet(qrPath, svg);
        if (!problem.isEmpty())
            return failed(problem + QStringLiteral(" No invite was made; try another file."));
    }
    tx.commit();
    if (!qrPath.isEmpty())
        out(QStringLiteral("Printable invite written to %1").arg(qrPath));
    if (!address.isEmpty())
        out(QStringLiteral("Invite link: %1").arg(makeInviteLink(address, code)));
    out(QStringLiteral("Single-use %1 invite for project %2 (valid %3 days):")
            .arg(roleName(invite.role).toLower(), project->name)
            .arg(*expires));
    out(code);
    return kOk;
}

int ServerCli::addPlace(const Args &a)
{
    const QString name = a.value(QStringLiteral("name")).trimmed();
    const QString gang = a.value(QStringLiteral("gang")).trimmed();
    if (name.isEmpty())
        return usage(QStringLiteral("--name is empty: give the room a name, for example "
                                    "--name \"Centrale hal\"."));
    if (const QString problem = namesProblem({{"name", name}, {"gang", gang}}); !problem.isEmpty())
        return usage(problem);
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    ServerRepository repo(store.store());
    const QString projectName = a.value(QStringLiteral("project"));
    Transaction tx(store.store());
    auto project = findProject(repo, store.store(), projectName);
    if (!project)
        return usage(QStringLiteral("there is no project '%1' on this server. Check the name, "
                                    "or create it with init-project.")
                         .arg(projectName));
    for (const activities::Place &p : project->places)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return usage(QStringLiteral("project '%1' has a room called '%2' already (id %3).")
                             .arg(project->name, p.name, p.id));
    const activities::Place place{newId(), name, gang};
    project->places.append(place);
    repo.saveProject(*project); // logged: every device learns the room
    tx.commit();
    out(gang.isEmpty() ? QStringLiteral("Added '%1' to project '%2', for everyone. Its id:")
                             .arg(name, project->name)
                       : QStringLiteral("Added '%1' to project '%2', the common room of gang "
                                        "'%3'. Its id:")
                             .arg(name, project->name, gang));
    out(place.id);
    return kOk;
}

int ServerCli::serviceSettings(const Args &a)
{
    const bool hasCategories = a.has(QStringLiteral("categories"));
    const bool hasExpiry = a.has(QStringLiteral("expiry-days"));
    if (!hasCategories && !hasExpiry)
        return usage(QStringLiteral("give --categories, --expiry-days or both."));
    QStringList categories;
    if (hasCategories) {
        static const QRegularExpression kKey(QStringLiteral("^[a-z0-9_]{1,40}$"));
        for (const QString &part : a.value(QStringLiteral("categories")).split(QLatin1Char(','))) {
            const QString key = part.trimmed();
            if (key.isEmpty())
                continue;
            if (!kKey.match(key).hasMatch())
                return usage(QStringLiteral("'%1' is not a category key: use at most 40 lower-case "
                                            "letters, digits and _ (for example small_job).")
                                 .arg(key));
            if (services::heavyTopics().contains(key))
                return usage(QStringLiteral("'%1' is not light help between neighbours: the app "
                                            "sends such questions to the beheerder.")
                                 .arg(key));
            if (!categories.contains(key))
                categories.append(key);
        }
        if (categories.isEmpty() || categories.size() > 20)
            return usage(QStringLiteral("--categories needs 1 to 20 keys, separated by commas."));
    }
    std::optional<int> expiry;
    if (hasExpiry) {
        expiry = parseInt(a.value(QStringLiteral("expiry-days")), 1, 90);
        if (!expiry)
            return usage(QStringLiteral("--expiry-days must be a whole number from 1 to 90."));
    }
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    ServerRepository repo(store.store());
    const QString projectName = a.value(QStringLiteral("project"));
    Transaction tx(store.store());
    auto project = findProject(repo, store.store(), projectName);
    if (!project)
        return usage(QStringLiteral("there is no project '%1' on this server. Check the name, "
                                    "or create it with init-project.")
                         .arg(projectName));
    if (hasCategories)
        project->serviceCategories = categories;
    if (expiry)
        project->serviceExpiryDays = *expiry;
    repo.saveProject(*project); // logged: every device learns the settings
    tx.commit();
    out(QStringLiteral("Project '%1': categories %2; open posts expire after %3 days.")
            .arg(project->name, project->serviceCategoryKeys().join(QStringLiteral(", ")))
            .arg(project->serviceExpiryDays));
    return kOk;
}

namespace {

std::optional<int> parseClock(const QString &text)
{
    static const QRegularExpression kClock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = kClock.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt(), min = m.captured(2).toInt();
    if (h > 24 || min > 59 || (h == 24 && min > 0))
        return std::nullopt;
    return h * 60 + min;
}

std::optional<QList<int>> parseDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(QLatin1Char('-'));
        if (range.size() > 2)
            return std::nullopt;
        const auto from = parseInt(range.first(), 1, 7);
        const auto to = parseInt(range.last(), 1, 7);
        if (!from || !to || *to < *from)
            return std::nullopt;
        for (int d = *from; d <= *to; ++d)
            if (!days.contains(d))
                days.append(d);
    }
    if (days.isEmpty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    return days;
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int ServerCli::signalSettings(const Args &a)
{
    static const char *const kKeys[] = {"office-days",     "office-hours",     "today-hours",
                                        "can-wait-hours",  "retention-months", "identity-months",
                                        "emergency-number"};
    if (std::none_of(std::begin(kKeys), std::end(kKeys),
                     [&](const char *k) { return a.has(QLatin1String(k)); }))
        return usage(QStringLiteral("give at least one setting, for example --office-hours "
                                    "09:00-17:00 or --retention-months 12."));
    signalrules::Settings wanted;
    std::optional<QList<int>> days;
    if (a.has(QStringLiteral("office-days"))) {
        days = parseDays(a.value(QStringLiteral("office-days")));
        if (!days)
            return usage(QStringLiteral("--office-days takes weekdays 1 (Monday) to 7 (Sunday), "
                                        "as a range or a list: 1-5 or 1,2,4."));
    }
    std::optional<std::pair<int, int>> hoursOpen;
    if (a.has(QStringLiteral("office-hours"))) {
        const QStringList parts = a.value(QStringLiteral("office-hours")).split(QLatin1Char('-'));
        const auto opens = parts.size() == 2 ? parseClock(parts.at(0)) : std::nullopt;
        const auto closes = parts.size() == 2 ? parseClock(parts.at(1)) : std::nullopt;
        if (!opens || !closes || *closes <= *opens)
            return usage(QStringLiteral("--office-hours takes opening and closing time as "
                                        "HH:MM-HH:MM, closing after opening: 09:00-17:00."));
        hoursOpen = std::pair{*opens, *closes};
    }
    const auto number = [&](const char *key, int min, int max) -> std::optional<int> {
        return a.has(QLatin1String(key)) ? parseInt(a.value(QLatin1String(key)), min, max)
                                         : std::optional<int>(0);
    };
    const auto today = number("today-hours", 1, 40);
    const auto canWait = number("can-wait-hours", 1, 80);
    const auto retention = number("retention-months", 1, 24);
    const auto identity = number("identity-months", 1, 24);
    if (!today || !canWait)
        return usage(QStringLiteral("--today-hours must be 1 to 40 and --can-wait-hours 1 to 80 "
                                    "(whole office hours)."));
    if (!retention || !identity)
        return usage(QStringLiteral("--retention-months and --identity-months must be whole "
                                    "numbers from 1 to 24."));
    const QString emergency = a.value(QStringLiteral("emergency-number")).trimmed();
    if (a.has(QStringLiteral("emergency-number")) && (emergency.isEmpty() || emergency.size() > 40))
        return usage(QStringLiteral("--emergency-number needs a phone number (at most 40 "
                                    "characters)."));
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    ServerRepository repo(store.store());
    const QString projectName = a.value(QStringLiteral("project"));
    Transaction tx(store.store());
    auto project = findProject(repo, store.store(), projectName);
    if (!project)
        return usage(QStringLiteral("there is no project '%1' on this server. Check the name, "
                                    "or create it with init-project.")
                         .arg(projectName));
    signalrules::Settings &st = project->signalSettings;
    if (days)
        st.officeDays = *days;
    if (hoursOpen) {
        st.opensMinute = hoursOpen->first;
        st.closesMinute = hoursOpen->second;
    }
    if (*today)
        st.todayMinutes = *today * 60;
    if (*canWait)
        st.canWaitMinutes = *canWait * 60;
    if (*retention)
        st.retentionMonths = *retention;
    if (*identity)
        st.identityMonths = *identity;
    if (st.identityMonths > st.retention())
        return usage(QStringLiteral("the reporter's identity cannot be kept longer than the "
                                    "signal itself (%1 months). Nothing was changed.")
                         .arg(st.retention()));
    if (!emergency.isEmpty())
        project->emergencyNumber = emergency;
    repo.saveProject(*project); // logged: every device learns the settings
    tx.commit();
    QStringList dayNames;
    for (int d : st.days())
        dayNames.append(QString::number(d));
    out(QStringLiteral("Project '%1': office days %2, %3-%4; react within %5 office minutes "
                       "(today) or %6 (can wait); closed signals forgotten after %7 months, "
                       "their reporter after %8; 24/7 number %9.")
            .arg(project->name, dayNames.join(QLatin1Char(',')), clockText(st.opens()),
                 clockText(st.closes()))
            .arg(st.reactionMinutes(signalrules::Urgency::Today))
            .arg(st.reactionMinutes(signalrules::Urgency::CanWait))
            .arg(st.retention())
            .arg(st.identity())
            .arg(project->emergencyNumber.isEmpty() ? QStringLiteral("(none)")
                                                    : project->emergencyNumber));
    return kOk;
}

int ServerCli::accessLog(const Args &a)
{
    const QString signalId = a.value(QStringLiteral("signal")).trimmed();
    if (a.has(QStringLiteral("signal")) && !wire::isCanonicalId(signalId.toStdString()))
        return usage(QStringLiteral("--signal takes a signal's id (a UUID such as "
                                    "0b6c…-…), as the beheerder's app shows it."));
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    ServerRepository repo(store.store());
    const QString projectName = a.value(QStringLiteral("project"));
    const auto project = findProject(repo, store.store(), projectName);
    if (!project)
        return usage(QStringLiteral("there is no project '%1' on this server.").arg(projectName));
    const auto lines = repo.accessLog(project->id, signalId);
    QHash<QString, QString> deviceNames, memberNames;
    for (const Device &d : repo.devices())
        deviceNames.insert(d.id, d.name);
    for (const Member &m : ProjectRepository(store.store()).members(project->id))
        memberNames.insert(m.id, m.displayName);
    out(QStringLiteral("Access log of project '%1'%2: %3 lines (time in %4).")
            .arg(project->name,
                 signalId.isEmpty() ? QString() : QStringLiteral(", signal ") + signalId)
            .arg(lines.size())
            .arg(project->timeZone));
    for (const ServerRepository::Access &l : lines)
        out(QStringLiteral("%1  %2  signal %3  device %4 (%5)  member %6")
                .arg(QDateTime::fromMSecsSinceEpoch(l.atMs, project->zone())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     l.what.leftJustified(8), l.recordId,
                     deviceNames.value(l.deviceId, QStringLiteral("?")), l.deviceId,
                     memberNames.value(l.memberId, l.memberId)));
    return kOk;
}

int ServerCli::revokeDevice(const Args &a)
{
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    ServerRepository repo(store.store());
    const QString id = a.value(QStringLiteral("device"));
    Transaction tx(store.store());
    if (!repo.revokeDevice(id, QDateTime::currentMSecsSinceEpoch()))
        return usage(QStringLiteral("there is no device with id %1. See 'gangwerk-server "
                                    "list-devices --data DIR'.")
                         .arg(id));
    tx.commit();
    out(QStringLiteral("Revoked device %1: its token is refused from now on.").arg(id));
    return kOk;
}

int ServerCli::listDevices(const Args &a)
{
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    ServerRepository repo(store.store());
    QString projectId;
    if (a.has(QStringLiteral("project"))) {
        const auto p = findProject(repo, store.store(), a.value(QStringLiteral("project")));
        if (!p)
            return usage(QStringLiteral("there is no project '%1' on this server.")
                             .arg(a.value(QStringLiteral("project"))));
        projectId = p->id;
    }
    out(QStringLiteral("DEVICE\tPROJECT\tMEMBER\tROLE\tSTATUS\tLAST_SEQ\tLAST_SYNC\tNAME"));
    for (const Device &d : repo.devices()) {
        if (!projectId.isEmpty() && d.projectId != projectId)
            continue;
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                .arg(d.id, d.projectId, d.memberId, roleName(d.role).toLower(),
                     d.revokedAtMs ? QStringLiteral("revoked") : QStringLiteral("active"))
                .arg(d.lastSeq)
                .arg(d.lastSyncDay.isValid() ? d.lastSyncDay.toString(Qt::ISODate)
                                             : QStringLiteral("never"),
                     // One name, one cell: a name stored before the rule cannot forge rows.
                     names::escaped(d.name)));
    }
    return kOk;
}

int ServerCli::backup(const Args &a)
{
    const QString to = a.value(QStringLiteral("to"));
    if (QFileInfo::exists(to))
        return usage(QStringLiteral("--to %1 exists already; choose a new file name.").arg(to));
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    if (const QString e = store.backupTo(to); !e.isEmpty())
        return failed(e);
    out(QStringLiteral("Wrote %1. It is encrypted with %2/%3: back up that key file too, "
                       "stored apart.")
            .arg(to, a.value(QStringLiteral("data")), QLatin1String(ServerStore::kKeyFileName)));
    return kOk;
}

int ServerCli::rotateEpoch(const Args &a)
{
    ServerStore store;
    if (const QString e =
            store.open(a.value(QStringLiteral("data")), a.value(QStringLiteral("store")));
        !e.isEmpty())
        return failed(e);
    store.rotateEpoch(true);
    out(QStringLiteral("New epoch set: devices will resync from scratch and resend what the "
                       "server has not acknowledged."));
    return kOk;
}

int ServerCli::migrateStore(const Args &a)
{
    const QString dir = a.value(QStringLiteral("data"));
    if (const QString url = ServerStore::rememberedUrl(dir); !url.isEmpty())
        return usage(QStringLiteral("the store of %1 is in a PostgreSQL database already (%2).")
                         .arg(dir, url));
    ServerStore store;
    if (const QString e = store.open(dir); !e.isEmpty())
        return failed(e);
    // Not while a server writes to the file: what it wrote after the move would be lost.
    const int lockFd = ::open(QFile::encodeName(dir + QStringLiteral("/serve.lock")).constData(),
                              O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd < 0 || ::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
        return failed(QStringLiteral("a gangwerk-server is serving %1: stop it first (nothing was "
                                     "moved).")
                          .arg(dir));
    qint64 rows = 0;
    QString failAfter;
    if (a.has(QStringLiteral("test-fault"))) {
        const QString f = a.value(QStringLiteral("test-fault"));
        if (!testFaultsEnabled() || !f.startsWith(QLatin1String("fail-after:")))
            return usage(QStringLiteral("--test-fault is for tests (GANGWERK_TEST_FAULTS=1) and "
                                        "takes fail-after:TABLE."));
        failAfter = f.mid(int(qstrlen("fail-after:")));
        if (!ServerStore::movesTable(failAfter))
            return usage(QStringLiteral("--test-fault fail-after: names no table the move "
                                        "copies."));
    }
    if (const QString e = store.migrateTo(a.value(QStringLiteral("to")), &rows, failAfter);
        !e.isEmpty())
        return failed(e);
    out(QStringLiteral("Moved %1 rows into %2. %3 now uses that database; %4 stays as it was: "
                       "keep it until you have checked, then remove it. Keep the key file: it "
                       "opens the sealed fields.")
            .arg(rows)
            .arg(a.value(QStringLiteral("to")), dir, store.storePath()));
    return kOk;
}

int ServerCli::serve(const Args &a)
{
    const auto listen = parseListen(a.value(QStringLiteral("listen")));
    if (!listen)
        return usage(QStringLiteral("--listen '%1' is not HOST:PORT (e.g. 0.0.0.0:8443, "
                                    "127.0.0.1:8080 or [::1]:8080).")
                         .arg(a.value(QStringLiteral("listen"))));
    const bool plaintext = a.has(QStringLiteral("plaintext"));
    const bool tls = a.has(QStringLiteral("tls-cert")) || a.has(QStringLiteral("tls-key"));
    if (plaintext && tls)
        return usage(QStringLiteral("choose either --plaintext or --tls-cert/--tls-key."));
    if (!plaintext && !(a.has(QStringLiteral("tls-cert")) && a.has(QStringLiteral("tls-key"))))
        return usage(QStringLiteral("give --tls-cert and --tls-key (PEM files), or --plaintext "
                                    "on a loopback address for local testing."));
    if (plaintext && !isLoopback(listen->host))
        return usage(QStringLiteral("--plaintext is only allowed on a loopback address "
                                    "(127.0.0.1, ::1, localhost), not on %1: devices would send "
                                    "their tokens unencrypted. Use --tls-cert and --tls-key.")
                         .arg(listen->host));
    std::shared_ptr<grpc::ServerCredentials> credentials;
    if (tls) {
        const auto cert = readPem(a.value(QStringLiteral("tls-cert")));
        const auto key = readPem(a.value(QStringLiteral("tls-key")));
        if (!cert)
            return usage(QStringLiteral("--tls-cert %1 is not a readable PEM file.")
                             .arg(a.value(QStringLiteral("tls-cert"))));
        if (!key)
            return usage(QStringLiteral("--tls-key %1 is not a readable PEM file.")
                             .arg(a.value(QStringLiteral("tls-key"))));
        grpc::SslServerCredentialsOptions options;
        options.pem_key_cert_pairs.push_back({key->toStdString(), cert->toStdString()});
        credentials = grpc::SslServerCredentials(options);
    } else {
        credentials = grpc::InsecureServerCredentials();
    }
    const auto maxFailures =
        parseInt(a.value(QStringLiteral("max-invite-failures"), QStringLiteral("10")), 1, 100000);
    if (!maxFailures)
        return usage(
            QStringLiteral("--max-invite-failures must be a whole number from 1 to 100000."));

    GrpcSyncService::Options serviceOptions;
    const auto workers = parseInt(a.value(QStringLiteral("workers"), QStringLiteral("4")), 1, 64);
    if (!workers)
        return usage(QStringLiteral("--workers must be a whole number from 1 to 64."));
    serviceOptions.workers = *workers;
    const auto maxQueued =
        parseInt(a.value(QStringLiteral("max-queued-calls"), QStringLiteral("2000")), 1, 1000000);
    if (!maxQueued)
        return usage(
            QStringLiteral("--max-queued-calls must be a whole number from 1 to 1000000."));
    serviceOptions.maxQueued = *maxQueued;
    GrpcSyncService::Fault &fault = serviceOptions.fault;
    qint64 clockOffsetMs = 0;
    if (a.has(QStringLiteral("test-fault")) || a.has(QStringLiteral("test-clock-offset-days"))) {
        if (!testFaultsEnabled())
            return usage(QStringLiteral("--test-fault and --test-clock-offset-days are for tests "
                                        "and need GANGWERK_TEST_FAULTS=1 in the environment."));
        if (a.has(QStringLiteral("test-fault"))) {
            const QString f = a.value(QStringLiteral("test-fault"));
            if (f == QLatin1String("drop-after-commit"))
                fault = GrpcSyncService::Fault::DropAfterCommit;
            else if (f == QLatin1String("drop-enrol-answer"))
                fault = GrpcSyncService::Fault::DropEnrolAnswer;
            else if (f == QLatin1String("newer-record-kind"))
                fault = GrpcSyncService::Fault::NewerRecordKind;
            else if (f == QLatin1String("overtake"))
                fault = GrpcSyncService::Fault::Overtake;
            else if (const auto n = f.startsWith(QLatin1String("busy:"))
                                        ? parseInt(f.mid(5), 1, 1000000)
                                        : std::nullopt) {
                fault = GrpcSyncService::Fault::Busy;
                serviceOptions.busyCalls = *n;
            } else
                return usage(QStringLiteral("--test-fault knows only drop-after-commit, "
                                            "drop-enrol-answer, newer-record-kind, overtake and "
                                            "busy:N."));
        }
        if (a.has(QStringLiteral("test-clock-offset-days"))) {
            const auto days =
                parseInt(a.value(QStringLiteral("test-clock-offset-days")), -3650, 3650);
            if (!days)
                return usage(QStringLiteral("--test-clock-offset-days must be a whole number."));
            clockOffsetMs = qint64(*days) * 24 * 3600 * 1000;
        }
    }

    const QString dir = a.value(QStringLiteral("data"));
    ServerStore store;
    if (const QString e = store.open(dir, a.value(QStringLiteral("store"))); !e.isEmpty())
        return failed(e);
    // One server per store: two would each think they serialize the writes.
    const int lockFd = ::open(QFile::encodeName(dir + QStringLiteral("/serve.lock")).constData(),
                              O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd < 0 || ::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
        return failed(QStringLiteral("another gangwerk-server is already serving %1.").arg(dir));

    // main() blocked these in every thread; one thread waits for them below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);

    if (const QString e = store.startCheckpointer(); !e.isEmpty())
        return failed(e);
    // One reading connection per worker: pulls read while a push group commits.
    if (const QString e = store.openReaders(serviceOptions.workers); !e.isEmpty())
        return failed(e);

    OffsetClock clock(clockOffsetMs);
    EnrollLimiter::Limits limits;
    limits.perPeer = *maxFailures;
    limits.global = std::max(60, *maxFailures * 6);
    EnrollLimiter limiter(limits);
    SyncService sync(store, clock, limiter);
    GrpcSyncService service(sync, serviceOptions);

    grpc::EnableDefaultHealthCheckService(true);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort(listen->grpcForm().toStdString(), credentials, &port);
    builder.RegisterService(&service);
    // grpc++'s default, set explicitly because the contract promises it: a bigger message is
    // refused with RESOURCE_EXHAUSTED before it reaches a handler.
    builder.SetMaxReceiveMessageSize(4 * 1024 * 1024);
    grpc::ResourceQuota quota("gangwerk-server");
    quota.SetMaxThreads(32);
    builder.SetResourceQuota(quota);
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || port == 0) {
        const QString why = whyCannotListen(*listen);
        return failed(QStringLiteral("cannot listen on %1: %2.")
                          .arg(listen->grpcForm(),
                               !why.isEmpty() ? why
                               : tls ? QStringLiteral("the TLS certificate and key do not match "
                                                      "(or grpc could not use them)")
                                     : QStringLiteral("grpc could not start")));
    }
    auto *health = server->GetHealthCheckService();
    health->SetServingStatus(GrpcSyncService::serviceName(), true);

    ListenAddress bound = *listen;
    bound.port = port;
    out(QStringLiteral("gangwerk-server: serving on %1 (%2)")
            .arg(bound.grpcForm(),
                 plaintext ? QStringLiteral("plaintext") : QStringLiteral("TLS")));
    qCInfo(lcServer).noquote() << "serving" << bound.grpcForm() << "protocol"
                               << SyncService::kMinProtocolVersion << "-"
                               << SyncService::kMaxProtocolVersion;

    std::thread waiter([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        qCInfo(lcServer) << "signal" << sig << "- shutting down";
        health->SetServingStatus(false);
        // Calls in flight get 5 s to finish and answer; a push commits or rolls back whole.
        if (!service.drain(5000))
            qCWarning(lcServer) << "calls still running after 5 s: cancelling them";
        server->Shutdown(std::chrono::system_clock::now());
    });
    server->Wait();
    waiter.join();
    ::close(lockFd);
    qCInfo(lcServer) << "stopped";
    return kOk;
}

void writeDemoRecords(Store &store, const DemoRecords &demo)
{
    ServerRepository repo(store);
    repo.saveProject(demo.project);
    for (const Member &m : demo.members)
        repo.saveMember(m);
    for (const HourEntry &e : demo.entries)
        repo.appendHourEntry(e, demo.project.id);
    for (const DeviceRecord &r : demo.devices) {
        Device d;
        d.id = r.id;
        d.projectId = demo.project.id;
        d.memberId = r.memberId;
        d.name = r.name;
        d.createdAtMs = r.enrolledAt.toMSecsSinceEpoch();
        d.lastSyncDay = r.lastSyncDay;
        repo.addDevice(d, secrets::hash(secrets::newDeviceToken())); // a token nobody holds
        if (!r.isConnected())
            repo.revokeDevice(r.id, r.revokedAt.toMSecsSinceEpoch());
    }
    for (const Activity &act : demo.activities) {
        ActivityRepository(store).save(act);
        pb::Change c;
        *c.mutable_activity() = wire::toWire(act);
        repo.changed(demo.project.id, c);
    }
    for (const ServicePost &post : demo.posts) {
        ServiceRepository(store).save(post);
        pb::Change c;
        *c.mutable_service_post() = wire::toWire(post);
        repo.changed(demo.project.id, c);
    }
    for (const Signal &sig : demo.signalList) {
        SignalRepository(store).save(sig);
        pb::Change c;
        *c.mutable_signal() = wire::toWire(sig);
        repo.changed(demo.project.id, c);
    }
    for (const KnockTask &task : demo.knockTasks) {
        SignalRepository(store).save(task);
        pb::Change c;
        *c.mutable_knock_task() = wire::toWire(task);
        repo.changed(demo.project.id, c);
    }
}

int ServerCli::seedDemo(const Args &a)
{
    const QString dir = a.value(QStringLiteral("data"));
    ServerStore store;
    const QString url = a.value(QStringLiteral("store"));
    if (storeExists(dir, url)) {
        if (const QString e = store.open(dir, url); !e.isEmpty())
            return failed(e);
    } else if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir()) {
        return usage(QStringLiteral("--data %1 is a file, not a folder.").arg(dir));
    } else if (const QString e = store.create(dir, url); !e.isEmpty()) {
        return failed(e);
    }

    // The same demo the app shows offline (core/demodata.cpp), dated from today in Amsterdam.
    const DemoRecords demo = demoRecords(
        hours::localDate(QDateTime::currentDateTimeUtc(), QTimeZone("Europe/Amsterdam")));
    ServerRepository repo(store.store());
    Transaction tx(store.store());
    const bool fresh = !ProjectRepository(store.store()).project(demo.project.id).has_value();
    if (fresh)
        writeDemoRecords(store.store(), demo);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto inviteFor = [&](const QString &memberId) {
        Invite invite;
        invite.projectId = demo.project.id;
        invite.memberId = memberId;
        invite.role = repo.member(memberId)->role;
        invite.createdAtMs = now;
        invite.expiresAtMs = now + qint64(14) * 24 * 3600 * 1000;
        return makeInvite(repo, invite);
    };
    const QString beheerderCode = inviteFor(demo.beheerderId);
    const QString residentCode = inviteFor(demo.residentId);
    tx.commit();

    out(fresh ? QStringLiteral("Created the demo project \"%1\" in %2.")
                    .arg(demo.project.name, QDir(dir).absolutePath())
              : QStringLiteral("The demo project \"%1\" exists already in %2; new codes:")
                    .arg(demo.project.name, QDir(dir).absolutePath()));
    out(QStringLiteral("Beheerder invite (Inge de Vries): %1").arg(beheerderCode));
    out(QStringLiteral("Resident invite (Samira), on the next line:"));
    out(residentCode);
    return kOk;
}

} // namespace gw::server
