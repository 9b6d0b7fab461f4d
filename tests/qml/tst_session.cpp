// The session's unlock steps: a key from the keystore, or a passphrase the user sets (first
// run) or enters (later runs) when there is no keystore; a wrong passphrase changes nothing.
#include "clock.h"
#include "hoursservice.h"
#include "paths.h"
#include "session.h"
#include "testkeyprovider.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using gw::Session;

namespace {
std::unique_ptr<Session> makeSession()
{
    return std::make_unique<Session>(std::make_unique<gw::FixedClock>(
        QDateTime(QDate(2026, 11, 15), QTime(13, 0), QTimeZone::utc())));
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class SessionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_session"));
        QSettings().clear();
    }

    // The first start asks; a choice is applied at once (Arabic turns the layout right to
    // left), remembered, and not asked again; an unknown code changes nothing.
    void languageIsChosenAppliedAndRemembered()
    {
        QVERIFY(!Session::hasSavedLanguage());
        auto session = makeSession();
        session->applyLanguage(Session::savedLanguage(), false);
        session->setAskLanguage(!Session::hasSavedLanguage());
        QVERIFY(session->askLanguage());
        QSignalSpy direction(session.get(), &Session::layoutDirectionChanged);
        session->setLanguage(QStringLiteral("ar"));
        QCOMPARE(session->language(), QStringLiteral("ar"));
        QVERIFY(session->isRightToLeft());
        QCOMPARE(direction.size(), 1);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QVERIFY(!session->askLanguage());
        QVERIFY(Session::hasSavedLanguage());
        QCOMPARE(Session::savedLanguage(), QStringLiteral("ar"));
        QVERIFY(!session->applyLanguage(QStringLiteral("xx"), true));
        QCOMPARE(session->language(), QStringLiteral("ar"));
        QCOMPARE(Session::savedLanguage(), QStringLiteral("ar"));
        session->setLanguage(QStringLiteral("uk"));
        QVERIFY(!session->isRightToLeft());
        QCOMPARE(QLocale().language(), QLocale::Ukrainian);
        // Every language the picker offers has its translation built in.
        for (const QVariant &entry : session->languages()) {
            const QString code = entry.toMap().value(QStringLiteral("code")).toString();
            if (code != QLatin1String("en"))
                QVERIFY2(QFile::exists(QStringLiteral(":/i18n/gangwerk_%1.qm").arg(code)),
                         qPrintable(code));
        }
        // --rtl keeps the mirror whatever the language.
        session->setForceRightToLeft(true);
        session->setLanguage(QStringLiteral("nl"));
        QVERIFY(session->isRightToLeft());
        session->setForceRightToLeft(false);
        QVERIFY(!session->isRightToLeft());
        // The intro shows until it is finished once.
        QVERIFY(!Session::introSeen());
        session->setIntroPending(true);
        session->finishIntro();
        QVERIFY(!session->introPending());
        QVERIFY(Session::introSeen());
        QSettings().clear();
    }

    void keystoreKeyOpensAndDemoSeeds()
    {
        QTemporaryDir dir;
        const QString path = gw::Paths::storeFile(dir.path());
        gw::TestKeyProvider keys;
        auto session = makeSession();
        session->start(&keys, path, true);
        QTRY_COMPARE(session->state(), Session::State::Ready);
        QVERIFY(session->hours()->isReady());
        QCOMPARE(session->hours()->projectName(), QStringLiteral("De Gang"));
        QVERIFY(keys.hasKey(gw::Paths::keyAccountFor(path)));
        QVERIFY(!QFile::exists(Session::passphraseMarkerFor(path)));
    }

    void noKeystoreAsksToSetThenEnterPassphrase()
    {
        QTemporaryDir dir;
        const QString path = gw::Paths::storeFile(dir.path());
        gw::TestKeyProvider keys;
        keys.setUnavailable(true);
        {
            auto session = makeSession();
            session->start(&keys, path, false);
            QTRY_COMPARE(session->state(), Session::State::NeedPassphrase);
            QVERIFY(session->passphraseIsNew());

            session->submitPassphrase(QStringLiteral("short"), QStringLiteral("short"));
            QVERIFY(!session->passphraseError().isEmpty());
            session->submitPassphrase(QStringLiteral("long enough"), QStringLiteral("different!"));
            QVERIFY(!session->passphraseError().isEmpty());
            QCOMPARE(session->state(), Session::State::NeedPassphrase);
            QVERIFY(!QFile::exists(path));

            session->submitPassphrase(QStringLiteral("long enough"), QStringLiteral("long enough"));
            QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Ready, 10000);
            QVERIFY(session->passphraseError().isEmpty());
            // Empty store without --demo: the first-run screen (not connected to a project).
            QVERIFY(!session->hours()->isReady());
        }
        QVERIFY(QFile::exists(Session::passphraseMarkerFor(path)));
        QFile marker(Session::passphraseMarkerFor(path));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        QVERIFY(!marker.readAll().contains("long enough"));

