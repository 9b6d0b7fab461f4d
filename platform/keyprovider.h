#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace gw {

/// Where the store's random 256-bit key lives: the OS keystore (qtkeychain on desktop, Android
/// Keystore and iOS Keychain later). Asynchronous, because keystores ask D-Bus or the OS.
/// Exactly one of keyReady / keyMissing / unavailable answers each requestKey().
/// Exactly one of removed / unavailable answers each removeKey(). Answers never arrive from
/// inside the call, and they arrive in the order of the calls, so a caller that issues several
/// requests can tell the answers apart.
class KeyProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The store key is a raw SQLCipher key: exactly 256 bits.
    static constexpr qsizetype kKeyLength = 32;

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
