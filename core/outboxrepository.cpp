#include "outboxrepository.h"

#include "recordkinds.h"
#include "records.h"
#include "store.h"

namespace gw {

namespace {

// Without the body: only a push needs it (unacked() adds it as the last column).
#define GW_OUTBOX_COLUMNS                                                                          \
    "client_seq, mutation_id, kind, record_id, state, acked, reason_code, message, created_at"

OutboxRepository::Entry readEntry(const Statement &s)
{
    OutboxRepository::Entry e;
    e.clientSeq = s.int64(0);
    e.mutationId = s.text(1);
    e.kind = s.text(2);
    e.recordId = s.text(3);
    e.state = OutboxRepository::stateFromName(s.text(4));
    e.acked = s.integer(5) != 0;
    e.reasonCode = s.text(6);
    e.message = s.text(7);
    e.createdAt = s.utcMs(8);
    return e;
}

} // namespace

QString OutboxRepository::stateName(State s)
{
    switch (s) {
    case State::Pending:
        return QStringLiteral("PENDING");
    case State::Applied:
        return QStringLiteral("APPLIED");
    case State::Rejected:
        return QStringLiteral("REJECTED");
    }
    return {};
}

OutboxRepository::State OutboxRepository::stateFromName(const QString &name)
{
    if (name == QLatin1String("APPLIED"))
        return State::Applied;
    if (name == QLatin1String("REJECTED"))
        return State::Rejected;
    return State::Pending;
}

qint64 OutboxRepository::enqueue(const pb::Mutation &mutation, const QDateTime &now)
{
    const MutationKind *kind = mutationKind(mutation.body_case());
    if (!kind)
        throw StoreError(0, "enqueue: mutation of an unregistered kind");
    pb::Mutation body = mutation;
    body.clear_mutation_id();
    body.clear_client_seq();
    const std::string bytes = body.SerializeAsString();
    const qint64 seq = nextClientSeq();
    Statement bump(m_store, "UPDATE sync_state SET next_client_seq = ?1 WHERE id = 1");
    bump.bind(1, seq + 1).run();
    Statement ins(m_store, R"(
        INSERT INTO outbox (client_seq, mutation_id, kind, record_id, body, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))");
    ins.bind(1, seq).bind(2, newId()).bind(3, kind->name).bind(4, kind->recordIdOf(mutation));
    ins.bind(5, QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())));
    ins.bindUtcMs(6, now).run();
    return seq;
}

QList<OutboxRepository::Entry> OutboxRepository::unacked(int limit, qint64 afterSeq) const
{
    Statement s(m_store, "SELECT " GW_OUTBOX_COLUMNS ", body FROM outbox WHERE acked = 0 "
                         "AND client_seq > ?2 ORDER BY client_seq LIMIT ?1");
    s.bind(1, limit).bind(2, afterSeq);
    QList<Entry> out;
    while (s.next()) {
        out.append(readEntry(s));
        out.last().body = s.blob(9);
    }
    return out;
}

std::vector<OutboxRepository::Sent> OutboxRepository::sent(qint64 first, qint64 last) const
{
    Statement s(m_store, "SELECT client_seq, mutation_id, record_id, state = 'REJECTED' FROM "
                         "outbox WHERE client_seq BETWEEN ?1 AND ?2 ORDER BY client_seq");
    s.bind(1, first).bind(2, last);
    std::vector<Sent> out;
    out.reserve(size_t(std::clamp<qint64>(last - first + 1, 0, 100000)));
    while (s.next())
        out.push_back({s.int64(0), s.blob(1), s.blob(2), s.integer(3) != 0});
    return out;
}

QList<OutboxRepository::Entry> OutboxRepository::rejected() const
{
    Statement s(m_store, "SELECT " GW_OUTBOX_COLUMNS " FROM outbox WHERE state = 'REJECTED' "
                         "ORDER BY client_seq DESC");
    QList<Entry> out;
    while (s.next())
        out.append(readEntry(s));
    return out;
}

void OutboxRepository::markApplied(qint64 first, qint64 last, const QDateTime &now)
{
    // OR FAIL: a failure leaves the rows it changed, so SQLite keeps no statement journal (an
    // encrypted copy of every page touched). The caller's transaction is rolled back then.
    Statement s(m_store, "UPDATE OR FAIL outbox SET state = 'APPLIED', acked = 1, "
                         "reason_code = '', message = '', resolved_at = ?3 "
                         "WHERE client_seq BETWEEN ?1 AND ?2");
    s.bind(1, first).bind(2, last).bindUtcMs(3, now).run();
}

void OutboxRepository::markRejected(qint64 clientSeq, const QString &reasonCode,
                                    const QString &message, const QDateTime &now)
{
    Statement s(m_store, "UPDATE outbox SET state = 'REJECTED', acked = 1, reason_code = ?2, "
                         "message = ?3, resolved_at = ?4 WHERE client_seq = ?1");
    s.bind(1, clientSeq).bind(2, reasonCode).bind(3, message).bindUtcMs(4, now).run();
}

void OutboxRepository::resendFrom(qint64 clientSeq)
{
    // Only the rows it changes (a long outbox is mostly waiting rows), and OR FAIL as in
    // markApplied: a statement journal of a 250k-row outbox took 46 MB.
    Statement s(m_store, "UPDATE OR FAIL outbox SET acked = 0, state = CASE state WHEN 'APPLIED' "
                         "THEN 'PENDING' ELSE state END WHERE client_seq >= ?1 AND "
                         "(acked <> 0 OR state = 'APPLIED')");
    s.bind(1, clientSeq).run();
}

void OutboxRepository::renumberFrom(qint64 firstConflict, qint64 serverNext)
{
    const qint64 base = std::max(nextClientSeq(), serverNext);
    // The new range lies wholly above the old one, so no row meets another's number on the way.
    const qint64 offset = base - firstConflict;
    Statement move(m_store, "UPDATE outbox SET client_seq = client_seq + ?2, acked = 0, "
                            "state = CASE state WHEN 'APPLIED' THEN 'PENDING' ELSE state END "
                            "WHERE client_seq >= ?1");
    move.bind(1, firstConflict).bind(2, offset).run();
    Statement bump(m_store, "UPDATE sync_state SET next_client_seq = "
                            "(SELECT COALESCE(MAX(client_seq), 0) + 1 FROM outbox) WHERE id = 1");
    bump.run();
}

qint64 OutboxRepository::nextClientSeq() const
{
    // The counter lives in sync_state rather than in MAX(client_seq): a number once handed out
    // is never handed out again, whatever happens to the rows.
    Statement next(m_store, "SELECT next_client_seq FROM sync_state WHERE id = 1");
    if (!next.next())
        throw StoreError(0, "sync_state row missing");
    return next.int64(0);
}

int OutboxRepository::pendingCount() const
{
    // Kept by the outbox's triggers (client schema v5): counting the rows would read every
    // change this device ever sent, after each push answer.
    Statement s(m_store, "SELECT pending_changes FROM sync_state WHERE id = 1");
    s.next();
    return s.integer(0);
}

QHash<QString, OutboxRepository::RecordStatus>
OutboxRepository::openStatuses(const QString &kind) const
{
    Statement s(m_store, "SELECT record_id, state, reason_code, message FROM outbox "
                         "WHERE kind = ?1 AND state <> 'APPLIED' ORDER BY client_seq");
    s.bind(1, kind);
    QHash<QString, RecordStatus> out;
    while (s.next())
        out.insert(s.text(0), {stateFromName(s.text(1)), s.text(2), s.text(3)});
    return out;
}

} // namespace gw
