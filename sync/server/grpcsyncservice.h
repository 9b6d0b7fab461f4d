#pragma once

#include "syncservice.h"
#include "workqueue.h"

#include <grpcpp/impl/service_type.h>
#include <grpcpp/server_context.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/server_callback.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace gw::server {

class SyncService;

/// SyncService on grpc++'s callback API. A call costs no thread while it waits: its handler
/// queues the work on a small WorkQueue (the store serializes writes anyway) and answers from
/// there. When the queue is full, the call is answered at once with RESOURCE_EXHAUSTED and a
/// retry hint (trailer grpc-retry-pushback-ms), so that a busy server sheds load gracefully and
/// keeps answering the devices it has taken on. A call whose caller gave up while it waited
/// (deadline or cancel) is not worked on. Pushes that wait together are committed together:
/// one commit per group instead of one per push, each push still all or nothing.
///
/// The methods take raw bytes and parse them here, because grpc++'s generated handlers answer
/// an unparsable message with INTERNAL, while the contract says INVALID_ARGUMENT.
class GrpcSyncService final : public grpc::Service
{
public:
    /// Test hooks, honoured only when the environment has GANGWERK_TEST_FAULTS=1.
    enum class Fault {
        None,
        DropAfterCommit, // commit one push, then cancel the call without answering (once)
        DropEnrolAnswer, // the same for the first enrolment that works
        NewerRecordKind, // every pull page also carries a change of a kind no build knows yet,
                         // as a newer server's would (field 99 of Change)
        Busy,            // the first Options::busyCalls calls are shed as if the queue were full
        Overtake         // the first push waits until the next one has been decided (once): as
                         // if a device's next push overtook it on the way
    };
    struct Options
    {
        int workers = 4;
        /// Calls that may wait for a worker; one more is shed.
        int maxQueued = 2000;
        /// The retry hint sent with a shed call.
        int retryAfterMs = 1000;
        Fault fault = Fault::None;
        int busyCalls = 0;
    };

    explicit GrpcSyncService(SyncService &sync, const Options &options);
    explicit GrpcSyncService(SyncService &sync) : GrpcSyncService(sync, Options()) {}

    /// Shutting down: new calls are answered UNAVAILABLE at once, calls in flight (also those
    /// waiting for a worker) go on. Returns when none is left or after @p timeoutMs; true when
    /// none is left.
    bool drain(int timeoutMs);

    /// The fully qualified service name, "gangwerk.sync.v1.SyncService" (for health checks).
    static std::string serviceName();
    /// The trailer with the retry hint of a shed call (gRPC's own name for it).
    static constexpr const char *kRetryPushbackKey = "grpc-retry-pushback-ms";

private:
    using Work = std::function<grpc::Status(grpc::CallbackServerContext *, const grpc::ByteBuffer *,
                                            grpc::ByteBuffer *)>;
    using Handler = std::function<grpc::ServerUnaryReactor *(
        grpc::CallbackServerContext *, const grpc::ByteBuffer *, grpc::ByteBuffer *)>;
    void addMethod(const std::string &path, Handler handler);
    /// False when the call was answered at once (shutting down, or the busy test fault);
    /// true when it counts as in flight (drain() waits for it) and may be queued.
    bool admit(grpc::CallbackServerContext *context, grpc::ServerUnaryReactor *reactor);
    /// Queues @p work for the call, or sheds it when the queue is full.
    grpc::ServerUnaryReactor *serve(grpc::CallbackServerContext *context,
                                    const grpc::ByteBuffer *request, grpc::ByteBuffer *response,
                                    const Work &work);
    /// Push calls wait here, not one job each: a worker takes all that came (up to kMaxGroup
    /// calls and kGroupBytes of requests) and commits them together (SyncService::pushGroup).
    struct WaitingPush
    {
        grpc::CallbackServerContext *context;
        const grpc::ByteBuffer *request;
        grpc::ByteBuffer *response;
        grpc::ServerUnaryReactor *reactor;
    };
    static constexpr size_t kMaxGroup = 256;
    static constexpr size_t kGroupBytes = 64 * 1024;
    grpc::ServerUnaryReactor *servePush(grpc::CallbackServerContext *context,
                                        const grpc::ByteBuffer *request,
                                        grpc::ByteBuffer *response);
    /// A device's first pull of the day, waiting for its note to be written with the next
    /// group of pushes (SyncService::pull's toNote); then pulled again.
    struct WaitingPull
    {
        grpc::CallbackServerContext *context;
        const grpc::ByteBuffer *request;
        grpc::ByteBuffer *response;
        grpc::ServerUnaryReactor *reactor;
        SyncService::DayNote note;
    };
    void pushWaiting();
    void pushGroup(const std::vector<WaitingPush> &calls, std::vector<WaitingPull> pulls);
    /// Queues the writer's job (pushWaiting) unless it is queued or running; with m_pushMutex
    /// held. False when the work queue is full.
    bool wakeWriter();
    grpc::ServerUnaryReactor *servePull(grpc::CallbackServerContext *context,
                                        const grpc::ByteBuffer *request,
                                        grpc::ByteBuffer *response);
    /// Works on a pull and answers it, or (with @p mayWait) leaves it waiting for its note.
    void pull(grpc::CallbackServerContext *context, const grpc::ByteBuffer *request,
              grpc::ByteBuffer *response, grpc::ServerUnaryReactor *reactor, bool mayWait);
    void shed(grpc::CallbackServerContext *context, grpc::ServerUnaryReactor *reactor);

    grpc::Status enroll(grpc::CallbackServerContext *context, const grpc::ByteBuffer *request,
                        grpc::ByteBuffer *response);

    SyncService &m_sync;
    const Options m_options;
    std::atomic<int> m_active{0};
    std::atomic<bool> m_draining{false};
    std::atomic<bool> m_dropNextPush;
    std::atomic<bool> m_dropNextEnrol;
    std::atomic<int> m_busyCalls;
    const bool m_newerRecordKind;
    // Fault::Overtake: the push held back, and whether the one after it has come (m_pushMutex).
    bool m_overtake;
    std::optional<WaitingPush> m_heldPush;
    bool m_releaseHeld = false;
    // grpc keeps pointers to the method paths: they live as long as the service.
    std::string m_enrollPath, m_pushPath, m_pullPath;
    int m_methods = 0;
    std::mutex m_pushMutex;
    std::vector<WaitingPush> m_pushes;
    std::vector<WaitingPull> m_pulls;
    bool m_pushJobQueued = false; // a pushWaiting() job is queued or running
    // Last: destroyed (its threads joined) first, while everything its jobs use still lives.
    WorkQueue m_work;
};

} // namespace gw::server
