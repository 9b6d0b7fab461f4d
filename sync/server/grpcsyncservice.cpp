#include "grpcsyncservice.h"

#include "gangwerk/sync/v1/sync.pb.h"
#include "recordcodec.h"
#include "syncservice.h"

#include <grpcpp/impl/codegen/server_callback_handlers.h>
#include <grpcpp/impl/rpc_service_method.h>

#include <QLoggingCategory>

#include <chrono>
#include <thread>

Q_LOGGING_CATEGORY(lcGrpc, "gangwerk.server.grpc")

namespace gw::server {

namespace pb = ::gangwerk::sync::v1;

namespace {

/// With @p mayHoldNul, also whether the request's bytes may hold a text with a NUL
/// (wire::mayHoldNul).
bool parse(const grpc::ByteBuffer *in, google::protobuf::Message *msg, bool *mayHoldNul = nullptr)
{
    std::vector<grpc::Slice> slices;
    if (!in->Dump(&slices).ok())
        return false;
    std::string bytes;
    bytes.reserve(in->Length());
    for (const auto &s : slices)
        bytes.append(reinterpret_cast<const char *>(s.begin()), s.size());
    if (mayHoldNul)
        *mayHoldNul = gw::wire::mayHoldNul(bytes);
    return msg->ParseFromString(bytes);
}

void serialize(const google::protobuf::Message &msg, grpc::ByteBuffer *out)
{
    std::string bytes = msg.SerializeAsString();
    grpc::Slice slice(std::move(bytes));
    *out = grpc::ByteBuffer(&slice, 1);
}

grpc::Status malformed()
{
    return {grpc::StatusCode::INVALID_ARGUMENT,
            "The request is not a valid protobuf message of this method's type."};
}

std::string bearerToken(const grpc::ServerContextBase *context)
{
    const auto &md = context->client_metadata();
    const auto it = md.find("authorization");
    if (it == md.end())
        return {};
    const std::string value(it->second.data(), it->second.size());
    constexpr std::string_view prefix = "bearer ";
    if (value.size() <= prefix.size())
        return {};
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(value[i])) != prefix[i])
            return {};
    return value.substr(prefix.size());
}

// "ipv4:127.0.0.1:5000" → "ipv4:127.0.0.1": a peer is its address, whatever its port.
std::string peerAddress(const grpc::ServerContextBase *context)
{
    const std::string peer = context->peer();
    const auto colon = peer.rfind(':');
    return colon == std::string::npos || colon < 5 ? peer : peer.substr(0, colon);
}

grpc::Status shuttingDown()
{
    return {grpc::StatusCode::UNAVAILABLE, "The server is restarting. Try again shortly."};
}

} // namespace

