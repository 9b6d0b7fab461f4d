#include "syncservice.h"

#include "clock.h"
#include "names.h"
#include "projectrepository.h"
#include "pullcursor.h"
#include "recordcodec.h"
#include "recordkinds.h"
#include "secrets.h"
#include "serverstore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <tuple>

Q_LOGGING_CATEGORY(lcSync, "gangwerk.server.sync")

namespace gw::server {

namespace pb = ::gangwerk::sync::v1;

namespace {

// The timed works with something due in @p project at @p now (one indexed read each).
QList<const TimedWork *> dueWorks(Store &store, const Project &project, const QDateTime &now)
{
    QList<const TimedWork *> out;
    for (const TimedWork &work : timedWorks())
        if (work.due(store, project, now))
            out.append(&work);
    return out;
}

} // namespace

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool versionServed(quint32 v)
{
    return v >= SyncService::kMinProtocolVersion && v <= SyncService::kMaxProtocolVersion;
}

grpc::Status upgradeRequired()
{
    return {grpc::StatusCode::FAILED_PRECONDITION, SyncService::kUpgradeRequired};
}

// Applied in client_seq order whatever the order on the wire; stable, so that a seq sent twice
// in one batch is answered as a duplicate of its first copy.
std::vector<const pb::Mutation *> inClientSeqOrder(const pb::PushRequest &request)
{
    std::vector<const pb::Mutation *> batch;
    batch.reserve(size_t(request.mutations_size()));
    for (const auto &m : request.mutations())
        batch.push_back(&m);
    std::stable_sort(batch.begin(), batch.end(), [](const auto *a, const auto *b) {
        return a->client_seq() < b->client_seq();
    });
    return batch;
}

// The order a group's pushes are applied in: as they came, except that one device's pushes
// go in client_seq order. A device sends its next push before the one before it is answered
// (SyncEngine::m_inFlight); should the later one come first, it would be refused whole as a
// gap and sent again.
std::vector<size_t> applyOrder(const std::vector<SyncService::PushCall> &calls,
                               const std::vector<std::vector<const pb::Mutation *>> &batches)
{
    const auto firstSeq = [&](size_t i) {
        return batches[i].empty() ? quint64(0) : batches[i].front()->client_seq();
    };
    std::vector<size_t> order(calls.size());
    for (size_t i = 0; i < calls.size(); ++i)
        order[i] = i;
    for (size_t i = 0; i < order.size(); ++i)
        for (size_t j = i + 1; j < order.size(); ++j)
            if (calls[order[j]].token == calls[order[i]].token &&
                firstSeq(order[j]) < firstSeq(order[i]))
                std::swap(order[i], order[j]);
    return order;
}

grpc::Status storeFailure(const char *what, const StoreError &e)
{
    // SQLite's words only: never record contents.
    qCWarning(lcSync) << what << "failed:" << e.what();
    return {grpc::StatusCode::UNAVAILABLE,
            "The server could not save or read data just now. Nothing was changed; try again."};
}

} // namespace

SyncService::SyncService(ServerStore &store, const Clock &clock, EnrollLimiter &limiter)
    : m_store(store), m_clock(clock), m_limiter(limiter), m_repo(store.store())
{
    try {
        std::lock_guard lock(m_store.mutex());
        m_restoreLost = m_store.restoreLostSpan();
    } catch (const StoreError &e) {
        qCWarning(lcSync) << "reading the last restore failed:" << e.what();
    }
}

qint64 SyncService::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

QDate SyncService::projectToday(const Project &project, const QDateTime &now)
{
    const QTimeZone zone(project.timeZone.toUtf8());
    return hours::localDate(now, zone.isValid() ? zone : QTimeZone::utc());
}

