pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Gangwerk.Ui
import Gangwerk.Hours

// One resident on the Residents list, with their corridor's heading above when they are the
// first of it (Qt 6.4's ListView cannot create a section delegate of a bound component).
Column {
    id: entry

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
    required property string gang
    required property string studio
    required property bool connected
    required property bool quiet
    required property string lastSyncText

    property bool wide: false
    /// The list's current row while the list has keyboard focus.
    property bool current: false
    property bool grouped: true
    readonly property bool firstOfGang: grouped && ListView.section !== ListView.previousSection

    signal pauseAsked()
    signal openAsked()

    function askPause() {
        pauseAsked();
    }
    function open() {
        openAsked();
    }

    width: ListView.view.width
    spacing: 6
    topPadding: firstOfGang && index > 0 ? 14 : 0

    Heading {
        objectName: "gangHeading"
        visible: entry.firstOfGang
        width: parent.width
        horizontalAlignment: Text.AlignLeft
        text: entry.gang !== "" ? entry.gang : qsTr("No corridor")
        font.bold: true
        font.pixelSize: Theme.fontLarge
        color: Theme.primaryDark
        Accessible.ignored: !entry.firstOfGang
    }
    MemberRow {
        width: parent.width
        narrow: !entry.wide
        current: entry.current
        index: entry.index
        memberId: entry.memberId
        name: entry.name
        roleName: entry.roleName
        doneMinutes: entry.doneMinutes
        requiredMinutes: entry.requiredMinutes
        doneText: entry.doneText
        paused: entry.paused
        pausedUntilText: entry.pausedUntilText
        pausedUntilIso: entry.pausedUntilIso
        behind: entry.behind
        studio: entry.studio
        connected: entry.connected
        quiet: entry.quiet
        lastSyncText: entry.lastSyncText
        onPauseAsked: entry.askPause()
        onOpened: entry.open()
    }
}
