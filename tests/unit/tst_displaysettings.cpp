// Text size and movement as the reader and their desktop ask (issue 12). The desktop's wishes
// come from the REAL settings portal: xdg-desktop-portal and its GTK backend, started by a
// private session bus (run_with_portal.sh), reading GNOME's settings, which this test changes
// with `gsettings set` as GNOME's Settings > Accessibility does. The reader's own choices are
// remembered across starts (QSettings of a throw-away test organisation).
#include "displayhints.h"
#include "displaysettings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace gw;

namespace {

void gsettings(const QString &key, const QString &value)
{
    QProcess p;
    p.start(QStringLiteral("gsettings"),
            {QStringLiteral("set"), QStringLiteral("org.gnome.desktop.interface"), key, value});
    QVERIFY2(p.waitForFinished(10000) && p.exitCode() == 0,
             qPrintable(QString::fromUtf8(p.readAllStandardError())));
}

} // namespace

class DisplaySettingsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_displaysettings"));
        QSettings().clear();
    }

    // The reader's choice: one of three sizes, kept for the next start; anything else is
    // refused and changes nothing.
    void theChoiceIsRemembered()
    {
        {
            DisplaySettings display;
            QCOMPARE(display.textSize(), 100);
            QCOMPARE(display.textScale(), 1.0);
            QSignalSpy changed(&display, &DisplaySettings::changed);
            display.setTextSize(150);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(display.textScale(), 1.5);
            QVERIFY(!display.applyTextSize(175, true));
            QVERIFY(!display.applyTextSize(0, true));
            QCOMPARE(display.textSize(), 150);
            display.setLessMotion(true);
            QVERIFY(display.reduceMotion());
        }
        DisplaySettings again;
        QCOMPARE(again.textSize(), 150);
        QVERIFY(again.lessMotion());
        // For this run only (`--text-size`): the remembered choice stays.
        QVERIFY(again.applyTextSize(200, false));
        QCOMPARE(DisplaySettings().textSize(), 150);
        again.setTextSize(100);
        again.setLessMotion(false);
    }

    // A saved size the app does not offer (an older version, a hand-edited file) is normal size.
    void aBrokenSavedSizeIsNormal()
    {
        QSettings().setValue(QStringLiteral("display/textSize"), QStringLiteral("huge"));
        QCOMPARE(DisplaySettings().textSize(), 100);
        QSettings().setValue(QStringLiteral("display/textSize"), 100);
    }

    // Outside a desktop session (a test's own bus, ssh, a kiosk) the app asks a portal that
    // runs but starts none: starting it would only leave the portal's daemons behind.
    // Runs before the portal is first started by the next test.
    void noPortalIsStartedOutsideADesktop()
    {
        const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("XDG_CURRENT_DESKTOP");
        auto *bus = QDBusConnection::sessionBus().interface();
        const QString portal = QStringLiteral("org.freedesktop.portal.Desktop");
        QVERIFY(!bus->isServiceRegistered(portal));
        {
            DisplaySettings display;
            display.setHints(createPortalDisplayHints(this));
            QTest::qWait(3000); // a started portal registers its name well within this
            QVERIFY2(!bus->isServiceRegistered(portal), "the portal was started");
            QCOMPARE(display.platformTextScale(), 1.0);
        }
        qputenv("XDG_CURRENT_DESKTOP", desktop);
    }

    // GNOME's "Large text" (text-scaling-factor 1.25) and "Reduce animation" reach the app at
    // start and while it runs; the reader's choice multiplies, up to the 200% every screen is
    // checked at.
    void theDesktopsWishesAreFollowed()
    {
        gsettings(QStringLiteral("text-scaling-factor"), QStringLiteral("1.25"));
        gsettings(QStringLiteral("enable-animations"), QStringLiteral("false"));
        DisplayHints *hints = createPortalDisplayHints(this);
        DisplaySettings display;
        display.setHints(hints);
        QTRY_COMPARE_WITH_TIMEOUT(display.platformTextScale(), 1.25, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(display.platformReducesMotion(), 5000);
        QVERIFY(display.reduceMotion());
        QVERIFY(!display.lessMotion()); // the reader's own switch is theirs
        QCOMPARE(display.textScale(), 1.25);
        display.applyTextSize(150, false);
        QCOMPARE(display.textScale(), 1.875);
        display.applyTextSize(200, false);
        QCOMPARE(display.textScale(), DisplaySettings::kMaxTextScale);

        // Changed on the desktop while the app runs.
        QSignalSpy changed(&display, &DisplaySettings::changed);
        gsettings(QStringLiteral("text-scaling-factor"), QStringLiteral("1.0"));
        gsettings(QStringLiteral("enable-animations"), QStringLiteral("true"));
        QTRY_COMPARE_WITH_TIMEOUT(display.platformTextScale(), 1.0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!display.reduceMotion(), 10000);
        QVERIFY(changed.count() >= 2);
        QCOMPARE(display.textScale(), 2.0); // the reader's 200% alone
        display.applyTextSize(100, false);
        QCOMPARE(display.textScale(), 1.0);
        delete hints;
        QCOMPARE(display.platformTextScale(), 1.0); // hints gone: the device asks nothing
    }
};

QTEST_GUILESS_MAIN(DisplaySettingsTest)

#include "tst_displaysettings.moc"
