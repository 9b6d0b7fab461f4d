import QtQuick
import Gangwerk
import Gangwerk.Ui

// One entry of the app's page list (AppShell): its name (for showPage and deep links), how the
// navigation shows it, the permission it needs (core/permissions.cpp; "" for everyone), the
// permission that replaces it with another screen (own hours are for those who owe them: who
// may read everyone's hours has the overview instead), and the screen itself as only child.
Item {
    required property string name
    required property string glyph
    required property string label
    property string needs: ""
    property string replacedBy: ""
    // Where it stands in the phone's bar, lower first: when more places are allowed than the
    // bar holds, the ones with the lowest ranks get a place and the others are under "More".
    property int barRank: 0

    // A region a screen reader names ("Home, panel"), which holds the screen's heading.
    Accessible.role: Accessible.Pane
    Accessible.name: label

    readonly property bool allowed: (needs === "" || App.context.can[needs] === true)
                                    && (replacedBy === "" || App.context.can[replacedBy] !== true)
}
