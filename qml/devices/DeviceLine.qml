pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// One device on a resident's page: its name, since when it is connected (or when it was
// disconnected), when it last synced, and the button that disconnects a lost one.
RowLayout {
    id: line

    required property int index
    required property string deviceId
    required property string name
    required property bool connected
    required property bool thisDevice
    required property bool quiet
    required property string lastSyncText
    required property string sinceText
    required property bool pending
    // The permission table's name (core/permissions.cpp): only a beheerder disconnects.
    readonly property string revokeAction: "revokeDevice"
    readonly property bool canDisconnect: connected && !thisDevice && App.context.can[revokeAction] === true

    signal disconnectAsked(string id, string name)

    function ask() {
        if (canDisconnect)
            disconnectAsked(deviceId, name);
    }

    objectName: "deviceLine"
    spacing: 8

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        // Words to read, not a control (the button beside it disconnects): a panel, as a
        // resident's row on the Residents screen.
        Accessible.role: Accessible.Pane
        Accessible.name: line.name + ". " + line.sinceText + (line.connected ? ". " + line.lastSyncText : "")
        Label {
            objectName: "deviceName"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: line.name + (line.thisDevice ? " · " + qsTr("this device") : "")
            font.bold: line.connected
            font.strikeout: !line.connected
            color: line.connected ? Theme.text : Theme.textMuted
            elide: Text.ElideRight
        }
        Label {
            objectName: "deviceSince"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: line.sinceText + (line.pending ? " · " + qsTr("waiting to be sent") : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "deviceLastSync"
            Layout.fillWidth: true
            visible: line.connected
            horizontalAlignment: Text.AlignLeft
            text: line.lastSyncText
            color: line.quiet ? Theme.warm : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
    WrapButton {
        objectName: "disconnectButton"
        visible: line.canDisconnect
        Layout.alignment: Qt.AlignVCenter
        flat: true
        font.capitalization: Font.MixedCase
        text: qsTr("Disconnect")
        Accessible.name: qsTr("Disconnect %1").arg(line.name)
        onClicked: line.ask()
    }
}
