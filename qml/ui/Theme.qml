pragma Singleton
import QtQuick

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

    readonly property string fontFamily: "DejaVu Sans"
    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontLarge: 18
    readonly property int fontTitle: 22
    readonly property int fontHuge: 30

    readonly property int spacing: 8
    readonly property int gap: 16
    readonly property int radius: 14
    readonly property int maxContentWidth: 1040
    // Below this window width the app uses the phone layout.
    readonly property int wideBreakpoint: 760
}
