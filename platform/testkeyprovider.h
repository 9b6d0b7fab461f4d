#pragma once

#include "keyprovider.h"

#include <QHash>

namespace gw {

/// FAKE keystore, for tests only: keys live in an in-memory map and are gone with the object,
/// so a store keyed through it cannot be opened again after the process ends. Never use it in
/// the app. It answers like KeychainKeyProvider (asynchronously, in call order, wrong-length
/// entries reported and left alone), and can play a missing keystore (setUnavailable) so tests
/// reach the passphrase fallback.
class TestKeyProvider : public KeyProvider
{
    Q_OBJECT
public:
    explicit TestKeyProvider(QObject *parent = nullptr);

    void requestKey(const QString &account, bool createIfMissing) override;
    void removeKey(const QString &account) override;
    QString name() const override;

    /// While on, every call is answered with unavailable(@p detail) and nothing changes. Takes
    /// effect for calls answered after this one, including calls already made.
    void setUnavailable(bool unavailable,
                        const QString &detail = QStringLiteral("test keystore switched off"));
    bool isUnavailable() const { return m_unavailable; }

    /// Seeds an entry, of any length, as if an earlier run (or another app) had stored it.
    void setStoredKey(const QString &account, const QByteArray &key);
    bool hasKey(const QString &account) const { return m_keys.contains(account); }
    qsizetype keyCount() const { return m_keys.size(); }

private:
    QHash<QString, QByteArray> m_keys;
    bool m_unavailable = false;
    QString m_unavailableDetail;
};

} // namespace gw
