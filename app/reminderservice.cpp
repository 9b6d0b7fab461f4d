#include "reminderservice.h"

#include "activitiesservice.h"
#include "activityrepository.h"
#include "clock.h"
#include "membercontext.h"
#include "notifier.h"
#include "reminderrepository.h"
#include "reminders.h"
#include "store.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReminders, "gangwerk.reminders")

namespace gw {

ReminderService::ReminderService(ActivitiesService &activities, Notifier &notifier, QObject *parent)
    : QObject(parent), m_activities(activities), m_notifier(notifier)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::check);
    // A pull, a sign-up or a cancellation here: look again (the context's reload after a sync
    // arrives as activitiesChanged too).
    connect(&m_activities, &ActivitiesService::activitiesChanged, this, &ReminderService::check);
    connect(&m_notifier, &Notifier::failed, this, [](const QString &, const QString &detail) {
        qCInfo(lcReminders).noquote() << "a reminder could not be shown:" << detail;
    });
}

void ReminderService::check()
{
    m_timer.stop();
    m_next = {};
    const MemberContext &ctx = m_activities.memberContext();
    if (!ctx.isReady())
        return;
    reminders::Input in;
    in.memberId = ctx.memberId();
    in.now = ctx.clock().now().toUTC();
    in.zone = ctx.project()->zone();
    for (const activities::Place &p : ctx.project()->places)
        in.placeNames.insert(p.id, p.name);
    reminders::Plan plan;
    try {
        Store &store = ctx.store();
        ReminderRepository repo(store);
        in.activities = ActivityRepository(store).activities(ctx.project()->id, in.now);
        in.delivered = repo.delivered();
        in.seen = repo.seen();
        plan = reminders::plan(in);
        // Most looks find nothing new: then nothing is written (every commit is an fsync).
        if (plan.due.isEmpty() && plan.covered.isEmpty() && plan.seen == in.seen)
            return schedule(in.now, plan.next);
        // Stored before it is shown: a reminder is told at most once, never twice.
        Transaction tx(store);
        for (const reminders::Reminder &r : plan.due)
            repo.markDelivered(r.key, r.activityId, in.now);
        for (const reminders::Reminder &r : plan.covered)
            repo.markDelivered(r.key, r.activityId, in.now);
        repo.replaceSeen(plan.seen);
        QSet<QString> current;
        for (const Activity &a : in.activities)
            current.insert(a.id);
        repo.forgetAllBut(current);
        tx.commit();
    } catch (const StoreError &e) {
        // Nothing was stored, so nothing is lost: the next change or start looks again.
        qCWarning(lcReminders) << "reminders not checked:" << e.what();
        return;
    }
    for (const reminders::Reminder &r : plan.due) {
        m_notifier.show({r.key, r.activityId, r.title, r.body});
        emit reminded(r.key, r.title, r.body);
    }
    if (!plan.due.isEmpty())
        qCInfo(lcReminders) << plan.due.size() << "reminder(s) handed to" << m_notifier.name();
    schedule(in.now, plan.next);
}

void ReminderService::schedule(const QDateTime &now, const QDateTime &next)
{
    m_next = next;
    if (next.isValid())
        m_timer.start(int(std::clamp<qint64>(now.msecsTo(next), 0, kMaxWaitMs)));
}

} // namespace gw
