import QtQuick
import QtQuick.Controls
import QtTest
import Gangwerk.Ui
import Gangwerk.Hours

// Logging through the real form: valid input changes Home's total and the history; invalid
// input shows its message beside the field and stores nothing.
Item {
    id: root
    width: 420
    height: 900

    HomePage {
        id: home
        anchors.fill: parent
        visible: false
    }

    LogHoursPage {
        id: logPage
        anchors.fill: parent
    }

    SignalSpy {
        id: finishedSpy
        target: logPage
        signalName: "finished"
    }

    TestCase {
        name: "LogHours"
        when: windowShown

        function control(name) {
            const item = findChild(logPage, name);
            verify(item, "control " + name + " exists");
            return item;
        }

        function homeText(name) {
            const item = findChild(home, name);
            verify(item, "home label " + name + " exists");
            return item.text;
        }

        function yOf(item) {
            return item.mapToItem(logPage, 0, 0).y;
        }

        function clickSave() {
            const save = control("saveButton");
            // The form scrolls on a small window: scroll the button into view, then click
            // where it is, as a user would.
            const flick = logPage.contentItem;
            tryVerify(() => {
                const y = save.mapToItem(flick.contentItem, 0, 0).y;
                flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, y - flick.height / 2));
                const onScreen = save.mapToItem(root, 0, 0).y;
                return onScreen >= 0 && onScreen + save.height <= root.height;
            }, 2000, "the save button can be scrolled into view");
            mouseClick(save);
        }

        function init() {
            App.form.clear();
            finishedSpy.clear();
        }

        function test_01_startsEmpty() {
            compare(App.hours.doneMinutes, 0);
            compare(App.history.count, 0);
            compare(homeText("doneValue"), App.hours.formatMinutes(0));
        }

        function test_02_validEntryChangesTotalAndHistory() {
            const hoursBox = control("hoursBox");
            const minutesBox = control("minutesBox");
            compare(hoursBox.value, 1);
            compare(minutesBox.value, 0);

            // One hour up and two 5-minute steps up, with the keyboard: 2 h 10 min.
            hoursBox.forceActiveFocus();
            keyClick(Qt.Key_Up);
            minutesBox.forceActiveFocus();
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            compare(App.form.minutes, 130);

            mouseClick(control("category2"));
            compare(App.form.category, App.hours.categories[2]);
            verify(control("category2").highlighted);
            verify(!control("category0").highlighted);

            const note = control("noteArea");
            note.forceActiveFocus();
            keyClick(Qt.Key_H);
            keyClick(Qt.Key_I);
            compare(App.form.note, "hi");

            clickSave();
            tryCompare(finishedSpy, "count", 1);
            compare(App.hours.doneMinutes, 130);
            compare(App.history.count, 1);
            compare(homeText("doneValue"), App.hours.formatMinutes(130));
            compare(homeText("remainingValue"), App.hours.formatMinutes(600 - 130));
            // The form is empty again for the next entry.
            compare(control("noteArea").text, "");
            compare(control("hoursBox").value, 1);
        }

        // One tap for the usual: yesterday, 30 minutes. The precise fields follow the tap,
        // and typing in them un-highlights the quick choice.
        function test_02b_quickDayAndDuration() {
            const before = App.hours.doneMinutes;
            mouseClick(control("dayQuick1"));
            compare(App.form.daysBack, 1);
            verify(control("dayQuick1").highlighted);
            verify(!control("dayQuick0").highlighted);
            compare(control("dayBox").currentIndex, 1);
            mouseClick(control("quick30"));
            compare(App.form.minutes, 30);
            verify(control("quick30").highlighted);
            verify(!control("quick60").highlighted);
            compare(control("hoursBox").value, 0);
            compare(control("minutesBox").value, 30);
            compare(control("quick120").text, App.hours.formatMinutes(120));
            const minutesBox = control("minutesBox");
            minutesBox.forceActiveFocus();
            keyClick(Qt.Key_Up);
            compare(App.form.minutes, 35);
            verify(!control("quick30").highlighted);
            mouseClick(control("quick30"));
            clickSave();
            tryCompare(finishedSpy, "count", 1);
            compare(App.hours.doneMinutes, before + 30);
        }

        function test_03_tooFewMinutesShowsMessageAndStoresNothing() {
            const before = App.hours.doneMinutes;
            const count = App.history.count;
            const hoursBox = control("hoursBox");
            hoursBox.forceActiveFocus();
            keyClick(Qt.Key_Down);
            compare(App.form.minutes, 0);

            const message = control("minutesError");
            verify(!message.visible, "no message before the first try");
            clickSave();
            compare(finishedSpy.count, 0);
            verify(message.visible, "the minutes message shows");
            verify(message.text.length > 0);
            compare(message.text, App.form.minutesError);
            // Beside the field: right under the duration, above the category.
            // (Layouts place the message when they next polish.)
            const categoryBox = control("categoryBox");
            tryVerify(() => yOf(message) > yOf(hoursBox) + hoursBox.height / 2, 1000,
                      "message is under the duration");
            tryVerify(() => yOf(message) + message.height <= yOf(categoryBox), 1000,
                      "message is above the next field");
            compare(control("noteError").visible, false);

            compare(App.hours.doneMinutes, before);
            compare(App.history.count, count);
            compare(homeText("doneValue"), App.hours.formatMinutes(before));

            // Fixing the field clears its message.
            hoursBox.forceActiveFocus();
            keyClick(Qt.Key_Up);
            tryCompare(message, "visible", false);
        }

        function test_04_tooLongNoteShowsMessageAndStoresNothing() {
            const before = App.hours.doneMinutes;
            const count = App.history.count;
            const note = control("noteArea");
            note.text = "x".repeat(501);
            compare(control("noteCounter").text.indexOf("501"), 0);

            clickSave();
            compare(finishedSpy.count, 0);
            const message = control("noteError");
            verify(message.visible, "the note message shows");
            compare(message.text, App.form.noteError);
            tryVerify(() => yOf(message) >= yOf(note) + note.height, 1000,
                      "message is under the note");
            compare(control("minutesError").visible, false);

            compare(App.hours.doneMinutes, before);
            compare(App.history.count, count);
            compare(homeText("doneValue"), App.hours.formatMinutes(before));
        }

        function test_05_enterSaves() {
            const before = App.hours.doneMinutes;
            control("saveButton").forceActiveFocus();
            keyClick(Qt.Key_Return);
            tryCompare(finishedSpy, "count", 1);
            compare(App.hours.doneMinutes, before + 60);
        }
    }
}
