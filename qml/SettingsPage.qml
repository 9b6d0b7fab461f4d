pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui

// Language (Dutch or English, applied at once and remembered), sync and a few words about the app.
ScrollView {
    id: page

    property bool wide: false

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: Math.min(page.availableWidth - 2 * (page.wide ? 32 : 16), 640)
        x: (page.availableWidth - width) / 2
        spacing: Theme.gap

        Item {
            implicitHeight: page.wide ? 16 : 4
        }

        PageHeading {
            Layout.fillWidth: true
            title: qsTr("Settings")
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 4

                Heading {
                    text: qsTr("Language")
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
                ButtonGroup {
                    id: languageGroup
                }
                // Language names are written in their own language, so anyone can find theirs.
                RadioButton {
                    objectName: "languageNl"
                    text: "Nederlands"
                    checked: App.language === "nl"
                    ButtonGroup.group: languageGroup
                    Accessible.name: text
                    onClicked: App.language = "nl"
                }
                RadioButton {
                    objectName: "languageEn"
                    text: "English"
                    checked: App.language === "en"
                    ButtonGroup.group: languageGroup
                    Accessible.name: text
                    onClicked: App.language = "en"
                }
            }
        }

        SyncSection {
            objectName: "syncSection"
            Layout.fillWidth: true
        }

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 8

                Heading {
                    text: qsTr("About Gangwerk")
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
                Label {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    text: App.sync && App.sync.enrolled
                          ? qsTr("Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet.")
                          : qsTr("Your hours are stored on this device only, encrypted. They also work without internet.")
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Label {
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                    visible: App.demo
                    text: qsTr("You are looking at the demo project. The people and hours in it are made up.")
                    wrapMode: Text.Wrap
                    color: Theme.warm
                }
                Label {
                    text: qsTr("Version %1").arg(App.version)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
