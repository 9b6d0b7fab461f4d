import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// One place to go in the navigation: a symbol and a word, stacked (phone) or side by side
// (desktop). The selected one is filled; keyboard focus shows as the app's orange ring.
// A TabButton, so that a screen reader hears "tab" and which one is chosen (a role given in
// QML to another control is lost when accessibility turns on; see Heading.qml); the symbol
// is decoration, not read out.
TabButton {
    id: button

    property string glyph
    property bool horizontal: false
    property bool selected: false

    focusPolicy: Qt.StrongFocus
    padding: 6
    // Stacked at normal size, a place in the phone's bar is a fifth of it: its word gets
    // nearly all of that. (With larger text the places stand apart in a bar that scrolls.)
    leftPadding: horizontal || largeText ? 6 : 2
    rightPadding: horizontal || largeText ? 6 : 2
    // Larger text than normal: every word whole, the phone's bar scrolls sideways instead.
    readonly property bool largeText: Theme.largeText
    // Stacked (phone) at normal size, the bar gives each tab its share of the width: the word
    // then fits itself to that. With larger text, as wide as its word (the bar scrolls).
    implicitWidth: horizontal ? implicitContentWidth + leftPadding + rightPadding
                 : largeText ? Math.max(56, implicitContentWidth + leftPadding + rightPadding)
                 : 56
    // Chosen by the shell (selected), not by a click of its own.
    checkable: false
    checked: selected
    Accessible.name: text
    Accessible.selectable: true
    Accessible.selected: selected
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: GridLayout {
        flow: button.horizontal ? GridLayout.LeftToRight : GridLayout.TopToBottom
        columnSpacing: 12
        rowSpacing: 2

        Label {
            Layout.alignment: button.horizontal ? Qt.AlignVCenter : Qt.AlignHCenter
            Layout.preferredWidth: button.horizontal ? 24 : -1
            horizontalAlignment: Text.AlignHCenter
            text: button.glyph
            font.pixelSize: 20
            Accessible.ignored: true
            color: button.selected ? Theme.primary : Theme.textMuted
        }
        Label {
            Layout.alignment: button.horizontal ? Qt.AlignVCenter : Qt.AlignHCenter
            // At normal size never wider than the button: a long word shrinks a little, then
            // elides, and never runs into the next tab. With larger text the whole word (in
            // the side column on a second line).
            Layout.fillWidth: true
            Layout.maximumWidth: button.horizontal || button.largeText ? -1 : button.availableWidth
            horizontalAlignment: button.horizontal ? Text.AlignLeft : Text.AlignHCenter
            text: button.text
            Accessible.ignored: true // the tab's own name
            font.pixelSize: button.horizontal ? Theme.fontBody : Theme.fontCaption
            // Only one long word shrinks: with a second line to wrap to, Qt's fit shrinks each
            // word as well ("Uren invullen" was 10 px on two lines, each word fitting at 12).
            fontSizeMode: button.horizontal || button.largeText || button.text.indexOf(" ") >= 0
                          ? Text.FixedSize : Text.HorizontalFit
            minimumPixelSize: 10
            font.bold: button.selected
            color: button.selected ? Theme.primaryDark : Theme.textMuted
            elide: button.largeText ? Text.ElideNone : Text.ElideRight
            // Stacked, a label of two words ("Uren invullen") takes two lines rather than
            // being cut; one long word shrinks to fit.
            wrapMode: button.horizontal ? Text.Wrap : button.largeText ? Text.NoWrap : Text.WordWrap
            maximumLineCount: button.horizontal || button.largeText ? 100 : 2
        }
    }

    background: Rectangle {
        radius: 12
        // Keyboard focus: the app's one focus ring (Main.qml) is drawn around it.
        color: button.selected ? Theme.primarySoft : (button.hovered ? Theme.surfaceMuted : "transparent")
    }
}
