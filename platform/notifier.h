#pragma once

#include <QObject>
#include <QString>

namespace gw {

/// One notification as the app hands it to the platform. Plain words only: it can show on a
/// lock screen, so callers put no other resident's name in it.
struct Notification
{
    QString key;   // which reminder this is (for the shown/failed answers and the log)
    QString tag;   // a newer notification with the same tag replaces the older one (an activity)
    QString title; // plain text
    QString body;  // plain text; an implementation escapes it where the platform reads markup
};

/// Shows notifications the way the platform does: on Linux the desktop's notification service
/// over D-Bus (DBusNotifier); Android (NotificationManager) and iOS (UNUserNotificationCenter)
/// implement the same interface later. Showing never blocks and never throws: a platform
/// without a notification service answers failed() and the app goes on.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void show(const Notification &notification) = 0;
    /// Human name for logs ("desktop notifications (D-Bus)").
    virtual QString name() const = 0;

signals:
    /// The platform took the notification with @p key.
    void shown(const QString &key);
    /// It could not be shown; @p detail is for the log (never the notification's words).
    void failed(const QString &key, const QString &detail);
};

} // namespace gw
