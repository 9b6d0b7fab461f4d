#pragma once

#include "records.h"

#include <optional>

namespace gw {

class Store;

/// Signals and knock tasks in a store (the server's and a device's: the same tables). Each is
/// written whole, as it travels, beside the columns that lists, merges and forgetting select on.
/// Callers own the transaction.
class SignalRepository
{
public:
    explicit SignalRepository(Store &store) : m_store(store) {}

    void save(const Signal &sig);
    std::optional<Signal> signal(const QString &id) const;
    /// Every signal of a project the store holds, the newest first.
    QList<Signal> all(const QString &projectId) const;
    /// The signals merged into @p id.
    QList<Signal> mergedInto(const QString &id) const;
    /// Closed signals of a project closed before @p closedBefore (the oldest first).
    QList<Signal> closedBefore(const QString &projectId, const QDateTime &closedBefore) const;
    bool anyClosedBefore(const QString &projectId, const QDateTime &closedBefore) const;
    /// Removes a signal and its knock tasks; returns the removed tasks' ids.
    QStringList forget(const QString &signalId);

    void save(const KnockTask &t);
    std::optional<KnockTask> knockTask(const QString &id) const;
    /// Every knock task of a project the store holds, by day (the latest first).
    QList<KnockTask> knockTasks(const QString &projectId) const;
    QList<KnockTask> knockTasksFor(const QString &signalId) const;
    void forgetKnockTask(const QString &id);

private:
    Store &m_store;
};

} // namespace gw
