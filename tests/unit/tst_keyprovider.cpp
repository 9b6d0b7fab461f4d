// The store key's keystores: KeychainKeyProvider against a real Secret Service keyring (the test
// session gives it gnome-keyring on a private D-Bus), TestKeyProvider as the fake that the app's
// passphrase fallback is tested with, and the account name each store file gets.

#include "keychainkeyprovider.h"
#include "paths.h"
#include "testkeyprovider.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace gw;

namespace {

constexpr int kAnswerTimeoutMs = 15000;

/// Every answer a provider gives, in order.
class Answers : public QObject
{
public:
    enum Kind { Key, Missing, Unavailable, Removed };
    struct Answer
    {
        Kind kind;
        QByteArray key;
        QString detail;
    };

    explicit Answers(KeyProvider &p)
    {
        connect(&p, &KeyProvider::keyReady, this, [this](const QByteArray &k) {
            list.append({Key, k, {}});
        });
        connect(&p, &KeyProvider::keyMissing, this, [this] { list.append({Missing, {}, {}}); });
        connect(&p, &KeyProvider::unavailable, this, [this](const QString &d) {
            list.append({Unavailable, {}, d});
        });
        connect(&p, &KeyProvider::removed, this, [this] { list.append({Removed, {}, {}}); });
    }
    QList<Answer> list;
};

const char *kindName(Answers::Kind k)
{
    switch (k) {
    case Answers::Key:
        return "keyReady";
    case Answers::Missing:
        return "keyMissing";
    case Answers::Unavailable:
        return "unavailable";
    case Answers::Removed:
        return "removed";
    }
    return "?";
}

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    g_previousHandler(type, context, message);
}

} // namespace

class TstKeyProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keychainCreatesAndReturnsTheSameKey();
    void keychainAccountsHaveTheirOwnKeys();
    void keychainRemoveThenMissing();
    void keychainConcurrentCreatesAgree();
    void keychainLeavesWrongLengthEntryAlone();

    void fakeBehavesLikeTheKeychain();
    void fakeUnavailableModeForPassphraseFallback();

    void pathsGiveEachStoreItsOwnAccount();
    void pathsDefaultLocation();

private:
    /// Calls @p call on @p provider and waits for its one answer. The answer must not come from
    /// inside the call: callers rely on connecting after calling.
    Answers::Answer ask(KeyProvider &provider, const std::function<void()> &call);
    QString newAccount();
    bool writeRawEntry(const QString &account, const QByteArray &data);

    KeychainKeyProvider m_keychain;
    QString m_keyringProblem;
    QStringList m_accounts;
};

#define REQUIRE_KEYRING()                                                                          \
    do {                                                                                           \
        if (!m_keyringProblem.isEmpty())                                                           \
            QFAIL(qPrintable(m_keyringProblem));                                                   \
    } while (false)

Answers::Answer TstKeyProvider::ask(KeyProvider &provider, const std::function<void()> &call)
{
    Answers answers(provider);
    call();
    if (!answers.list.isEmpty())
        qFatal("%s answered from inside the call", qPrintable(provider.name()));
    if (!QTest::qWaitFor([&] { return !answers.list.isEmpty(); }, kAnswerTimeoutMs))
        return {Answers::Unavailable,
                {},
                QStringLiteral("no answer within %1 ms (a locked keyring waiting for a prompt?)")
                    .arg(kAnswerTimeoutMs)};
    QTest::qWait(50); // a second answer to one call would be a bug; give it a chance to show
    if (answers.list.size() != 1)
        qFatal("%s gave %d answers to one call", qPrintable(provider.name()),
               int(answers.list.size()));
    return answers.list.first();
}

QString TstKeyProvider::newAccount()
{
    m_accounts.append(QStringLiteral("tst_keyprovider-") +
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    return m_accounts.last();
}

// Writes an entry behind the provider's back, as another program or an older build might have.
bool TstKeyProvider::writeRawEntry(const QString &account, const QByteArray &data)
{
    auto *job = new QKeychain::WritePasswordJob(m_keychain.service());
    job->setKey(account);
    job->setBinaryData(data);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    QKeychain::Error error = QKeychain::OtherError;
    connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job *j) { error = j->error(); });
    job->start();
    return finished.wait(kAnswerTimeoutMs) && error == QKeychain::NoError;
}

