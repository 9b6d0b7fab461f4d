pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// A gangmaker's knock tasks: "please knock on studio 12 today" — never the signal behind it or
// who sent it — with three buttons to say how it went. Hidden when there are none.
Card {
    id: card

    readonly property var tasks: {
        App.signalling.revision;
        return App.signalling.myKnockTasks();
    }

    signal message(string text)

    visible: card.tasks.length > 0

    ColumnLayout {
        width: parent.width
        spacing: 10

        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Knock on a door")
            font.bold: true
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        Repeater {
            model: card.tasks
            delegate: ColumnLayout {
                id: task
                required property var modelData
                Layout.fillWidth: true
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: task.modelData.text
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: task.modelData.done ? task.modelData.outcomeText
                                              : qsTr("Asked by %1. How did it go?").arg(task.modelData.askedBy)
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Flow {
                    Layout.fillWidth: true
                    visible: !task.modelData.done
                    spacing: Theme.spacing
                    Repeater {
                        model: App.language !== "" ? App.signalling.knockOutcomes() : [] // again in a new language
                        delegate: WrapButton {
                            required property var modelData
                            objectName: "knockOutcome_" + modelData.key
                            text: modelData.label
                            height: 48
                            onClicked: {
                                if (App.signalling.recordKnock(task.modelData.taskId, modelData.key))
                                    card.message(qsTr("Thank you. The beheerder sees how it went."));
                                else
                                    card.message(App.signalling.lastError);
                            }
                        }
                    }
                }
            }
        }
    }
}
