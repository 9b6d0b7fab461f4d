// What a screen-reader or keyboard user relies on: from each main screen, Tab reaches the
// controls one by one, and every control that takes focus has a name a screen reader can say.
// Real Main.qml on a demo store, in Dutch and English, at phone and desktop size.
#include "testsession.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

#include "qmlplugins.h"

class AccessibilityTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        m_session =
            std::make_unique<gw::test::TestSession>(gw::test::TestSession::pinnedNow(), true);
        QVERIFY(m_session->ok());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        gw::prepareQmlEngine(*m_engine);
        m_session->session().attachEngine(m_engine.get());
        m_engine->load(QUrl(QStringLiteral("qrc:/Gangwerk/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void tabReachesNamedControls_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        for (const QString language : {QStringLiteral("nl"), QStringLiteral("en")})
            for (const QSize size : {QSize(390, 844), QSize(1280, 800)})
                for (const QString page : {QStringLiteral("home"), QStringLiteral("log"),
                                           QStringLiteral("history"), QStringLiteral("settings")})
                    QTest::addRow("%s-%dx%d-%s", qPrintable(language), size.width(), size.height(),
                                  qPrintable(page))
                        << language << size << page;
    }

    void tabReachesNamedControls()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, page);
        m_session->session().applyLanguage(language, false);
        m_window->resize(size);
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, page));
        QTest::qWait(200);

        QSet<QQuickItem *> reached;
        QStringList unnamed;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(m_window, Qt::Key_Tab);
            QQuickItem *item = m_window->activeFocusItem();
            if (!item || item == m_window->contentItem())
                continue;
            if (reached.contains(item))
                break; // round the whole chain once
            reached.insert(item);
            if (nameOf(item).trimmed().isEmpty())
                unnamed << describe(item);
        }
        QVERIFY2(reached.size() >= 3,
                 qPrintable(QStringLiteral("Tab reached only %1 controls").arg(reached.size())));
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible "
                                                              "name: ") +
                                               unnamed.join(QStringLiteral(", "))));
    }

private:
    // The name a screen reader announces: the item's own, or that of the nearest ancestor
    // that gives one (a delegate names the row a button sits in).
    static QString nameOf(QQuickItem *item)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->text(QAccessible::Name) : QString();
    }
    static QString describe(QQuickItem *item)
    {
        return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(item->metaObject()->className()),
                                             item->objectName());
    }

    std::unique_ptr<gw::test::TestSession> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
