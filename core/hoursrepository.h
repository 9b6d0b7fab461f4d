#pragma once

#include "records.h"

#include <optional>

namespace gw {

class Store;

/// The append-only hours ledger in a store. Nothing is ever updated or deleted: a correction
/// is a new entry. "Effective" entries are those no later entry corrects, minus voids.
class HoursRepository
{
public:
    explicit HoursRepository(Store &store) : m_store(store) {}

    /// Appends one entry. The caller owns the transaction.
    void append(const HourEntry &e);
    std::optional<HourEntry> entry(const QString &id) const;
    /// The entry that corrects @p id, if any.
    std::optional<HourEntry> correctionOf(const QString &id) const;

    /// Effective minutes of a member over an inclusive day range.
    int effectiveMinutes(const QString &memberId, const hours::DayRange &range) const;
    /// Effective minutes on one day, leaving out @p excludingId (the entry being replaced).
    int effectiveMinutesOnDay(const QString &memberId, QDate day,
                              const QString &excludingId = {}) const;
    /// Effective minutes per day over a range, for month totals in one query.
    QList<QPair<QDate, int>> effectiveMinutesPerDay(const QString &memberId,
                                                    const hours::DayRange &range) const;
    /// Every entry of a member (voids included), newest day first.
    QList<HourEntry> history(const QString &memberId) const;

private:
    Store &m_store;
};

} // namespace gw
