#include "servicerepository.h"

#include "recordcodec.h"
#include "store.h"

#include <algorithm>

namespace gw {

namespace {

// When the server credits a time of @p p as reported: the earliest silent one, 0 for none.
qint64 silentDueMs(const ServicePost &p)
{
    qint64 due = 0;
    for (const services::Occurrence &o : p.occurrences)
        if (o.state == services::OccurrenceState::Reported && o.reportedAt.isValid()) {
            const qint64 at = wire::instantToMs(services::silentCreditAt(o));
            due = due == 0 ? at : std::min(due, at);
        }
    return due;
}

std::optional<ServicePost> read(const Statement &s)
{
    // Each read selects (project_id, record, id). A post's messages are between neighbours.
    const QByteArray blob =
        s.sealedBlob(1, "service_post.record", s.store().fieldCipher() ? s.text(2) : QString());
    wire::pb::ServicePost w;
    if (!w.ParseFromArray(blob.constData(), int(blob.size())))
        return std::nullopt; // never written by this repository: skip rather than guess
    ServicePost p = wire::fromWire(w);
    p.projectId = s.text(0);
    return p;
}

} // namespace

void ServiceRepository::save(const ServicePost &p)
{
    const std::string record = wire::toWire(p).SerializeAsString();
    const QByteArray blob(record.data(), qsizetype(record.size()));
    Statement upd(m_store, "UPDATE service_post SET project_id = ?2, posted_at_ms = ?3, "
                           "silent_due_ms = ?4, record = ?5 WHERE id = ?1");
    const auto bindAll = [&](Statement &s) {
        s.bind(1, p.id).bind(2, p.projectId).bind(3, wire::instantToMs(p.postedAt));
        s.bind(4, silentDueMs(p)).bindSealed(5, blob, "service_post.record", p.id);
    };
    bindAll(upd);
    upd.run();
    if (m_store.changes() == 0) {
        Statement ins(m_store, "INSERT INTO service_post (id, project_id, posted_at_ms, "
                               "silent_due_ms, record) VALUES (?1, ?2, ?3, ?4, ?5)");
        bindAll(ins);
        ins.run();
    }
}

std::optional<ServicePost> ServiceRepository::post(const QString &id) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM service_post WHERE id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return read(s);
}

QList<ServicePost> ServiceRepository::posts(const QString &projectId) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM service_post WHERE project_id = ?1 "
                         "ORDER BY posted_at_ms DESC, id");
    s.bind(1, projectId);
    QList<ServicePost> out;
    while (s.next())
        if (auto p = read(s))
            out.append(*p);
    return out;
}

bool ServiceRepository::anySilentDue(const QString &projectId, const QDateTime &now) const
{
    Statement s(m_store, "SELECT 1 FROM service_post WHERE project_id = ?1 AND silent_due_ms > 0 "
                         "AND silent_due_ms <= ?2 LIMIT 1");
    s.bind(1, projectId).bind(2, wire::instantToMs(now));
    return s.next();
}

QList<ServicePost> ServiceRepository::silentDue(const QString &projectId,
                                                const QDateTime &now) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM service_post WHERE project_id = ?1 "
                         "AND silent_due_ms > 0 AND silent_due_ms <= ?2");
    s.bind(1, projectId).bind(2, wire::instantToMs(now));
    QList<ServicePost> out;
    while (s.next())
        if (auto p = read(s))
            out.append(*p);
    return out;
}

} // namespace gw
