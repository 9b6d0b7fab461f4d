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
    // (From a Text as the button's own lays it out: TextMetrics' advance is a pixel or two short
    // of that for Arabic, and the last letter then wrapped onto a line of its own.)
    readonly property real naturalWidth: Math.ceil(oneLine.implicitWidth) + leftPadding + rightPadding

    Text {
        id: oneLine
        visible: false
        font: control.font
        text: control.text
        Accessible.ignored: true
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
