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

    /// The told keys of @p family ("activity", "service"), or of every family when empty.
    QSet<QString> delivered(const QString &family = {}) const;
    /// Remembers @p key as told, about record @p recordId of @p family.
    void markDelivered(const QString &key, const QString &recordId, const QDateTime &at,
                       const QString &family = QString::fromLatin1(kActivityFamily));
    QHash<QString, reminders::SeenSignUp> seen() const;
    /// Replaces what was last seen with @p seen.
    void replaceSeen(const QHash<QString, reminders::SeenSignUp> &seen);
    /// Forgets the delivered keys of every record of @p family not in @p recordIds (activities
    /// that ended or are gone: nothing is ever reminded of them again), so the table stays
    /// small. Other families' keys stay.
    void forgetAllBut(const QSet<QString> &recordIds,
                      const QString &family = QString::fromLatin1(kActivityFamily));

    static constexpr const char *kActivityFamily = "activity";

private:
    Store &m_store;
};

} // namespace gw
