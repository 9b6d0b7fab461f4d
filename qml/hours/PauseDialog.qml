pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// The beheerder pauses someone's hours until a date (end of this month, end of next month, or
// a number of weeks), or lifts a pause. Saved on this device and sent to the server at once.
Dialog {
    id: dialog

    property string memberId
    property string memberName
    property bool paused: false
    property string pausedUntilText
    property string choice: "month"
    property string errorText

    signal saved(string message)

    function openFor(id: string, name: string, isPaused: bool, untilText: string) {
        memberId = id;
        memberName = name;
        paused = isPaused;
        pausedUntilText = untilText;
        choice = "month";
        weeksBox.value = 4;
        errorText = "";
        open();
        monthChoice.forceActiveFocus();
    }

    function chosenDate(): string {
        return choice === "lift" ? "" : App.hours.pauseDate(choice, weeksBox.value);
    }

    function save() {
        const until = chosenDate();
        if (!App.hours.pauseUntil(memberId, until)) {
            errorText = App.hours.lastError !== "" ? App.hours.lastError : qsTr("The pause could not be saved. Please try again.");
            return;
        }
        // The resident learns of it at their next sync: send it now.
        App.syncStatus.syncNow();
        close();
        saved(until === "" ? qsTr("The pause for %1 is lifted.").arg(memberName)
                           : qsTr("%1's hours are paused until %2.").arg(memberName).arg(App.hours.longDate(until)));
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 32, 480)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Pause hours for %1").arg(memberName)

    component Choice: RadioButton {
        id: choiceButton
        Layout.fillWidth: true
        Accessible.name: text
        contentItem: Label {
            leftPadding: choiceButton.indicator.width + choiceButton.spacing
            text: choiceButton.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            color: Theme.text
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        LayoutMirroring.enabled: App.rightToLeft
        LayoutMirroring.childrenInherit: true

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: dialog.paused
                  ? qsTr("The hours of %1 are paused until %2. Choose a new date, or lift the pause.").arg(dialog.memberName).arg(dialog.pausedUntilText)
                  : qsTr("During a pause, %1 is not asked to do hours. Hours they still log keep counting.").arg(dialog.memberName)
            wrapMode: Text.Wrap
            color: Theme.text
        }
        ButtonGroup {
            id: choices
        }
        Choice {
            id: monthChoice
            objectName: "pauseMonth"
            checked: dialog.choice === "month"
            onClicked: dialog.choice = "month"
            ButtonGroup.group: choices
            text: qsTr("Until the end of this month (%1)").arg(App.hours.longDate(App.hours.pauseDate("month", 0)))
        }
        Choice {
            objectName: "pauseNextMonth"
            checked: dialog.choice === "nextMonth"
            onClicked: dialog.choice = "nextMonth"
            ButtonGroup.group: choices
            text: qsTr("Until the end of next month (%1)").arg(App.hours.longDate(App.hours.pauseDate("nextMonth", 0)))
        }
        Choice {
            objectName: "pauseWeeks"
            checked: dialog.choice === "weeks"
            onClicked: dialog.choice = "weeks"
            ButtonGroup.group: choices
            text: qsTr("For a number of weeks")
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 40
            enabled: dialog.choice === "weeks"
            spacing: 2
            SpinBox {
                id: weeksBox
                objectName: "pauseWeeksBox"
                from: 1
                to: 26
                value: 4
                editable: true
                Accessible.name: qsTr("Number of weeks")
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("%n week(s), until %1", "", weeksBox.value).arg(App.hours.longDate(App.hours.pauseDate("weeks", weeksBox.value)))
                wrapMode: Text.Wrap
                color: dialog.choice === "weeks" ? Theme.text : Theme.textMuted
            }
        }
        Choice {
            objectName: "pauseLift"
            visible: dialog.paused
            checked: dialog.choice === "lift"
            onClicked: dialog.choice = "lift"
            ButtonGroup.group: choices
            text: qsTr("Lift the pause: hours are asked again from today")
        }
        FieldMessage {
            Layout.fillWidth: true
            text: dialog.errorText
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 12
            spacing: Theme.spacing
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "pauseCancel"
                font.capitalization: Font.MixedCase
                flat: true
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "pauseSave"
                font.capitalization: Font.MixedCase
                highlighted: true
                text: dialog.choice === "lift" ? qsTr("Lift pause") : qsTr("Pause hours")
                Accessible.name: text
                onClicked: dialog.save()
                Keys.onReturnPressed: dialog.save()
                Keys.onEnterPressed: dialog.save()
            }
        }
    }
}
