#include "testkeyprovider.h"

#include <QRandomGenerator>
#include <QTimer>

namespace gw {

TestKeyProvider::TestKeyProvider(QObject *parent) : KeyProvider(parent) {}

// State is looked at when the answer is due, not when the call is made, like a real keystore
// behind D-Bus. A zero-delay singleShot is a posted event, so answers keep the call order.
void TestKeyProvider::requestKey(const QString &account, bool createIfMissing)
{
    QTimer::singleShot(0, this, [this, account, createIfMissing] {
        if (m_unavailable || account.isEmpty()) {
            emit unavailable(m_unavailable ? m_unavailableDetail
                                           : QStringLiteral("empty keystore account name"));
            return;
        }
        const auto it = m_keys.constFind(account);
        if (it != m_keys.cend()) {
            if (it->size() != kKeyLength) {
                emit unavailable(
                    QStringLiteral("test keystore entry %1 holds %2 bytes instead of %3")
                        .arg(account)
                        .arg(it->size())
                        .arg(kKeyLength));
                return;
            }
            emit keyReady(*it);
            return;
        }
        if (!createIfMissing) {
            emit keyMissing();
            return;
        }
        QByteArray key(kKeyLength, Qt::Uninitialized);
        for (char &c : key)
            c = char(QRandomGenerator::global()->bounded(256));
        m_keys.insert(account, key);
        emit keyReady(key);
    });
}

void TestKeyProvider::removeKey(const QString &account)
{
    QTimer::singleShot(0, this, [this, account] {
        if (m_unavailable || account.isEmpty()) {
            emit unavailable(m_unavailable ? m_unavailableDetail
                                           : QStringLiteral("empty keystore account name"));
            return;
        }
        m_keys.remove(account);
        emit removed();
    });
}

QString TestKeyProvider::name() const
{
    return QStringLiteral("In-memory test keystore (fake)");
}

void TestKeyProvider::setUnavailable(bool unavailable, const QString &detail)
{
    m_unavailable = unavailable;
    m_unavailableDetail = detail;
}

void TestKeyProvider::setStoredKey(const QString &account, const QByteArray &key)
{
    m_keys.insert(account, key);
}

} // namespace gw
