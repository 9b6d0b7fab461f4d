#include "servicenoticeservice.h"

#include "clock.h"
#include "membercontext.h"
#include "notifier.h"
#include "reminderrepository.h"
#include "servicenotices.h"
#include "servicesservice.h"
#include "store.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNotices, "gangwerk.services.notices")

namespace gw {

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
        Store &store = ctx.store();
        ReminderRepository repo(store);
        in.posts = m_services.posts();
        in.delivered = repo.delivered(QLatin1String(servicenotices::kFamily));
        plan = servicenotices::plan(in);
        if (!plan.due.isEmpty() || !plan.covered.isEmpty()) {
            // Stored before it is shown: told at most once, never twice.
            Transaction tx(store);
            for (const auto *list : {&plan.due, &plan.covered})
                for (const servicenotices::Notice &n : *list)
                    repo.markDelivered(n.key, n.postId, in.now,
                                       QLatin1String(servicenotices::kFamily));
            tx.commit();
        }
    } catch (const StoreError &e) {
        qCWarning(lcNotices) << "notices not checked:" << e.what();
        return;
    }
    for (const servicenotices::Notice &n : plan.due) {
        m_notifier.show(
            {n.key, QLatin1String(servicenotices::kKeyPrefix) + n.postId, n.title, n.body});
        emit told(n.key, n.title, n.body);
    }
    if (!plan.due.isEmpty())
        qCInfo(lcNotices) << plan.due.size() << "notice(s) handed to" << m_notifier.name();
    m_next = plan.next;
    if (m_next.isValid())
        m_timer.start(int(std::clamp<qint64>(in.now.msecsTo(m_next), 0, kMaxWaitMs)));
}

} // namespace gw
