#include "keychainkeyprovider.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace gw {

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "gangwerk.platform.keychain")

// The key must never reach a plaintext QSettings file, whatever qtkeychain's default becomes.
void configure(QKeychain::Job *job, const QString &account)
{
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
}

QByteArray makeKey()
{
    std::array<quint32, KeyProvider::kKeyLength / sizeof(quint32)> words;
    QRandomGenerator::system()->generate(words.begin(), words.end());
    QByteArray key(KeyProvider::kKeyLength, Qt::Uninitialized);
    std::memcpy(key.data(), words.data(), key.size());
    words.fill(0);
    return key;
}
} // namespace

KeychainKeyProvider::KeychainKeyProvider(QObject *parent)
    : KeychainKeyProvider(QString::fromLatin1(kDefaultService), parent)
{
}

KeychainKeyProvider::KeychainKeyProvider(const QString &service, QObject *parent)
    : KeyProvider(parent), m_service(service)
{
}

// Jobs in flight are not children: qtkeychain's backends call back into a job after D-Bus
// answers, so a job deleted early would be used after free. They delete themselves when
// finished, and the connections to this object end with it.
KeychainKeyProvider::~KeychainKeyProvider() = default;

void KeychainKeyProvider::requestKey(const QString &account, bool createIfMissing)
{
    enqueue({Operation::Kind::Request, account, createIfMissing});
}

void KeychainKeyProvider::removeKey(const QString &account)
{
    enqueue({Operation::Kind::Remove, account});
}

QString KeychainKeyProvider::name() const
{
#if defined(Q_OS_DARWIN)
    return QStringLiteral("Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service keyring");
#endif
}

void KeychainKeyProvider::enqueue(Operation op)
{
    m_queue.push_back(std::move(op));
    // Deferred even when idle, so that no answer is ever emitted from inside requestKey().
    QMetaObject::invokeMethod(this, &KeychainKeyProvider::startNext, Qt::QueuedConnection);
}

void KeychainKeyProvider::startNext()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    const Operation op = m_queue.front();
    m_queue.pop_front();

    if (op.account.isEmpty()) {
        answerUnavailable(QStringLiteral("empty keystore account name"));
        return;
    }

    if (op.kind == Operation::Kind::Remove) {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        configure(job, op.account);
        connect(job, &QKeychain::Job::finished, this, [this, op](QKeychain::Job *job) {
            // Removing what is not there leaves the state the caller asked for.
            if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
                done();
                emit removed();
            } else {
                answerUnavailable(
                    QStringLiteral("could not remove %1: %2").arg(op.account, describe(job)));
            }
        });
        job->start();
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(m_service);
    configure(job, op.account);
    connect(job, &QKeychain::Job::finished, this,
            [this, op](QKeychain::Job *job) { readFinished(job, op); });
    job->start();
}

void KeychainKeyProvider::readFinished(QKeychain::Job *job, const Operation &op)
{
    switch (job->error()) {
    case QKeychain::NoError: {
        const QByteArray key = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        if (key.size() != kKeyLength) {
            // Never replaced here: a store may already be encrypted with whatever this was.
            answerUnavailable(
                QStringLiteral("keystore entry %1/%2 holds %3 bytes instead of %4; left untouched")
                    .arg(m_service, op.account)
                    .arg(key.size())
                    .arg(kKeyLength));
            return;
        }
        done();
        emit keyReady(key);
        return;
    }
    case QKeychain::EntryNotFound:
        if (op.createIfMissing) {
            writeKey(op);
            return;
        }
        done();
        emit keyMissing();
        return;
    default:
        answerUnavailable(QStringLiteral("could not read %1: %2").arg(op.account, describe(job)));
        return;
    }
}

void KeychainKeyProvider::writeKey(const Operation &op)
{
    const QByteArray key = makeKey();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    configure(job, op.account);
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this, op, key](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError) {
            answerUnavailable(QStringLiteral("could not store a new key for %1: %2")
                                  .arg(op.account, describe(job)));
            return;
        }
        // Read it back before anyone encrypts with it: a key the keystore cannot return would
        // lock the user out at the next start.
        auto *check = new QKeychain::ReadPasswordJob(m_service);
        configure(check, op.account);
        connect(check, &QKeychain::Job::finished, this, [this, op, key](QKeychain::Job *check) {
            if (check->error() != QKeychain::NoError) {
                answerUnavailable(
                    QStringLiteral("stored a new key for %1 but cannot read it back: %2")
                        .arg(op.account, describe(check)));
                return;
            }
            if (static_cast<QKeychain::ReadPasswordJob *>(check)->binaryData() != key) {
                answerUnavailable(
                    QStringLiteral("the key read back for %1 differs from the one stored "
                                   "(another process wrote it at the same time?)")
                        .arg(op.account));
                return;
            }
            qCInfo(lcKeychain, "created a new store key for %s in the %s",
                   qUtf8Printable(op.account), qUtf8Printable(name()));
            done();
            emit keyReady(key);
        });
        check->start();
    });
    job->start();
}

// Called before the answer is emitted, so that a slot may already issue the next call.
void KeychainKeyProvider::done()
{
    m_busy = false;
    if (!m_queue.empty())
        QMetaObject::invokeMethod(this, &KeychainKeyProvider::startNext, Qt::QueuedConnection);
}

void KeychainKeyProvider::answerUnavailable(const QString &detail)
{
    qCWarning(lcKeychain, "%s: %s", qUtf8Printable(name()), qUtf8Printable(detail));
    done();
    emit unavailable(detail);
}

QString KeychainKeyProvider::describe(const QKeychain::Job *job) const
{
    QString text =
        QStringLiteral("%1 (qtkeychain error %2)").arg(job->errorString()).arg(int(job->error()));
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (job->error() == QKeychain::OtherError || job->error() == QKeychain::NoBackendAvailable)
        text += QStringLiteral(
            "; is a Secret Service (gnome-keyring, KWallet) running on the D-Bus session bus?");
    else if (job->error() == QKeychain::AccessDenied)
        text += QStringLiteral("; is the keyring locked?");
#endif
    return text;
}

} // namespace gw
