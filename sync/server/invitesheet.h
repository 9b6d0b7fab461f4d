#pragma once

#include <QString>

namespace gw::server {

/// A printable invite: the invite link as a QR code (libqrencode), with the address and the code
/// written out below it for typing, as an SVG the beheerder prints or hands over. A phone's
/// camera opens the link; the app then shows the connect screen filled in.
struct InviteSheet
{
    QString projectName;
    QString server;
    QString code;
    int validDays = 14;
};

/// The SVG document, or an empty string when the link does not fit in a QR code.
QString inviteSheetSvg(const InviteSheet &sheet);

/// Writes @p svg to @p path atomically (a temporary file renamed over it). "" on success, else
/// what went wrong in words.
QString writeInviteSheet(const QString &path, const QString &svg);

} // namespace gw::server
