import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// History's side card on a wide window: the last twelve months.
Card {
    objectName: "historyChartCard"
    padding: 20

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Heading {
            text: qsTr("The last 12 months")
            font.bold: true
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        MonthChart {
            objectName: "historyChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 320
        }
    }
}
