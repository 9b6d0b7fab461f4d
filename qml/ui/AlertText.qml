import QtQuick
import Gangwerk.Ui

// Words that appear without the user asking (a refusal, a result, a confirmation): a screen
// reader announces them when they show (an alert). Text, not Label, for the reason in
// Heading.qml.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
