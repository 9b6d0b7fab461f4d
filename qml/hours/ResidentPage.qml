pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours
import Gangwerk.Devices

// One resident, for the beheerder: this period against what is asked, the last twelve months,
// every entry with its corrections, and the pauses with their reasons. Opened from Residents;
// Back (or Escape) returns to the list where it was.
Rectangle {
    id: page

    property bool wide: false
    property string memberId
    property string name
    property string gang
    property string studio
    property string doneText
    property bool paused: false
    property string pausedUntilText
    property string pausedUntilIso
    readonly property var pauses: memberId !== "" ? App.members.pausesOf(memberId) : []

    signal closed()
    signal pauseAsked()
    signal message(string text)

    // For tests and screenshots: the disconnect question for the device on row @p row.
    function askDisconnect(row: int) {
        const item = deviceLines.itemAt(row) as DeviceLine;
        if (item)
            item.ask();
    }

    color: Theme.background
    Keys.onEscapePressed: page.closed()

    onMemberIdChanged: {
        App.residentHistory.memberId = memberId;
        App.residentMonths.memberId = memberId;
        App.residentDevices.memberId = memberId;
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 48
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.max(0, Math.min(scroller.width - 2 * (page.wide ? 32 : 16), 760))
            x: (scroller.width - width) / 2
            y: page.wide ? 24 : 12
            spacing: Theme.gap

            // Back at the start, the pause at the far side; below each other when they do not
            // fit on one line (large text on a phone).
            GridLayout {
                id: topRow
                readonly property bool fits: back.naturalWidth + pauseButton.naturalWidth + 2 * columnSpacing <= column.width
                                             || column.width <= 0 // not shown yet: nothing to wrap
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.room(column.width)
                columns: fits ? 3 : 1
                columnSpacing: 8
                rowSpacing: 0
                WrapButton {
                    id: back
                    Layout.fillWidth: !topRow.fits
                    objectName: "residentBack"
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: (page.LayoutMirroring.enabled ? "→ " : "← ") + qsTr("All residents")
                    Accessible.name: qsTr("Back to all residents")
                    onClicked: page.closed()
                }
                Item {
                    visible: topRow.fits
                    Layout.fillWidth: true
                }
                WrapButton {
                    id: pauseButton
                    objectName: "residentPause"
                    Layout.fillWidth: !topRow.fits
                    font.capitalization: Font.MixedCase
                    text: page.paused ? qsTr("Change pause") : qsTr("Pause")
                    Accessible.name: page.paused ? qsTr("Change the pause for %1").arg(page.name) : qsTr("Pause the hours of %1").arg(page.name)
                    onClicked: page.pauseAsked()
                }
            }

            PageHeading {
                objectName: "residentHeading"
                Layout.fillWidth: true
                title: page.name
                subtitle: (page.studio !== "" ? qsTr("Studio %1").arg(page.studio) + " · " : "") + (page.gang !== "" ? page.gang + " · " : "") + App.members.periodLabel + ": " + page.doneText
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 12
                    Heading {
                        text: qsTr("The last 12 months")
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                    }
                    MonthChart {
                        objectName: "residentChart"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(260, implicitHeight) // taller with large text
                        months: App.residentMonths
                        gaveText: qsTr("Hours given")
                        chartName: qsTr("Hours given") + ", " + page.name
                    }
                }
            }

            Card {
                objectName: "residentPauses"
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    Heading {
                        text: qsTr("Pauses")
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.pauses.length === 0
                        horizontalAlignment: Text.AlignLeft
                        text: qsTr("No pauses.")
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: page.pauses
                        delegate: ColumnLayout {
                            id: pauseLine
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                objectName: "residentPausePeriod"
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                text: pauseLine.modelData.period + (pauseLine.modelData.current ? " · " + qsTr("now") : "")
                                font.bold: pauseLine.modelData.current
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "residentPauseReason"
                                Layout.fillWidth: true
                                visible: pauseLine.modelData.reason !== ""
                                horizontalAlignment: Text.AlignLeft
                                text: qsTr("Reason: %1").arg(pauseLine.modelData.reason)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }

            // The phones and computers the resident uses Gangwerk on: whether they still sync,
            // and a way to disconnect a lost one.
            Card {
                objectName: "residentDevices"
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    Heading {
                        text: qsTr("Devices")
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                    }
                    Label {
                        objectName: "residentNoDevices"
                        Layout.fillWidth: true
                        visible: App.residentDevices.count === 0
                        horizontalAlignment: Text.AlignLeft
                        text: qsTr("Not connected yet. Give %1 an invite to connect a phone.").arg(page.name)
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                    }
                    Repeater {
                        id: deviceLines
                        model: App.residentDevices
                        delegate: DeviceLine {
                            Layout.fillWidth: true
                            onDisconnectAsked: (id, name) => disconnectDialog.openFor(id, name, page.name)
                        }
                    }
                }
            }

            Heading {
                text: qsTr("Entries")
                font.bold: true
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: App.residentHistory.count === 0
                horizontalAlignment: Text.AlignLeft
                text: qsTr("No hours filled in yet.")
                color: Theme.textMuted
            }
            Repeater {
                model: App.residentHistory
                delegate: Card {
                    id: entryCard
                    required property string dayText
                    required property string durationText
                    required property string categoryText
                    required property string note
                    required property string entryState
                    required property string stateText
                    required property bool isCorrection
                    readonly property bool active: entryState === "active"

                    objectName: "residentEntry"
                    Layout.fillWidth: true
                    padding: 10
                    Accessible.role: Accessible.ListItem
                    Accessible.name: dayText + ", " + durationText + ", " + categoryText + (stateText !== "" ? ". " + stateText : "")

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                text: entryCard.dayText + " · " + entryCard.categoryText
                                font.bold: true
                                font.strikeout: !entryCard.active
                                color: entryCard.active ? Theme.text : Theme.textMuted
                                // Whole with large text; on one line otherwise.
                                elide: Theme.largeText ? Text.ElideNone : Text.ElideRight
                                wrapMode: Theme.largeText ? Text.Wrap : Text.NoWrap
                            }
                            Label {
                                text: entryCard.durationText
                                font.bold: true
                                font.strikeout: !entryCard.active
                                color: entryCard.active ? Theme.primaryDark : Theme.textMuted
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: entryCard.note !== ""
                            horizontalAlignment: Text.AlignLeft
                            text: entryCard.note
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: entryCard.stateText !== "" || entryCard.isCorrection
                            horizontalAlignment: Text.AlignLeft
                            text: "↳ " + (entryCard.stateText !== "" ? entryCard.stateText : qsTr("a correction"))
                            wrapMode: Text.Wrap
                            color: Theme.warm
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }

            // What the resident is good at, as asked at intake: the beheerder matches requests
            // for help with it (buurtdiensten). Only the resident and the beheerder see it.
            Card {
                id: talentsCard
                objectName: "residentTalents"
                Layout.fillWidth: true
                visible: App.context.can["editTalents"] === true
                property var chosen: ({})
                readonly property var choices: {
                    App.services.revision;
                    return page.memberId !== "" ? App.services.talents(page.memberId) : [];
                }
                onChoicesChanged: {
                    const c = {};
                    for (const t of talentsCard.choices)
                        c[t.key] = t.chosen;
                    talentsCard.chosen = c;
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Heading {
                        text: qsTr("Talents")
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("What %1 likes to help with. You see who fits when a neighbour asks for help.").arg(page.name)
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4
                        Repeater {
                            model: talentsCard.choices
                            delegate: WrapCheckBox {
                                required property var modelData
                                // Its words on one line, or wrapped when the line is too short.
                                width: column.width > 0 ? Math.min(naturalWidth, column.width - 2 * talentsCard.padding) : naturalWidth
                                text: modelData.label
                                checked: talentsCard.chosen[modelData.key] === true
                                onToggled: {
                                    const c = Object.assign({}, talentsCard.chosen);
                                    c[modelData.key] = checked;
                                    talentsCard.chosen = c;
                                }
                            }
                        }
                    }
                    WrapButton {
                        objectName: "saveTalents"
                        Layout.preferredWidth: column.width > 0 ? Math.min(naturalWidth, column.width - 2 * talentsCard.padding) : naturalWidth
                        text: qsTr("Save talents")
                        Layout.minimumHeight: 48
                        onClicked: {
                            const keys = Object.keys(talentsCard.chosen).filter(k => talentsCard.chosen[k]);
                            if (App.services.setTalents(page.memberId, keys))
                                page.message(qsTr("Talents saved."));
                            else
                                page.message(App.services.lastError);
                        }
                    }
                }
            }
        }
    }

    DisconnectDialog {
        id: disconnectDialog
        objectName: "disconnectDialog"
        onDone: text => page.message(text)
    }
}
