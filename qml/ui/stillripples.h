#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class QQuickItem;
class QQuickWindow;

namespace gw {

/// With less movement asked (Settings, or the platform's "reduce animation"), Material's press
/// ripple — a wave that spreads from where the finger or the mouse pressed — is not drawn.
/// Qt Quick Controls offer no switch for it, and the ripple sits inside each control's own
/// background, also in controls that lists make as one scrolls: so just before the window
/// hands on a press (mouse, touch or key), every ripple in the window is hidden (a walk over
/// its items, well under a millisecond). Hover and focus still show: by the focus ring and the
/// controls' own colours. Used once, in the window: `StillRipples { active: Theme.reduceMotion }`.
class StillRipples : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
public:
    explicit StillRipples(QObject *parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);

    void classBegin() override {}
    void componentComplete() override;

signals:
    void activeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hideAll();
    void hideIn(QQuickItem *item);

    bool m_active = false;
    QPointer<QQuickWindow> m_window;
    QList<QPointer<QQuickItem>> m_hidden; // shown again when movement is allowed again
};

} // namespace gw
