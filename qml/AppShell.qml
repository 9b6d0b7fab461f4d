pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk

// The app once the store is open: navigation (a bar at the bottom on a phone, a column at the
// side on a wide window) and the four screens.
Item {
    id: shell

    enum Page { Home, Log, History, Settings, Residents }

    readonly property bool wide: width >= Theme.wideBreakpoint
    property int currentPage: AppShell.Page.Home
    // Where "Save" or "Cancel" on the log form goes back to.
    property int returnPage: AppShell.Page.Home

    function go(page: int) {
        if (page === AppShell.Page.Log && currentPage !== AppShell.Page.Log)
            returnPage = currentPage;
        currentPage = page;
    }

    function showPage(name: string) {
        const pages = {
            "home": AppShell.Page.Home,
            "log": AppShell.Page.Log,
            "history": AppShell.Page.History,
            "settings": AppShell.Page.Settings,
            "residents": AppShell.Page.Residents
        };
        if (name in pages)
            go(pages[name]);
        if (name === "home")
            homePage.scrollToTop();
        if (name === "history")
            historyPage.scrollToTop();
        if (name === "residents")
            residentsPage.scrollToTop();
        if (name === "pause") {
            go(AppShell.Page.Residents);
            residentsPage.openPause(0);
        }
        if (name === "chart") {
            go(AppShell.Page.Home);
            homePage.showChart();
        }
    }

    function showToast(message: string) {
        toast.text = message;
        toastTimer.restart();
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ListModel {
        id: navModel
        // page: the AppShell.Page it opens; needs: the permission (core/permissions.cpp) a
        // member must have for it to show, "" for everyone.
        ListElement { glyph: "⌂"; label: QT_TR_NOOP("Home"); page: 0; needs: "" }
        ListElement { glyph: "✚"; label: QT_TR_NOOP("Log hours"); page: 1; needs: "" }
        ListElement { glyph: "☰"; label: QT_TR_NOOP("History"); page: 2; needs: "" }
        ListElement { glyph: "☷"; label: QT_TR_NOOP("Residents"); page: 4; needs: "readAllHours" }
        ListElement { glyph: "⚙"; label: QT_TR_NOOP("Settings"); page: 3; needs: "" }
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
                model: navModel
                delegate: NavButton {
                    required glyph
                    required property string label
                    required property int page
                    required property string needs

                    objectName: "sideNav" + page
                    visible: needs === "" || App.context.can[needs] === true
                    Layout.fillWidth: true
                    implicitHeight: 46
                    horizontal: true
                    text: qsTr(label)
                    selected: shell.currentPage === page
                    onClicked: shell.go(page)
                }
            }

            Item {
                Layout.fillHeight: true
            }

            SyncStatusLine {
                objectName: "sideSyncLine"
                Layout.fillWidth: true
                onClicked: shell.go(AppShell.Page.Settings)
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
        currentIndex: shell.currentPage

        HomePage {
            id: homePage
            wide: shell.wide
            onLogRequested: shell.go(AppShell.Page.Log)
            onHistoryRequested: shell.go(AppShell.Page.History)
            onResidentsRequested: shell.go(AppShell.Page.Residents)
            onSyncDetailsRequested: shell.go(AppShell.Page.Settings)
        }
        LogHoursPage {
            id: logPage
            wide: shell.wide
            active: shell.currentPage === AppShell.Page.Log
            onFinished: message => {
                shell.go(shell.returnPage);
                shell.showToast(message);
            }
            onCancelled: shell.go(shell.returnPage)
        }
        HistoryPage {
            id: historyPage
            wide: shell.wide
            onCorrectionStarted: shell.go(AppShell.Page.Log)
            onMessage: text => shell.showToast(text)
        }
        SettingsPage {
            wide: shell.wide
        }
        ResidentsPage {
            id: residentsPage
            objectName: "residentsPage"
            wide: shell.wide
            onMessage: text => shell.showToast(text)
        }
    }

    // Phone: navigation bar at the bottom.
    Rectangle {
        id: bottomNav
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: shell.wide ? 0 : 68
        visible: !shell.wide
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: 1
            color: Theme.border
        }

        RowLayout {
            anchors.fill: parent
            anchors.margins: 6
            spacing: 4

            Repeater {
                model: navModel
                delegate: NavButton {
                    required glyph
                    required property string label
                    required property int page
                    required property string needs

                    objectName: "bottomNav" + page
                    visible: needs === "" || App.context.can[needs] === true
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    text: qsTr(label)
                    selected: shell.currentPage === page
                    onClicked: shell.go(page)
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
        height: toastLabel.implicitHeight + 24
        radius: 12
        color: Theme.primaryDark
        visible: opacity > 0
        opacity: toastTimer.running ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: 200 } }

        Label {
            id: toast
            objectName: "toastLabel"
            anchors.centerIn: parent
            width: parent.width - 40
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
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
