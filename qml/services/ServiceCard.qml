import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// One request or offer on the Help board: what kind of help, the words, who and when, and
// where it stands (a chip), with what waits for the member ("Please confirm the help") and,
// for gangmakers and the beheerder, that nobody took it for two days.
ItemDelegate {
    id: card

    required property string postId
    required property string kindText
    required property string categoryLabel
    required property string postText
    required property string whenText
    required property string estimateText
    required property string whoText
    required property string stateText
    required property bool flagged
    required property string todo
    property bool selected: false
    property bool showFlag: false

    padding: 14
    // Reached by Tab like any button (an ItemDelegate is not, by itself), opened with Space or
    // Enter.
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: card.clicked()
    Keys.onEnterPressed: card.clicked()
    // The words the card reads as one line for a screen reader.
    Accessible.name: Theme.sentences([
        card.kindText + ": " + card.categoryLabel, card.postText, card.whoText, card.whenText,
        card.stateText, card.todo,
        card.showFlag && card.flagged ? qsTr("Nobody took this for 2 days") : ""])

    background: Rectangle {
        radius: Theme.radius
        color: card.selected ? Theme.primarySoft : Theme.surface
        border.color: card.visualFocus ? Theme.focus : Theme.border
        border.width: card.visualFocus ? 3 : 1
    }

    contentItem: ColumnLayout {
        spacing: 4

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: card.kindText + " · " + card.categoryLabel
            color: Theme.primaryDark
            font.bold: true
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: card.postText
            wrapMode: Text.Wrap
            // A preview (the whole text is one tap away): two lines, more with larger text,
            // where two lines hold only a few words.
            maximumLineCount: Theme.largeText ? 6 : 2
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: card.whoText + " · " + card.whenText + " · " + card.estimateText
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6

            Repeater {
                model: [
                    {text: card.stateText, warm: false},
                    {text: card.todo, warm: true},
                    {text: card.showFlag && card.flagged ? qsTr("Nobody took this for 2 days") : "",
                     warm: true}
                ].filter(c => c.text !== "")
                delegate: Rectangle {
                    id: chipBox
                    required property var modelData
                    radius: 10
                    color: modelData.warm ? Theme.warmSoft : Theme.surfaceMuted
                    // Its words on one line, or as wide as the card with the words wrapped.
                    width: Math.min(Math.ceil(chipWords.advanceWidth) + 16, card.availableWidth)
                    height: chip.implicitHeight + 6
                    TextMetrics {
                        id: chipWords
                        font: chip.font
                        text: chip.text
                    }
                    Label {
                        id: chip
                        anchors.centerIn: parent
                        width: parent.width - 16
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        text: chipBox.modelData.text
                        font.pixelSize: Theme.fontSmall
                        color: chipBox.modelData.warm ? Theme.warm : Theme.text
                    }
                }
            }
        }
    }
}
