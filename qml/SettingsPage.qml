pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui

// Language (any the app speaks, applied at once and remembered), text size, sync and a few words
// about the app.
ScrollView {
    id: page

    property bool wide: false

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: Theme.column(page.availableWidth, page.wide ? 32 : 16, 640, implicitWidth)
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
                // Every language the app speaks (the first-run picker's list), each name written
                // in its own language, so that anyone can find theirs again.
                Repeater {
                    model: App.languages
                    WrapRadioButton {
                        required property var modelData
                        objectName: "language" + modelData.code.charAt(0).toUpperCase()
                                    + modelData.code.slice(1)
                        text: modelData.name
                        checked: App.language === modelData.code
                        ButtonGroup.group: languageGroup
                        Accessible.name: text
                        onClicked: App.language = modelData.code
                    }
                }
            }
        }

        // How the screens read: bigger text, and less movement.
        Card {
            objectName: "displayCard"
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 4

                Heading {
                    text: qsTr("Text size")
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
                ButtonGroup {
                    id: sizeGroup
                }
                Repeater {
                    model: App.display.textSizes
                    WrapRadioButton {
                        id: sizeChoice
                        required property int modelData
                        objectName: "textSize" + modelData
                        Layout.fillWidth: true
                        text: modelData === 100 ? qsTr("Normal (100%)")
                            : modelData === 150 ? qsTr("Large (150%)")
                            : qsTr("Very large (200%)")
                        font.pixelSize: Math.round(15 * modelData / 100)
                        checked: App.display.textSize === modelData
                        ButtonGroup.group: sizeGroup
                        Accessible.name: text
                        onClicked: App.display.textSize = modelData
                    }
                }
                Label {
                    objectName: "platformTextScale"
                    Layout.fillWidth: true
                    visible: App.display.platformTextScale > 1.001
                    text: qsTr("Your device also asks for larger text (%1%). Together the text is shown at %2%.")
                          .arg(Math.round(App.display.platformTextScale * 100))
                          .arg(Math.round(App.display.textScale * 100))
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                WrapSwitch {
                    objectName: "lessMotion"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Less movement on the screen")
                    checked: App.display.lessMotion
                    Accessible.name: text
                    onToggled: App.display.lessMotion = checked
                }
                Label {
                    Layout.fillWidth: true
                    visible: App.display.platformReducesMotion && !App.display.lessMotion
                    text: qsTr("Your device already asks for less movement; the app follows it.")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
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
