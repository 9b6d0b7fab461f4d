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
    // As wide as the longest month name, so that the bars start in one line (measured again
    // when the months are read again: another language names them differently).
    readonly property real monthWidth: {
        let widest = 0;
        for (let i = 0; i < months.count; ++i) {
            const row = months.itemAt(i) as MonthRow;
            if (row)
                widest = Math.max(widest, row.nameWidth);
        }
        return widest;
    }

    // One line a month: its name, a bar for who came (against the busiest month), and how many
    // came of how many signed up; a screen reader hears the month in full.
    component MonthRow: RowLayout {
        id: row
        required property string month
        required property string monthName
        required property string text
        required property int came
        required property int signedUp
        readonly property real nameWidth: nameLabel.implicitWidth
        spacing: Theme.spacing
        Accessible.role: Accessible.StaticText
        Accessible.name: monthName + ": " + text

        Label {
            id: nameLabel
            objectName: "attendanceMonth"
            Layout.preferredWidth: card.monthWidth
            Layout.minimumWidth: card.monthWidth
            horizontalAlignment: Text.AlignLeft
            text: row.month
            Accessible.ignored: true
        }
        // Mirrored right to left by the layout.
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: 12
            Rectangle {
                objectName: "attendanceBar"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                height: 12
                radius: 3
                color: Theme.primary
                width: card.model.maxCame > 0 ? Math.max(row.came > 0 ? 4 : 0, parent.width * row.came / card.model.maxCame) : 0
            }
        }
        Label {
            objectName: "attendanceCount"
            horizontalAlignment: Text.AlignRight
            text: qsTr("%1 of %2").arg(Number(row.came).toLocaleString(Qt.locale(), 'f', 0)).arg(Number(row.signedUp).toLocaleString(Qt.locale(), 'f', 0))
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Accessible.ignored: true
        }
    }

    visible: model.available
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Attendance over time")

    ColumnLayout {
        width: parent.width
        spacing: 8

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Attendance over time")
            font.bold: true
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "attendanceSummary"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: card.model.summary
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Repeater {
            id: months
            model: card.model
            delegate: MonthRow {
                Layout.fillWidth: true
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
