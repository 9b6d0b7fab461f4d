#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace gw {

class DisplayHints;

/// How the screens are drawn for this reader: the text size they chose (100, 150 or 200%),
/// times what the device itself asks (GNOME's "Large text", later Android's font size and
/// iOS's Dynamic Type), and whether things move on the screen. The choices are remembered on
/// this device; the QML Theme reads textScale and reduceMotion.
class DisplaySettings : public QObject
{
    Q_OBJECT
    /// The reader's choice, in percent: one of textSizes.
    Q_PROPERTY(int textSize READ textSize WRITE setTextSize NOTIFY changed)
    Q_PROPERTY(QList<int> textSizes READ textSizes CONSTANT)
    /// What the device asks on top of that (1 when it asks nothing).
    Q_PROPERTY(qreal platformTextScale READ platformTextScale NOTIFY changed)
    /// What the screens use: the choice times the device's, never above kMaxTextScale (the
    /// largest size every screen is checked at).
    Q_PROPERTY(qreal textScale READ textScale NOTIFY changed)
    /// The reader asked for less movement in the app's settings.
    Q_PROPERTY(bool lessMotion READ lessMotion WRITE setLessMotion NOTIFY changed)
    /// The device asks for less movement (GNOME: animations off).
    Q_PROPERTY(bool platformReducesMotion READ platformReducesMotion NOTIFY changed)
    /// Either asks it: the screens show changes at once instead of sliding or fading.
    Q_PROPERTY(bool reduceMotion READ reduceMotion NOTIFY changed)

public:
    static constexpr qreal kMaxTextScale = 2.0;

    explicit DisplaySettings(QObject *parent = nullptr);

    /// Reads the device's wishes from @p hints from now on (null: the device asks nothing).
    void setHints(DisplayHints *hints);

    int textSize() const { return m_textSize; }
    /// Sets and remembers the choice; a size not in textSizes is ignored.
    void setTextSize(int percent) { applyTextSize(percent, true); }
    /// Sets the choice, remembered only when @p remember (not for `--text-size`). False for a
    /// size not offered.
    bool applyTextSize(int percent, bool remember);
    static QList<int> textSizes() { return {100, 150, 200}; }
    static bool isTextSize(int percent) { return textSizes().contains(percent); }

    qreal platformTextScale() const;
    qreal textScale() const;

    bool lessMotion() const { return m_lessMotion; }
    void setLessMotion(bool less);
    bool platformReducesMotion() const;
    bool reduceMotion() const { return m_lessMotion || platformReducesMotion(); }

signals:
    void changed();

private:
    QPointer<DisplayHints> m_hints;
    int m_textSize = 100;
    bool m_lessMotion = false;
};

} // namespace gw
