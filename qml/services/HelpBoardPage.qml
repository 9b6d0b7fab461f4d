pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui
import Gangwerk.Services

// The Help board (buurtdiensten): small help neighbours ask and offer. "For me": what one may
// take up; "Mine": what one asked or offered; "I help": what one took. The beheerder also has
// "Overview": open requests (the ones nobody took for two days first), with the neighbours
// whose talents fit, and what waits for a decision. A phone shows the list or one post; a
// desktop shows the chosen post beside the list. "Ask or offer help" opens the form.
Item {
    id: page

    property bool wide: false
    readonly property ServicePostModel board: App.helpBoard
    readonly property bool mayOverview: App.context.can["suggestServiceHelper"] === true
    // Gangmakers and the beheerder see which requests nobody took.
    readonly property bool seesFlags: App.context.role !== "RESIDENT" && App.context.role !== ""
    property string selectedId
    property bool posting: false
    readonly property var filters: page.mayOverview ? ["forMe", "mine", "iHelp", "overview"]
                                                    : ["forMe", "mine", "iHelp"]

    signal message(string text)

    function showList() {
        page.posting = false;
        page.selectedId = "";
        tabs.currentIndex = 0;
    }

    function open(postId: string) {
        page.posting = false;
        page.selectedId = postId;
    }

    Component.onCompleted: page.board.reload()
    onPostingChanged: {
        if (!page.posting)
            page.forceActiveFocus();
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 16
        spacing: 12
        visible: !page.posting && (page.wide || page.selectedId === "")

        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            // ("Попросити або запропонувати допомогу" beside the title left it a word a line.)
            columns: Theme.titleAndButtonColumns(page.wide, askButton.naturalWidth)
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            PageHeading {
                Layout.fillWidth: true
                title: qsTr("Help each other")
                subtitle: qsTr("Small help between neighbours: groceries, a chat, a form.")
            }
            WrapButton {
                id: askButton
                objectName: "askOrOfferButton"
                Layout.maximumWidth: Theme.room(page.width - 32)
                text: qsTr("Ask or offer help")
                highlighted: true
                Layout.minimumHeight: 48
                visible: App.context.can["postServiceRequest"] === true
                onClicked: {
                    formPage.start();
                    page.posting = true;
                }
            }
        }

        TabBar {
            id: tabs
            objectName: "helpTabs"
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? Math.min(620, parent.width * 0.6) : -1
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Accessible.name: qsTr("Which requests and offers")
            onCurrentIndexChanged: {
                page.board.filter = page.filters[currentIndex] ?? "forMe";
                page.selectedId = "";
            }
            PageTab {
                objectName: "tabForMe"
                text: qsTr("For me")
            }
            PageTab {
                objectName: "tabMyPosts"
                text: qsTr("Mine")
            }
            PageTab {
                objectName: "tabIHelp"
                text: qsTr("I help")
            }
            PageTab {
                objectName: "tabOverview"
                text: qsTr("Overview")
                visible: page.mayOverview
                width: visible ? implicitWidth : 0
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ListView {
                id: list
                objectName: "helpList"
                Layout.fillHeight: true
                Layout.preferredWidth: page.wide ? Math.min(460, page.width * 0.42) : page.width
                Layout.fillWidth: !page.wide
                clip: true
                spacing: 10
                leftMargin: 16
                rightMargin: page.wide ? 8 : 16
                bottomMargin: 16
                model: page.board
                Accessible.name: tabs.currentItem ? (tabs.currentItem as TabButton).text : ""
                delegate: ServiceCard {
                    width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                    selected: page.selectedId === postId
                    showFlag: page.seesFlags
                    onClicked: page.open(postId)
                }

                Label {
                    anchors.fill: parent
                    anchors.margins: 24
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignTop
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    text: page.board.filter === "mine"
                          ? qsTr("You have not asked or offered anything yet. Neighbours like to help: ask for what you need.")
                          : page.board.filter === "iHelp"
                            ? qsTr("You do not help with anything yet. Look under \"For me\".")
                            : page.board.filter === "overview"
                              ? qsTr("No open requests. Nothing waits for you.")
                              : qsTr("Nobody asks or offers anything right now.")
                }
            }

            ServiceDetail {
                id: wideDetail
                objectName: "serviceDetailWide"
                visible: page.wide
                Layout.fillWidth: true
                Layout.fillHeight: true
                postId: page.wide ? page.selectedId : ""
                onMessage: text => page.message(text)
            }
        }
    }

    // Phone: one post at a time.
    ServiceDetail {
        id: phoneDetail
        objectName: "serviceDetail"
        anchors.fill: parent
        visible: !page.wide && !page.posting && page.selectedId !== ""
        postId: page.wide ? "" : page.selectedId
        showBack: true
        onClosed: page.selectedId = ""
        onMessage: text => page.message(text)
    }

    ServiceFormPage {
        id: formPage
        objectName: "serviceForm"
        anchors.fill: parent
        visible: page.posting
        wide: page.wide
        onCancelled: page.posting = false
        onPosted: (postId, text) => {
            page.posting = false;
            tabs.currentIndex = 1;
            page.selectedId = postId;
            page.message(text);
        }
    }
}
