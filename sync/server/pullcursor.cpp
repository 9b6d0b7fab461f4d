#include "pullcursor.h"

#include <QtEndian>

namespace gw::server {

namespace {
constexpr char kVersion = 1;
constexpr int kEpochBytes = 16;
constexpr int kSize = 1 + kEpochBytes + 8;
} // namespace

QByteArray PullCursor::encode() const
{
    QByteArray out;
    out.reserve(kSize);
    out.append(kVersion);
    out.append(epoch.left(kEpochBytes).leftJustified(kEpochBytes, '\0'));
    char be[8];
    qToBigEndian(seq, be);
    out.append(be, 8);
    return out;
}

std::optional<PullCursor> PullCursor::decode(const QByteArray &bytes)
{
    if (bytes.size() != kSize || bytes.at(0) != kVersion)
        return std::nullopt;
    PullCursor c;
    c.epoch = bytes.mid(1, kEpochBytes);
    c.seq = qFromBigEndian<quint64>(bytes.constData() + 1 + kEpochBytes);
    return c;
}

} // namespace gw::server
