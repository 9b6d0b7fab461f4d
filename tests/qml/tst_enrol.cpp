// The enrol screen, the sync status and the beheerder's Residents screen against a real
// gangwerk-server on loopback (seed-demo + serve on a free port): a wrong code shows the plain
// message beside the field; the resident's code enrols and Home shows Samira's synced hours;
// the beheerder sees the residents, pauses Samira, the pause is applied by the server and
// reaches Samira's own device.
#include "hourhistorymodel.h"
#include "hoursservice.h"
#include "membercontext.h"
#include "memberprogressmodel.h"
#include "projectrepository.h"
#include "serverfixture.h"
#include "session.h"
#include "testsession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

#include <algorithm>

#include "qmlplugins.h"

namespace {

// One device: a session on an empty store and the real Main.qml showing it.
struct Device
{
    std::unique_ptr<gw::test::TestSession> session;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    gw::Session &app() { return session->session(); }
    void reset()
    {
        engine.reset(); // the screens go before the session they show
        session.reset();
    }

    bool load(QSize size)
    {
        gw::sync::SyncEngine::Options options;
        options.callDeadline = std::chrono::milliseconds(15000);
        options.debounce = std::chrono::milliseconds(100);
        // Real time: the demo server dates its hours from today.
        session = std::make_unique<gw::test::TestSession>(QDateTime::currentDateTimeUtc(), false,
                                                          true, options);
        if (!session->ok())
            return false;
        engine = std::make_unique<QQmlApplicationEngine>();
        gw::prepareQmlEngine(*engine);
        app().attachEngine(engine.get());
        engine->load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().value(0));
        if (!window)
            return false;
        window->resize(size);
        return QTest::qWaitForWindowExposed(window);
    }

    // Searches the visual tree too: items a Repeater makes have no QObject parent.
    static QQuickItem *findIn(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name)
            return item;
        for (QQuickItem *child : item->childItems())
            if (QQuickItem *found = findIn(child, name))
                return found;
        return nullptr;
    }
    QQuickItem *find(const QString &name) const
    {
        if (auto *item = window->findChild<QQuickItem *>(name))
            return item;
        if (QQuickItem *item = findIn(window->contentItem(), name))
            return item;
        // Popups live on the overlay.
        return findIn(window->contentItem()->parentItem() ? window->contentItem()->parentItem()
                                                          : window->contentItem(),
                      name);
    }
    int countIn(QQuickItem *item, const QString &name) const
    {
        int n = item->objectName() == name && item->isVisible();
        for (QQuickItem *child : item->childItems())
            n += countIn(child, name);
        return n;
    }

    // Clicks a visible control where it is on screen, like a user: scrolls it into view first.
    void click(const QString &name)
    {
        auto *item = find(name);
        QVERIFY2(item, qPrintable(name));
        QTRY_VERIFY2(item->isVisible() && item->isEnabled(), qPrintable(name));
        // Scrolled until it is on screen: the form may still be growing (a message that just
        // appeared), so look again after each scroll.
        const QRectF screen(QPointF(0, 0), window->size());
        QPointF centre;
        for (int attempt = 0; attempt < 40; ++attempt) {
            for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
                if (!p->inherits("QQuickFlickable"))
                    continue;
                auto *content = p->property("contentItem").value<QQuickItem *>();
                const qreal y = item->mapToItem(content, QPointF(0, 0)).y();
                const qreal maxY =
                    std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
                p->setProperty("contentY", std::clamp<qreal>(y - p->height() / 2, 0, maxY));
                break;
            }
            QTest::qWait(50);
            centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
            if (screen.contains(centre))
                break;
        }
        QVERIFY2(QRectF(QPointF(0, 0), window->size()).contains(centre), qPrintable(name));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

    void type(const QString &field, const QString &text)
    {
        auto *item = find(field);
        QVERIFY2(item, qPrintable(field));
        item->setProperty("text", text);
    }
};

