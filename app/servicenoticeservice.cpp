#include "servicenoticeservice.h"

#include "clock.h"
#include "membercontext.h"
#include "notifier.h"
#include "reminderrepository.h"
#include "servicenotices.h"
#include "servicesservice.h"
#include "signalnotices.h"
#include "signalrepository.h"
#include "signalsservice.h"
#include "store.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNotices, "gangwerk.services.notices")

namespace gw {

QList<servicenotices::Notice> tellOnce(Store &store, Notifier &notifier,
                                       const servicenotices::Plan &plan, const QString &family,
                                       const QString &keyPrefix, const QDateTime &now)
{
    if (plan.due.isEmpty() && plan.covered.isEmpty())
        return {};
    try {
        // Stored before it is shown: told at most once, never twice.
        ReminderRepository repo(store);
        Transaction tx(store);
        for (const auto *list : {&plan.due, &plan.covered})
            for (const servicenotices::Notice &n : *list)
                repo.markDelivered(n.key, n.postId, now, family);
        tx.commit();
    } catch (const StoreError &e) {
        qCWarning(lcNotices) << "notices not stored, so not told:" << e.what();
        return {};
    }
    for (const servicenotices::Notice &n : plan.due)
        notifier.show({n.key, keyPrefix + n.postId, n.title, n.body});
    if (!plan.due.isEmpty())
        qCInfo(lcNotices) << plan.due.size() << family << "notice(s) handed to" << notifier.name();
    return plan.due;
}

ServiceNoticeService::ServiceNoticeService(ServicesService &services, Notifier &notifier,
                                           QObject *parent)
    : QObject(parent), m_services(services), m_notifier(notifier)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServiceNoticeService::check);
    connect(&m_services, &ServicesService::servicesChanged, this, &ServiceNoticeService::check);
}

void ServiceNoticeService::check()
{
    m_timer.stop();
    m_next = {};
    const MemberContext &ctx = m_services.memberContext();
    if (!ctx.isReady())
        return;
    servicenotices::Input in;
    in.me = *ctx.member();
    in.now = ctx.clock().now().toUTC();
    servicenotices::Plan plan;
    try {
        in.posts = m_services.posts();
        in.delivered =
            ReminderRepository(ctx.store()).delivered(QLatin1String(servicenotices::kFamily));
        plan = servicenotices::plan(in);
    } catch (const StoreError &e) {
        qCWarning(lcNotices) << "notices not checked:" << e.what();
        return;
    }
    for (const servicenotices::Notice &n :
         tellOnce(ctx.store(), m_notifier, plan, QLatin1String(servicenotices::kFamily),
                  QLatin1String(servicenotices::kKeyPrefix), in.now))
        emit told(n.key, n.title, n.body);
    m_next = plan.next;
    if (m_next.isValid())
        m_timer.start(int(std::clamp<qint64>(in.now.msecsTo(m_next), 0, kMaxWaitMs)));
}

SignalNoticeService::SignalNoticeService(SignalsService &signalling, Notifier &notifier,
                                         QObject *parent)
    : QObject(parent), m_signals(signalling), m_notifier(notifier)
{
    connect(&m_signals, &SignalsService::signalsChanged, this, &SignalNoticeService::check);
}

void SignalNoticeService::check()
{
    const MemberContext &ctx = m_signals.memberContext();
    if (!ctx.isReady())
        return;
    signalnotices::Input in;
    in.me = *ctx.member();
    in.now = ctx.clock().now().toUTC();
    servicenotices::Plan plan;
    try {
        in.signalList = m_signals.signalList();
        in.knockTasks = SignalRepository(ctx.store()).knockTasks(ctx.project()->id);
        in.delivered =
            ReminderRepository(ctx.store()).delivered(QLatin1String(signalnotices::kFamily));
        plan = signalnotices::plan(in);
    } catch (const StoreError &e) {
        qCWarning(lcNotices) << "signal notices not checked:" << e.what();
        return;
    }
    for (const servicenotices::Notice &n :
         tellOnce(ctx.store(), m_notifier, plan, QLatin1String(signalnotices::kFamily),
                  QLatin1String(signalnotices::kKeyPrefix), in.now))
        emit told(n.key, n.title, n.body);
}

} // namespace gw
