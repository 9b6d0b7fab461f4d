#pragma once

#include "notifier.h"
#include "paths.h"

#include <QHash>
#include <QList>

class QDBusPendingCallWatcher;

namespace gw {

/// Notifications on the Linux desktop: org.freedesktop.Notifications on the session bus (GNOME
/// Shell, KDE Plasma, dunst, mako, notification-daemon), spoken with QtDBus. Calls are
/// asynchronous, so a slow or missing daemon never holds up the screens; a daemon that is not
/// running is started by the bus when the desktop installed it for activation.
///
/// A notification with the same tag as an earlier one replaces it (replaces_id), so the hour
/// before replaces yesterday evening's card of the same activity. The body is escaped only when
/// the daemon says it reads markup (body-markup): an activity's title is typed by a resident,
/// and "<" in it must show as "<", never as a tag.
class DBusNotifier : public Notifier
{
    Q_OBJECT
public:
    static constexpr auto kService = "org.freedesktop.Notifications";
    static constexpr auto kPath = "/org/freedesktop/Notifications";
    static constexpr auto kInterface = "org.freedesktop.Notifications";
    /// app_name, and the desktop entry (platform/linux/nl.gangwerk.Gangwerk.desktop, its name
    /// without .desktop: the app id) the daemon may show.
    static constexpr auto kAppName = "Gangwerk";
    static constexpr auto kDesktopEntry = Paths::kAppId;

    explicit DBusNotifier(QObject *parent = nullptr);
    ~DBusNotifier() override;

    void show(const Notification &notification) override;
    QString name() const override;

private slots:
    void closed(uint id, uint reason);

private:
    void askCapabilities();
    void send(const Notification &n);
    void answered(QDBusPendingCallWatcher *call, const QString &key, const QString &tag);

    QHash<QString, uint> m_ids;    // tag → the daemon's id of its latest notification
    QList<Notification> m_waiting; // until the daemon's capabilities are known
    bool m_asked = false;
    bool m_capabilitiesKnown = false;
    bool m_markup = false;
};

} // namespace gw
