import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Material's TextArea with its hint and the line under it in the Theme's muted text colour, as
// InputField: readable (4.5:1), and the edge of the field visible (3:1).
TextArea {
    id: control

    placeholderTextColor: Theme.textMuted

    background: Rectangle {
        y: control.height - height - control.bottomPadding / 2
        implicitWidth: 120
        height: control.activeFocus ? 2 : 1
        color: control.activeFocus ? control.Material.accentColor
             : control.enabled ? Theme.textMuted : control.Material.hintTextColor
    }
}