bool GrpcSyncService::drain(int timeoutMs)
{
    m_draining = true;
    // grpc++'s own Shutdown() also waits for idle connections until its deadline; waiting for
    // our calls only lets a graceful stop take milliseconds.
    for (int waited = 0; m_active.load() > 0; waited += 5) {
        if (waited >= timeoutMs)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

std::string GrpcSyncService::serviceName()
{
    return pb::EnrollRequest::descriptor()->file()->FindServiceByName("SyncService")->full_name();
}

GrpcSyncService::GrpcSyncService(SyncService &sync, const Options &options)
    : m_sync(sync), m_options(options), m_dropNextPush(options.fault == Fault::DropAfterCommit),
      m_dropNextEnrol(options.fault == Fault::DropEnrolAnswer),
      m_busyCalls(options.fault == Fault::Busy ? options.busyCalls : 0),
      m_newerRecordKind(options.fault == Fault::NewerRecordKind),
      m_overtake(options.fault == Fault::Overtake),
      m_work(std::max(1, options.workers), std::max(0, options.maxQueued))
{
    // Paths from the .proto's descriptor, so they cannot drift from the contract.
    const auto *svc = pb::EnrollRequest::descriptor()->file()->FindServiceByName("SyncService");
    const auto path = [svc](const char *name) {
        return "/" + svc->full_name() + "/" + svc->FindMethodByName(name)->name();
    };
    m_enrollPath = path("Enroll");
    m_pushPath = path("Push");
    m_pullPath = path("Pull");
    using namespace std::placeholders;
    const auto queued = [this](Work work) {
        return [this, work = std::move(work)](
                   grpc::CallbackServerContext *context, const grpc::ByteBuffer *request,
                   grpc::ByteBuffer *response) { return serve(context, request, response, work); };
    };
    addMethod(m_enrollPath, queued(std::bind(&GrpcSyncService::enroll, this, _1, _2, _3)));
    addMethod(m_pushPath, std::bind(&GrpcSyncService::servePush, this, _1, _2, _3));
    addMethod(m_pullPath, std::bind(&GrpcSyncService::servePull, this, _1, _2, _3));
}

void GrpcSyncService::addMethod(const std::string &path, Handler handler)
{
    AddMethod(new grpc::internal::RpcServiceMethod(path.c_str(),
                                                   grpc::internal::RpcMethod::NORMAL_RPC, nullptr));
    MarkMethodCallback(m_methods++,
                       new grpc::internal::CallbackUnaryHandler<grpc::ByteBuffer, grpc::ByteBuffer>(
                           std::move(handler)));
}

bool GrpcSyncService::admit(grpc::CallbackServerContext *context, grpc::ServerUnaryReactor *reactor)
{
    if (m_draining.load()) {
        reactor->Finish(shuttingDown());
        return false;
    }
    if (m_busyCalls.load() > 0 && m_busyCalls.fetch_sub(1) > 0) {
        shed(context, reactor);
        return false;
    }
    ++m_active;
    return true;
}

grpc::ServerUnaryReactor *GrpcSyncService::serve(grpc::CallbackServerContext *context,
                                                 const grpc::ByteBuffer *request,
                                                 grpc::ByteBuffer *response, const Work &work)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    if (!admit(context, reactor))
        return reactor;
    const bool queued = m_work.tryPost([this, context, request, response, reactor, work] {
        // The caller gave up while the call waited (its deadline passed, it hung up): nothing
        // was done, and nobody waits for the answer.
        reactor->Finish(context->IsCancelled()
                            ? grpc::Status(grpc::StatusCode::CANCELLED,
                                           "The call was given up before it was worked on.")
                            : work(context, request, response));
        --m_active;
    });
    if (!queued) {
        --m_active;
        shed(context, reactor);
    }
    return reactor;
}

void GrpcSyncService::shed(grpc::CallbackServerContext *context, grpc::ServerUnaryReactor *reactor)
{
    qCDebug(lcGrpc) << "busy: shedding a call," << m_work.waiting() << "waiting";
    context->AddTrailingMetadata(kRetryPushbackKey, std::to_string(m_options.retryAfterMs));
    reactor->Finish({grpc::StatusCode::RESOURCE_EXHAUSTED,
                     "The server is busy. Nothing was changed; try again in a moment."});
}

grpc::ServerUnaryReactor *GrpcSyncService::servePush(grpc::CallbackServerContext *context,
                                                     const grpc::ByteBuffer *request,
                                                     grpc::ByteBuffer *response)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    if (!admit(context, reactor))
        return reactor;
    bool accepted = false;
    {
        std::lock_guard lock(m_pushMutex);
        if (m_overtake && !m_heldPush) {
            qCWarning(lcGrpc) << "test fault: holding a push until the next one is decided";
            m_heldPush = WaitingPush{context, request, response, reactor};
            return reactor;
        }
        // One job takes all pushes waiting when it runs: a new one is queued only when none is
        // queued or running (it takes this mutex before it looks, so the order is safe).
        if (int(m_pushes.size()) + m_work.waiting() < m_options.maxQueued && wakeWriter()) {
            m_pushes.push_back({context, request, response, reactor});
            accepted = true;
            if (m_overtake) {
                m_overtake = false;
                m_releaseHeld = true;
            }
        }
    }
    if (!accepted) {
        --m_active;
        shed(context, reactor);
    }
    return reactor;
}

