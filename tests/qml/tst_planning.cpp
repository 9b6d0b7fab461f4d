// QuickTest runner for planning activities through the real screens, as a gangmaker on a real
// encrypted store (the corridor "Noord" with its common room, and the central hall), with the
// clock pinned. Its own runner: tst_qml's member is a resident, who plans nothing.
#include "testsession.h"

#include "activityform.h"
#include "membercontext.h"
#include "projectrepository.h"
#include "store.h"

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
        QCoreApplication::setApplicationName(QStringLiteral("tst_planning"));
        m_session =
            std::make_unique<gw::test::TestSession>(gw::test::TestSession::pinnedNow(), false);
        if (!m_session->ok())
            qFatal("could not open the test store");
        gw::Session &session = m_session->session();
        gw::ProjectRepository projects(session.store());
        gw::Transaction tx(session.store());
        gw::Member me = *projects.member(projects.selfMemberId());
        me.role = gw::Role::Gangmaker;
        me.gang = QStringLiteral("Noord");
        projects.saveMember(me);
        gw::Project p = *projects.project(me.projectId);
        p.places = {{gw::newId(), QStringLiteral("Huiskamer Noord"), QStringLiteral("Noord")},
                    {gw::newId(), QStringLiteral("Centrale hal"), QString()}};
        projects.saveProject(p);
        tx.commit();
        session.context()->reload();
        session.activityForm()->clear();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        gw::prepareQmlEngine(*engine);
        m_session->session().attachEngine(engine);
    }
    void cleanupTestCase() { m_session.reset(); }

private:
    std::unique_ptr<gw::test::TestSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_planning, Setup)

#include "tst_planning.moc"
