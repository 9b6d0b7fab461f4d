#include "paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace gw {

QString Paths::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Paths::storeFile(const QString &dataDir)
{
    return dataDir + QStringLiteral("/gangwerk.db");
}

QString Paths::keyAccountFor(const QString &storePath)
{
    // The account is asked for before the store is created and after, so the canonical form
    // cannot depend on whether the file exists: resolve symlinks in the deepest existing
    // directory and append the rest as spelled. The file name itself is never resolved, so a
    // store that is a symlink keeps the account it had when it was made.
    const QFileInfo file(QDir::cleanPath(QFileInfo(storePath).absoluteFilePath()));
    QString dir = file.absolutePath();
    QStringList missing;
    QString canonical;
    while ((canonical = QFileInfo(dir).canonicalFilePath()).isEmpty()) {
        const QString parent = QFileInfo(dir).path();
        if (parent == dir) { // nothing on the way exists, not even the root
            canonical = dir;
            break;
        }
        missing.prepend(QFileInfo(dir).fileName());
        dir = parent;
    }
    missing.prepend(canonical);
    missing.append(file.fileName());
    const QString path = QDir::cleanPath(missing.join(QLatin1Char('/')));

    const QByteArray digest =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("store-") + QString::fromLatin1(digest.left(16));
}

} // namespace gw
