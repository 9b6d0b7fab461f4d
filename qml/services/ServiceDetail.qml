pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Services

// One request or offer: what it is, who and when, where it stands (its timeline), the buttons
// that fit this member now (take it, stand in, give it back, withdraw, put it up again, report
// it done, confirm, "Not right?"), the messages between the one helped and the helper, and for
// the beheerder: neighbours whose talents fit, hiding it, and deciding about hours.
Item {
    id: detail

    property string postId
    property bool showBack: false
    readonly property var d: {
        App.services.revision; // read again after every change and sync
        return detail.postId !== "" ? App.services.detail(detail.postId) : ({});
    }
    property string errorText

    signal message(string text)
    signal closed()

    // A step's button in a row that wraps: as wide as its words, at most the row (its words
    // wrap then, with larger text on a phone).
    component StepButton: WrapButton {
        width: Math.min(naturalWidth, parent ? parent.width : naturalWidth)
    }

    // Runs a step; on refusal its words stay on the screen (nothing is lost), else a toast.
    function step(ok: bool, done: string) {
        if (ok) {
            detail.errorText = "";
            detail.message(done);
        } else {
            detail.errorText = App.services.lastError;
        }
        return ok;
    }

    // A dialog's step: closed with the words when it was taken, kept open with the refusal (and
    // what was typed) when not.
    function answered(dialog: TextAskDialog, ok: bool, done: string) {
        if (!ok) {
            dialog.errorText = App.services.lastError;
            return;
        }
        dialog.close();
        detail.step(true, done);
    }

    onPostIdChanged: detail.errorText = ""

    Rectangle {
        anchors.fill: parent
        color: Theme.background
        visible: detail.showBack
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 48
        visible: detail.postId === ""
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textMuted
        text: qsTr("Choose a request or offer to see it here.")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        visible: detail.postId !== "" && detail.d.postId !== undefined
        contentHeight: column.implicitHeight + 32
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: flick.width - 32
            spacing: 12

            WrapButton {
                objectName: "serviceBack"
                visible: detail.showBack
                // As every way back to a list: an arrow back and the list's name, in its own case.
                text: (App.rightToLeft ? "→ " : "← ") + qsTr("Help")
                flat: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Back to the Help board")
                onClicked: detail.closed()
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 6
                    Heading {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: (detail.d.kindText ?? "") + " · " + (detail.d.categoryLabel ?? "")
                        color: Theme.primaryDark
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "serviceText"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: detail.d.postText ?? ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLarge
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: [detail.d.whoText, detail.d.whenText, detail.d.estimateText,
                               detail.d.forEveryone ? qsTr("For the whole project")
                                                    : qsTr("For your corridor")]
                              .filter(s => (s ?? "") !== "").join(" · ")
                    }
                    Label {
                        objectName: "serviceState"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        font.bold: true
                        text: detail.d.stateText ?? ""
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        visible: (detail.d.hiddenReason ?? "") !== ""
                        text: qsTr("The beheerder says: %1").arg(detail.d.hiddenReason ?? "")
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        visible: detail.d.suggested === true
                        color: Theme.warm
                        text: qsTr("The beheerder thinks you could help with this.")
                    }
                }
            }

            FieldMessage {
                objectName: "serviceError"
                Layout.fillWidth: true
                text: detail.errorText
            }

            // The steps this member may take now.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                StepButton {
                    objectName: "takeButton"
                    visible: detail.d.mayTake === true
                    highlighted: true
                    text: detail.d.kind === "offer" ? qsTr("Yes, I would like this")
                                                    : qsTr("I will help")
                    onClicked: detail.step(App.services.take(detail.postId),
                                           qsTr("Thank you! You can now send a message."))
                }
                StepButton {
                    objectName: "standInButton"
                    visible: detail.d.mayStandIn === true
                    text: qsTr("Stand in if needed")
                    onClicked: detail.step(App.services.standIn(detail.postId),
                                           qsTr("If the helper gives it back, it is yours."))
                }
                Label {
                    visible: detail.d.standingIn === true
                    // On a line of its own, its words wrapping when they need to.
                    width: parent.width
                    topPadding: 12
                    bottomPadding: 12
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("You will stand in if needed.")
                }
                StepButton {
                    objectName: "reportButton"
                    visible: detail.d.mayReport === true
                    highlighted: true
                    text: qsTr("It is done")
                    onClicked: {
                        reportDialog.days = detail.d.reportDays ?? [];
                        reportDialog.openWith(detail.d.estimateMinutes ?? 60);
                    }
                }
                StepButton {
                    objectName: "releaseButton"
                    visible: detail.d.mayRelease === true
                    text: qsTr("Give it back")
                    onClicked: detail.step(App.services.release(detail.postId),
                                           qsTr("Given back. A neighbour can take it now."))
                }
                StepButton {
                    objectName: "renewButton"
                    visible: detail.d.mayRenew === true
                    text: qsTr("Put it up again")
                    onClicked: detail.step(App.services.renew(detail.postId),
                                           qsTr("It is on the board again."))
                }
                StepButton {
                    objectName: "serviceWithdrawButton"
                    visible: detail.d.mayWithdraw === true
                    flat: true
                    text: qsTr("Withdraw")
                    onClicked: detail.step(App.services.withdraw(detail.postId),
                                           qsTr("Withdrawn."))
                }
                StepButton {
                    objectName: "hideButton"
                    visible: detail.d.mayHide === true
                    flat: true
                    text: qsTr("Hide this post")
                    onClicked: hideDialog.openWith(0)
                }
            }

            // Times of helping.
            Repeater {
                model: detail.d.times ?? []
                delegate: Card {
                    id: timeCard
                    required property var modelData
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: 6
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            font.bold: true
                            text: qsTr("Help on %1: %2").arg(timeCard.modelData.dayText)
                                                        .arg(timeCard.modelData.minutesText)
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            text: timeCard.modelData.stateText
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            visible: timeCard.modelData.note !== ""
                            color: Theme.textMuted
                            text: timeCard.modelData.note
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            visible: timeCard.modelData.decisionNote !== ""
                            text: qsTr("The beheerder says: %1").arg(timeCard.modelData.decisionNote)
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            StepButton {
                                objectName: "confirmButton"
                                visible: timeCard.modelData.mayConfirm
                                highlighted: true
                                text: qsTr("Yes, I was helped")
                                onClicked: detail.step(App.services.confirm(detail.postId, timeCard.modelData.occurrenceId, 0),
                                                       qsTr("Thank you! The helper gets the hours."))
                            }
                            StepButton {
                                objectName: "disputeButton"
                                visible: timeCard.modelData.mayDispute
                                flat: true
                                text: qsTr("Not right?")
                                onClicked: {
                                    disputeDialog.occurrenceId = timeCard.modelData.occurrenceId;
                                    disputeDialog.openWith(0);
                                }
                            }
                            StepButton {
                                objectName: "settleCreditButton"
                                visible: timeCard.modelData.maySettle
                                highlighted: true
                                text: qsTr("Count the hours")
                                onClicked: {
                                    settleDialog.occurrenceId = timeCard.modelData.occurrenceId;
                                    settleDialog.openWith(timeCard.modelData.minutes);
                                }
                            }
                            StepButton {
                                objectName: "settleNoneButton"
                                visible: timeCard.modelData.maySettle
                                flat: true
                                text: qsTr("No hours")
                                onClicked: {
                                    noHoursDialog.occurrenceId = timeCard.modelData.occurrenceId;
                                    noHoursDialog.openWith(0);
                                }
                            }
                        }
                    }
                }
            }

            // The beheerder: who fits by their talents.
            Card {
                Layout.fillWidth: true
                visible: (detail.d.matches ?? []).length > 0
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 6
                    Heading {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        font.bold: true
                        text: qsTr("Neighbours who are good at this")
                    }
                    Repeater {
                        model: detail.d.matches ?? []
                        delegate: RowLayout {
                            id: matchRow
                            required property var modelData
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                text: matchRow.modelData.name
                            }
                            WrapButton {
                                Layout.minimumHeight: 48
                                enabled: !matchRow.modelData.suggested
                                text: matchRow.modelData.suggested ? qsTr("Suggested") : qsTr("Suggest")
                                Accessible.name: qsTr("Suggest %1").arg(matchRow.modelData.name)
                                onClicked: detail.step(App.services.suggestHelper(detail.postId, matchRow.modelData.memberId),
                                                       qsTr("%1 will be told.").arg(matchRow.modelData.name))
                            }
                        }
                    }
                }
            }

            // Messages between the one helped and the helper.
            Card {
                Layout.fillWidth: true
                visible: detail.d.mayMessage === true || (detail.d.messages ?? []).length > 0
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 8
                    Heading {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        font.bold: true
                        text: qsTr("Messages")
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Only you and the other person read these. No need to share your phone number.")
                    }
                    Repeater {
                        model: detail.d.messages ?? []
                        delegate: Rectangle {
                            id: bubble
                            required property var modelData
                            Layout.alignment: bubble.modelData.mine ? Qt.AlignRight : Qt.AlignLeft
                            Layout.maximumWidth: column.width * 0.8
                            implicitWidth: Math.min(column.width * 0.8, Math.max(bubbleText.implicitWidth, 160) + 24)
                            implicitHeight: bubbleColumn.implicitHeight + 16
                            radius: 12
                            color: bubble.modelData.mine ? Theme.primarySoft : Theme.surfaceMuted
                            Accessible.role: Accessible.StaticText
                            Accessible.name: bubble.modelData.author + ": " + bubble.modelData.text + ". " + bubble.modelData.timeText
                            // Plain text: a neighbour's words are never read as markup.
                            Column {
                                id: bubbleColumn
                                anchors.fill: parent
                                anchors.margins: 8
                                anchors.leftMargin: 12
                                anchors.rightMargin: 12
                                spacing: 2
                                Label {
                                    width: parent.width
                                    horizontalAlignment: Text.AlignLeft
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    text: bubble.modelData.author + " · " + bubble.modelData.timeText
                                    elide: Text.ElideRight
                                }
                                Label {
                                    id: bubbleText
                                    width: parent.width
                                    horizontalAlignment: Text.AlignLeft
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                    text: bubble.modelData.text
                                }
                            }
                        }
                    }
                    // The field and its button side by side; the button under the field when
                    // the hint would not fit beside it (a phone, large text).
                    GridLayout {
                        id: messageRow
                        Layout.fillWidth: true
                        visible: detail.d.mayMessage === true
                        columns: messageField.implicitWidth + Theme.spacing + sendButton.implicitWidth
                                 <= messageRow.width ? 2 : 1
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        InputField {
                            id: messageField
                            objectName: "messageField"
                            Layout.fillWidth: true
                            Layout.minimumHeight: 48
                            placeholderText: qsTr("Write a message")
                            Accessible.name: qsTr("Message")
                            onAccepted: sendButton.clicked()
                        }
                        WrapButton {
                            id: sendButton
                            objectName: "sendButton"
                            Layout.minimumHeight: 48
                            text: qsTr("Send")
                            enabled: messageField.text.trim() !== ""
                            onClicked: {
                                if (detail.step(App.services.sendMessage(detail.postId, messageField.text), qsTr("Sent.")))
                                    messageField.text = "";
                            }
                        }
                    }
                }
            }

            // Where it stands, step by step.
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Heading {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        font.bold: true
                        text: qsTr("What happened")
                    }
                    Repeater {
                        model: detail.d.timeline ?? []
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            text: modelData.when !== "" ? modelData.when + " — " + modelData.text : modelData.text
                        }
                    }
                }
            }
        }
    }

    TextAskDialog {
        id: reportDialog
        objectName: "reportDialog"
        question: qsTr("You helped. How did it go?")
        fieldLabel: qsTr("A few words (you may leave this empty)")
        textRequired: false
        wantsMinutes: true
        okText: qsTr("Report as done")
        onDone: (text, minutes) => detail.answered(reportDialog, App.services.reportDone(detail.postId, reportDialog.day, minutes, text),
                                                 qsTr("Reported. Your neighbour is asked to confirm."))
    }
    TextAskDialog {
        id: disputeDialog
        objectName: "disputeDialog"
        property string occurrenceId
        question: qsTr("Not right?")
        fieldLabel: qsTr("What is not right? The beheerder will look at it.")
        onDone: text => detail.answered(disputeDialog, App.services.dispute(detail.postId, disputeDialog.occurrenceId, text),
                                                 qsTr("The beheerder will look at it."))
    }
    TextAskDialog {
        id: settleDialog
        objectName: "settleDialog"
        property string occurrenceId
        question: qsTr("Count these hours")
        fieldLabel: qsTr("A word for both of them (you may leave this empty)")
        textRequired: false
        wantsMinutes: true
        okText: qsTr("Count the hours")
        onDone: (text, minutes) => detail.answered(settleDialog, App.services.settle(detail.postId, settleDialog.occurrenceId, true, minutes, text),
                                                 qsTr("Decided."))
    }
    TextAskDialog {
        id: noHoursDialog
        objectName: "noHoursDialog"
        property string occurrenceId
        question: qsTr("No hours for this help?")
        fieldLabel: qsTr("Why? Both of them read this.")
        okText: qsTr("No hours")
        onDone: text => detail.answered(noHoursDialog, App.services.settle(detail.postId, noHoursDialog.occurrenceId, false, 0, text),
                                                 qsTr("Decided."))
    }
    TextAskDialog {
        id: hideDialog
        objectName: "hideDialog"
        question: qsTr("Hide this post?")
        fieldLabel: qsTr("Why? The person who posted it reads this.")
        okText: qsTr("Hide")
        onDone: text => detail.answered(hideDialog, App.services.hide(detail.postId, text),
                                                 qsTr("Hidden."))
    }
}
