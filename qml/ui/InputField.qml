import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Material's TextField, readable and easy to hit: its hint and the line under it in the
// Theme's muted text colour (Material's hint grey is 2.6:1 on the background, where WCAG asks
// 4.5:1 for text and 3:1 for the edge of a field), and 46 px high (44×44 to tap).
TextField {
    id: control

    topPadding: 10
    bottomPadding: 18
    placeholderTextColor: Theme.textMuted

    // Its hint wraps instead of ending in "…" (Theme.wrapHint).
    Component.onCompleted: Theme.wrapHint(control)

    background: Rectangle {
        y: control.height - height - control.bottomPadding + 8
        implicitWidth: 120
        height: control.activeFocus || (control.enabled && control.hovered) ? 2 : 1
        color: control.activeFocus ? control.Material.accentColor
             : control.enabled ? Theme.textMuted : control.Material.hintTextColor
    }
}
