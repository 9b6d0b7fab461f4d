#include "syncservice.h"

#include "clock.h"
#include "hoursrepository.h"
#include "hoursrules.h"
#include "projectrepository.h"
#include "pullcursor.h"
#include "recordcodec.h"
#include "secrets.h"
#include "serverstore.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "gangwerk.server.sync")

namespace gw::server {

namespace pb = ::gangwerk::sync::v1;

namespace {

constexpr int kMaxNameChars = 100;

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

grpc::Status storeFailure(const char *what, const StoreError &e)
{
    // SQLite's words only: never record contents.
    qCWarning(lcSync) << what << "failed:" << e.what();
    return {grpc::StatusCode::UNAVAILABLE,
            "The server could not save or read data just now. Nothing was changed; try again."};
}

} // namespace

SyncService::SyncService(ServerStore &store, const Clock &clock, EnrollLimiter &limiter)
    : m_store(store), m_clock(clock), m_limiter(limiter), m_repo(store.store()),
      m_hours(store.store())
{
}

qint64 SyncService::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

grpc::Status SyncService::enroll(const pb::EnrollRequest &request, const std::string &peer,
                                 pb::EnrollResponse *response)
{
    if (!versionServed(request.protocol_version()))
        return upgradeRequired();
    const QString deviceName = q(request.device_name()).trimmed();
    const QString displayName = q(request.display_name()).trimmed();
    if (deviceName.size() > kMaxNameChars || displayName.size() > kMaxNameChars)
        return {grpc::StatusCode::INVALID_ARGUMENT,
                "The device name or display name is too long (at most 100 characters)."};

    switch (m_limiter.check(peer)) {
    case EnrollLimiter::Verdict::PeerBlocked:
        qCWarning(lcSync) << "enrol refused: too many failures from one address";
        return {grpc::StatusCode::RESOURCE_EXHAUSTED,
                "Too many wrong invite codes from this network. Wait 15 minutes and try again."};
    case EnrollLimiter::Verdict::GloballyBlocked:
        qCWarning(lcSync) << "enrol refused: too many failures overall";
        return {grpc::StatusCode::UNAVAILABLE,
                "Too many wrong invite codes right now. Try again in a few minutes."};
    case EnrollLimiter::Verdict::Allowed:
        break;
    }

    const grpc::Status invalidCode(grpc::StatusCode::NOT_FOUND,
                                   "This invite code is not valid: it may be mistyped, expired "
                                   "or used already. Ask your beheerder for a new code.");
    const QString code = secrets::normalizeInviteCode(q(request.invite_code()));
    if (code.isEmpty()) {
        m_limiter.recordFailure(peer);
        return invalidCode;
    }
    const QByteArray codeHash = secrets::hash(code);
    const QString token = secrets::newDeviceToken();

    std::lock_guard lock(m_store.mutex());
    try {
        Transaction tx(m_store.store());
        const qint64 now = nowMs();
        const auto invite = m_repo.invite(codeHash);
        if (!invite || invite->usedAtMs != 0 || invite->expiresAtMs <= now) {
            tx.commit();
            m_limiter.recordFailure(peer);
            qCInfo(lcSync) << "enrol refused: invite"
                           << (!invite            ? "unknown"
                               : invite->usedAtMs ? "used"
                                                  : "expired");
            return invalidCode;
        }
        const auto project = ProjectRepository(m_store.store()).project(invite->projectId);
        if (!project)
            return invalidCode;

        Member member;
        QString gang = invite->gang;
        if (!invite->memberId.isEmpty()) {
            const auto existing = m_repo.member(invite->memberId);
            if (!existing)
                return invalidCode;
            member = *existing;
            gang = m_repo.gangOf(member.id);
        } else {
            member.id = newId();
            member.projectId = project->id;
            member.role = invite->role;
            member.displayName = !invite->displayName.isEmpty() ? invite->displayName
                                 : !displayName.isEmpty()       ? displayName
                                                                : roleName(invite->role).toLower();
            m_repo.saveMember(member, gang);
        }

        Device device;
        device.id = newId();
        device.projectId = project->id;
        device.memberId = member.id;
        device.name = deviceName.isEmpty() ? QStringLiteral("device") : deviceName;
        device.createdAtMs = now;
        m_repo.addDevice(device, secrets::hash(token));
        m_repo.markInviteUsed(codeHash, device.id, now);
        tx.commit();

        response->set_device_token(token.toStdString());
        response->set_device_id(device.id.toStdString());
        *response->mutable_member() = wire::toWire(member, gang);
        *response->mutable_project() = wire::toWire(*project);
        qCInfo(lcSync).noquote() << "enrolled device" << device.id << "member" << member.id
                                 << "project" << project->id;
        return grpc::Status::OK;
    } catch (const StoreError &e) {
        return storeFailure("enrol", e);
    }
}

grpc::Status SyncService::authenticate(const std::string &token, Device *device)
{
    if (token.empty())
        return {grpc::StatusCode::UNAUTHENTICATED,
                "No device token: send the metadata 'authorization: Bearer <token>'."};
    const auto found = m_repo.deviceByTokenHash(secrets::hash(q(token)));
    if (!found || found->revokedAtMs != 0)
        return {grpc::StatusCode::UNAUTHENTICATED,
                "This device is not (or no longer) enrolled. Enrol again with a new invite code."};
    *device = *found;
    return grpc::Status::OK;
}

grpc::Status SyncService::push(const std::string &token, const pb::PushRequest &request,
                               pb::PushResponse *response)
{
    if (!versionServed(request.protocol_version()))
        return upgradeRequired();

    // Applied in client_seq order whatever the order on the wire; stable, so that a seq sent
    // twice in one batch is answered as a duplicate of its first copy.
    std::vector<const pb::Mutation *> batch;
    batch.reserve(size_t(request.mutations_size()));
    for (const auto &m : request.mutations())
        batch.push_back(&m);
    std::stable_sort(batch.begin(), batch.end(), [](const auto *a, const auto *b) {
        return a->client_seq() < b->client_seq();
    });

    std::lock_guard lock(m_store.mutex());
    Device device;
    try {
        // Inside the try: a busy store while checking the token is UNAVAILABLE (retry), like
        // any other store failure, not grpc++'s catch-all UNKNOWN.
        if (auto st = authenticate(token, &device); !st.ok())
            return st;
        Transaction tx(m_store.store());
        const auto project = ProjectRepository(m_store.store()).project(device.projectId);
        if (!project)
            return {grpc::StatusCode::UNAUTHENTICATED, "This device's project no longer exists."};
        qint64 last = device.lastSeq;
        int applied = 0, duplicates = 0, rejected = 0;
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
            if (seq <= last) {
                const auto stored = m_repo.result(device.id, seq);
                if (stored && stored->mutationId != mutationId) {
                    reject("SEQUENCE_CONFLICT", "This client_seq was used before by another "
                                                "change. Nothing was changed.");
                    continue;
                }
                r->set_outcome(pb::OUTCOME_DUPLICATE);
                if (stored) {
                    r->set_original_outcome(pb::Outcome(stored->outcome));
                    r->set_reason_code(stored->reasonCode.toStdString());
                    r->set_message(stored->message.toStdString());
                }
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
            if (!wire::isCanonicalId(m->mutation_id())) {
                // The seq is used up (so the device is not stuck behind it), but nothing of the
                // malformed id is stored.
                result.mutationId.clear();
                result.outcome = pb::OUTCOME_REJECTED;
                result.reasonCode = QStringLiteral("INVALID");
                result.message =
                    QStringLiteral("The change has a malformed id. Nothing was changed.");
                r->set_outcome(pb::OUTCOME_REJECTED);
                ++rejected;
            } else if (const auto earlier = m_repo.resultByMutationId(device.id, mutationId)) {
                result = *earlier;
                r->set_outcome(pb::OUTCOME_DUPLICATE);
                r->set_original_outcome(pb::Outcome(earlier->outcome));
                ++duplicates;
            } else {
                const Verdict v = apply(device, *project, *m);
                result.outcome = v.outcome;
                result.reasonCode = v.reasonCode;
                result.message = v.message;
                r->set_outcome(pb::Outcome(v.outcome));
                v.outcome == pb::OUTCOME_APPLIED ? ++applied : ++rejected;
            }
            r->set_reason_code(result.reasonCode.toStdString());
            r->set_message(result.message.toStdString());
            m_repo.addResult(device.id, seq, result);
            last = seq;
        }
        m_repo.setLastSeq(device.id, last, nowMs());
        tx.commit();
        response->set_next_client_seq(quint64(last) + 1);
        qCInfo(lcSync).noquote() << "push device" << device.id << "applied" << applied
                                 << "duplicate" << duplicates << "rejected" << rejected
                                 << "last_seq" << last;
        return grpc::Status::OK;
    } catch (const StoreError &e) {
        response->Clear();
        return storeFailure("push", e);
    }
}

SyncService::Verdict SyncService::apply(const Device &device, const Project &project,
                                        const pb::Mutation &m)
{
    switch (m.body_case()) {
    case pb::Mutation::kAppendHourEntry:
        return appendHourEntry(device, project, m.append_hour_entry());
    case pb::Mutation::kPauseRequirement:
        return pauseRequirement(device, m.pause_requirement());
    case pb::Mutation::BODY_NOT_SET:
        break;
    }
    return {pb::OUTCOME_REJECTED, QStringLiteral("UNKNOWN_MUTATION"),
            QStringLiteral("This server does not know this kind of change. Update the server.")};
}

SyncService::Verdict SyncService::appendHourEntry(const Device &device, const Project &project,
                                                  const pb::AppendHourEntry &m)
{
    const auto invalid = [](const char *why) {
        return Verdict{pb::OUTCOME_REJECTED, QStringLiteral("INVALID"), QString::fromUtf8(why)};
    };
    if (!m.has_entry())
        return invalid("The change has no hour entry.");
    const pb::HourEntry &we = m.entry();
    if (!wire::isCanonicalId(we.id()) || !wire::isCanonicalId(we.member_id()) ||
        (!we.corrects().empty() && !wire::isCanonicalId(we.corrects())) ||
        (!we.source_id().empty() && !wire::isCanonicalId(we.source_id())))
        return invalid("The hour entry has a malformed id.");

    const bool beheerder = device.role == Role::Beheerder;
    const bool manual =
        we.source() == pb::ENTRY_SOURCE_MANUAL || we.source() == pb::ENTRY_SOURCE_UNSPECIFIED;
    if (!beheerder && (q(we.member_id()) != device.memberId || !manual))
        return {pb::OUTCOME_REJECTED, QStringLiteral("PERMISSION_DENIED"),
                QStringLiteral("You can only log your own hours.")};
    const auto member = m_repo.member(q(we.member_id()));
    if (!member || member->projectId != device.projectId)
        return {pb::OUTCOME_REJECTED, QStringLiteral("MEMBER_UNKNOWN"),
                QStringLiteral("This member is not part of your project.")};

    HoursRepository &hours = m_hours;
    HourEntry e = wire::fromWire(we);
    // created_at is the device's clock and only informs; a value that cannot be true (before
    // Gangwerk existed, or more than a day ahead) is replaced by the server's time.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    constexpr qint64 kEarliest = 1577836800000; // 2020-01-01T00:00:00Z
    if (we.created_at_ms() < kEarliest || we.created_at_ms() > now + 24 * 3600 * 1000)
        e.createdAt = m_clock.now().toUTC();
    if (hours.entry(e.id))
        return {pb::OUTCOME_REJECTED, QStringLiteral("ID_TAKEN"),
                QStringLiteral("An entry with this id exists already. Nothing was changed.")};

    QStringList codes, messages;
    const auto reject = [&](hours::CorrectionProblem p) {
        codes.append(hours::correctionCode(p));
        messages.append(hours::correctionMessage(p));
    };
    const QTimeZone zone(project.timeZone.toUtf8());
    hours::EntryContext ctx;
    ctx.today = hours::localDate(m_clock.now(), zone.isValid() ? zone : QTimeZone::utc());
    ctx.backdatingDays = project.backdatingDays;
    ctx.categories = project.categories;
    // A beheerder may add or correct a resident's old hours: that is where residents are sent
    // when their own entry is past the limit.
    ctx.backdatingApplies = !(beheerder && e.memberId != device.memberId);
    const hours::EntryDraft draft{e.day, e.minutes, e.category, e.note};
    const hours::CorrectionTarget target =
        e.corrects.isEmpty() ? hours::CorrectionTarget{} : hours.correctionTarget(e.corrects);
    if (e.voids) {
        if (e.corrects.isEmpty())
            return invalid("A removal must name the entry it removes.");
        if (target.exists)
            if (const auto p = hours::checkVoid(draft, target); p != hours::CorrectionProblem::None)
                reject(p);
    } else {
        if (e.day.isValid())
            ctx.otherMinutesThatDay = hours.effectiveMinutesOnDay(e.memberId, e.day, e.corrects);
        for (const auto &v : hours::validateEntry(draft, ctx)) {
            codes.append(hours::violationCode(v.code));
            messages.append(v.message);
        }
    }
    if (!e.corrects.isEmpty())
        if (const auto p = hours::checkCorrection(target, e.memberId, ctx);
            p != hours::CorrectionProblem::None)
            reject(p);
    if (!codes.isEmpty())
        return {pb::OUTCOME_REJECTED, codes.join(QLatin1Char(',')),
                messages.join(QLatin1Char(' '))};

    m_repo.appendHourEntry(e, device.projectId);
    return {pb::OUTCOME_APPLIED, {}, {}};
}

SyncService::Verdict SyncService::pauseRequirement(const Device &device,
                                                   const pb::PauseRequirement &m)
{
    if (device.role != Role::Beheerder)
        return {pb::OUTCOME_REJECTED, QStringLiteral("PERMISSION_DENIED"),
                QStringLiteral("Only a beheerder can pause a requirement.")};
    if (!wire::isCanonicalId(m.member_id()))
        return {pb::OUTCOME_REJECTED, QStringLiteral("INVALID"),
                QStringLiteral("The member id is malformed.")};
    const QDate until = wire::dayFromWire(m.paused_until());
    if (!m.paused_until().empty() && !until.isValid())
        return {pb::OUTCOME_REJECTED, QStringLiteral("INVALID"),
                QStringLiteral("The pause date is not a date (use YYYY-MM-DD).")};
    auto member = m_repo.member(q(m.member_id()));
    if (!member || member->projectId != device.projectId)
        return {pb::OUTCOME_REJECTED, QStringLiteral("MEMBER_UNKNOWN"),
                QStringLiteral("This member is not part of your project.")};
    member->pausedUntil = until;
    m_repo.saveMember(*member, m_repo.gangOf(member->id));
    return {pb::OUTCOME_APPLIED, {}, {}};
}

grpc::Status SyncService::pull(const std::string &token, const pb::PullRequest &request,
                               pb::PullResponse *response)
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

