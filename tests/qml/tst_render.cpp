// Renders the real Main.qml on a demo store with a pinned clock and writes PNG screenshots of
// the main screens, at phone (390×844) and desktop (1280×800) size, in Dutch and English, plus
// right-to-left shots. Run under Xvfb (Material draws fully there): `./dev screenshot`.
// The images go to $GANGWERK_SCREENSHOT_DIR (default: <build>/screenshots).
#include "clock.h"
#include "hourentryform.h"
#include "hoursservice.h"
#include "membercontext.h"
#include "memberprogressmodel.h"
#include "paths.h"
#include "projectrepository.h"
#include "serverfixture.h"
#include "testkeyprovider.h"
#include "testsession.h"

#include <QAccessible>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "projectrepository.h"
#include "qmlplugins.h"

class RenderTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void screens_data();
    void screens();
    void rightToLeft();
    void pausedHome();
    void unlockAndWelcome();
    void enrolSyncAndResidents();
    void cleanupTestCase();

private:
    void shoot(const QString &page, QSize size, const QString &name);
    static void verifyNotBlank(const QImage &image, const QString &name);
    /// What a reader of the pause dialog notices: each choice's circle beside its words, never
    /// over them, on the reading side (the right in right-to-left), and the title aligned the
    /// same way as the text.
    void verifyPauseDialogReads(bool rightToLeft, const QString &shot)
    {
        QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("pauseDialog"));
        QVERIFY2(dialog && dialog->property("opened").toBool(), qPrintable(shot));
        int checked = 0;
        for (const char *name : {"pauseKeep", "pauseMonth", "pauseNextMonth", "pauseWeeks"}) {
            auto *choice = m_window->findChild<QQuickItem *>(QLatin1String(name));
            QVERIFY2(choice, name);
            if (!choice->isVisible())
                continue;
            ++checked;
            auto *indicator = choice->property("indicator").value<QQuickItem *>();
            auto *label = choice->property("contentItem").value<QQuickItem *>();
            QVERIFY2(indicator && label, name);
            const qreal left = label->property("leftPadding").toReal();
            const qreal right = label->property("rightPadding").toReal();
            const QRectF text = label->mapRectToScene(
                QRectF(left, 0, label->width() - left - right, label->height()));
            const QRectF circle =
                indicator->mapRectToScene(QRectF(0, 0, indicator->width(), indicator->height()));
            QVERIFY2(!text.intersects(circle),
                     qPrintable(shot + QLatin1Char(' ') + QLatin1String(name) +
                                QStringLiteral(": the circle covers the words")));
            QVERIFY2(rightToLeft ? circle.left() >= text.right() : circle.right() <= text.left(),
                     qPrintable(shot + QLatin1Char(' ') + QLatin1String(name) +
                                QStringLiteral(": the circle is on the wrong side")));
        }
        QVERIFY2(checked >= 3, qPrintable(shot));
        auto *title = dialog->property("header").value<QQuickItem *>();
        QVERIFY2(title, qPrintable(shot));
        QCOMPARE(title->property("effectiveHorizontalAlignment").toInt(),
                 int(rightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    }

    bool visibleItem(const QString &objectName) const
    {
        const auto *item = m_window->findChild<QQuickItem *>(objectName);
        return item && item->isVisible();
    }

    std::unique_ptr<gw::test::TestSession> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QDir m_out;
    QStringList m_written;
};

void RenderTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_render"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QString dir = qEnvironmentVariable("GANGWERK_SCREENSHOT_DIR",
                                             QStringLiteral(GANGWERK_DEFAULT_SCREENSHOT_DIR));
    QVERIFY(QDir().mkpath(dir));
    m_out = QDir(dir);

    m_session = std::make_unique<gw::test::TestSession>(gw::test::TestSession::pinnedNow(), true);
    QVERIFY(m_session->ok());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    gw::prepareQmlEngine(*m_engine);
    m_session->session().attachEngine(m_engine.get());
    m_engine->load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->property("appVisible").toBool());
}

void RenderTest::screens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("sizeName");
    for (const QString language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        QTest::addRow("%s-phone", qPrintable(language))
            << language << QSize(390, 844) << QStringLiteral("phone");
        QTest::addRow("%s-desktop", qPrintable(language))
            << language << QSize(1280, 800) << QStringLiteral("desktop");
    }
}

