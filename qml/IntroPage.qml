pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui

// Three short screens on the first start, in the language just chosen: what wederkerigheid
// is, what counts, and that the app keeps it private. Skippable at every step; shown once.
Rectangle {
    id: page

    property int step: 0
    readonly property var steps: [
        {
            glyph: "⇄",
            title: qsTr("Living here means helping each other"),
            body: qsTr("In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid.")
        },
        {
            glyph: "✓",
            title: qsTr("What counts"),
            body: qsTr("Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too.")
        },
        {
            glyph: "⚷",
            title: qsTr("Your hours, safe on this device"),
            body: qsTr("You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them.")
        }
    ]
    readonly property var current: steps[step]

    function next() {
        if (step + 1 < steps.length)
            step += 1;
        else
            App.finishIntro();
    }

    color: Theme.background
    onVisibleChanged: if (visible) nextButton.forceActiveFocus()
    Keys.onEscapePressed: App.finishIntro()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(page.width - 48, 480)
        spacing: Theme.gap

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 88
            implicitHeight: 88
            radius: 44
            color: Theme.primarySoft
            Accessible.ignored: true
            Label {
                anchors.centerIn: parent
                text: page.current.glyph
                font.pixelSize: 40
                color: Theme.primary
            }
        }
        Heading {
            objectName: "introTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: page.current.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "introBody"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: page.current.body
            font.pixelSize: Theme.fontLarge
            lineHeight: 1.25
            color: Theme.text
        }

        // Where you are: three dots, the current one filled.
        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: 10
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Step %1 of %2").arg(page.step + 1).arg(page.steps.length)
            Repeater {
                model: page.steps.length
                delegate: Rectangle {
                    required property int index
                    width: 10
                    height: 10
                    radius: 5
                    color: index === page.step ? Theme.primary : Theme.track
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: Theme.spacing
            WrapButton {
                objectName: "introSkip"
                flat: true
                font.capitalization: Font.MixedCase
                text: qsTr("Skip")
                Accessible.name: qsTr("Skip the introduction")
                onClicked: App.finishIntro()
            }
            Item {
                Layout.fillWidth: true
            }
            WrapButton {
                id: nextButton
                objectName: "introNext"
                highlighted: true
                font.capitalization: Font.MixedCase
                text: page.step + 1 < page.steps.length ? qsTr("Next") : qsTr("Start")
                Accessible.name: text
                onClicked: page.next()
            }
        }
    }
}
