// Fuzzes the pull cursor's decoding (sync/server/pullcursor.h): any bytes a client sends as
// PullRequest.cursor. A cursor that decodes encodes back to the same bytes, and any epoch and
// seq survive an encode and decode.

#include "fuzzcheck.h"
#include "pullcursor.h"

#include <QByteArray>
#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstring>

using gw::server::PullCursor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto cursor = PullCursor::decode(bytes)) {
        GW_FUZZ_CHECK(cursor->epoch.size() == 16);
        GW_FUZZ_CHECK(cursor->encode() == bytes);
    }

    // Any epoch (cut or padded to 16 bytes) and seq round-trip.
    PullCursor made;
    quint64 seq = 0;
    std::memcpy(&seq, data, std::min<size_t>(size, sizeof seq));
    made.seq = qFromLittleEndian(seq);
    made.epoch = bytes.mid(int(std::min<size_t>(size, sizeof seq)));
    const QByteArray encoded = made.encode();
    const auto back = PullCursor::decode(encoded);
    GW_FUZZ_CHECK(back.has_value());
    GW_FUZZ_CHECK(back->seq == made.seq);
    GW_FUZZ_CHECK(back->epoch == made.epoch.left(16).leftJustified(16, '\0'));
    return 0;
}
