import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Material's CheckBox, taking the width it is given, with words that wrap onto more lines
// instead of being cut off with "…" (large text on a phone).
CheckBox {
    id: control

    // As wide as its words on one line, with its mark (whatever width it has now).
    readonly property real naturalWidth: Math.ceil(metrics.advanceWidth) + leftPadding + rightPadding
                                         + (contentItem ? contentItem.leftPadding + contentItem.rightPadding : 0)

    Layout.fillWidth: true

    TextMetrics {
        id: metrics
        font: control.font
        text: control.text
    }
    Component.onCompleted: {
        if (contentItem && contentItem.wrapMode !== undefined) {
            contentItem.wrapMode = Text.Wrap;
            contentItem.elide = Text.ElideNone;
            // As WrapRadioButton: a name in Latin letters stays beside its mark in Arabic.
            contentItem.horizontalAlignment = Text.AlignLeft;
        }
    }
}
