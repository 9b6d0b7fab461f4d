pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import Gangwerk
import Gangwerk.Ui

// The window. Which screen shows follows App.state: unlocking, asking for a passphrase,
// an error in plain words, the enrol screen (first run), or the app itself.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 340
    minimumHeight: 520
    visible: true
    title: qsTr("Gangwerk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    // Words as written, on every button too: Material writes a flat button's word in capitals
    // ("SEND", "ВІДКЛИКАТИ"), which is harder to read, and more so for a new reader.
    font.capitalization: Font.MixedCase

    readonly property bool appVisible: App.state === App.Ready && App.hours.ready

    // For the render test and future deep links: "home", "log", "history", "settings",
    // "residents" (beheerder), "chart", "pause" (the pause dialog for the first resident),
    // "resident" (the first resident's page).
    function showPage(name: string) {
        shell.showPage(name);
    }

    // The page the app shows now (a refused showPage leaves it where it was).
    function currentPage(): string {
        return shell.currentPage;
    }

    // Less movement: Material's press ripple is not drawn (see qml/ui/stillripples.h).
    StillRipples {
        active: Theme.reduceMotion
    }

    Item {
        id: root
        anchors.fill: parent

        // One switch mirrors everything below it for right-to-left languages.
        LayoutMirroring.enabled: App.rightToLeft
        LayoutMirroring.childrenInherit: true

        AppShell {
            id: shell
            anchors.fill: parent
            visible: window.appVisible && !App.askLanguage
            enabled: visible
        }

        MessagePage {
            anchors.fill: parent
            visible: App.state === App.Unlocking
            busy: true
            title: qsTr("Opening your data…")
            body: qsTr("Gangwerk keeps your hours safe and encrypted on this device.")
        }

        UnlockPage {
            anchors.fill: parent
            visible: App.state === App.NeedPassphrase && !App.askLanguage
            enabled: visible
        }

        MessagePage {
            anchors.fill: parent
            visible: App.state === App.Failed
            glyph: "!"
            title: qsTr("Gangwerk cannot open your data")
            body: App.errorText
            hint: qsTr("Nothing was changed or deleted. If this keeps happening, ask your beheerder for help.")
        }

        // Not connected to a housing project yet: enrol with the beheerder's invite code.
        EnrolPage {
            id: enrolPage
            objectName: "enrolPage"
            anchors.fill: parent
            visible: App.state === App.Ready && !App.hours.ready && !intro.visible && !App.askLanguage
            enabled: visible
        }

        // First start, before connecting: what counts, in the language just chosen.
        IntroPage {
            id: intro
            objectName: "introPage"
            anchors.fill: parent
            visible: App.introPending && App.state === App.Ready && !App.hours.ready && !App.askLanguage
            enabled: visible
        }

        // Keyboard focus, one way on every button: an orange ring around it, clear on a filled
        // button too (Material's own focus shade is barely visible there). Follows the button
        // when the screen scrolls.
        Rectangle {
            id: focusRing
            objectName: "focusRing"

            property T.AbstractButton target: null
            // Not around a button that is hidden (a closed form keeps its focus until
            // something else takes it).
            readonly property bool shows: target !== null && target.visualFocus && target.visible

            function follow() {
                if (!shows || !target)
                    return;
                const p = target.mapToItem(root, 0, 0);
                x = p.x - 3;
                y = p.y - 3;
                width = target.width + 6;
                height = target.height + 6;
            }

            visible: shows
            z: 1000
            color: "transparent"
            radius: 8
            border.width: 3
            border.color: Theme.focus
            onShowsChanged: follow()
            onTargetChanged: follow()
            Connections {
                target: window
                function onActiveFocusItemChanged() {
                    focusRing.target = window.activeFocusItem as T.AbstractButton;
                    // Once laid out (the focus may move while a screen is being shown).
                    Qt.callLater(focusRing.reveal, window.activeFocusItem);
                }
            }

            // Tab may reach a control below the fold (a phone's screens and lists scroll): the
            // screen scrolls it into view, as a sighted keyboard user and a screen reader's
            // "showing" expect.
            function reveal(item: Item) {
                // Only where the keyboard took the focus (a control focused by a tap or by the
                // app itself is where the reader already is).
                if (!item || item !== window.activeFocusItem || item.visualFocus === false)
                    return;
                for (let p = item.parent; p; p = p.parent) {
                    const flick = p as Flickable;
                    if (!flick || flick.contentHeight <= flick.height + 1)
                        continue;
                    if (!flick.visible || flick.height <= 0)
                        return;
                    Theme.scrollTo(flick, item);
                    return;
                }
            }
            Connections {
                target: window
                enabled: focusRing.shows
                function onFrameSwapped() {
                    focusRing.follow();
                }
            }
        }

        // The very first screen, over everything: the language.
        LanguagePage {
            objectName: "languagePage"
            anchors.fill: parent
            visible: App.askLanguage
            enabled: visible
        }
    }
}
