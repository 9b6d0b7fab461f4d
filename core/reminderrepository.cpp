#include "reminderrepository.h"

#include "store.h"

namespace gw {

namespace {

using activities::SignUpState;

QString stateName(SignUpState s)
{
    switch (s) {
    case SignUpState::Pending:
        return QStringLiteral("PENDING");
    case SignUpState::Confirmed:
        return QStringLiteral("CONFIRMED");
    case SignUpState::Waitlisted:
        return QStringLiteral("WAITLISTED");
    case SignUpState::Withdrawn:
        return QStringLiteral("WITHDRAWN");
    }
    return QStringLiteral("PENDING");
}

SignUpState stateFromName(const QString &name)
{
    if (name == QLatin1String("CONFIRMED"))
        return SignUpState::Confirmed;
    if (name == QLatin1String("WAITLISTED"))
        return SignUpState::Waitlisted;
    if (name == QLatin1String("WITHDRAWN"))
        return SignUpState::Withdrawn;
    return SignUpState::Pending;
}

} // namespace

QSet<QString> ReminderRepository::delivered(const QString &family) const
{
    QSet<QString> out;
    Statement s(m_store, "SELECT key FROM reminder_delivered WHERE ?1 = '' OR family = ?1");
    s.bind(1, family);
    while (s.next())
        out.insert(s.text(0));
    return out;
}

void ReminderRepository::markDelivered(const QString &key, const QString &recordId,
                                       const QDateTime &at, const QString &family)
{
    Statement s(m_store, "INSERT OR IGNORE INTO reminder_delivered (key, activity_id, "
                         "delivered_at_ms, family) VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, key).bind(2, recordId).bind(3, at.toMSecsSinceEpoch()).bind(4, family).run();
}

QHash<QString, reminders::SeenSignUp> ReminderRepository::seen() const
{
    QHash<QString, reminders::SeenSignUp> out;
    Statement s(m_store, "SELECT activity_id, sign_up_id, state FROM reminder_seen");
    while (s.next())
        out.insert(s.text(0), {s.text(1), stateFromName(s.text(2))});
    return out;
}

void ReminderRepository::replaceSeen(const QHash<QString, reminders::SeenSignUp> &seen)
{
    m_store.exec("DELETE FROM reminder_seen");
    Statement ins(m_store,
                  "INSERT INTO reminder_seen (activity_id, sign_up_id, state) VALUES (?1, ?2, ?3)");
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        ins.reset();
        ins.bind(1, it.key()).bind(2, it->signUpId).bind(3, stateName(it->state)).run();
    }
}

void ReminderRepository::forgetAllBut(const QSet<QString> &recordIds, const QString &family)
{
    QStringList gone;
    {
        Statement s(m_store,
                    "SELECT DISTINCT activity_id FROM reminder_delivered WHERE family = ?1");
        s.bind(1, family);
        while (s.next())
            if (!recordIds.contains(s.text(0)))
                gone.append(s.text(0));
    }
    Statement del(m_store, "DELETE FROM reminder_delivered WHERE family = ?1 AND activity_id = ?2");
    for (const QString &id : gone) {
        del.reset();
        del.bind(1, family).bind(2, id).run();
    }
}

} // namespace gw
