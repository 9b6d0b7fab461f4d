pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Activities

// The programme: what neighbours organise in the corridor's common room and the central hall,
// coming up (this week, later), what one signed up for, and what was. A phone shows the list
// and one activity at a time; a desktop shows what is coming up as a week (ActivityWeek) and
// the chosen activity beside the list of one's own and earlier ones. Who may plan (gangmakers,
// beheerders) plans and changes activities here (ActivityFormPage).
Item {
    id: page

    property bool wide: false
    readonly property ActivityListModel programme: App.programme
    // Who may plan sees another empty state (a permission of core/permissions.cpp).
    readonly property string planAction: "createActivity"
    // Who sees who signed up may also export the programme they organise.
    readonly property string programmeAction: "seeAttendeeNames"
    // The activity shown in detail ("" for none).
    property string selectedId
    // The form is open (planning a new activity or changing one).
    property bool planning: false
    // A desktop shows what is coming up as a week when a day's column is wide enough for the
    // text size (7.5 body letters: a Dutch name such as "Koffieochtend" fits, set a little
    // smaller at most): at normal text a window from about 1140 px. A narrower window, or
    // larger text, shows the list and the chosen activity beside it.
    readonly property bool weekFits: (page.width - 64 - 6 * 6) / 7 >= 7.5 * Theme.fontBody
    readonly property bool weekShown: page.wide && page.weekFits && tabs.currentIndex === 0
    readonly property bool mayPlan: App.context.can[page.planAction] === true
    // A phone with larger text: the heading, buttons, tabs and the attendance card scroll away
    // with the list (they alone would fill the screen, and leave no room for the list).
    readonly property bool scrollsWhole: !page.wide && Theme.largeText

    signal message(string text)

    function scrollToTop() {
        list.positionViewAtBeginning();
        pageScroll.contentY = 0;
    }

    // The programme from its start, nothing opened.
    function showList() {
        page.planning = false;
        page.selectedId = "";
        tabs.currentIndex = 0;
        App.week.thisWeek();
        list.positionViewAtBeginning();
        pageScroll.contentY = 0;
    }

    // The form for a new activity.
    function planNew() {
        App.activityForm.clear();
        page.planning = true;
        formPage.start();
    }

    // The form for a change to @p activityId.
    function planChange(activityId: string) {
        if (!App.activityForm.load(activityId))
            return;
        page.planning = true;
        formPage.start();
    }

    // Opens the first activity of the list that has one's own sign-up, else the first one.
    function openFirst() {
        page.planning = false;
        // "Mine": on a desktop the list stays beside the activity (coming up is a week there).
        tabs.currentIndex = 1;
        let chosen = "";
        for (let i = 0; i < page.programme.count && chosen === ""; ++i) {
            const row = page.programme.rowAt(i);
            if (row.myState !== "")
                chosen = row.activityId;
        }
        page.selectedId = chosen !== "" ? chosen : page.programme.rowAt(0).activityId ?? "";
    }

    Component.onCompleted: page.programme.reload()
    // The closed form keeps no keyboard focus (nor its ring) in fields nobody sees.
    onPlanningChanged: {
        if (!page.planning)
            page.forceActiveFocus();
    }

    Flickable {
        id: pageScroll
        anchors.fill: parent
        // A phone (and the week) shows one activity in the list's place.
        visible: !page.planning && ((page.wide && !page.weekShown) || page.selectedId === "")
        interactive: page.scrollsWhole
        clip: page.scrollsWhole
        contentWidth: width
        contentHeight: page.scrollsWhole ? column.y + column.implicitHeight : height
        ScrollBar.vertical: ScrollBar {
            visible: page.scrollsWhole
        }

        ColumnLayout {
            id: column
            x: page.wide ? 32 : 0
            y: page.wide ? 32 : 16
            width: pageScroll.width - 2 * x
            height: page.scrollsWhole ? implicitHeight : pageScroll.height - y
            spacing: Theme.gap

            GridLayout {
                id: headingRow
                Layout.fillWidth: true
                Layout.leftMargin: page.wide ? 0 : 16
                Layout.rightMargin: page.wide ? 0 : 16
                // The title and its button side by side; the button, in words, below the title
                // on a phone with larger text (as the Help board's).
                readonly property bool stacked: Theme.largeText && !page.wide
                columns: stacked ? 1 : 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.spacing
                PageHeading {
                    Layout.fillWidth: true
                    title: qsTr("Activities")
                    subtitle: qsTr("What your neighbours organise. Sign up, alone or together with a neighbour.")
                }
                WrapButton {
                    objectName: "planActivityButton"
                    Layout.alignment: Qt.AlignTop
                    visible: page.mayPlan
                    highlighted: true
                    font.capitalization: Font.MixedCase
                    Layout.maximumWidth: Theme.room(page.width - 32)
                    text: page.wide || headingRow.stacked ? qsTr("Plan an activity") : "✚"
                    Accessible.name: qsTr("Plan an activity")
                    onClicked: page.planNew()
                }
            }

            // Into one's calendar app as an .ics file: one's sign-ups; for who sees who signed up
            // (core/permissions.cpp) also the programme. What happened stays under the buttons.
            // Side by side when both fit, else below each other (their words wrap if need be).
            GridLayout {
                id: exportButtons
                Layout.fillWidth: true
                Layout.leftMargin: page.wide ? 0 : 16
                Layout.rightMargin: page.wide ? 0 : 16
                columns: exportMine.naturalWidth + (exportAll.visible ? exportAll.naturalWidth + columnSpacing : 0) <= page.width - 32 ? 2 : 1
                columnSpacing: 8
                rowSpacing: 0
                WrapButton {
                    id: exportMine
                    Layout.maximumWidth: Theme.room(page.width - 32)
                    objectName: "exportMyCalendar"
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Add to my calendar")
                    Accessible.name: qsTr("Add my activities to my calendar")
                    onClicked: calendarResult.text = App.calendar.exportMine("")
                }
                WrapButton {
                    id: exportAll
                    Layout.maximumWidth: Theme.room(page.width - 32)
                    objectName: "exportProgramme"
                    visible: App.context.can[page.programmeAction] === true
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Export programme")
                    Accessible.name: qsTr("Export the programme as a calendar file")
                    onClicked: calendarResult.text = App.calendar.exportProgramme("")
                }
            }
            AlertText {
                id: calendarResult
                objectName: "calendarResult"
                visible: text !== ""
                Layout.fillWidth: true
                Layout.leftMargin: page.wide ? 0 : 16
                Layout.rightMargin: page.wide ? 0 : 16
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
            }

            TabBar {
                id: tabs
                objectName: "activitiesTabs"
                Layout.fillWidth: !page.wide
                Layout.preferredWidth: page.wide ? Math.min(560, parent.width * 0.6) : -1
                Layout.leftMargin: page.wide ? 0 : 16
                Layout.rightMargin: page.wide ? 0 : 16
                Accessible.name: qsTr("Which activities")
                onCurrentIndexChanged: {
                    page.programme.filter = ["upcoming", "mine", "past"][currentIndex];
                    page.selectedId = "";
                }
                PageTab {
                    objectName: "tabUpcoming"
                    text: qsTr("Coming up")
                }
                PageTab {
                    objectName: "tabMine"
                    text: qsTr("Mine")
                }
                PageTab {
                    objectName: "tabPast"
                    text: qsTr("Earlier")
                }
            }

            Item {
                id: body
                Layout.fillWidth: true
                Layout.fillHeight: !page.scrollsWhole
                // Scrolling with the rest: as high as what it shows.
                Layout.preferredHeight: !page.scrollsWhole ? -1
                                        : list.count === 0 ? emptyState.implicitHeight + emptyState.anchors.topMargin + 16
                                        : list.y + list.contentHeight + list.topMargin + list.bottomMargin

                // Over the (empty) list, which would take the button's clicks.
                ColumnLayout {
                    id: emptyState
                    z: 1
                    visible: list.count === 0 && !page.weekShown
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 16
                    // Under the attendance card, when it is shown.
                    anchors.topMargin: 16 + (attendanceBox.visible ? attendanceBox.height + 12 : 0)
                    spacing: 12
                    Label {
                        objectName: "activitiesEmpty"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: tabs.currentIndex === 1 ? qsTr("You have not signed up for anything yet. Look under “Coming up”.")
                              : tabs.currentIndex === 2 ? qsTr("No activities in the last two months.")
                              : page.mayPlan ? qsTr("No activities planned yet. Your corridor is waiting for the first one.")
                              : qsTr("No activities yet. Ask your gangmaker what is coming.")
                    }
                    WrapButton {
                        objectName: "planFirstButton"
                        visible: tabs.currentIndex === 0 && page.mayPlan
                        highlighted: true
                        font.capitalization: Font.MixedCase
                        text: qsTr("Plan the first one")
                        Accessible.name: qsTr("Plan the first activity")
                        onClicked: page.planNew()
                    }
                }

                // Desktop, coming up: the week.
                ActivityWeek {
                    id: weekView
                    objectName: "activityWeek"
                    visible: page.weekShown
                    anchors.fill: parent
                    onChosen: activityId => page.selectedId = activityId
                }

                // Earlier: how the activities were attended, for whoever sees who came. Above the
                // list, not its header: Qt 6.4's ListView cannot create a bound header component.
                AttendanceCard {
                    id: attendanceBox
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.leftMargin: page.wide ? 0 : 16
                    width: list.width - (page.wide ? 0 : 32)
                    visible: tabs.currentIndex === 2 && App.attendance.available
                }

                ListView {
                    id: list
                    objectName: "activitiesList"
                    anchors.left: parent.left
                    anchors.top: attendanceBox.visible ? attendanceBox.bottom : parent.top
                    anchors.topMargin: attendanceBox.visible ? 12 : 0
                    anchors.bottom: parent.bottom
                    width: page.wide ? Math.min(560, Math.round((body.width - 24) * 0.5)) : body.width
                    visible: !page.weekShown
                    clip: true
                    // Scrolled by the page instead (scrollsWhole); the keys still move its row.
                    interactive: !page.scrollsWhole
                    onCurrentItemChanged: if (page.scrollsWhole && currentItem && activeFocus)
                                              Theme.scrollTo(pageScroll, currentItem)
                    model: page.programme
                    spacing: 10
                    topMargin: 2
                    bottomMargin: 24
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Activities")
                    ScrollBar.vertical: ScrollBar {}

                    // Earlier: how the activities were attended, for whoever sees who came.
                    section.property: "section"
                    section.criteria: ViewSection.FullString
                    delegate: ActivityCard {
                        id: card
                        required property int index
                        width: ListView.view.width
                        leftInset: page.wide ? 0 : 16
                        rightInset: page.wide ? 0 : 16
                        selected: page.wide && page.selectedId === activityId
                        // The heading sits in the first card of each section (Qt 6.4's ListView
                        // cannot create a section delegate of a bound component).
                        heading: ListView.section !== ListView.previousSection ? ListView.section : ""
                        onClicked: page.selectedId = activityId
                    }
                }

                ActivityDetail {
                    id: sideDetail
                    objectName: "activityDetailSide"
                    visible: page.wide && !page.weekShown && page.selectedId !== ""
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    anchors.left: list.right
                    anchors.leftMargin: 24
                    anchors.right: parent.right
                    activityId: page.wide && !page.weekShown ? page.selectedId : ""
                    onMessage: text => page.message(text)
                    onClosed: page.selectedId = ""
                    onChangeRequested: activityId => page.planChange(activityId)
                }

                Label {
                    visible: page.wide && !page.weekShown && page.selectedId === "" && list.count > 0
                    anchors.left: list.right
                    anchors.leftMargin: 24
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: 24
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    text: qsTr("Choose an activity to see what it is and to sign up.")
                }
            }
        }
    }

    // Phone (and a desktop's week): one activity, with a way back.
    ActivityDetail {
        id: phoneDetail
        objectName: "activityDetail"
        visible: !page.planning && (!page.wide || page.weekShown) && page.selectedId !== ""
        anchors.fill: parent
        anchors.margins: page.wide ? 32 : 16
        showBack: true
        activityId: !page.wide || page.weekShown ? page.selectedId : ""
        onMessage: text => page.message(text)
        onClosed: page.selectedId = ""
        onChangeRequested: activityId => page.planChange(activityId)
    }

    // Planning a new activity, or changing one.
    ActivityFormPage {
        id: formPage
        objectName: "activityFormPage"
        visible: page.planning
        anchors.fill: parent
        wide: page.wide
        onFinished: (message, activityId) => {
            page.planning = false;
            page.selectedId = activityId;
            page.message(message);
        }
        onCancelled: page.planning = false
    }
}
