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
    required property bool behind
    required property string studio
    required property bool connected
    required property bool quiet
    required property string lastSyncText
    /// The current row of the list while it has keyboard focus: drawn with the focus ring.
    property bool current: false

    readonly property string roleText: roleName === "GANGMAKER" ? qsTr("gangmaker") : ""
    readonly property string statusText: paused ? qsTr("%1 done, hours paused until %2").arg(App.hours.formatMinutes(doneMinutes)).arg(pausedUntilText) : doneText

    signal pauseAsked()
    /// Tapped (not on its button): the resident's page.
    signal opened()

    function askPause() {
        pauseAsked();
    }

    /// Phone layout: the button goes under the hours, so the name keeps its room.
    property bool narrow: false

    padding: 10
    fill: current ? Theme.primarySoft : Theme.surface
    background: Rectangle {
        color: row.fill
        radius: Theme.radius
        border.color: row.current ? Theme.focus : Theme.border
        border.width: row.current ? 2 : 1
    }
    Accessible.role: Accessible.ListItem
    /// Said only when worth a look: no device yet, or none synced for a while.
    readonly property string reachText: !connected ? qsTr("Not connected yet")
                                        : quiet ? lastSyncText : ""
    Accessible.name: name + (studio !== "" ? ", " + qsTr("studio %1").arg(studio) : "")
                     + (roleText !== "" ? ", " + roleText : "") + ": " + statusText
                     + (behind ? ". " + qsTr("May need a conversation") : "")
                     + (reachText !== "" ? ". " + reachText : "")

    TapHandler {
        onTapped: row.opened()
    }

    // Asks for a pause, or to change it.
    component PauseButton: WrapButton {
        objectName: "pauseButton"
        flat: true
        // A click leaves the focus where it was: the list keeps a row's last focused button,
        // and Tab into the list would land here again, where Enter pauses instead of opening.
        focusPolicy: Qt.TabFocus
        font.capitalization: Font.MixedCase
        text: row.paused ? qsTr("Change pause") : qsTr("Pause")
        Accessible.name: row.paused ? qsTr("Change the pause for %1").arg(row.name) : qsTr("Pause the hours of %1").arg(row.name)
        onClicked: row.askPause()
        Keys.onReturnPressed: row.askPause()
        Keys.onEnterPressed: row.askPause()
    }
    // A phone with large text: the button under the hours, so the words keep their room.
    readonly property bool buttonBelow: narrow && Theme.largeText

    // Compact for long lists: the button beside the hours on every size; on a phone the hours
    // go under the name, so the name keeps its room.
    RowLayout {
        id: rowLayout
        anchors.fill: parent
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            GridLayout {
                Layout.fillWidth: true
                columns: row.narrow ? 1 : 2
                rowSpacing: 2
                columnSpacing: 8
                Label {
                    objectName: "memberName"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: row.name + (row.studio !== "" ? " · " + row.studio : "") + (row.roleText !== "" && !row.narrow ? " · " + row.roleText : "")
                    font.bold: true
                    // A long name whole with large text; on one line otherwise.
                    elide: Theme.largeText ? Text.ElideNone : Text.ElideRight
                    wrapMode: Theme.largeText ? Text.Wrap : Text.NoWrap
                    color: Theme.text
                }
                // On a phone the role has a line of its own: after the name and studio it was
                // cut off ("gangma…").
                Label {
                    objectName: "memberRole"
                    visible: row.narrow && row.roleText !== ""
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: row.roleText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Theme.largeText ? Text.ElideNone : Text.ElideRight
                    wrapMode: Theme.largeText ? Text.Wrap : Text.NoWrap
                }
                Label {
                    objectName: "memberHours"
                    Layout.fillWidth: row.narrow
                    horizontalAlignment: Text.AlignLeft
                    // While paused nothing is asked: only what was done counts.
                    text: row.paused ? qsTr("%1 done").arg(App.hours.formatMinutes(row.doneMinutes)) : row.doneText
                    wrapMode: row.buttonBelow ? Text.Wrap : Text.NoWrap
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
                objectName: "memberBehind"
                visible: row.behind && !row.paused
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("May need a conversation")
                // Wrapping only with large text: beside the button a wrapping line loops the
                // row's layout (Qt 6.4).
                wrapMode: row.buttonBelow ? Text.Wrap : Text.NoWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                // Arabic script has no italic: no font draws it so (empty boxes).
                font.italic: Qt.application.layoutDirection !== Qt.RightToLeft
            }
            Label {
                objectName: "memberReach"
                visible: row.reachText !== ""
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: row.reachText
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
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
            PauseButton {
                visible: row.buttonBelow
                Layout.maximumWidth: Theme.room(row.width - 2 * row.padding)
            }
        }
        PauseButton {
            visible: !row.buttonBelow
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
