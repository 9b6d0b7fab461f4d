#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace gw::server {

/// Slows down invite-code guessing: counts failed enrolments per peer address and over all
/// peers in sliding windows. An address over its limit is refused until its failures age out;
/// when all peers together are over theirs, every enrolment waits (an attacker with many
/// addresses gets no more guesses than the global limit).
///
/// An attempt is checked, tried and, when wrong, recorded as one step: attempts are let
/// through one at a time (begin() to the end of its Attempt), so that concurrent guesses
/// cannot all pass the check before the first failure is recorded. Enrolments are serialized
/// by the store anyway; this costs them nothing more.
class EnrollLimiter
{
public:
    using Clock = std::chrono::steady_clock;
    struct Limits
    {
        int perPeer = 10;
        std::chrono::seconds peerWindow{15 * 60};
        int global = 60;
        std::chrono::seconds globalWindow{60};
    };
    enum class Verdict { Allowed, PeerBlocked, GloballyBlocked };

    /// One enrolment attempt. While it lives, no other attempt is checked; when it ends without
    /// forgive(), an allowed attempt is recorded as a failure.
    class [[nodiscard]] Attempt
    {
    public:
        Attempt(const Attempt &) = delete;
        Attempt &operator=(const Attempt &) = delete;
        ~Attempt();
        Verdict verdict() const { return m_verdict; }
        /// The code was right, or the server failed rather than the caller: not a failure.
        void forgive() { m_forgiven = true; }

    private:
        friend class EnrollLimiter;
        Attempt(EnrollLimiter &limiter, std::string peer);
        EnrollLimiter &m_limiter;
        std::unique_lock<std::mutex> m_serial;
        std::string m_peer;
        Verdict m_verdict = Verdict::Allowed;
        bool m_forgiven = false;
    };

    explicit EnrollLimiter(Limits limits) : m_limits(limits) {}
    /// Waits for the attempt before to end, then checks @p peer against the limits.
    Attempt begin(const std::string &peer) { return Attempt(*this, peer); }
    const Limits &limits() const { return m_limits; }

private:
    Verdict check(const std::string &peer, Clock::time_point now = Clock::now());
    void recordFailure(const std::string &peer, Clock::time_point now = Clock::now());
    std::mutex m_serial;
    void prune(Clock::time_point now);
    Limits m_limits;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<Clock::time_point>> m_peers;
    std::deque<Clock::time_point> m_global;
    Clock::time_point m_lastPrune{};
};

} // namespace gw::server
