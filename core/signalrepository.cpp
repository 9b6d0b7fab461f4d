#include "signalrepository.h"

#include "recordcodec.h"
#include "store.h"

namespace gw {

namespace {

QByteArray blobOf(const google::protobuf::MessageLite &m)
{
    const std::string bytes = m.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

// Each read selects (project_id, record, id); the id is read only when the record is sealed.
QString recordIdIfSealed(const Statement &s)
{
    return s.store().fieldCipher() ? s.text(2) : QString();
}

std::optional<Signal> readSignal(const Statement &s)
{
    const QByteArray blob = s.sealedBlob(1, "signal.record", recordIdIfSealed(s));
    wire::pb::Signal w;
    if (!w.ParseFromArray(blob.constData(), int(blob.size())))
        return std::nullopt; // never written by this repository: skip rather than guess
    Signal sig = wire::fromWire(w);
    sig.projectId = s.text(0);
    return sig;
}

std::optional<KnockTask> readTask(const Statement &s)
{
    const QByteArray blob = s.sealedBlob(1, "knock_task.record", recordIdIfSealed(s));
    wire::pb::KnockTask w;
    if (!w.ParseFromArray(blob.constData(), int(blob.size())))
        return std::nullopt;
    KnockTask t = wire::fromWire(w);
    t.projectId = s.text(0);
    return t;
}

QList<Signal> readSignals(Statement &s)
{
    QList<Signal> out;
    while (s.next())
        if (auto sig = readSignal(s))
            out.append(*sig);
    return out;
}

QList<KnockTask> readTasks(Statement &s)
{
    QList<KnockTask> out;
    while (s.next())
        if (auto t = readTask(s))
            out.append(*t);
    return out;
}

} // namespace

void SignalRepository::save(const Signal &sig)
{
    const auto bindAll = [&](Statement &s) {
        // Who raised it is sealed like the record (nothing selects on the column).
        s.bind(1, sig.id).bind(2, sig.projectId);
        s.bindSealed(3, sig.reporterId, "signal.reporter_id", sig.id).bind(4, sig.mergedInto);
        s.bind(5, wire::instantToMs(sig.raisedAt));
        s.bind(6, sig.state == signalrules::State::Closed ? wire::instantToMs(sig.closedAt) : 0);
        s.bindSealed(7, blobOf(wire::toWire(sig)), "signal.record", sig.id);
    };
    Statement upd(m_store, "UPDATE signal SET project_id = ?2, reporter_id = ?3, merged_into = ?4, "
                           "raised_at_ms = ?5, closed_at_ms = ?6, record = ?7 WHERE id = ?1");
    bindAll(upd);
    upd.run();
    if (m_store.changes() == 0) {
        Statement ins(m_store, "INSERT INTO signal (id, project_id, reporter_id, merged_into, "
                               "raised_at_ms, closed_at_ms, record) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        bindAll(ins);
        ins.run();
    }
}

std::optional<Signal> SignalRepository::signal(const QString &id) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM signal WHERE id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readSignal(s);
}

QList<Signal> SignalRepository::all(const QString &projectId) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM signal WHERE project_id = ?1 "
                         "ORDER BY raised_at_ms DESC, id");
    s.bind(1, projectId);
    return readSignals(s);
}

QList<Signal> SignalRepository::mergedInto(const QString &id) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM signal WHERE merged_into = ?1 "
                         "ORDER BY raised_at_ms, id");
    s.bind(1, id);
    return readSignals(s);
}

QList<Signal> SignalRepository::closedBefore(const QString &projectId,
                                             const QDateTime &closedBefore) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM signal WHERE project_id = ?1 "
                         "AND closed_at_ms > 0 AND closed_at_ms <= ?2 ORDER BY closed_at_ms");
    s.bind(1, projectId).bind(2, wire::instantToMs(closedBefore));
    return readSignals(s);
}

bool SignalRepository::anyClosedBefore(const QString &projectId,
                                       const QDateTime &closedBefore) const
{
    Statement s(m_store, "SELECT 1 FROM signal WHERE project_id = ?1 AND closed_at_ms > 0 "
                         "AND closed_at_ms <= ?2 LIMIT 1");
    s.bind(1, projectId).bind(2, wire::instantToMs(closedBefore));
    return s.next();
}

QStringList SignalRepository::forget(const QString &signalId)
{
    QStringList tasks;
    Statement t(m_store, "SELECT id FROM knock_task WHERE signal_id = ?1");
    t.bind(1, signalId);
    while (t.next())
        tasks.append(t.text(0));
    Statement delTasks(m_store, "DELETE FROM knock_task WHERE signal_id = ?1");
    delTasks.bind(1, signalId).run();
    Statement del(m_store, "DELETE FROM signal WHERE id = ?1");
    del.bind(1, signalId).run();
    return tasks;
}

void SignalRepository::save(const KnockTask &task)
{
    const auto bindAll = [&](Statement &s) {
        s.bind(1, task.id).bind(2, task.projectId).bind(3, task.signalId);
        s.bind(4, task.gangmakerId).bind(5, task.day.toString(Qt::ISODate));
        s.bindSealed(6, blobOf(wire::toWire(task)), "knock_task.record", task.id);
    };
    Statement upd(m_store, "UPDATE knock_task SET project_id = ?2, signal_id = ?3, "
                           "gangmaker_id = ?4, day = ?5, record = ?6 WHERE id = ?1");
    bindAll(upd);
    upd.run();
    if (m_store.changes() == 0) {
        Statement ins(m_store, "INSERT INTO knock_task (id, project_id, signal_id, gangmaker_id, "
                               "day, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        bindAll(ins);
        ins.run();
    }
}

std::optional<KnockTask> SignalRepository::knockTask(const QString &id) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM knock_task WHERE id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readTask(s);
}

QList<KnockTask> SignalRepository::knockTasks(const QString &projectId) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM knock_task WHERE project_id = ?1 "
                         "ORDER BY day DESC, id");
    s.bind(1, projectId);
    return readTasks(s);
}

QList<KnockTask> SignalRepository::knockTasksFor(const QString &signalId) const
{
    Statement s(m_store, "SELECT project_id, record, id FROM knock_task WHERE signal_id = ?1 "
                         "ORDER BY day, id");
    s.bind(1, signalId);
    return readTasks(s);
}

void SignalRepository::forgetKnockTask(const QString &id)
{
    Statement del(m_store, "DELETE FROM knock_task WHERE id = ?1");
    del.bind(1, id).run();
}

} // namespace gw
