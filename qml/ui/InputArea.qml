import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Material's TextArea with its hint and the line under it in the Theme's muted text colour, as
// InputField: readable (4.5:1), and the edge of the field visible (3:1). Tab and Shift+Tab go
// to the next and the previous control, as in a one-line field (a TextArea takes a Tab as a
// character: a keyboard user would not get out of the field again).
TextArea {
    id: control

    placeholderTextColor: Theme.textMuted

    // Its hint wraps instead of ending in "…" (Theme.wrapHint).
    Component.onCompleted: Theme.wrapHint(control)

    Keys.onTabPressed: event => control.leave(event, true)
    Keys.onBacktabPressed: event => control.leave(event, false)

    function leave(event: KeyEvent, forward: bool) {
        const next = control.nextItemInFocusChain(forward);
        if (next && next !== control)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason);
        event.accepted = true;
    }

    background: Rectangle {
        y: control.height - height - control.bottomPadding / 2
        implicitWidth: 120
        height: control.activeFocus ? 2 : 1
        color: control.activeFocus ? control.Material.accentColor
             : control.enabled ? Theme.textMuted : control.Material.hintTextColor
    }
}
