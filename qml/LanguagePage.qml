pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui

// The very first screen: pick your language. Each name is written in its own language and
// script, so a resident who reads little Dutch finds theirs without help. Choosing applies it
// at once (texts, dates, reading direction) and remembers it; Settings can change it later.
Rectangle {
    id: page

    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: "Taal · Language · اللغة · Мова"

    onVisibleChanged: if (visible) choices.forceActiveFocus()

    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight + 48)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroller.width - 32, 460)
            x: (scroller.width - width) / 2
            y: Math.max(24, (scroller.height - implicitHeight) / 2)
            spacing: Theme.gap

            Label {
                Layout.alignment: Qt.AlignHCenter
                text: "Aa · ع"
                font.pixelSize: 40
                color: Theme.primary
                Accessible.ignored: true
            }
            // Always in every language: nobody has chosen one yet.
            Heading {
                objectName: "languageTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: "Kies je taal · Choose your language\nاختر لغتك · Оберіть мову"
                font.pixelSize: Theme.fontLarge
                font.bold: true
                lineHeight: 1.3
                color: Theme.text
                Accessible.name: "Kies je taal. Choose your language. اختر لغتك. Оберіть мову."
            }

            Column {
                id: choices
                Layout.fillWidth: true
                spacing: 8
                activeFocusOnTab: true
                onActiveFocusChanged: if (activeFocus && repeater.count > 0) repeater.itemAt(0).forceActiveFocus()

                Repeater {
                    id: repeater
                    model: App.languages
                    delegate: WrapButton {
                        id: choice

                        required property var modelData
                        required property int index

                        objectName: "pickLanguage_" + modelData.code
                        width: choices.width
                        height: 56
                        flat: false
                        highlighted: App.language === modelData.code
                        font.pixelSize: Theme.fontLarge
                        font.capitalization: Font.MixedCase
                        text: modelData.name
                        // The name reads in its own direction, whatever the layout is now.
                        contentItem: Label {
                            text: choice.text
                            font: choice.font
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            color: choice.highlighted ? Theme.textOnPrimary : Theme.text
                        }
                        Accessible.name: modelData.name
                        KeyNavigation.down: index + 1 < repeater.count ? repeater.itemAt(index + 1) : null
                        KeyNavigation.up: index > 0 ? repeater.itemAt(index - 1) : null
                        onClicked: App.language = modelData.code
                    }
                }
            }
        }
    }
}
