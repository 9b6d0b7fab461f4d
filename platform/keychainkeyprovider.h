#pragma once

#include "keyprovider.h"

#include <deque>

namespace QKeychain {
class Job;
}

namespace gw {

/// The desktop keystore through qtkeychain: on Linux the Secret Service (gnome-keyring, KWallet)
/// over D-Bus via libsecret, on macOS the Keychain, on Windows the Credential Manager. Keys are
/// stored as binary entries under the service "Gangwerk", one account per store. A new key is
/// written and read back before keyReady reports it. There is no plaintext fallback.
///
/// Calls are queued and run one at a time, so two createIfMissing requests for the same account
/// can never both find it missing and store two different keys. An entry that is not exactly
/// kKeyLength bytes is reported as unavailable and left alone: replacing it could lock the user
/// out of a store that was encrypted with it.
class KeychainKeyProvider : public KeyProvider
{
    Q_OBJECT
public:
    static constexpr auto kDefaultService = "Gangwerk";

    explicit KeychainKeyProvider(QObject *parent = nullptr);
    /// @p service namespaces the entries in the keystore; the app uses kDefaultService.
    explicit KeychainKeyProvider(const QString &service, QObject *parent = nullptr);
    ~KeychainKeyProvider() override;

    void requestKey(const QString &account, bool createIfMissing) override;
    void removeKey(const QString &account) override;
    QString name() const override;
    QString service() const { return m_service; }

private:
    struct Operation
    {
        enum class Kind { Request, Remove };
        Kind kind;
        QString account;
        bool createIfMissing = false;
    };

    void enqueue(Operation op);
    void startNext();
    void readFinished(QKeychain::Job *job, const Operation &op);
    void writeKey(const Operation &op);
    void done();
    void answerUnavailable(const QString &detail);
    QString describe(const QKeychain::Job *job) const;

    QString m_service;
    std::deque<Operation> m_queue;
    bool m_busy = false;
};

} // namespace gw
