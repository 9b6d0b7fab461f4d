import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// The message under a form field that says what to change. Hidden while empty.
RowLayout {
    id: message

    property string text

    visible: text !== ""
    spacing: 6

    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 1
        implicitWidth: 18
        implicitHeight: 18
        radius: 9
        color: Theme.error
        Label {
            anchors.centerIn: parent
            text: "!"
            color: Theme.textOnPrimary
            font.bold: true
            font.pixelSize: Theme.fontCaption
        }
    }
    AlertText {
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
        text: message.text
        color: Theme.error
        wrapMode: Text.Wrap
    }
}
