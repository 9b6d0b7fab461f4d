#pragma once

#include "permissions.h"
#include "recordkinds.h"
#include "records.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace gw {

class Clock;
class OutboxRepository;
class Store;

/// Who this device acts as: the project, the member, their gang and role, and what "today" is in
/// the project's time zone. Every service reads it (instead of each loading identity again), and
/// QML asks it what to offer: `App.context.can.pauseRequirement` follows the permission table
/// (core/permissions.h).
class MemberContext : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    Q_PROPERTY(QString projectName READ projectName NOTIFY changed)
    Q_PROPERTY(QString memberName READ memberName NOTIFY changed)
    Q_PROPERTY(QString gang READ gang NOTIFY changed)
    /// "RESIDENT", "GANGMAKER", "BEHEERDER"; empty until set up.
    Q_PROPERTY(QString role READ roleText NOTIFY changed)
    /// Every action of the permission table by name → whether this member may do it in some
    /// scope (a map, so that bindings follow changes: `App.context.can.readAllHours`).
    Q_PROPERTY(QVariantMap can READ can NOTIFY changed)

public:
    MemberContext(Store &store, const Clock &clock, QObject *parent = nullptr);

    /// Re-reads the member and project (after enrolment, a sync or the demo seed).
    Q_INVOKABLE void reload();
    /// True when the member may do @p action (a permission table name) in some scope.
    Q_INVOKABLE bool may(const QString &action) const;
    bool may(Action action) const;

    bool isReady() const { return m_member.has_value() && m_project.has_value(); }
    const std::optional<Member> &member() const { return m_member; }
    const std::optional<Project> &project() const { return m_project; }
    QString memberId() const { return m_member ? m_member->id : QString(); }
    QString projectName() const { return m_project ? m_project->name : QString(); }
    QString memberName() const { return m_member ? m_member->displayName : QString(); }
    QString gang() const { return m_member ? m_member->gang : QString(); }
    QString roleText() const { return m_member ? roleName(m_member->role) : QString(); }
    QVariantMap can() const;
    /// Today in the project's time zone (Europe/Amsterdam before set-up).
    QDate today() const;
    /// This device's id at the server (read at reload; empty before enrolment and in the demo).
    QString deviceId() const { return m_deviceId; }
    /// What a change made on this device is decided against: the same decision the server
    /// makes, on this store. Only when ready.
    MutationScope scope() const;
    /// Decides @p m with its kind's apply (core's rules and the permission table, as the server
    /// will) and, when applied, queues it in @p outbox: what is refused here is never queued.
    /// Inside the caller's transaction; only when ready. The verdict's words are core's.
    Verdict applyAndQueue(const ::gangwerk::sync::v1::Mutation &m, OutboxRepository &outbox) const;
    /// A user's step from start to end: one transaction that decides @p m (applyAndQueue) and
    /// commits. Returns "" when done, else the user's words (a refusal in core's words, or
    /// "could not be saved"); logs @p what with the reason code only, never record contents.
    QString act(const ::gangwerk::sync::v1::Mutation &m, OutboxRepository &outbox,
                const char *what) const;

    Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }

signals:
    void changed();

private:
    Store &m_store;
    const Clock &m_clock;
    std::optional<Member> m_member;
    std::optional<Project> m_project;
    QString m_deviceId;
};

} // namespace gw
