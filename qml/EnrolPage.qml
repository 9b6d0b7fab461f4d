pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui

// The first run: connect this device to the housing project with the server address and the
// invite code from the beheerder. What goes wrong is said in plain words beside the field it is
// about, with what to do next.
Rectangle {
    id: page

    readonly property bool busy: App.enrolment.busy

    function submit() {
        if (busy)
            return;
        App.enrolment.enroll(serverField.text, codeField.text, deviceField.text, nameField.text);
    }

    color: Theme.background

    onVisibleChanged: if (visible) (serverField.text === "" ? serverField : codeField).forceActiveFocus()

    // A small grey line that explains a field.
    component Help: Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    component FieldLabel: Label {
        Layout.topMargin: 6
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        font.bold: true
        color: Theme.text
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.implicitHeight + 48)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Item {
            width: scroller.width
            height: scroller.contentHeight

            Card {
                id: card
                anchors.centerIn: parent
                width: Math.min(parent.width - 32, 520)

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6

                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        implicitWidth: 64
                        implicitHeight: 64
                        radius: 32
                        color: Theme.primarySoft
                        Accessible.ignored: true
                        Label {
                            anchors.centerIn: parent
                            text: "⌂"
                            font.pixelSize: 30
                            font.bold: true
                            color: Theme.primary
                        }
                    }

                    PageHeading {
                        Layout.fillWidth: true
                        Layout.bottomMargin: 6
                        title: qsTr("Connect to your housing project")
                        subtitle: qsTr("Your beheerder gives you a server address and an invite code. You only do this once on this device.")
                    }

                    Label {
                        objectName: "linkTip"
                        Layout.fillWidth: true
                        Layout.bottomMargin: 6
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        color: Theme.text
                        padding: 10
                        text: qsTr("Got a link or a QR code from your beheerder? Open it on this device: everything is filled in.")
                        background: Rectangle {
                            radius: 8
                            color: Theme.primarySoft
                        }
                    }

                    FieldLabel {
                        text: qsTr("Server address")
                    }
                    InputField {
                        id: serverField
                        objectName: "serverField"
                        Layout.fillWidth: true
                        text: App.enrolment.server
                        placeholderText: "https://gangwerk.example.nl"
                        enabled: !page.busy
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        Accessible.name: qsTr("Server address")
                        Accessible.description: serverHelp.text
                        onAccepted: codeField.forceActiveFocus()
                    }
                    Help {
                        id: serverHelp
                        text: qsTr("Starts with https://. An address with http:// only works for a test server on this computer.")
                    }
                    FieldMessage {
                        objectName: "serverMessage"
                        Layout.fillWidth: true
                        text: App.enrolment.field === "server" ? App.enrolment.message : ""
                    }
                    Help {
                        visible: App.enrolment.field === "server" && text !== ""
                        text: App.enrolment.hint
                    }

                    FieldLabel {
                        text: qsTr("Invite code")
                    }
                    InputField {
                        id: codeField
                        objectName: "codeField"
                        Layout.fillWidth: true
                        text: App.enrolment.code
                        placeholderText: "ABCD-EFGH-JKLM-NPQR"
                        enabled: !page.busy
                        font.family: "DejaVu Sans Mono"
                        font.letterSpacing: 1
                        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        Accessible.name: qsTr("Invite code")
                        Accessible.description: codeHelp.text
                        onAccepted: page.submit()
                        // A pasted invite link fills in both fields.
                        onTextEdited: {
                            if (!/^\s*gangwerk:/i.test(text))
                                return;
                            if (App.enrolment.useLink(text)) {
                                serverField.text = App.enrolment.server;
                                text = App.enrolment.code;
                            }
                        }
                    }
                    Help {
                        id: codeHelp
                        text: qsTr("Capital letters, spaces and dashes do not matter. You can also paste the invite link here.")
                    }
                    FieldMessage {
                        objectName: "codeMessage"
                        Layout.fillWidth: true
                        text: App.enrolment.field === "code" ? App.enrolment.message : ""
                    }
                    Help {
                        visible: App.enrolment.field === "code" && text !== ""
                        text: App.enrolment.hint
                    }

                    FieldLabel {
                        text: qsTr("Name of this device")
                    }
                    InputField {
                        id: deviceField
                        objectName: "deviceField"
                        Layout.fillWidth: true
                        text: App.language !== "" ? App.enrolment.defaultDeviceName : "" // in the language chosen
                        enabled: !page.busy
                        Accessible.name: qsTr("Name of this device")
                        Accessible.description: deviceHelp.text
                        onAccepted: nameField.forceActiveFocus()
                    }
                    Help {
                        id: deviceHelp
                        text: qsTr("So you and your beheerder can recognise it later.")
                    }

                    FieldLabel {
                        text: qsTr("Your name (if you want)")
                    }
                    InputField {
                        id: nameField
                        objectName: "nameField"
                        Layout.fillWidth: true
                        enabled: !page.busy
                        Accessible.name: qsTr("Your name")
                        Accessible.description: nameHelp.text
                        onAccepted: page.submit()
                    }
                    Help {
                        id: nameHelp
                        text: qsTr("Leave it empty if your beheerder already wrote down your name.")
                    }

                    // A problem that is not about one field (too old app, server trouble).
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        visible: App.enrolment.field === "" && App.enrolment.message !== ""
                        implicitHeight: generalColumn.implicitHeight + 24
                        radius: 10
                        color: Theme.errorSoft

                        ColumnLayout {
                            id: generalColumn
                            anchors.fill: parent
                            anchors.margins: 12
                            spacing: 4
                            FieldMessage {
                                objectName: "generalMessage"
                                Layout.fillWidth: true
                                text: App.enrolment.field === "" ? App.enrolment.message : ""
                            }
                            Help {
                                visible: text !== ""
                                text: App.enrolment.hint
                                color: Theme.text
                            }
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: 10
                        spacing: Theme.spacing

                        BusyIndicator {
                            visible: page.busy
                            running: page.busy
                            implicitWidth: 36
                            implicitHeight: 36
                            Accessible.name: busyLabel.text
                        }
                        AlertText {
                            id: busyLabel
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            visible: page.busy
                            text: qsTr("Connecting… This can take a moment.")
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                        }
                        Item {
                            visible: !page.busy
                            Layout.fillWidth: true
                        }
                        WrapButton {
                            objectName: "connectButton"
                            font.capitalization: Font.MixedCase
                            highlighted: true
                            enabled: !page.busy
                            text: qsTr("Connect")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            Accessible.name: text
                            Accessible.description: qsTr("Connects this device to your housing project.")
                            onClicked: page.submit()
                            Keys.onReturnPressed: page.submit()
                            Keys.onEnterPressed: page.submit()
                        }
                    }
                }
            }
        }
    }
}
