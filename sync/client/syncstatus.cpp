#include "syncstatus.h"

#include "clock.h"
#include "syncengine.h"

#include <QLocale>
#include <QNetworkInformation>

#include <algorithm>

namespace gw::sync {

SyncStatus::SyncStatus(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    // "Synced 2 minutes ago" has to stay true while the screen is open.
    m_ticker.setInterval(30 * 1000);
    connect(&m_ticker, &QTimer::timeout, this, &SyncStatus::changed);
}

void SyncStatus::setEngine(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        for (auto sig : {&SyncEngine::stateChanged, &SyncEngine::lastSyncedAtChanged,
                         &SyncEngine::pendingCountChanged, &SyncEngine::problemChanged,
                         &SyncEngine::enrolledChanged, &SyncEngine::progressChanged})
            connect(engine, sig, this, &SyncStatus::changed);
        connect(engine, &SyncEngine::syncFinished, this, [this](bool ok) {
            if (!m_asked)
                return;
            m_asked = false;
            m_checkResult = ok ? tr("Everything is up to date.") : QString();
            emit changed();
        });
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    emit changed();
}

void SyncStatus::setDemo(bool demo)
{
    if (m_demo == demo)
        return;
    m_demo = demo;
    emit changed();
}

void SyncStatus::syncNow()
{
    if (!m_engine)
        return;
    m_asked = true;
    m_checkResult.clear();
    emit changed();
    m_engine->syncNow();
}

QString SyncStatus::pendingText() const
{
    if (!m_engine || !m_engine->isEnrolled() || m_engine->pendingCount() == 0)
        return {};
    return tr("%n change(s) waiting to be sent", nullptr, m_engine->pendingCount());
}

bool SyncStatus::hasTrouble() const
{
    return m_engine && m_engine->isEnrolled() &&
           (m_engine->state() == SyncEngine::State::Error ||
            m_engine->state() == SyncEngine::State::Offline);
}

double SyncStatus::progress() const
{
    if (!m_engine || m_engine->progressTotal() <= 0)
        return -1;
    return std::clamp(double(m_engine->progressDone()) / double(m_engine->progressTotal()), 0.0,
                      1.0);
}

QString SyncStatus::line() const
{
    if (!m_engine || !m_engine->isEnrolled())
        return m_demo ? tr("Demo on this device only: not connected to a server.") : QString();
    using S = SyncEngine::State;
    switch (m_engine->state()) {
    case S::Syncing:
        if (m_engine->progressTotal() > 0) {
            const QLocale locale;
            return tr("Bringing your project's data to this device: %1 of %2 (%3%)")
                .arg(locale.toString(m_engine->progressDone()),
                     locale.toString(m_engine->progressTotal()),
                     locale.toString(qRound(progress() * 100)));
        }
        return tr("Syncing…");
    case S::Offline: {
        // No internet at all, or the internet works and the server does not answer: two
        // different things to do about it.
        const QNetworkInformation *net = QNetworkInformation::instance();
        if (net && net->reachability() == QNetworkInformation::Reachability::Disconnected)
            return tr("Offline — your changes are safe on this device");
        return tr("The server does not answer — your changes are safe on this device");
    }
    case S::Error:
        return tr("Not synced — your changes are safe on this device");
    case S::NotEnrolled:
    case S::Idle:
        break;
    }
    if (m_engine->pendingCount() > 0)
        return pendingText();
    const QDateTime last = m_engine->lastSyncedAt();
    if (!last.isValid())
        return tr("Not synced yet");
    const qint64 secs = std::max<qint64>(0, last.secsTo(m_clock.now()));
    if (secs < 60)
        return tr("Synced just now");
    if (secs < 3600)
        return tr("Synced %n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 24 * 3600)
        return tr("Synced %n hour(s) ago", nullptr, int(secs / 3600));
    return tr("Synced on %1")
        .arg(QLocale().toString(last.toLocalTime().date(), QStringLiteral("d MMMM")));
}

} // namespace gw::sync