QString lastLine(const QString &out)
{
    return out.trimmed().split(QLatin1Char('\n')).last().trimmed();
}

} // namespace

class EnrolTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badAddressIsRefusedBeforeAnyCall();
    void wrongCodeShowsPlainMessage();
    void residentEnrolsAndSeesSyncedHours();
    void beheerderPausesAResident();
    void inviteLinkFillsInTheScreen();
    void cleanupTestCase();

private:
    ServerFixture m_server;
    QString m_residentCode;
    QString m_beheerderCode;
    Device m_resident;
    Device m_beheerder;
};

void EnrolTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_enrol"));
    const auto seeded =
        m_server.run({QStringLiteral("seed-demo"), QStringLiteral("--data"), m_server.dataDir()});
    QCOMPARE(seeded.exitCode, 0);
    m_residentCode = lastLine(seeded.out);
    static const QRegularExpression beheerder(
        QStringLiteral("Beheerder invite \\([^)]*\\): (\\S+)"));
    m_beheerderCode = beheerder.match(seeded.out).captured(1);
    QVERIFY(!m_residentCode.isEmpty());
    QVERIFY(!m_beheerderCode.isEmpty());
    QVERIFY(m_server.start());

    QVERIFY(m_resident.load({390, 844}));
    auto *enrolPage = m_resident.find(QStringLiteral("enrolPage"));
    QVERIFY(enrolPage);
    QTRY_VERIFY(enrolPage->isVisible());
    QVERIFY(!m_resident.window->property("appVisible").toBool());
}

