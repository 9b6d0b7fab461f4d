pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui

// Settings → Sync: when this device last synced, what still waits, a problem in plain words,
// "Sync now", and every change the server refused with its reason (nothing vanishes unexplained).
Card {
    id: section

    readonly property SyncEngine engine: App.sync
    readonly property bool enrolled: engine !== null && engine.enrolled
    readonly property RejectionModel rejections: engine ? engine.rejections : null
    // Who may connect devices (the beheerder) sees the server's address.
    readonly property string serverAction: "createInvite"
    readonly property bool showsServer: App.context.can[serverAction] === true

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Heading {
            text: qsTr("Sync")
            font.bold: true
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        Label {
            objectName: "syncSummary"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: App.syncStatus.line
            wrapMode: Text.Wrap
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "pendingText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            // The line above already says it when waiting changes are the whole story.
            visible: text !== "" && App.syncStatus.line !== text
            text: App.syncStatus.pendingText
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Rectangle {
            Layout.fillWidth: true
            visible: section.enrolled && section.engine.problem !== ""
            implicitHeight: problemLabel.implicitHeight + 24
            radius: 10
            color: Theme.warmSoft
            Label {
                id: problemLabel
                objectName: "syncProblem"
                anchors.fill: parent
                anchors.margins: 12
                horizontalAlignment: Text.AlignLeft
                text: section.enrolled ? section.engine.problem : ""
                wrapMode: Text.Wrap
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        // The address is for whoever looks after the devices, not a resident's concern.
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            visible: section.enrolled && section.showsServer
            text: section.enrolled ? qsTr("Server: %1").arg(section.engine.serverUrl) : ""
            wrapMode: Text.WrapAnywhere
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        WrapButton {
            objectName: "syncNowButton"
            visible: section.enrolled
            enabled: section.enrolled && section.engine.state !== SyncEngine.Syncing
            font.capitalization: Font.MixedCase
            text: section.enrolled && section.engine.state === SyncEngine.Syncing ? qsTr("Syncing…") : qsTr("Sync now")
            Accessible.name: qsTr("Sync now")
            Accessible.description: qsTr("Sends your changes and fetches the newest data.")
            onClicked: App.syncStatus.syncNow()
        }
        AlertText {
            objectName: "syncCheckResult"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            visible: text !== ""
            text: App.syncStatus.checkResult
            wrapMode: Text.Wrap
            color: Theme.text
        }

        // Changes the server did not accept, with its reason.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: section.rejections !== null && section.rejections.count > 0
            spacing: 6

            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Not accepted by the server")
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                objectName: "rejectionList"
                model: section.rejections
                delegate: Rectangle {
                    id: rejection

                    required property string what
                    required property string message
                    required property date createdAt

                    readonly property string when: Qt.formatDate(createdAt, Qt.locale().dateFormat(Locale.LongFormat))

                    Layout.fillWidth: true
                    implicitHeight: rejectionColumn.implicitHeight + 20
                    radius: 10
                    color: Theme.surfaceMuted
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1, made on %2: %3").arg(what).arg(when).arg(message)

                    ColumnLayout {
                        id: rejectionColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            text: qsTr("%1, made on %2").arg(rejection.what).arg(rejection.when)
                            font.bold: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            text: rejection.message
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                    }
                }
            }
        }
    }
}
