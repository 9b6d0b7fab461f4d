#pragma once

#include "records.h"

#include <optional>

namespace gw {

class Store;

/// Projects, members and the device's own settings in the client store. Callers own the
/// transaction, so that a record and its outbox entry commit together.
class ProjectRepository
{
public:
    explicit ProjectRepository(Store &store) : m_store(store) {}

    void saveProject(const Project &p);
    std::optional<Project> project(const QString &id) const;
    void saveMember(const Member &m);
    std::optional<Member> member(const QString &id) const;
    /// Every member of a project, by display name.
    QList<Member> members(const QString &projectId) const;

    /// The member this device acts as (set at enrolment or by the demo).
    QString selfMemberId() const;
    void setSelfMemberId(const QString &id);

    QString setting(const QString &key) const;
    void setSetting(const QString &key, const QString &value);

private:
    Store &m_store;
};

} // namespace gw
