import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// One signal in a list: what it is about, where, and where it stands. For the beheerder: when a
// reaction is due, marked when it is late (and very late), and how many other signals are about
// the same situation. For the reporter: calm progress words, and "not sent yet" while offline.
ItemDelegate {
    id: row

    required property string signalId
    required property string categoryLabel
    required property string whereText
    required property string stateText
    required property string urgencyText
    required property string urgency
    required property string dueText
    required property string late
    required property bool unsent
    required property bool answered
    required property int togetherCount
    required property string raisedText
    property bool selected: false
    property bool inbox: false

    readonly property string lateText: row.late === "farOverdue" ? qsTr("Very late")
                                      : row.late === "overdue" ? qsTr("Late") : ""

    padding: 14
    // Reached by Tab like any button (an ItemDelegate is not, by itself), opened with Space or
    // Enter.
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: row.clicked()
    Keys.onEnterPressed: row.clicked()
    Accessible.name: Theme.sentences([
        row.categoryLabel, row.whereText, row.stateText, row.inbox ? row.urgencyText : "",
        row.dueText, row.lateText,
        row.togetherCount > 0 ? qsTr("%n more about the same situation", "", row.togetherCount) : "",
        !row.inbox && row.answered ? qsTr("The beheerder answered") : ""])

    background: Rectangle {
        radius: Theme.radius
        color: row.selected ? Theme.primarySoft : Theme.surface
        border.color: row.visualFocus ? Theme.focus : (row.late !== "" ? Theme.error : Theme.border)
        border.width: row.visualFocus || row.late === "farOverdue" ? 3 : 1
    }

    contentItem: ColumnLayout {
        spacing: 4

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: row.categoryLabel
            wrapMode: Text.Wrap
            font.bold: true
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            visible: text !== ""
            text: [row.whereText, row.raisedText].filter(s => s !== "").join(" · ")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            visible: !row.inbox
            text: row.stateText
            wrapMode: Text.Wrap
            color: row.unsent ? Theme.warm : Theme.text
            font.pixelSize: Theme.fontSmall
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6

            Repeater {
                model: [
                    {text: row.inbox ? row.stateText : "", warm: false},
                    {text: row.inbox && row.urgency === "today" ? row.urgencyText : "", warm: true},
                    {text: row.inbox ? row.dueText : "", warm: false},
                    {text: row.lateText, warm: true},
                    {text: row.inbox && row.togetherCount > 0 ? qsTr("%n more about the same situation", "", row.togetherCount) : "", warm: false},
                    {text: !row.inbox && row.answered ? qsTr("Answered") : "", warm: false}
                ].filter(c => c.text !== "")
                delegate: Rectangle {
                    required property var modelData
                    radius: 10
                    color: modelData.warm ? Theme.warmSoft : Theme.surfaceMuted
                    implicitWidth: chip.implicitWidth + 16
                    implicitHeight: chip.implicitHeight + 6
                    Label {
                        id: chip
                        anchors.centerIn: parent
                        text: parent.modelData.text
                        font.pixelSize: Theme.fontSmall
                        color: parent.modelData.warm ? Theme.warm : Theme.text
                    }
                }
            }
        }
    }
}
