#pragma once

#include "enrolllimiter.h"
#include "gangwerk/sync/v1/sync.pb.h"
#include "serverrepository.h"

#include <grpcpp/support/status.h>

#include <optional>
#include <string>
#include <vector>

namespace gw {
class Clock;
}

namespace gw::server {

class ServerStore;

/// The sync protocol's rules on the server, apart from the transport: enrolment, exactly-once
/// push and filtered pull. Every store access holds the store's mutex, so writes are serialized
/// and each answer is given only after its commit.
class SyncService
{
public:
    /// The protocol versions this server serves (sync.proto, enum ProtocolVersion).
    static constexpr quint32 kMinProtocolVersion = 1;
    static constexpr quint32 kMaxProtocolVersion = 1;
    /// The message of FAILED_PRECONDITION for a version outside that range.
    static constexpr const char *kUpgradeRequired = "upgrade required";
    /// Pull page sizes: the default, the cap, and a response size a client's 4 MiB receive
    /// limit always admits.
    static constexpr int kDefaultPullLimit = 1000;
    static constexpr int kMaxPullLimit = 20000;
    static constexpr int kMaxPullBytes = 3 * 1024 * 1024;
    /// An enrolment key's size (EnrollRequest.enrol_key), and how long after an invite was used
    /// a try with its key is answered again (the first answer was lost on the way).
    static constexpr int kMinEnrolKeyBytes = 16;
    static constexpr int kMaxEnrolKeyBytes = 64;
    static constexpr qint64 kEnrolAnswerAgainMs = 15 * 60 * 1000;

    SyncService(ServerStore &store, const Clock &clock, EnrollLimiter &limiter);

    grpc::Status enroll(const ::gangwerk::sync::v1::EnrollRequest &request, const std::string &peer,
                        ::gangwerk::sync::v1::EnrollResponse *response);
    grpc::Status push(const std::string &token, const ::gangwerk::sync::v1::PushRequest &request,
                      ::gangwerk::sync::v1::PushResponse *response);
    /// Pushes that arrived together, committed together: one commit (one fsync) for all of
    /// them instead of one each, while each push stays all or nothing and is answered only
    /// after the commit. Fills each call's status and response.
    struct PushCall
    {
        std::string token;
        const ::gangwerk::sync::v1::PushRequest *request = nullptr;
        ::gangwerk::sync::v1::PushResponse *response = nullptr;
        grpc::Status status;
        /// False when the request's bytes hold no 0x00 byte (wire::mayHoldNul): then no text in
        /// it holds a NUL, and its mutations are not walked for one.
        bool mayHoldNul = true;
    };
    /// A device's first pull of a day: its device record says "in use today" before the pull
    /// is answered (so that this pull already brings it).
    struct DayNote
    {
        Device device;
        QDate today;
    };
    /// Writes @p notes (first pulls that wait for them, see pull()) in the group's transaction,
    /// before the pushes: every device's first pull of a morning costs one commit per group,
    /// not one each.
    void pushGroup(std::vector<PushCall> &calls, const std::vector<DayNote> &notes = {});
    /// With @p toNote, a first pull of the day that needs nothing else written is not answered:
    /// *toNote says what to note, and the caller pulls again (without @p toNote) once
    /// pushGroup() has written it. Without, the pull writes its note itself.
    grpc::Status pull(const std::string &token, const ::gangwerk::sync::v1::PullRequest &request,
                      ::gangwerk::sync::v1::PullResponse *response,
                      std::optional<DayNote> *toNote = nullptr);

private:
    /// Writes that these devices were in use today (in the open transaction).
    void noteDays(const std::vector<DayNote> &notes);
    /// Where a push's writes go: its own transaction (a store error is its answer, nothing of
    /// it kept), or the group's open transaction (a store error is thrown: the group rolls
    /// back as a whole).
    enum class PushIn { OwnTransaction, Group };
    /// One push, with the store's mutex held.
    grpc::Status pushLocked(const std::string &token,
                            const std::vector<const ::gangwerk::sync::v1::Mutation *> &batch,
                            ::gangwerk::sync::v1::PushResponse *response, PushIn in,
                            bool mayHoldNul = true);
    /// The device's member (the actor of its mutations, the viewer of its pulls).
    grpc::Status authenticate(const std::string &token, Device *device, Member *member);
    static grpc::Status authenticate(const ServerRepository &repo, const std::string &token,
                                     Device *device, Member *member);
    qint64 nowMs() const;
    /// Today in the project's time zone (UTC when it names none).
    static QDate projectToday(const Project &project, const QDateTime &now);

    ServerStore &m_store;
    const Clock &m_clock;
    EnrollLimiter &m_limiter;
    ServerRepository m_repo;
    /// ServerStore::restoreLostSpan(), read once (a restore happens while no server runs).
    std::pair<qint64, qint64> m_restoreLost{0, 0};
};

} // namespace gw::server
