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

    explicit EnrollLimiter(Limits limits) : m_limits(limits) {}
    Verdict check(const std::string &peer, Clock::time_point now = Clock::now());
    void recordFailure(const std::string &peer, Clock::time_point now = Clock::now());
    const Limits &limits() const { return m_limits; }

private:
    void prune(Clock::time_point now);
    Limits m_limits;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<Clock::time_point>> m_peers;
    std::deque<Clock::time_point> m_global;
    Clock::time_point m_lastPrune{};
};

} // namespace gw::server
