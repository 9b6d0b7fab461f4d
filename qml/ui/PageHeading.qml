import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// The title of a screen, with an optional line below it.
ColumnLayout {
    id: heading

    property string title
    property string subtitle

    spacing: 4

    Heading {
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        text: heading.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        visible: heading.subtitle !== ""
        text: heading.subtitle
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
