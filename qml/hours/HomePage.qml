pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Hours

// Where the resident stands this period: a ring with done / asked, what is left, a warm word,
// and the next thing to do. On a wide window the 12-month chart sits beside it.
ScrollView {
    id: page

    property bool wide: false
    readonly property HoursService hours: App.hours
    // The requirement is the residents'; who may read everyone's hours gets the overview.
    readonly property string overviewAction: "readAllHours"
    readonly property bool seesOverview: App.context.can[overviewAction] === true
    readonly property bool met: hours.requiredMinutes > 0 && hours.doneMinutes >= hours.requiredMinutes

    signal logRequested()
    signal historyRequested()
    signal residentsRequested()
    signal behindRequested()
    signal syncDetailsRequested()

    function encouragement(): string {
        if (hours.paused)
            return qsTr("Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it.").arg(hours.pausedUntilText);
        if (met)
            return hours.monthly ? qsTr("You did it! Thank you for everything you did for your neighbours this month.")
                                 : qsTr("You did it! Thank you for everything you did for your neighbours this week.");
        if (hours.doneMinutes === 0)
            return hours.monthly ? qsTr("Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.", "", hours.daysLeftInPeriod)
                                 : qsTr("Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.", "", hours.daysLeftInPeriod);
        return qsTr("Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps.", "", hours.daysLeftInPeriod).arg(hours.formatMinutes(hours.remainingMinutes));
    }

    // One number with its word under it ("6 h / Done").
    component Stat: Rectangle {
        id: stat

        property string valueName
        property string label
        property string value

        Layout.fillWidth: true
        Layout.preferredWidth: 1
        implicitHeight: statColumn.implicitHeight + 20
        radius: 10
        color: Theme.surfaceMuted
        Accessible.role: Accessible.StaticText
        Accessible.name: label + ": " + value

        Column {
            id: statColumn
            anchors.centerIn: parent
            width: parent.width - 12
            spacing: 2
            Label {
                id: valueLabel
                objectName: stat.valueName
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: stat.value
                font.bold: true
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                // Normal size: shrinks a little to stay on one line, and takes a second line
                // when even the smallest size is too wide ("4 ساعات و45 دقيقة" on a phone);
                // larger text wraps instead.
                fontSizeMode: Theme.largeText ? Text.FixedSize : Text.HorizontalFit
                wrapMode: Theme.largeText || smallest.advanceWidth > width ? Text.WordWrap : Text.NoWrap
                maximumLineCount: Theme.largeText ? 100 : 2
                minimumPixelSize: 11

                TextMetrics {
                    id: smallest
                    font.family: valueLabel.font.family
                    font.bold: true
                    font.pixelSize: valueLabel.minimumPixelSize
                    text: valueLabel.text
                }
            }
            Label {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: stat.label
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }

    function scrollToTop() {
        (page.contentItem as Flickable).contentY = 0;
    }

    // Scrolls so the 12-month chart is in view (it is below the fold on a phone).
    function showChart() {
        const flick = page.contentItem as Flickable;
        const top = chartCard.mapToItem(content, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(top - 16, flick.contentHeight - flick.height));
    }

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        id: content
        width: Theme.column(page.availableWidth, page.wide ? 32 : 16, Theme.maxContentWidth, implicitWidth)
        x: (page.availableWidth - width) / 2
        spacing: Theme.gap

        Item {
            implicitHeight: page.wide ? 16 : 4
        }

        PageHeading {
            objectName: "homeHeading"
            Layout.fillWidth: true
            title: page.hours.memberName !== "" ? qsTr("Hi %1!").arg(page.hours.memberName) : qsTr("Hi!")
            subtitle: page.hours.paused ? qsTr("%1 · your hours are paused").arg(page.hours.projectName)
                                        : qsTr("%1 · asked: %2").arg(page.hours.projectName).arg(page.hours.requirementText)
        }

        // The requirement is the residents': the beheerder's Home leads to them instead of
        // showing her own hours against it.
        Card {
            objectName: "beheerderCard"
            Layout.fillWidth: true
            visible: page.seesOverview

            ColumnLayout {
                anchors.fill: parent
                spacing: 12

                Heading {
                    text: qsTr("You look after %1").arg(page.hours.projectName)
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours.")
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                WrapButton {
                    objectName: "residentsButton"
                    font.capitalization: Font.MixedCase
                    Layout.fillWidth: true
                    Layout.minimumHeight: 52
                    highlighted: true
                    text: qsTr("Residents")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    Accessible.name: text
                    Accessible.description: qsTr("Opens the overview of all residents' hours.")
                    onClicked: page.residentsRequested()
                    Keys.onReturnPressed: page.residentsRequested()
                    Keys.onEnterPressed: page.residentsRequested()
                }
            }
        }

        // Who may need a conversation: names in name order, never a ranking, never numbers.
        Card {
            objectName: "conversationCard"
            Layout.fillWidth: true
            visible: page.seesOverview && App.members.count > 0

            ColumnLayout {
                anchors.fill: parent
                spacing: 10

                Heading {
                    text: qsTr("May need a conversation")
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
                Label {
                    objectName: "conversationText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: {
                        const names = App.members.behindNames;
                        if (names.length === 0)
                            return qsTr("In %1, everyone did at least half of what was asked so far.").arg(App.members.periodLabel);
                        const shown = names.slice(0, 6).join(", ");
                        const more = names.length > 6 ? " " + qsTr("and %n more", "", names.length - 6) : "";
                        return qsTr("In %1, they did less than half of what was asked so far: %2.").arg(App.members.periodLabel).arg(shown + more);
                    }
                }
                WrapButton {
                    objectName: "conversationButton"
                    visible: App.members.behindCount > 0
                    font.capitalization: Font.MixedCase
                    text: qsTr("Show them")
                    Accessible.name: qsTr("Show the residents who may need a conversation")
                    onClicked: page.behindRequested()
                }
            }
        }

        // On a phone the sync line sits here; on a wide window it is in the side column.
        SyncStatusLine {
            objectName: "homeSyncLine"
            Layout.fillWidth: true
            Layout.topMargin: -8
            visible: !page.wide && App.syncStatus.line !== ""
            onClicked: page.syncDetailsRequested()
        }

        GridLayout {
            Layout.fillWidth: true
            visible: !page.seesOverview
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.gap

                    Label {
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                        text: page.hours.monthly ? qsTr("This month: %1").arg(page.hours.periodLabel)
                                                 : qsTr("This week: %1").arg(page.hours.periodLabel)
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }

                    ProgressRing {
                        objectName: "progressRing"
                        Layout.alignment: Qt.AlignHCenter
                        // Grows with larger text, so that the hours inside stay large.
                        Layout.preferredWidth: (page.wide ? 220 : 200) * Math.min(1.5, Theme.textScale)
                        Layout.preferredHeight: Layout.preferredWidth
                        // Paused, nothing is asked: an empty ring, never a full one that reads as done.
                        value: page.hours.paused ? 0 : page.hours.requiredMinutes > 0 ? page.hours.doneMinutes / page.hours.requiredMinutes : (page.hours.doneMinutes > 0 ? 1 : 0)
                        color: page.met ? Theme.success : Theme.primary
                        centerText: page.hours.formatMinutes(page.hours.doneMinutes)
                        subText: page.hours.paused ? qsTr("paused")
                                                   : qsTr("of %1").arg(page.hours.formatMinutes(page.hours.requiredMinutes))
                        Accessible.name: qsTr("Your progress")
                        Accessible.description: page.hours.paused
                                                ? qsTr("%1 done. Your hours are paused until %2.").arg(page.hours.formatMinutes(page.hours.doneMinutes)).arg(page.hours.pausedUntilText)
                                                : qsTr("%1 of %2 done").arg(page.hours.formatMinutes(page.hours.doneMinutes)).arg(page.hours.formatMinutes(page.hours.requiredMinutes))
                    }

                    // Side by side; below each other on a phone with larger text.
                    GridLayout {
                        Layout.fillWidth: true
                        columns: Theme.largeText && !page.wide ? 1 : 3
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing

                        Stat {
                            valueName: "doneValue"
                            label: qsTr("Done")
                            value: page.hours.formatMinutes(page.hours.doneMinutes)
                        }
                        Stat {
                            valueName: "remainingValue"
                            label: page.hours.paused ? qsTr("Paused until") : qsTr("Still to go")
                            value: page.hours.paused ? page.hours.pausedUntilShortText : page.hours.formatMinutes(page.hours.remainingMinutes)
                        }
                        Stat {
                            valueName: "daysValue"
                            label: qsTr("Days left")
                            value: page.hours.daysLeftInPeriod.toString()
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: messageLabel.implicitHeight + 24
                        radius: 10
                        color: page.met ? Theme.primarySoft : Theme.warmSoft

                        Label {
                            id: messageLabel
                            horizontalAlignment: Text.AlignLeft
                            objectName: "encouragement"
                            anchors.fill: parent
                            anchors.margins: 12
                            text: page.encouragement()
                            wrapMode: Text.Wrap
                            color: Theme.text
                            lineHeight: 1.15
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap

                Card {
                    Layout.fillWidth: true

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 12

                        Heading {
                            text: qsTr("Next step")
                            font.bold: true
                            font.pixelSize: Theme.fontLarge
                            color: Theme.text
                        }
                        Label {
                            horizontalAlignment: Text.AlignLeft
                            Layout.fillWidth: true
                            text: qsTr("Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back.", "", page.hours.backdatingDays)
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        WrapButton {
                            font.capitalization: Font.MixedCase
                            objectName: "logButton"
                            Layout.fillWidth: true
                            Layout.minimumHeight: 52
                            highlighted: true
                            text: qsTr("Log hours")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            Accessible.name: text
                            Accessible.description: qsTr("Opens the form to log the hours you gave.")
                            onClicked: page.logRequested()
                            Keys.onReturnPressed: page.logRequested()
                            Keys.onEnterPressed: page.logRequested()
                        }
                    }
                }

                Card {
                    id: chartCard
                    Layout.fillWidth: true

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 12

                        // The heading and its button side by side; the button below it with
                        // larger text (a heading word is not broken for it).
                        GridLayout {
                            Layout.fillWidth: true
                            columns: Theme.largeText ? 1 : 2
                            rowSpacing: 0
                            Heading {
                                horizontalAlignment: Text.AlignLeft
                                Layout.fillWidth: true
                                text: qsTr("The last 12 months")
                                font.bold: true
                                font.pixelSize: Theme.fontLarge
                                color: Theme.text
                            }
                            WrapButton {
                                font.capitalization: Font.MixedCase
                                flat: true
                                text: qsTr("All hours")
                                Accessible.name: qsTr("Show all your hours")
                                onClicked: page.historyRequested()
                            }
                        }
                        MonthChart {
                            objectName: "homeChart"
                            Layout.fillWidth: true
                            Layout.preferredHeight: 230
                        }
                    }
                }
            }
        }

        Item {
            implicitHeight: 16
        }
    }
}
