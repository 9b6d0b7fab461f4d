#pragma once

#include "records.h"

#include <optional>

namespace gw {

class Statement;
class Store;

/// Activities, their organisers and sign-ups in a store (the server's and a device's: the same
/// tables). An activity is written as a whole, the way it travels. Callers own the transaction.
class ActivityRepository
{
public:
    explicit ActivityRepository(Store &store) : m_store(store) {}

    /// Writes @p a with its organisers and sign-ups, replacing what the store had of it.
    void save(const Activity &a);
    std::optional<Activity> activity(const QString &id) const;
    /// The activities of a project that end after @p from (all when invalid), by start.
    QList<Activity> activities(const QString &projectId, const QDateTime &from = {}) const;
    /// What a room clash needs: the activities in @p placeId overlapping [start, end).
    QList<activities::Booking> bookings(const QString &placeId, const QDateTime &start,
                                        const QDateTime &end) const;
    /// The dates of series @p seriesId from position @p fromIndex on, by position.
    QList<Activity> series(const QString &seriesId, int fromIndex = 0) const;
    /// Whether any activity has a sign-up with this id (ids are made by devices).
    bool signUpExists(const QString &signUpId) const;
    /// Whether any activity has a question about credited hours with this id.
    bool disputeExists(const QString &disputeId) const;

private:
    Activity read(const Statement &s) const;
    Store &m_store;
};

} // namespace gw
