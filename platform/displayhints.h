#pragma once

#include <QObject>

namespace gw {

/// What the device's own accessibility settings ask of the app's look: a larger text size and
/// less movement. The base class is a device that asks nothing (scale 1, motion on); each
/// platform reads its own settings in a subclass and says `changed` when they change, so the
/// screens follow at once.
class DisplayHints : public QObject
{
    Q_OBJECT
public:
    explicit DisplayHints(QObject *parent = nullptr) : QObject(parent) {}

    /// Text size asked by the device: 1 is normal, 1.25 GNOME's "Large text".
    virtual qreal textScale() const { return m_textScale; }
    /// The device asks for less movement (animations off).
    virtual bool reduceMotion() const { return m_reduceMotion; }

    /// This platform's hints: the desktop's settings portal on Linux; a device that asks
    /// nothing elsewhere (Android and iOS are not read yet).
    static DisplayHints *createForPlatform(QObject *parent);

signals:
    void changed();

protected:
    /// For subclasses: stores what the device asks and says so when it differs.
    void set(qreal textScale, bool reduceMotion);

private:
    qreal m_textScale = 1.0;
    bool m_reduceMotion = false;
};

/// The Linux desktop's wishes, read from the settings portal (org.freedesktop.portal.Settings
/// on the session bus, served by xdg-desktop-portal from GNOME's settings):
/// org.gnome.desktop.interface text-scaling-factor (Settings > Accessibility > Large Text)
/// and enable-animations. Asked once, asynchronously, then followed through SettingChanged; a
/// desktop without the portal asks nothing. (Defined in displayhints.cpp: QtDBus stays private.)
DisplayHints *createPortalDisplayHints(QObject *parent);

} // namespace gw
