pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// "Uren loggen": which day, how long, what kind of help and a note. Each field shows its own
// message under it after the first try; Save stores the entry and goes back with a thank-you.
ScrollView {
    id: page

    property bool wide: false
    // True while this page is on screen, so it can take the keyboard focus.
    property bool active: false
    readonly property HourEntryForm form: App.form
    readonly property HoursService hours: App.hours
    readonly property bool correcting: form.correctingId !== ""
    readonly property int maxNoteChars: App.hours.maxNoteChars
    // Characters as the rule counts them (code points): an emoji is one, not two.
    readonly property int noteChars: Array.from(noteArea.text).length

    signal finished(string message)
    signal cancelled()

    function submit() {
        page.form.submit();
    }

    // The calendar for an older day, opened on the chosen one. The range is read when it opens,
    // so that it follows midnight.
    function openCalendar() {
        dayPicker.first = page.form.isoDaysBack(page.form.maxDaysBack);
        dayPicker.last = page.form.isoDaysBack(0);
        dayPicker.openAt(page.form.dayIso);
    }

    function cancel() {
        page.form.clear();
        page.cancelled();
    }

    // A day's name, re-read when the language changes (the argument makes bindings follow it).
    function dayLabel(daysBack: int, language: string): string {
        return page.form.dayLabel(daysBack);
    }

    // A symbol per kind of help, from the app's font (Theme.fontFamily).
    function categoryGlyph(key: string): string {
        switch (key) {
        case "buurtdienst": return "⇄";
        case "activiteit": return "☺";
        case "commissie": return "☰";
        case "tuin en gebouw": return "✿";
        case "taal en les": return "✎";
        default: return "•";
        }
    }

    contentWidth: availableWidth
    clip: true

    onActiveChanged: {
        if (active)
            dayBox.forceActiveFocus();
        else
            dayPicker.close();
    }

    Connections {
        target: page.form
        function onSaved(message: string) {
            page.finished(message);
        }
    }

    ColumnLayout {
        width: Theme.column(page.availableWidth, page.wide ? 32 : 16, 640, implicitWidth)
        x: (page.availableWidth - width) / 2
        spacing: Theme.gap

        Item {
            implicitHeight: page.wide ? 16 : 4
        }

        PageHeading {
            Layout.fillWidth: true
            title: page.correcting ? qsTr("Change an entry") : qsTr("Log hours")
            subtitle: page.correcting
                      ? qsTr("Your old entry stays in your history, crossed out, so everything stays clear.")
                      : qsTr("Thank you for helping! Fill in what you did.")
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 6

                // --- day ---
                Label {
                    text: qsTr("Which day?")
                    font.bold: true
                    color: Theme.text
                }
                // The last three days as buttons (one tap), older days in the list below.
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: Math.min(3, page.form.maxDaysBack + 1)
                        delegate: WrapButton {
                            required property int index
                            objectName: "dayQuick" + index
                            // Shown as chosen (not a toggle: a tap always chooses).
                            highlighted: page.form.daysBack === index
                            Accessible.checkable: true
                            Accessible.checked: highlighted
                            font.capitalization: Font.MixedCase
                            text: page.dayLabel(index, App.language)
                            Accessible.name: text
                            onClicked: page.form.daysBack = index
                        }
                    }
                }
                // Any other day within the limit, on a calendar.
                WrapButton {
                    id: dayBox
                    objectName: "dayBox"
                    readonly property bool older: page.form.daysBack >= 3
                    Layout.fillWidth: true
                    font.capitalization: Font.MixedCase
                    highlighted: older
                    text: "▦  " + (older ? page.dayLabel(page.form.daysBack, App.language) : qsTr("Another day…"))
                    Accessible.name: older ? qsTr("Day: %1. Choose another day").arg(page.dayLabel(page.form.daysBack, App.language))
                                           : qsTr("Another day…")
                    Accessible.description: page.form.dayError
                    onClicked: page.openCalendar()
                }
                DayPicker {
                    id: dayPicker
                    objectName: "dayPicker"
                    today: last
                    chosen: page.form.dayIso
                    onPicked: day => page.form.dayIso = day
                    onClosed: dayBox.forceActiveFocus()
                }
                FieldMessage {
                    objectName: "dayError"
                    Layout.fillWidth: true
                    text: page.form.dayError
                }

                // --- duration ---
                Label {
                    Layout.topMargin: 12
                    text: qsTr("How long?")
                    font.bold: true
                    color: Theme.text
                }
                // The usual durations in one tap; the fields below for anything else.
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: [15, 30, 60, 120]
                        delegate: WrapButton {
                            required property int modelData
                            objectName: "quick" + modelData
                            highlighted: page.form.minutes === modelData
                            Accessible.checkable: true
                            Accessible.checked: highlighted
                            font.capitalization: Font.MixedCase
                            // Re-read when the language changes ("30 min", "30 дхв").
                            text: App.language !== "" ? App.hours.formatMinutes(modelData) : ""
                            Accessible.name: text
                            onClicked: page.form.minutes = modelData
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 12

                    Row {
                        spacing: 8
                        NamedSpinBox {
                            id: hoursBox
                            objectName: "hoursBox"
                            from: 0
                            to: 12
                            editable: true
                            value: Math.floor(page.form.minutes / 60)
                            Accessible.name: qsTr("Hours")
                            Accessible.description: page.form.minutesError
                            onValueModified: page.form.minutes = value * 60 + minutesBox.value
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
                            id: minutesBox
                            objectName: "minutesBox"
                            from: 0
                            to: 55
                            stepSize: 5
                            editable: true
                            value: page.form.minutes % 60
                            Accessible.name: qsTr("Minutes")
                            Accessible.description: page.form.minutesError
                            onValueModified: page.form.minutes = hoursBox.value * 60 + value
                        }
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("minutes")
                            color: Theme.text
                        }
                    }
                }
                FieldMessage {
                    objectName: "minutesError"
                    Layout.fillWidth: true
                    text: page.form.minutesError
                }

                // --- category ---
                Label {
                    Layout.topMargin: 12
                    text: qsTr("What kind of help?")
                    font.bold: true
                    color: Theme.text
                }
                // Every kind as a button with a symbol, so it can be found without reading much.
                GridLayout {
                    id: categoryBox
                    objectName: "categoryBox"
                    Layout.fillWidth: true
                    // One per row on a phone with larger text, so that each kind reads whole.
                    columns: page.wide ? 3 : Theme.largeText ? 1 : 2
                    columnSpacing: 8
                    rowSpacing: 8
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("Kind of help")
                    Accessible.description: page.form.categoryError

                    Repeater {
                        model: page.hours.categories
                        delegate: WrapButton {
                            id: kind
                            required property string modelData
                            required property int index
                            readonly property string label: App.language !== "" ? page.hours.categoryLabel(modelData) : ""

                            objectName: "category" + index
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            highlighted: page.form.category === modelData
                            font.capitalization: Font.MixedCase
                            text: label
                            Accessible.name: label
                            Accessible.checkable: true
                            Accessible.checked: highlighted
                            contentItem: RowLayout {
                                spacing: 8
                                Label {
                                    Layout.preferredWidth: 20
                                    horizontalAlignment: Text.AlignHCenter
                                    text: page.categoryGlyph(kind.modelData)
                                    font.pixelSize: 18
                                    color: kind.highlighted ? Theme.textOnPrimary : Theme.primary
                                    Accessible.ignored: true
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: kind.label
                                    wrapMode: Text.WordWrap
                                    horizontalAlignment: Text.AlignLeft
                                    color: kind.highlighted ? Theme.textOnPrimary : Theme.text
                                }
                            }
                            onClicked: page.form.category = modelData
                        }
                    }
                }
                FieldMessage {
                    objectName: "categoryError"
                    Layout.fillWidth: true
                    text: page.form.categoryError
                }

                // --- note ---
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 12
                    Label {
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        text: qsTr("What did you do? (optional)")
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "noteCounter"
                        text: qsTr("%1 / %2").arg(page.noteChars).arg(page.maxNoteChars)
                        color: page.noteChars > page.maxNoteChars ? Theme.error : Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.bold: page.noteChars > page.maxNoteChars
                        Accessible.name: qsTr("%1 of %2 characters used").arg(page.noteChars).arg(page.maxNoteChars)
                    }
                }
                InputArea {
                    id: noteArea
                    objectName: "noteArea"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 96
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("For example: groceries for a neighbour")
                    text: page.form.note
                    Accessible.name: qsTr("Note")
                    Accessible.description: page.form.noteError
                    onTextChanged: page.form.note = text
                }
                FieldMessage {
                    objectName: "noteError"
                    Layout.fillWidth: true
                    text: page.form.noteError
                }

                FieldMessage {
                    objectName: "formError"
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    text: page.form.formError
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 12
                    spacing: Theme.spacing

                    Item {
                        Layout.fillWidth: true
                    }
                    WrapButton {
                        font.capitalization: Font.MixedCase
                        objectName: "cancelButton"
                        flat: true
                        text: qsTr("Cancel")
                        Accessible.name: text
                        onClicked: page.cancel()
                        Keys.onReturnPressed: page.cancel()
                        Keys.onEnterPressed: page.cancel()
                    }
                    WrapButton {
                        font.capitalization: Font.MixedCase
                        id: saveButton
                        objectName: "saveButton"
                        highlighted: true
                        text: page.correcting ? qsTr("Save change") : qsTr("Save")
                        font.bold: true
                        Layout.minimumWidth: 140
                        Accessible.name: text
                        Accessible.description: qsTr("Stores these hours on this device.")
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

    // Enter anywhere in the form (but in the note, where it starts a new line) saves.
    Keys.onReturnPressed: page.submit()
    Keys.onEnterPressed: page.submit()
}
