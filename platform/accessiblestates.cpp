#include "accessiblestates.h"

#include <QtGlobal>

#if defined(GANGWERK_ACCESSIBLE_STATES)
#include <QAccessible>
#include <QtQuick/private/qaccessiblequickitem_p.h>
#include <QtQuick/private/qquickitem_p.h>

namespace gw {
namespace {

/// Qt Quick's own accessible item, which also says when its item is disabled (as current Qt
/// sources do: not focusable then either).
class QuickItemWithStates : public QAccessibleQuickItem
{
public:
    using QAccessibleQuickItem::QAccessibleQuickItem;

    QAccessible::State state() const override
    {
        QAccessible::State st = QAccessibleQuickItem::state();
        if (!item()->isEnabled()) {
            st.disabled = true;
            st.focusable = false;
        }
        return st;
    }
};

QAccessibleInterface *quickItemFactory(const QString &, QObject *object)
{
    // Asked for the object's own class first, before Qt Quick's factory is asked for
    // "QQuickItem". A page (Qt Quick Controls' Page orders its header and footer) and windows
    // keep their own interfaces.
    auto *item = qobject_cast<QQuickItem *>(object);
    if (!item || !QQuickItemPrivate::get(item)->isAccessible || object->inherits("QQuickPage"))
        return nullptr;
    return new QuickItemWithStates(item);
}

} // namespace

void installAccessibleStates()
{
    QAccessible::installFactory(quickItemFactory);
}

} // namespace gw

#else

namespace gw {
void installAccessibleStates() {}
} // namespace gw

#endif
