#include "displayhints.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcDisplayHints, "gangwerk.platform.display", QtInfoMsg)

namespace gw {

void DisplayHints::set(qreal textScale, bool reduceMotion)
{
    if (qFuzzyCompare(textScale, m_textScale) && reduceMotion == m_reduceMotion)
        return;
    m_textScale = textScale;
    m_reduceMotion = reduceMotion;
    emit changed();
}

namespace {

constexpr auto kService = "org.freedesktop.portal.Desktop";
constexpr auto kPath = "/org/freedesktop/portal/desktop";
constexpr auto kInterface = "org.freedesktop.portal.Settings";
constexpr auto kNamespace = "org.gnome.desktop.interface";
constexpr auto kTextScaling = "text-scaling-factor";
constexpr auto kAnimations = "enable-animations";

using SettingsMap = QMap<QString, QVariantMap>;

class PortalDisplayHints : public DisplayHints
{
    Q_OBJECT
public:
    explicit PortalDisplayHints(QObject *parent) : DisplayHints(parent)
    {
        qDBusRegisterMetaType<SettingsMap>();
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected()) {
            qCInfo(lcDisplayHints) << "no session bus: the desktop's text size is not followed";
            return;
        }
        if (!bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kInterface),
                         QStringLiteral("SettingChanged"), this,
                         SLOT(settingChanged(QDBusMessage))))
            qCWarning(lcDisplayHints)
                << "cannot follow the desktop's settings:" << bus.lastError().message();
        QDBusMessage call =
            QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                           QLatin1String(kInterface), QStringLiteral("ReadAll"));
        call << QStringList{QLatin1String(kNamespace)};
        // Outside a desktop session (a test's own bus, a kiosk, ssh) there are no desktop
        // settings to follow: ask a portal that already runs, but do not start one there, which
        // would only spawn the portal's daemons (and its document store's FUSE mount).
        call.setAutoStartService(!qEnvironmentVariableIsEmpty("XDG_CURRENT_DESKTOP"));
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this](QDBusPendingCallWatcher *w) {
                    w->deleteLater();
                    const QDBusPendingReply<SettingsMap> reply = *w;
                    if (reply.isError()) {
                        // No portal (a plain X session, a server): nothing is asked.
                        qCInfo(lcDisplayHints) << "no settings portal:" << reply.error().name();
                        return;
                    }
                    const QVariantMap values = reply.value().value(QLatin1String(kNamespace));
                    for (auto it = values.cbegin(); it != values.cend(); ++it)
                        take(it.key(), it.value());
                });
    }

private slots:
    // SettingChanged(namespace, key, value)
    void settingChanged(const QDBusMessage &message)
    {
        const QList<QVariant> args = message.arguments();
        if (args.size() == 3 && args[0].toString() == QLatin1String(kNamespace))
            take(args[1].toString(), args[2]);
    }

private:
    void take(const QString &key, QVariant value)
    {
        // A value read through Read() comes wrapped once more.
        while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
            value = value.value<QDBusVariant>().variant();
        if (key == QLatin1String(kTextScaling)) {
            bool ok = false;
            const double scale = value.toDouble(&ok);
            // GNOME offers 0.5 to 3; anything else is a broken setting, not a wish.
            if (!ok || !std::isfinite(scale) || scale < 0.5 || scale > 3.0) {
                qCWarning(lcDisplayHints) << "ignoring text-scaling-factor" << value;
                return;
            }
            m_scale = scale;
        } else if (key == QLatin1String(kAnimations)) {
            if (value.typeId() != QMetaType::Bool)
                return;
            m_animations = value.toBool();
        } else {
            return;
        }
        set(m_scale, !m_animations);
    }

    qreal m_scale = 1.0;
    bool m_animations = true;
};

} // namespace

DisplayHints *createPortalDisplayHints(QObject *parent)
{
    return new PortalDisplayHints(parent);
}

DisplayHints *DisplayHints::createForPlatform(QObject *parent)
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    return createPortalDisplayHints(parent);
#else
    return new DisplayHints(parent);
#endif
}

} // namespace gw

#include "displayhints.moc"
