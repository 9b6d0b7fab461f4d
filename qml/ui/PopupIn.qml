import QtQuick

// How a dialog, menu or list of choices opens: Material's grow and fade, or at once when the
// reader asked for less movement (Theme.reduceMotion). Use as `enter: PopupIn {}`.
Transition {
    NumberAnimation {
        property: "scale"
        from: 0.9
        to: 1
        easing.type: Easing.OutQuint
        duration: Theme.duration(220)
    }
    NumberAnimation {
        property: "opacity"
        from: 0
        to: 1
        easing.type: Easing.OutCubic
        duration: Theme.duration(150)
    }
}