    std::lock_guard lock(m_store.mutex());
    Device device;
    try {
        if (auto st = authenticate(token, &device); !st.ok())
            return st;
        const QByteArray epoch = m_store.epoch();
        if (!cursorBytes.isEmpty() && cursor.epoch != epoch) {
            response->set_reset(true);
            cursor.seq = 0;
        }
        const bool beheerder = device.role == Role::Beheerder;
        const auto rows = m_repo.changesAfter(device.projectId, qint64(cursor.seq), beheerder,
                                              device.memberId, limit + 1);
        quint64 lastSeq = cursor.seq;
        qsizetype bytes = 0;
        bool more = rows.size() > limit;
        for (int i = 0; i < std::min<int>(int(rows.size()), limit); ++i) {
            const ChangeRow &row = rows.at(i);
            if (bytes + row.payload.size() > kMaxPullBytes && i > 0) {
                more = true;
                break;
            }
            bytes += row.payload.size();
            pb::Change *c = response->add_changes();
            c->set_seq(quint64(row.seq));
            const auto *data = row.payload.constData();
            const int size = int(row.payload.size());
            switch (row.kind) {
            case ChangeKind::Project:
                c->mutable_project()->ParseFromArray(data, size);
                break;
            case ChangeKind::HourEntry:
                c->mutable_hour_entry()->ParseFromArray(data, size);
                break;
            case ChangeKind::Member: {
                pb::Member *mem = c->mutable_member();
                mem->ParseFromArray(data, size);
                // Another member's pause and move-in date are theirs and the beheerder's.
                if (!beheerder && q(mem->id()) != device.memberId) {
                    mem->clear_moved_in();
                    mem->clear_paused_until();
                }
                break;
            }
            }
            lastSeq = quint64(row.seq);
        }
        response->set_has_more(more);
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
