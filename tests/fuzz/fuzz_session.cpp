// Fuzzes what several devices do one after another, which one push cannot reach (a resident
// disputes a time of helping, then the beheerder settles it; a helper takes a request, another
// stands in, the first gives it back): the input is a sequence of chunks, each a byte that picks
// the device (Who in fuzzserver.h), two bytes of length (big-endian) and a PushRequest of that
// length. Every push is checked as in fuzz_push (pushcheck.h); at the end every device pulls
// what the session changed. A chunk that does not parse ends the session.

#include "fuzzserver.h"
#include "pushcheck.h"

#include <cstddef>
#include <cstdint>

namespace pb = ::gangwerk::sync::v1;
using gw::fuzz::FuzzServer;
using gw::fuzz::Who;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzServer &server = FuzzServer::instance(); // logs quieted on first use
    constexpr int kMaxPushes = 8;
    server.resetEvery(1);
    size_t at = 0;
    int pushes = 0;
    while (size - at >= 3 && pushes < kMaxPushes) {
        const Who who = FuzzServer::who(data[at]);
        const size_t length = size_t(data[at + 1]) << 8 | data[at + 2];
        at += 3;
        if (length > size - at)
            break;
        pb::PushRequest request;
        if (!request.ParseFromArray(data + at, int(length)))
            break;
        at += length;
        ++pushes;
        gw::fuzz::checkedPush(server, who, request);
    }
    if (pushes == 0)
        return -1;
    for (int w = 0; w < gw::fuzz::kWhoCount; ++w)
        gw::fuzz::checkedPullOfChanges(server, Who(w));
    return 0;
}
