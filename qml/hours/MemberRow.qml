pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// One member on the beheerder's Residents screen: name, this period's hours against what is
// asked on a thin bar in one calm colour (never a ranking colour), a pause if there is one, and
// the button that asks for a pause.
Card {
    id: row

    required property int index
    required property string memberId
    required property string name
    required property string roleName
    required property int doneMinutes
    required property int requiredMinutes
    required property string doneText
    required property bool paused
    required property string pausedUntilText
    required property string pausedUntilIso

    readonly property string roleText: roleName === "GANGMAKER" ? qsTr("gangmaker") : ""
    readonly property string statusText: paused ? qsTr("%1 done, hours paused until %2").arg(App.hours.formatMinutes(doneMinutes)).arg(pausedUntilText) : doneText

    signal pauseAsked()

    function askPause() {
        pauseAsked();
    }

    /// Phone layout: the button goes under the hours, so the name keeps its room.
    property bool narrow: false

    padding: 12
    Accessible.role: Accessible.ListItem
    Accessible.name: name + (roleText !== "" ? ", " + roleText : "") + ": " + statusText

    GridLayout {
        id: rowLayout
        anchors.fill: parent
        columns: row.narrow ? 1 : 2
        rowSpacing: 4
        columnSpacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    objectName: "memberName"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: row.name + (row.roleText !== "" ? " · " + row.roleText : "")
                    font.bold: true
                    elide: Text.ElideRight
                    color: Theme.text
                }
                Label {
                    objectName: "memberHours"
                    // While paused nothing is asked: only what was done counts.
                    text: row.paused ? qsTr("%1 done").arg(App.hours.formatMinutes(row.doneMinutes)) : row.doneText
                    color: Theme.text
                }
            }
            // A thin, calm bar: the same colour for everyone, full or not.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 6
                radius: 3
                color: Theme.track
                Accessible.ignored: true
                Rectangle {
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    radius: 3
                    color: Theme.primary
                    width: row.paused || row.requiredMinutes <= 0 ? 0 : parent.width * Math.min(1, row.doneMinutes / row.requiredMinutes)
                }
            }
            Label {
                objectName: "memberPaused"
                visible: row.paused
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Hours paused until %1").arg(row.pausedUntilText)
                wrapMode: Text.Wrap
                color: Theme.warm
                font.pixelSize: Theme.fontSmall
            }
        }
        Button {
            objectName: "pauseButton"
            Layout.alignment: rowLayout.columns === 1 ? Qt.AlignLeft : Qt.AlignVCenter
            flat: true
            font.capitalization: Font.MixedCase
            text: row.paused ? qsTr("Change pause") : qsTr("Pause")
            Accessible.name: row.paused ? qsTr("Change the pause for %1").arg(row.name) : qsTr("Pause the hours of %1").arg(row.name)
            onClicked: row.askPause()
            Keys.onReturnPressed: row.askPause()
            Keys.onEnterPressed: row.askPause()
        }
    }
}