grpc::Status SyncService::enroll(const pb::EnrollRequest &request, const std::string &peer,
                                 pb::EnrollResponse *response)
{
    if (!versionServed(request.protocol_version()))
        return upgradeRequired();
    const QString deviceName = q(request.device_name()).trimmed();
    const QString displayName = q(request.display_name()).trimmed();
    for (const QString *name : {&deviceName, &displayName}) {
        switch (names::check(*name)) {
        case names::Problem::TooLong:
            return {grpc::StatusCode::INVALID_ARGUMENT,
                    "The device name or display name is too long (at most 100 characters)."};
        case names::Problem::LayoutCharacters:
            return {grpc::StatusCode::INVALID_ARGUMENT,
                    "The device name or display name holds a line break, tab or other control "
                    "character. Send the name on one line, without them."};
        case names::Problem::None:
            break;
        }
    }
    // No code at all is a malformed request, not a guess: it costs the address nothing. A code
    // of the wrong form is a wrong guess like any other.
    const QString typed = q(request.invite_code());
    if (std::all_of(typed.begin(), typed.end(),
                    [](QChar c) { return c.isSpace() || c == QLatin1Char('-'); }))
        return {grpc::StatusCode::INVALID_ARGUMENT,
                "No invite code: type the code your beheerder gave you."};
    const QString code = secrets::normalizeInviteCode(typed);
    const QByteArray key(request.enrol_key().data(), qsizetype(request.enrol_key().size()));
    if (!key.isEmpty() && (key.size() < kMinEnrolKeyBytes || key.size() > kMaxEnrolKeyBytes))
        return {grpc::StatusCode::INVALID_ARGUMENT,
                "The enrol_key must be 16 to 64 random bytes, or left out."};
    const QByteArray keyHash = key.isEmpty() ? QByteArray() : secrets::hash(key);

    const grpc::Status invalidCode(grpc::StatusCode::NOT_FOUND,
                                   "This invite code is not valid: it may be mistyped, expired "
                                   "or used already. Ask your beheerder for a new code.");
    const QString token = secrets::newDeviceToken();
    const auto refusal = [](EnrollLimiter::Verdict verdict) -> std::optional<grpc::Status> {
        switch (verdict) {
        case EnrollLimiter::Verdict::PeerBlocked:
            qCWarning(lcSync) << "enrol refused: too many failures from one address";
            return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                                "Too many wrong invite codes from this network. Wait 15 minutes "
                                "and try again.");
        case EnrollLimiter::Verdict::GloballyBlocked:
            qCWarning(lcSync) << "enrol refused: too many failures overall";
            return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                                "Too many wrong invite codes right now. Try again in a few "
                                "minutes.");
        case EnrollLimiter::Verdict::Allowed:
            break;
        }
        return std::nullopt;
    };
    const auto answer = [&](const QString &deviceId, const Member &member, const Project &project) {
        response->set_device_token(token.toStdString());
        response->set_device_id(deviceId.toStdString());
        *response->mutable_member() = wire::toWire(member);
        *response->mutable_project() = wire::toWire(project);
    };
    const QByteArray address = m_store.addressId(peer);
    try {
        // A blocked address is refused by a reader, without the writers' lock: a flood of
        // guesses does not hold up the pushes of every server on the store.
        ServerStore::ReadLease lease = m_store.reader();
        if (auto refused = refusal(m_limiter.check(lease.store(), address, nowMs())))
            return *refused;
    } catch (const StoreError &e) {
        return storeFailure("enrol", e);
    }

    std::lock_guard lock(m_store.mutex());
    try {
        // Checked again, tried and (when wrong) recorded in one write transaction: attempts
        // take turns, within this process and with every other on the store, so that
        // concurrent guesses cannot all pass the check before the first failure is recorded.
        Transaction tx(m_store.store());
        const qint64 now = nowMs();
        if (auto refused = refusal(m_limiter.check(m_store.store(), address, now)))
            return *refused;
        const auto refuse = [&](const char *why) {
            m_limiter.recordFailure(m_store.store(), address, now);
            tx.commit();
            qCInfo(lcSync) << "enrol refused: invite" << why;
            return invalidCode;
        };
        if (code.isEmpty())
            return refuse("malformed");
        const auto invite = m_repo.invite(secrets::hash(code));
        if (!invite)
            return refuse("unknown");
        if (invite->usedAtMs != 0) {
            // The same device trying again, because the answer to its try that used the code
            // was lost: the same device and member, with a new token (the lost one stops). Only
            // while that device never pushed or pulled: one in use is never taken over, even by
            // someone with the code and the key.
            if (!keyHash.isEmpty() && invite->enrolKeyHash == keyHash &&
                now - invite->usedAtMs < kEnrolAnswerAgainMs) {
                const auto device = m_repo.device(invite->deviceId);
                const auto member = device ? m_repo.member(device->memberId) : std::nullopt;
                const auto project = ProjectRepository(m_store.store()).project(invite->projectId);
                const bool neverUsed = device && device->lastSeq == 0 && device->lastSeenMs == 0 &&
                                       !device->lastSyncDay.isValid();
                if (neverUsed && device->revokedAtMs == 0 && member && project) {
                    m_repo.setDeviceToken(device->id, secrets::hash(token));
                    tx.commit();
                    answer(device->id, *member, *project);
                    qCInfo(lcSync).noquote() << "enrolled device" << device->id
                                             << "again: the answer to its first try was lost";
                    return grpc::Status::OK;
                }
            }
            return refuse("used");
        }
        if (invite->expiresAtMs <= now)
            return refuse("expired");
        const auto project = ProjectRepository(m_store.store()).project(invite->projectId);
        if (!project)
            return refuse("of no project");

        Member member;
        if (!invite->memberId.isEmpty()) {
            const auto existing = m_repo.member(invite->memberId);
            if (!existing)
                return refuse("of no member");
            member = *existing;
        } else {
            member.id = newId();
            member.projectId = project->id;
            member.role = invite->role;
            member.gang = invite->gang;
            member.studio = invite->studio;
            member.displayName = !invite->displayName.isEmpty() ? invite->displayName
                                 : !displayName.isEmpty()       ? displayName
                                                                : roleName(invite->role).toLower();
            m_repo.saveMember(member);
        }

        Device device;
        device.id = newId();
        device.projectId = project->id;
        device.memberId = member.id;
        device.name = deviceName.isEmpty() ? QStringLiteral("device") : deviceName;
        device.createdAtMs = now;
        m_repo.addDevice(device, secrets::hash(token));
        m_repo.markInviteUsed(invite->codeHash, device.id, now, keyHash);
        tx.commit();

        answer(device.id, member, *project);
        qCInfo(lcSync).noquote() << "enrolled device" << device.id << "member" << member.id
                                 << "project" << project->id;
        return grpc::Status::OK;
    } catch (const StoreError &e) {
        return storeFailure("enrol", e); // the server failed, not the code: no failure counted
    }
}

