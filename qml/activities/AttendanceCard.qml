pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// Attendance over time, for whoever sees who came (the beheerder: every corridor; a gangmaker:
// their corridor): per month how many activities took place, how many signed up and came, and
// how many different neighbours that were, with a bar for who came. A quiet month shows as such,
// not as a failure.
Card {
    id: card
    objectName: "attendanceCard"

    readonly property ActivityAttendanceModel model: App.attendance

    visible: model.available

    // Counted again on every change only while it is shown.
    onVisibleChanged: card.model.active = visible
    Component.onCompleted: card.model.active = visible
    Component.onDestruction: card.model.active = false
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Attendance over time")

    ColumnLayout {
        width: parent.width
        spacing: 8

        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Attendance over time")
            font.bold: true
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "attendanceSummary"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: card.model.summary
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        // One line a month: its name, a bar for who came (against the busiest month), and how
        // many came of how many signed up. A grid filled column by column, so that the names
        // take the width of the longest and the bars start in one line; a screen reader hears
        // each month in full on its name.
        GridLayout {
            Layout.fillWidth: true
            flow: GridLayout.TopToBottom
            rows: Math.max(1, card.model.count)
            columnSpacing: 12
            rowSpacing: 6

            Repeater {
                model: card.model
                delegate: Label {
                    required property string month
                    required property string monthName
                    required property string details
                    objectName: "attendanceMonth"
                    horizontalAlignment: Text.AlignLeft
                    text: month
                    Accessible.role: Accessible.StaticText
                    Accessible.name: monthName + ": " + details
                }
            }
            Repeater {
                model: card.model
                // Mirrored right to left by the layout.
                delegate: Item {
                    id: barCell
                    required property int came
                    Layout.fillWidth: true
                    Layout.preferredHeight: 12
                    Rectangle {
                        objectName: "attendanceBar"
                        anchors.left: parent.left
                        anchors.verticalCenter: parent.verticalCenter
                        height: 12
                        radius: 3
                        color: Theme.primary
                        width: card.model.maxCame > 0 ? Math.max(barCell.came > 0 ? 4 : 0, parent.width * barCell.came / card.model.maxCame) : 0
                    }
                }
            }
            Repeater {
                model: card.model
                delegate: Label {
                    required property int came
                    required property int signedUp
                    objectName: "attendanceCount"
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("%1 of %2").arg(Number(came).toLocaleString(Qt.locale(), 'f', 0)).arg(Number(signedUp).toLocaleString(Qt.locale(), 'f', 0))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    Accessible.ignored: true
                }
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("The bar shows who came; the number, who came of who signed up.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