void TstKeyProvider::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QCOMPARE(m_keychain.service(), QStringLiteral("Gangwerk"));

    // One probe decides whether this run has a keyring it can write to; every keychain test then
    // fails with the reason instead of skipping, so a CI without a keyring cannot pass silently.
    const auto probe = ask(m_keychain, [&] { m_keychain.requestKey(newAccount(), true); });
    if (probe.kind != Answers::Key) {
        m_keyringProblem =
            QStringLiteral(
                "No usable OS keyring (probe answered %1: %2). DBUS_SESSION_BUS_ADDRESS=%3. "
                "Run inside dbus-run-session with a Secret Service whose default collection "
                "exists and is unlocked, e.g. `printf '\\n' | gnome-keyring-daemon --unlock "
                "--components=secrets` (with nothing at all on stdin, gnome-keyring creates no "
                "login keyring in a fresh HOME and every write fails).")
                .arg(QLatin1String(kindName(probe.kind)), probe.detail,
                     qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS", QStringLiteral("(unset)")));
    }
}

void TstKeyProvider::cleanupTestCase()
{
    if (m_keyringProblem.isEmpty()) {
        for (const QString &account : std::as_const(m_accounts))
            ask(m_keychain, [&] { m_keychain.removeKey(account); });
    }
    qInstallMessageHandler(g_previousHandler);
}

void TstKeyProvider::keychainCreatesAndReturnsTheSameKey()
{
    REQUIRE_KEYRING();
    const QString account = newAccount();
    g_messages.clear();

    const auto created = ask(m_keychain, [&] { m_keychain.requestKey(account, true); });
    QCOMPARE(kindName(created.kind), kindName(Answers::Key));
    QCOMPARE(created.key.size(), KeyProvider::kKeyLength);
    QVERIFY2(created.key != QByteArray(KeyProvider::kKeyLength, '\0'), "key is all zeros");

    const auto again = ask(m_keychain, [&] { m_keychain.requestKey(account, false); });
    QCOMPARE(kindName(again.kind), kindName(Answers::Key));
    QCOMPARE(again.key, created.key);

    // A fresh provider (the next app start) finds the same key in the keyring.
    KeychainKeyProvider nextStart;
    const auto later = ask(nextStart, [&] { nextStart.requestKey(account, true); });
    QCOMPARE(kindName(later.kind), kindName(Answers::Key));
    QCOMPARE(later.key, created.key);

    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(created.key.toHex()), Qt::CaseInsensitive) &&
                     !message.contains(QString::fromLatin1(created.key.toBase64())),
                 "a log message contains the key");
    }
}

void TstKeyProvider::keychainAccountsHaveTheirOwnKeys()
{
    REQUIRE_KEYRING();
    const auto a = ask(m_keychain, [&] { m_keychain.requestKey(newAccount(), true); });
    const auto b = ask(m_keychain, [&] { m_keychain.requestKey(newAccount(), true); });
    QCOMPARE(kindName(a.kind), kindName(Answers::Key));
    QCOMPARE(kindName(b.kind), kindName(Answers::Key));
    QCOMPARE(b.key.size(), KeyProvider::kKeyLength);
    QVERIFY(a.key != b.key);
}

void TstKeyProvider::keychainRemoveThenMissing()
{
    REQUIRE_KEYRING();
    const QString account = newAccount();
    QCOMPARE(kindName(ask(m_keychain, [&] { m_keychain.requestKey(account, true); }).kind),
             kindName(Answers::Key));

    const auto removed = ask(m_keychain, [&] { m_keychain.removeKey(account); });
    QCOMPARE(kindName(removed.kind), kindName(Answers::Removed));
    const auto missing = ask(m_keychain, [&] { m_keychain.requestKey(account, false); });
    QCOMPARE(kindName(missing.kind), kindName(Answers::Missing));

    // Removing what is already gone is not an error: a reset may be retried.
    const auto again = ask(m_keychain, [&] { m_keychain.removeKey(account); });
    QCOMPARE(kindName(again.kind), kindName(Answers::Removed));
}

