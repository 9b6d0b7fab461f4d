#pragma once
// A private PostgreSQL 15 cluster for a test: Debian's postgresql-15 binaries, a temporary data
// folder, an unprivileged user (PostgreSQL refuses to run as root), no fsync (a test's data need
// not survive a power cut). It listens on no network address, only on a socket in its own
// folder (mode 0700): no other user of the machine reaches its trust login, and no port can
// clash. Stopped and removed with the object, and stopped with the test's process when it
// crashes.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gw::test {

class PgCluster
{
public:
    static constexpr const char *kBinDir = "/usr/lib/postgresql/15/bin";

    /// Starts the cluster; on failure error() says why (and what to install).
    PgCluster()
    {
        if (!QFile::exists(QString::fromLatin1(kBinDir) + QStringLiteral("/initdb"))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (./dev installs "
                                     "postgresql-15)");
            return;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        if (geteuid() == 0) {
            const passwd *nobody = getpwnam("nobody");
            if (!nobody || chown(m_dir.path().toLocal8Bit().constData(), nobody->pw_uid,
                                 nobody->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give the cluster's folder to nobody");
                return;
            }
            m_asNobody = true;
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("gangwerk"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
            return;
        // The server is a child of this process that dies with it (setpriv --pdeathsig; SIGQUIT
        // is PostgreSQL's immediate shutdown): a test that crashes leaves none running.
        QStringList command;
        if (m_asNobody)
            command << QStringLiteral("--reuid=nobody") << QStringLiteral("--regid=nogroup")
                    << QStringLiteral("--clear-groups");
        command << QStringLiteral("--pdeathsig=SIGQUIT") << QStringLiteral("--")
                << QString::fromLatin1(kBinDir) + QStringLiteral("/postgres")
                << QStringLiteral("-D") << data;
        for (const QString &o :
             {QStringLiteral("listen_addresses="),
              QStringLiteral("unix_socket_directories=") + m_dir.path(),
              QStringLiteral("fsync=off"), QStringLiteral("full_page_writes=off"),
              QStringLiteral("synchronous_commit=off")})
            command << QStringLiteral("-c") << o;
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("log")));
        m_server.start(QStringLiteral("setpriv"), command);
        if (!m_server.waitForStarted(30000)) {
            m_error = QStringLiteral("cannot start postgres (setpriv)");
            return;
        }
        // Ready when pg_isready says so (at most five minutes on a slow machine).
        for (int i = 0; i < 6000; ++i) {
            QProcess ready;
            ready.start(QString::fromLatin1(kBinDir) + QStringLiteral("/pg_isready"),
                        {QStringLiteral("-q"), QStringLiteral("-h"), m_dir.path()});
            if (ready.waitForFinished(60000) && ready.exitCode() == 0) {
                m_ok = true;
                return;
            }
            if (m_server.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        m_error = QStringLiteral("PostgreSQL did not start; see its log in ") + m_dir.path();
    }
    ~PgCluster()
    {
        if (m_server.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server.processId()), SIGQUIT);
            if (!m_server.waitForFinished(60000))
                m_server.kill();
            m_server.waitForFinished(10000);
        }
    }
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    /// The URL of database @p name (which createDatabase() makes).
    QString url(const QString &name = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://gangwerk@/%1?host=%2").arg(name, m_dir.path());
    }
    /// Makes an empty database; false (with error()) when it cannot.
    bool createDatabase(const QString &name)
    {
        return run(QStringLiteral("createdb"),
                   {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-U"),
                    QStringLiteral("gangwerk"), name});
    }

private:
    bool run(const QString &tool, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = QString::fromLatin1(kBinDir) + QLatin1Char('/') + tool;
        if (m_asNobody)
            p.start(QStringLiteral("setpriv"),
                    QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                        args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_error = tool + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    bool m_asNobody = false;
    bool m_ok = false;
    QString m_error;
};

} // namespace gw::test
