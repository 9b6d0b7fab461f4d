#include "invitelink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace gw {

namespace {
const auto kScheme = QStringLiteral("gangwerk");
const auto kEnrol = QStringLiteral("enrol");
} // namespace

QString makeInviteLink(const QString &server, const QString &code)
{
    // Encoded fully, so a server address with its own ':' and '/' survives any QR reader.
    return QStringLiteral("%1://%2?server=%3&code=%4")
        .arg(kScheme, kEnrol, QString::fromLatin1(QUrl::toPercentEncoding(server.trimmed())),
             QString::fromLatin1(QUrl::toPercentEncoding(code.trimmed())));
}

bool looksLikeInviteLink(const QString &text)
{
    return text.trimmed().startsWith(kScheme + QLatin1Char(':'), Qt::CaseInsensitive);
}

InviteLink parseInviteLink(const QString &text)
{
    InviteLink link;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0 ||
        url.host().compare(kEnrol, Qt::CaseInsensitive) != 0) {
        link.error = QCoreApplication::translate(
            "InviteLink",
            "This is not a Gangwerk invite link. Ask your beheerder for a new one, or "
            "type the address and the code.");
        return link;
    }
    const QUrlQuery query(url);
    link.server = query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded).trimmed();
    link.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed();
    const QUrl server(link.server, QUrl::StrictMode);
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9-]{8,40}$"));
    if (link.server.isEmpty() || !server.isValid() || server.host().isEmpty() ||
        (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))) {
        link.error = QCoreApplication::translate(
            "InviteLink", "This invite link has no usable address in it. Ask your beheerder for a "
                          "new one, or type the address and the code.");
    } else if (!codeShape.match(link.code).hasMatch()) {
        link.error = QCoreApplication::translate(
            "InviteLink", "This invite link has no usable code in it. Ask your beheerder for a new "
                          "one, or type the address and the code.");
    }
    if (!link.ok()) {
        link.server.clear();
        link.code.clear();
    }
    return link;
}

} // namespace gw
