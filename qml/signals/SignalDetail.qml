pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// One signal. Its reporter reads calm progress words and the beheerder's answers, adds
// information and can open it again within 14 days of its closing. The beheerder reads
// everything (who reported it, the internal notes, the other signals about the same situation)
// and acts: start, answer the reporter, write a note, ask a gangmaker to knock, put it with
// another signal, close it with an outcome and an answer. Every step is checked by core first;
// a refusal shows in words at the top.
Item {
    id: detail

    property string signalId
    property bool showBack: false
    property string errorText
    readonly property var info: {
        App.signalling.revision; // re-read after any change or sync
        return detail.signalId === "" ? ({}) : App.signalling.detail(detail.signalId);
    }
    readonly property bool handles: detail.info.beheerder === true

    signal closed()
    signal message(string text)

    function step(ok: bool, done: string): bool {
        detail.errorText = ok ? "" : App.signalling.lastError;
        if (ok)
            detail.message(done);
        return ok;
    }

    onSignalIdChanged: {
        detail.errorText = "";
        if (detail.signalId !== "")
            App.signalling.opened(detail.signalId);
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 48
        visible: detail.signalId === "" || detail.info.signalId === undefined
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.textMuted
        text: qsTr("Choose a signal to read it.")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        visible: detail.info.signalId !== undefined
        contentHeight: column.implicitHeight + 32
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: Math.min(flick.width - 32, 760)
            spacing: 12

            WrapButton {
                objectName: "signalBack"
                visible: detail.showBack
                // As every way back to a list: an arrow back and the list's name, in its own case.
                text: (App.rightToLeft ? "→ " : "← ") + qsTr("Signals")
                flat: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Back to the signals")
                onClicked: detail.closed()
            }

            PageHeading {
                Layout.fillWidth: true
                title: detail.info.categoryLabel ?? ""
                subtitle: [detail.info.whereText ?? "", detail.info.raisedText ?? ""].filter(s => s !== "").join(" · ")
            }

            AlertText {
                objectName: "signalError"
                Layout.fillWidth: true
                visible: detail.errorText !== ""
                text: detail.errorText
                wrapMode: Text.Wrap
                color: Theme.error
                horizontalAlignment: Text.AlignLeft
            }

            // Where it stands.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: stateColumn.implicitHeight + 24
                radius: Theme.radius
                color: detail.info.unsent === true ? Theme.warmSoft : Theme.primarySoft

                ColumnLayout {
                    id: stateColumn
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 4
                    Label {
                        objectName: "signalState"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: detail.handles ? qsTr("%1 · %2").arg(detail.info.stateText ?? "").arg(detail.info.urgencyText ?? "")
                                             : (detail.info.stateText ?? "")
                        wrapMode: Text.Wrap
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        visible: text !== ""
                        text: detail.handles ? [detail.info.dueText ?? "",
                                                detail.info.late === "farOverdue" ? qsTr("Very late")
                                                : detail.info.late === "overdue" ? qsTr("Late") : "",
                                                detail.info.outcomeText ?? "",
                                                detail.info.mergedIntoText ?? ""].filter(s => s !== "").join(" · ")
                                             : ""
                        wrapMode: Text.Wrap
                        color: detail.info.late !== "" && detail.info.late !== undefined ? Theme.error : Theme.textMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        visible: detail.handles
                        text: qsTr("Sent by: %1%2").arg(detail.info.reporterText ?? "")
                              .arg(detail.info.onBehalf === true ? " " + qsTr("(for a neighbour who told them)") : "")
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                    }
                }
            }

            Label {
                objectName: "signalText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: detail.info.text ?? ""
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                visible: (detail.info.sinceText ?? "") !== ""
                text: qsTr("Noticed since %1").arg(detail.info.sinceText ?? "")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            // Words on it, oldest first: added information and the beheerder's answers.
            Repeater {
                model: [{title: qsTr("Added later"), rows: detail.info.infos ?? [], warm: false},
                        {title: qsTr("Answer from the beheerder"), rows: detail.info.answers ?? [], warm: true}]
                delegate: ColumnLayout {
                    id: group
                    required property var modelData
                    Layout.fillWidth: true
                    visible: group.modelData.rows.length > 0
                    spacing: 6
                    Heading {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: group.modelData.title
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: group.modelData.rows
                        delegate: Card {
                            id: textCard
                            required property var modelData
                            Layout.fillWidth: true
                            ColumnLayout {
                                width: parent.width
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    horizontalAlignment: Text.AlignLeft
                                    text: textCard.modelData.text
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    horizontalAlignment: Text.AlignLeft
                                    text: textCard.modelData.author + " · " + textCard.modelData.whenText
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                    }
                }
            }

            // The reporter: add to it, or open it again.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !detail.handles && (detail.info.mayAddInfo === true || detail.info.mayReopen === true)
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: detail.info.mayReopen === true
                          ? qsTr("Is it not solved? You can open it again until %1. Say why.").arg(detail.info.reopenUntilText ?? "")
                          : qsTr("Do you know more? Add it here.")
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                InputArea {
                    id: addField
                    objectName: "signalAddField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(80, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    Accessible.name: detail.info.mayReopen === true ? qsTr("Why do you open it again?") : qsTr("What do you want to add?")
                }
                WrapButton {
                    objectName: "signalAddButton"
                    text: detail.info.mayReopen === true ? qsTr("Open it again") : qsTr("Add")
                    Layout.minimumHeight: 48
                    onClicked: {
                        const ok = detail.info.mayReopen === true
                                   ? App.signalling.reopen(detail.signalId, addField.text)
                                   : App.signalling.addInfo(detail.signalId, addField.text);
                        if (detail.step(ok, detail.info.mayReopen === true ? qsTr("Opened again.") : qsTr("Added.")))
                            addField.text = "";
                    }
                }
            }

            // The beheerder's side.
            ColumnLayout {
                Layout.fillWidth: true
                visible: detail.handles
                spacing: 12

                // Triage: start on it, and say how soon it needs a reaction (the due time follows).
                Flow {
                    Layout.fillWidth: true
                    visible: detail.info.mayStart === true
                    spacing: Theme.spacing
                    ChoiceBox {
                        id: urgencyBox
                        objectName: "signalUrgency"
                        width: 200
                        height: 48
                        textRole: "label"
                        valueRole: "key"
                        model: [{key: "today", label: qsTr("Today")}, {key: "can_wait", label: qsTr("It can wait")}]
                        currentIndex: detail.info.urgency === "can_wait" ? 1 : 0
                        Accessible.name: qsTr("How soon")
                    }
                    WrapButton {
                        objectName: "signalStartButton"
                        text: qsTr("Start on it")
                        highlighted: true
                        height: 48
                        onClicked: detail.step(App.signalling.start(detail.signalId, urgencyBox.currentValue), qsTr("You are working on it."))
                    }
                }

                Heading {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: (detail.info.together ?? []).length > 0
                    text: qsTr("About the same situation")
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: detail.info.together ?? []
                    delegate: Card {
                        id: otherCard
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            width: parent.width
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: otherCard.modelData.categoryLabel + " · " + otherCard.modelData.stateText + " · "
                                  + otherCard.modelData.reporterText + " · " + otherCard.modelData.raisedText
                                  + "\n" + otherCard.modelData.text
                        }
                    }
                }

                // Answer the reporter (and close with an outcome).
                Heading {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: detail.info.mayAnswer === true
                    text: qsTr("Answer to the person who sent it")
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: detail.info.mayAnswer === true
                    text: qsTr("They read this. Write no care details: those go in a note.")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                InputArea {
                    id: answerField
                    objectName: "signalAnswerField"
                    visible: detail.info.mayAnswer === true
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(80, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Answer to the person who sent it")
                }
                Flow {
                    Layout.fillWidth: true
                    visible: detail.info.mayAnswer === true
                    spacing: Theme.spacing
                    WrapButton {
                        objectName: "signalAnswerButton"
                        text: qsTr("Send answer")
                        height: 48
                        onClicked: {
                            if (detail.step(App.signalling.answer(detail.signalId, answerField.text), qsTr("Answer sent.")))
                                answerField.text = "";
                        }
                    }
                    ChoiceBox {
                        id: outcomeBox
                        objectName: "signalOutcome"
                        width: 260
                        height: 48
                        textRole: "label"
                        valueRole: "key"
                        model: App.language !== "" ? App.signalling.outcomes() : [] // again in a new language
                        Accessible.name: qsTr("How it ended")
                    }
                    WrapButton {
                        objectName: "signalCloseButton"
                        text: qsTr("Close with this answer")
                        height: 48
                        onClicked: {
                            if (detail.step(App.signalling.close(detail.signalId, outcomeBox.currentValue, answerField.text), qsTr("Closed. The reporter reads your answer.")))
                                answerField.text = "";
                        }
                    }
                }

                // Internal notes: the beheerders' only.
                Heading {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Notes (only beheerders read these)")
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: detail.info.notes ?? []
                    delegate: Card {
                        id: noteCard
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            width: parent.width
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: noteCard.modelData.text + "\n" + noteCard.modelData.author + " · " + noteCard.modelData.whenText
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: detail.info.mayNote === true
                    spacing: Theme.spacing
                    InputField {
                        id: noteField
                        objectName: "signalNoteField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Write a note")
                        Accessible.name: qsTr("Note")
                    }
                    WrapButton {
                        objectName: "signalNoteButton"
                        text: qsTr("Save note")
                        Layout.minimumHeight: 48
                        onClicked: {
                            if (detail.step(App.signalling.addNote(detail.signalId, noteField.text), qsTr("Note saved.")))
                                noteField.text = "";
                        }
                    }
                }

                // Knock on the door.
                Heading {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: detail.info.mayKnock === true || (detail.info.knocks ?? []).length > 0
                    text: qsTr("Knock on the door")
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: detail.info.knocks ?? []
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: modelData.text + ": " + modelData.outcomeText
                    }
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: detail.info.mayKnock === true
                    text: qsTr("The gangmaker only sees the studio and the day, not this signal or who sent it.")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Flow {
                    Layout.fillWidth: true
                    visible: detail.info.mayKnock === true
                    spacing: Theme.spacing
                    ChoiceBox {
                        id: gangmakerBox
                        objectName: "knockGangmaker"
                        width: 220
                        height: 48
                        textRole: "name"
                        valueRole: "memberId"
                        model: App.signalling.gangmakers()
                        Accessible.name: qsTr("Which gangmaker")
                    }
                    InputField {
                        id: knockStudio
                        objectName: "knockStudio"
                        width: 140
                        height: 48
                        text: detail.info.studio ?? ""
                        placeholderText: qsTr("Studio")
                        Accessible.name: qsTr("Studio to knock on")
                    }
                    WrapButton {
                        objectName: "knockButton"
                        text: qsTr("Ask to knock today")
                        height: 48
                        onClicked: {
                            if (detail.step(App.signalling.askKnock(detail.signalId, gangmakerBox.currentValue ?? "", knockStudio.text, ""), qsTr("Asked. The gangmaker sees it on their phone.")))
                                knockStudio.text = "";
                        }
                    }
                }

                // Put together with another signal about the same situation.
                Flow {
                    Layout.fillWidth: true
                    visible: detail.info.mayMerge === true
                    spacing: Theme.spacing
                    ChoiceBox {
                        id: mergeBox
                        objectName: "signalMergeTarget"
                        width: 320
                        height: 48
                        textRole: "label"
                        valueRole: "signalId"
                        model: (detail.info.mergeTargets ?? []).map(t => ({signalId: t.signalId, label: t.categoryLabel + " · " + t.raisedText}))
                        Accessible.name: qsTr("Put together with")
                    }
                    WrapButton {
                        objectName: "signalMergeButton"
                        text: qsTr("Put together")
                        height: 48
                        onClicked: detail.step(App.signalling.merge(detail.signalId, mergeBox.currentValue ?? ""), qsTr("Put together. Answers now reach both reporters."))
                    }
                }
            }
        }
    }
}
