#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

/// A real gangwerk-server for client tests: a data folder in a temporary directory, the
/// command line for projects and invites, and a `serve` process on a loopback port that tests
/// can SIGKILL and restart on the same port.
class ServerFixture
{
public:
    explicit ServerFixture(const QString &dataDir = {})
        : m_data(dataDir.isEmpty() ? m_dir.filePath(QStringLiteral("data")) : dataDir)
    {
    }
    ~ServerFixture() { stop(); }

    static QString binary() { return QStringLiteral(GANGWERK_SERVER_BIN); }
    QString dataDir() const { return m_data; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QString lastLine() const
        {
            const auto lines = out.trimmed().split(QLatin1Char('\n'));
            return lines.isEmpty() ? QString() : lines.last().trimmed();
        }
    };

    Run run(const QStringList &args) const
    {
        QProcess p;
        p.start(binary(), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Creates the project; returns the beheerder's invite code.
    QString initProject(const QString &name, const QStringList &extra = {})
    {
        const Run r =
            run(QStringList{QStringLiteral("init-project"), QStringLiteral("--data"), m_data,
                            QStringLiteral("--name"), name, QStringLiteral("--timezone"),
                            QStringLiteral("Europe/Amsterdam"), QStringLiteral("--requirement"),
                            QStringLiteral("10h/month")} +
                extra);
        if (r.exitCode != 0)
            qWarning("init-project failed: %s", qPrintable(r.err + r.out));
        m_project = name;
        return r.exitCode == 0 ? r.lastLine() : QString();
    }

    QString invite(const QString &role, const QStringList &extra = {}) const
    {
        const Run r = run(QStringList{QStringLiteral("invite"), QStringLiteral("--data"), m_data,
                                      QStringLiteral("--project"), m_project,
                                      QStringLiteral("--role"), role} +
                          extra);
        if (r.exitCode != 0)
            qWarning("invite failed: %s", qPrintable(r.err + r.out));
        return r.exitCode == 0 ? r.lastLine() : QString();
    }

    /// Starts `serve` (on the previous port when there was one) and waits until it listens.
    bool start(const QStringList &extra = {})
    {
        stop();
        m_proc = new QProcess;
        // The server ends with the test or bench that started it, also when that one aborts
        // (qFatal, a crash, a timeout's SIGKILL): never an orphaned server holding a port.
        m_proc->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_proc->setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GANGWERK_TEST_FAULTS"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("gangwerk.*.info=false"));
        m_proc->setProcessEnvironment(env);
        m_proc->start(
            binary(),
            QStringList{QStringLiteral("serve"), QStringLiteral("--data"), m_data,
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)} +
                (m_tls.isEmpty() ? QStringList{QStringLiteral("--plaintext")} : m_tls) + extra);
        // The port may still be held for a moment after a SIGKILL: try a few times.
        static const QRegularExpression serving(
            QStringLiteral("serving on 127\\.0\\.0\\.1:(\\d+)"));
        QString seen;
        for (int i = 0; i < 200; ++i) {
            m_proc->waitForReadyRead(50);
            seen += QString::fromUtf8(m_proc->readAllStandardOutput());
            if (const auto m = serving.match(seen); m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return true;
            }
            if (m_proc->state() == QProcess::NotRunning) {
                const QString err = QString::fromUtf8(m_proc->readAllStandardError());
                if (i < 150 && m_port != 0 && err.contains(QLatin1String("cannot listen"))) {
                    QTest::qWait(100);
                    m_proc->start();
                    continue;
                }
                qWarning("serve failed: %s", qPrintable(err + seen));
                return false;
            }
        }
        return false;
    }

    /// The documented restore (sync/server/README.md): stop, put the backup @p backup in place
    /// of the store, give it a new epoch. Starting it again is the caller's.
    bool restore(const QString &backup)
    {
        stop();
        const QString db = m_data + QStringLiteral("/server.db");
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1String(suffix));
        if (!QFile::copy(backup, db))
            return false;
        const Run r = run({QStringLiteral("rotate-epoch"), QStringLiteral("--data"), m_data});
        if (r.exitCode != 0)
            qWarning("rotate-epoch failed: %s", qPrintable(r.err));
        return r.exitCode == 0;
    }

    /// SIGKILL: no shutdown, no flush; what was committed must be all there is.
    void kill()
    {
        if (m_proc) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
    }
    void stop()
    {
        if (!m_proc)
            return;
        if (m_proc->state() != QProcess::NotRunning) {
            m_proc->terminate();
            if (!m_proc->waitForFinished(8000)) {
                m_proc->kill();
                m_proc->waitForFinished();
            }
        }
        delete m_proc;
        m_proc = nullptr;
    }
    bool running() const { return m_proc && m_proc->state() == QProcess::Running; }
    int port() const { return m_port; }
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_tls.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
            .arg(m_port);
    }
    /// Serve TLS with this certificate chain and key (PEM) from the next start() on.
    void useTls(const QString &certPath, const QString &keyPath)
    {
        m_tls = {QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath};
    }

private:
    QStringList m_tls;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_project;
    QProcess *m_proc = nullptr;
    int m_port = 0;
};
