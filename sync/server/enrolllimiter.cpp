#include "enrolllimiter.h"

#include "store.h"

#include <algorithm>

namespace gw::server {

namespace {
qint64 ms(std::chrono::seconds s)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(s).count();
}
} // namespace

EnrollLimiter::Verdict EnrollLimiter::check(Store &store, const QByteArray &addressId,
                                            qint64 nowMs) const
{
    Statement count(store,
                    "SELECT (SELECT count(*) FROM enrol_failure WHERE peer_hash = ?1 "
                    "AND at_ms > ?2), (SELECT count(*) FROM enrol_failure WHERE at_ms > ?3)");
    count.bind(1, addressId)
        .bind(2, nowMs - ms(m_limits.peerWindow))
        .bind(3, nowMs - ms(m_limits.globalWindow));
    count.next();
    if (count.int64(0) >= m_limits.perPeer)
        return Verdict::PeerBlocked;
    if (count.int64(1) >= m_limits.global)
        return Verdict::GloballyBlocked;
    return Verdict::Allowed;
}

void EnrollLimiter::recordFailure(Store &store, const QByteArray &addressId, qint64 nowMs) const
{
    // The table stays as small as the attack: at most the failures of the longest window.
    Statement forget(store, "DELETE FROM enrol_failure WHERE at_ms <= ?1");
    forget.bind(1, nowMs - ms(std::max(m_limits.peerWindow, m_limits.globalWindow))).run();
    Statement add(store, "INSERT INTO enrol_failure (peer_hash, at_ms) VALUES (?1, ?2)");
    add.bind(1, addressId).bind(2, nowMs).run();
}

} // namespace gw::server
