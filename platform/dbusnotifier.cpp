#include "dbusnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

#include <utility>

Q_LOGGING_CATEGORY(lcNotifier, "gangwerk.notifier")

namespace gw {

namespace {

QDBusMessage call(const char *method)
{
    return QDBusMessage::createMethodCall(
        QLatin1String(DBusNotifier::kService), QLatin1String(DBusNotifier::kPath),
        QLatin1String(DBusNotifier::kInterface), QLatin1String(method));
}

} // namespace

DBusNotifier::DBusNotifier(QObject *parent) : Notifier(parent)
{
    // A card the user or the daemon closed is gone: the next one of its tag starts afresh.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kInterface),
                    QStringLiteral("NotificationClosed"), this, SLOT(closed(uint, uint)));
}

DBusNotifier::~DBusNotifier() = default;

QString DBusNotifier::name() const
{
    return QStringLiteral("desktop notifications (org.freedesktop.Notifications over D-Bus)");
}

void DBusNotifier::closed(uint id, uint /*reason*/)
{
    for (auto it = m_ids.begin(); it != m_ids.end();) {
        if (it.value() == id)
            it = m_ids.erase(it);
        else
            ++it;
    }
}

void DBusNotifier::show(const Notification &notification)
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        // No session bus (a bare console, a service without a desktop): nothing can show a
        // card; the app's own screens still say what changed.
        qCInfo(lcNotifier) << "no D-Bus session bus: notification not shown";
        emit failed(notification.key, QStringLiteral("no D-Bus session bus"));
        return;
    }
    if (m_capabilitiesKnown) {
        send(notification);
        return;
    }
    m_waiting.append(notification);
    askCapabilities();
}

void DBusNotifier::askCapabilities()
{
    if (m_asked)
        return;
    m_asked = true;
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call("GetCapabilities")), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_asked = false;
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            // Ask again next time: the daemon may be started later.
            qCInfo(lcNotifier).noquote()
                << "notification service did not answer:" << reply.error().name();
        } else {
            m_capabilitiesKnown = true;
            m_markup = reply.value().contains(QLatin1String("body-markup"));
        }
        const QList<Notification> waiting = std::exchange(m_waiting, {});
        for (const Notification &n : waiting)
            send(n);
    });
}

void DBusNotifier::send(const Notification &n)
{
    QDBusMessage m = call("Notify");
    // urgency 1 = normal (a reminder, not an alarm). No category: the specification has none
    // for reminders, and a wrong one ("im") makes daemons treat it as a chat message.
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
                            {QStringLiteral("desktop-entry"), QString::fromLatin1(kDesktopEntry)}};
    m << QString::fromLatin1(kAppName) << uint(m_ids.value(n.tag, 0))
      << QString::fromLatin1(kDesktopEntry) << n.title
      << (m_markup ? n.body.toHtmlEscaped() : n.body) << QStringList() << hints
      << qint32(-1); // the daemon's own timeout
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(m), this);
    const QString key = n.key, tag = n.tag;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, tag](QDBusPendingCallWatcher *w) { answered(w, key, tag); });
}

void DBusNotifier::answered(QDBusPendingCallWatcher *call, const QString &key, const QString &tag)
{
    call->deleteLater();
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        // The error's name only: its message could quote what was sent.
        qCWarning(lcNotifier).noquote() << "notification not shown:" << reply.error().name();
        emit failed(key, reply.error().name());
        return;
    }
    if (!tag.isEmpty())
        m_ids.insert(tag, reply.value());
    emit shown(key);
}

} // namespace gw
