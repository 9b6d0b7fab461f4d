import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Material's Button, with words that wrap onto a second line when the button is narrower than
// they are (large text on a phone), instead of being cut off with "…". The button's name for a
// screen reader is its text, as on any Button.
Button {
    id: control

    // As wide as its words on one line (whatever width it has now): for layouts that choose
    // between side by side and below each other (implicitWidth follows the wrapping).
    readonly property real naturalWidth: Math.ceil(metrics.advanceWidth) + leftPadding + rightPadding

    TextMetrics {
        id: metrics
        font: control.font
        text: control.text
    }

    contentItem: Text {
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // As Material colours a button's words.
        color: !control.enabled ? control.Material.hintTextColor
             : control.flat && control.highlighted ? control.Material.accentColor
             : control.highlighted ? control.Material.primaryHighlightedTextColor
             : control.Material.foreground
        Accessible.ignored: true
    }
}
