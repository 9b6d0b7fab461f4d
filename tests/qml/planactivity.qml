import QtQuick
import QtQuick.Controls
import QtTest
import Gangwerk.Ui
import Gangwerk.Activities

// Planning through the real screens as a gangmaker (run by tst_planning, not tst_qml: its
// member is a gangmaker of "Noord"): the empty programme invites to plan the first one, a bad
// field shows core's message under it with the focus on it and stores nothing, a valid
// activity appears in the programme, and it can be changed from its page; a weekly series is
// planned (its last day chosen in the calendar) and shows each date in the programme, and a
// later date is changed together with the dates after it.
Item {
    id: root
    width: 420
    height: 900

    ActivitiesPage {
        id: page
        anchors.fill: parent
        wide: false
    }

    SignalSpy {
        id: messages
        target: page
        signalName: "message"
    }

    TestCase {
        name: "PlanActivity"
        when: windowShown

        function control(name) {
            const item = findChild(page, name);
            verify(item, "control " + name + " exists");
            return item;
        }

        // Scrolls the form until @p item is on screen, as a user would, then clicks it.
        function clickInForm(name) {
            const item = control(name);
            const flick = control("activityFormPage").contentItem;
            tryVerify(() => {
                const y = item.mapToItem(flick.contentItem, 0, 0).y;
                flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, y - flick.height / 2));
                const onScreen = item.mapToItem(root, 0, 0).y;
                return onScreen >= 0 && onScreen + item.height <= root.height;
            }, 2000, name + " can be scrolled into view");
            mouseClick(item);
        }

        function typeText(text) {
            for (const c of text)
                keyClick(c);
        }

        function test_01_emptyProgrammeInvitesToPlan() {
            compare(App.programme.count, 0);
            const first = control("planFirstButton");
            verify(first.visible);
            verify(control("planActivityButton").visible);
            mouseClick(first);
            verify(control("activityFormPage").visible);
            tryVerify(() => control("activityTitleField").activeFocus);
        }

        function test_02_badFieldShowsItsMessage() {
            verify(control("activityFormPage").visible);
            compare(control("titleError").visible, false);
            // A place, but no name.
            const place = control("placeBox");
            place.forceActiveFocus();
            keyClick(Qt.Key_Down);
            compare(App.activityForm.placeIndex, 0);
            clickInForm("activityFormSave");
            const message = control("titleError");
            verify(message.visible);
            compare(message.text, App.activityForm.titleError);
            verify(message.text.length > 0);
            // Under its field, and the focus went there.
            const field = control("activityTitleField");
            tryVerify(() => message.mapToItem(root, 0, 0).y >= field.mapToItem(root, 0, field.height).y,
                      5000, "the message is under its field");
            tryVerify(() => field.activeFocus);
            compare(control("placeError").visible, false);
            compare(App.programme.count, 0);
            verify(control("activityFormPage").visible);
        }

        function test_03_validActivityAppearsInTheProgramme() {
            const field = control("activityTitleField");
            field.forceActiveFocus();
            typeText("Koken");
            compare(App.activityForm.title, "Koken");
            // The message follows the input.
            compare(control("titleError").visible, false);
            clickInForm("activityFormSave");
            tryCompare(messages, "count", 1);
            compare(control("activityFormPage").visible, false);
            compare(App.programme.count, 1);
            compare(App.programme.rowAt(0).title, "Koken");
            // Its page is open, with "Change" for its organiser.
            const detail = control("activityDetail");
            verify(detail.visible);
            compare(findChild(control("activityDetail"), "activityTitle").text, "Koken");
        }

        function test_04_changeIt() {
            // The phone's page of the activity (the desktop's side page is hidden).
            const change = findChild(control("activityDetail"), "changeActivityButton");
            verify(change.visible);
            mouseClick(change);
            verify(control("activityFormPage").visible);
            compare(control("activityTitleField").text, "Koken");
            verify(App.activityForm.editingId !== "");
            // The corridor stays as planned.
            compare(control("forGang").enabled, false);
            const field = control("activityTitleField");
            field.forceActiveFocus();
            field.selectAll();
            typeText("Samen koken");
            compare(App.activityForm.title, "Samen koken");
            clickInForm("activityFormSave");
            tryCompare(messages, "count", 2);
            compare(App.programme.count, 1);
            compare(App.programme.rowAt(0).title, "Samen koken");
            compare(findChild(control("activityDetail"), "activityTitle").text, "Samen koken");
        }

        // A second activity in the same room at the same time: the clash is named.
        function test_05_roomClashIsNamed() {
            findChild(control("activityDetail"), "activityBack").clicked();
            mouseClick(control("planActivityButton"));
            verify(control("activityFormPage").visible);
            control("activityTitleField").forceActiveFocus();
            typeText("Filmavond");
            control("placeBox").forceActiveFocus();
            keyClick(Qt.Key_Down);
            clickInForm("activityFormSave");
            const clash = control("clashError");
            verify(clash.visible);
            verify(clash.text.indexOf("Samen koken") >= 0, clash.text);
            compare(App.programme.count, 1);
            // One hour later it fits.
            control("startTimeHours").forceActiveFocus();
            keyClick(Qt.Key_Up);
            keyClick(Qt.Key_Up);
            compare(App.activityForm.startMinutes, 21 * 60);
            compare(clash.visible, false);
            clickInForm("activityFormSave");
            tryCompare(messages, "count", 3);
            compare(App.programme.count, 2);
        }

        // The programme's rows titled @p title, in order.
        function rowsTitled(title) {
            const out = [];
            for (let i = 0; i < App.programme.count; ++i) {
                const row = App.programme.rowAt(i);
                if (row.title === title)
                    out.push(row);
            }
            return out;
        }

        function dayHasFocus(picker, iso) {
            const cells = findChild(picker, "dayPickerGrid").children;
            for (let i = 0; i < cells.length; ++i)
                if (cells[i].objectName === "day-" + iso)
                    return cells[i].activeFocus;
            return false;
        }

        // Every Monday in the central hall, until a week before the last day offered.
        function test_06_weeklySeriesAppearsWithItsDates() {
            findChild(control("activityDetail"), "activityBack").clicked();
            mouseClick(control("planActivityButton"));
            verify(control("activityFormPage").visible);
            compare(control("seriesChoice").visible, false);
            control("activityTitleField").forceActiveFocus();
            typeText("Taalcafe");
            const place = control("placeBox");
            place.forceActiveFocus();
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Down);
            compare(App.activityForm.placeIndex, 1);
            // Not repeating yet: no last day, no series in words.
            compare(control("repeatUntilButton").visible, false);
            compare(control("repeatPreview").visible, false);
            const repeat = control("repeatBox");
            repeat.forceActiveFocus();
            keyClick(Qt.Key_Down);
            compare(App.activityForm.repeat, "weekly");
            compare(repeat.currentIndex, 1);
            // Tomorrow, Monday 16 November, and 8 weeks on.
            compare(App.activityForm.dayIso, "2026-11-16");
            compare(App.activityForm.repeatUntilIso, "2027-01-11");
            // A week earlier, in the calendar.
            clickInForm("repeatUntilButton");
            const picker = control("repeatUntilPicker");
            // The calendar gives its day the focus once open; the keys go there.
            tryVerify(() => picker.opened && dayHasFocus(picker, "2027-01-11"), 5000,
                      "the last day has the focus in the calendar");
            keyClick(Qt.Key_Up);
            tryVerify(() => dayHasFocus(picker, "2027-01-04"), 5000, "a week earlier has the focus");
            keyClick(Qt.Key_Return);
            tryVerify(() => !picker.visible);
            compare(App.activityForm.repeatUntilIso, "2027-01-04");
            tryVerify(() => control("repeatUntilButton").activeFocus);
            const preview = control("repeatPreview");
            verify(preview.visible);
            compare(preview.text, App.activityForm.repeatPreview);
            verify(preview.text.indexOf("8") >= 0, preview.text);
            clickInForm("activityFormSave");
            tryCompare(messages, "count", 4);
            compare(control("activityFormPage").visible, false);
            // Eight Mondays in the programme, each at the same time, each a date of the series.
            const dates = rowsTitled("Taalcafe");
            compare(dates.length, 8);
            compare(App.programme.count, 2 + 8);
            const days = {};
            for (const row of dates) {
                verify(row.inSeries);
                verify(row.repeat !== "");
                compare(row.time, dates[0].time);
                days[row.day] = true;
            }
            compare(Object.keys(days).length, 8);
        }

        // From the third Monday on: a new name and an hour later; the first two stay.
        function test_07_changeThisAndLaterDates() {
            const third = rowsTitled("Taalcafe")[2].activityId;
            findChild(control("activityDetail"), "activityBack").clicked();
            page.selectedId = third;
            const change = findChild(control("activityDetail"), "changeActivityButton");
            tryVerify(() => change.visible);
            mouseClick(change);
            verify(control("activityFormPage").visible);
            compare(App.activityForm.editingId, third);
            // A date of a series: only this date unless asked, its rule kept.
            verify(control("seriesChoice").visible);
            verify(control("changeOnlyThisDate").checked);
            compare(control("repeatBox").enabled, false);
            compare(control("repeatUntilButton").enabled, false);
            mouseClick(control("changeThisAndLater"));
            verify(App.activityForm.thisAndLater);
            verify(control("repeatBox").enabled);
            const field = control("activityTitleField");
            field.forceActiveFocus();
            field.selectAll();
            typeText("Taalcafe plus");
            control("startTimeHours").forceActiveFocus();
            keyClick(Qt.Key_Up);
            compare(App.activityForm.startMinutes, 20 * 60);
            clickInForm("activityFormSave");
            tryCompare(messages, "count", 5);
            compare(rowsTitled("Taalcafe").length, 2);
            const later = rowsTitled("Taalcafe plus");
            compare(later.length, 6);
            compare(later[0].activityId, third);
            for (const row of later)
                verify(row.time !== rowsTitled("Taalcafe")[0].time, row.time);
            compare(App.programme.count, 2 + 8);
        }
    }
}
