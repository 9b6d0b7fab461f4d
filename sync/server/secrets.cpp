#include "secrets.h"

#include <openssl/rand.h>

#include <QCryptographicHash>

#include <cstring>
#include <stdexcept>

namespace gw::server::secrets {

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        throw std::runtime_error("no secure random numbers available");
    return out;
}

QString newDeviceToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newInviteCode()
{
    constexpr int n = sizeof(kInviteAlphabet) - 1;
    QString code;
    // Rejection sampling keeps every character equally likely.
    while (code.size() < kInviteCodeChars + 3) {
        for (const char b : randomBytes(32)) {
            const auto v = static_cast<unsigned char>(b);
            if (v >= 256 / n * n)
                continue;
            if (code.size() == 4 || code.size() == 9 || code.size() == 14)
                code.append(QLatin1Char('-'));
            code.append(QLatin1Char(kInviteAlphabet[v % n]));
            if (code.size() == kInviteCodeChars + 3)
                break;
        }
    }
    return code;
}

QString normalizeInviteCode(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar u = c.toUpper();
        if (u.unicode() > 127 || !std::strchr(kInviteAlphabet, char(u.unicode())) || u == 0)
            return {};
        out.append(u);
    }
    return out.size() == kInviteCodeChars ? out : QString();
}

QByteArray hash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray hash(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

} // namespace gw::server::secrets
