#pragma once

#include <QByteArray>

#include <chrono>
#include <string>

namespace gw {
class Store;
}

namespace gw::server {

/// Slows down invite-code guessing: counts failed enrolments per peer address and over all
/// peers in sliding windows. An address over its limit is refused until its failures age out;
/// when all peers together are over theirs, every enrolment waits (an attacker with many
/// addresses gets no more guesses than the global limit).
///
/// The failures are kept in the store (table enrol_failure), not in the process: every server
/// process on one PostgreSQL database counts the same guesses, and a restarted server does not
/// forget them. check() and recordFailure() run inside the enrolment's write transaction,
/// which serializes attempts (the store's mutex within a process, the writers' lock across
/// processes): concurrent guesses cannot all pass the check before the first failure is
/// recorded.
class EnrollLimiter
{
public:
    struct Limits
    {
        int perPeer = 10;
        std::chrono::seconds peerWindow{15 * 60};
        int global = 60;
        std::chrono::seconds globalWindow{60};
    };
    enum class Verdict { Allowed, PeerBlocked, GloballyBlocked };

    explicit EnrollLimiter(Limits limits) : m_limits(limits) {}
    const Limits &limits() const { return m_limits; }

    /// Whether the address @p addressId (ServerStore::addressId()) may try a code at @p nowMs
    /// (milliseconds since the epoch).
    Verdict check(Store &store, const QByteArray &addressId, qint64 nowMs) const;
    /// Records a wrong code from @p addressId, and forgets failures older than every window.
    void recordFailure(Store &store, const QByteArray &addressId, qint64 nowMs) const;

private:
    Limits m_limits;
};

} // namespace gw::server
