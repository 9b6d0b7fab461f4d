pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// The beheerder pauses someone's hours until a date (end of this month, end of next month, or
// a number of weeks), or lifts a pause. Saved on this device and sent to the server at once.
// A pause that is already set opens on its own end ("keep"), and the button says what saving
// will do (keep, extend, shorten or lift), so that one Enter never cuts a pause short.
AppDialog {
    id: dialog

    property string memberId
    property string memberName
    property bool paused: false
    property string pausedUntilText
    property string pausedUntilIso
    property string choice: "month"
    property string errorText
    // What saving does, for the button: "keep", "extend", "shorten", "lift" or "pause".
    readonly property string effect: {
        if (choice === "lift")
            return "lift";
        if (!paused)
            return "pause";
        const until = chosenDate();
        return until === pausedUntilIso ? "keep" : until > pausedUntilIso ? "extend" : "shorten";
    }

    signal saved(string message)

    function openFor(id: string, name: string, isPaused: bool, untilText: string, untilIso: string) {
        memberId = id;
        memberName = name;
        paused = isPaused;
        pausedUntilText = untilText;
        pausedUntilIso = untilIso;
        choice = isPaused ? "keep" : "month";
        weeksBox.value = 4;
        reasonField.text = "";
        errorText = "";
        open();
        (isPaused ? keepChoice : monthChoice).forceActiveFocus();
    }

    function chosenDate(): string {
        if (choice === "lift")
            return "";
        return choice === "keep" ? pausedUntilIso : App.hours.pauseDate(choice, weeksBox.value);
    }

    function save() {
        if (effect === "keep") {
            close(); // nothing changes
            return;
        }
        const until = chosenDate();
        if (!App.hours.pauseUntil(memberId, until, reasonField.text)) {
            errorText = App.hours.lastError !== "" ? App.hours.lastError : qsTr("The pause could not be saved. Please try again.");
            return;
        }
        // The resident learns of it at their next sync: send it now.
        App.syncStatus.syncNow();
        close();
        saved(until === "" ? qsTr("The pause for %1 is lifted.").arg(memberName)
                           : qsTr("%1's hours are paused until %2.").arg(memberName).arg(App.hours.longDate(until)));
    }

    maxWidth: 480
    title: qsTr("Pause hours for %1").arg(memberName)

    component Choice: WrapRadioButton {
        id: choiceButton
        Layout.fillWidth: true
        Accessible.name: text
        // The words start after the circle, which sits on the reading side.
        contentItem: Label {
            leftPadding: choiceButton.mirrored ? 0 : choiceButton.indicator.width + choiceButton.spacing
            rightPadding: choiceButton.mirrored ? choiceButton.indicator.width + choiceButton.spacing : 0
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
            id: keepChoice
            objectName: "pauseKeep"
            visible: dialog.paused
            checked: dialog.choice === "keep"
            onClicked: dialog.choice = "keep"
            ButtonGroup.group: choices
            text: qsTr("Keep it until %1, as it is now").arg(App.hours.longDate(dialog.pausedUntilIso))
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
        // Why, for the beheerder's own memory: never shown to the resident or anyone else.
        InputField {
            id: reasonField
            objectName: "pauseReason"
            Layout.fillWidth: true
            Layout.topMargin: 6
            visible: dialog.effect !== "keep"
            maximumLength: 500
            placeholderText: qsTr("Reason (optional, only the beheerder sees it)")
            Accessible.name: qsTr("Reason for the pause, optional. Only the beheerder sees it.")
        }
        FieldMessage {
            Layout.fillWidth: true
            text: dialog.errorText
        }

        DialogButtons {
            Layout.fillWidth: true
            Layout.topMargin: 12
            WrapButton {
                id: cancelButton
                objectName: "pauseCancel"
                font.capitalization: Font.MixedCase
                flat: true
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            WrapButton {
                id: saveButton
                objectName: "pauseSave"
                font.capitalization: Font.MixedCase
                highlighted: true
                text: {
                    switch (dialog.effect) {
                    case "lift":
                        return qsTr("Lift pause");
                    case "keep":
                        return qsTr("Keep pause");
                    case "extend":
                        return qsTr("Extend pause");
                    case "shorten":
                        return qsTr("Shorten pause");
                    }
                    return qsTr("Pause hours");
                }
                Accessible.name: text
                onClicked: dialog.save()
                Keys.onReturnPressed: dialog.save()
                Keys.onEnterPressed: dialog.save()
            }
        }
    }
}
