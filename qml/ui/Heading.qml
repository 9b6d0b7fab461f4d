import QtQuick
import QtQuick.Layouts
import Gangwerk.Ui

// The title of a screen, a card or a part of one: a screen reader announces it as a heading,
// so that its user can jump from heading to heading (Orca's H).
//
// Text, not Label: Qt Quick Controls 6.4 set a control's own accessible role (Label: static
// text) whenever accessibility turns on, over the role given in QML, so a heading made from a
// Label reaches a screen reader as plain text (found through the accessibility bus;
// tests/qml/test_atspi_walk.py).
Text {
    // The width it is given, with long words going onto a next line (large text, a phone).
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