        // A later run: the marker says "passphrase", so the keystore is not even asked.
        keys.setUnavailable(false);
        const QByteArray before = hashOf(path);
        auto session = makeSession();
        session->start(&keys, path, false);
        QCOMPARE(session->state(), Session::State::NeedPassphrase);
        QVERIFY(!session->passphraseIsNew());
        session->submitPassphrase(QStringLiteral("wrong passphrase"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!session->passphraseError().isEmpty(), 10000);
        QCOMPARE(session->state(), Session::State::NeedPassphrase);
        QCOMPARE(hashOf(path), before); // the store is untouched
        session->submitPassphrase(QStringLiteral("long enough"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Ready, 10000);
    }

    void existingKeystoreStoreWithoutKeyFailsInPlainWords()
    {
        QTemporaryDir dir;
        const QString path = gw::Paths::storeFile(dir.path());
        {
            gw::TestKeyProvider keys;
            auto session = makeSession();
            session->start(&keys, path, false);
            QTRY_COMPARE(session->state(), Session::State::Ready);
        }
        gw::TestKeyProvider emptyKeys; // the keystore lost the key
        auto session = makeSession();
        session->start(&emptyKeys, path, false);
        QTRY_COMPARE(session->state(), Session::State::Failed);
        QVERIFY(!session->errorText().isEmpty());
        QVERIFY(QFile::exists(path)); // never deleted
    }

    void languageSwitchesLive()
    {
        auto session = makeSession();
        QVERIFY(session->applyLanguage(QStringLiteral("nl"), false));
        QCOMPARE(session->language(), QStringLiteral("nl"));
        QCOMPARE(gw::hours::formatMinutes(120), QStringLiteral("2 uur"));
        // A refusal by the server's permission table reads in the user's language too.
        QCOMPARE(gw::hours::refusalMessage(QStringLiteral("PERMISSION_DENIED"),
                                           QStringLiteral("You can only log your own hours.")),
                 QStringLiteral("Je kunt alleen je eigen uren invullen."));
        // So does one by a decision in core (the server sends its source text).
        QCOMPARE(
            gw::hours::refusalMessage(QStringLiteral("MEMBER_UNKNOWN"),
                                      QStringLiteral("This member is not part of your project.")),
            QStringLiteral("Deze bewoner hoort niet bij je project."));
        QVERIFY(session->applyLanguage(QStringLiteral("en"), false));
        QCOMPARE(gw::hours::formatMinutes(120), QStringLiteral("2 h"));
        QVERIFY(!session->applyLanguage(QStringLiteral("fr"), false));
        QCOMPARE(session->language(), QStringLiteral("en"));
    }

    // An amount of time as every screen shows it (core's formatMinutes): the word takes the
    // form the number asks for. Arabic counts 3 to 10 in the plural and 11 and more in the
    // singular ("4 ساعات", "11 ساعة"); it read "4 ساعة".
    void anAmountOfTimeTakesTheNumbersForm()
    {
        auto session = makeSession();
        using gw::hours::formatMinutes;
        QVERIFY(session->applyLanguage(QStringLiteral("ar"), false));
        QCOMPARE(formatMinutes(240), QStringLiteral("4 ساعات"));
        QCOMPARE(formatMinutes(660), QStringLiteral("11 ساعة"));
        QCOMPARE(formatMinutes(5), QStringLiteral("5 دقائق"));
        QCOMPARE(formatMinutes(45), QStringLiteral("45 دقيقة"));
        QCOMPARE(formatMinutes(285), QStringLiteral("4 ساعات و45 دقيقة"));
        QVERIFY(session->applyLanguage(QStringLiteral("nl"), false));
        QCOMPARE(formatMinutes(150), QStringLiteral("2 uur 30 min"));
        QCOMPARE(formatMinutes(60), QStringLiteral("1 uur"));
        QVERIFY(session->applyLanguage(QStringLiteral("uk"), false));
        QCOMPARE(formatMinutes(150), QStringLiteral("2 год 30 хв"));
        QVERIFY(session->applyLanguage(QStringLiteral("en"), false));
        QCOMPARE(formatMinutes(150), QStringLiteral("2 h 30 min"));
        QCOMPARE(formatMinutes(45), QStringLiteral("45 min"));
    }
};

QTEST_MAIN(SessionTest)

#include "tst_session.moc"
