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
            verify(!control("dayBox").highlighted, "the calendar button is not the chosen day");
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

        function dayCell(picker, iso) {
            const cells = findChild(picker, "dayPickerGrid").children;
            for (let i = 0; i < cells.length; ++i) {
                if (cells[i].objectName === "day-" + iso)
                    return cells[i];
            }
            return null;
        }

        // An older day on the calendar, with the keyboard as with the mouse: it opens on the
        // chosen day, moves by day and week, stops at the backdating limit and at today.
        function test_02c_olderDayOnTheCalendar() {
            const picker = control("dayPicker");
            const today = App.form.isoDaysBack(0);
            const first = App.form.isoDaysBack(App.form.maxDaysBack);
            mouseClick(control("dayBox"));
            tryCompare(picker, "opened", true);
            compare(picker.cursor, today);
            tryVerify(() => dayCell(picker, today)?.activeFocus === true, 1000, "today has the focus");
            verify(!findChild(picker, "dayPickerNext").enabled, "no month after today's");
            verify(dayCell(picker, today).Accessible.name.length > 6, "a day is read with its date");

            // Tomorrow is greyed when it is in this month; the arrows never go past today.
            const tomorrow = picker.addDays(today, 1);
            if (dayCell(picker, tomorrow)?.inMonth)
                verify(!dayCell(picker, tomorrow).enabled, "a future day cannot be chosen");
            keyClick(Qt.Key_Right);
            compare(picker.cursor, today);

            // A week and three days back: Up, then Left three times, then Enter.
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            compare(picker.cursor, App.form.isoDaysBack(10));
            tryVerify(() => dayCell(picker, picker.cursor)?.activeFocus === true, 1000,
                      "the focus follows the keys, also into another month");
            keyClick(Qt.Key_Return);
            tryCompare(picker, "visible", false);
            compare(App.form.daysBack, 10);
            compare(App.form.dayIso, App.form.isoDaysBack(10));
            verify(control("dayBox").highlighted, "the chosen older day shows on its button");
            verify(control("dayBox").text.indexOf(App.form.dayLabel(10)) >= 0, control("dayBox").text);
            verify(!control("dayQuick0").highlighted);

            // Home goes to the oldest day that may still be logged; nothing before it.
            mouseClick(control("dayBox"));
            tryCompare(picker, "opened", true);
            compare(picker.cursor, App.form.isoDaysBack(10), "opens on the chosen day");
            keyClick(Qt.Key_Home);
            compare(picker.cursor, first);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_PageUp);
            compare(picker.cursor, first);
            verify(!findChild(picker, "dayPickerPrevious").enabled, "no month before the limit");
            const before = picker.addDays(first, -1);
            if (dayCell(picker, before)?.inMonth)
                verify(!dayCell(picker, before).enabled, "a day past the limit cannot be chosen");

            // A tap chooses too; Escape changes nothing.
            mouseClick(dayCell(picker, first));
            tryCompare(picker, "visible", false);
            compare(App.form.daysBack, App.form.maxDaysBack);
            mouseClick(control("dayBox"));
            tryCompare(picker, "opened", true);
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Escape);
            tryCompare(picker, "visible", false);
            compare(App.form.daysBack, App.form.maxDaysBack);

            // The oldest day the calendar offers is one the rules accept.
            const count = App.history.count;
            clickSave();
            tryCompare(finishedSpy, "count", 1);
            compare(App.history.count, count + 1);
            compare(App.form.daysBack, 0, "the next entry starts on today again");
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

        // A keyboard user gets out of the note again: Tab goes on to Cancel, Shift+Tab back,
        // and neither writes a tab into the note.
        function test_04b_tabLeavesTheNote() {
            const note = control("noteArea");
            note.text = "boodschappen";
            note.forceActiveFocus();
            keyClick(Qt.Key_Tab);
            verify(control("cancelButton").activeFocus, "Tab goes on to Cancel");
            keyClick(Qt.Key_Backtab);
            verify(note.activeFocus, "Shift+Tab comes back to the note");
            compare(note.text, "boodschappen");
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
