#pragma once

#include "servicenotices.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace gw {

class ServicesService;
class SignalsService;
class Notifier;
class Store;

/// Tells what @p plan finds due through @p notifier, once: every notice (due or too old to
/// tell) is stored as told under @p family before the notifier is called, so a notice is told
/// at most once, also across restarts. The notifier's tag groups a record's notices
/// (@p keyPrefix + record id). Returns the notices shown; none when the store failed.
QList<servicenotices::Notice> tellOnce(Store &store, Notifier &notifier,
                                       const servicenotices::Plan &plan, const QString &family,
                                       const QString &keyPrefix, const QDateTime &now);

/// Tells a member, through the platform's Notifier, what core's buurtdiensten planner
/// (core/servicenotices.h) finds due: a request taken, help to confirm, help counted, a request
/// expired, a new message, a suggestion, a request nobody took for two days. Like the
/// ReminderService: it looks at start, whenever the posts change (a pull, a step here) and at
/// the next moment something becomes due by time; what was told is stored (the reminders'
/// table) before the notifier is called, so a notice is told once, also across restarts.
class ServiceNoticeService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxWaitMs = 15 * 60 * 1000;

    ServiceNoticeService(ServicesService &services, Notifier &notifier, QObject *parent = nullptr);

    void check();
    QDateTime nextMoment() const { return m_next; }

signals:
    void told(const QString &key, const QString &title, const QString &body);

private:
    ServicesService &m_services;
    Notifier &m_notifier;
    QTimer m_timer;
    QDateTime m_next;
};

/// The same for signals (core/signalnotices.h): a beheerder's new "today" signal, an answer to
/// a reporter, a knock task for a gangmaker. Words only: nothing of the signal on a lock screen.
class SignalNoticeService : public QObject
{
    Q_OBJECT
public:
    SignalNoticeService(SignalsService &signalling, Notifier &notifier, QObject *parent = nullptr);

    void check();

signals:
    void told(const QString &key, const QString &title, const QString &body);

private:
    SignalsService &m_signals;
    Notifier &m_notifier;
};

} // namespace gw
