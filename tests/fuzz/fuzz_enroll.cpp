// Fuzzes Enroll: any bytes that parse as an EnrollRequest go to the real SyncService::enroll on
// a fresh copy of the fuzz store (fuzzserver.h), which holds unused invites with known codes.
// A device that enrols must be able to pull at once.

#include "fuzzcheck.h"
#include "fuzzserver.h"
#include "recordcodec.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace pb = ::gangwerk::sync::v1;
using gw::fuzz::FuzzServer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzServer &server = FuzzServer::instance(); // logs quieted on first use
    pb::EnrollRequest request;
    if (!request.ParseFromArray(data, int(size)))
        return -1;
    server.resetEvery(1);

    pb::EnrollResponse response;
    const grpc::Status st = server.service().enroll(request, "ipv4:192.0.2.7:40000", &response);
    if (qEnvironmentVariableIntValue("GANGWERK_FUZZ_VERBOSE"))
        std::fprintf(stderr, "  enroll: %d %s\n", int(st.error_code()), st.error_message().c_str());
    if (!st.ok()) {
        GW_FUZZ_CHECK(response.ByteSizeLong() == 0);
        GW_FUZZ_CHECK(st.error_code() != grpc::StatusCode::UNKNOWN &&
                      st.error_code() != grpc::StatusCode::UNAVAILABLE);
        return 0;
    }
    GW_FUZZ_CHECK(response.device_token().size() == 43);
    GW_FUZZ_CHECK(gw::wire::isCanonicalId(response.device_id()));
    GW_FUZZ_CHECK(gw::wire::isCanonicalId(response.member().id()));
    GW_FUZZ_CHECK(response.member().project_id() == response.project().id());
    GW_FUZZ_CHECK(response.member().display_name().size() > 0);

    // The new device pulls at once and finds its member as enrolment answered it.
    pb::PullRequest pull;
    pull.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
    bool sawMember = false;
    for (int pageNo = 0; pageNo < 50; ++pageNo) {
        pb::PullResponse page;
        const grpc::Status pulled = server.service().pull(response.device_token(), pull, &page);
        GW_FUZZ_CHECK(pulled.ok());
        for (const pb::Change &c : page.changes())
            if (c.has_member() && c.member().id() == response.member().id())
                sawMember = c.member().display_name() == response.member().display_name() &&
                            c.member().role() == response.member().role();
        if (!page.has_more())
            break;
        pull.set_cursor(page.next_cursor());
    }
    GW_FUZZ_CHECK(sawMember);
    return 0;
}
