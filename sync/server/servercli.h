#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gw {
class Store;
struct DemoRecords;
} // namespace gw

namespace gw::server {

/// Writes the demo project's records (core's demoRecords) into a server store that does not
/// have them yet, each change logged for the devices that may see it: what `seed-demo` does,
/// also used by the fuzz targets' store. The caller owns the transaction.
void writeDemoRecords(Store &store, const DemoRecords &demo);

/// gangwerk-server's command line: init-project, invite, add-place, serve, revoke-device,
/// list-devices, backup, rotate-epoch, seed-demo. A bad argument is reported with what to do
/// instead and exit code 2, before anything is written; a failure while running gives exit code 1.
class ServerCli
{
public:
    static constexpr int kOk = 0;
    static constexpr int kFailed = 1;
    static constexpr int kUsage = 2;

    /// @p args without the program name.
    int run(const QStringList &args);

    struct Args
    {
        QHash<QString, QString> values;
        QSet<QString> flags;
        QString value(const QString &name, const QString &fallback = {}) const
        {
            return values.value(name, fallback);
        }
        bool has(const QString &name) const
        {
            return values.contains(name) || flags.contains(name);
        }
    };

    /// One per subcommand; run() parses and checks the options first.
    int initProject(const Args &a);
    int invite(const Args &a);
    int addPlace(const Args &a);
    int serviceSettings(const Args &a);
    int signalSettings(const Args &a);
    int accessLog(const Args &a);
    int serve(const Args &a);
    int revokeDevice(const Args &a);
    int listDevices(const Args &a);
    int backup(const Args &a);
    int rotateEpoch(const Args &a);
    int migrateStore(const Args &a);
    int seedDemo(const Args &a);

private:
    int usage(const QString &problem);
    int failed(const QString &problem);
    QString m_command;
};

} // namespace gw::server
