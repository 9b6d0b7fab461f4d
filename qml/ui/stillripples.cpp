#include "stillripples.h"

#include <QEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstring>

namespace gw {

StillRipples::StillRipples(QObject *parent) : QObject(parent) {}

void StillRipples::componentComplete()
{
    // Declared inside the window: its default property gives plain objects to its content
    // item (a window made in C++ may hold it itself).
    m_window = qobject_cast<QQuickWindow *>(parent());
    if (auto *item = qobject_cast<QQuickItem *>(parent()); !m_window && item)
        m_window = item->window();
    if (!m_window) {
        qWarning("StillRipples: declare it directly inside the window");
        return;
    }
    m_window->installEventFilter(this);
    hideAll();
}

void StillRipples::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (m_active) {
        hideAll();
    } else {
        for (const QPointer<QQuickItem> &ripple : std::as_const(m_hidden))
            if (ripple)
                ripple->setVisible(true);
        m_hidden.clear();
    }
    emit activeChanged();
}

bool StillRipples::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && watched == m_window) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::TouchBegin:
        case QEvent::KeyPress:
            hideAll(); // before the window delivers it: the control then starts no wave
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void StillRipples::hideAll()
{
    if (!m_active || !m_window)
        return;
    m_hidden.removeIf([](const QPointer<QQuickItem> &p) { return p.isNull(); });
    // From the root: popups (dialogs, menus) live in the overlay, beside the content.
    QQuickItem *root = m_window->contentItem();
    while (root && root->parentItem())
        root = root->parentItem();
    if (root)
        hideIn(root);
}

void StillRipples::hideIn(QQuickItem *item)
{
    // The Material style's private type (Qt 6.4: QQuickMaterialRipple, its QML name Ripple).
    // No Material control binds a ripple's own visibility, so hiding it holds.
    if (std::strcmp(item->metaObject()->className(), "QQuickMaterialRipple") == 0) {
        if (!m_hidden.contains(item)) {
            item->setVisible(false);
            m_hidden.append(item);
        }
        return;
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        hideIn(child);
}

} // namespace gw
