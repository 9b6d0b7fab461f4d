import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// One activity in the programme: when, what, where, how full, and where the member stands
// (coming, waiting, waiting for confirmation). Above the first one of a section its heading
// ("This week", "Later").
Item {
    id: card

    required property string activityId
    required property string title
    required property string place
    required property string day
    required property string time
    required property string fill
    required property bool full
    required property string myState
    required property string myStateText
    required property string status
    required property string credit
    required property bool forEveryone
    required property bool organising
    property string heading
    property bool selected: false
    property real leftInset: 0
    property real rightInset: 0
    // Where the member stands, or that it is cancelled (a chip under the texts).
    readonly property string chipText: status === "cancelled" ? qsTr("Cancelled")
                                       : organising && myState === "" ? qsTr("You organise this")
                                       : myStateText

    signal clicked()

    // The heading's own implicit height, never its height: binding height to implicitHeight on a
    // wrapping label made a binding loop.
    readonly property real headingHeight: card.heading !== "" ? headingLabel.implicitHeight : 0
    implicitHeight: headingHeight + button.implicitHeight

    Heading {
        id: headingLabel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: card.leftInset + 4
        anchors.rightMargin: card.rightInset + 4
        visible: card.heading !== ""
        topPadding: 10
        bottomPadding: 6
        horizontalAlignment: Text.AlignLeft
        text: card.heading
        font.bold: true
        font.pixelSize: Theme.fontLarge
        color: Theme.primaryDark
        Accessible.ignored: card.heading === ""
    }

    // The card: one button, the whole card.
    AbstractButton {
        id: button
        objectName: "activityCard"
        y: card.headingHeight
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: card.leftInset
        anchors.rightMargin: card.rightInset
        // The date beside the words; above them where that leaves the words too little room
        // (large text, a narrow list): a title is never broken in the middle of a word.
        readonly property bool stacked: width < (88 + 200) * Theme.textScale + 42
        implicitHeight: (stacked ? dateColumn.implicitHeight + 6 + textColumn.implicitHeight
                                 : Math.max(dateColumn.implicitHeight, textColumn.implicitHeight)) + 28
        focusPolicy: Qt.StrongFocus
        onClicked: card.clicked()
        Keys.onReturnPressed: card.clicked()
        Keys.onEnterPressed: card.clicked()
        Accessible.role: Accessible.Button
        Accessible.name: {
            const parts = [card.title, card.day + " " + card.time, card.place,
                           card.status === "cancelled" ? qsTr("Cancelled") : card.fill];
            if (card.myStateText !== "")
                parts.push(card.myStateText);
            return parts.join(", ");
        }

        background: Rectangle {
            radius: Theme.radius
            color: card.selected ? Theme.primarySoft : button.hovered ? Theme.surfaceMuted : Theme.surface
            border.color: card.selected ? Theme.primary : Theme.border
            border.width: 1
        }

        // The words: children of the button, laid out by anchors beside (or above) a date
        // column, so that wrapped lines get their real width and height.
        // When, at the reading start.
        ColumnLayout {
            id: dateColumn
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.margins: 14
            width: button.stacked ? button.width - 28 : 88 * Theme.textScale
            spacing: 2
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.day
                font.bold: true
                color: card.status === "cancelled" ? Theme.textMuted : Theme.primaryDark
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.time
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }

        ColumnLayout {
            id: textColumn
            anchors.top: button.stacked ? dateColumn.bottom : parent.top
            anchors.left: button.stacked ? parent.left : dateColumn.right
            anchors.right: parent.right
            anchors.topMargin: button.stacked ? 6 : 14
            anchors.leftMargin: 14
            anchors.rightMargin: 14
            spacing: 3
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.title
                font.bold: true
                font.pixelSize: Theme.fontLarge
                font.strikeout: card.status === "cancelled"
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.forEveryone ? qsTr("%1 · for everyone").arg(card.place) : card.place
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                visible: card.status !== "cancelled"
                text: card.credit !== "" ? card.fill + " · " + card.credit : card.fill
                font.pixelSize: Theme.fontSmall
                color: card.full ? Theme.warm : Theme.textMuted
                wrapMode: Text.Wrap
            }
            // Where the member stands, or that it is cancelled.
            Label {
                visible: card.chipText !== ""
                Layout.topMargin: 4
                Layout.maximumWidth: textColumn.width
                leftPadding: 10
                rightPadding: 10
                topPadding: 3
                bottomPadding: 3
                horizontalAlignment: Text.AlignLeft
                text: card.chipText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: card.status === "cancelled" ? Theme.error
                       : card.myState === "confirmed" || card.organising ? Theme.primaryDark : Theme.warm
                wrapMode: Text.Wrap
                background: Rectangle {
                    radius: 12
                    color: card.status === "cancelled" ? Theme.errorSoft
                           : card.myState === "confirmed" || card.organising ? Theme.primarySoft : Theme.warmSoft
                }
            }
        }
    }
}
