#pragma once

#include "session.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace gw::test {

/// A session on a real encrypted store in a temporary folder, with time pinned by a FixedClock,
/// as the QML and render tests use it. Installs itself as the App singleton's session.
class TestSession
{
public:
    /// Opens a fresh store (random raw key) at @p now; with @p demo, seeds the demo project,
    /// else a project "De Gang" (10 h per month) and one member with no hours yet.
    TestSession(const QDateTime &now, bool demo);
    /// With @p empty, the store stays empty (not enrolled: the enrol screen shows), and sync
    /// runs with @p syncOptions.
    TestSession(const QDateTime &now, bool demo, bool empty,
                const sync::SyncEngine::Options &syncOptions = {});
    ~TestSession();

    Session &session() { return *m_session; }
    bool ok() const { return m_ok; }

    /// 15 November 2026, 14:00 in Amsterdam: mid-month, so the screens show a living month.
    static QDateTime pinnedNow();

private:
    void open(const QDateTime &now, bool demo, bool empty,
              const sync::SyncEngine::Options &syncOptions);

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    bool m_ok = false;
};

} // namespace gw::test
