pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// Ask for help or offer it: what kind of help, in a few words, when (a day and hours, or
// "flexible"), about how long, for one's corridor or the whole project, and whether it
// repeats every week. A gangmaker (or the beheerder) may ask for a neighbour who does not use
// the app. Core decides what is wrong (the same rules as the server) and says it under the
// field; the first wrong field gets the focus. Care, health and money are not for neighbours:
// choosing them explains that kindly and shows how to reach the beheerder instead.
Item {
    id: page

    property bool wide: false
    property string kind: "request"
    property string category: ""
    property bool flexible: true
    property int dayIndex: 0
    property int fromHour: 10
    property int untilHour: 12
    property int estimate: 60
    property bool forEveryone: false
    property bool repeatWeekly: false
    property int untilWeeks: 8
    property string forMemberId: ""
    property var errors: ({})
    readonly property var categories: App.services.categories()
    readonly property var neighbours: App.services.neighbours()
    readonly property bool heavy: {
        for (const c of page.categories)
            if (c.key === page.category)
                return c.heavy;
        return false;
    }

    signal cancelled()
    signal posted(string postId, string text)

    function isoDay(offset: int): string {
        const d = new Date();
        d.setDate(d.getDate() + offset);
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-"
               + String(d.getDate()).padStart(2, "0");
    }
    function dayText(offset: int): string {
        const d = new Date();
        d.setDate(d.getDate() + offset);
        return d.toLocaleDateString(Qt.locale(App.language), "dddd d MMMM");
    }

    function fields(): var {
        return {
            kind: page.kind,
            category: page.category,
            text: textArea.text,
            flexible: page.flexible,
            day: page.isoDay(page.dayIndex),
            fromHour: page.fromHour,
            untilHour: page.untilHour,
            estimate: page.estimate,
            forEveryone: page.forEveryone,
            repeatWeekly: page.repeatWeekly,
            repeatUntil: page.isoDay(page.dayIndex + 7 * page.untilWeeks),
            forMemberId: page.kind === "request" ? page.forMemberId : ""
        };
    }

    function start() {
        page.kind = "request";
        page.category = "";
        textArea.text = "";
        page.flexible = true;
        page.dayIndex = 0;
        page.fromHour = 10;
        page.untilHour = 12;
        page.estimate = 60;
        page.forEveryone = false;
        page.repeatWeekly = false;
        page.forMemberId = "";
        page.errors = {};
        flick.contentY = 0;
        requestButton.forceActiveFocus();
    }

    function submit() {
        page.errors = App.services.check(page.fields());
        const order = [["category", categoryBox], ["text", textArea], ["when", flexibleBox],
                       ["estimate", estimateBox], ["repeat", repeatBox]];
        for (const [field, item] of order)
            if (page.errors[field] !== undefined) {
                item.forceActiveFocus();
                return;
            }
        const id = App.services.post(page.fields());
        if (id === "") {
            page.errors = {text: App.services.lastError};
            return;
        }
        page.posted(id, page.kind === "offer" ? qsTr("Your offer is on the board.")
                                              : qsTr("Your request is on the board. A neighbour can take it now."));
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form
            x: (flick.width - width) / 2
            y: 16
            width: Math.min(flick.width - 32, 640)
            spacing: 10

            PageHeading {
                Layout.fillWidth: true
                title: page.kind === "offer" ? qsTr("Offer help") : qsTr("Ask for help")
                subtitle: qsTr("Neighbours help with small things. It costs you nothing.")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                // Two equal halves whatever their words (Layout.preferredWidth): a width that
                // followed the wrapped words fed back into the row's sharing (a polish loop).
                WrapButton {
                    id: requestButton
                    objectName: "kindRequest"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.minimumHeight: 48
                    highlighted: page.kind === "request"
                    Accessible.checkable: true
                    Accessible.checked: highlighted
                    text: qsTr("I would like help")
                    onClicked: page.kind = "request"
                }
                WrapButton {
                    objectName: "kindOffer"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.minimumHeight: 48
                    highlighted: page.kind === "offer"
                    Accessible.checkable: true
                    Accessible.checked: highlighted
                    text: qsTr("I can help")
                    onClicked: page.kind = "offer"
                }
            }

            Label {
                text: qsTr("What kind of help?")
                font.bold: true
            }
            ChoiceBox {
                id: categoryBox
                objectName: "categoryBox"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                model: page.categories
                textRole: "label"
                valueRole: "key"
                displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                currentIndex: page.categories.findIndex(c => c.key === page.category)
                Accessible.name: qsTr("What kind of help?")
                Accessible.description: page.errors.category ?? ""
                onActivated: index => page.category = page.categories[index].key
            }
            FieldMessage {
                id: categoryError
                objectName: "serviceCategoryError"
                Layout.fillWidth: true
                text: page.heavy ? "" : (page.errors.category ?? "")
            }

            // Not light help: say so kindly, and who helps instead.
            Card {
                objectName: "heavyCard"
                Layout.fillWidth: true
                visible: page.heavy
                fill: Theme.warmSoft
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 6
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        text: qsTr("Neighbours help with small things. For care, health or money, the beheerder helps you further. That is safer for you.")
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        font.bold: true
                        visible: App.services.beheerderContact() !== ""
                        text: qsTr("The beheerder: %1").arg(App.services.beheerderContact())
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 10
                visible: !page.heavy

                Label {
                    text: page.kind === "offer" ? qsTr("What can you do?") : qsTr("What do you need?")
                    font.bold: true
                }
                InputArea {
                    id: textArea
                    objectName: "serviceTextArea"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(110, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    placeholderText: page.kind === "offer" ? qsTr("For example: I can help with a computer or phone.")
                                                           : qsTr("For example: Who can bring milk and bread on Tuesday?")
                    Accessible.name: page.kind === "offer" ? qsTr("What can you do?") : qsTr("What do you need?")
                    Accessible.description: page.errors.text ?? ""
                }
                FieldMessage {
                    objectName: "serviceTextError"
                    Layout.fillWidth: true
                    text: page.errors.text ?? ""
                }

                Label {
                    text: qsTr("When?")
                    font.bold: true
                }
                WrapCheckBox {
                    id: flexibleBox
                    objectName: "flexibleBox"
                    text: qsTr("Flexible: any time is fine")
                    checked: page.flexible
                    onToggled: page.flexible = checked
                }
                GridLayout {
                    Layout.fillWidth: true
                    visible: !page.flexible
                    columns: page.wide ? 3 : 1
                    columnSpacing: Theme.spacing
                    ChoiceBox {
                        objectName: "serviceDayBox"
                        Layout.fillWidth: true
                        Layout.minimumHeight: 48
                        model: 14
                        displayText: page.dayText(page.dayIndex)
                        currentIndex: page.dayIndex
                        delegate: ItemDelegate {
                            required property int index
                            width: ListView.view ? ListView.view.width : 200
                            text: page.dayText(index)
                        }
                        Accessible.name: qsTr("Day: %1").arg(page.dayText(page.dayIndex))
                        onActivated: index => page.dayIndex = index
                    }
                    NamedSpinBox {
                        objectName: "fromHourBox"
                        from: 0
                        to: 23
                        value: page.fromHour
                        textFromValue: (value, locale) => qsTr("from %1:00").arg(Number(value).toLocaleString(locale, "f", 0))
                        Layout.minimumHeight: 48
                        Accessible.name: qsTr("From (hour)")
                        onValueModified: page.fromHour = value
                    }
                    NamedSpinBox {
                        objectName: "untilHourBox"
                        from: 1
                        to: 24
                        value: page.untilHour
                        textFromValue: (value, locale) => qsTr("until %1:00").arg(Number(value).toLocaleString(locale, "f", 0))
                        Layout.minimumHeight: 48
                        Accessible.name: qsTr("Until (hour)")
                        onValueModified: page.untilHour = value
                    }
                }
                FieldMessage {
                    objectName: "serviceWhenError"
                    Layout.fillWidth: true
                    text: page.errors.when ?? ""
                }
                WrapCheckBox {
                    id: repeatBox
                    objectName: "serviceRepeatBox"
                    visible: !page.flexible
                    text: qsTr("Every week, for %1 weeks").arg(Number(page.untilWeeks).toLocaleString(Qt.locale(), "f", 0))
                    checked: page.repeatWeekly
                    onToggled: page.repeatWeekly = checked
                }
                FieldMessage {
                    objectName: "serviceRepeatError"
                    Layout.fillWidth: true
                    text: page.errors.repeat ?? ""
                }

                Label {
                    text: qsTr("About how long?")
                    font.bold: true
                }
                NamedSpinBox {
                    id: estimateBox
                    objectName: "estimateBox"
                    from: 5
                    to: 480
                    stepSize: 15
                    value: page.estimate
                    // As every amount of time in the app (core's formatMinutes).
                    textFromValue: (value, locale) => App.hours.formatMinutes(value)
                    Layout.minimumHeight: 48
                    Layout.preferredWidth: 220
                    Accessible.name: qsTr("About how long? In minutes")
                    onValueModified: page.estimate = value
                }
                FieldMessage {
                    objectName: "serviceEstimateError"
                    Layout.fillWidth: true
                    text: page.errors.estimate ?? ""
                }

                Label {
                    text: qsTr("Who sees it?")
                    font.bold: true
                }
                WrapRadioButton {
                    objectName: "forCorridor"
                    text: qsTr("My corridor")
                    checked: !page.forEveryone
                    onClicked: page.forEveryone = false
                }
                WrapRadioButton {
                    objectName: "forEveryone"
                    text: qsTr("Everyone in the project")
                    checked: page.forEveryone
                    onClicked: page.forEveryone = true
                }

                // A gangmaker or the beheerder asks for a neighbour without the app.
                Label {
                    visible: page.kind === "request" && page.neighbours.length > 0
                    text: qsTr("For whom?")
                    font.bold: true
                }
                ChoiceBox {
                    objectName: "forWhomBox"
                    visible: page.kind === "request" && page.neighbours.length > 0
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    model: [{memberId: "", name: qsTr("For me")}].concat(page.neighbours)
                    textRole: "name"
                    valueRole: "memberId"
                    Accessible.name: qsTr("For whom?")
                    onActivated: index => page.forMemberId = currentValue
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.forMemberId !== ""
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    text: qsTr("Other neighbours do not see the name. You talk with the helper.")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 8
                spacing: Theme.spacing
                Item {
                    Layout.fillWidth: true
                }
                WrapButton {
                    objectName: "serviceCancel"
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: 48
                    onClicked: page.cancelled()
                }
                WrapButton {
                    objectName: "servicePost"
                    visible: !page.heavy
                    text: page.kind === "offer" ? qsTr("Offer") : qsTr("Ask")
                    highlighted: true
                    Layout.minimumHeight: 48
                    Accessible.name: page.kind === "offer" ? qsTr("Put my offer on the board")
                                                           : qsTr("Put my request on the board")
                    onClicked: page.submit()
                }
            }
        }
    }
}