bool GrpcSyncService::wakeWriter()
{
    return m_pushJobQueued || (m_pushJobQueued = m_work.tryPost([this] { pushWaiting(); }));
}

grpc::ServerUnaryReactor *GrpcSyncService::servePull(grpc::CallbackServerContext *context,
                                                     const grpc::ByteBuffer *request,
                                                     grpc::ByteBuffer *response)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    if (!admit(context, reactor))
        return reactor;
    if (!m_work.tryPost([=, this] { pull(context, request, response, reactor, true); })) {
        --m_active;
        shed(context, reactor);
    }
    return reactor;
}

void GrpcSyncService::pull(grpc::CallbackServerContext *context, const grpc::ByteBuffer *in,
                           grpc::ByteBuffer *out, grpc::ServerUnaryReactor *reactor, bool mayWait)
{
    const auto answer = [&](const grpc::Status &status) {
        reactor->Finish(status);
        --m_active;
    };
    // The caller gave up while the call waited (its deadline passed, it hung up): nothing was
    // done, and nobody waits for the answer.
    if (context->IsCancelled())
        return answer(
            {grpc::StatusCode::CANCELLED, "The call was given up before it was worked on."});
    pb::PullRequest request;
    if (!parse(in, &request))
        return answer(malformed());
    pb::PullResponse response;
    std::optional<SyncService::DayNote> note;
    const grpc::Status status =
        m_sync.pull(bearerToken(context), request, &response, mayWait ? &note : nullptr);
    if (status.ok() && note) {
        {
            std::lock_guard lock(m_pushMutex);
            if (wakeWriter()) {
                m_pulls.push_back({context, in, out, reactor, std::move(*note)});
                return;
            }
        }
        // The work queue is full: the pull writes its own note now instead.
        return pull(context, in, out, reactor, false);
    }
    if (status.ok() && m_newerRecordKind && response.changes_size() > 0) {
        pb::Change *newer = response.add_changes();
        newer->set_seq(response.changes(response.changes_size() - 2).seq());
        newer->GetReflection()->MutableUnknownFields(newer)->AddLengthDelimited(99, "newer");
    }
    if (status.ok())
        serialize(response, out);
    answer(status);
}

void GrpcSyncService::pushWaiting()
{
    // One job at a time works off the pushes: while it commits a group, the next group gathers
    // (group commit), and the other workers serve pulls.
    for (;;) {
        std::vector<WaitingPush> calls;
        std::vector<WaitingPull> pulls;
        {
            std::lock_guard lock(m_pushMutex);
            if (m_pushes.empty() && m_releaseHeld) { // Fault::Overtake: the one after it is done
                m_pushes.push_back(*std::exchange(m_heldPush, std::nullopt));
                m_releaseHeld = false;
            }
            if (m_pushes.empty() && m_pulls.empty()) {
                m_pushJobQueued = false;
                return;
            }
            // Pushes that wait together are committed together, up to kGroupBytes of requests:
            // a device's big pushes then go one by one, each answered as soon as it is decided,
            // so that the device records one answer while the next push is decided.
            size_t n = 0, bytes = 0;
            for (const size_t most = std::min(kMaxGroup, m_pushes.size()); n < most; ++n) {
                const size_t length = m_pushes[n].request->Length();
                if (n > 0 && bytes + length > kGroupBytes)
                    break; // the first push always goes, however big
                bytes += length;
            }
            calls.assign(m_pushes.begin(), m_pushes.begin() + std::ptrdiff_t(n));
            m_pushes.erase(m_pushes.begin(), m_pushes.begin() + std::ptrdiff_t(n));
            pulls.swap(m_pulls);
        }
        pushGroup(calls, std::move(pulls));
    }
}

