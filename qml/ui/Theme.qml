pragma Singleton
import QtQuick
import Gangwerk.Ui

// Colours, sizes and spacing shared by every screen: calm, warm, readable (WCAG AA contrast
// for text on the backgrounds used here).
QtObject {
    readonly property color background: "#FAF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#F1ECE4"
    readonly property color border: "#E2DBD0"
    readonly property color text: "#1E2A2F"
    readonly property color textMuted: "#55636A"
    readonly property color primary: "#1F6F68"
    readonly property color primaryDark: "#164F4A"
    readonly property color primarySoft: "#D9ECE9"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color warm: "#B4531F"
    readonly property color warmSoft: "#FBE7D6"
    readonly property color error: "#A8261B"
    readonly property color errorSoft: "#FBE3E0"
    readonly property color success: "#2E7D4F"
    readonly property color track: "#E7E1D7"
    readonly property color focus: "#C2690A" // 3:1 or more on every light background (WCAG 1.4.11)

    // Text size: the reader's choice in Settings times the device's own wish, 1 to 2
    // (App.display). Every text size below follows it; spacing, icons and touch targets do not
    // (they already fit a finger), so at 200% it is the words that grow.
    readonly property real textScale: App && App.display ? App.display.textScale : 1
    // Text larger than the default (150%, 200%): where layouts stack what stands side by side,
    // and let words wrap that are elided at 100%.
    readonly property bool largeText: textScale > 1
    // Less movement (the reader's choice or the device's): things appear and go at once.
    readonly property bool reduceMotion: App && App.display ? App.display.reduceMotion : false

    readonly property string fontFamily: "DejaVu Sans"
    readonly property int fontTiny: Math.round(11 * textScale) // chart and row labels
    readonly property int fontCaption: Math.round(12 * textScale) // a field's message
    readonly property int fontSmall: Math.round(13 * textScale)
    readonly property int fontBody: Math.round(15 * textScale)
    readonly property int fontLarge: Math.round(18 * textScale)
    readonly property int fontTitle: Math.round(22 * textScale)
    readonly property int fontHuge: Math.round(30 * textScale)

    // How long a movement takes: @p ms, or nothing at all when less movement is asked.
    function duration(ms: int): int {
        return reduceMotion ? 0 : ms;
    }

    // A screen's title and its button: side by side, or on a phone the button below the title
    // with larger text or when its words take more than half a phone's width (a wrapping button
    // beside a wrapping title would lay them out again and again, or leave the title a word a
    // line). Not from the screen's width: columns that change while the screen is laid out
    // crash Qt 6.4's GridLayout.
    function titleAndButtonColumns(wide: bool, buttonWidth: real): int {
        return !wide && (largeText || buttonWidth > 170) ? 1 : 2;
    }

    // A layout's widest allowed width from the room around it: no limit while that room is
    // not there yet (a screen not yet shown is 0 wide; a limit of 0 or less under buttons of
    // their own width makes the layout lay out again and again, Qt's "polish loop").
    function room(width: real): real {
        return width > 0 ? width : Number.POSITIVE_INFINITY;
    }

    // The width of a screen's column: the room less a margin on each side, at most `widest`;
    // while the screen has no room yet (not shown: 0 wide) the column's own width `own`, so
    // that no text wraps to a width of 0 or less (Qt's "polish loop").
    function column(room: real, margin: real, widest: real, own: real): real {
        return room > 2 * margin ? Math.min(room - 2 * margin, widest) : own;
    }

    // Material cuts a field's hint off after one line ("…"): a hint that does not fit (large
    // text, a phone) wraps instead, and the field grows to show all of it (InputField, InputArea).
    function wrapHint(field: Item) {
        for (let i = 0; i < field.children.length; ++i) {
            const child = field.children[i];
            if (child.elide !== undefined && child.text === field.placeholderText)
                child.wrapMode = Text.Wrap;
        }
    }

    // Scrolls `flick` (the least it must) so that `item`, somewhere inside it, shows whole with
    // 16 px to spare above and below (the focus ring and a scrolled list both use it).
    function scrollTo(flick: Flickable, item: Item) {
        const top = item.mapToItem(flick.contentItem, 0, 0).y;
        const bottom = top + item.height;
        const margin = 16;
        let y = flick.contentY;
        if (bottom + margin > y + flick.height)
            y = bottom + margin - flick.height;
        if (top - margin < y)
            y = top - margin;
        y = Math.max(flick.originY, Math.min(y, flick.originY + flick.contentHeight - flick.height));
        if (Math.abs(y - flick.contentY) > 0.5)
            flick.contentY = y;
    }

    // What a screen reader reads for a card of several parts: the parts that have words, as
    // sentences (one stop after each, none added after one that ends in ".", "?" or "!").
    function sentences(parts: list<string>): string {
        return parts.filter(s => s !== "").map(s => /[.?!…]$/.test(s) ? s : s + ".").join(" ");
    }

    readonly property int spacing: 8
    readonly property int gap: 16
    readonly property int radius: 14
    readonly property int maxContentWidth: 1040
    // Below this window width the app uses the phone layout.
    readonly property int wideBreakpoint: 760
}
