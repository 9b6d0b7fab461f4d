#include "pushcheck.h"

#include "fuzzcheck.h"
#include "pullcursor.h"

#include <cstdio>

namespace gw::fuzz {

namespace pb = ::gangwerk::sync::v1;

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

bool checkedPush(FuzzServer &server, Who who, const pb::PushRequest &request)
{
    const std::string &token = server.token(who);
    pb::PushResponse response;
    const grpc::Status st = server.service().push(token, request, &response);
    GW_FUZZ_CHECK(noStoreTrouble(st));
    if (who == Who::Stranger)
        GW_FUZZ_CHECK(!st.ok());
    if (!st.ok()) {
        GW_FUZZ_CHECK(response.ByteSizeLong() == 0);
        return false;
    }
    checkAnswer(request, response);
    if (qEnvironmentVariableIntValue("GANGWERK_FUZZ_VERBOSE"))
        for (const pb::MutationResult &r : response.results())
            std::fprintf(stderr, "  device %d seq %llu: %s %s\n", int(who),
                         static_cast<unsigned long long>(r.client_seq()),
                         pb::Outcome_Name(r.outcome()).c_str(), r.reason_code().c_str());

    // A retry (the answer lost on the way): nothing is applied a second time.
    pb::PushResponse again;
    const grpc::Status retried = server.service().push(token, request, &again);
    GW_FUZZ_CHECK(retried.ok());
    checkAnswer(request, again);
    for (const pb::MutationResult &r : again.results())
        GW_FUZZ_CHECK(r.outcome() != pb::OUTCOME_APPLIED);
    GW_FUZZ_CHECK(again.next_client_seq() == response.next_client_seq());
    return true;
}

void checkedPullOfChanges(FuzzServer &server, Who who)
{
    pb::PullRequest pull;
    pull.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
    pull.set_cursor(server.templateCursor());
    quint64 last = server::PullCursor::decode(QByteArray::fromStdString(pull.cursor()))->seq;
    for (int page = 0; page < 20; ++page) {
        pb::PullResponse changes;
        const grpc::Status pulled = server.service().pull(server.token(who), pull, &changes);
        GW_FUZZ_CHECK(pulled.ok() == (who != Who::Stranger));
        if (!pulled.ok())
            return;
        GW_FUZZ_CHECK(!changes.reset());
        for (const pb::Change &c : changes.changes()) {
            GW_FUZZ_CHECK(c.seq() > last);
            last = c.seq();
        }
        if (!changes.has_more())
            break;
        pull.set_cursor(changes.next_cursor());
    }
}

} // namespace gw::fuzz
