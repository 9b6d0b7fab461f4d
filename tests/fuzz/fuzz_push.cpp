// Fuzzes Push: the first byte picks the device (the beheerder Inge, the residents Samira and
// Yonas, the gangmaker Daan, or an unknown token), the rest is a PushRequest for the real
// SyncService::push on a fresh copy of the fuzz store (fuzzserver.h). Besides the sanitizers it
// checks the protocol's promises: one result per mutation in client_seq order, a refusal with
// its reason, no store error for any input, exactly once (the same request again applies
// nothing), and that the device can pull what it changed.

#include "fuzzcheck.h"
#include "fuzzserver.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace pb = ::gangwerk::sync::v1;
using gw::fuzz::FuzzServer;
using gw::fuzz::Who;

namespace {

bool noStoreTrouble(const grpc::Status &st)
{
    // UNAVAILABLE is a store error (a constraint an input reached, a statement that failed);
    // UNKNOWN an exception that escaped.
    return st.error_code() != grpc::StatusCode::UNAVAILABLE &&
           st.error_code() != grpc::StatusCode::UNKNOWN;
}

void checkAnswer(const pb::PushRequest &request, const pb::PushResponse &response)
{
    GW_FUZZ_CHECK(response.results_size() == request.mutations_size());
    quint64 seq = 0;
    for (const pb::MutationResult &r : response.results()) {
        GW_FUZZ_CHECK(r.client_seq() >= seq);
        seq = r.client_seq();
        GW_FUZZ_CHECK(r.outcome() == pb::OUTCOME_APPLIED || r.outcome() == pb::OUTCOME_DUPLICATE ||
                      r.outcome() == pb::OUTCOME_REJECTED);
        if (r.outcome() == pb::OUTCOME_REJECTED)
            GW_FUZZ_CHECK(!r.reason_code().empty() && !r.message().empty());
        if (r.outcome() == pb::OUTCOME_APPLIED)
            GW_FUZZ_CHECK(r.reason_code().empty() && !r.has_current());
    }
    GW_FUZZ_CHECK(response.next_client_seq() >= 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FuzzServer &server = []() -> FuzzServer & {
        gw::fuzz::quietLogs();
        return FuzzServer::instance();
    }();
    if (size < 1)
        return -1;
    const Who who = FuzzServer::who(data[0]);
    pb::PushRequest request;
    if (!request.ParseFromArray(data + 1, int(size - 1)))
        return -1;
    server.resetEvery(1);
    const std::string &token = server.token(who);

    pb::PushResponse response;
    const grpc::Status st = server.service().push(token, request, &response);
    GW_FUZZ_CHECK(noStoreTrouble(st));
    if (who == Who::Stranger)
        GW_FUZZ_CHECK(!st.ok());
    if (!st.ok()) {
        GW_FUZZ_CHECK(response.ByteSizeLong() == 0);
        return 0;
    }
    checkAnswer(request, response);
    if (qEnvironmentVariableIntValue("GANGWERK_FUZZ_VERBOSE"))
        for (const pb::MutationResult &r : response.results())
            std::fprintf(stderr, "  seq %llu: %s %s\n", (unsigned long long)r.client_seq(),
                         pb::Outcome_Name(r.outcome()).c_str(), r.reason_code().c_str());

    // A retry (the answer lost on the way): nothing is applied a second time.
    pb::PushResponse again;
    const grpc::Status retried = server.service().push(token, request, &again);
    GW_FUZZ_CHECK(retried.ok());
    checkAnswer(request, again);
    for (const pb::MutationResult &r : again.results())
        GW_FUZZ_CHECK(r.outcome() != pb::OUTCOME_APPLIED);
    GW_FUZZ_CHECK(again.next_client_seq() == response.next_client_seq());

    // The device pulls what changed (its own revocation is refused, so it still may).
    pb::PullRequest pull;
    pull.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
    pull.set_cursor(server.templateCursor());
    for (int page = 0; page < 20; ++page) {
        pb::PullResponse changes;
        const grpc::Status pulled = server.service().pull(token, pull, &changes);
        GW_FUZZ_CHECK(pulled.ok());
        if (!changes.has_more())
            break;
        pull.set_cursor(changes.next_cursor());
    }
    return 0;
}
