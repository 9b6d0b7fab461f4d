#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace gw {

class ServicesService;
class Notifier;

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

} // namespace gw
