#pragma once

#include <QString>

namespace gw {

/// An invite as one link, so a resident can open or scan it instead of typing an address and
/// a code: gangwerk://enrol?server=<address>&code=<code>. gangwerk-server makes it
/// (`invite --address … --qr`) and the app reads it: both call these, so they cannot drift.
struct InviteLink
{
    QString server;
    QString code;
    /// Empty when the link was read; else plain words for the user (English source,
    /// translatable in the "InviteLink" context).
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// The link for @p server and @p code (the code as the beheerder hands it out).
QString makeInviteLink(const QString &server, const QString &code);
/// True when @p text looks meant as an invite link (someone pasted one into a field).
bool looksLikeInviteLink(const QString &text);
/// Reads @p text as an invite link; on failure `error` says what is wrong.
InviteLink parseInviteLink(const QString &text);

} // namespace gw
