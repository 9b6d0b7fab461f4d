pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// For the beheerder: every resident's hours this period against what is asked, in the order of
// their names (never ranked), with a way to pause someone's hours. Neutral colours only: the
// list is a reason to talk to someone, not a judgement.
Item {
    id: page

    property bool wide: false
    readonly property MemberProgressModel members: App.members

    signal message(string text)

    function scrollToTop() {
        list.positionViewAtBeginning();
    }
    // For tests and screenshots: open the pause dialog for the member at @p row.
    function openPause(row: int) {
        list.positionViewAtIndex(row, ListView.Contain);
        const item = list.itemAtIndex(row) as MemberRow;
        if (item)
            item.askPause();
    }

    ColumnLayout {
        width: Math.max(0, Math.min(page.width - 2 * (page.wide ? 32 : 16), 760))
        x: (page.width - width) / 2
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: page.wide ? 32 : 20
        spacing: Theme.gap

        PageHeading {
            Layout.fillWidth: true
            title: qsTr("Residents")
            subtitle: App.hours.monthly ? qsTr("This month (%1): hours done and hours asked. A reason to talk with someone, never to compare people.").arg(App.hours.periodLabel)
                                        : qsTr("This week (%1): hours done and hours asked. A reason to talk with someone, never to compare people.").arg(App.hours.periodLabel)
        }

        Label {
            Layout.fillWidth: true
            visible: page.members.count === 0
            horizontalAlignment: Text.AlignLeft
            text: qsTr("No residents yet. They appear here after they connect and sync.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }

        ListView {
            id: list
            objectName: "memberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            bottomMargin: 16
            model: page.members
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Residents")
            ScrollBar.vertical: ScrollBar {}
            delegate: MemberRow {
                id: memberRow
                width: ListView.view.width
                narrow: !page.wide
                onPauseAsked: pauseDialog.openFor(memberRow.memberId, memberRow.name, memberRow.paused, memberRow.pausedUntilText, memberRow.pausedUntilIso)
            }
        }
    }

    PauseDialog {
        id: pauseDialog
        objectName: "pauseDialog"
        onSaved: text => page.message(text)
    }
}
