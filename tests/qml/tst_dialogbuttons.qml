import QtQuick
import QtQuick.Layouts
import QtTest
import Gangwerk.Ui

// A dialog's buttons (Gangwerk.Ui's DialogButtons): side by side at the end while each one's
// words fit on one line, else below each other at the full width; never wider than the dialog.
Item {
    id: root
    width: 500
    height: 400

    DialogButtons {
        id: buttons
        width: 310
        WrapButton {
            id: back
            text: "رجوع"
            font.pixelSize: 30
            flat: true
        }
        WrapButton {
            id: save
            text: "حفظ"
            font.pixelSize: 30
            highlighted: true
        }
    }

    TestCase {
        name: "DialogButtons"
        when: windowShown

        function test_sideBySideWhileTheyFit() {
            buttons.width = 310;
            verify(buttons.sideBySide);
            tryVerify(() => back.y === save.y, 2000, "side by side");
            // Each on one line (an Arabic word's last letter wrapped when the width came from
            // TextMetrics), at the end (the right: the test has no mirroring).
            tryCompare(back.contentItem, "lineCount", 1);
            tryCompare(save.contentItem, "lineCount", 1);
            verify(save.x + save.width > buttons.width - 1);
            verify(back.x > 100);
        }

        function test_belowEachOtherWhenNot() {
            buttons.width = 150;
            verify(!buttons.sideBySide);
            tryVerify(() => save.y >= back.y + back.height, 2000, "below each other");
            tryCompare(back, "width", 150);
            tryCompare(save, "width", 150);
            // Back to the room of a dialog: side by side again.
            buttons.width = 310;
            verify(buttons.sideBySide);
            tryVerify(() => back.y === save.y, 2000, "side by side again");
        }

        function test_longWordsWrapInsideTheDialog() {
            back.text = "Activiteit laten staan zoals hij is";
            save.text = "Activiteit afzeggen voor iedereen";
            buttons.width = 150;
            verify(!buttons.sideBySide);
            tryVerify(() => save.contentItem.lineCount > 1, 2000, "wrapped");
            verify(back.width <= 150 && save.width <= 150);
            back.text = "رجوع";
            save.text = "حفظ";
        }
    }
}