void GrpcSyncService::pushGroup(const std::vector<WaitingPush> &calls,
                                std::vector<WaitingPull> pulls)
{
    std::vector<SyncService::DayNote> notes;
    for (const WaitingPull &p : pulls)
        notes.push_back(p.note);
    // A push of thousands of changes parses into tens of thousands of small messages and
    // strings, and its answer holds one result per change: all of them on one arena, given
    // back at once when the group is answered.
    google::protobuf::ArenaOptions arenaOptions;
    arenaOptions.start_block_size = 64 * 1024;
    arenaOptions.max_block_size = 1024 * 1024;
    google::protobuf::Arena arena(arenaOptions);
    std::vector<pb::PushRequest *> requests(calls.size());
    std::vector<pb::PushResponse *> responses(calls.size());
    for (size_t i = 0; i < calls.size(); ++i) {
        requests[i] = google::protobuf::Arena::CreateMessage<pb::PushRequest>(&arena);
        responses[i] = google::protobuf::Arena::CreateMessage<pb::PushResponse>(&arena);
    }
    std::vector<SyncService::PushCall> group;
    std::vector<size_t> inGroup;
    std::vector<grpc::Status> statuses(calls.size());
    for (size_t i = 0; i < calls.size(); ++i) {
        const WaitingPush &c = calls[i];
        bool mayHoldNul = true;
        if (c.context->IsCancelled())
            statuses[i] = {grpc::StatusCode::CANCELLED,
                           "The call was given up before it was worked on."};
        else if (!parse(c.request, requests[i], &mayHoldNul))
            statuses[i] = malformed();
        else {
            group.push_back({bearerToken(c.context), requests[i], responses[i], {}, mayHoldNul});
            inGroup.push_back(i);
        }
    }
    if (!group.empty() || !notes.empty())
        m_sync.pushGroup(group, notes);
    // Their notes are written: the waiting pulls are worked on again (and answered from there).
    for (const WaitingPull &p : pulls)
        if (!m_work.tryPost(
                [=, this] { pull(p.context, p.request, p.response, p.reactor, false); })) {
            --m_active;
            shed(p.context, p.reactor);
        }
    for (size_t g = 0; g < group.size(); ++g)
        statuses[inGroup[g]] = group[g].status;
    for (size_t i = 0; i < calls.size(); ++i) {
        const WaitingPush &c = calls[i];
        grpc::Status status = statuses[i];
        if (status.ok() && responses[i]->results_size() > 0 && m_dropNextPush.exchange(false)) {
            // Committed, but the client never hears of it: it must retry and get the same
            // outcome.
            qCWarning(lcGrpc) << "test fault: dropping the answer to a committed push";
            c.context->TryCancel();
            status = {grpc::StatusCode::CANCELLED, "dropped by test fault"};
        } else if (status.ok()) {
            serialize(*responses[i], c.response);
        }
        c.reactor->Finish(status);
        --m_active;
    }
}

grpc::Status GrpcSyncService::enroll(grpc::CallbackServerContext *context,
                                     const grpc::ByteBuffer *in, grpc::ByteBuffer *out)
{
    pb::EnrollRequest request;
    if (!parse(in, &request))
        return malformed();
    pb::EnrollResponse response;
    const grpc::Status status = m_sync.enroll(request, peerAddress(context), &response);
    if (status.ok() && m_dropNextEnrol.exchange(false)) {
        // The code is used, but the device never hears of it.
        qCWarning(lcGrpc) << "test fault: dropping the answer to an enrolment";
        context->TryCancel();
        return {grpc::StatusCode::CANCELLED, "dropped by test fault"};
    }
    if (status.ok())
        serialize(response, out);
    return status;
}

} // namespace gw::server
