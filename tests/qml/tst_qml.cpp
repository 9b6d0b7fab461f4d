// QuickTest runner for the Gangwerk screens. qmltestrunner cannot import a static QML module,
// so this runner links the module's plugin and gives the tests a session on a real encrypted
// store in a temporary folder, with the clock pinned.
#include "testsession.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

#include "qmlplugins.h"

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("GangwerkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
        m_session =
            std::make_unique<gw::test::TestSession>(gw::test::TestSession::pinnedNow(), false);
        if (!m_session->ok())
            qFatal("could not open the test store");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static module's qmldir lives in the resources, under qrc:/Gangwerk.
        gw::prepareQmlEngine(*engine);
        m_session->session().attachEngine(engine);
    }
    void cleanupTestCase() { m_session.reset(); }

private:
    std::unique_ptr<gw::test::TestSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
