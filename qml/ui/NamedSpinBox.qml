import QtQuick
import QtQuick.Controls
import Gangwerk.Ui

// A SpinBox whose text field carries the box's accessible name and description. When the box
// is editable, keyboard focus sits in that inner field, and a screen reader announces the
// field, not the box: without this it would say "edit text" with no label.
SpinBox {
    id: control

    // A SpinBox writes its text (textFromValue: "1 h", "from 9:00") when its value or its
    // locale changes, and only then: the locale follows the app's language, so that the text
    // is written again in the new language and digits.
    locale: localeFor(App.language)

    // The argument makes the binding follow a language change (as in DayPicker).
    function localeFor(language: string): var {
        return Qt.locale();
    }

    contentItem: TextInput {
        z: 2
        text: control.displayText
        font: control.font
        color: control.enabled ? control.palette.text : control.palette.placeholderText
        selectionColor: control.palette.highlight
        selectedTextColor: control.palette.highlightedText
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !control.editable
        validator: control.validator
        inputMethodHints: Qt.ImhDigitsOnly
        clip: width < implicitWidth

        Accessible.role: Accessible.SpinBox
        Accessible.name: control.Accessible.name
        Accessible.description: control.Accessible.description
    }
}
