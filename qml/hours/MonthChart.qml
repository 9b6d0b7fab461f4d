pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// Twelve months of hours as bars, oldest first (mirrored for right-to-left). An orange line on
// each bar shows what was asked that month. The bars carry no numbers: the line below the chart
// says the chosen month in the same words as everywhere else ("oktober 2026: 4 uur 30 min van
// 10 uur"). This month is chosen first; a tap, or the arrow keys, choose another.
ColumnLayout {
    id: chart

    property MonthlyHoursModel months: App.months
    // The scale: at least one hour, so an empty year still draws calmly.
    readonly property int scaleMinutes: Math.max(60, months.maxMinutes)
    // The month the line below tells about; -1 is this month (the last bar).
    property int chosen: -1
    readonly property int shownIndex: chosen >= 0 && chosen < bars.count ? chosen : bars.count - 1
    readonly property string shownSummary: shownIndex >= 0 && shownIndex < months.summaries.length
                                           ? months.summaries[shownIndex] : ""
    // The legend's words for the bars: "your hours" on your own chart.
    property string gaveText: qsTr("Hours you gave")
    // What a screen reader calls the chart: "your hours" on your own, the resident's on theirs.
    property string chartName: qsTr("Your hours in the last 12 months")

    function step(delta: int) {
        // Arrow keys follow the screen: in right-to-left the newest month is on the left.
        const along = chart.LayoutMirroring.enabled ? -delta : delta;
        chart.chosen = Math.max(0, Math.min(bars.count - 1, chart.shownIndex + along));
    }

    spacing: 10

    component MonthBar: Item {
        id: bar

        required property int index
        required property string monthShort
        required property string monthLong
        required property string summary
        required property int doneMinutes
        required property int requiredMinutes
        required property bool isCurrent

        readonly property bool shown: index === chart.shownIndex
        readonly property real plotTop: 4
        readonly property real plotHeight: height - plotTop - (monthLabel.visible ? monthLabel.height : 0) - 6

        objectName: "bar" + index
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Accessible.role: Accessible.Graphic
        Accessible.name: monthLong
        Accessible.description: summary

        Rectangle {
            // The month the line below is about stands out softly; with keyboard focus it
            // gets the focus colour.
            objectName: "shownColumn"
            anchors.fill: parent
            anchors.margins: -1
            visible: bar.shown
            radius: 8
            color: Theme.primarySoft
            border.width: plot.activeFocus ? 2 : 0
            border.color: Theme.focus
        }

        Rectangle {
            id: doneBar
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: monthLabel.top
            anchors.bottomMargin: 6
            width: Math.max(6, Math.min(bar.width * 0.6, 30))
            height: bar.doneMinutes > 0
                    ? Math.max(3, bar.plotHeight * Math.min(bar.doneMinutes, chart.scaleMinutes) / chart.scaleMinutes)
                    : 0
            radius: Math.min(5, width / 2)
            color: Theme.primary
        }

        Rectangle {
            // What was asked this month.
            anchors.horizontalCenter: parent.horizontalCenter
            visible: bar.requiredMinutes > 0
            y: bar.plotTop + bar.plotHeight * (1 - Math.min(bar.requiredMinutes, chart.scaleMinutes) / chart.scaleMinutes) - 1.5
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
            // With larger text a month's name does not fit under its bar at that size: the
            // line below the chart says the chosen month in words instead (and a screen reader
            // hears each bar's month).
            visible: Theme.textScale <= 1
            // Room for two lines: Arabic's short month names are whole words ("كانون الثاني"),
            // which on a phone only fit on two smaller lines.
            height: 28
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignTop
            text: bar.monthShort.replace(".", "")
            font.pixelSize: Theme.fontTiny
            font.bold: bar.shown || bar.isCurrent
            color: bar.shown ? Theme.primaryDark : Theme.textMuted
            elide: Text.ElideNone
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            fontSizeMode: Text.Fit
            minimumPixelSize: 7
        }

        TapHandler {
            onTapped: chart.chosen = bar.index
        }
    }

    Item {
        id: plot
        objectName: "chartPlot"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 120
        implicitHeight: 170
        activeFocusOnTab: true
        Accessible.role: Accessible.Chart
        Accessible.name: chart.chartName
        Accessible.description: chart.shownSummary + ". " + qsTr("Use the arrow keys to choose a month.")
        Keys.onLeftPressed: chart.step(-1)
        Keys.onRightPressed: chart.step(1)
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
                chart.chosen = event.key === Qt.Key_Home ? 0 : bars.count - 1;
                event.accepted = true;
            }
        }

        RowLayout {
            anchors.fill: parent
            spacing: 2

            Repeater {
                id: bars
                model: chart.months
                delegate: MonthBar {}
            }
        }
    }

    // The chosen month in words: what was given and what was asked.
    Label {
        objectName: "chartSummary"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        text: chart.shownSummary.charAt(0).toUpperCase() + chart.shownSummary.slice(1)
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // Legend: every mark on the chart explained. Two fixed lines, so the chart's height never
    // depends on how the words wrap.
    component LegendLine: RowLayout {
        id: legendLine
        property string text
        default property alias swatch: swatchHolder.data
        Layout.fillWidth: true
        spacing: 8
        Item {
            id: swatchHolder
            implicitWidth: 18
            implicitHeight: 14
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: legendLine.text
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 4
        LegendLine {
            text: chart.gaveText
            Rectangle {
                anchors.centerIn: parent
                width: 12
                height: 14
                radius: 3
                color: Theme.primary
            }
        }
        LegendLine {
            text: qsTr("Hours asked by your project")
            Rectangle {
                anchors.centerIn: parent
                width: 18
                height: 3
                radius: 1.5
                color: Theme.warm
            }
        }
    }
}
