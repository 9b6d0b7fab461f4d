pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gangwerk.Ui

// A month calendar in a dialog, for choosing one day between `first` and `last` (ISO dates,
// "2026-11-16"). Days outside that range are greyed and cannot be chosen. Keyboard: the arrow
// keys move a day (mirrored right to left) and a week, Page Up/Down a month, Home/End the
// first and last day that can be chosen; Enter or Space chooses. The focused day is what a
// screen reader reads, with its full date.
AppDialog {
    id: picker

    property string first
    property string last
    property string chosen
    // Marked in the calendar (the project's today, not the device's).
    property string today
    // The day with the keyboard focus; its month is the month shown.
    property string cursor
    readonly property int shownYear: parts(cursor).y
    readonly property int shownMonth: parts(cursor).m
    readonly property bool rightToLeft: App.rightToLeft

    // The language's locale: week start, day and month names, digits.
    readonly property var dayLocale: localeFor(App.language)

    signal picked(string day)

    // One day on the grid: its number, greyed outside the range, filled when chosen, ringed
    // when it has the focus, read with its full date.
    component DayCell: AbstractButton {
        id: cell

        property string date
        readonly property bool inMonth: picker.parts(date).m === picker.shownMonth
        readonly property bool isChosen: date === picker.chosen
        readonly property bool isToday: date === picker.today

        objectName: "day-" + date
        width: grid.width / 7
        height: 44
        opacity: inMonth ? 1 : 0
        enabled: inMonth && date >= picker.first && date <= picker.last
        focusPolicy: Qt.NoFocus
        // Written as the dates elsewhere in the app are (Arabic digits in Arabic).
        text: picker.dayNumber(date, picker.dayLocale)
        Accessible.ignored: !inMonth
        Accessible.role: Accessible.Button
        Accessible.name: picker.longDate(date, picker.dayLocale) + (isToday ? ", " + qsTr("today") : "")
        Accessible.checkable: true
        Accessible.checked: isChosen
        onClicked: picker.choose(date)

        background: Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width, parent.height) - 4
            height: width
            radius: width / 2
            color: cell.isChosen ? Theme.primary : cell.down ? Theme.primarySoft : "transparent"
            border.width: cell.activeFocus ? 3 : cell.isToday ? 1 : 0
            border.color: cell.activeFocus ? Theme.focus : Theme.primary
        }
        contentItem: Label {
            text: cell.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.bold: cell.isToday || cell.isChosen
            color: cell.isChosen ? Theme.textOnPrimary : cell.enabled ? Theme.text : Theme.textMuted
            opacity: cell.enabled ? 1 : 0.6
        }
    }

    function pad(n: int): string {
        return n < 10 ? "0" + n : "" + n;
    }
    // The ISO date of year, month (0-11) and day; days and months outside their range roll
    // over, so that iso(2026, 10, 31) is "2026-12-01".
    function iso(y: int, m: int, d: int): string {
        const date = new Date(y, m, d, 12);
        return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
    }
    function parts(day: string): var {
        const p = day.split("-");
        return p.length === 3 ? { y: +p[0], m: +p[1] - 1, d: +p[2] } : { y: 2000, m: 0, d: 1 };
    }
    function clamp(day: string): string {
        return day < first ? first : day > last ? last : day;
    }
    function addDays(day: string, n: int): string {
        const p = parts(day);
        return iso(p.y, p.m, p.d + n);
    }
    // The same day of another month, or that month's last day when it is shorter.
    function addMonths(day: string, n: int): string {
        const p = parts(day);
        const length = new Date(p.y, p.m + n + 1, 0, 12).getDate();
        return iso(p.y, p.m + n, Math.min(p.d, length));
    }
    function moveTo(day: string) {
        cursor = clamp(day);
    }
    function longDate(day: string, locale: var): string {
        const p = parts(day);
        return new Date(p.y, p.m, p.d, 12).toLocaleDateString(locale, "dddd d MMMM yyyy");
    }
    function dayNumber(day: string, locale: var): string {
        const p = parts(day);
        return new Date(p.y, p.m, p.d, 12).toLocaleDateString(locale, "d");
    }
    // "november 2026", "листопад 2026": the month's own name (not the form used in a date),
    // the year in the language's digits.
    function monthTitle(y: int, m: int, locale: var): string {
        return locale.standaloneMonthName(m, Locale.LongFormat) + " "
                + new Date(y, m, 1, 12).toLocaleDateString(locale, "yyyy");
    }
    function choose(day: string) {
        if (day < first || day > last)
            return;
        picked(day);
        close();
    }
    function openAt(day: string) {
        cursor = clamp(day !== "" ? day : last);
        open();
    }

    maxWidth: 420
    edgeMargin: 24
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    title: qsTr("Choose a day")
    onOpened: grid.focusCursor()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        LayoutMirroring.enabled: picker.rightToLeft
        LayoutMirroring.childrenInherit: true

        // Previous month, the month's name, next month. The arrows point outwards, also right
        // to left (where earlier is on the right). With larger text the name has a line of its
        // own above the arrows (a month's name is not broken for them).
        GridLayout {
            id: monthRow
            readonly property bool stacked: Theme.largeText
            Layout.fillWidth: true
            columns: 3
            columnSpacing: 4
            rowSpacing: 0
            WrapButton {
                objectName: "dayPickerPrevious"
                Layout.row: monthRow.stacked ? 1 : 0
                Layout.column: 0
                flat: true
                // Arrows the text engine never mirrors by itself (as it does "‹", depending on
                // the language), chosen by direction so that they point outwards.
                text: picker.rightToLeft ? "→" : "←"
                font.pixelSize: Theme.fontLarge
                enabled: picker.iso(picker.shownYear, picker.shownMonth, 0) >= picker.first
                Accessible.name: qsTr("Previous month")
                onClicked: {
                    picker.moveTo(picker.addMonths(picker.cursor, -1));
                    grid.focusCursor();
                }
            }
            Heading {
                objectName: "dayPickerMonth"
                Layout.row: 0
                Layout.column: monthRow.stacked ? 0 : 1
                Layout.columnSpan: monthRow.stacked ? 3 : 1
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                // Not the grid's own title: that writes the year in Latin digits even in Arabic.
                text: picker.monthTitle(picker.shownYear, picker.shownMonth, picker.dayLocale)
                font.bold: true
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            WrapButton {
                objectName: "dayPickerNext"
                Layout.row: monthRow.stacked ? 1 : 0
                Layout.column: 2
                flat: true
                text: picker.rightToLeft ? "←" : "→"
                font.pixelSize: Theme.fontLarge
                enabled: picker.iso(picker.shownYear, picker.shownMonth + 1, 1) <= picker.last
                Accessible.name: qsTr("Next month")
                onClicked: {
                    picker.moveTo(picker.addMonths(picker.cursor, 1));
                    grid.focusCursor();
                }
            }
        }

        // The week as the language starts it (Monday in Dutch, Saturday in Arabic), in short
        // names, or narrow ones where those do not fit (Arabic's short names are whole words).
        Row {
            id: weekdays
            objectName: "dayPickerWeekdays"
            // All short or all narrow: narrow when one short name does not fit its column.
            readonly property bool narrow: {
                for (let i = 0; i < shortNames.count; ++i) {
                    const name = shortNames.itemAt(i) as Text;
                    if (name && name.contentWidth > width / 7 - 4)
                        return true;
                }
                return false;
            }
            Layout.fillWidth: true
            Accessible.ignored: true
            // The short names measured, not shown.
            Item {
                width: 0
                height: 0
                Repeater {
                    id: shortNames
                    model: 7
                    delegate: Text {
                        required property int index
                        visible: false
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        text: picker.dayLocale.dayName(index, Locale.ShortFormat)
                    }
                }
            }
            Repeater {
                model: 7
                delegate: Label {
                    required property int index
                    readonly property int weekDay: (picker.dayLocale.firstDayOfWeek + index) % 7
                    width: weekdays.width / 7
                    text: picker.dayLocale.dayName(weekDay, weekdays.narrow ? Locale.NarrowFormat : Locale.ShortFormat)
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }

        // Six weeks of seven days from the week the month starts in; the days of the months
        // around are transparent, so each day is shown once and stays in its column.
        Grid {
            id: grid
            objectName: "dayPickerGrid"
            // The first day on the grid: the month's first, less the days before it that week.
            readonly property int lead: (new Date(picker.shownYear, picker.shownMonth, 1, 12).getDay()
                                         - picker.dayLocale.firstDayOfWeek + 7) % 7
            Layout.fillWidth: true
            columns: 7
            Accessible.role: Accessible.Table
            Accessible.name: picker.monthTitle(picker.shownYear, picker.shownMonth, picker.dayLocale)

            function focusCursor() {
                focusTimer.restart();
            }
            // After the cells have followed a new month.
            Timer {
                id: focusTimer
                interval: 0
                onTriggered: {
                    for (let i = 0; i < days.count; ++i) {
                        // By name: `as` an inline component gives null in Qt 6.4.
                        const cell = days.itemAt(i);
                        if (cell && cell.objectName === "day-" + picker.cursor) {
                            cell.forceActiveFocus();
                            return;
                        }
                    }
                }
            }

            Keys.onPressed: event => {
                const back = picker.rightToLeft ? 1 : -1;
                let to = "";
                switch (event.key) {
                case Qt.Key_Left: to = picker.addDays(picker.cursor, back); break;
                case Qt.Key_Right: to = picker.addDays(picker.cursor, -back); break;
                case Qt.Key_Up: to = picker.addDays(picker.cursor, -7); break;
                case Qt.Key_Down: to = picker.addDays(picker.cursor, 7); break;
                case Qt.Key_PageUp: to = picker.addMonths(picker.cursor, -1); break;
                case Qt.Key_PageDown: to = picker.addMonths(picker.cursor, 1); break;
                case Qt.Key_Home: to = picker.first; break;
                case Qt.Key_End: to = picker.last; break;
                case Qt.Key_Return:
                case Qt.Key_Enter:
                    event.accepted = true;
                    picker.choose(picker.cursor);
                    return;
                default: return;
                }
                event.accepted = true;
                picker.moveTo(to);
                grid.focusCursor();
            }

            Repeater {
                id: days
                model: 42
                delegate: DayCell {
                    required property int index
                    date: picker.iso(picker.shownYear, picker.shownMonth, 1 - grid.lead + index)
                }
            }
        }

        // Anchored, not in a RowLayout: a layout kept the button's width of the language
        // before when the language changed while the dialog was closed.
        Item {
            Layout.fillWidth: true
            implicitHeight: cancelButton.implicitHeight
            WrapButton {
                id: cancelButton
                objectName: "dayPickerCancel"
                anchors.right: parent.right
                flat: true
                font.capitalization: Font.MixedCase
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: picker.close()
            }
        }
    }

    // The language's locale; the argument makes bindings follow a language change.
    function localeFor(language: string): var {
        return Qt.locale();
    }
}
