#pragma once

#include <grpcpp/impl/service_type.h>
#include <grpcpp/server_context.h>
#include <grpcpp/support/byte_buffer.h>

#include <atomic>
#include <string>

namespace gw::server {

class SyncService;

/// SyncService on grpc++. The methods take raw bytes and parse them here, because grpc++'s
/// generated handlers answer an unparsable message with INTERNAL, while the contract says
/// INVALID_ARGUMENT (the client sent it, the server is fine).
class GrpcSyncService final : public grpc::Service
{
public:
    /// Test hooks, honoured only when the environment has GANGWERK_TEST_FAULTS=1.
    enum class Fault {
        None,
        DropAfterCommit, // commit one push, then cancel the call without answering (once)
        NewerRecordKind  // every pull page also carries a change of a kind no build knows yet,
                         // as a newer server's would (field 99 of Change)
    };

    explicit GrpcSyncService(SyncService &sync, Fault fault = Fault::None);

    /// Shutting down: new calls are answered UNAVAILABLE at once, calls in flight go on.
    /// Returns when none is left or after @p timeoutMs; true when none is left.
    bool drain(int timeoutMs);

    /// The fully qualified service name, "gangwerk.sync.v1.SyncService" (for health checks).
    static std::string serviceName();

private:
    grpc::Status enroll(grpc::ServerContext *context, const grpc::ByteBuffer *request,
                        grpc::ByteBuffer *response);
    grpc::Status push(grpc::ServerContext *context, const grpc::ByteBuffer *request,
                      grpc::ByteBuffer *response);
    grpc::Status pull(grpc::ServerContext *context, const grpc::ByteBuffer *request,
                      grpc::ByteBuffer *response);

    /// Counts a call in flight for drain(); refuses it when draining.
    class CallGuard;

    SyncService &m_sync;
    std::atomic<int> m_active{0};
    std::atomic<bool> m_draining{false};
    std::atomic<bool> m_dropNextPush;
    const bool m_newerRecordKind;
    // grpc keeps pointers to the method paths: they live as long as the service.
    std::string m_enrollPath, m_pushPath, m_pullPath;
};

} // namespace gw::server
