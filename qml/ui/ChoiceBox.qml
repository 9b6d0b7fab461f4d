import QtQuick
import QtQuick.Controls

// A ComboBox whose list opens as every popup does (PopupIn), and whose inner text reaches a
// screen reader sensibly: for a box one only chooses from, the box itself says its name and
// choice, so the text inside is hidden (it was read as an unnamed text field); for an editable
// one, the field is named as the box.
ComboBox {
    id: box

    // Its list of choices opens like every popup (at once with less movement).
    PopupIn {
        id: popupIn
    }
    PopupOut {
        id: popupOut
    }

    Component.onCompleted: {
        if (box.popup) {
            box.popup.enter = popupIn;
            box.popup.exit = popupOut;
        }
        if (!box.contentItem)
            return;
        box.contentItem.Accessible.ignored = Qt.binding(() => !box.editable);
        box.contentItem.Accessible.name = Qt.binding(() => box.Accessible.name);
    }
}
