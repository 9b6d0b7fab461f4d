import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// The top of the beheerder's Residents screen: the heading, this period or the one before, the
// month report, the search and the views (everyone, worth a talk, paused, ...), and how many
// are shown. Above the list; the list's header on a phone with large text, so that it scrolls
// away and leaves room for the residents.
ColumnLayout {
    id: filters

    readonly property MemberProgressModel members: App.members
    readonly property ResidentsFilter residents: App.residents
    /// The width the page gives (the buttons choose side by side or below each other from it).
    property real room: width
    /// Shown as the list's header: a gap before the first resident.
    property bool asHeader: false
    // The first sync brings the residents: say so instead of "no residents yet".
    readonly property bool stillArriving: members.count === 0 && App.sync !== null
                                          && isNaN(App.sync.lastSyncedAt.getTime())

    signal message(string text)
    /// Down in the search field: on to the list.
    signal downPressed()

    spacing: 10

    // One of the three views: everyone, who may need a conversation, who is paused.
    component ShowButton: WrapButton {
        required property string show
        property int number
        property string words
        objectName: "show_" + show
        // In the Flow: its words on one line, or wrapped when the line is too short for them.
        width: filters.room > 0 ? Math.min(naturalWidth, filters.room) : naturalWidth
        highlighted: filters.residents.show === show
        font.capitalization: Font.MixedCase
        text: words + " (" + number + ")"
        Accessible.name: words + ", " + number
        Accessible.checkable: true
        Accessible.checked: highlighted
        onClicked: filters.residents.show = show
    }

    PageHeading {
        objectName: "residentsHeading"
        Layout.fillWidth: true
        title: qsTr("Residents")
        subtitle: qsTr("%1: hours done and hours asked. A reason to talk with someone, never to compare people.").arg(filters.members.periodLabel)
    }

    // This period or the one before: one tap. The report at the far side when all three
    // fit on a line (large text on a phone: below each other).
    GridLayout {
        id: periodRow
        readonly property bool fits: periodNow.naturalWidth + periodBefore.naturalWidth
                                     + reportButton.naturalWidth + 3 * columnSpacing <= filters.room
                                 || filters.room <= 0 // not shown yet: nothing to wrap
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.room(filters.room)
        columns: fits ? 4 : 1
        columnSpacing: 8
        rowSpacing: 0
        WrapButton {
            id: periodNow
            objectName: "periodNow"
            Layout.fillWidth: !periodRow.fits
            highlighted: filters.members.periodOffset === 0
            font.capitalization: Font.MixedCase
            text: App.hours.monthly ? qsTr("This month") : qsTr("This week")
            Accessible.checkable: true
            Accessible.checked: highlighted
            onClicked: filters.members.periodOffset = 0
        }
        WrapButton {
            id: periodBefore
            objectName: "periodBefore"
            Layout.fillWidth: !periodRow.fits
            highlighted: filters.members.periodOffset === -1
            font.capitalization: Font.MixedCase
            text: App.hours.monthly ? qsTr("Last month") : qsTr("Last week")
            Accessible.checkable: true
            Accessible.checked: highlighted
            onClicked: filters.members.periodOffset = -1
        }
        Item {
            visible: periodRow.fits
            Layout.fillWidth: true
        }
        WrapButton {
            id: reportButton
            objectName: "reportButton"
            Layout.fillWidth: !periodRow.fits
            flat: true
            font.capitalization: Font.MixedCase
            text: qsTr("Month report")
            Accessible.name: qsTr("Save the month report for the housing provider, as a spreadsheet and to print")
            onClicked: filters.message(App.exportMonthReport(""))
        }
    }

    Label {
        objectName: "reportSaved"
        Layout.fillWidth: true
        visible: App.lastReportFiles.length > 0
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        textFormat: Text.StyledText
        text: "<a href=\"" + App.lastReportFolder + "\">" + qsTr("Open the folder with the report") + "</a>"
        linkColor: Theme.primaryDark
        onLinkActivated: link => Qt.openUrlExternally(link)
        Accessible.role: Accessible.Link
        Accessible.name: qsTr("Open the folder with the report")
    }

    InputField {
        id: search
        objectName: "residentSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Find by name, studio or corridor")
        Accessible.name: qsTr("Find a resident by name, studio or corridor")
        inputMethodHints: Qt.ImhNoPredictiveText
        onTextChanged: filters.residents.query = text
        Keys.onDownPressed: filters.downPressed()
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8
        ShowButton {
            show: "all"
            words: qsTr("Everyone")
            number: filters.members.count
        }
        ShowButton {
            show: "behind"
            words: qsTr("Worth a talk")
            number: filters.members.behindCount
        }
        ShowButton {
            show: "paused"
            words: qsTr("Paused")
            number: filters.members.pausedCount
        }
        ShowButton {
            show: "quiet"
            words: qsTr("Not updated for %n days", "", filters.members.quietDays)
            number: filters.members.quietCount
        }
        ShowButton {
            show: "notConnected"
            words: qsTr("Not connected yet")
            number: filters.members.notConnectedCount
        }
        // How long without an update counts: shown with its view.
        ChoiceBox {
            id: quietDays
            objectName: "quietDays"
            visible: filters.residents.show === "quiet"
            readonly property var choices: [3, 7, 14, 30]
            model: choices.map(n => qsTr("%n days", "", n))
            currentIndex: Math.max(0, choices.indexOf(filters.members.quietDays))
            Accessible.name: qsTr("Not updated for how many days")
            onActivated: index => filters.members.quietDays = quietDays.choices[index]
        }
        // Grouped by corridor, or one list by name.
        WrapSwitch {
            objectName: "byCorridor"
            width: filters.room > 0 ? Math.min(naturalWidth, filters.room) : naturalWidth
            text: qsTr("By corridor")
            checked: filters.residents.byCorridor
            Accessible.name: qsTr("Group by corridor")
            onToggled: filters.residents.byCorridor = checked
        }
    }

    Label {
        objectName: "residentsShown"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        visible: filters.members.count > 0
        text: qsTr("%1 of %2 residents shown").arg(filters.residents.count).arg(filters.members.count)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    RowLayout {
        Layout.fillWidth: true
        visible: filters.stillArriving
        spacing: 10
        BusyIndicator {
            running: filters.stillArriving
            implicitWidth: 32
            implicitHeight: 32
        }
        Label {
            objectName: "residentsArriving"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Getting the residents from your project…")
            wrapMode: Text.Wrap
            color: Theme.text
        }
    }

    Label {
        objectName: "residentsEmpty"
        Layout.fillWidth: true
        visible: !filters.stillArriving && filters.residents.count === 0
        horizontalAlignment: Text.AlignLeft
        text: filters.members.count === 0 ? qsTr("No residents yet. They appear here after they connect and sync.")
                                          : qsTr("Nobody matches. Clear the search or choose Everyone.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
    }
    // As the list's header: a gap before the first resident.
    Item {
        visible: filters.asHeader
        implicitHeight: 0
    }
}
