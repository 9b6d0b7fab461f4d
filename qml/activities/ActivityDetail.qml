pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Activities

// One activity: what it is, when and where, how full, and the member's own place in it, with
// the one button that fits (sign up, join the waiting list, sign off), coming together with a
// neighbour, and for whoever may: cancelling it with a reason for the people signed up.
Item {
    id: detail

    property string activityId
    property bool showBack: false
    // The row as the list model has it, read again whenever the model is.
    readonly property var row: {
        App.programme.revision; // re-read after every reload
        return activityId !== "" ? App.programme.row(activityId) : ({});
    }
    readonly property bool planned: row.status === "planned"
    // Who signed up, for whoever may see it (organisers, the gang's gangmakers, beheerders).
    readonly property var people: {
        App.programme.revision;
        return activityId !== "" ? App.activities.people(activityId) : [];
    }
    property string errorText
    readonly property bool mayPromote: {
        App.programme.revision;
        return activityId !== "" && App.activities.mayPromote(activityId);
    }

    signal message(string text)
    signal closed()
    // "Change": the form, filled with this activity.
    signal changeRequested(string activityId)

    function signUp(companionId: string, companionName: string) {
        if (!App.activities.signUp(detail.activityId, companionId)) {
            detail.errorText = App.activities.lastError;
            return;
        }
        detail.errorText = "";
        App.syncStatus.syncNow();
        detail.message(companionName !== ""
                       ? qsTr("You signed up together with %1. You will see here when it is confirmed.").arg(companionName)
                       : qsTr("You signed up. You will see here when it is confirmed."));
    }

    onActivityIdChanged: errorText = ""

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 24
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: 12

            WrapButton {
                objectName: "activityBack"
                visible: detail.showBack
                flat: true
                font.capitalization: Font.MixedCase
                text: (detail.LayoutMirroring.enabled ? "→ " : "← ") + qsTr("All activities")
                Accessible.name: qsTr("Back to all activities")
                onClicked: detail.closed()
            }

            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    width: parent.width
                    spacing: 8

                    Heading {
                        objectName: "activityTitle"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: detail.row.title ?? ""
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "activityWhen"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: detail.row.when ?? ""
                        font.bold: true
                        color: Theme.primaryDark
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "activityRepeat"
                        Layout.fillWidth: true
                        visible: text !== ""
                        horizontalAlignment: Text.AlignLeft
                        text: detail.row.repeat ?? ""
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: (detail.row.forEveryone ?? false)
                              ? qsTr("%1 · for everyone in the project").arg(detail.row.place ?? "")
                              : qsTr("%1 · for your corridor").arg(detail.row.place ?? "")
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text !== ""
                        horizontalAlignment: Text.AlignLeft
                        text: detail.row.description ?? ""
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: (detail.row.credit ?? "") !== ""
                        horizontalAlignment: Text.AlignLeft
                        text: detail.row.credit ?? ""
                        color: Theme.success
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "activityFill"
                        Layout.fillWidth: true
                        visible: detail.row.status !== "cancelled"
                        horizontalAlignment: Text.AlignLeft
                        text: detail.row.fill ?? ""
                        color: (detail.row.full ?? false) ? Theme.warm : Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }

            // Cancelled: why, in the organiser's words.
            Card {
                objectName: "activityCancelled"
                Layout.fillWidth: true
                visible: detail.row.status === "cancelled"
                fill: Theme.errorSoft
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("This activity is cancelled: %1").arg(detail.row.cancelReason ?? "")
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
            }

            // For the organisers: who comes, who waits, who came.
            Card {
                objectName: "activityPeople"
                Layout.fillWidth: true
                visible: detail.people.length > 0

                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    Heading {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: qsTr("Who signed up")
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: detail.people
                        delegate: RowLayout {
                            id: person
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                wrapMode: Text.Wrap
                                color: person.modelData.state === "confirmed" ? Theme.text : Theme.textMuted
                                text: person.modelData.came ? qsTr("%1 – came").arg(person.modelData.name)
                                      : person.modelData.state === "confirmed" ? qsTr("%1 – coming").arg(person.modelData.name)
                                      : person.modelData.state === "waitlisted" ? qsTr("%1 – waiting list, place %2").arg(person.modelData.name).arg(Number(person.modelData.waitingPlace).toLocaleString(Qt.locale(), 'f', 0))
                                      : qsTr("%1 – not yet confirmed").arg(person.modelData.name)
                            }
                            // An organiser may give someone a place out of turn ("a first push").
                            WrapButton {
                                objectName: "promoteButton"
                                visible: person.modelData.state === "waitlisted" && detail.mayPromote
                                flat: true
                                font.capitalization: Font.MixedCase
                                text: qsTr("Give a place")
                                Accessible.name: qsTr("Give %1 a place now").arg(person.modelData.name)
                                onClicked: {
                                    if (!App.activities.promote(detail.activityId, person.modelData.signUpId)) {
                                        detail.errorText = App.activities.lastError;
                                        return;
                                    }
                                    detail.errorText = "";
                                    App.syncStatus.syncNow();
                                    detail.message(qsTr("%1 has a place now and will be told.").arg(person.modelData.name));
                                }
                            }
                        }
                    }
                    WrapButton {
                        objectName: "attendanceButton"
                        visible: {
                            App.programme.revision;
                            return App.activities.mayTakeAttendance(detail.activityId);
                        }
                        font.capitalization: Font.MixedCase
                        text: qsTr("Who came?")
                        Accessible.name: qsTr("Mark who came to %1").arg(detail.row.title ?? "")
                        onClicked: attendanceDialog.open()
                    }
                }
            }

            // For whoever may answer: questions about the hours credited ("Not right?").
            Card {
                id: questionsCard
                objectName: "activityQuestions"
                Layout.fillWidth: true
                readonly property var questions: {
                    App.programme.revision;
                    return detail.activityId !== "" ? App.activities.openDisputes(detail.activityId) : [];
                }
                visible: questions.length > 0

                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    Heading {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: qsTr("Questions about hours")
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: questionsCard.questions
                        delegate: ColumnLayout {
                            id: question
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                objectName: "questionText" + question.index
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                wrapMode: Text.Wrap
                                text: qsTr("%1 asks for %2 (%3)").arg(question.modelData.name).arg(question.modelData.minutesText).arg(question.modelData.creditedText)
                            }
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                wrapMode: Text.Wrap
                                color: Theme.textMuted
                                text: "“" + question.modelData.reason + "”"
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                WrapButton {
                                    objectName: "acceptQuestion" + question.index
                                    font.capitalization: Font.MixedCase
                                    text: qsTr("Accept")
                                    Accessible.name: qsTr("Accept: give %1 %2").arg(question.modelData.name).arg(question.modelData.minutesText)
                                    onClicked: {
                                        if (!App.activities.resolve(detail.activityId, question.modelData.disputeId, true, 0, "")) {
                                            detail.errorText = App.activities.lastError;
                                            return;
                                        }
                                        detail.errorText = "";
                                        App.syncStatus.syncNow();
                                        detail.message(qsTr("Accepted. %1 gets %2.").arg(question.modelData.name).arg(question.modelData.minutesText));
                                    }
                                }
                                WrapButton {
                                    objectName: "declineQuestion" + question.index
                                    flat: true
                                    font.capitalization: Font.MixedCase
                                    text: qsTr("Decline")
                                    Accessible.name: qsTr("Decline the question of %1").arg(question.modelData.name)
                                    onClicked: {
                                        declineDialog.disputeId = question.modelData.disputeId;
                                        declineDialog.name = question.modelData.name;
                                        declineAnswer.text = "";
                                        declineDialog.errorText = "";
                                        declineDialog.open();
                                    }
                                }
                                Item {
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }
                }
            }

            // Where the member stands, said once, calmly.
            Label {
                objectName: "activityMyState"
                Layout.fillWidth: true
                visible: text !== ""
                horizontalAlignment: Text.AlignLeft
                text: detail.row.myStateText ?? ""
                font.bold: true
                font.pixelSize: Theme.fontLarge
                color: detail.row.myState === "confirmed" ? Theme.primaryDark : Theme.warm
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: detail.row.myState === "waitlisted"
                horizontalAlignment: Text.AlignLeft
                text: qsTr("When someone signs off, the first on the list gets the place. You will see it here.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: detail.row.myState === "pending"
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            FieldMessage {
                objectName: "activityError"
                Layout.fillWidth: true
                text: detail.errorText
            }

            // The one thing to do, and coming together.
            Flow {
                Layout.fillWidth: true
                spacing: 10
                visible: detail.planned

                WrapButton {
                    objectName: "signUpButton"
                    visible: detail.row.canSignUp ?? false
                    highlighted: true
                    font.capitalization: Font.MixedCase
                    text: (detail.row.full ?? false) ? qsTr("Join the waiting list") : qsTr("Sign up")
                    Accessible.name: (detail.row.full ?? false)
                                     ? qsTr("Join the waiting list for %1").arg(detail.row.title ?? "")
                                     : qsTr("Sign up for %1").arg(detail.row.title ?? "")
                    onClicked: detail.signUp("", "")
                }
                WrapButton {
                    objectName: "signUpTogetherButton"
                    visible: (detail.row.canSignUp ?? false) && App.context.can["signUpTogether"] === true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Come with a neighbour…")
                    Accessible.name: qsTr("Sign up together with a neighbour for %1").arg(detail.row.title ?? "")
                    onClicked: togetherDialog.openFor(App.activities.neighbours())
                }
                WrapButton {
                    objectName: "withdrawButton"
                    visible: (detail.row.myState ?? "") !== ""
                    font.capitalization: Font.MixedCase
                    text: qsTr("Sign off")
                    Accessible.name: qsTr("Sign off from %1").arg(detail.row.title ?? "")
                    onClicked: {
                        if (!App.activities.withdraw(detail.activityId)) {
                            detail.errorText = App.activities.lastError;
                            return;
                        }
                        detail.errorText = "";
                        App.syncStatus.syncNow();
                        detail.message(qsTr("You signed off. Your place goes to the next person on the waiting list."));
                    }
                }
                WrapButton {
                    objectName: "changeActivityButton"
                    visible: {
                        App.programme.revision; // asked again after every change
                        return detail.planned && App.activities.mayEdit(detail.activityId);
                    }
                    font.capitalization: Font.MixedCase
                    text: qsTr("Change")
                    Accessible.name: qsTr("Change %1").arg(detail.row.title ?? "")
                    onClicked: detail.changeRequested(detail.activityId)
                }
                WrapButton {
                    objectName: "cancelActivityButton"
                    visible: {
                        App.programme.revision; // asked again after every change
                        return detail.planned && App.activities.mayCancel(detail.activityId);
                    }
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Cancel activity…")
                    Accessible.name: qsTr("Cancel %1").arg(detail.row.title ?? "")
                    onClicked: cancelDialog.open()
                }
            }
        }
    }

    // Coming together: choose one neighbour; the two of you get places together or wait
    // together.
    AppDialog {
        id: togetherDialog
        objectName: "togetherDialog"

        property var neighbours: []

        function openFor(list: var) {
            neighbours = list;
            picker.currentIndex = -1;
            open();
            picker.forceActiveFocus();
        }

        title: qsTr("Come with a neighbour")

        ColumnLayout {
            LayoutMirroring.enabled: App.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: parent.width
            spacing: 10
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("You both get a place, or you wait together. Ask your neighbour first.")
            }
            ChoiceBox {
                id: picker
                objectName: "companionPicker"
                Layout.fillWidth: true
                model: togetherDialog.neighbours
                textRole: "name"
                valueRole: "memberId"
                displayText: currentIndex < 0 ? qsTr("Choose a neighbour") : currentText
                Accessible.name: qsTr("Neighbour to come with")
            }
            DialogButtons {
                Layout.fillWidth: true
                Layout.topMargin: 12
                WrapButton {
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Back")
                    Accessible.name: text
                    onClicked: togetherDialog.close()
                }
                WrapButton {
                    objectName: "togetherSave"
                    highlighted: true
                    enabled: picker.currentIndex >= 0
                    font.capitalization: Font.MixedCase
                    text: qsTr("Sign up together")
                    Accessible.name: text
                    onClicked: {
                        togetherDialog.close();
                        detail.signUp(picker.currentValue, picker.currentText);
                    }
                }
            }
        }
    }

    // Cancelling asks why: everyone who signed up reads it.
    AppDialog {
        id: cancelDialog
        objectName: "cancelDialog"

        property string errorText

        title: qsTr("Cancel %1?").arg(detail.row.title ?? "")
        onOpened: {
            reasonField.text = "";
            errorText = "";
            onlyThisDate.checked = true;
            reasonField.forceActiveFocus();
        }

        ColumnLayout {
            LayoutMirroring.enabled: App.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: parent.width
            spacing: 10
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("Everyone who signed up is told, with your reason.")
            }
            // A date of a series: this one, or this one and every later date.
            WrapRadioButton {
                id: onlyThisDate
                objectName: "cancelOnlyThisDate"
                Layout.fillWidth: true
                visible: detail.row.inSeries ?? false
                checked: true
                text: qsTr("Only this date")
                Accessible.name: text
            }
            WrapRadioButton {
                id: thisAndLater
                objectName: "cancelThisAndLater"
                Layout.fillWidth: true
                visible: detail.row.inSeries ?? false
                text: qsTr("This date and all later dates")
                Accessible.name: text
            }
            InputField {
                id: reasonField
                objectName: "cancelReason"
                Layout.fillWidth: true
                placeholderText: qsTr("Why, in a few words")
                Accessible.name: qsTr("Why it is cancelled")
                maximumLength: 500
            }
            FieldMessage {
                Layout.fillWidth: true
                text: cancelDialog.errorText
            }
            DialogButtons {
                Layout.fillWidth: true
                Layout.topMargin: 12
                WrapButton {
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Keep it")
                    Accessible.name: qsTr("Keep the activity")
                    onClicked: cancelDialog.close()
                }
                WrapButton {
                    objectName: "cancelSave"
                    highlighted: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Cancel activity")
                    Accessible.name: text
                    onClicked: {
                        if (!App.activities.cancel(detail.activityId, reasonField.text,
                                                   (detail.row.inSeries ?? false) && thisAndLater.checked)) {
                            cancelDialog.errorText = App.activities.lastError;
                            return;
                        }
                        App.syncStatus.syncNow();
                        cancelDialog.close();
                        detail.message(qsTr("The activity is cancelled. Everyone who signed up will see why."));
                    }
                }
            }
        }
    }

    // After the activity: tick who came. Marking someone twice changes nothing; for an
    // activity that counts, the server credits their hours.
    AppDialog {
        id: attendanceDialog
        objectName: "attendanceDialog"

        property var ticked: ({})

        title: qsTr("Who came to %1?").arg(detail.row.title ?? "")
        onOpened: {
            const t = {};
            for (const p of detail.people)
                t[p.memberId] = p.came;
            ticked = t;
        }

        ColumnLayout {
            LayoutMirroring.enabled: App.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: parent.width
            spacing: 6
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: (detail.row.credit ?? "") !== ""
                      ? qsTr("Everyone you tick gets the hours. You get your organising time.")
                      : qsTr("Tick who came.")
            }
            Repeater {
                model: detail.people
                delegate: WrapCheckBox {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.name
                    checked: attendanceDialog.ticked[modelData.memberId] === true
                    enabled: !modelData.came // marked once, it stays
                    Accessible.name: qsTr("%1 came").arg(modelData.name)
                    onToggled: {
                        const t = Object.assign({}, attendanceDialog.ticked);
                        t[modelData.memberId] = checked;
                        attendanceDialog.ticked = t;
                    }
                }
            }
            DialogButtons {
                Layout.fillWidth: true
                Layout.topMargin: 12
                WrapButton {
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Back")
                    Accessible.name: text
                    onClicked: attendanceDialog.close()
                }
                WrapButton {
                    objectName: "attendanceSave"
                    highlighted: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Save")
                    Accessible.name: qsTr("Save who came")
                    onClicked: {
                        const present = [];
                        for (const id in attendanceDialog.ticked)
                            if (attendanceDialog.ticked[id])
                                present.push(id);
                        if (!App.activities.takeAttendance(detail.activityId, present)) {
                            detail.errorText = App.activities.lastError;
                            attendanceDialog.close();
                            return;
                        }
                        App.syncStatus.syncNow();
                        attendanceDialog.close();
                        detail.message(qsTr("Saved who came."));
                    }
                }
            }
        }
    }

    // Declining a question about hours needs an answer, so that the neighbour knows why.
    AppDialog {
        id: declineDialog
        objectName: "declineDialog"

        property string disputeId
        property string name
        property string errorText

        title: qsTr("The hours stay as they are")

        ColumnLayout {
            LayoutMirroring.enabled: App.rightToLeft
            LayoutMirroring.childrenInherit: true
            width: parent.width
            spacing: 6
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("Tell %1 why.").arg(declineDialog.name)
            }
            InputArea {
                id: declineAnswer
                objectName: "declineAnswer"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(96, implicitHeight)
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("For example: you left at 19:00.")
                Accessible.name: qsTr("Your answer to %1").arg(declineDialog.name)
            }
            FieldMessage {
                objectName: "declineError"
                Layout.fillWidth: true
                text: declineDialog.errorText
            }
            DialogButtons {
                Layout.fillWidth: true
                Layout.topMargin: 12
                WrapButton {
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Back")
                    Accessible.name: text
                    onClicked: declineDialog.close()
                }
                WrapButton {
                    objectName: "declineSave"
                    highlighted: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Send answer")
                    Accessible.name: qsTr("Send your answer to %1").arg(declineDialog.name)
                    onClicked: {
                        if (!App.activities.resolve(detail.activityId, declineDialog.disputeId, false, 0, declineAnswer.text)) {
                            declineDialog.errorText = App.activities.lastError;
                            return;
                        }
                        App.syncStatus.syncNow();
                        declineDialog.close();
                        detail.message(qsTr("Sent. %1 will see your answer.").arg(declineDialog.name));
                    }
                }
            }
        }
    }
}
