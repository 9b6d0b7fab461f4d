pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// The beheerder disconnects a lost or replaced phone. It asks once, says what happens (the
// phone can no longer see or send anything; the resident's hours stay), and opens on Cancel,
// so that one Enter never disconnects anything.
AppDialog {
    id: dialog

    property string deviceId
    property string deviceName
    property string memberName
    property string errorText

    signal done(string message)

    function openFor(id: string, name: string, member: string) {
        deviceId = id;
        deviceName = name;
        memberName = member;
        errorText = "";
        open();
        cancelButton.forceActiveFocus();
    }

    function confirm() {
        if (!App.devices.revoke(deviceId)) {
            errorText = App.devices.lastError;
            return;
        }
        close();
        done(qsTr("%1 of %2 is disconnected.").arg(deviceName).arg(memberName));
    }

    maxWidth: 480
    title: qsTr("Disconnect %1?").arg(deviceName)

    ColumnLayout {
        anchors.fill: parent
        LayoutMirroring.enabled: App.rightToLeft
        LayoutMirroring.childrenInherit: true
        spacing: 8

        Label {
            objectName: "disconnectExplained"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.").arg(dialog.memberName)
            wrapMode: Text.Wrap
            color: Theme.text
        }
        FieldMessage {
            Layout.fillWidth: true
            text: dialog.errorText
        }
        DialogButtons {
            Layout.fillWidth: true
            Layout.topMargin: 12
            WrapButton {
                id: cancelButton
                objectName: "disconnectCancel"
                font.capitalization: Font.MixedCase
                flat: true
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
                Keys.onReturnPressed: dialog.close()
                Keys.onEnterPressed: dialog.close()
            }
            WrapButton {
                objectName: "disconnectConfirm"
                font.capitalization: Font.MixedCase
                highlighted: true
                text: qsTr("Disconnect")
                Accessible.name: qsTr("Disconnect %1").arg(dialog.deviceName)
                onClicked: dialog.confirm()
                Keys.onReturnPressed: dialog.confirm()
                Keys.onEnterPressed: dialog.confirm()
            }
        }
    }
}
