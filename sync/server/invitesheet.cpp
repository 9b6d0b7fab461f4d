#include "invitesheet.h"

#include "invitelink.h"

#include <QSaveFile>

#include <memory>
#include <qrencode.h>

namespace gw::server {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString inviteSheetSvg(const InviteSheet &sheet)
{
    const QByteArray link = makeInviteLink(sheet.server, sheet.code).toUtf8();
    // Medium error correction: survives a crease or a smudge on a printed sheet.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString8bit(link.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!qr)
        return {};
    const int n = qr->width;
    constexpr int quiet = 4; // the white margin readers need
    const int side = n + 2 * quiet;
    // One unit is one module; the text below the code takes 17 more units.
    const int height = side + 17;
    QString svg;
    svg += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"90mm\" "
                          "height=\"%1mm\" viewBox=\"0 0 %2 %3\">\n")
               .arg(90.0 * height / side, 0, 'f', 1)
               .arg(side)
               .arg(height);
    svg +=
        QStringLiteral("<title>Gangwerk invite for %1</title>\n").arg(escaped(sheet.projectName));
    svg +=
        QStringLiteral("<rect width=\"%1\" height=\"%2\" fill=\"#fff\"/>\n").arg(side).arg(height);
    svg += QStringLiteral("<g id=\"qr\" fill=\"#000\" shape-rendering=\"crispEdges\">\n");
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (qr->data[y * n + x] & 1)
                svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"1\" height=\"1\"/>\n")
                           .arg(x + quiet)
                           .arg(y + quiet);
        }
    }
    svg += QStringLiteral("</g>\n");
    const auto line = [&](double y, double size, const QString &text, bool bold = false) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, sans-serif\" "
                              "font-size=\"%3\" text-anchor=\"middle\"%4>%5</text>\n")
                   .arg(side / 2.0)
                   .arg(y)
                   .arg(size)
                   .arg(bold ? QStringLiteral(" font-weight=\"bold\"") : QString())
                   .arg(escaped(text));
    };
    line(side + 2, 1.8, sheet.projectName, true);
    line(side + 4.5, 1.3, QStringLiteral("Scan met de camera van je telefoon."));
    line(side + 6.3, 1.3, QStringLiteral("Scan with your phone's camera."));
    line(side + 8.5, 1.3, QStringLiteral("Of typ in Gangwerk · Or type in Gangwerk:"));
    line(side + 10.8, 1.5, sheet.server);
    line(side + 13.5, 2.2, sheet.code, true);
    line(side + 15.8, 1.1,
         QStringLiteral("Eén keer te gebruiken, %1 dagen geldig · Single use, valid %1 days")
             .arg(sheet.validDays));
    svg += QStringLiteral("</svg>\n");
    return svg;
}

QString writeInviteSheet(const QString &path, const QString &svg)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.write(svg.toUtf8());
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace gw::server
