#pragma once

#include "reminders.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace gw {

class Store;

/// What this device told its member (the keys of delivered reminders) and what it last saw of
/// their own sign-ups, kept in the device's "client" part of the store: this is what makes a
/// reminder arrive once, and a promotion pulled while the app was closed still noticed. Device
/// bookkeeping, never synced. Callers own the transaction.
class ReminderRepository
{
public:
    explicit ReminderRepository(Store &store) : m_store(store) {}

    QSet<QString> delivered() const;
    void markDelivered(const QString &key, const QString &activityId, const QDateTime &at);
    QHash<QString, reminders::SeenSignUp> seen() const;
    /// Replaces what was last seen with @p seen.
    void replaceSeen(const QHash<QString, reminders::SeenSignUp> &seen);
    /// Forgets the delivered keys of every activity not in @p activityIds (those that ended or
    /// are gone: nothing is ever reminded of them again), so the table stays small. Keys of
    /// buurtdiensten notices (activity_id "service:<post>", core/servicenotices.h) stay.
    void forgetAllBut(const QSet<QString> &activityIds);

private:
    Store &m_store;
};

} // namespace gw