grpc::Status SyncService::authenticate(const std::string &token, Device *device, Member *member)
{
    return authenticate(m_repo, token, device, member);
}

grpc::Status SyncService::authenticate(const ServerRepository &repo, const std::string &token,
                                       Device *device, Member *member)
{
    if (token.empty())
        return {grpc::StatusCode::UNAUTHENTICATED,
                "No device token: send the metadata 'authorization: Bearer <token>'."};
    const auto found = repo.deviceByTokenHash(secrets::hash(q(token)));
    if (!found || found->revokedAtMs != 0)
        return {grpc::StatusCode::UNAUTHENTICATED,
                "This device is not (or no longer) enrolled. Enrol again with a new invite code."};
    const auto who = repo.member(found->memberId);
    if (!who)
        return {grpc::StatusCode::UNAUTHENTICATED, "This device's member no longer exists."};
    *device = *found;
    *member = *who;
    return grpc::Status::OK;
}

grpc::Status SyncService::push(const std::string &token, const pb::PushRequest &request,
                               pb::PushResponse *response)
{
    if (!versionServed(request.protocol_version()))
        return upgradeRequired();

    const std::vector<const pb::Mutation *> batch = inClientSeqOrder(request);
    std::lock_guard lock(m_store.mutex());
    return pushLocked(token, batch, response, PushIn::OwnTransaction);
}

