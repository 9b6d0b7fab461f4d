import QtQuick
import QtQuick.Layouts
import Gangwerk.Ui

// The buttons at the foot of a dialog or a form: side by side at the end when the words of
// each fit on one line, else below each other at the full width (larger text on a phone, a
// long translation), so that no button runs out of the dialog. Put WrapButtons in it, the
// main one last.
GridLayout {
    id: buttons

    // The shown buttons' words on one line each, side by side with the spacing between them
    // and before the first (after the room that keeps them to the end).
    readonly property real naturalWidth: {
        let sum = 0;
        let count = 0;
        for (let i = 0; i < buttons.children.length; ++i) {
            const child = buttons.children[i];
            if (child.naturalWidth !== undefined && child.visible) {
                sum += child.naturalWidth;
                ++count;
            }
        }
        return sum + count * buttons.columnSpacing;
    }
    readonly property bool sideBySide: naturalWidth <= buttons.width

    columns: sideBySide ? buttons.children.length : 1
    columnSpacing: Theme.spacing
    rowSpacing: 4

    // Each button as wide as its words on one line (not its implicit width, which follows its
    // wrapping and, once squeezed, would keep it narrow), shrinking when there is less room (so
    // that the row never pushes the dialog wider and the choice above is made from the room
    // there is); below each other, the full width.
    function arrange() {
        for (let i = 0; i < buttons.children.length; ++i) {
            const child = buttons.children[i];
            if (child.naturalWidth === undefined)
                continue;
            child.Layout.fillWidth = true;
            child.Layout.preferredWidth = Qt.binding(() => child.naturalWidth);
            child.Layout.maximumWidth = Qt.binding(() => buttons.sideBySide ? child.naturalWidth : Number.POSITIVE_INFINITY);
        }
    }
    onChildrenChanged: arrange()

    // Side by side, the buttons keep to the end (the right; the left in Arabic).
    Item {
        visible: buttons.sideBySide
        Layout.fillWidth: true
    }
}
