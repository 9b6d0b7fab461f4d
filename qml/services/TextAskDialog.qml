import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// A short question with words to write and, when asked for, minutes: reporting help done,
// "Not right?", hiding a post, deciding without hours. The caller answers `done` and shows its
// refusal in errorText (the dialog stays open, nothing is lost).
AppDialog {
    id: ask

    property string question
    property string fieldLabel
    property string okText: qsTr("Send")
    property bool wantsText: true
    property bool textRequired: true
    property bool wantsMinutes: false
    property int minutes: 60
    property string errorText
    // Which day, for a regular arrangement ({iso, text}, the latest first); empty: not asked.
    property var days: []
    readonly property string day: ask.days.length > 0 && dayBox.currentIndex >= 0
                                  ? ask.days[dayBox.currentIndex].iso : ""

    signal done(string text, int minutes)

    function openWith(minutes: int) {
        ask.minutes = minutes;
        words.text = "";
        ask.errorText = "";
        dayBox.currentIndex = 0;
        open();
        if (ask.wantsMinutes)
            minutesBox.forceActiveFocus();
        else
            words.forceActiveFocus();
    }

    maxWidth: 460
    title: ask.question

    ColumnLayout {
        LayoutMirroring.enabled: App.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            visible: ask.days.length > 0
            text: qsTr("Which day?")
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
        }
        ChoiceBox {
            id: dayBox
            objectName: "askDay"
            visible: ask.days.length > 0
            model: ask.days
            textRole: "text"
            Layout.fillWidth: true
            Layout.minimumHeight: 48
            Accessible.name: qsTr("Which day?")
        }
        Label {
            visible: ask.wantsMinutes
            // The box holds minutes ("60"): the question says so.
            text: qsTr("How long did it take? In minutes")
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        NamedSpinBox {
            id: minutesBox
            objectName: "askMinutes"
            visible: ask.wantsMinutes
            from: 5
            to: 720
            stepSize: 5
            editable: true
            value: ask.minutes
            onValueModified: ask.minutes = value
            Accessible.name: qsTr("Minutes")
            Layout.minimumHeight: 48
        }
        Label {
            visible: ask.wantsText
            text: ask.fieldLabel
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        InputArea {
            id: words
            objectName: "askWords"
            visible: ask.wantsText
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            Accessible.name: ask.fieldLabel
        }
        FieldMessage {
            Layout.fillWidth: true
            text: ask.errorText
        }
        DialogButtons {
            Layout.fillWidth: true
            WrapButton {
                text: qsTr("Back")
                flat: true
                Layout.minimumHeight: 48
                onClicked: ask.close()
            }
            WrapButton {
                objectName: "askOk"
                text: ask.okText
                highlighted: true
                Layout.minimumHeight: 48
                enabled: !ask.wantsText || !ask.textRequired || words.text.trim() !== ""
                onClicked: ask.done(words.text, ask.minutes)
            }
        }
    }
}
