pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Activities

// The programme as a week, for a wide window: seven day columns in the order the language
// starts its week (mirrored right to left with the rest of the app), each activity a block in
// its day's column by start, with its time, name, place and how full it is. The week before,
// this week and the week after are one press away; Tab walks the activities day by day and
// Enter opens one.
Item {
    id: view

    readonly property ActivityWeekModel week: App.week

    signal chosen(string activityId)

    // One activity in its day's column.
    component Block: AbstractButton {
        id: block

        required property string activityId
        required property string title
        required property string place
        required property string time
        required property string when
        required property string fill
        required property bool full
        required property string status
        required property string myStateText
        required property int column
        property int day: -1

        readonly property bool cancelled: status === "cancelled"

        objectName: "weekBlock"
        visible: column === day
        Layout.fillWidth: true
        padding: 6
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: (cancelled ? qsTr("Cancelled: %1").arg(title) : title) + ", " + when
                         + ", " + place + (cancelled ? "" : ", " + fill)
                         + (myStateText !== "" ? ", " + myStateText : "")
        Accessible.description: qsTr("Opens the activity")
        onClicked: view.chosen(activityId)
        Keys.onReturnPressed: view.chosen(activityId)
        Keys.onEnterPressed: view.chosen(activityId)

        background: Rectangle {
            radius: 10
            color: block.cancelled ? Theme.surfaceMuted
                   : block.down ? Theme.primarySoft
                   : block.myStateText !== "" ? Theme.primarySoft : Theme.surface
            border.width: block.visualFocus ? 3 : 1
            border.color: block.visualFocus ? Theme.focus : Theme.border
        }
        contentItem: ColumnLayout {
            spacing: 2
            Label {
                objectName: "weekBlockTime"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: block.time
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.primaryDark
                wrapMode: Text.Wrap
            }
            Label {
                id: titleLabel
                objectName: "weekBlockTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: block.title
                font.bold: true
                font.strikeout: block.cancelled
                // A day column is narrow, and a Dutch name is often one long word
                // ("Koffieochtend"): rather than break it in the middle, the title is set
                // smaller until its widest word fits, down to the caption size; only a word too
                // long even then breaks.
                // (A pixel to spare: widths do not scale exactly with the size.)
                font.pixelSize: widestWord.implicitWidth <= block.availableWidth
                                ? Theme.fontBody
                                : Math.max(Theme.fontCaption,
                                           Math.floor(Theme.fontBody * (block.availableWidth - 1)
                                                      / widestWord.implicitWidth))
                color: Theme.text
                wrapMode: Text.Wrap

                // Each word on a line of its own, unwrapped: as wide as the widest word.
                Text {
                    id: widestWord
                    visible: false
                    text: block.title.split(/\s+/).join("\n")
                    font.family: titleLabel.font.family
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    Accessible.ignored: true
                }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: block.place
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "weekBlockFill"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: block.cancelled ? qsTr("Cancelled") : block.fill
                font.pixelSize: Theme.fontSmall
                color: block.cancelled || block.full ? Theme.warm : Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        // The week before, its dates, this week, the week after. The arrows point outwards,
        // also right to left (where earlier is on the right).
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            WrapButton {
                objectName: "weekPrevious"
                flat: true
                text: App.rightToLeft ? "→" : "←"
                font.pixelSize: Theme.fontLarge
                Accessible.name: qsTr("Previous week")
                onClicked: view.week.previousWeek()
            }
            Heading {
                objectName: "weekTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: view.week.weekTitle
                font.bold: true
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                wrapMode: Text.Wrap
            }
            WrapButton {
                objectName: "weekThis"
                flat: true
                enabled: view.week.weekOffset !== 0
                font.capitalization: Font.MixedCase
                text: qsTr("This week")
                Accessible.name: qsTr("Go to this week")
                onClicked: view.week.thisWeek()
            }
            WrapButton {
                objectName: "weekNext"
                flat: true
                text: App.rightToLeft ? "←" : "→"
                font.pixelSize: Theme.fontLarge
                Accessible.name: qsTr("Next week")
                onClicked: view.week.nextWeek()
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: columns.implicitHeight + 16
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            Row {
                id: columns
                objectName: "weekColumns"
                width: flick.width
                spacing: 6
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Activities in the week of %1").arg(view.week.weekTitle)

                Repeater {
                    model: 7
                    delegate: Rectangle {
                        id: dayColumn

                        required property int index
                        readonly property bool isToday: index === view.week.todayColumn

                        objectName: "weekDay" + index
                        width: (columns.width - 6 * columns.spacing) / 7
                        height: Math.max(dayContent.implicitHeight + 16, flick.height - 16)
                        radius: 12
                        color: isToday ? Theme.primarySoft : Theme.surfaceMuted

                        ColumnLayout {
                            id: dayContent
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: 4
                            spacing: 6

                            Heading {
                                objectName: "weekDayHeading" + dayColumn.index
                                Layout.fillWidth: true
                                Layout.topMargin: 2
                                horizontalAlignment: Text.AlignHCenter
                                text: view.week.dayHeadings[dayColumn.index] ?? ""
                                font.bold: true
                                color: dayColumn.isToday ? Theme.primaryDark : Theme.text
                                wrapMode: Text.Wrap
                                Accessible.name: (view.week.dayNames[dayColumn.index] ?? "")
                                                 + (dayColumn.isToday ? ", " + qsTr("today") : "")
                            }
                            Repeater {
                                model: view.week
                                delegate: Block {
                                    day: dayColumn.index
                                }
                            }
                            Label {
                                objectName: "weekDayEmpty"
                                visible: (view.week.dayCounts[dayColumn.index] ?? 0) === 0
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignHCenter
                                text: qsTr("Nothing planned")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