void RenderTest::screens()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, sizeName);
    m_session->session().applyLanguage(language, false);
    const QString prefix = language + QLatin1Char('-') + sizeName + QLatin1Char('-');

    shoot(QStringLiteral("home"), size, prefix + QStringLiteral("home"));
    QVERIFY(visibleItem(QStringLiteral("logButton")));
    QVERIFY(!visibleItem(QStringLiteral("beheerderCard"))); // residents see their own hours
    shoot(QStringLiteral("chart"), size, prefix + QStringLiteral("chart"));
    shoot(QStringLiteral("log"), size, prefix + QStringLiteral("log"));

    // The form with a rule broken: too few minutes.
    gw::HourEntryForm *form = m_session->session().form();
    form->setMinutes(0);
    QVERIFY(!form->submit());
    QVERIFY(!form->minutesError().isEmpty());
    shoot(QStringLiteral("log"), size, prefix + QStringLiteral("log-error"));
    form->clear();

    shoot(QStringLiteral("history"), size, prefix + QStringLiteral("history"));
    shoot(QStringLiteral("settings"), size, prefix + QStringLiteral("settings"));
    shoot(QStringLiteral("home"), size, QString()); // leave the app on Home
}

void RenderTest::rightToLeft()
{
    m_session->session().applyLanguage(QStringLiteral("nl"), false);
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    shoot(QStringLiteral("home"), {390, 844}, QStringLiteral("rtl-phone-home"));
    shoot(QStringLiteral("history"), {1280, 800}, QStringLiteral("rtl-desktop-history"));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    shoot(QStringLiteral("home"), {1280, 800}, QString());
}

// Paused, Home must not contradict itself: no full ring that reads as done, no "still to go",
// no "asked" in the header, and a screen reader hears the pause, not "… of 0 min done".
void RenderTest::pausedHome()
{
    gw::Session &session = m_session->session();
    session.applyLanguage(QStringLiteral("nl"), false);
    gw::Store &store = session.store();
    gw::ProjectRepository projects(store);
    gw::Member me = *projects.member(projects.selfMemberId());
    const gw::Member before = me;
    me.pausedUntil = session.hours()->today().addMonths(1);
    me.pauses = {{session.hours()->today().addDays(-3), me.pausedUntil, {}, {}, {}}};
    projects.saveMember(me);
    session.hours()->reload();
    QVERIFY(session.hours()->isPaused());
    QVERIFY(session.hours()->doneMinutes() > 0); // what made the ring look full before
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        const QString shot = size.width() < 500 ? QStringLiteral("nl-phone-paused-home")
                                                : QStringLiteral("nl-desktop-paused-home");
        shoot(QStringLiteral("home"), size, shot);
        auto *ring = m_window->findChild<QQuickItem *>(QStringLiteral("progressRing"));
        QVERIFY2(ring, qPrintable(shot));
        QCOMPARE(ring->property("value").toReal(), 0.0);
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(ring);
        QVERIFY2(spoken, qPrintable(shot));
        const QString heard = spoken->text(QAccessible::Description);
        QVERIFY2(heard.contains(QStringLiteral("pauze")) && !heard.contains(QStringLiteral("van ")),
                 qPrintable(heard));
        auto *remaining = m_window->findChild<QQuickItem *>(QStringLiteral("remainingValue"));
        QVERIFY2(remaining, qPrintable(shot));
        QCOMPARE(remaining->property("text").toString(), session.hours()->pausedUntilShortText());
        auto *heading = m_window->findChild<QQuickItem *>(QStringLiteral("homeHeading"));
        QVERIFY2(heading, qPrintable(shot));
        QVERIFY2(!heading->property("subtitle").toString().contains(QStringLiteral("gevraagd")),
                 qPrintable(heading->property("subtitle").toString()));
    }
    projects.saveMember(before);
    session.hours()->reload();
}

