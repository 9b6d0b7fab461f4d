pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Activities

// "Plan an activity" (and "Change" for one that exists): what, for whom, where, when, how
// many places, until when one can sign up, and whether it counts as wederkerigheid. The
// messages under the fields are core's (App.activityForm); after a save that did not work the
// keyboard focus goes to the first field with a message. Under the times, "Repeats": how the
// activity repeats, its last day and the series in core's words. A date of a series asks first
// whether the change is for that date only or for it and every later date.
ScrollView {
    id: page

    property bool wide: false
    readonly property ActivityForm form: App.activityForm
    readonly property bool editing: form.editingId !== ""

    signal finished(string message, string activityId)
    signal cancelled()

    // Hours and minutes of one time of day, read as one: "Starts at, hours".
    component TimeFields: RowLayout {
        id: time

        property int minutes
        property string name
        property string description

        signal edited(int minutes)

        function focusFirst() {
            hoursBox.forceActiveFocus();
        }

        spacing: 6
        // A time reads hours first, also in a right-to-left language ("19:00", not "00:19").
        LayoutMirroring.enabled: false
        NamedSpinBox {
            id: hoursBox
            objectName: time.objectName + "Hours"
            // Two boxes and the colon fit a phone's card.
            Layout.preferredWidth: 136
            from: 0
            to: 23
            editable: true
            value: Math.floor(time.minutes / 60)
            textFromValue: (value, locale) => Number(value).toLocaleString(locale, "f", 0).padStart(2, Number(0).toLocaleString(locale, "f", 0))
            Accessible.name: qsTr("%1, hours").arg(time.name)
            Accessible.description: time.description
            onValueModified: time.edited(value * 60 + minutesBox.value)
        }
        Label {
            text: ":"
            font.bold: true
            color: Theme.text
            Accessible.ignored: true
        }
        NamedSpinBox {
            id: minutesBox
            objectName: time.objectName + "Minutes"
            Layout.preferredWidth: 136
            from: 0
            to: 55
            stepSize: 5
            editable: true
            value: time.minutes % 60
            textFromValue: (value, locale) => Number(value).toLocaleString(locale, "f", 0).padStart(2, Number(0).toLocaleString(locale, "f", 0))
            Accessible.name: qsTr("%1, minutes").arg(time.name)
            Accessible.description: time.description
            onValueModified: time.edited(hoursBox.value * 60 + value)
        }
    }

    // A field's heading.
    component FieldLabel: Label {
        Layout.fillWidth: true
        Layout.topMargin: 12
        horizontalAlignment: Text.AlignLeft
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }

    function submit() {
        if (page.form.save())
            return;
        page.focusFirstError();
    }

    function cancel() {
        page.form.clear();
        page.cancelled();
    }

    // Scrolls @p item into view and gives it the keyboard focus.
    function focusOn(item: Item) {
        const flick = page.contentItem as Flickable;
        if (flick) {
            const y = item.mapToItem(flick.contentItem, 0, 0).y;
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, y - 80));
        }
        item.forceActiveFocus(Qt.TabFocusReason);
    }

    function focusFirstError() {
        switch (page.form.firstErrorField) {
        case "title": page.focusOn(titleField); break;
        case "description": page.focusOn(descriptionArea); break;
        case "place": page.focusOn(placeBox); break;
        case "start":
        case "clash": page.focusOn(dayButton); break;
        case "end": page.focusOn(endTime); endTime.focusFirst(); break;
        case "repeat": page.focusOn(repeatUntilButton.visible ? repeatUntilButton : repeatBox); break;
        case "capacity": page.focusOn(capacityBox); break;
        case "deadline": page.focusOn(deadlineDayButton); break;
        case "credit": page.focusOn(creditHours); break;
        case "form": page.focusOn(saveButton); break;
        }
    }

    // Opens on a new activity (or the one loaded for a change) with the name field focused.
    function start() {
        const flick = page.contentItem as Flickable;
        if (flick)
            flick.contentY = 0;
        titleField.forceActiveFocus();
    }

    // The form's name of the repeat choice at @p index of the list, and back (the list's order).
    function repeatKey(index: int): string {
        switch (index) {
        case 1: return "weekly";
        case 2: return "fortnightly";
        case 3: return "monthly";
        }
        return "none";
    }
    function repeatIndex(key: string): int {
        switch (key) {
        case "weekly": return 1;
        case "fortnightly": return 2;
        case "monthly": return 3;
        }
        return 0;
    }

    // A day's name, re-read when the language changes (the argument makes bindings follow it).
    function dayText(iso: string, language: string): string {
        return page.form.dayText(iso);
    }

    contentWidth: availableWidth
    clip: true

    Connections {
        target: page.form
        function onSaved(message: string, activityId: string) {
            page.finished(message, activityId);
        }
    }

    ColumnLayout {
        id: formColumn
        width: Theme.column(page.availableWidth, page.wide ? 32 : 16, 640, implicitWidth)
        x: (page.availableWidth - width) / 2
        spacing: Theme.gap

        Item {
            implicitHeight: page.wide ? 16 : 4
        }

        WrapButton {
            objectName: "activityFormBack"
            flat: true
            font.capitalization: Font.MixedCase
            text: (page.LayoutMirroring.enabled ? "→ " : "← ") + qsTr("All activities")
            Accessible.name: qsTr("Back to all activities, without saving")
            onClicked: page.cancel()
        }

        PageHeading {
            objectName: "activityFormHeading"
            Layout.fillWidth: true
            title: page.editing ? qsTr("Change the activity") : qsTr("Plan an activity")
            subtitle: page.editing
                      ? qsTr("Everyone who signed up sees the change.")
                      : qsTr("Your neighbours see it in the programme and can sign up.")
        }

        Card {
            objectName: "activityFormCard"
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 6

                // --- a date of a series: this one, or this one and every later one ---
                ColumnLayout {
                    objectName: "seriesChoice"
                    Layout.fillWidth: true
                    Layout.bottomMargin: 12
                    visible: page.form.inSeries
                    spacing: 0
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("Which dates do you change?")

                    FieldLabel {
                        Layout.topMargin: 0
                        text: qsTr("Which dates do you change?")
                    }
                    WrapRadioButton {
                        objectName: "changeOnlyThisDate"
                        Layout.fillWidth: true
                        checked: !page.form.thisAndLater
                        text: qsTr("Only this date")
                        Accessible.name: text
                        onToggled: if (checked) page.form.thisAndLater = false
                    }
                    WrapRadioButton {
                        objectName: "changeThisAndLater"
                        Layout.fillWidth: true
                        checked: page.form.thisAndLater
                        text: qsTr("This date and all later dates")
                        Accessible.name: text
                        onToggled: if (checked) page.form.thisAndLater = true
                    }
                }

                // --- what ---
                FieldLabel {
                    Layout.topMargin: page.form.inSeries ? 12 : 0
                    text: qsTr("Name")
                }
                InputField {
                    id: titleField
                    objectName: "activityTitleField"
                    Layout.fillWidth: true
                    text: page.form.title
                    maximumLength: page.form.maxTitleChars * 2 // the rule counts, not the field
                    placeholderText: qsTr("For example: Cooking together")
                    Accessible.name: qsTr("Name of the activity")
                    Accessible.description: page.form.titleError
                    onTextEdited: page.form.title = text
                }
                FieldMessage {
                    objectName: "titleError"
                    Layout.fillWidth: true
                    text: page.form.titleError
                }

                FieldLabel {
                    text: qsTr("What will you do? (optional)")
                }
                InputArea {
                    id: descriptionArea
                    objectName: "activityDescription"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 80
                    wrapMode: TextEdit.Wrap
                    text: page.form.description
                    placeholderText: qsTr("For example: we make soup and eat together")
                    Accessible.name: qsTr("Description")
                    Accessible.description: page.form.descriptionError
                    onTextChanged: if (text !== page.form.description) page.form.description = text
                }
                FieldMessage {
                    objectName: "descriptionError"
                    Layout.fillWidth: true
                    text: page.form.descriptionError
                }

                // --- for whom: what the permission table allows; a change keeps it ---
                FieldLabel {
                    text: qsTr("For whom?")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("For whom")
                    WrapRadioButton {
                        id: forGang
                        objectName: "forGang"
                        Layout.fillWidth: true
                        visible: page.form.mayChooseGang
                        enabled: !page.editing
                        checked: !page.form.forEveryone
                        text: qsTr("My corridor (%1)").arg(page.form.gangName)
                        Accessible.name: text
                        onToggled: if (checked) page.form.forEveryone = false
                    }
                    WrapRadioButton {
                        id: forEveryone
                        objectName: "forEveryone"
                        Layout.fillWidth: true
                        visible: page.form.mayChooseEveryone
                        enabled: !page.editing
                        checked: page.form.forEveryone
                        text: qsTr("Everyone in the project")
                        Accessible.name: text
                        onToggled: if (checked) page.form.forEveryone = true
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.editing
                        horizontalAlignment: Text.AlignLeft
                        text: qsTr("This stays as it was planned.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }

                // --- where ---
                FieldLabel {
                    text: qsTr("Where?")
                }
                ChoiceBox {
                    id: placeBox
                    objectName: "placeBox"
                    Layout.fillWidth: true
                    model: page.form.placeNames
                    currentIndex: page.form.placeIndex
                    displayText: currentIndex < 0 ? qsTr("Choose a place") : currentText
                    Accessible.name: qsTr("Place: %1").arg(displayText)
                    Accessible.description: page.form.placeError
                    onActivated: index => page.form.placeIndex = index
                    // A new list of places (another audience, a sync) makes a ComboBox choose
                    // its first one by itself, while the form still has none ("Choose a place"
                    // under a box that shows a place): the box shows the form's choice again.
                    onCurrentIndexChanged: Qt.callLater(followForm)
                    function followForm() {
                        if (currentIndex !== page.form.placeIndex)
                            currentIndex = Qt.binding(() => page.form.placeIndex);
                    }
                }
                FieldMessage {
                    objectName: "placeError"
                    Layout.fillWidth: true
                    text: page.form.placeError
                }

                // --- when: the day, from, until (a "Repeats" section goes under this block) ---
                ColumnLayout {
                    id: timesBlock
                    objectName: "activityTimes"
                    Layout.fillWidth: true
                    spacing: 6

                    FieldLabel {
                        text: qsTr("Which day?")
                    }
                    WrapButton {
                        id: dayButton
                        objectName: "activityDayButton"
                        Layout.fillWidth: true
                        font.capitalization: Font.MixedCase
                        text: "▦  " + page.dayText(page.form.dayIso, App.language)
                        Accessible.name: qsTr("Day: %1. Choose another day").arg(page.dayText(page.form.dayIso, App.language))
                        Accessible.description: page.form.startError !== "" ? page.form.startError : page.form.clashError
                        onClicked: {
                            dayPicker.first = page.form.firstDayIso;
                            dayPicker.last = page.form.lastDayIso;
                            dayPicker.openAt(page.form.dayIso);
                        }
                    }
                    DayPicker {
                        id: dayPicker
                        objectName: "activityDayPicker"
                        today: page.form.todayIso
                        chosen: page.form.dayIso
                        onPicked: day => page.form.dayIso = day
                        onClosed: dayButton.forceActiveFocus()
                    }
                    FieldMessage {
                        objectName: "startError"
                        Layout.fillWidth: true
                        text: page.form.startError
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: 24
                        ColumnLayout {
                            spacing: 4
                            Label {
                                text: qsTr("Starts at")
                                font.bold: true
                                color: Theme.text
                            }
                            TimeFields {
                                id: startTime
                                objectName: "startTime"
                                name: qsTr("Starts at")
                                description: page.form.startError
                                minutes: page.form.startMinutes
                                onEdited: minutes => page.form.startMinutes = minutes
                            }
                        }
                        ColumnLayout {
                            spacing: 4
                            Label {
                                text: qsTr("Ends at")
                                font.bold: true
                                color: Theme.text
                            }
                            TimeFields {
                                id: endTime
                                objectName: "endTime"
                                name: qsTr("Ends at")
                                description: page.form.endError
                                minutes: page.form.endMinutes
                                onEdited: minutes => page.form.endMinutes = minutes
                            }
                        }
                    }
                    FieldMessage {
                        objectName: "endError"
                        Layout.fillWidth: true
                        text: page.form.endError
                    }
                    // The room is taken then (on a date of a series too): by what, and when.
                    FieldMessage {
                        objectName: "clashError"
                        Layout.fillWidth: true
                        text: page.form.clashError
                    }
                }

                // --- repeats: how, until which day, and the series in core's words ---
                ColumnLayout {
                    id: repeatBlock
                    objectName: "activityRepeat"
                    Layout.fillWidth: true
                    spacing: 6

                    FieldLabel {
                        text: qsTr("Repeats")
                    }
                    ChoiceBox {
                        id: repeatBox
                        objectName: "repeatBox"
                        Layout.fillWidth: true
                        enabled: page.form.repeatEditable
                        model: [qsTr("Does not repeat"), qsTr("Every week"), qsTr("Every other week"),
                            qsTr("Every month (same week)")]
                        currentIndex: page.repeatIndex(page.form.repeat)
                        Accessible.name: qsTr("Repeats: %1").arg(displayText)
                        Accessible.description: page.form.repeatError
                        onActivated: index => page.form.repeat = page.repeatKey(index)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: page.form.repeat !== "none"
                        spacing: 6

                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            text: qsTr("Last day")
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        WrapButton {
                            id: repeatUntilButton
                            objectName: "repeatUntilButton"
                            Layout.fillWidth: true
                            enabled: page.form.repeatEditable
                            font.capitalization: Font.MixedCase
                            text: "▦  " + page.dayText(page.form.repeatUntilIso, App.language)
                            Accessible.name: qsTr("Last day: %1. Choose another day").arg(page.dayText(page.form.repeatUntilIso, App.language))
                            Accessible.description: page.form.repeatError
                            onClicked: {
                                repeatUntilPicker.first = page.form.repeatUntilFirstIso;
                                repeatUntilPicker.last = page.form.repeatUntilLastIso;
                                repeatUntilPicker.openAt(page.form.repeatUntilIso);
                            }
                        }
                        DayPicker {
                            id: repeatUntilPicker
                            objectName: "repeatUntilPicker"
                            today: page.form.todayIso
                            chosen: page.form.repeatUntilIso
                            onPicked: day => page.form.repeatUntilIso = day
                            onClosed: repeatUntilButton.forceActiveFocus()
                        }
                    }
                    // The series in words: "Every Tuesday, until 2 March – 9 dates".
                    Label {
                        objectName: "repeatPreview"
                        Layout.fillWidth: true
                        visible: text !== ""
                        horizontalAlignment: Text.AlignLeft
                        text: page.form.repeatPreview
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    FieldMessage {
                        objectName: "repeatError"
                        Layout.fillWidth: true
                        text: page.form.repeatError
                    }
                }

                // --- places ---
                WrapCheckBox {
                    id: capacityCheck
                    objectName: "capacityCheck"
                    Layout.fillWidth: true
                    Layout.topMargin: 12
                    checked: page.form.capacityLimited
                    text: qsTr("Only a limited number of places")
                    Accessible.name: text
                    onToggled: page.form.capacityLimited = checked
                }
                RowLayout {
                    visible: page.form.capacityLimited
                    spacing: 8
                    NamedSpinBox {
                        id: capacityBox
                        objectName: "capacityBox"
                        from: 1
                        to: page.form.maxCapacity
                        editable: true
                        value: page.form.capacity
                        Accessible.name: qsTr("Number of places")
                        Accessible.description: page.form.capacityError
                        onValueModified: page.form.capacity = value
                    }
                    Label {
                        text: qsTr("places")
                        color: Theme.text
                    }
                }
                FieldMessage {
                    objectName: "capacityError"
                    Layout.fillWidth: true
                    text: page.form.capacityError
                }

                // --- until when one can sign up ---
                WrapCheckBox {
                    objectName: "deadlineCheck"
                    Layout.fillWidth: true
                    checked: page.form.hasDeadline
                    text: qsTr("Signing up closes before the start")
                    Accessible.name: text
                    onToggled: page.form.hasDeadline = checked
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.form.hasDeadline
                    spacing: 6
                    WrapButton {
                        id: deadlineDayButton
                        objectName: "deadlineDayButton"
                        Layout.fillWidth: true
                        font.capitalization: Font.MixedCase
                        text: "▦  " + page.dayText(page.form.deadlineDayIso, App.language)
                        Accessible.name: qsTr("Signing up closes on %1. Choose another day").arg(page.dayText(page.form.deadlineDayIso, App.language))
                        Accessible.description: page.form.deadlineError
                        onClicked: {
                            deadlinePicker.first = page.form.todayIso;
                            deadlinePicker.last = page.form.lastDayIso;
                            deadlinePicker.openAt(page.form.deadlineDayIso);
                        }
                    }
                    DayPicker {
                        id: deadlinePicker
                        objectName: "deadlinePicker"
                        today: page.form.todayIso
                        chosen: page.form.deadlineDayIso
                        onPicked: day => page.form.deadlineDayIso = day
                        onClosed: deadlineDayButton.forceActiveFocus()
                    }
                    TimeFields {
                        objectName: "deadlineTime"
                        name: qsTr("Signing up closes at")
                        description: page.form.deadlineError
                        minutes: page.form.deadlineMinutes
                        onEdited: minutes => page.form.deadlineMinutes = minutes
                    }
                }
                FieldMessage {
                    objectName: "deadlineError"
                    Layout.fillWidth: true
                    text: page.form.deadlineError
                }

                // --- wederkerigheid ---
                WrapCheckBox {
                    objectName: "creditCheck"
                    Layout.fillWidth: true
                    checked: page.form.countsAsHours
                    text: qsTr("Coming counts as wederkerigheid")
                    Accessible.name: text
                    onToggled: page.form.countsAsHours = checked
                }
                Flow {
                    Layout.fillWidth: true
                    visible: page.form.countsAsHours
                    spacing: 12
                    Row {
                        spacing: 8
                        NamedSpinBox {
                            id: creditHours
                            objectName: "creditHours"
                            from: 0
                            to: Math.floor(page.form.maxCreditMinutes / 60)
                            editable: true
                            value: Math.floor(page.form.creditMinutes / 60)
                            Accessible.name: qsTr("Hours it counts for")
                            Accessible.description: page.form.creditError
                            onValueModified: page.form.creditMinutes = value * 60 + creditMinutesBox.value
                        }
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("hours")
                            color: Theme.text
                        }
                    }
                    Row {
                        spacing: 8
                        NamedSpinBox {
                            id: creditMinutesBox
                            objectName: "creditMinutes"
                            from: 0
                            to: 55
                            stepSize: 5
                            editable: true
                            value: page.form.creditMinutes % 60
                            Accessible.name: qsTr("Minutes it counts for")
                            Accessible.description: page.form.creditError
                            onValueModified: page.form.creditMinutes = creditHours.value * 60 + value
                        }
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("minutes")
                            color: Theme.text
                        }
                    }
                }
                FieldMessage {
                    objectName: "creditError"
                    Layout.fillWidth: true
                    text: page.form.creditError
                }

                FieldMessage {
                    objectName: "activityFormError"
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    text: page.form.formError
                }

                // At the end side by side; below each other when they do not fit (larger
                // text). Measured against the card's inside, which comes from the page.
                GridLayout {
                    readonly property real room: formColumn.width - 40
                    Layout.alignment: Qt.AlignRight
                    Layout.topMargin: 12
                    columns: cancelButton.naturalWidth + Math.max(140, saveButton.naturalWidth) + columnSpacing <= room ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: 4

                    WrapButton {
                        id: cancelButton
                        Layout.alignment: Qt.AlignRight
                        Layout.maximumWidth: Theme.room(parent.room)
                        objectName: "activityFormCancel"
                        flat: true
                        font.capitalization: Font.MixedCase
                        text: qsTr("Cancel")
                        Accessible.name: qsTr("Cancel, without saving")
                        onClicked: page.cancel()
                        Keys.onReturnPressed: page.cancel()
                        Keys.onEnterPressed: page.cancel()
                    }
                    WrapButton {
                        id: saveButton
                        objectName: "activityFormSave"
                        highlighted: true
                        font.capitalization: Font.MixedCase
                        font.bold: true
                        Layout.alignment: Qt.AlignRight
                        Layout.minimumWidth: Math.min(140, parent.room)
                        Layout.maximumWidth: Theme.room(parent.room)
                        text: page.editing ? qsTr("Save change") : qsTr("Plan it")
                        Accessible.name: text
                        Accessible.description: page.editing
                                                ? qsTr("Saves the change to the programme.")
                                                : qsTr("Puts the activity in the programme.")
                        onClicked: page.submit()
                        Keys.onReturnPressed: page.submit()
                        Keys.onEnterPressed: page.submit()
                    }
                }
            }
        }

        Item {
            implicitHeight: 16
        }
    }

    Keys.onEscapePressed: page.cancel()
}