void SyncService::pushGroup(std::vector<PushCall> &calls, const std::vector<DayNote> &notes)
{
    std::lock_guard lock(m_store.mutex());
    std::vector<std::vector<const pb::Mutation *>> batches(calls.size());
    for (size_t i = 0; i < calls.size(); ++i) {
        PushCall &c = calls[i];
        if (!versionServed(c.request->protocol_version())) {
            c.status = upgradeRequired();
            continue;
        }
        batches[i] = inClientSeqOrder(*c.request);
    }
    std::vector<grpc::Status> before; // to start again from, should the group fail
    for (const PushCall &c : calls)
        before.push_back(c.status);
    const std::vector<size_t> order = applyOrder(calls, batches);
    try {
        // One commit for the group, and no savepoint per push: SQLCipher encrypts every page a
        // savepoint journals, which cost a quarter of a busy server's time. Each push is still
        // all or nothing: a store error anywhere rolls the whole group back (nothing of it was
        // answered yet), and each push is then tried again alone, in its own transaction, so
        // that one push's failure costs no other push its answer.
        Transaction group(m_store.store());
        noteDays(notes);
        for (const size_t i : order) {
            // SQLite ends the whole transaction on some errors (disk full, I/O): then no later
            // push may write outside it.
            if (!m_store.store().inTransaction())
                throw StoreError(4 /* SQLITE_ABORT */, "the group's transaction was rolled back");
            if (calls[i].status.ok())
                calls[i].status = pushLocked(calls[i].token, batches[i], calls[i].response,
                                             PushIn::Group, calls[i].mayHoldNul);
        }
        group.commit();
        return;
    } catch (const StoreError &e) {
        qCWarning(lcSync).noquote() << "push group of" << calls.size() << "with" << notes.size()
                                    << "first pulls of the day rolled back; each again on its "
                                       "own:"
                                    << e.what();
    }
    if (!notes.empty()) {
        try {
            Transaction tx(m_store.store());
            noteDays(notes);
            tx.commit();
        } catch (const StoreError &e) {
            // Each of these pulls, run again, tries to write its own note (and answers
            // UNAVAILABLE when that fails too).
            qCWarning(lcSync) << "first pulls of the day not noted:" << e.what();
        }
    }
    for (const size_t i : order) {
        PushCall &c = calls[i];
        c.response->Clear();
        c.status = before[i];
        if (c.status.ok())
            c.status =
                pushLocked(c.token, batches[i], c.response, PushIn::OwnTransaction, c.mayHoldNul);
    }
}

void SyncService::noteDays(const std::vector<DayNote> &notes)
{
    for (const DayNote &n : notes)
        m_repo.touchDevice(n.device, n.today);
}

