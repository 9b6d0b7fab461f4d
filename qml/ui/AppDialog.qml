import QtQuick
import QtQuick.Controls

// The house's dialog: over the whole window and centred in it, modal, at most maxWidth wide and
// edgeMargin narrower than the window (a phone), titled with DialogTitle, opening and closing
// with PopupIn and PopupOut. Escape closes it; a tap outside does not, so that a half-written
// answer is not lost by a stray tap. Its content, buttons and focus are the dialog's own.
Dialog {
    id: dialog

    property int maxWidth: 440
    property int edgeMargin: 32

    enter: PopupIn {}
    exit: PopupOut {}
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : maxWidth + edgeMargin) - edgeMargin, maxWidth)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    header: DialogTitle {
        text: dialog.title
    }
}
