import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// One quiet line about sync ("Synced 2 minutes ago", "Offline — your changes are safe on this
// device"). Clicking it opens the sync details in Settings. Calm colours only: a waiting change
// or no network is normal, not an alarm.
AbstractButton {
    id: line

    visible: App.syncStatus.line !== ""
    focusPolicy: Qt.StrongFocus
    padding: 4
    // A target a finger finds (44 px), however short the line.
    implicitHeight: Math.max(44, implicitContentHeight + topPadding + bottomPadding)
    text: App.syncStatus.line
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: qsTr("Shows the sync details.")
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 5
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: App.syncStatus.trouble ? Theme.warm : Theme.primary
                opacity: App.sync && App.sync.state === SyncEngine.Syncing ? 0.5 : 1
            }
            Label {
                objectName: "syncLineLabel"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: line.text
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        // A long first sync (a big project): how far it is, also for a screen reader.
        ProgressBar {
            objectName: "syncProgress"
            Layout.fillWidth: true
            visible: App.syncStatus.progress >= 0
            value: Math.max(0, App.syncStatus.progress)
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("Sync progress")
            Accessible.description: line.text
        }
    }

    background: Rectangle {
        radius: 8
        color: line.hovered ? Theme.surfaceMuted : "transparent"
        border.width: line.visualFocus ? 2 : 0
        border.color: Theme.focus
    }
}
