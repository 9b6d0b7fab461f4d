// Fuzzes Push: the first byte picks the device (the beheerder Inge, the residents Samira and
// Yonas, the gangmaker Daan, or an unknown token: Who in fuzzserver.h), the rest is a
// PushRequest for the real SyncService::push on a fresh copy of the fuzz store. Besides the
// sanitizers it checks the protocol's promises (pushcheck.h): one result per mutation in
// client_seq order, a refusal with its reason, no store error for any input, exactly once (the
// same request again applies nothing), and that the device can pull what it changed.

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
    if (size < 1)
        return -1;
    const Who who = FuzzServer::who(data[0]);
    pb::PushRequest request;
    if (!request.ParseFromArray(data + 1, int(size - 1)))
        return -1;
    server.resetEvery(1);
    if (gw::fuzz::checkedPush(server, who, request))
        gw::fuzz::checkedPullOfChanges(server, who);
    return 0;
}
