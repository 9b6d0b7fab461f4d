pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// Every entry, newest first, grouped by month. Changed and removed entries stay visible,
// crossed out, with what happened to them, so the history is honest. Each active entry can be
// changed or removed (after a question).
Item {
    id: page

    property bool wide: false
    readonly property HourHistoryModel history: App.history
    // The entry the row menu or the remove question is about.
    property string selectedId
    property string selectedText
    // The activity the "Not right?" question is about, and its credited minutes.
    property string questionActivityId
    property int questionMinutes: 0
    property int questionRevision: 0

    Connections {
        target: App.activities
        function onActivitiesChanged() {
            page.questionRevision++;
        }
    }

    function askQuestion(activityId: string, minutes: int, description: string) {
        page.questionActivityId = activityId;
        page.questionMinutes = minutes;
        page.selectedText = description;
        questionMinutesBox.value = Math.max(minutes, 5);
        questionReason.text = "";
        questionError.text = "";
        questionDialog.open();
        questionMinutesBox.forceActiveFocus();
    }

    signal correctionStarted()
    signal message(string text)

    function correct(entryId: string) {
        if (App.form.startCorrection(entryId))
            page.correctionStarted();
    }

    function scrollToTop() {
        list.positionViewAtBeginning();
    }

    function askRemove(entryId: string, description: string) {
        page.selectedId = entryId;
        page.selectedText = description;
        removeDialog.open();
        // The safe choice first: Enter or Space right away keeps the entry.
        keepButton.forceActiveFocus();
    }

    // Anchored, not a ColumnLayout: the layout looped ("Polish loop detected") when the text
    // size changed on a desktop window.
    PageHeading {
        id: pageHeading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: page.wide ? 32 : 16
        anchors.rightMargin: page.wide ? 32 : 16
        anchors.topMargin: page.wide ? 32 : 16
        title: qsTr("Your hours")
        subtitle: qsTr("Everything you logged. Changes stay visible, so it is always clear what happened.")
    }

    // Anchors, not a RowLayout: the layout kept the list's full phone width when the
    // window grew while mirrored (right to left), and drew the chart card over the rows.
    Item {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: page.wide ? 32 : 0
        anchors.rightMargin: page.wide ? 32 : 0
        anchors.top: pageHeading.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom

        // In the list's place, anchored: as a wrapped label in the column it made the
        // layout loop ("Polish loop detected") when the language changed to Arabic.
        Label {
            objectName: "historyEmpty"
            visible: list.count === 0
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 16
            horizontalAlignment: Text.AlignLeft
            text: qsTr("No hours logged yet. When you log hours, you will see them here.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
        }

        ListView {
            id: list
            objectName: "historyList"
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: page.wide ? Math.min(680, Math.round((body.width - 24) * 0.6)) : body.width
            clip: true
            model: page.history
            spacing: 0
            bottomMargin: 24
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Your hours")
            ScrollBar.vertical: ScrollBar {}

            section.property: "monthText"
            section.criteria: ViewSection.FullString
            delegate: Rectangle {
                id: row

                required property int index
                required property string entryId
                required property string dayText
                required property string durationText
                required property string categoryText
                required property string note
                required property string entryState
                required property string stateText
                required property bool isCorrection
                required property bool pending
                required property bool rejected
                required property string rejectionText
                required property string activityId

                // A question about hours credited for an activity ("Not right?"): only on
                // one's own history, re-read when an activity changes (a pull, an answer).
                readonly property var question: {
                    page.questionRevision;
                    return row.activityId !== "" && page.history.memberId === ""
                           ? App.activities.creditQuestion(row.activityId) : ({});
                }
                readonly property bool mayAsk: row.active && row.question.canAsk === true
                                               && !row.isCorrection

                // A refused entry does not count, like a replaced or removed one.
                readonly property bool active: entryState === "active" && !rejected
                readonly property string description: qsTr("%1, %2, %3").arg(dayText).arg(durationText).arg(categoryText)

                // The month heading sits in the first row of each month (Qt 6.4's ListView cannot
                // create a section delegate of a bound component).
                readonly property bool firstOfMonth: ListView.section !== ListView.previousSection
                readonly property string monthHeading: ListView.section
                readonly property real headingHeight: firstOfMonth ? monthLabel.implicitHeight : 0

                width: ListView.view.width
                implicitHeight: row.headingHeight + rowLayout.implicitHeight + 24
                color: "transparent"

                Heading {
                    id: monthLabel
                    anchors.left: parent.left
                    anchors.right: parent.right
                    visible: row.firstOfMonth
                    topPadding: row.index === 0 ? 4 : 20
                    bottomPadding: 6
                    leftPadding: page.wide ? 4 : 20
                    rightPadding: page.wide ? 4 : 20
                    horizontalAlignment: Text.AlignLeft
                    text: row.monthHeading.charAt(0).toUpperCase() + row.monthHeading.slice(1)
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    color: Theme.primaryDark
                    Accessible.ignored: !row.firstOfMonth
                }

                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: row.headingHeight
                    anchors.bottom: parent.bottom
                    color: row.ListView.isCurrentItem && list.activeFocus ? Theme.primarySoft : Theme.surface
                }
                Accessible.role: Accessible.ListItem
                Accessible.name: description
                Accessible.description: (note !== "" ? note + ". " : "") + stateText + (rejected ? " " + rejectionText : "")

                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: 1
                    color: Theme.border
                }

                // The day, kind and marks beside the row's menu; the note and what happened
                // to the entry below them, under the menu too with larger text (the width
                // of the row for a long word).
                GridLayout {
                    id: rowLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: row.headingHeight + 12
                    anchors.leftMargin: page.wide ? 16 : 20
                    anchors.rightMargin: page.wide ? 8 : 8
                    columns: 2
                    columnSpacing: 12
                    rowSpacing: 3

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 3

                        // The day and the time side by side; below each other on a
                        // phone with larger text.
                        GridLayout {
                            Layout.fillWidth: true
                            columns: Theme.largeText && !page.wide ? 1 : 2
                            columnSpacing: 8
                            rowSpacing: 3
                            Label {
                                horizontalAlignment: Text.AlignLeft
                                Layout.fillWidth: true
                                text: row.dayText
                                font.bold: true
                                color: row.active ? Theme.text : Theme.textMuted
                                font.strikeout: !row.active
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                horizontalAlignment: Text.AlignLeft
                                text: row.durationText
                                font.bold: true
                                color: row.active ? Theme.primaryDark : Theme.textMuted
                                font.strikeout: !row.active
                            }
                        }
                        // The kind and its marks, going onto a next line when they do
                        // not fit (larger text).
                        Flow {
                            Layout.fillWidth: true
                            spacing: 8
                            TextMetrics {
                                id: categoryMetrics
                                font: categoryLabel.font
                                text: row.categoryText
                            }
                            Label {
                                id: categoryLabel
                                // Its words on one line, or wrapped when the line is too
                                // short (from the words, not from implicitWidth, which
                                // follows the wrapping and would resize it again).
                                width: Math.min(Math.ceil(categoryMetrics.advanceWidth) + 1, parent.width)
                                text: row.categoryText
                                color: Theme.textMuted
                                font.strikeout: !row.active
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                visible: row.isCorrection
                                text: qsTr("corrected")
                                font.pixelSize: Theme.fontTiny
                                font.bold: true
                                color: Theme.primaryDark
                                leftPadding: 6
                                rightPadding: 6
                                topPadding: 1
                                bottomPadding: 1
                                background: Rectangle {
                                    radius: 6
                                    color: Theme.primarySoft
                                }
                            }
                            Label {
                                visible: row.pending && !row.rejected
                                text: qsTr("not sent yet")
                                font.pixelSize: Theme.fontTiny
                                color: Theme.textMuted
                                leftPadding: 6
                                rightPadding: 6
                                topPadding: 1
                                bottomPadding: 1
                                background: Rectangle {
                                    radius: 6
                                    color: Theme.surfaceMuted
                                }
                                Accessible.name: qsTr("Stored on this device, not sent to your project yet")
                            }
                        }
                    }

                    ToolButton {

                        font.capitalization: Font.MixedCase
                        objectName: "rowMenu" + row.index
                        Layout.alignment: Qt.AlignTop
                        Layout.rowSpan: Theme.largeText ? 1 : 2
                        // Keeps its place on crossed-out rows, so the durations line up.
                        enabled: row.active
                        opacity: row.active ? 1 : 0
                        Accessible.ignored: !row.active
                        text: "⋮"
                        font.pixelSize: 20
                        font.bold: true
                        Accessible.name: qsTr("Change or remove: %1").arg(row.description)
                        // Reached with Tab: the list shows its row.
                        onActiveFocusChanged: if (activeFocus) list.positionViewAtIndex(row.index, ListView.Contain)
                        onClicked: {
                            page.selectedId = row.entryId;
                            page.selectedText = row.description;
                            rowMenu.popup(this);
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.columnSpan: Theme.largeText ? 2 : 1
                        spacing: 3
                        Label {
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            visible: row.note !== ""
                            text: row.note
                            wrapMode: Text.Wrap
                            // Three lines at most; whole with large text (eliding a wrapped
                            // text also cuts it to the height its layout gave it).
                            maximumLineCount: Theme.largeText ? 1000 : 3
                            elide: Theme.largeText ? Text.ElideNone : Text.ElideRight
                            color: row.active ? Theme.text : Theme.textMuted
                            font.strikeout: !row.active
                        }
                        Label {
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            visible: row.rejected
                            text: "↳ " + (row.rejectionText !== "" ? row.rejectionText : qsTr("Not accepted by your project."))
                            wrapMode: Text.Wrap
                            color: Theme.error
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                        Label {
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            visible: row.stateText !== ""
                            text: "↳ " + row.stateText
                            wrapMode: Text.Wrap
                            color: Theme.warm
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                        Label {
                            objectName: "questionState" + row.index
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            visible: row.active && (row.question.text ?? "") !== ""
                            text: "↳ " + (row.question.text ?? "")
                            wrapMode: Text.Wrap
                            color: Theme.primaryDark
                            font.pixelSize: Theme.fontSmall
                        }
                        WrapButton {
                            objectName: "notRight" + row.index
                            visible: row.mayAsk
                            flat: true
                            font.capitalization: Font.MixedCase
                            leftPadding: 0
                            rightPadding: 0
                            text: qsTr("Not right?")
                            Accessible.name: qsTr("Not right? Ask the organiser to check: %1").arg(row.description)
                            // Reached with Tab: the list shows its row.
                            onActiveFocusChanged: if (activeFocus) list.positionViewAtIndex(row.index, ListView.Contain)
                            onClicked: page.askQuestion(row.activityId, row.question.creditMinutes ?? 0, row.description)
                        }
                    }
                }
            }
        }

        // Made only on a wide window: a card laid out while hidden kept its phone-size
        // text heights when the window grew, and its words ran over each other.
        Loader {
            active: page.wide
            visible: active
            anchors.left: list.right
            anchors.leftMargin: 24
            anchors.right: parent.right
            anchors.top: parent.top
            source: active ? Qt.resolvedUrl("YearChartCard.qml") : ""
        }
    }

    Menu {
        id: rowMenu
        enter: PopupIn {}
        exit: PopupOut {}
        MenuItem {
            text: qsTr("Change")
            Accessible.name: qsTr("Change this entry")
            onTriggered: page.correct(page.selectedId)
        }
        MenuItem {
            objectName: "removeEntry"
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove this entry")
            onTriggered: page.askRemove(page.selectedId, page.selectedText)
        }
    }

    AppDialog {
        id: removeDialog
        objectName: "removeDialog"
        title: qsTr("Remove this entry?")

        ColumnLayout {
            LayoutMirroring.enabled: App.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.fill: parent
            spacing: 8
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: page.selectedText
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("The hours no longer count. The entry stays in your history, crossed out.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }
            DialogButtons {
                Layout.fillWidth: true
                Layout.topMargin: 8
                WrapButton {
                    id: keepButton
                    font.capitalization: Font.MixedCase
                    text: qsTr("Keep it")
                    flat: true
                    Accessible.name: text
                    onClicked: removeDialog.reject()
                }
                WrapButton {
                    objectName: "confirmRemove"
                    font.capitalization: Font.MixedCase
                    text: qsTr("Remove")
                    highlighted: true
                    Accessible.name: qsTr("Remove this entry")
                    onClicked: removeDialog.accept()
                }
            }
        }


        onAccepted: {
            if (App.hours.removeEntry(page.selectedId))
                page.message(qsTr("Removed. The entry stays in your history, crossed out."));
            else
                page.message(App.hours.lastError);
        }
    }

    // "Not right?": the minutes the member says are right and why; the organiser answers.
    AppDialog {
        id: questionDialog
        objectName: "questionDialog"
        title: qsTr("Ask to check your hours")

        ColumnLayout {
            LayoutMirroring.enabled: App.rightToLeft
            LayoutMirroring.childrenInherit: true
            anchors.fill: parent
            spacing: 8
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: page.selectedText
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                text: qsTr("How many minutes are right?")
                wrapMode: Text.Wrap
            }
            NamedSpinBox {
                id: questionMinutesBox
                objectName: "questionMinutes"
                from: 5
                to: 12 * 60
                stepSize: 15
                value: 60
                editable: true
                Accessible.name: qsTr("Minutes that are right")
            }
            InputArea {
                id: questionReason
                objectName: "questionReason"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(96, implicitHeight)
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Why? For example: I stayed to clean up.")
                Accessible.name: qsTr("Why is it not right?")
            }
            Label {
                id: questionError
                objectName: "questionError"
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                visible: text !== ""
                wrapMode: Text.Wrap
                color: Theme.error
            }
            DialogButtons {
                Layout.fillWidth: true
                Layout.topMargin: 8
                WrapButton {
                    font.capitalization: Font.MixedCase
                    text: qsTr("Cancel")
                    flat: true
                    Accessible.name: text
                    onClicked: questionDialog.reject()
                }
                WrapButton {
                    objectName: "sendQuestion"
                    font.capitalization: Font.MixedCase
                    text: qsTr("Send")
                    highlighted: true
                    Accessible.name: qsTr("Send the question to the organiser")
                    onClicked: {
                        if (App.activities.dispute(page.questionActivityId, questionMinutesBox.value,
                                                   questionReason.text)) {
                            questionDialog.close();
                            page.message(qsTr("Sent. The organiser will check it."));
                        } else {
                            questionError.text = App.activities.lastError;
                        }
                    }
                }
            }
        }

    }
}
