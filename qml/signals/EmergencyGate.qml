import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// Emergency first: before anything else, "Danger now? Call 112" and the project's 24/7 number,
// as buttons that dial (they work offline: the phone calls, not the app). Outside office hours
// a banner says the beheerder reads signals later. The app never promises an emergency
// response itself.
ColumnLayout {
    id: gate

    readonly property var office: {
        App.signalling.revision; // re-read after a sync (a new 24/7 number)
        App.language; // and in a new language (its hours and days are words)
        return App.signalling.office();
    }
    // The 24/7 number as one word: no-break spaces, so that no line ends inside it ("088 123
    // 45" / "67"); and isolated left to right (LRI … PDI), so that an Arabic sentence does not
    // show its groups in reverse order ("67 45 123 088").
    readonly property string emergencyText: {
        const number = String(office.emergencyNumber ?? "").replace(/(\d) (?=\d)/g, "$1\u00a0");
        return number === "" ? "" : "\u2066" + number + "\u2069";
    }

    spacing: Theme.spacing

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: emergencyColumn.implicitHeight + 28
        radius: Theme.radius
        color: Theme.errorSoft
        border.color: Theme.error

        ColumnLayout {
            id: emergencyColumn
            anchors.fill: parent
            anchors.margins: 14
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Danger now? Someone hurt, fire, violence? Call 112 first.")
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            // Side by side when both fit, else below each other (their words wrap if need be).
            GridLayout {
                id: callButtons
                Layout.fillWidth: true
                columns: call112.naturalWidth + (callCrisis.visible ? callCrisis.naturalWidth + columnSpacing : 0) <= gate.width - 28 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                WrapButton {
                    id: call112
                    objectName: "call112Button"
                    Layout.maximumWidth: Theme.room(gate.width - 28)
                    Layout.minimumHeight: 48
                    text: qsTr("Call 112")
                    highlighted: true
                    Accessible.name: qsTr("Call 112, the emergency number")
                    onClicked: Qt.openUrlExternally("tel:112")
                }
                WrapButton {
                    id: callCrisis
                    objectName: "callCrisisButton"
                    Layout.maximumWidth: Theme.room(gate.width - 28)
                    Layout.minimumHeight: 48
                    visible: gate.emergencyText !== ""
                    text: qsTr("Call %1 (day and night)").arg(gate.emergencyText)
                    onClicked: Qt.openUrlExternally("tel:" + String(gate.office.emergencyNumber).replace(/[^0-9+]/g, ""))
                }
            }
        }
    }

    Rectangle {
        objectName: "officeClosedBanner"
        Layout.fillWidth: true
        visible: gate.office.officeOpen === false
        implicitHeight: closedLabel.implicitHeight + 24
        radius: Theme.radius
        color: Theme.warmSoft

        Label {
            id: closedLabel
            objectName: "officeClosedText"
            anchors.fill: parent
            anchors.margins: 12
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("The office is closed now (open %1). The beheerder reads your signal when the office opens: %2. Is it urgent? Call %3.")
                  .arg(gate.office.officeHoursText ?? "").arg(gate.office.nextOpeningText ?? "")
                  .arg(gate.emergencyText !== "" ? gate.emergencyText : "112")
        }
    }
}