// The passphrase screen (no keystore) and the first-run welcome, on a session of their own.
void RenderTest::unlockAndWelcome()
{
    QTemporaryDir dir;
    gw::TestKeyProvider keys;
    keys.setUnavailable(true);
    gw::Session *previous = gw::Session::instance();
    gw::Session session(std::make_unique<gw::FixedClock>(gw::test::TestSession::pinnedNow()));
    gw::Session::setInstance(&session);
    session.applyLanguage(QStringLiteral("nl"), false);
    QQmlApplicationEngine engine;
    gw::prepareQmlEngine(engine);
    session.attachEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QVERIFY(window);
    std::swap(window, m_window);
    session.start(&keys, gw::Paths::storeFile(dir.path()), false);
    QTRY_COMPARE(session.state(), gw::Session::State::NeedPassphrase);
    shoot(QStringLiteral("home"), {390, 844}, QStringLiteral("nl-phone-unlock"));
    session.submitPassphrase(QStringLiteral("kort"), QStringLiteral("kort"));
    shoot(QStringLiteral("home"), {1280, 800}, QStringLiteral("nl-desktop-unlock-error"));
    session.submitPassphrase(QStringLiteral("een lange wachtzin"),
                             QStringLiteral("een lange wachtzin"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), gw::Session::State::Ready, 10000);
    shoot(QStringLiteral("home"), {390, 844}, QStringLiteral("nl-phone-welcome"));
    std::swap(window, m_window);
    gw::Session::setInstance(previous);
    session.applyLanguage(QStringLiteral("en"), false);
}