grpc::Status SyncService::pushLocked(const std::string &token,
                                     const std::vector<const pb::Mutation *> &batch,
                                     pb::PushResponse *response, PushIn in, bool mayHoldNul)
{
    Device device;
    Member actor;
    try {
        // The device (its last client_seq) is read inside the transaction that writes after
        // it: on a store several processes write to, another push of this device may have
        // committed since any earlier read.
        std::optional<Transaction> tx;
        if (in == PushIn::OwnTransaction)
            tx.emplace(m_store.store());
        // Inside the try: a busy store while checking the token is UNAVAILABLE (retry), like
        // any other store failure, not grpc++'s catch-all UNKNOWN.
        if (auto st = authenticate(token, &device, &actor); !st.ok())
            return st;
        const auto project = ProjectRepository(m_store.store()).project(device.projectId);
        if (!project)
            return {grpc::StatusCode::UNAUTHENTICATED, "This device's project no longer exists."};
        MutationScope scope{m_store.store(), actor,    *project, m_clock.now().toUTC(), true,
                            &m_repo,         device.id};
        std::tie(scope.restoreLostFromMs, scope.restoreLostUntilMs) = m_restoreLost;
        // What time made due comes first, so that these mutations are decided as of now.
        for (const TimedWork *work : dueWorks(scope.store, *project, scope.now))
            work->run(scope);
        qint64 last = device.lastSeq;
        int applied = 0, duplicates = 0, rejected = 0;
        const auto audiences = audienceKeysFor(actor);
        // A refused change to a whole record brings that record back as the server has it
        // (what a Pull would give this device), so that the device shows the truth again.
        const auto bringBack = [&](pb::MutationResult *r, const pb::Mutation &m) {
            const MutationKind *mk = mutationKind(m.body_case());
            const RecordKind *rk = mk ? recordKind(mk->shownRecord) : nullptr;
            if (!rk)
                return;
            const auto row =
                m_repo.latestWholeRecord(device.projectId, rk->id, mk->recordIdOf(m), audiences);
            if (!row)
                return;
            pb::Change *c = r->mutable_current();
            if (!setRecordPayload(*c, *rk, row->payload.constData(), int(row->payload.size()))) {
                r->clear_current();
                return;
            }
            if (rk->redact)
                rk->redact(*c, actor);
        };
        bool gap = false;
        for (const pb::Mutation *m : batch) {
            auto *r = response->add_results();
            r->set_mutation_id(m->mutation_id());
            r->set_client_seq(m->client_seq());
            const QString mutationId = q(m->mutation_id());
            const auto seq = qint64(std::min<quint64>(m->client_seq(), quint64(INT64_MAX)));
            const auto reject = [&](const char *code, const char *message) {
                r->set_outcome(pb::OUTCOME_REJECTED);
                r->set_reason_code(code);
                r->set_message(message);
                ++rejected;
            };
            if (gap) {
                reject("SEQUENCE_GAP", "Not processed: an earlier change is missing. Resend "
                                       "from next_client_seq.");
                continue;
            }
            if (seq <= 0) {
                reject("INVALID", "client_seq starts at 1.");
                continue;
            }
            const bool wellFormedId = wire::isCanonicalId(m->mutation_id());
            if (seq <= last) {
                // A retry gets the outcome this seq got first, when it carried the same id.
                const auto stored =
                    m_repo.resultOfRetry(device.id, wellFormedId ? mutationId : QString(), seq);
                if (!stored) {
                    reject("SEQUENCE_CONFLICT", "This client_seq was used before by another "
                                                "change. Nothing was changed.");
                    continue;
                }
                r->set_outcome(pb::OUTCOME_DUPLICATE);
                r->set_original_outcome(pb::Outcome(stored->outcome));
                r->set_reason_code(stored->reasonCode.toStdString());
                r->set_message(stored->message.toStdString());
                if (stored->outcome == pb::OUTCOME_REJECTED && wellFormedId)
                    bringBack(r, *m);
                ++duplicates;
                continue;
            }
            if (seq > last + 1) {
                gap = true;
                reject("SEQUENCE_GAP", "Not processed: an earlier change is missing. Resend from "
                                       "next_client_seq.");
                continue;
            }
            // seq == last + 1. A mutation id seen under another seq (a client that renumbered
            // after a server restore) keeps its first outcome and takes no second effect.
            StoredResult result;
            result.mutationId = mutationId;
            // Where its outcome is kept: under its id, claimed below before it is decided
            // (refusals are written over it), or under this seq (ServerRepository::claimResult).
            bool claimed = false;
            // A change no family may see: refused INVALID, its seq used up (so that the
            // device is not stuck behind it).
            const auto refuseAsInvalid = [&](const QString &message) {
                result.outcome = pb::OUTCOME_REJECTED;
                result.reasonCode = QStringLiteral("INVALID");
                result.message = message;
                r->set_outcome(pb::OUTCOME_REJECTED);
                ++rejected;
            };
            if (!wellFormedId) {
                result.mutationId.clear(); // nothing of the malformed id is stored
                refuseAsInvalid(
                    QStringLiteral("The change has a malformed id. Nothing was changed."));
            } else if (!(claimed = m_repo.claimResult(device.id, mutationId, seq))) {
                const auto earlier = m_repo.resultById(device.id, mutationId);
                if (!earlier)
                    throw StoreError(0, "a mutation id neither new nor stored");
                result = *earlier;
                r->set_outcome(pb::OUTCOME_DUPLICATE);
                r->set_original_outcome(pb::Outcome(earlier->outcome));
                ++duplicates;
            } else if (const std::string field = mayHoldNul ? wire::textWithNul(*m) : std::string();
                       !field.empty()) {
                refuseAsInvalid(QStringLiteral("The change holds a text with a NUL character "
                                               "(%1). Nothing was changed.")
                                    .arg(QString::fromStdString(field)));
            } else {
                const MutationKind *kind = mutationKind(m->body_case());
                const Verdict v =
                    kind ? kind->apply(scope, *m)
                         : Verdict::refuse(QStringLiteral("UNKNOWN_MUTATION"),
                                           QStringLiteral("This server does not know this kind "
                                                          "of change. Update the server."));
                // Another family's change may have changed a member (MutationScope::members).
                if (m->body_case() != pb::Mutation::kAppendHourEntry)
                    scope.members.clear();
                result.outcome = v.applied ? pb::OUTCOME_APPLIED : pb::OUTCOME_REJECTED;
                result.reasonCode = v.reasonCode;
                result.message = v.message;
                r->set_outcome(pb::Outcome(result.outcome));
                v.applied ? ++applied : ++rejected;
            }
            r->set_reason_code(result.reasonCode.toStdString());
            r->set_message(result.message.toStdString());
            if (result.outcome == pb::OUTCOME_REJECTED && !result.mutationId.isEmpty())
                bringBack(r, *m);
            if (!claimed)
                m_repo.addResultOfSeq(device.id, result.mutationId, seq, result);
            else if (result.outcome != pb::OUTCOME_APPLIED)
                m_repo.settleResult(device.id, mutationId, result);
            last = seq;
        }
        m_repo.setLastSeq(device.id, last, nowMs());
        m_repo.touchDevice(device, scope.today());
        if (tx)
            tx->commit();
        response->set_next_client_seq(quint64(last) + 1);
        qCDebug(lcSync).noquote() << "push device" << device.id << "applied" << applied
                                  << "duplicate" << duplicates << "rejected" << rejected
                                  << "last_seq" << last;
        return grpc::Status::OK;
    } catch (const StoreError &e) {
        if (in == PushIn::Group)
            throw;
        response->Clear();
        return storeFailure("push", e);
    }
}

