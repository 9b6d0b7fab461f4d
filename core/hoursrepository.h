#pragma once

#include "records.h"

#include <QHash>

#include <optional>

namespace gw {

class Statement;
class Store;

/// The append-only hours ledger in a store. Nothing is ever updated or deleted: a correction
/// is a new entry. "Effective" entries are those no later entry corrects, minus voids.
class HoursRepository
{
public:
    /// On a device (@p deviceLedger true) entries the server refused (outbox state REJECTED)
    /// stay in the history but no longer count; the server's store has no outbox.
    explicit HoursRepository(Store &store, bool deviceLedger = false);

    /// Appends one entry. The caller owns the transaction.
    void append(const HourEntry &e);
    /// Appends @p e unless an entry with its id is stored: false then (nothing written). The
    /// caller owns the transaction.
    bool appendIfNew(const HourEntry &e);
    /// Writes an entry received from the server: the server's copy wins (update by id, insert
    /// when absent; SQLite 3.15 has no UPSERT). The caller owns the transaction.
    void upsert(const HourEntry &e);
    std::optional<HourEntry> entry(const QString &id) const;
    /// Whether an entry with @p id is stored (its key alone is read).
    bool has(const QString &id) const;
    /// The entry that corrects @p id, if any.
    std::optional<HourEntry> correctionOf(const QString &id) const;
    /// What the correction rules need to know of the entry @p id (core's checkCorrection).
    hours::CorrectionTarget correctionTarget(const QString &id) const;

    /// Effective minutes of a member over an inclusive day range.
    int effectiveMinutes(const QString &memberId, const hours::DayRange &range) const;
    /// Effective minutes on one day, leaving out @p excludingId (the entry being replaced).
    int effectiveMinutesOnDay(const QString &memberId, QDate day,
                              const QString &excludingId = {}) const;
    /// Effective minutes per day over a range, for month totals in one query.
    QList<QPair<QDate, int>> effectiveMinutesPerDay(const QString &memberId,
                                                    const hours::DayRange &range) const;
    /// Effective minutes of every member with entries over a range, in one query (the
    /// beheerder's overview).
    QHash<QString, int> effectiveMinutesPerMember(const hours::DayRange &range) const;
    /// Every entry of a member (voids included), newest day first.
    QList<HourEntry> history(const QString &memberId) const;

private:
    QByteArray effective() const;
    Store &m_store;
    bool m_deviceLedger = false;
};

} // namespace gw