void EnrolTest::badAddressIsRefusedBeforeAnyCall()
{
    Device &d = m_resident;
    QSignalSpy finished(d.app().enrolment(), &gw::sync::Enrolment::finished);
    d.type(QStringLiteral("serverField"), QStringLiteral("http://gangwerk.example.nl"));
    d.type(QStringLiteral("codeField"), QStringLiteral("abcd efgh jkmn pqrs"));
    d.click(QStringLiteral("connectButton"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(d.app().enrolment()->field(), QStringLiteral("server"));
    auto *message = d.find(QStringLiteral("serverMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->property("text").toString().contains(QLatin1String("http://")));
}

void EnrolTest::wrongCodeShowsPlainMessage()
{
    Device &d = m_resident;
    QSignalSpy finished(d.app().enrolment(), &gw::sync::Enrolment::finished);
    d.type(QStringLiteral("serverField"), m_server.url());
    d.type(QStringLiteral("codeField"), QStringLiteral("ABCD-EFGH-JKMN-PQRS"));
    d.click(QStringLiteral("connectButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(d.app().enrolment()->field(), QStringLiteral("code"));
    auto *message = d.find(QStringLiteral("codeMessage"));
    QVERIFY(message->isVisible());
    // Dutch (the default), in plain words, with what to do.
    QCOMPARE(message->property("text").toString(), d.app().enrolment()->message());
    QVERIFY2(d.app().enrolment()->message().contains(QLatin1String("beheerder")),
             qPrintable(d.app().enrolment()->message()));
    QVERIFY(!d.app().enrolment()->hint().isEmpty());
    QVERIFY(!d.app().hours()->isReady());
}

void EnrolTest::residentEnrolsAndSeesSyncedHours()
{
    Device &d = m_resident;
    QSignalSpy finished(d.app().enrolment(), &gw::sync::Enrolment::finished);
    // Read aloud and typed over: lower case, spaces instead of dashes.
    QString typed = m_residentCode.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    d.type(QStringLiteral("codeField"), typed);
    d.click(QStringLiteral("connectButton"));
    QTRY_VERIFY(d.app().enrolment()->isBusy() || !finished.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(d.app().enrolment()->message()));

    // The engine syncs right after enrolling: Samira's hours arrive and Home shows them.
    QTRY_VERIFY_WITH_TIMEOUT(d.window->property("appVisible").toBool(), 20000);
    QCOMPARE(d.app().hours()->memberName(), QStringLiteral("Samira"));
    QTRY_VERIFY_WITH_TIMEOUT(d.app().history()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(d.app().sync()->lastSyncedAt().isValid(), 20000);
    QTRY_COMPARE(d.app().sync()->state(), gw::sync::SyncEngine::State::Idle);
    QVERIFY(!d.app().context()->may(gw::Action::ReadAllHours));
    QVERIFY(d.app().hours()->doneMinutes() > 0 || d.app().history()->rowCount() > 0);
    auto *done = d.find(QStringLiteral("doneValue"));
    QVERIFY(done);
    QTRY_COMPARE(done->property("text").toString(),
                 d.app().hours()->formatMinutes(d.app().hours()->doneMinutes()));

    // The calm status line on the phone's Home.
    auto *line = d.find(QStringLiteral("homeSyncLine"));
    QVERIFY(line);
    QTRY_VERIFY(line->isVisible());
    QCOMPARE(d.app().syncStatus()->line(), QStringLiteral("Net bijgewerkt"));
    // No Residents entry for a resident.
    auto *residentsNav = d.find(QStringLiteral("bottomNav_residents"));
    QVERIFY(residentsNav);
    QVERIFY(!residentsNav->isVisible());

    // "Sync now" when all is synced still answers, in words; no raw server address for her.
    // Settings has no room in her bar: it is under "More".
    QVERIFY(!d.find(QStringLiteral("bottomNav_settings"))->isVisible());
    // A tap right after choosing from the list, while it still fades: it goes where it was
    // aimed, not to the closing list.
    const auto currentPage = [&] {
        QString page;
        QMetaObject::invokeMethod(d.window, "currentPage", Q_RETURN_ARG(QString, page));
        return page;
    };
    d.click(QStringLiteral("bottomNav_more"));
    d.click(QStringLiteral("moreNav_settings"));
    QCOMPARE(currentPage(), QStringLiteral("settings"));
    QVERIFY(
        d.window->findChild<QObject *>(QStringLiteral("moreMenu"))->property("visible").toBool());
    d.click(QStringLiteral("bottomNav_home"));
    QCOMPARE(currentPage(), QStringLiteral("home"));
    d.click(QStringLiteral("bottomNav_more"));
    d.click(QStringLiteral("moreNav_settings"));
    // Once the list has gone, as she sees it go.
    QTRY_VERIFY(
        !d.window->findChild<QObject *>(QStringLiteral("moreMenu"))->property("visible").toBool());
    auto *result = d.find(QStringLiteral("syncCheckResult"));
    QVERIFY(result);
    QVERIFY(!result->isVisible());
    d.click(QStringLiteral("syncNowButton"));
    QTRY_COMPARE_WITH_TIMEOUT(result->property("text").toString(),
                              QStringLiteral("Alles is bijgewerkt."), 20000);
    QVERIFY(result->isVisible());
    QCOMPARE(d.app().syncStatus()->checkResult(), QStringLiteral("Alles is bijgewerkt."));
    d.click(QStringLiteral("bottomNav_home"));
}

void EnrolTest::beheerderPausesAResident()
{
    Device &b = m_beheerder;
    QVERIFY(b.load({1280, 800}));
    QSignalSpy finished(b.app().enrolment(), &gw::sync::Enrolment::finished);
    b.type(QStringLiteral("serverField"), m_server.url());
    b.type(QStringLiteral("codeField"), m_beheerderCode);
    b.click(QStringLiteral("connectButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(b.app().enrolment()->message()));
    QTRY_VERIFY_WITH_TIMEOUT(b.app().context()->may(gw::Action::ReadAllHours), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(b.app().sync()->lastSyncedAt().isValid(), 20000);

    // The Residents screen lists the members (the beheerder is not among them).
    gw::MemberProgressModel *members = b.app().members();
    QTRY_VERIFY(members->rowCount() >= 2);
    int samira = -1;
    for (int i = 0; i < members->rowCount(); ++i) {
        const QModelIndex idx = members->index(i);
        QVERIFY(idx.data(gw::MemberProgressModel::RoleNameRole).toString() != "BEHEERDER");
        if (idx.data(gw::MemberProgressModel::NameRole).toString() == QLatin1String("Samira"))
            samira = i;
    }
    QVERIFY(samira >= 0);
    QVERIFY(!members->index(samira).data(gw::MemberProgressModel::PausedRole).toBool());
    b.click(QStringLiteral("sideNav_residents"));
    auto *page = b.find(QStringLiteral("residentsPage"));
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE(b.countIn(page, QStringLiteral("memberName")), members->rowCount());

    // Pause Samira until the end of next month through the dialog.
    QMetaObject::invokeMethod(page, "openPause", Q_ARG(int, samira));
    auto *dialog = b.window->findChild<QObject *>(QStringLiteral("pauseDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(dialog->property("memberName").toString(), QStringLiteral("Samira"));
    b.click(QStringLiteral("pauseNextMonth"));
    QTRY_COMPARE(dialog->property("choice").toString(), QStringLiteral("nextMonth"));
    // A reason for her own memory: kept with the pause, never sent to Samira.
    b.type(QStringLiteral("pauseReason"), QStringLiteral("In het ziekenhuis"));
    b.click(QStringLiteral("pauseSave"));
    QTRY_VERIFY(!dialog->property("visible").toBool());
    const QModelIndex row = members->index(samira);
    QVERIFY(row.data(gw::MemberProgressModel::PausedRole).toBool());
    const QString until = b.app().hours()->pauseDate(QStringLiteral("nextMonth"), 0);
    QCOMPARE(row.data(gw::MemberProgressModel::PausedUntilIsoRole).toString(), until);

    // Sent at once and applied by the server: the outbox drains, nothing was refused.
    QTRY_COMPARE_WITH_TIMEOUT(b.app().sync()->pendingCount(), 0, 20000);
    QTRY_COMPARE(b.app().sync()->state(), gw::sync::SyncEngine::State::Idle);
    QCOMPARE(b.app().sync()->rejections()->rowCount(), 0);

    // Changing it opens on the pause as it is; the button says what saving would do, so one
    // Enter does not cut the pause short.
    QMetaObject::invokeMethod(page, "openPause", Q_ARG(int, samira));
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(dialog->property("choice").toString(), QStringLiteral("keep"));
    auto *save = b.find(QStringLiteral("pauseSave"));
    QVERIFY(save);
    QCOMPARE(save->property("text").toString(), QStringLiteral("Pauze houden"));
    b.click(QStringLiteral("pauseMonth")); // the end of this month: earlier than the pause's end
    QTRY_COMPARE(save->property("text").toString(), QStringLiteral("Pauze inkorten"));
    b.click(QStringLiteral("pauseKeep"));
    QTRY_COMPARE(save->property("text").toString(), QStringLiteral("Pauze houden"));
    // Enter on the save button with the choice the dialog opened on keeps the pause as it is.
    QVERIFY(QMetaObject::invokeMethod(save, "forceActiveFocus"));
    QTest::keyClick(b.window, Qt::Key_Return);
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QCOMPARE(members->index(samira).data(gw::MemberProgressModel::PausedUntilIsoRole).toString(),
             until);
    QCOMPARE(b.app().sync()->pendingCount(), 0); // nothing was queued

    const QString samiraId =
        members->index(samira).data(gw::MemberProgressModel::MemberIdRole).toString();
    const auto pausesOn = [&](Device &device) {
        return gw::ProjectRepository(device.app().store()).member(samiraId)->pauses;
    };
    QCOMPARE(pausesOn(b).constLast().reason, QStringLiteral("In het ziekenhuis"));

    // And it reaches Samira's own device: her Home says her hours are paused; the reason
    // stays with the beheerder.
    m_resident.app().syncStatus()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_resident.app().hours()->isPaused(), 20000);
    QVERIFY(!pausesOn(m_resident).isEmpty());
    for (const gw::PausePeriod &p : pausesOn(m_resident))
        QVERIFY2(p.reason.isEmpty(), qPrintable(p.reason));
}

// The beheerder's `invite --address` prints a link; opened on a phone (main hands it to the
// enrol screen) or pasted into the code field, it fills in address and code, and connects.
void EnrolTest::inviteLinkFillsInTheScreen()
{
    const auto inviteLink = [&] {
        const auto made = m_server.run(
            {QStringLiteral("invite"), QStringLiteral("--data"), m_server.dataDir(),
             QStringLiteral("--project"), QStringLiteral("De Gang"), QStringLiteral("--role"),
             QStringLiteral("resident"), QStringLiteral("--name"), QStringLiteral("Yusuf"),
             QStringLiteral("--address"), m_server.url()});
        static const QRegularExpression linkLine(QStringLiteral("Invite link: (\\S+)"));
        return std::pair{linkLine.match(made.out).captured(1), lastLine(made.out)};
    };

    // Pasted: a wrong link says so beside the code field and fills in nothing.
    Device pasted;
    QVERIFY(pasted.load({390, 844}));
    auto *code = pasted.find(QStringLiteral("codeField"));
    auto *server = pasted.find(QStringLiteral("serverField"));
    QVERIFY(code && server);
    const auto paste = [&](const QString &text) {
        QVERIFY(QMetaObject::invokeMethod(code, "forceActiveFocus"));
        QVERIFY(QMetaObject::invokeMethod(code, "selectAll"));
        QGuiApplication::clipboard()->setText(text);
        QTest::keySequence(pasted.window, QKeySequence::Paste);
    };
    paste(QStringLiteral("gangwerk://enrol?server=https%3A%2F%2Fx.nl&code=no"));
    QTRY_COMPARE(pasted.app().enrolment()->field(), QStringLiteral("code"));
    QVERIFY(pasted.find(QStringLiteral("codeMessage"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("geen goede code")));
    QCOMPARE(server->property("text").toString(), QString());

    const auto [link, expectedCode] = inviteLink();
    QVERIFY2(link.startsWith(QStringLiteral("gangwerk://enrol?")), qPrintable(link));
    paste(link);
    QTRY_COMPARE(code->property("text").toString(), expectedCode);
    QCOMPARE(server->property("text").toString(), m_server.url());
    QCOMPARE(pasted.app().enrolment()->message(), QString());
    QSignalSpy finished(pasted.app().enrolment(), &gw::sync::Enrolment::finished);
    pasted.click(QStringLiteral("connectButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(pasted.app().enrolment()->message()));
    QTRY_VERIFY_WITH_TIMEOUT(pasted.window->property("appVisible").toBool(), 20000);
    QCOMPARE(pasted.app().hours()->memberName(), QStringLiteral("Yusuf"));
    pasted.reset();

    // Opened: the screen shows up filled in; the resident only confirms.
    Device opened;
    const auto [link2, code2] = inviteLink();
    QVERIFY(opened.load({390, 844}));
    QVERIFY(opened.app().enrolment()->useLink(link2));
    QTRY_COMPARE(opened.find(QStringLiteral("codeField"))->property("text").toString(), code2);
    QCOMPARE(opened.find(QStringLiteral("serverField"))->property("text").toString(),
             m_server.url());
    QSignalSpy finished2(opened.app().enrolment(), &gw::sync::Enrolment::finished);
    opened.click(QStringLiteral("connectButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished2.size(), 1, 20000);
    QVERIFY2(finished2.first().first().toBool(), qPrintable(opened.app().enrolment()->message()));
    opened.reset();
}

void EnrolTest::cleanupTestCase()
{
    m_beheerder.reset();
    m_resident.reset();
    m_server.stop();
}

QTEST_MAIN(EnrolTest)

#include "tst_enrol.moc"
