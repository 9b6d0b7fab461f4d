import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui

// Asked when this computer has no keyring to keep the key to the data: on the first run the
// user sets a passphrase (twice), later they enter it.
Rectangle {
    id: page

    readonly property bool isNew: App.passphraseIsNew

    function submit() {
        App.submitPassphrase(passphraseField.text, confirmField.text);
    }

    color: Theme.background

    onVisibleChanged: if (visible) passphraseField.forceActiveFocus()

    Card {
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 480)

        ColumnLayout {
            anchors.fill: parent
            spacing: 12

            PageHeading {
                Layout.fillWidth: true
                title: page.isNew ? qsTr("Protect your data") : qsTr("Welcome back")
                subtitle: page.isNew
                          ? qsTr("This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe.")
                          : qsTr("Type your passphrase to open your data.")
            }

            Label {
                text: qsTr("Passphrase")
                font.bold: true
            }
            InputField {
                id: passphraseField
                objectName: "passphraseField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !App.busy
                Accessible.name: qsTr("Passphrase")
                Accessible.description: App.passphraseError
                onAccepted: page.isNew ? confirmField.forceActiveFocus() : page.submit()
            }

            Label {
                visible: page.isNew
                text: qsTr("Type it again")
                font.bold: true
            }
            InputField {
                id: confirmField
                objectName: "confirmField"
                Layout.fillWidth: true
                visible: page.isNew
                echoMode: TextInput.Password
                enabled: !App.busy
                Accessible.name: qsTr("Type the passphrase again")
                onAccepted: page.submit()
            }

            FieldMessage {
                Layout.fillWidth: true
                text: App.passphraseError
            }

            RowLayout {
                Layout.fillWidth: true
                BusyIndicator {
                    visible: App.busy
                    running: App.busy
                    implicitWidth: 36
                    implicitHeight: 36
                    Accessible.name: qsTr("Opening your data…")
                }
                Item {
                    Layout.fillWidth: true
                }
                WrapButton {
                    font.capitalization: Font.MixedCase
                    id: openButton
                    objectName: "openButton"
                    text: page.isNew ? qsTr("Save passphrase") : qsTr("Open")
                    highlighted: true
                    enabled: !App.busy
                    Accessible.name: text
                    onClicked: page.submit()
                    Keys.onReturnPressed: page.submit()
                    Keys.onEnterPressed: page.submit()
                }
            }
        }
    }
}
