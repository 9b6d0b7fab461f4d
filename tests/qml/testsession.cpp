#include "testsession.h"

#include "clock.h"
#include "hourentryform.h"
#include "hoursservice.h"
#include "projectrepository.h"
#include "store.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace gw::test {

QDateTime TestSession::pinnedNow()
{
    return QDateTime(QDate(2026, 11, 15), QTime(14, 0), QTimeZone("Europe/Amsterdam"));
}

TestSession::TestSession(const QDateTime &now, bool demo)
{
    // Screens tested without a server: no timers, no network watching.
    sync::SyncEngine::Options options;
    options.automatic = false;
    open(now, demo, false, options);
}

TestSession::TestSession(const QDateTime &now, bool demo, bool empty,
                         const sync::SyncEngine::Options &syncOptions)
{
    open(now, demo, empty, syncOptions);
}

void TestSession::open(const QDateTime &now, bool demo, bool empty,
                       const sync::SyncEngine::Options &syncOptions)
{
    m_session = std::make_unique<Session>(std::make_unique<FixedClock>(now.toUTC()));
    m_session->setSyncOptions(syncOptions);
    Session::setInstance(m_session.get());
    m_session->applyLanguage(QStringLiteral("nl"), false);

    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    if (!m_session->openStore(m_dir.filePath(QStringLiteral("gangwerk.db")), StoreKey::raw(key)))
        return;
    if (demo) {
        m_session->seedDemo();
    } else if (!empty) {
        Project p;
        p.id = newId();
        p.name = QStringLiteral("De Gang");
        p.requirement = {10 * 60, hours::Period::Month};
        Member m;
        m.id = newId();
        m.projectId = p.id;
        m.displayName = QStringLiteral("Noor");
        m.movedIn = QDate(2025, 1, 1);
        ProjectRepository projects(m_session->store());
        Transaction tx(m_session->store());
        projects.saveProject(p);
        projects.saveMember(m);
        projects.setSelfMemberId(m.id);
        tx.commit();
        m_session->hours()->reload();
        m_session->form()->clear();
    }
    m_ok = true;
}

TestSession::~TestSession()
{
    if (Session::instance() == m_session.get())
        Session::setInstance(nullptr);
}

} // namespace gw::test
