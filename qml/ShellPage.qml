import QtQuick
import Gangwerk
import Gangwerk.Ui

// One entry of the app's page list (AppShell): its name (for showPage and deep links), how the
// navigation shows it, the permission it needs (core/permissions.cpp; "" for everyone), and the
// screen itself as its only child.
Item {
    required property string name
    required property string glyph
    required property string label
    property string needs: ""

    readonly property bool allowed: needs === "" || App.context.can[needs] === true
}
