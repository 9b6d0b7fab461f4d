#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gw {
class Clock;
}

namespace gw::sync {

class SyncEngine;

/// What the screens say about sync, in one calm line: "Synced 2 minutes ago", "Offline — your
/// changes are safe on this device", "3 changes waiting to be sent". Follows the engine (set
/// once the store is open) and keeps "minutes ago" true while the screen is open.
class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString line READ line NOTIFY changed)
    /// "3 changes waiting to be sent", or "" when nothing waits.
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY changed)
    /// True when the line is about a problem the user may want to read about.
    Q_PROPERTY(bool trouble READ hasTrouble NOTIFY changed)
    /// After "Sync now": what came of it when all went well ("Everything is up to date."), so
    /// that the button never seems to do nothing; "" otherwise (a problem shows in line).
    Q_PROPERTY(QString checkResult READ checkResult NOTIFY changed)
    /// A long first sync: how far it is, 0…1; -1 when there is nothing to show (a short sync).
    Q_PROPERTY(double progress READ progress NOTIFY changed)

public:
    explicit SyncStatus(const Clock &clock, QObject *parent = nullptr);

    /// The engine to follow (null: not syncing, e.g. before the store is open).
    void setEngine(SyncEngine *engine);
    /// A demo store that no server backs: the line says so.
    void setDemo(bool demo);

    QString line() const;
    QString pendingText() const;
    bool hasTrouble() const;
    double progress() const;
    QString checkResult() const { return m_checkResult; }

    /// Asks the engine for a sync round now (the "Sync now" button).
    Q_INVOKABLE void syncNow();

signals:
    void changed();

private:
    const Clock &m_clock;
    QPointer<SyncEngine> m_engine;
    QTimer m_ticker;
    bool m_demo = false;
    bool m_asked = false; // a round the user asked for is under way
    QString m_checkResult;
};

} // namespace gw::sync
