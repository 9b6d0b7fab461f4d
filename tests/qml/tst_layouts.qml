import QtQuick
import QtQuick.Layouts
import QtTest
import Gangwerk.Ui

// The layouts the screens get (Gangwerk.Ui's, imported after QtQuick.Layouts): a layout whose
// child is destroyed (a Repeater's delegate, a Loader's item) and that is resized before its
// next polish arranges only the children it still has. Qt 6.4's own wrote to the destroyed
// child and crashed (QTBUG-111792): this test crashed the runner with them.
Item {
    id: container
    width: 200
    height: 200

    Component {
        id: rowComponent
        RowLayout {
            spacing: 5
            Rectangle { implicitWidth: 10; implicitHeight: 10 }
            Rectangle { implicitWidth: 10; implicitHeight: 10 }
        }
    }
    Component {
        id: columnComponent
        ColumnLayout {
            spacing: 5
            Rectangle { implicitWidth: 10; implicitHeight: 10 }
            Rectangle { implicitWidth: 10; implicitHeight: 10 }
        }
    }
    Component {
        id: gridComponent
        GridLayout {
            columns: 2
            columnSpacing: 5
            Rectangle { implicitWidth: 10; implicitHeight: 10 }
            Rectangle { implicitWidth: 10; implicitHeight: 10 }
        }
    }

    // A layout inside another, with its own Layout settings: the outer one asks the inner one
    // its size before the inner one arranges.
    Component {
        id: nestedComponent
        ColumnLayout {
            RowLayout {
                Layout.fillWidth: true
                spacing: 5
                Rectangle { implicitWidth: 10; implicitHeight: 10 }
                Rectangle { implicitWidth: 10; implicitHeight: 10 }
            }
        }
    }

    TestCase {
        name: "Layouts"
        when: windowShown

        function test_resizedRightAfterAChildWent_data() {
            return [
                { tag: "RowLayout", component: rowComponent, resize: l => l.width = 42, along: "x", at: 0 },
                // Centred in the 42 px the column has now: (42 - 10) / 2.
                { tag: "ColumnLayout", component: columnComponent, resize: l => l.height = 42, along: "y", at: 16 },
                { tag: "GridLayout", component: gridComponent, resize: l => l.width = 42, along: "x", at: 0 }
            ]
        }

        function test_nestedResizedRightAfterAChildWent() {
            const outer = createTemporaryObject(nestedComponent, container)
            waitForRendering(outer)
            const inner = outer.children[0]
            const second = inner.children[1]
            inner.children[0].destroy()
            wait(0)
            outer.width = 42
            waitForRendering(outer)
            compare(second.x, 0)
            compare(inner.children.length, 1)
        }

        function test_resizedRightAfterAChildWent(data) {
            const layout = createTemporaryObject(data.component, container)
            waitForRendering(layout)
            const second = layout.children[1]
            verify(second[data.along] > 0)
            layout.children[0].destroy()
            wait(0) // the child's destructor runs; the layout's polish has not yet
            data.resize(layout)
            waitForRendering(layout)
            // The one left takes the place it has without the other.
            compare(second[data.along], data.at)
            compare(layout.children.length, 1)
        }
    }
}
