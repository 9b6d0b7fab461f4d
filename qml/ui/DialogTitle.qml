import QtQuick
import QtQuick.Controls
import Gangwerk.Ui

// A dialog's title as its header: aligned like the text below it, also right to left (a
// Dialog's own title stays left-aligned in Qt 6.4), wrapped, and read as a heading.
Heading {
    LayoutMirroring.enabled: App.rightToLeft
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.Wrap
    padding: 24
    bottomPadding: 0
    font.bold: true
    font.pixelSize: Theme.fontLarge
    color: Theme.text
}
