import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Material's RadioButton, taking the width it is given, with words that wrap onto more lines
// instead of being cut off with "…" (large text on a phone).
RadioButton {
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
            // Set, not left to the words' own direction: "English" on an Arabic screen then
            // stands beside its mark (mirrored to the right), not across the row from it.
            contentItem.horizontalAlignment = Text.AlignLeft;
        }
    }
}
