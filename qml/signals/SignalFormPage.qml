pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// Telling the beheerder: short and kind. The emergency gate comes first; then what worries the
// member, about whom or where (both optional), since when, how soon, and in their own words.
// Core's rules check the fields as they are filled in; "Send" stores it at once and it goes to
// the beheerder as soon as there is internet.
Item {
    id: form

    property var errors: ({})
    property bool tried: false

    signal done(string signalId)
    signal cancelled()

    function start() {
        // A list property, not a JS array: no for…of in Qt 6.4.
        for (let i = 0; i < categoryGroup.buttons.length; ++i)
            (categoryGroup.buttons[i] as RadioButton).checked = false;
        canWaitButton.checked = false;
        todayButton.checked = false;
        studioField.text = "";
        placeField.text = "";
        sinceBox.currentIndex = 0;
        textField.text = "";
        behalfBox.checked = false;
        form.tried = false;
        form.errors = {};
        flick.contentY = 0;
    }

    function fields() {
        const checked = categoryGroup.checkedButton;
        const choices = [-1, 0, 3, 7, 30];
        const sinceDays = sinceBox.currentIndex >= 0 && sinceBox.currentIndex < choices.length
                          ? choices[sinceBox.currentIndex] : -1;
        let since = "";
        if (sinceDays >= 0) {
            const d = new Date();
            d.setDate(d.getDate() - sinceDays);
            since = Qt.formatDate(d, "yyyy-MM-dd");
        }
        return {
            category: checked !== null ? String(checked.objectName).replace("signalCategory_", "") : "",
            urgency: todayButton.checked ? "today" : (canWaitButton.checked ? "can_wait" : ""),
            studio: studioField.text,
            place: placeField.text,
            since: since,
            text: textField.text,
            onBehalf: behalfBox.checked
        };
    }

    function check() {
        if (form.tried)
            form.errors = App.signalling.check(form.fields());
    }

    function send() {
        form.tried = true;
        form.errors = App.signalling.check(form.fields());
        if (Object.keys(form.errors).length > 0)
            return;
        const id = App.signalling.raise(form.fields());
        if (id !== "")
            form.done(id);
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ButtonGroup {
        id: categoryGroup
        onCheckedButtonChanged: form.check()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: Math.min(flick.width - 32, 720)
            spacing: 12

            PageHeading {
                Layout.fillWidth: true
                title: qsTr("Tell the beheerder")
                subtitle: qsTr("Are you worried about a neighbour? Only the beheerder reads this. Your neighbour does not see that it was you.")
            }

            EmergencyGate {
                Layout.fillWidth: true
            }

            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("What worries you?")
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: App.language !== "" ? App.signalling.categories() : [] // again in a new language
                delegate: WrapRadioButton {
                    required property var modelData
                    objectName: "signalCategory_" + modelData.key
                    Layout.fillWidth: true
                    text: modelData.label
                    ButtonGroup.group: categoryGroup
                }
            }
            FieldMessage {
                objectName: "signalCategoryError"
                Layout.fillWidth: true
                text: form.errors.category ?? ""
            }

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("About whom or where? (you may leave this empty)")
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: form.width > 560 ? 2 : 1
                columnSpacing: 12
                InputField {
                    id: studioField
                    objectName: "signalStudio"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Studio number, for example 2.14")
                    Accessible.name: qsTr("Studio number")
                    onTextChanged: form.check()
                }
                InputField {
                    id: placeField
                    objectName: "signalPlace"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Or a place, for example the bicycle shed")
                    Accessible.name: qsTr("Place")
                    onTextChanged: form.check()
                }
            }
            FieldMessage {
                Layout.fillWidth: true
                text: form.errors.where ?? ""
            }

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Since when?")
                font.bold: true
                color: Theme.text
            }
            ChoiceBox {
                id: sinceBox
                objectName: "signalSince"
                Layout.fillWidth: true
                Layout.maximumWidth: 360
                Accessible.name: qsTr("Since when?")
                model: [qsTr("I do not know"), qsTr("Today"), qsTr("A few days"), qsTr("About a week"), qsTr("A month or longer")]
            }

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("How soon should the beheerder react?")
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
            }
            // Side by side; below each other with larger text.
            GridLayout {
                Layout.fillWidth: true
                columns: Theme.largeText ? 1 : 2
                columnSpacing: 12
                rowSpacing: 0
                WrapRadioButton {
                    id: canWaitButton
                    objectName: "signalCanWait"
                    text: qsTr("It can wait")
                    onCheckedChanged: form.check()
                }
                WrapRadioButton {
                    id: todayButton
                    objectName: "signalToday"
                    text: qsTr("Today")
                    onCheckedChanged: form.check()
                }
            }
            FieldMessage {
                objectName: "signalUrgencyError"
                Layout.fillWidth: true
                text: form.errors.urgency ?? ""
            }

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("What did you notice?")
                font.bold: true
                color: Theme.text
            }
            InputArea {
                id: textField
                objectName: "signalText"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(120, implicitHeight)
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("For example: I have not seen my neighbour for four days. The post is piling up.")
                Accessible.name: qsTr("What did you notice?")
                onTextChanged: form.check()
            }
            FieldMessage {
                objectName: "signalTextError"
                Layout.fillWidth: true
                text: form.errors.text ?? ""
            }

            WrapCheckBox {
                id: behalfBox
                objectName: "signalOnBehalf"
                Layout.fillWidth: true
                visible: App.context.can["raiseSignalOnBehalf"] === true && App.context.role !== "BEHEERDER"
                text: qsTr("A neighbour told me this and asked me to pass it on")
            }

            // Side by side when both fit, else below each other (their words wrap if need be).
            GridLayout {
                Layout.fillWidth: true
                columns: sendButton.naturalWidth + cancelButton.naturalWidth + columnSpacing <= column.width ? 2 : 1
                columnSpacing: 12
                rowSpacing: 8
                WrapButton {
                    id: sendButton
                    objectName: "signalSend"
                    Layout.maximumWidth: Theme.room(column.width)
                    text: qsTr("Send to the beheerder")
                    highlighted: true
                    Layout.minimumHeight: 48
                    onClicked: form.send()
                }
                WrapButton {
                    id: cancelButton
                    Layout.maximumWidth: Theme.room(column.width)
                    objectName: "signalCancel"
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: 48
                    onClicked: form.cancelled()
                }
            }
        }
    }
}
