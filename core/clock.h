#pragma once

#include <QDateTime>

namespace gw {

/// The seam for "now": everything that depends on dates asks a Clock, so tests can pin time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that shows what it is told to (tests, the demo's screenshots).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime t = {}) : m_now(std::move(t)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace gw
