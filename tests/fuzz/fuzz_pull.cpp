// Fuzzes Pull: the first byte picks the device (as in fuzz_push), the rest is a PullRequest for
// the real SyncService::pull on a fresh copy of the fuzz store (fuzzserver.h). Checks the
// protocol's promises: a page within the limit, changes in increasing seq order after the
// cursor, a next_cursor this server reads back, and no store error for any input; then follows
// next_cursor for a few pages.

#include "fuzzcheck.h"
#include "fuzzserver.h"
#include "pullcursor.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace pb = ::gangwerk::sync::v1;
using gw::fuzz::FuzzServer;
using gw::fuzz::Who;
using gw::server::PullCursor;
using gw::server::SyncService;

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzServer &server = FuzzServer::instance(); // logs quieted on first use
    if (size < 1)
        return -1;
    const Who who = FuzzServer::who(data[0]);
    pb::PullRequest request;
    if (!request.ParseFromArray(data + 1, int(size - 1)))
        return -1;
    server.resetEvery(1);
    const std::string &token = server.token(who);
    const QByteArray epoch = server.store().epoch();

    for (int page = 0; page < 4; ++page) {
        pb::PullResponse response;
        const grpc::Status st = server.service().pull(token, request, &response);
        if (qEnvironmentVariableIntValue("GANGWERK_FUZZ_VERBOSE"))
            std::fprintf(stderr, "  pull: %d %s, %d changes, more %d, reset %d\n",
                         int(st.error_code()), st.error_message().c_str(), response.changes_size(),
                         int(response.has_more()), int(response.reset()));
        GW_FUZZ_CHECK(st.error_code() != grpc::StatusCode::UNAVAILABLE &&
                      st.error_code() != grpc::StatusCode::UNKNOWN);
        if (who == Who::Stranger)
            GW_FUZZ_CHECK(!st.ok());
        if (!st.ok()) {
            GW_FUZZ_CHECK(response.ByteSizeLong() == 0);
            return 0;
        }
        const int limit = request.limit() == 0
                              ? SyncService::kDefaultPullLimit
                              : int(std::min<quint32>(request.limit(), SyncService::kMaxPullLimit));
        GW_FUZZ_CHECK(response.changes_size() <= limit);
        quint64 after = 0;
        if (!request.cursor().empty() && !response.reset())
            after = PullCursor::decode(bytes(request.cursor()))->seq;
        GW_FUZZ_CHECK(!response.reset() || !request.cursor().empty());
        quint64 last = after;
        for (const pb::Change &c : response.changes()) {
            GW_FUZZ_CHECK(c.seq() > last);
            GW_FUZZ_CHECK(c.record_case() != pb::Change::RECORD_NOT_SET);
            last = c.seq();
        }
        const auto next = PullCursor::decode(bytes(response.next_cursor()));
        GW_FUZZ_CHECK(next && next->epoch == epoch && next->seq >= last);
        if (!response.has_more())
            break;
        request.set_cursor(response.next_cursor());
    }
    return 0;
}
