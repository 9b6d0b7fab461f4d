pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// For the beheerder of a project of hundreds of studios: every resident's hours against what
// is asked, grouped by corridor and in name order (never ranked), found by name or corridor,
// narrowed to who may need a conversation or who is paused, this month or the one before.
// Arrow keys, Page Up/Down, Home and End move the current row at once. Neutral colours only:
// the list is a reason to talk to someone, not a judgement.
Item {
    id: page

    property bool wide: false
    readonly property MemberProgressModel members: App.members
    readonly property ResidentsFilter residents: App.residents
    // The first sync brings the residents: say so instead of "no residents yet".
    readonly property bool stillArriving: page.members.count === 0 && App.sync !== null
                                          && isNaN(App.sync.lastSyncedAt.getTime())

    signal message(string text)

    // For tests, screenshots and the list: a resident's own page, over the list.
    function openResident(row: int) {
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Contain);
        const item = list.itemAtIndex(row) as ResidentRow;
        if (item)
            item.open();
    }

    function exportReport() {
        page.message(App.exportMonthReport(""));
    }

    function scrollToTop() {
        detail.visible = false;
        list.positionViewAtBeginning();
        list.currentIndex = 0;
    }
    // For tests and screenshots: open the pause dialog for the resident on list row @p row.
    function openPause(row: int) {
        list.positionViewAtIndex(row, ListView.Contain);
        const item = list.itemAtIndex(row) as ResidentRow;
        if (item)
            item.askPause();
    }
    // For the beheerder's Home: show who may need a conversation.
    function showBehind() {
        page.residents.show = "behind";
        page.scrollToTop();
    }

    // One of the three views: everyone, who may need a conversation, who is paused.
    component ShowButton: WrapButton {
        required property string show
        property int number
        property string words
        objectName: "show_" + show
        highlighted: page.residents.show === show
        font.capitalization: Font.MixedCase
        text: words + " (" + number + ")"
        Accessible.name: words + ", " + number
        Accessible.checkable: true
        Accessible.checked: highlighted
        onClicked: page.residents.show = show
    }

    // Hidden (not only covered) while a resident's page is open: nothing behind it can be
    // tabbed to or read out.
    ColumnLayout {
        visible: !detail.visible
        width: Math.max(0, Math.min(page.width - 2 * (page.wide ? 32 : 16), 760))
        x: (page.width - width) / 2
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: page.wide ? 32 : 20
        spacing: 10

        PageHeading {
            objectName: "residentsHeading"
            Layout.fillWidth: true
            title: qsTr("Residents")
            subtitle: qsTr("%1: hours done and hours asked. A reason to talk with someone, never to compare people.").arg(page.members.periodLabel)
        }

        // This period or the one before: one tap.
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            WrapButton {
                objectName: "periodNow"
                highlighted: page.members.periodOffset === 0
                font.capitalization: Font.MixedCase
                text: App.hours.monthly ? qsTr("This month") : qsTr("This week")
                Accessible.checkable: true
                Accessible.checked: highlighted
                onClicked: page.members.periodOffset = 0
            }
            WrapButton {
                objectName: "periodBefore"
                highlighted: page.members.periodOffset === -1
                font.capitalization: Font.MixedCase
                text: App.hours.monthly ? qsTr("Last month") : qsTr("Last week")
                Accessible.checkable: true
                Accessible.checked: highlighted
                onClicked: page.members.periodOffset = -1
            }
            Item {
                Layout.fillWidth: true
            }
            WrapButton {
                objectName: "reportButton"
                flat: true
                font.capitalization: Font.MixedCase
                text: qsTr("Month report")
                Accessible.name: qsTr("Save the month report for the housing provider, as a spreadsheet and to print")
                onClicked: page.exportReport()
            }
        }

        Label {
            objectName: "reportSaved"
            Layout.fillWidth: true
            visible: App.lastReportFiles.length > 0
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            textFormat: Text.StyledText
            text: "<a href=\"" + App.lastReportFolder + "\">" + qsTr("Open the folder with the report") + "</a>"
            linkColor: Theme.primaryDark
            onLinkActivated: link => Qt.openUrlExternally(link)
            Accessible.role: Accessible.Link
            Accessible.name: qsTr("Open the folder with the report")
        }

        TextField {
            id: search
            objectName: "residentSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Find by name, studio or corridor")
            Accessible.name: qsTr("Find a resident by name, studio or corridor")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: page.residents.query = text
            Keys.onDownPressed: {
                list.forceActiveFocus();
                list.currentIndex = 0;
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8
            ShowButton {
                show: "all"
                words: qsTr("Everyone")
                number: page.members.count
            }
            ShowButton {
                show: "behind"
                words: qsTr("Worth a talk")
                number: page.members.behindCount
            }
            ShowButton {
                show: "paused"
                words: qsTr("Paused")
                number: page.members.pausedCount
            }
            ShowButton {
                show: "quiet"
                words: qsTr("Not updated for %n days", "", page.members.quietDays)
                number: page.members.quietCount
            }
            ShowButton {
                show: "notConnected"
                words: qsTr("Not connected yet")
                number: page.members.notConnectedCount
            }
            // How long without an update counts: shown with its view.
            ChoiceBox {
                id: quietDays
                objectName: "quietDays"
                visible: page.residents.show === "quiet"
                readonly property var choices: [3, 7, 14, 30]
                model: choices.map(n => qsTr("%n days", "", n))
                currentIndex: Math.max(0, choices.indexOf(page.members.quietDays))
                Accessible.name: qsTr("Not updated for how many days")
                onActivated: index => page.members.quietDays = quietDays.choices[index]
            }
            // Grouped by corridor, or one list by name.
            WrapSwitch {
                objectName: "byCorridor"
                text: qsTr("By corridor")
                checked: page.residents.byCorridor
                Accessible.name: qsTr("Group by corridor")
                onToggled: page.residents.byCorridor = checked
            }
        }

        Label {
            objectName: "residentsShown"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            visible: page.members.count > 0
            text: qsTr("%1 of %2 residents shown").arg(page.residents.count).arg(page.members.count)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }

        RowLayout {
            Layout.fillWidth: true
            visible: page.stillArriving
            spacing: 10
            BusyIndicator {
                running: page.stillArriving
                implicitWidth: 32
                implicitHeight: 32
            }
            Label {
                objectName: "residentsArriving"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Getting the residents from your project…")
                wrapMode: Text.Wrap
                color: Theme.text
            }
        }

        Label {
            objectName: "residentsEmpty"
            Layout.fillWidth: true
            visible: !page.stillArriving && page.residents.count === 0
            horizontalAlignment: Text.AlignLeft
            text: page.members.count === 0 ? qsTr("No residents yet. They appear here after they connect and sync.")
                                           : qsTr("Nobody matches. Clear the search or choose Everyone.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }

        ListView {
            id: list
            objectName: "memberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            bottomMargin: 16
            model: page.residents
            activeFocusOnTab: true
            keyNavigationEnabled: true
            // Keys move the current row at once, and the view follows it without animating.
            highlightMoveDuration: 0
            highlightFollowsCurrentItem: true
            cacheBuffer: 800
            section.property: page.residents.byCorridor ? "gang" : ""
            section.criteria: ViewSection.FullString
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Residents")
            ScrollBar.vertical: ScrollBar {}
            Keys.onPressed: event => {
                const rowsPerPage = Math.max(1, Math.floor(list.height / 96));
                let next = -1;
                if (event.key === Qt.Key_PageDown)
                    next = Math.min(list.count - 1, list.currentIndex + rowsPerPage);
                else if (event.key === Qt.Key_PageUp)
                    next = Math.max(0, list.currentIndex - rowsPerPage);
                else if (event.key === Qt.Key_Home)
                    next = 0;
                else if (event.key === Qt.Key_End)
                    next = list.count - 1;
                if (next < 0)
                    return;
                list.currentIndex = next;
                list.positionViewAtIndex(next, ListView.Contain);
                event.accepted = true;
            }
            Keys.onReturnPressed: {
                const item = list.currentItem as ResidentRow;
                if (item)
                    item.open();
            }
            delegate: ResidentRow {
                id: residentRow
                wide: page.wide
                grouped: page.residents.byCorridor
                current: residentRow.ListView.isCurrentItem && list.activeFocus
                onPauseAsked: pauseDialog.openFor(residentRow.memberId, residentRow.name, residentRow.paused, residentRow.pausedUntilText, residentRow.pausedUntilIso)
                onOpenAsked: {
                    detail.memberId = residentRow.memberId;
                    detail.name = residentRow.name;
                    detail.gang = residentRow.gang;
                    detail.studio = residentRow.studio;
                    detail.doneText = residentRow.paused ? qsTr("paused until %1").arg(residentRow.pausedUntilText) : residentRow.doneText;
                    detail.paused = residentRow.paused;
                    detail.pausedUntilText = residentRow.pausedUntilText;
                    detail.pausedUntilIso = residentRow.pausedUntilIso;
                    detail.visible = true;
                    detail.forceActiveFocus();
                }
            }
        }
    }

    ResidentPage {
        id: detail
        objectName: "residentPage"
        anchors.fill: parent
        visible: false
        wide: page.wide
        onClosed: {
            detail.visible = false;
            list.forceActiveFocus();
        }
        onPauseAsked: pauseDialog.openFor(detail.memberId, detail.name, detail.paused, detail.pausedUntilText, detail.pausedUntilIso)
        onMessage: text => page.message(text)
    }

    PauseDialog {
        id: pauseDialog
        objectName: "pauseDialog"
        onSaved: text => page.message(text)
    }
}
