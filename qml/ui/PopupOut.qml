import QtQuick

// How a dialog, menu or list of choices closes (see PopupIn). Use as `exit: PopupOut {}`.
Transition {
    NumberAnimation {
        property: "scale"
        from: 1
        to: 0.9
        easing.type: Easing.OutQuint
        duration: Theme.duration(220)
    }
    NumberAnimation {
        property: "opacity"
        from: 1
        to: 0
        easing.type: Easing.OutCubic
        duration: Theme.duration(150)
    }
}
