#pragma once

#include "records.h"

#include <optional>

namespace gw {

class Store;

/// Buurtdiensten posts in a store (the server's and a device's: the same table). A post is
/// written whole, as it travels (its wire form), beside the columns that lists and the server's
/// silent-credit sweep select on. Callers own the transaction.
class ServiceRepository
{
public:
    explicit ServiceRepository(Store &store) : m_store(store) {}

    void save(const ServicePost &p);
    std::optional<ServicePost> post(const QString &id) const;
    /// Every post of a project, the newest first.
    QList<ServicePost> posts(const QString &projectId) const;
    /// Posts of a project with a reported time of helping whose asker stayed silent until
    /// @p now (services::silentCreditAt).
    QList<ServicePost> silentDue(const QString &projectId, const QDateTime &now) const;

    bool anySilentDue(const QString &projectId, const QDateTime &now) const;

private:
    Store &m_store;
};

} // namespace gw
