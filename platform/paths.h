#pragma once

#include <QString>

namespace gw {

/// Where Gangwerk keeps its files, and the keystore account that belongs to a store file.
class Paths
{
public:
    Paths() = delete;

    /// The app's id: its desktop entry, icon and AppStream component are named after it
    /// (platform/linux/), and the desktop matches the app's windows and notifications to them.
    static constexpr auto kAppId = "nl.gangwerk.Gangwerk";

    /// The per-user data directory (QStandardPaths::AppDataLocation), e.g.
    /// ~/.local/share/Gangwerk on Linux. It follows QCoreApplication's organization and
    /// application names, so main.cpp sets those before calling this. Not created here.
    static QString defaultDataDir();

    /// The store file inside @p dataDir.
    static QString storeFile(const QString &dataDir);

    /// The keystore account for the store at @p storePath: "store-" and the first 16 hex digits
    /// of the SHA-256 of its canonical path. Each store file gets its own key, so the demo store
    /// and a real store never share one, and the same file gets the same account whether it
    /// exists yet or not and however the path to it is spelled.
    static QString keyAccountFor(const QString &storePath);
};

} // namespace gw
