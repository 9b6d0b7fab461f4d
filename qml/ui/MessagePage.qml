import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// A quiet full-window message: opening the data, an error in plain words, or the first run.
Rectangle {
    id: page

    property string glyph
    property string title
    property string body
    property string hint
    property bool busy: false

    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(page.width - 48, 520)
        spacing: Theme.gap

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.busy
            running: page.busy
            Accessible.name: page.title
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            visible: page.glyph !== ""
            implicitWidth: 72
            implicitHeight: 72
            radius: 36
            color: Theme.primarySoft
            Label {
                anchors.centerIn: parent
                text: page.glyph
                font.pixelSize: 34
                font.bold: true
                color: Theme.primary
            }
        }
        Heading {
            Layout.fillWidth: true
            text: page.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: page.body
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontLarge
            lineHeight: 1.2
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: page.hint
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }
    }
}