void TstKeyProvider::keychainConcurrentCreatesAgree()
{
    REQUIRE_KEYRING();
    // Without queueing, both requests would find the account empty and store two keys; the
    // store would be encrypted with the first and the keyring would keep the second.
    const QString account = newAccount();
    Answers answers(m_keychain);
    m_keychain.requestKey(account, true);
    m_keychain.requestKey(account, true);
    m_keychain.removeKey(account);
    m_keychain.requestKey(account, false);
    QVERIFY(answers.list.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(answers.list.size(), 4, kAnswerTimeoutMs);

    QCOMPARE(kindName(answers.list[0].kind), kindName(Answers::Key));
    QCOMPARE(kindName(answers.list[1].kind), kindName(Answers::Key));
    QCOMPARE(answers.list[1].key, answers.list[0].key);
    QCOMPARE(kindName(answers.list[2].kind), kindName(Answers::Removed));
    QCOMPARE(kindName(answers.list[3].kind), kindName(Answers::Missing));
}

void TstKeyProvider::keychainLeavesWrongLengthEntryAlone()
{
    REQUIRE_KEYRING();
    const QString account = newAccount();
    const QByteArray odd("sixteen bytes!!!");
    QVERIFY2(writeRawEntry(account, odd), "could not write a test entry with qtkeychain");

    // Even when asked to create, the entry is reported, not replaced.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("16 bytes instead of 32")));
    const auto answer = ask(m_keychain, [&] { m_keychain.requestKey(account, true); });
    QCOMPARE(kindName(answer.kind), kindName(Answers::Unavailable));
    QVERIFY2(answer.detail.contains(QStringLiteral("16 bytes instead of 32")),
             qPrintable(answer.detail));
    QVERIFY(!answer.detail.contains(QString::fromLatin1(odd)));

    auto *read = new QKeychain::ReadPasswordJob(m_keychain.service());
    read->setKey(account);
    QByteArray stillThere;
    connect(read, &QKeychain::Job::finished, this, [&](QKeychain::Job *j) {
        stillThere = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
    });
    QSignalSpy finished(read, &QKeychain::Job::finished);
    read->start();
    QVERIFY(finished.wait(kAnswerTimeoutMs));
    QCOMPARE(stillThere, odd);
}

void TstKeyProvider::fakeBehavesLikeTheKeychain()
{
    TestKeyProvider fake;
    QVERIFY(fake.name().contains(QStringLiteral("fake")));

    const auto missing = ask(fake, [&] { fake.requestKey(QStringLiteral("a"), false); });
    QCOMPARE(kindName(missing.kind), kindName(Answers::Missing));
    QCOMPARE(fake.keyCount(), 0);

    const auto created = ask(fake, [&] { fake.requestKey(QStringLiteral("a"), true); });
    QCOMPARE(kindName(created.kind), kindName(Answers::Key));
    QCOMPARE(created.key.size(), KeyProvider::kKeyLength);
    const auto same = ask(fake, [&] { fake.requestKey(QStringLiteral("a"), false); });
    QCOMPARE(same.key, created.key);
    const auto other = ask(fake, [&] { fake.requestKey(QStringLiteral("b"), true); });
    QVERIFY(other.key != created.key);

    QCOMPARE(kindName(ask(fake, [&] { fake.removeKey(QStringLiteral("a")); }).kind),
             kindName(Answers::Removed));
    QCOMPARE(kindName(ask(fake, [&] { fake.requestKey(QStringLiteral("a"), false); }).kind),
             kindName(Answers::Missing));

    fake.setStoredKey(QStringLiteral("short"), QByteArray(5, 'x'));
    const auto wrong = ask(fake, [&] { fake.requestKey(QStringLiteral("short"), true); });
    QCOMPARE(kindName(wrong.kind), kindName(Answers::Unavailable));
    QCOMPARE(ask(fake, [&] { fake.requestKey(QStringLiteral("short"), true); }).kind,
             Answers::Unavailable);

    // Answers keep the call order, as with the keychain.
    Answers answers(fake);
    fake.requestKey(QStringLiteral("c"), true);
    fake.requestKey(QStringLiteral("c"), false);
    fake.removeKey(QStringLiteral("c"));
    fake.requestKey(QStringLiteral("c"), false);
    QVERIFY(answers.list.isEmpty());
    QTRY_COMPARE(answers.list.size(), 4);
    QCOMPARE(answers.list[0].kind, Answers::Key);
    QCOMPARE(answers.list[1].key, answers.list[0].key);
    QCOMPARE(answers.list[2].kind, Answers::Removed);
    QCOMPARE(answers.list[3].kind, Answers::Missing);
}

void TstKeyProvider::fakeUnavailableModeForPassphraseFallback()
{
    TestKeyProvider fake;
    fake.setStoredKey(QStringLiteral("a"), QByteArray(KeyProvider::kKeyLength, 'k'));
    fake.setUnavailable(true, QStringLiteral("no D-Bus here"));
    QVERIFY(fake.isUnavailable());

    const auto answer = ask(fake, [&] { fake.requestKey(QStringLiteral("a"), true); });
    QCOMPARE(kindName(answer.kind), kindName(Answers::Unavailable));
    QCOMPARE(answer.detail, QStringLiteral("no D-Bus here"));
    QCOMPARE(kindName(ask(fake, [&] { fake.requestKey(QStringLiteral("new"), true); }).kind),
             kindName(Answers::Unavailable));
    QCOMPARE(kindName(ask(fake, [&] { fake.removeKey(QStringLiteral("a")); }).kind),
             kindName(Answers::Unavailable));
    QVERIFY2(!fake.hasKey(QStringLiteral("new")) && fake.hasKey(QStringLiteral("a")),
             "an unavailable keystore must not change");

    fake.setUnavailable(false);
    const auto back = ask(fake, [&] { fake.requestKey(QStringLiteral("a"), false); });
    QCOMPARE(kindName(back.kind), kindName(Answers::Key));
    QCOMPARE(back.key, QByteArray(KeyProvider::kKeyLength, 'k'));
}

void TstKeyProvider::pathsGiveEachStoreItsOwnAccount()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString real = Paths::storeFile(tmp.path() + QStringLiteral("/real"));
    const QString demo = Paths::storeFile(tmp.path() + QStringLiteral("/demo"));
    QVERIFY(real.endsWith(QStringLiteral("/real/gangwerk.db")));

    const QString account = Paths::keyAccountFor(real);
    QVERIFY2(QRegularExpression(QStringLiteral("^store-[0-9a-f]{16}$")).match(account).hasMatch(),
             qPrintable(account));
    QVERIFY(Paths::keyAccountFor(demo) != account);

    // Same file, however it is spelled, and whether or not it exists yet.
    QCOMPARE(Paths::keyAccountFor(tmp.path() + QStringLiteral("/real/./x/../gangwerk.db")),
             account);
    QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("real")));
    QCOMPARE(Paths::keyAccountFor(real), account);
    {
        QFile f(real);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(Paths::keyAccountFor(real), account);
    QVERIFY(
        QFile::link(tmp.path() + QStringLiteral("/real"), tmp.path() + QStringLiteral("/alias")));
    QCOMPARE(Paths::keyAccountFor(tmp.path() + QStringLiteral("/alias/gangwerk.db")), account);
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(tmp.path()));
    const QString relative = Paths::keyAccountFor(QStringLiteral("real/gangwerk.db"));
    QVERIFY(QDir::setCurrent(before));
    QCOMPARE(relative, account);
}

void TstKeyProvider::pathsDefaultLocation()
{
    const QString oldName = QCoreApplication::applicationName();
    const QString oldOrg = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("Gangwerk"));
    QCoreApplication::setOrganizationName(QString());
    const QString dir = Paths::defaultDataDir();
    QCoreApplication::setApplicationName(oldName);
    QCoreApplication::setOrganizationName(oldOrg);

    QVERIFY2(dir.endsWith(QStringLiteral("/Gangwerk")), qPrintable(dir));
    QVERIFY(QDir::isAbsolutePath(dir));
    QCOMPARE(Paths::storeFile(dir), dir + QStringLiteral("/gangwerk.db"));
}

QTEST_GUILESS_MAIN(TstKeyProvider)
#include "tst_keyprovider.moc"
