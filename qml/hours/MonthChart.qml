pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// Twelve months of hours as bars, oldest first (mirrored for right-to-left). A small orange
// line on each bar shows what was asked that month; the current month is highlighted.
ColumnLayout {
    id: chart

    property MonthlyHoursModel months: App.months
    // The scale: at least one hour, so an empty year still draws calmly.
    readonly property int scaleMinutes: Math.max(60, months.maxMinutes)

    spacing: 10
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Your hours in the last 12 months")

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 150
        implicitHeight: 190

        RowLayout {
            anchors.fill: parent
            spacing: 2

            Repeater {
                model: chart.months
                delegate: Item {
                    id: bar

                    required property int index
                    required property string monthShort
                    required property string monthLong
                    required property string summary
                    required property int doneMinutes
                    required property int requiredMinutes
                    required property bool isCurrent

                    readonly property real plotTop: valueLabel.height + 6
                    readonly property real plotHeight: height - plotTop - monthLabel.height - 6

                    objectName: "bar" + index
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Accessible.role: Accessible.Graphic
                    Accessible.name: monthLong
                    Accessible.description: summary

                    Rectangle {
                        // The current month's column stands out softly.
                        anchors.fill: parent
                        anchors.margins: -1
                        visible: bar.isCurrent
                        radius: 8
                        color: Theme.primarySoft
                        opacity: 0.6
                    }

                    Label {
                        id: valueLabel
                        anchors.horizontalCenter: parent.horizontalCenter
                        // Above the bar, and above the "asked" line when that is higher.
                        y: Math.min(doneBar.y, bar.requiredMinutes > 0 ? marker.y : doneBar.y) - height - 2
                        visible: bar.isCurrent || bar.doneMinutes > 0
                        text: (bar.doneMinutes / 60).toLocaleString(Qt.locale(), "f", bar.doneMinutes % 60 === 0 ? 0 : 1)
                        font.pixelSize: 11
                        font.bold: bar.isCurrent
                        color: bar.isCurrent ? Theme.primaryDark : Theme.textMuted
                    }

                    Rectangle {
                        id: doneBar
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: monthLabel.top
                        anchors.bottomMargin: 6
                        width: Math.max(6, Math.min(bar.width * 0.6, 30))
                        height: bar.doneMinutes > 0
                                ? Math.max(3, bar.plotHeight * bar.doneMinutes / chart.scaleMinutes)
                                : 0
                        radius: Math.min(5, width / 2)
                        color: bar.isCurrent ? Theme.primary
                                             : (bar.doneMinutes >= bar.requiredMinutes ? "#6FA8A1" : "#A9CCC7")
                    }

                    Rectangle {
                        id: marker
                        // What was asked this month.
                        anchors.horizontalCenter: parent.horizontalCenter
                        visible: bar.requiredMinutes > 0
                        y: bar.plotTop + bar.plotHeight * (1 - bar.requiredMinutes / chart.scaleMinutes) - 1.5
                        width: Math.max(10, Math.min(bar.width * 0.85, 38))
                        height: 3
                        radius: 1.5
                        color: Theme.warm
                    }

                    Label {
                        id: monthLabel
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: parent.bottom
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: bar.monthShort.replace(".", "")
                        font.pixelSize: 11
                        font.bold: bar.isCurrent
                        color: bar.isCurrent ? Theme.primaryDark : Theme.textMuted
                        elide: Text.ElideNone
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 8
                    }
                }
            }
        }
    }

    // Legend
    Flow {
        Layout.fillWidth: true
        spacing: 16

        Row {
            spacing: 6
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: 14
                height: 14
                radius: 3
                color: Theme.primary
            }
            Label {
                text: qsTr("Hours you gave")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        Row {
            spacing: 6
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: 18
                height: 3
                radius: 1.5
                color: Theme.warm
            }
            Label {
                text: qsTr("Hours asked by your project")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
