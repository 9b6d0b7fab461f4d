import QtQuick
import QtQuick.Shapes
import Gangwerk.Ui
import Gangwerk.Hours

// This period's progress as a ring: the track, the part done, and the amount in the middle.
// It fills clockwise, or counter-clockwise when the layout is mirrored (right-to-left).
Item {
    id: ring

    property real value: 0 // 0…1
    property string centerText
    property string subText
    property color color: Theme.primary
    property real thickness: 16

    readonly property real clamped: Math.max(0, Math.min(1, value))
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property real radius: Math.min(width, height) / 2 - thickness / 2

    implicitWidth: 200
    implicitHeight: 200
    Accessible.role: Accessible.ProgressBar

    Shape {
        anchors.fill: parent
        layer.enabled: true
        layer.samples: 4

        ShapePath {
            fillColor: "transparent"
            strokeColor: Theme.track
            strokeWidth: ring.thickness
            capStyle: ShapePath.FlatCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: ring.radius
                radiusY: ring.radius
                startAngle: 0
                sweepAngle: 360
            }
        }
        ShapePath {
            fillColor: "transparent"
            strokeColor: ring.clamped > 0 ? ring.color : "transparent"
            strokeWidth: ring.thickness
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: ring.radius
                radiusY: ring.radius
                startAngle: -90
                sweepAngle: (ring.mirrored ? -360 : 360) * Math.max(ring.clamped, 0.001)
            }
        }
    }

    Column {
        anchors.centerIn: parent
        width: ring.width - 2 * ring.thickness - 16
        spacing: 2

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: ring.centerText
            font.family: Theme.fontFamily
            // Larger text: a title's size on two lines, which stays inside the ring.
            font.pixelSize: Theme.largeText ? Theme.fontTitle : Theme.fontHuge
            font.bold: true
            color: Theme.text
            // Normal size: a long value shrinks a little to stay on one line. Larger text
            // stays as large as asked, on two lines ("4 uur / 45 min").
            fontSizeMode: Theme.largeText ? Text.FixedSize : Text.HorizontalFit
            wrapMode: Theme.largeText ? Text.WordWrap : Text.NoWrap
            minimumPixelSize: 16
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: ring.subText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
