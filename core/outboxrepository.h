#pragma once

#include "gangwerk/sync/v1/sync.pb.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace gw {

class Store;

/// This device's outbox: every local write enqueues one mutation here, in the write's own
/// transaction (DESIGN.md "Durable locally"). A row keeps the mutation as the user made it (an
/// intent, encoded as gangwerk.sync.v1.Mutation without its id and sequence number), with its
/// registered kind and the record it is about as data: a new kind needs no schema change.
/// Rows keep their outcome after the server answered: a restored server may ask for them again
/// (resend from a client_seq), and a rejection stays visible to the user.
class OutboxRepository
{
public:
    enum class State { Pending, Applied, Rejected };

    struct Entry
    {
        qint64 clientSeq = 0;
        QString mutationId;
        QString kind; // a MutationKind name (core/recordkinds.h)
        QString recordId;
        QByteArray body; // the encoded Mutation; read by unacked() only
        State state = State::Pending;
        bool acked = false;
        QString reasonCode;
        QString message;
        QDateTime createdAt;
    };

    /// What the history shows for one record: waiting for the server, or refused and why.
    struct RecordStatus
    {
        State state = State::Pending;
        QString reasonCode;
        QString message;
    };

    explicit OutboxRepository(Store &store) : m_store(store) {}

    /// Appends @p mutation (a registered kind; its id and client_seq are set here) with the next
    /// client_seq. The caller owns the transaction, which also holds the record's write.
    /// Returns the client_seq.
    qint64 enqueue(const ::gangwerk::sync::v1::Mutation &mutation,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Mutations the server has not acknowledged, in client_seq order, with their bodies; only
    /// those after client_seq @p afterSeq.
    QList<Entry> unacked(int limit, qint64 afterSeq = 0) const;
    /// What recording a push's answer needs of a sent row: its number, its mutation id (as
    /// stored, UTF-8), its record, and whether it was refused before.
    struct Sent
    {
        qint64 clientSeq = 0;
        QByteArray mutationId;
        QByteArray recordId;
        bool rejected = false;
    };
    /// The rows client_seq @p first … @p last, in client_seq order (one read for a push's
    /// answer: three columns and no conversions, since an answer settles up to thousands).
    std::vector<Sent> sent(qint64 first, qint64 last) const;
    /// Every rejected mutation, newest first.
    QList<Entry> rejected() const;

    /// Marks client_seq @p first … @p last applied (one statement for a whole push answer:
    /// each UPDATE that can fail a CHECK copies the pages it touches to a statement journal,
    /// encrypted, so one per mutation cost more than the rest of recording the answer). Call
    /// it inside a transaction: a failure may leave part of the rows marked (UPDATE OR FAIL,
    /// which needs no statement journal), and the transaction's rollback undoes them.
    void markApplied(qint64 first, qint64 last,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    void markRejected(qint64 clientSeq, const QString &reasonCode, const QString &message,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The server has forgotten everything from @p clientSeq on (restored store): send those
    /// rows again. Applied rows become pending again, since the server no longer has them.
    void resendFrom(qint64 clientSeq);
    /// The server used client_seq @p firstConflict and on for other changes (this store was
    /// restored from an older copy): give the rows from there on new numbers above both the
    /// server's @p serverNext and our own counter, keeping their mutation ids, so they are sent
    /// again without clashing and without any change applying twice.
    void renumberFrom(qint64 firstConflict, qint64 serverNext);

    /// The client_seq the next change gets (every number below it was handed out once).
    qint64 nextClientSeq() const;
    /// Mutations waiting for their first outcome (what "pending" means to the user).
    int pendingCount() const;
    /// Status of each record with a pending or rejected mutation of @p kind.
    QHash<QString, RecordStatus> openStatuses(const QString &kind) const;

    static QString stateName(State s);
    static State stateFromName(const QString &name);

private:
    Store &m_store;
};

} // namespace gw
