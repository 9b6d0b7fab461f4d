pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Signals

// Signals to the beheerder. A resident or gangmaker sees the emergency gate, "Tell the
// beheerder" and their own signals with where each stands (a gangmaker also their knock tasks).
// The beheerder sees the inbox: what waits for a reaction first, by due time, late ones marked,
// with filters by state, corridor and category. A phone shows the list or one signal; a desktop
// shows the chosen signal beside the list.
Item {
    id: page

    property bool wide: false
    readonly property bool inbox: App.context.can["triageSignal"] === true
    readonly property SignalListModel list: page.inbox ? App.signalInbox : App.mySignals
    property string selectedId
    property bool raising: false

    signal message(string text)

    function showList() {
        page.raising = false;
        page.selectedId = "";
    }

    function open(signalId: string) {
        page.raising = false;
        page.selectedId = signalId;
    }

    function raiseNew() {
        formPage.start();
        page.raising = true;
    }

    Component.onCompleted: page.list.reload()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 16
        spacing: 12
        visible: !page.raising && (page.wide || page.selectedId === "")

        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            columns: Theme.titleAndButtonColumns(page.wide, raiseButton.naturalWidth)
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            PageHeading {
                Layout.fillWidth: true
                title: page.inbox ? qsTr("Signals") : qsTr("Worried about a neighbour?")
                subtitle: page.inbox
                          ? (page.list.overdueCount > 0 ? qsTr("Waiting too long: %1").arg(page.list.overdueCount)
                                                        : qsTr("Nothing is late."))
                          : qsTr("Tell the beheerder. Only the beheerder reads it.")
            }
            WrapButton {
                id: raiseButton
                objectName: "raiseSignalButton"
                Layout.maximumWidth: Theme.room(page.width - 32)
                text: qsTr("Tell the beheerder")
                highlighted: true
                Layout.minimumHeight: 48
                visible: !page.inbox && App.context.can["raiseSignal"] === true
                onClicked: page.raiseNew()
            }
        }

        // The beheerder's filters.
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            visible: page.inbox
            spacing: Theme.spacing

            ChoiceBox {
                id: stateBox
                objectName: "inboxState"
                width: 170
                textRole: "label"
                valueRole: "key"
                model: [{key: "open", label: qsTr("Open")}, {key: "closed", label: qsTr("Closed")},
                        {key: "", label: qsTr("All")}]
                Accessible.name: qsTr("Which signals")
                onActivated: App.signalInbox.state = currentValue
            }
            ChoiceBox {
                id: gangBox
                objectName: "inboxGang"
                width: 170
                textRole: "label"
                valueRole: "key"
                model: {
                    App.signalling.revision;
                    return [{key: "", label: qsTr("Every corridor")}].concat(
                                App.signalInbox.gangs().map(g => ({key: g, label: g})));
                }
                Accessible.name: qsTr("Corridor")
                onActivated: App.signalInbox.gang = currentValue
            }
            ChoiceBox {
                id: categoryBox
                objectName: "inboxCategory"
                width: 260
                textRole: "label"
                valueRole: "key"
                model: [{key: "", label: qsTr("Every kind")}].concat(App.language !== "" ? App.signalling.categories() : [])
                Accessible.name: qsTr("What it is about")
                onActivated: App.signalInbox.category = currentValue
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Flickable {
                id: listFlick
                Layout.fillHeight: true
                Layout.preferredWidth: page.wide ? Math.min(460, page.width * 0.42) : page.width
                Layout.fillWidth: !page.wide
                contentHeight: listColumn.implicitHeight + 16
                clip: true
                boundsBehavior: Flickable.StopAtBounds

                // A Column, not a layout: rows whose wrapped text sets their height would make a
                // layout polish in a loop.
                Column {
                    id: listColumn
                    x: 16
                    width: listFlick.width - 32
                    spacing: 10

                    EmergencyGate {
                        width: listColumn.width
                        visible: !page.inbox
                    }
                    KnockTasksCard {
                        objectName: "knockTasks"
                        width: listColumn.width
                        onMessage: text => page.message(text)
                    }
                    Heading {
                        width: listColumn.width
                        horizontalAlignment: Text.AlignLeft
                        visible: !page.inbox && signalRepeater.count > 0
                        text: qsTr("Your signals")
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        id: signalRepeater
                        model: page.list
                        delegate: SignalRow {
                            objectName: "signalRow"
                            width: listColumn.width
                            inbox: page.inbox
                            selected: page.selectedId === signalId
                            onClicked: page.open(signalId)
                        }
                    }
                    Label {
                        objectName: "signalsEmpty"
                        width: listColumn.width
                        topPadding: 12
                        visible: signalRepeater.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: page.inbox ? qsTr("No signals here.")
                                         : qsTr("You have not sent a signal. If you worry about a neighbour, you can always tell the beheerder.")
                    }
                }
            }

            SignalDetail {
                id: wideDetail
                objectName: "signalDetailWide"
                visible: page.wide
                Layout.fillWidth: true
                Layout.fillHeight: true
                signalId: page.wide ? page.selectedId : ""
                onMessage: text => page.message(text)
            }
        }
    }

    // Phone: one signal at a time.
    SignalDetail {
        id: phoneDetail
        objectName: "signalDetail"
        anchors.fill: parent
        visible: !page.wide && !page.raising && page.selectedId !== ""
        signalId: page.wide ? "" : page.selectedId
        showBack: true
        onClosed: page.selectedId = ""
        onMessage: text => page.message(text)
    }

    SignalFormPage {
        id: formPage
        objectName: "signalForm"
        anchors.fill: parent
        visible: page.raising
        onDone: signalId => {
            page.message(qsTr("Thank you. Your signal is saved and goes to the beheerder."));
            page.open(signalId);
        }
        onCancelled: page.showList()
    }
}
