import QtQuick
import QtQuick.Controls
import Gangwerk.Ui

// A calm white panel with rounded corners that groups one thing on a screen.
Pane {
    id: card

    property color fill: Theme.surface

    padding: 20
    background: Rectangle {
        color: card.fill
        radius: Theme.radius
        border.color: Theme.border
        border.width: 1
    }
}
