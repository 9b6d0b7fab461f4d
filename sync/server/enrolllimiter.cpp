#include "enrolllimiter.h"

namespace gw::server {

namespace {
void dropOlder(std::deque<EnrollLimiter::Clock::time_point> &q,
               EnrollLimiter::Clock::time_point cutoff)
{
    while (!q.empty() && q.front() <= cutoff)
        q.pop_front();
}
} // namespace

void EnrollLimiter::prune(Clock::time_point now)
{
    dropOlder(m_global, now - m_limits.globalWindow);
    // Forget quiet peers now and then, so that the table stays as small as the attack.
    if (now - m_lastPrune < std::chrono::seconds(10))
        return;
    m_lastPrune = now;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        dropOlder(it->second, now - m_limits.peerWindow);
        it = it->second.empty() ? m_peers.erase(it) : std::next(it);
    }
}

EnrollLimiter::Verdict EnrollLimiter::check(const std::string &peer, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    prune(now);
    if (const auto it = m_peers.find(peer); it != m_peers.end()) {
        dropOlder(it->second, now - m_limits.peerWindow);
        if (int(it->second.size()) >= m_limits.perPeer)
            return Verdict::PeerBlocked;
    }
    if (int(m_global.size()) >= m_limits.global)
        return Verdict::GloballyBlocked;
    return Verdict::Allowed;
}

void EnrollLimiter::recordFailure(const std::string &peer, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    m_peers[peer].push_back(now);
    m_global.push_back(now);
}

EnrollLimiter::Attempt::Attempt(EnrollLimiter &limiter, std::string peer)
    : m_limiter(limiter), m_serial(limiter.m_serial), m_peer(std::move(peer))
{
    m_verdict = m_limiter.check(m_peer);
}

EnrollLimiter::Attempt::~Attempt()
{
    if (m_verdict == Verdict::Allowed && !m_forgiven)
        m_limiter.recordFailure(m_peer);
}

} // namespace gw::server
