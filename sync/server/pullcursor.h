#pragma once

#include <QByteArray>

#include <optional>

namespace gw::server {

/// Pull's opaque cursor: which server epoch it belongs to and the last change sequence number
/// the client has. Encoded as version byte 1, 16 epoch bytes, 8 bytes big-endian seq; clients
/// store it without looking inside.
struct PullCursor
{
    QByteArray epoch;
    quint64 seq = 0;

    QByteArray encode() const;
    /// std::nullopt for bytes that are not a cursor of this format.
    static std::optional<PullCursor> decode(const QByteArray &bytes);
};

} // namespace gw::server