grpc::Status SyncService::pull(const std::string &token, const pb::PullRequest &request,
                               pb::PullResponse *response, std::optional<DayNote> *toNote)
{
    if (!versionServed(request.protocol_version()))
        return upgradeRequired();
    const QByteArray cursorBytes(request.cursor().data(), qsizetype(request.cursor().size()));
    PullCursor cursor;
    if (!cursorBytes.isEmpty()) {
        const auto decoded = PullCursor::decode(cursorBytes);
        if (!decoded || decoded->seq > quint64(INT64_MAX))
            return {grpc::StatusCode::INVALID_ARGUMENT,
                    "The cursor is not one this server made. Pull again with an empty cursor."};
        cursor = *decoded;
    }
    const int limit = request.limit() == 0 ? kDefaultPullLimit
                                           : int(std::min<quint32>(request.limit(), kMaxPullLimit));

    Device device;
    Member viewer;
    try {
        const QDateTime now = m_clock.now().toUTC();
        QList<const TimedWork *> due;
        QDate today;
        {
            // Reading beside the writer (a push group committing): the store's readers.
            ServerStore::ReadLease lease = m_store.reader();
            if (auto st = authenticate(ServerRepository(lease.store()), token, &device, &viewer);
                !st.ok())
                return st;
            // The project is read once for the call (its time zone, and what is due).
            const auto project = ProjectRepository(lease.store()).project(device.projectId);
            if (!project)
                return {grpc::StatusCode::UNAUTHENTICATED,
                        "This device's project no longer exists."};
            due = dueWorks(lease.store(), *project, now);
            today = projectToday(*project, now);
        }
        if (toNote && due.isEmpty() && device.lastSyncDay != today) {
            *toNote = DayNote{device, today};
            return grpc::Status::OK; // answered when pulled again, after the note is written
        }
        if (device.lastSyncDay != today || !due.isEmpty()) {
            std::lock_guard lock(m_store.mutex());
            Transaction tx(m_store.store());
            // The first pull of a day tells the beheerder this device is still in use.
            if (device.lastSyncDay != today)
                m_repo.touchDevice(device, today);
            // What time made due, so that this pull shows it (decided again under the lock:
            // another call may have done it meanwhile).
            // Read again under the lock: a setting of the project may have changed.
            if (const auto project = ProjectRepository(m_store.store()).project(device.projectId)) {
                due = dueWorks(m_store.store(), *project, now);
                MutationScope scope{m_store.store(), viewer,   *project, now, true,
                                    &m_repo,         device.id};
                for (const TimedWork *work : due)
                    work->run(scope);
            }
            tx.commit();
        }
        const QByteArray epoch = m_store.epoch();
        if (!cursorBytes.isEmpty() && cursor.epoch != epoch) {
            response->set_reset(true);
            cursor.seq = 0;
        }
        // A device that has given out fewer client_seqs than this server applied from it was
        // restored from a copy: it may lack records it sent, so it gets every change whole.
        const bool briefFor = request.brief_own_changes_through() > 0 &&
                              request.brief_own_changes_through() >= quint64(device.lastSeq);
        QList<ChangeRow> rows;
        qint64 waiting = 0;
        {
            ServerStore::ReadLease lease = m_store.reader();
            const ServerRepository reader(lease.store());
            const auto audiences = audienceKeysFor(viewer);
            rows = reader.changesAfter(device.projectId, qint64(cursor.seq), audiences, limit + 1,
                                       briefFor ? device.id : QString());
            // In the same read transaction would be exact; a count a moment later is only an
            // estimate for a progress bar anyway.
            if (request.count_remaining() && rows.size() > limit)
                waiting = reader.countAfter(device.projectId, qint64(cursor.seq), audiences);
        }
        quint64 lastSeq = cursor.seq;
        qsizetype bytes = 0;
        bool more = rows.size() > limit;
        // Sensitive records this device receives that are not its own member's: logged.
        QHash<const RecordKind *, QStringList> logged;
        const QString ownAudience = Audience::member(viewer.id).key();
        for (int i = 0; i < std::min<int>(int(rows.size()), limit); ++i) {
            const ChangeRow &row = rows.at(i);
            if (bytes + row.payload.size() > kMaxPullBytes && i > 0) {
                more = true;
                break;
            }
            bytes += row.payload.size() + row.ownId.size();
            lastSeq = quint64(row.seq);
            const RecordKind *kind = recordKind(row.kind);
            if (!kind)
                continue; // a kind this build no longer knows: nothing to send
            pb::Change *c = response->add_changes();
            c->set_seq(quint64(row.seq));
            if (!row.ownId.isEmpty()) {
                // In brief: the device sent this record so and holds it. Nothing of it goes
                // out, so nothing is logged as received either.
                c->set_own(true);
                if (!setRecordId(*c, *kind, row.ownId)) // every kind has one (tst_recordkinds)
                    throw StoreError(0, "a change in brief of a kind without an id field");
                continue;
            }
            if (!setRecordPayload(*c, *kind, row.payload.constData(), int(row.payload.size()))) {
                qCWarning(lcSync) << "unreadable change" << row.seq << "of kind" << kind->name;
                response->mutable_changes()->RemoveLast();
                continue;
            }
            if (kind->accessLogged && kind->audienceOf(*c).key() != ownAudience)
                logged[kind].append(kind->idOf(*c));
            if (kind->redact)
                kind->redact(*c, viewer);
        }
        if (!logged.isEmpty()) {
            // Written before the answer goes out: nothing sensitive leaves unlogged.
            std::lock_guard lock(m_store.mutex());
            Transaction tx(m_store.store());
            for (auto it = logged.cbegin(); it != logged.cend(); ++it)
                m_repo.received(device.projectId, *it.key(), it.value(), device.id, viewer.id,
                                now.toMSecsSinceEpoch());
            tx.commit();
        }
        response->set_has_more(more);
        if (more && waiting > 0) {
            const auto sent = std::count_if(rows.cbegin(), rows.cend(), [&](const ChangeRow &r) {
                return quint64(r.seq) <= lastSeq;
            });
            response->set_remaining(quint64(std::max<qint64>(0, waiting - qint64(sent))));
        }
        response->set_next_cursor(PullCursor{epoch, lastSeq}.encode().toStdString());
        qCDebug(lcSync).noquote() << "pull device" << device.id << "changes"
                                  << response->changes_size() << "more" << more;
        return grpc::Status::OK;
    } catch (const StoreError &e) {
        response->Clear();
        return storeFailure("pull", e);
    }
}

} // namespace gw::server
