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
// (Not `pragma ComponentBehavior: Bound`: Qt 6.4's ListView cannot create a bound header, and
// the filters are the list's header on a phone with large text.)
Item {
    id: page

    property bool wide: false
    readonly property MemberProgressModel members: App.members
    readonly property ResidentsFilter residents: App.residents
    // A phone with large text: the heading and filters scroll with the list.
    readonly property bool filtersScroll: !page.wide && Theme.largeText

    signal message(string text)

    // For tests, screenshots and the list: a resident's own page, over the list.
    function openResident(row: int) {
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Contain);
        const item = list.itemAtIndex(row) as ResidentRow;
        if (item)
            item.open();
    }

    function focusList() {
        list.forceActiveFocus();
        list.currentIndex = 0;
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

    // Hidden (not only covered) while a resident's page is open: nothing behind it can be
    // tabbed to or read out.
    ColumnLayout {
        id: column
        visible: !detail.visible
        width: Math.max(0, Math.min(page.width - 2 * (page.wide ? 32 : 16), 760))
        x: (page.width - width) / 2
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: page.wide ? 32 : 20
        spacing: 10

        ResidentsFilters {
            visible: !page.filtersScroll
            Layout.fillWidth: true
            room: column.width
            onMessage: text => page.message(text)
            onDownPressed: page.focusList()
        }

        ListView {
            id: list
            objectName: "memberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            bottomMargin: 16
            // No rows while the page has no width yet (another screen is shown): a row laid out
            // at width 0 wraps its words ever again (Qt's "polish loop").
            model: list.width > 0 ? page.residents : null
            header: page.filtersScroll ? headerFilters : null
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

    // On a phone with large text the heading and filters scroll away with the list, or they
    // would leave no room for the residents.
    Component {
        id: headerFilters
        ResidentsFilters {
            width: ListView.view ? ListView.view.width : 0
            room: width
            asHeader: true
            onMessage: text => page.message(text)
            onDownPressed: page.focusList()
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
