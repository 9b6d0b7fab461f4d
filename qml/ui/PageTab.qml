import QtQuick
import QtQuick.Controls

// A tab of a TabBar inside a screen ("Coming up", "Mine", ...). At normal size the bar shares
// its width among its tabs; with larger text each tab keeps the width of its whole word and
// the bar scrolls sideways (Qt's TabBar does that for tabs with a width of their own), instead
// of cutting the words off.
TabButton {
    id: tab

    font.capitalization: Font.MixedCase

    Binding on width {
        when: Theme.largeText
        value: tab.implicitWidth
    }
}
