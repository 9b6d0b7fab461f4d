#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace gw {

class ActivitiesService;
class Notifier;

/// Tells a member, through the platform's Notifier, what core's reminder planner
/// (core/reminders.h) finds due: the evening before and the hour before what they signed up
/// for, a place that came free for them, an activity that was cancelled.
///
/// It looks when it starts, whenever the activities change (a pull, a sign-up here) and at the
/// next moment something becomes due, with one timer aimed at that moment (never polling). What
/// was told and what was last seen are stored in the device's store in one transaction before
/// the notifier is called, so a reminder is never told twice, also across restarts. Texts are
/// worded when they are told, in the app's language at that moment.
class ReminderService : public QObject
{
    Q_OBJECT
public:
    /// The timer never waits longer than this: a phone or laptop that slept does not count the
    /// sleep on the timer's clock, so a long wait could wake well after its moment.
    static constexpr int kMaxWaitMs = 15 * 60 * 1000;

    ReminderService(ActivitiesService &activities, Notifier &notifier, QObject *parent = nullptr);

    /// Runs the planner now and tells what is due (also what the timer and changes call).
    void check();
    /// When the timer will look again (invalid when nothing is waiting for a moment).
    QDateTime nextMoment() const { return m_next; }

signals:
    /// A reminder was stored as told and handed to the notifier (the words it was shown with).
    void reminded(const QString &key, const QString &title, const QString &body);

private:
    void schedule(const QDateTime &now, const QDateTime &next);

    ActivitiesService &m_activities;
    Notifier &m_notifier;
    QTimer m_timer;
    QDateTime m_next;
};

} // namespace gw
