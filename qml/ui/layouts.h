#pragma once

// Qt Quick Layouts' ColumnLayout, RowLayout and GridLayout, with two fixes Qt 6.4 lacks. First
// QTBUG-111792: a layout whose child was destroyed (a Repeater's delegate, a Loader's item)
// and that is resized before its next polish still held the destroyed item and wrote to it
// (a use-after-free: the app crashed in QQuickGridLayoutBase::rearrange after a window was
// resized or a card's contents changed). Qt 6.5.1 and later do this themselves. Second, see
// invalidate below.
//
// They carry the same names in Gangwerk.Ui, which every screen imports after QtQuick.Layouts:
// the later import wins, so `ColumnLayout {}` in a screen is one of these. Built for Qt before
// 6.5.1 only (qml/ui/CMakeLists.txt); tests/qml/tst_layouts.qml shows the crash they prevent,
// and tst_render checks that no screen uses Qt's own.

#include <QScopedValueRollback>
#include <QtQml/qqmlregistration.h>
#include <QtQuickLayouts/private/qquicklinearlayout_p.h>
#include <type_traits>

namespace gw {

/// What each of the three adds to Qt's:
/// - rearrange, sizeHint: it notes that a child went (destroyed or moved away) and drops it
///   from the layout before arranging or telling its size (a layout around it asks first), as
///   Qt 6.5.1's rearrange does for itself and the layouts in it. (Only then: bringing all items and
///   size hints up to date in the middle of arranging, as Qt 6.5.1 does, made Qt 6.4's dialogs
///   report binding loops.) Not while it arranges already: the items that pass walks must stay.
/// - invalidate: a child's new size reaches the layout around it also when this one was out of
///   date already (Qt 6.7's fix for QTBUG-118511). Qt 6.4 stopped there: a layout nested in
///   another then kept an old height for a label that had wrapped onto more lines, until
///   something else moved (a history row's note ran over the next row on a busy phone).
/// A macro, so that each stays a direct subclass of Qt's type (QML tooling reads its
/// properties from there).
#define GW_CHILD_SAFE_LAYOUT(QtLayout)                                                             \
public:                                                                                            \
    using QtLayout::QtLayout;                                                                      \
    void rearrange(const QSizeF &size) override                                                    \
    {                                                                                              \
        dropGoneChild();                                                                           \
        const QScopedValueRollback<bool> busy(m_arranging, true);                                  \
        QtLayout::rearrange(size);                                                                 \
    }                                                                                              \
    /* The layout around this one asks its size before this one arranges. */                       \
    QSizeF sizeHint(Qt::SizeHint which) const override                                             \
    {                                                                                              \
        const_cast<std::remove_const_t<std::remove_pointer_t<decltype(this)>> *>(this)             \
            ->dropGoneChild();                                                                     \
        return QtLayout::sizeHint(which);                                                          \
    }                                                                                              \
                                                                                                   \
    void invalidate(QQuickItem *childItem = nullptr) override                                      \
    {                                                                                              \
        const bool wasDirty = invalidated();                                                       \
        QtLayout::invalidate(childItem);                                                           \
        if (wasDirty && isReady())                                                                 \
            if (auto *parentLayout = qobject_cast<QQuickLayout *>(parentItem()))                   \
                parentLayout->invalidate(this);                                                    \
    }                                                                                              \
                                                                                                   \
protected:                                                                                         \
    void itemChange(ItemChange change, const ItemChangeData &value) override                       \
    {                                                                                              \
        if (change == ItemChildRemovedChange)                                                      \
            m_childGone = true;                                                                    \
        QtLayout::itemChange(change, value);                                                       \
    }                                                                                              \
                                                                                                   \
private:                                                                                           \
    void dropGoneChild()                                                                           \
    {                                                                                              \
        if (m_childGone && !m_arranging && isReady()) {                                            \
            m_childGone = false;                                                                   \
            updateLayoutItems();                                                                   \
        }                                                                                          \
    }                                                                                              \
    bool m_childGone = false;                                                                      \
    bool m_arranging = false;

class ColumnLayout : public QQuickColumnLayout
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ColumnLayout)
    GW_CHILD_SAFE_LAYOUT(QQuickColumnLayout)
};

class RowLayout : public QQuickRowLayout
{
    Q_OBJECT
    QML_NAMED_ELEMENT(RowLayout)
    GW_CHILD_SAFE_LAYOUT(QQuickRowLayout)
};

class GridLayout : public QQuickGridLayout
{
    Q_OBJECT
    QML_NAMED_ELEMENT(GridLayout)
    GW_CHILD_SAFE_LAYOUT(QQuickGridLayout)
};

#undef GW_CHILD_SAFE_LAYOUT

} // namespace gw
