#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace gw {

/// Where the store's random 256-bit key lives: the OS keystore (qtkeychain on desktop, Android
/// Keystore and iOS Keychain later). Asynchronous, because keystores ask D-Bus or the OS.
/// Exactly one of keyReady / keyMissing / unavailable answers each requestKey().
class KeyProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Looks up the key stored under @p account. With @p createIfMissing a fresh random key is
    /// made, stored, and only then reported, so a key is never used that was not saved.
    virtual void requestKey(const QString &account, bool createIfMissing) = 0;
    /// Forgets the key under @p account (when the user resets the app).
    virtual void removeKey(const QString &account) = 0;
    /// Human name for logs and the about screen ("Secret Service keyring").
    virtual QString name() const = 0;

signals:
    void keyReady(const QByteArray &key32);
    void keyMissing();
    /// No usable keystore (no D-Bus session, locked and refused, …): the app asks the user for
    /// a passphrase instead. @p detail is for the log.
    void unavailable(const QString &detail);
    void removed();
};

} // namespace gw
