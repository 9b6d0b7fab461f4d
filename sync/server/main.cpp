#include "servercli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <pthread.h>

int main(int argc, char *argv[])
{
    // Before any thread starts: every thread inherits the mask, so SIGTERM and SIGINT reach only
    // the thread that waits for them (serve) and can stop the server gracefully.
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gangwerk-server"));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}WARN %{endif}%{if-critical}ERROR "
        "%{endif}%{category}: %{message}"));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("gangwerk.*.debug=false"));
    return gw::server::ServerCli().run(app.arguments().mid(1));
}