// The enrol screen (empty, with a wrong code), then a beheerder enrolled with a real demo
// server: the sync status, the Residents screen and the pause dialog, at both sizes, nl and en.
void RenderTest::enrolSyncAndResidents()
{
    ServerFixture server;
    const auto seeded =
        server.run({QStringLiteral("seed-demo"), QStringLiteral("--data"), server.dataDir()});
    QCOMPARE(seeded.exitCode, 0);
    static const QRegularExpression beheerderLine(
        QStringLiteral("Beheerder invite \\([^)]*\\): (\\S+)"));
    const QString code = beheerderLine.match(seeded.out).captured(1);
    QVERIFY(!code.isEmpty());
    QVERIFY(server.start());

    gw::Session *previous = gw::Session::instance();
    gw::sync::SyncEngine::Options options;
    options.callDeadline = std::chrono::milliseconds(15000);
    // Real time: the demo server dates its hours from today.
    gw::test::TestSession beheerder(QDateTime::currentDateTimeUtc(), false, true, options);
    QVERIFY(beheerder.ok());
    gw::Session &session = beheerder.session();
    QQmlApplicationEngine engine;
    gw::prepareQmlEngine(engine);
    session.attachEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QVERIFY(window);
    std::swap(window, m_window);
    const auto restore = qScopeGuard([&] {
        std::swap(window, m_window);
        gw::Session::setInstance(previous);
    });

    // Both sessions install a translator: keep them in the same language.
    const auto setLanguage = [&](const QString &language) {
        m_session->session().applyLanguage(language, false);
        session.applyLanguage(language, false);
    };
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        setLanguage(language);
        shoot(QStringLiteral("home"), {390, 844}, language + QStringLiteral("-phone-enrol"));
        shoot(QStringLiteral("home"), {1280, 800}, language + QStringLiteral("-desktop-enrol"));
    }
    setLanguage(QStringLiteral("nl"));
    QSignalSpy finished(session.enrolment(), &gw::sync::Enrolment::finished);
    session.enrolment()->enroll(server.url(), QStringLiteral("ABCD-EFGH-JKMN-PQRS"), QString(),
                                QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    shoot(QStringLiteral("home"), {390, 844}, QStringLiteral("nl-phone-enrol-error"));
    session.enrolment()->enroll(server.url(), code, QStringLiteral("Kantoor"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY(finished.at(1).first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(session.context()->may(gw::Action::ReadAllHours), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session.sync()->lastSyncedAt().isValid(), 20000);
    QTRY_VERIFY(session.members()->rowCount() > 0);
    // One resident paused, so the screen shows what a pause looks like.
    const QString first =
        session.members()->index(0).data(gw::MemberProgressModel::MemberIdRole).toString();
    QVERIFY(session.hours()->pauseUntil(
        first, session.hours()->pauseDate(QStringLiteral("nextMonth"), 0)));
    QTRY_COMPARE_WITH_TIMEOUT(session.sync()->pendingCount(), 0, 20000);

    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        setLanguage(language);
        for (const auto &[size, sizeName] :
             {std::pair{QSize(390, 844), QStringLiteral("phone")},
              std::pair{QSize(1280, 800), QStringLiteral("desktop")}}) {
            const QString prefix = language + QLatin1Char('-') + sizeName + QLatin1Char('-');
            shoot(QStringLiteral("home"), size, prefix + QStringLiteral("synced-home"));
            // The requirement is the residents': the beheerder's Home leads to them.
            QVERIFY(visibleItem(QStringLiteral("beheerderCard")));
            QVERIFY(!visibleItem(QStringLiteral("logButton")));
            shoot(QStringLiteral("residents"), size, prefix + QStringLiteral("residents"));
            shoot(QStringLiteral("pause"), size, prefix + QStringLiteral("pause"));
            verifyPauseDialogReads(false, prefix + QStringLiteral("pause"));
            // Close the dialog again (Escape).
            QTest::keyClick(m_window, Qt::Key_Escape);
            shoot(QStringLiteral("settings"), size, prefix + QStringLiteral("sync-settings"));
        }
    }
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    setLanguage(QStringLiteral("nl"));
    shoot(QStringLiteral("residents"), {390, 844}, QStringLiteral("rtl-phone-residents"));
    shoot(QStringLiteral("pause"), {1280, 800}, QStringLiteral("rtl-desktop-pause"));
    verifyPauseDialogReads(true, QStringLiteral("rtl-desktop-pause"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QObject *>(QStringLiteral("pauseDialog"))
                     ->property("visible")
                     .toBool());
    shoot(QStringLiteral("pause"), {390, 844}, QStringLiteral("rtl-phone-pause"));
    verifyPauseDialogReads(true, QStringLiteral("rtl-phone-pause"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    shoot(QStringLiteral("home"), {1280, 800}, QString());
}

void RenderTest::cleanupTestCase()
{
    m_engine.reset();
    m_session.reset();
    qInfo().noquote() << "screenshots:" << m_out.absolutePath();
}

void RenderTest::shoot(const QString &page, QSize size, const QString &name)
{
    m_window->resize(size);
    QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, page));
    // The screen asked for is the one shown (the pause dialog opens over Residents, the chart
    // on Home): a page the member may not see, or a name the shell lost, fails here.
    QString current;
    QVERIFY(QMetaObject::invokeMethod(m_window, "currentPage", Q_RETURN_ARG(QString, current)));
    const QString expected = page == QLatin1String("pause")   ? QStringLiteral("residents")
                             : page == QLatin1String("chart") ? QStringLiteral("home")
                                                              : page;
    QCOMPARE(current, expected);
    // Let layouts settle and the toast and scroll animations end.
    QTest::qWait(300);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), size, 2000);
    const QImage image = m_window->grabWindow();
    if (name.isEmpty())
        return;
    verifyNotBlank(image, name);
    if (QTest::currentTestFailed())
        return;
    const QString file = m_out.filePath(name + QStringLiteral(".png"));
    if (!image.save(file))
        qWarning() << "could not write" << file;
    m_written << file;
}

void RenderTest::verifyNotBlank(const QImage &image, const QString &name)
{
    QVERIFY2(!image.isNull(), qPrintable(name + QStringLiteral(": empty image")));
    QVERIFY2(image.width() > 100 && image.height() > 100, qPrintable(name));
    // A blank (or all-background) frame has a handful of colours; a drawn screen has many, and
    // a fair share of its pixels differ from the top-left background colour.
    QSet<QRgb> colours;
    qsizetype differing = 0;
    const QRgb background = image.pixel(image.width() / 2, 2);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            differing += p != background;
        }
    }
    const qsizetype sampled = qsizetype(image.width() / 3) * (image.height() / 3);
    QVERIFY2(colours.size() > 40, qPrintable(name + QStringLiteral(": looks blank")));
    QVERIFY2(differing * 100 > sampled * 3,
             qPrintable(name + QStringLiteral(": almost everything is background")));
}

QTEST_MAIN(RenderTest)

#include "tst_render.moc"
