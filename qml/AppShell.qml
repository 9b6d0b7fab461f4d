pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk
import Gangwerk.Ui
import Gangwerk.Hours
import Gangwerk.Activities
import Gangwerk.Services
import Gangwerk.Signals

// The app once the store is open: navigation (a bar at the bottom on a phone, a column at the
// side on a wide window) and the screens. The screens are one list (the ShellPage items in
// `pages`): the stack shows them and both navigations are made from it, so a feature adds its
// screen in one place.
Item {
    id: shell

    readonly property bool wide: width >= Theme.wideBreakpoint
    property string currentPage: "home"
    // Where "Save" or "Cancel" on the log form goes back to.
    property string returnPage: "home"

    // The phone's bar holds five places (more leaves no word whole on a phone): with more
    // allowed, the four with the lowest barRank and "More", which lists the others.
    readonly property int barPlaces: 5
    readonly property var allowedPages: {
        const allowed = [];
        for (let i = 0; i < pages.children.length; ++i) {
            const page = pages.children[i] as ShellPage;
            if (page.allowed)
                allowed.push(page);
        }
        return allowed;
    }
    readonly property var barPages: allowedPages.length <= barPlaces
        ? allowedPages.map(p => p.name)
        : allowedPages.map((p, i) => ({ name: p.name, rank: p.barRank, index: i }))
                      .sort((a, b) => a.rank - b.rank || a.index - b.index)
                      .slice(0, barPlaces - 1).map(p => p.name)
    readonly property bool hasMore: barPages.length < allowedPages.length
    readonly property bool moreSelected: !onBar(currentPage)

    // A place in the phone's bar: the bar shares its width among them (with larger text each
    // is as wide as its word and the bar scrolls to show the chosen or focused one).
    component BarButton: NavButton {
        id: barButton
        // The bar's strip (an inline component does not see this file's ids).
        required property Flickable strip
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumWidth: largeText ? implicitWidth : 0
        Layout.preferredWidth: largeText ? implicitWidth : 1
        onSelectedChanged: if (selected) Qt.callLater(() => strip.reveal(barButton))
        onActiveFocusChanged: if (activeFocus) strip.reveal(barButton)
    }

    function onBar(name: string): bool {
        return barPages.indexOf(name) >= 0;
    }

    function indexOf(name: string): int {
        for (let i = 0; i < pages.children.length; ++i)
            if ((pages.children[i] as ShellPage).name === name)
                return i;
        return -1;
    }

    function go(name: string) {
        const i = indexOf(name);
        if (i < 0 || !(pages.children[i] as ShellPage).allowed)
            return;
        if (name === "log" && currentPage !== "log")
            returnPage = currentPage;
        currentPage = name;
    }

    // The navigation: to a screen, or, pressed again on the screen one is on, back to its start
    // (the list, not the activity or request opened from it; scrolled to the top), as phone
    // apps do. A form being filled in stays: nothing typed is thrown away.
    function navigate(name: string) {
        if (name !== currentPage) {
            go(name);
            return;
        }
        if (name === "home")
            homePage.scrollToTop();
        else if (name === "history")
            historyPage.scrollToTop();
        else if (name === "residents")
            residentsPage.scrollToTop();
        else if (name === "activities" && !activitiesPage.planning)
            activitiesPage.showList();
        else if (name === "help" && !helpPage.posting)
            helpPage.showList();
        else if (name === "signals" && !signalsPage.raising)
            signalsPage.showList();
    }

    function showPage(name: string) {
        go(name);
        if (name === "home")
            homePage.scrollToTop();
        if (name === "history")
            historyPage.scrollToTop();
        if (name === "residents")
            residentsPage.scrollToTop();
        if (name === "pause") {
            go("residents");
            residentsPage.openPause(0);
        }
        if (name === "resident") {
            go("residents");
            residentsPage.scrollToTop();
            residentsPage.openResident(0);
        }
        if (name === "activities")
            activitiesPage.showList();
        if (name === "signals")
            signalsPage.showList();
        if (name === "help")
            helpPage.showList();
        if (name === "raiseSignal") {
            go("signals");
            signalsPage.raiseNew();
        }
        if (name === "planActivity") {
            go("activities");
            activitiesPage.planNew();
        }
        if (name === "activity") {
            go("activities");
            activitiesPage.openFirst();
        }
        if (name === "calendar") {
            go("log");
            logPage.openCalendar();
        }
        if (name === "chart") {
            go("home");
            homePage.showChart();
        }
    }

    // The resident hears when their pause was set or ended (the words are HoursService's).
    Connections {
        target: App.hours
        function onPauseNews(message: string) {
            shell.showToast(message);
        }
    }

    function showToast(message: string) {
        // Shown anew every time (also the same words while the last ones still show): a
        // screen reader speaks an alert as it appears, not when its words change.
        toast.visible = false;
        toast.text = message;
        toast.visible = true;
        toastTimer.restart();
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Desktop: navigation column at the start side.
    Rectangle {
        id: sideNav
        visible: shell.wide
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: shell.wide ? 248 : 0
        color: Theme.surface

        Rectangle {
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: 1
            color: Theme.border
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 16
            spacing: 6

            RowLayout {
                Layout.bottomMargin: 18
                spacing: 10
                Rectangle {
                    implicitWidth: 36
                    implicitHeight: 36
                    radius: 10
                    color: Theme.primary
                    Label {
                        anchors.centerIn: parent
                        text: "G"
                        color: Theme.textOnPrimary
                        font.bold: true
                        font.pixelSize: 20
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        text: qsTr("Gangwerk")
                        font.bold: true
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                    }
                    Label {
                        text: App.hours.projectName
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }

            Repeater {
                model: pages.children
                delegate: NavButton {
                    required property ShellPage modelData

                    objectName: "sideNav_" + modelData.name
                    visible: modelData.allowed
                    Layout.fillWidth: true
                    implicitHeight: 46
                    horizontal: true
                    glyph: modelData.glyph
                    text: modelData.label
                    selected: shell.currentPage === modelData.name
                    onClicked: shell.navigate(modelData.name)
                }
            }

            Item {
                Layout.fillHeight: true
            }

            SyncStatusLine {
                objectName: "sideSyncLine"
                Layout.fillWidth: true
                onClicked: shell.go("settings")
            }

            Label {
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                visible: App.demo
                text: qsTr("Demo: the data here is made up.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    StackLayout {
        id: pages
        anchors.left: sideNav.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: bottomNav.top
        currentIndex: shell.indexOf(shell.currentPage)

        // The pages, in the order the navigation shows them.
        ShellPage {
            name: "home"
            glyph: "⌂"
            label: qsTr("Home")
            barRank: 0
            HomePage {
                id: homePage
                anchors.fill: parent
                wide: shell.wide
                onLogRequested: shell.go("log")
                onHistoryRequested: shell.go("history")
                onResidentsRequested: shell.go("residents")
                onBehindRequested: {
                    shell.go("residents");
                    residentsPage.showBehind();
                }
                onSyncDetailsRequested: shell.go("settings")
            }
        }
        ShellPage {
            name: "log"
            glyph: "✚"
            label: qsTr("Log hours")
            barRank: 1
            replacedBy: "readAllHours"
            LogHoursPage {
                id: logPage
                anchors.fill: parent
                wide: shell.wide
                active: shell.currentPage === "log"
                onFinished: message => {
                    shell.go(shell.returnPage);
                    shell.showToast(message);
                }
                onCancelled: shell.go(shell.returnPage)
            }
        }
        ShellPage {
            name: "history"
            glyph: "☰"
            label: qsTr("History")
            barRank: 6
            replacedBy: "readAllHours"
            HistoryPage {
                id: historyPage
                anchors.fill: parent
                wide: shell.wide
                onCorrectionStarted: shell.go("log")
                onMessage: text => shell.showToast(text)
            }
        }
        ShellPage {
            name: "activities"
            glyph: "★"
            label: qsTr("Activities")
            barRank: 3
            ActivitiesPage {
                id: activitiesPage
                objectName: "activitiesPage"
                anchors.fill: parent
                wide: shell.wide
                onMessage: text => shell.showToast(text)
            }
        }
        ShellPage {
            name: "help"
            glyph: "♥"
            label: qsTr("Help")
            barRank: 4
            HelpBoardPage {
                id: helpPage
                objectName: "helpPage"
                anchors.fill: parent
                wide: shell.wide
                onMessage: text => shell.showToast(text)
            }
        }
        ShellPage {
            name: "signals"
            glyph: "✉"
            label: qsTr("Signals")
            // The beheerder handles signals: for her they have a place in the bar.
            barRank: App.context.can["triageSignal"] === true ? 2 : 5
            SignalsPage {
                id: signalsPage
                objectName: "signalsPage"
                anchors.fill: parent
                wide: shell.wide
                onMessage: text => shell.showToast(text)
            }
        }
        ShellPage {
            name: "residents"
            glyph: "☷"
            label: qsTr("Residents")
            barRank: 1
            needs: "readAllHours"
            ResidentsPage {
                id: residentsPage
                objectName: "residentsPage"
                anchors.fill: parent
                wide: shell.wide
                onMessage: text => shell.showToast(text)
            }
        }
        ShellPage {
            name: "settings"
            glyph: "⚙"
            label: qsTr("Settings")
            barRank: 7
            SettingsPage {
                anchors.fill: parent
                wide: shell.wide
            }
        }
    }

    // Phone: navigation bar at the bottom.
    Rectangle {
        id: bottomNav
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: shell.wide ? 0 : Math.max(68, navRow.implicitHeight + 13)
        visible: !shell.wide
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: 1
            color: Theme.border
        }

        // With larger text every word stays whole: when the places do not fit side by side, the
        // bar scrolls sideways and keeps the chosen one in view. At normal size they share the
        // width (NavButton).
        Flickable {
            id: navStrip
            objectName: "bottomNavStrip"
            anchors.fill: parent
            anchors.topMargin: 7
            anchors.leftMargin: 6
            anchors.rightMargin: 6
            anchors.bottomMargin: 6
            contentWidth: Theme.largeText ? Math.max(width, navRow.implicitWidth) : width
            contentHeight: height
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentWidth > width + 1
            clip: true

            function reveal(button: Item) {
                const most = Math.max(0, contentWidth - width);
                const want = button.x + button.width / 2 - width / 2;
                contentX = Math.max(0, Math.min(most, want));
            }

            ScrollIndicator.horizontal: ScrollIndicator {}

            RowLayout {
                id: navRow
                width: navStrip.contentWidth
                height: navStrip.height
                spacing: 4

                Repeater {
                    model: pages.children
                    delegate: BarButton {
                        required property ShellPage modelData

                        objectName: "bottomNav_" + modelData.name
                        strip: navStrip
                        visible: modelData.allowed && shell.onBar(modelData.name)
                        glyph: modelData.glyph
                        text: modelData.label
                        selected: shell.currentPage === modelData.name
                        onClicked: shell.navigate(modelData.name)
                    }
                }
                BarButton {
                    id: moreButton
                    objectName: "bottomNav_more"
                    strip: navStrip
                    visible: shell.hasMore
                    glyph: "⋯"
                    text: qsTr("More")
                    // One of the places under it is open.
                    selected: shell.moreSelected
                    Accessible.description: qsTr("Opens a list of the other screens")
                    onClicked: moreMenu.open()
                }
            }
        }

        // The places that have no room in the bar, above its "More", at the side one reads
        // from last (right, or left in a right-to-left language).
        Popup {
            id: moreMenu
            objectName: "moreMenu"
            width: Math.min(bottomNav.width - 16, Math.max(220, moreColumn.implicitWidth + leftPadding + rightPadding))
            x: App.rightToLeft ? 8 : bottomNav.width - width - 8
            y: -height - 8
            padding: 8
            // Modal while open: a tap outside closes it and does nothing else. Not once a place
            // is chosen from it: a tap while it fades (on the bar, say) goes where it was
            // aimed, not to the list that is going.
            property bool chosen: false
            modal: !chosen
            onAboutToShow: chosen = false
            dim: false
            focus: true
            closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
            enter: PopupIn {}
            exit: PopupOut {}
            onOpened: {
                for (let i = 0; i < moreEntries.count; ++i) {
                    const entry = moreEntries.itemAt(i);
                    if (entry && entry.visible) {
                        entry.forceActiveFocus(Qt.TabFocusReason);
                        return;
                    }
                }
            }
            onClosed: if (!shell.wide) moreButton.forceActiveFocus(Qt.OtherFocusReason)

            contentItem: ColumnLayout {
                id: moreColumn
                // A popup lives outside the window's mirrored items (and takes no mirroring
                // itself): its entries read right to left in Arabic from here.
                LayoutMirroring.enabled: App.rightToLeft
                LayoutMirroring.childrenInherit: true
                spacing: 4
                Accessible.role: Accessible.List
                Accessible.name: qsTr("More")

                Repeater {
                    id: moreEntries
                    model: pages.children
                    delegate: NavButton {
                        required property ShellPage modelData

                        objectName: "moreNav_" + modelData.name
                        visible: modelData.allowed && !shell.onBar(modelData.name)
                        Layout.fillWidth: true
                        implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
                        horizontal: true
                        glyph: modelData.glyph
                        text: modelData.label
                        selected: shell.currentPage === modelData.name
                        onClicked: {
                            moreMenu.chosen = true;
                            moreMenu.close();
                            shell.navigate(modelData.name);
                        }
                    }
                }
            }
        }
    }

    // A short message after saving, that goes away by itself.
    Rectangle {
        id: toastBox
        objectName: "toast"
        anchors.horizontalCenter: pages.horizontalCenter
        anchors.bottom: bottomNav.top
        anchors.bottomMargin: 16
        width: Math.min(pages.width - 32, toastLabel.implicitWidth + 40)
        // The wrapped label's height (the hidden one only measures the unwrapped width): a long
        // message on a phone takes three lines and its box grows with it.
        height: toast.implicitHeight + 24
        radius: 12
        color: Theme.primaryDark
        visible: opacity > 0
        opacity: toastTimer.running ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.duration(200) } }

        AlertText {
            id: toast
            objectName: "toastLabel"
            anchors.centerIn: parent
            width: parent.width - 40
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontBody
        }
        Label {
            id: toastLabel
            visible: false
            text: toast.text
            font.pixelSize: Theme.fontBody
        }
    }

    Timer {
        id: toastTimer
        interval: 4000
    }
}
