#include "syncengine.h"

#include "clientschema.h"
#include "clock.h"
#include "gangwerk/sync/v1/sync.pb.h"
#include "hoursrepository.h"
#include "outboxrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "recordkinds.h"
#include "store.h"
#include "syncstaterepository.h"
#include "tempfilevfs.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QSet>

#include <google/protobuf/arena.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#ifdef __GLIBC__
#include <malloc.h> // malloc_trim
#endif

Q_LOGGING_CATEGORY(lcSyncEngine, "gangwerk.sync")
// Where a round's time goes (building, waiting for the server, applying): for profiling.
Q_LOGGING_CATEGORY(lcSyncTiming, "gangwerk.sync.timing", QtWarningMsg)

namespace gw::sync {

namespace pb = ::gangwerk::sync::v1;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A pull that keeps failing halfway must not spin: the server's answer is the same each time.
constexpr int kMaxGapRetries = 3;
// Changes pulled in one round after which the memory the pull took is given back.
constexpr int kGiveBackAfter = 5000;
// Pushes on their way at once (see SyncEngine::m_inFlight), and the size of a chain's first.
constexpr size_t kPushesInFlight = 2;
constexpr int kFirstPushSize = 1000;
constexpr int kLastPushSize = 500;

// Fills @p ctx with what applying a server record needs: the members and the project.
void loadPullContext(Store &store, PullContext &ctx);
// Makes again, in a transaction of its own, the indexes a big pull dropped (see
// deferBulkPullIndexes). False when the store failed (logged; the indexes stay noted).
bool restoreBulkPullIndexes(Store &store);

/// A page that is not a PullResponse: a server that does not speak the protocol.
GrpcResult unparseablePage(GrpcResult r)
{
    r.code = GrpcCode::Internal;
    r.transport = GrpcResult::Transport::Protocol;
    r.detail = QStringLiteral("unparseable PullResponse");
    return r;
}

} // namespace

std::optional<PageOutline> outlinePage(const QByteArray &wire)
{
    using google::protobuf::internal::WireFormatLite;
    google::protobuf::io::CodedInputStream in(reinterpret_cast<const uint8_t *>(wire.constData()),
                                              int(wire.size()));
    PageOutline page;
    while (const uint32_t tag = in.ReadTag()) {
        const int field = WireFormatLite::GetTagFieldNumber(tag);
        const auto type = WireFormatLite::GetTagWireType(tag);
        uint32_t length = 0;
        uint64_t value = 0;
        if (type == WireFormatLite::WIRETYPE_LENGTH_DELIMITED &&
            field == pb::PullResponse::kChangesFieldNumber) {
            if (!in.ReadVarint32(&length) || !in.Skip(int(length)))
                return std::nullopt;
            ++page.changes;
        } else if (type == WireFormatLite::WIRETYPE_LENGTH_DELIMITED &&
                   field == pb::PullResponse::kNextCursorFieldNumber) {
            std::string cursor;
            if (!in.ReadVarint32(&length) || !in.ReadString(&cursor, int(length)))
                return std::nullopt;
            page.nextCursor = QByteArray::fromStdString(cursor);
        } else if (type == WireFormatLite::WIRETYPE_VARINT &&
                   field == pb::PullResponse::kHasMoreFieldNumber) {
            if (!in.ReadVarint64(&value))
                return std::nullopt;
            page.more = value != 0;
        } else if (type == WireFormatLite::WIRETYPE_VARINT &&
                   field == pb::PullResponse::kRemainingFieldNumber) {
            if (!in.ReadVarint64(&value))
                return std::nullopt;
            page.remaining = qint64(std::min<uint64_t>(value, uint64_t(INT64_MAX)));
        } else if (!WireFormatLite::SkipField(&in, tag)) {
            return std::nullopt;
        }
    }
    if (!in.ConsumedEntireMessage())
        return std::nullopt;
    return page;
}

SyncEngine::SyncEngine(Store &store, const Clock &clock, QObject *parent)
    : SyncEngine(store, clock, Options{}, parent)
{
}

SyncEngine::SyncEngine(Store &store, const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_options(options), m_channel(this),
      m_rejections(store, this), m_random(QRandomGenerator::securelySeeded())
{
    m_pushBatch = std::max(1, m_options.pushBatch);
    m_applyWorker = new QObject;
    m_applyWorker->moveToThread(&m_applyThread);
    m_applyThread.setObjectName(QStringLiteral("gangwerk-sync-apply"));
    m_applyThread.start();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_options.debounce);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::beginRound);
    m_periodic.setInterval(m_options.period);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::beginRound);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::beginRound);
    loadState();
}

SyncEngine::~SyncEngine()
{
    m_channel.abortAll();
    // An apply under way finishes (all or nothing) before the engine goes; its answer is
    // dropped with the engine.
    m_applyThread.quit();
    m_applyThread.wait();
    delete m_applyWorker;
    m_applyStore.reset();
}

void SyncEngine::loadState()
{
    if (!m_store.isOpen())
        return;
    try {
        const auto st = SyncStateRepository(m_store).load();
        m_channel.setServer(QUrl(st.serverUrl));
        m_channel.setToken(st.deviceToken);
        m_cursor = st.cursor;
        repullWhenSkippedKindsAreKnown();
        if (m_lastSyncedAt != st.lastSyncedAt) {
            m_lastSyncedAt = st.lastSyncedAt;
            emit lastSyncedAtChanged();
        }
        if (m_state == State::NotEnrolled && st.enrolled())
            setState(State::Idle);
    } catch (const StoreError &e) {
        qCWarning(lcSyncEngine) << "cannot read sync state:" << e.what();
    }
    refreshPending();
}

bool SyncEngine::isEnrolled() const
{
    return !m_channel.server().isEmpty() && m_state != State::NotEnrolled;
}

QString SyncEngine::serverUrl() const
{
    return m_channel.server().toString();
}

QUrl SyncEngine::normalizeServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    if (url.scheme() == QLatin1String("http") && !GrpcChannel::isLoopbackHost(url.host()))
        return {}; // cleartext only to a test server on this machine
    if (url.port() < 0)
        url.setPort(url.scheme() == QLatin1String("https") ? 443 : 80);
    url.setPath({});
    url.setQuery(QString());
    url.setFragment({});
    return url;
}

void SyncEngine::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged();
}

void SyncEngine::setProblem(const QString &p)
{
    if (m_problem == p)
        return;
    m_problem = p;
    emit problemChanged();
}

void SyncEngine::refreshPending()
{
    int n = 0;
    try {
        n = OutboxRepository(m_store).pendingCount();
    } catch (const StoreError &e) {
        qCWarning(lcSyncEngine) << "pending count failed:" << e.what();
    }
    if (n != m_pendingCount) {
        m_pendingCount = n;
        emit pendingCountChanged();
    }
}

// ---------------------------------------------------------------------------------------------
// Enrolment

QByteArray SyncEngine::enrolKeyFor(const QString &code)
{
    // "CODE BASE64KEY": one code at a time (a new code makes a new key).
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    if (!m_store.isOpen())
        return key;
    try {
        const QString saved = ProjectRepository(m_store).setting(QLatin1String(kEnrolKeySetting));
        const qsizetype space = saved.lastIndexOf(QLatin1Char(' '));
        if (space > 0 && saved.left(space) == code) {
            const QByteArray kept = QByteArray::fromBase64(saved.mid(space + 1).toLatin1());
            if (kept.size() == 32)
                return kept;
        }
        Transaction tx(m_store);
        ProjectRepository(m_store).setSetting(QLatin1String(kEnrolKeySetting),
                                              code + QLatin1Char(' ') +
                                                  QString::fromLatin1(key.toBase64()));
        tx.commit();
    } catch (const StoreError &e) {
        // Enrolling still works, with a key of this run only.
        qCWarning(lcSyncEngine).noquote() << "could not keep the enrolment key:" << e.what();
    }
    return key;
}

void SyncEngine::forgetEnrolKey()
{
    if (!m_store.isOpen())
        return;
    try {
        Transaction tx(m_store);
        ProjectRepository(m_store).setSetting(QLatin1String(kEnrolKeySetting), {});
        tx.commit();
    } catch (const StoreError &e) {
        // It stays until the next enrolment is answered; nothing else depends on it.
        qCWarning(lcSyncEngine).noquote() << "could not forget the enrolment key:" << e.what();
    }
}

void SyncEngine::enroll(const QString &server, const QString &inviteCode, const QString &deviceName,
                        const QString &displayName)
{
    if (m_enrolling)
        return;
    const QUrl url = normalizeServerUrl(server);
    if (!url.isValid()) {
        emit enrollFinished(false, EnrollError::BadAddress,
                            tr("This is not a server address. It looks like "
                               "gangwerk.example.nl:8443; your beheerder can tell you."));
        return;
    }
    pb::EnrollRequest req;
    req.set_invite_code(inviteCode.trimmed().toStdString());
    req.set_device_name(deviceName.trimmed().toStdString());
    req.set_display_name(displayName.trimmed().toStdString());
    req.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
    req.set_enrol_key(enrolKeyFor(inviteCode.trimmed()).toStdString());

    m_enrolling = true;
    emit enrollingChanged();
    m_channel.abortAll();
    m_channel.setServer(url);
    m_channel.setToken({});
    const QByteArray body = QByteArray::fromStdString(req.SerializeAsString());
    m_channel.call(
        QStringLiteral("Enroll"), body, m_options.callDeadline, this,
        [this, url](const GrpcResult &r) {
            m_enrolling = false;
            emit enrollingChanged();
            const auto fail = [&](EnrollError e, const QString &words) {
                qCWarning(lcSyncEngine).noquote()
                    << "enrolment failed:" << grpcCodeName(r.code) << r.detail;
                loadState(); // back to the previous server, if any
                emit enrollFinished(false, e, words);
            };
            if (!r.ok()) {
                switch (r.transport) {
                case GrpcResult::Transport::Unreachable:
                case GrpcResult::Transport::Timeout:
                    return fail(EnrollError::Unreachable,
                                tr("The server cannot be reached. Check the address and your "
                                   "internet connection, then try again."));
                case GrpcResult::Transport::UntrustedCertificate:
                    return fail(EnrollError::UntrustedCertificate,
                                tr("The server could not prove who it is (its certificate is not "
                                   "trusted). Nothing was sent. Check the address with your "
                                   "beheerder."));
                case GrpcResult::Transport::Protocol:
                case GrpcResult::Transport::TooLarge:
                    return fail(EnrollError::Failed,
                                tr("This address does not answer like a Gangwerk server. Check the "
                                   "address with your beheerder."));
                case GrpcResult::Transport::None:
                    break;
                }
                if (r.retryAfterMs >= 0) // shed by a busy server, not a refusal of the code
                    return fail(EnrollError::Failed,
                                tr("The server is busy right now. Nothing was changed; try again "
                                   "in a minute."));
                switch (r.code) {
                case GrpcCode::NotFound:
                case GrpcCode::InvalidArgument:
                    // A final refusal: the code never takes this key, so it is not kept.
                    forgetEnrolKey();
                    return fail(EnrollError::InvalidCode,
                                tr("This invite code does not work: it may be mistyped, expired or "
                                   "used already. Ask your beheerder for a new code."));
                case GrpcCode::ResourceExhausted:
                case GrpcCode::Unavailable:
                    return fail(
                        EnrollError::TooManyAttempts,
                        tr("Too many attempts just now. Wait a few minutes and try again."));
                case GrpcCode::FailedPrecondition:
                    return fail(EnrollError::UpgradeRequired,
                                tr("This version of Gangwerk is too old for the server. Please "
                                   "update the app."));
                default:
                    return fail(EnrollError::Failed,
                                tr("Enrolling did not work because of a problem on the server. Try "
                                   "again later."));
                }
            }
            pb::EnrollResponse resp;
            if (!resp.ParseFromArray(r.payload.constData(), int(r.payload.size())) ||
                resp.device_token().empty() || !resp.has_member() || !resp.has_project())
                return fail(EnrollError::Failed,
                            tr("The server's answer was not understood. Try again later."));
            try {
                Transaction tx(m_store);
                ProjectRepository projects(m_store);
                projects.saveProject(wire::fromWire(resp.project()));
                projects.saveMember(wire::fromWire(resp.member()));
                projects.setSelfMemberId(q(resp.member().id()));
                projects.setSetting(QLatin1String(kEnrolKeySetting), {});
                SyncStateRepository(m_store).saveEnrollment(url.toString(), q(resp.device_id()),
                                                            q(resp.device_token()));
                tx.commit();
            } catch (const StoreError &e) {
                return fail(EnrollError::Failed,
                            tr("Gangwerk could not save the enrolment on this device. Nothing was "
                               "changed; try again."));
            }
            qCInfo(lcSyncEngine).noquote() << "enrolled as device" << q(resp.device_id());
            m_cursor.clear();
            loadState();
            setState(State::Idle);
            setProblem({});
            emit enrolledChanged();
            emit dataChanged();
            emit enrollFinished(true, EnrollError::None, {});
            if (m_started)
                syncNow();
        });
}

// ---------------------------------------------------------------------------------------------
// Triggers

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_options.automatic) {
        m_periodic.start();
        // Without a backend (no NetworkManager, a container) the periodic timer and the
        // backoff still bring changes across; only the "network is back" shortcut is missing.
        if (QNetworkInformation::loadDefaultBackend() ||
            QNetworkInformation::loadBackendByFeatures(
                QNetworkInformation::Feature::Reachability)) {
            connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                    this, &SyncEngine::reachabilityChanged);
        } else {
            qCInfo(lcSyncEngine) << "no network information backend; relying on timers";
        }
    }
    syncNow();
}

void SyncEngine::reachabilityChanged(QNetworkInformation::Reachability r)
{
    if (r == QNetworkInformation::Reachability::Disconnected) {
        if (!m_running && isEnrolled())
            setState(State::Offline);
        return;
    }
    if (r == QNetworkInformation::Reachability::Online ||
        r == QNetworkInformation::Reachability::Site)
        syncNow();
}

void SyncEngine::syncNow()
{
    m_debounce.stop();
    m_retry.stop();
    m_failures = 0;
    beginRound();
}

void SyncEngine::scheduleSync()
{
    refreshPending();
    if (m_options.automatic)
        m_debounce.start();
}

void SyncEngine::scheduleRetry(int hintMs)
{
    if (!m_options.automatic)
        return;
    const qint64 min = m_options.backoffMin.count();
    const qint64 max = m_options.backoffMax.count();
    const int exp = std::min(m_failures - 1, 20);
    const qint64 ceiling = std::min(max, min << std::max(0, exp));
    // Jitter: devices that lost the server together do not all come back in the same second.
    qint64 delay =
        std::max<qint64>(ceiling / 2 + qint64(m_random.bounded(double(ceiling / 2 + 1))), min / 2);
    // A busy server's hint is a floor, spread by up to half again: the devices it turned away
    // together come back over a while, not all at once when the hint runs out.
    if (hintMs >= 0)
        delay = std::max<qint64>(delay, hintMs + qint64(m_random.bounded(double(hintMs / 2 + 1))));
    m_retry.start(std::chrono::milliseconds(delay));
    qCDebug(lcSyncEngine) << "retry in" << delay << "ms";
}

// ---------------------------------------------------------------------------------------------
// A round: push the outbox, then pull

void SyncEngine::beginRound()
{
    if (!isEnrolled() || !m_store.isOpen())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_firstPullPage = true;
    setProgress(0, 0);
    ++m_round;
    m_pages.clear();
    m_bufferedChanges = 0;
    m_heldCursor.reset();
    m_pullComplete = false;
    m_again = false;
    m_resetSeen = false;
    m_changedData = false;
    m_gapRetries = 0;
    setState(State::Syncing);
    pushNext();
}

SyncEngine::OutgoingPush SyncEngine::buildPush(qint64 afterSeq, int limit)
{
    pb::PushRequest req;
    req.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
    OutgoingPush out;
    // One read transaction for the reads below: outside one, each statement takes and drops
    // its own WAL read lock (system calls per entry read).
    const ReadTransaction read(m_store);
    // One row more than asked for tells whether this would be the chain's last push. The last
    // one is kept small: its answer comes when the server has nothing left to decide, so the
    // time the device takes to record it is the one part of a push nothing overlaps.
    const auto rows =
        OutboxRepository(m_store).unacked(limit < INT_MAX ? limit + 1 : limit, afterSeq);
    if (rows.isEmpty())
        return out;
    qsizetype n = std::min(rows.size(), qsizetype(limit));
    if (rows.size() <= limit && n > 2 * kLastPushSize)
        n -= kLastPushSize;
    req.mutable_mutations()->Reserve(int(n));
    for (qsizetype i = 0; i < n; ++i) {
        const auto &row = rows[i];
        pb::Mutation *m = req.add_mutations();
        // The mutation as the user made it. One that does not parse is still sent, without a
        // body: skipping it would leave a gap that blocks every later change, and the server's
        // refusal makes the loss visible.
        if (!m->ParseFromArray(row.body.constData(), int(row.body.size()))) {
            qCWarning(lcSyncEngine)
                << "outbox row" << row.clientSeq << "does not parse; sent without a body";
            m->Clear();
        }
        m->set_mutation_id(row.mutationId.toStdString());
        m->set_client_seq(quint64(row.clientSeq));
    }
    out.firstSeq = rows.first().clientSeq;
    out.lastSeq = rows[n - 1].clientSeq;
    out.sent = req.mutations_size();
    out.body = QByteArray::fromStdString(req.SerializeAsString());
    return out;
}

void SyncEngine::pushNext()
{
    m_phase = Phase::Push;
    abandonPushChain();
    // The first push of a chain is small, so that the server has something to decide at once
    // (a full one takes the device ~15 ms to build); each next one is twice as big.
    m_nextPushSize = std::min(m_pushBatch, kFirstPushSize);
    m_timer.restart();
    OutgoingPush push;
    try {
        push = buildPush(0, m_nextPushSize);
    } catch (const StoreError &e) {
        return failStore("reading the outbox", e);
    }
    if (push.sent == 0)
        return pullNext(m_cursor);
    qCDebug(lcSyncTiming) << "push build" << m_timer.restart() << "ms for" << push.sent;
    sendPush(push);
}

void SyncEngine::abandonPushChain()
{
    ++m_pushChain;
    m_inFlight.clear();
    m_chainAnswered = false;
}

void SyncEngine::sendPush(const OutgoingPush &push)
{
    m_inFlight.push_back({push.firstSeq, push.lastSeq, push.sent, {}, std::nullopt});
    m_inFlight.back().since.start();
    m_nextPushSize = std::min(m_pushBatch, m_nextPushSize * 2);
    m_channel.call(QStringLiteral("Push"), push.body, m_options.callDeadline, this,
                   [this, chain = m_pushChain, first = push.firstSeq](const GrpcResult &r) {
                       onPushed(r, chain, first);
                   });
    // Qt Network starts the call once this thread is back in its event loop; the next push is
    // built and sent right after that, while the server decides this one.
    if (m_inFlight.size() < kPushesInFlight)
        QTimer::singleShot(0, this, [this, chain = m_pushChain] {
            if (chain == m_pushChain && m_running)
                pushAhead();
        });
}

void SyncEngine::pushAhead()
{
    if (m_inFlight.empty() || m_inFlight.size() >= kPushesInFlight)
        return;
    OutgoingPush next;
    QElapsedTimer built;
    built.start();
    try {
        next = buildPush(m_inFlight.back().lastSeq, m_nextPushSize);
    } catch (const StoreError &e) {
        // Built again, the usual way, once the pushes on their way are answered.
        qCWarning(lcSyncEngine) << "building the next push ahead failed:" << e.what();
        return;
    }
    if (next.sent == 0)
        return;
    qCDebug(lcSyncTiming) << "push build ahead" << built.elapsed() << "ms for" << next.sent;
    sendPush(next);
}

void SyncEngine::onPushed(const GrpcResult &r, quint64 chain, qint64 firstSeq)
{
    if (chain != m_pushChain || !m_running)
        return; // the chain (or the round) this push belonged to was given up meanwhile
    for (InFlightPush &p : m_inFlight)
        if (p.firstSeq == firstSeq && !p.answer) {
            // From its own sending: with two pushes on their way, the time since the last
            // step would mix the two.
            qCDebug(lcSyncTiming) << "push of" << p.sent << "answered after" << p.since.elapsed()
                                  << "ms";
            p.answer = r;
        }
    handlePushAnswers();
}

void SyncEngine::handlePushAnswers()
{
    // An answer that comes before the one of the push sent before it waits for that one.
    while (!m_inFlight.empty() && m_inFlight.front().answer) {
        const InFlightPush push = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        const GrpcResult &r = *push.answer;
        if (!r.ok()) {
            abandonPushChain();
            // Too big for one message: halve the batch (the server's limit is per message). A
            // busy server's refusal carries a retry hint instead: then the round waits, whole.
            if (r.code == GrpcCode::ResourceExhausted && r.retryAfterMs < 0 && m_pushBatch > 1) {
                m_pushBatch = std::max(1, push.sent / 2);
                qCInfo(lcSyncEngine) << "push batch too large; now" << m_pushBatch;
                return pushNext();
            }
            return failRound(r, "push");
        }
        pb::PushResponse resp;
        if (!resp.ParseFromArray(r.payload.constData(), int(r.payload.size()))) {
            abandonPushChain();
            GrpcResult bad = r;
            bad.code = GrpcCode::Internal;
            bad.transport = GrpcResult::Transport::Protocol;
            bad.detail = QStringLiteral("unparseable PushResponse");
            return failRound(bad, "push");
        }
        // An answer that settles every change sent and expects the next one lets the chain go
        // on: the next push is on its way already, and this answer is recorded meanwhile.
        bool onward =
            qint64(resp.next_client_seq()) == push.lastSeq + 1 && resp.results_size() == push.sent;
        for (const auto &res : resp.results())
            onward = onward && !(res.outcome() == pb::OUTCOME_REJECTED &&
                                 (res.reason_code() == "SEQUENCE_GAP" ||
                                  res.reason_code() == "SEQUENCE_CONFLICT"));
        if (onward && !m_inFlight.empty()) {
            m_chainAnswered = true;
            recordPush(resp, push.firstSeq, push.lastSeq, push.sent, false);
            pushAhead();
            continue;
        }
        // The chain ends here: the last push on its way, or an answer that asks for anything
        // else (earlier changes again, other numbers).
        const bool overtook = !onward && m_chainAnswered;
        abandonPushChain();
        if (overtook) {
            // Sent before the push before it was answered, and decided as if that one were not
            // there yet: it overtook it on the way (seen with a slow device: "expected seq N",
            // N being that push's first, which is applied by now). Recording it would send
            // everything from N again; the chain starts again from what is unacknowledged
            // instead, and a real gap (a restore) is then told to that first push.
            qCInfo(lcSyncEngine) << "push" << push.firstSeq << "-" << push.lastSeq
                                 << "came before the one before it; sending on from the outbox";
            // Once the answers before it are written (the apply thread works in order).
            onApplyThread([this, round = m_round](Store &) {
                QMetaObject::invokeMethod(
                    this,
                    [this, round] {
                        if (round == m_round && m_running)
                            pushNext();
                    },
                    Qt::QueuedConnection);
            });
            return;
        }
        // Recorded, then a new chain starts from what is unacknowledged.
        return recordPush(resp, push.firstSeq, push.lastSeq, push.sent, true);
    }
}

SyncEngine::RecordedPush SyncEngine::recordPushResults(Store &store, const Clock &clock,
                                                       const pb::PushResponse &resp,
                                                       qint64 firstSeq, qint64 lastSeq)
{
    RecordedPush out;
    try {
        Transaction tx(store);
        OutboxRepository outbox(store);
        const QDateTime now = clock.now();
        // A refused change to a whole record comes back with the record as the server has it.
        PullContext ctx{store, {}, {}};
        bool contextLoaded = false;
        // Consecutive applied seqs are recorded together (see OutboxRepository::markApplied).
        qint64 runFirst = 0, runLast = 0;
        const auto flushRun = [&] {
            if (runFirst != 0)
                outbox.markApplied(runFirst, runLast, now);
            runFirst = runLast = 0;
        };
        const auto rows = outbox.sent(firstSeq, lastSeq);
        for (const auto &res : resp.results()) {
            const qint64 seq = qint64(std::min<quint64>(res.client_seq(), quint64(INT64_MAX)));
            const auto row = std::lower_bound(
                rows.cbegin(), rows.cend(), seq,
                [](const OutboxRepository::Sent &r, qint64 s) { return r.clientSeq < s; });
            if (row == rows.cend() || row->clientSeq != seq ||
                QByteArrayView(row->mutationId) != QByteArrayView(res.mutation_id()))
                continue; // not ours to record (never happens with a well-behaved server)
            const auto outcome =
                res.outcome() == pb::OUTCOME_DUPLICATE ? res.original_outcome() : res.outcome();
            if (res.outcome() == pb::OUTCOME_REJECTED && res.reason_code() == "SEQUENCE_GAP") {
                out.gap = true;
                continue;
            }
            if (res.outcome() == pb::OUTCOME_REJECTED && res.reason_code() == "SEQUENCE_CONFLICT") {
                // Not a refusal of the change: its number was taken (see renumberFrom).
                out.firstConflict = out.firstConflict == 0 ? seq : std::min(out.firstConflict, seq);
                continue;
            }
            ++out.progressed;
            if (outcome == pb::OUTCOME_REJECTED) {
                flushRun();
                outbox.markRejected(seq, q(res.reason_code()), q(res.message()), now);
                if (const RecordKind *kind = recordKind(res.current().record_case());
                    kind && res.has_current()) {
                    if (!contextLoaded) {
                        contextLoaded = true;
                        gw::sync::loadPullContext(store, ctx);
                    }
                    kind->applyPulled(ctx, res.current());
                }
                if (!row->rejected)
                    out.refusals.append(
                        {QString::fromUtf8(row->recordId), q(res.reason_code()), q(res.message())});
            } else {
                // APPLIED, or a DUPLICATE of an application (an old server may leave
                // original_outcome unset: the mutation was seen, so it took effect once).
                if (runFirst != 0 && seq != runLast + 1)
                    flushRun();
                if (runFirst == 0)
                    runFirst = seq;
                runLast = seq;
            }
        }
        flushRun();
        if (out.gap) {
            // The server expects an earlier client_seq than we sent: it lost acknowledged
            // changes (restored from a backup). Send everything from its next_client_seq again;
            // mutation ids keep a change it still has from applying twice.
            const qint64 next = qint64(resp.next_client_seq());
            if (next >= 1 && next < firstSeq)
                outbox.resendFrom(next);
            ++out.gapRetries;
        }
        if (out.firstConflict != 0) {
            // Numbers this device gave out before were taken: its store went back in time (was
            // restored from a copy) and may lack records it made since that copy. A pull in
            // brief would not bring them back (see pullNext): pull everything again, whole.
            SyncStateRepository(store).setCursor({});
            outbox.renumberFrom(out.firstConflict, qint64(resp.next_client_seq()));
            out.gap = true; // bounded by the same retry count
            ++out.gapRetries;
        }
        tx.commit();
    } catch (const StoreError &e) {
        // Not recorded: the next push sends the same mutations and gets DUPLICATE answers.
        out = {};
        out.ok = false;
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

void SyncEngine::recordPush(const pb::PushResponse &resp, qint64 firstSeq, qint64 lastSeq, int sent,
                            bool more)
{
    // Written on the apply thread: this thread stays free to hand Qt Network the next request
    // (it feeds a request's body from here), so that the server decides it meanwhile.
    onApplyThread([this, resp, firstSeq, lastSeq, sent, more, round = m_round,
                   clock = &m_clock](Store &store) {
        QElapsedTimer t;
        t.start();
        RecordedPush rec = recordPushResults(store, *clock, resp, firstSeq, lastSeq);
        const qint64 ms = t.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, rec = std::move(rec), next = qint64(resp.next_client_seq()), firstSeq, lastSeq,
             sent, more, round, ms] {
                qCDebug(lcSyncTiming) << "push recorded" << ms << "ms";
                onPushRecorded(rec, round, next, firstSeq, lastSeq, sent, more);
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::onPushRecorded(const RecordedPush &rec, quint64 round, qint64 nextClientSeq,
                                qint64 firstSeq, qint64 lastSeq, int sent, bool more)
{
    if (!rec.ok) {
        if (round != m_round || !m_running)
            return;
        abandonPushChain();
        GrpcResult r;
        r.code = GrpcCode::Internal;
        r.detail = QStringLiteral("local store: %1").arg(rec.error);
        return failRound(r, "recording push results");
    }
    qCDebug(lcSyncEngine) << "pushed" << sent << "seq" << firstSeq << "-" << lastSeq << "settled"
                          << rec.progressed << "gap" << rec.gap;
    m_gapRetries += rec.gapRetries;
    if (rec.firstConflict != 0)
        m_cursor.clear(); // as recorded: this store went back in time, it pulls all again
    m_changedData = true;
    m_rejections.reload();
    refreshPending();
    for (const auto &rf : rec.refusals) {
        // The reason code, not the record: logs never carry record contents.
        qCInfo(lcSyncEngine).noquote() << "server refused a change:" << rf.code;
        emit mutationRejected(rf.recordId, rf.code, rf.message);
    }
    if (round != m_round || !m_running) {
        // The round ended meanwhile; what was recorded stays.
        if (m_changedData && !m_running) {
            m_changedData = false;
            emit dataChanged();
        }
        return;
    }
    if (rec.gap && m_gapRetries > kMaxGapRetries) {
        GrpcResult stuck;
        stuck.code = GrpcCode::FailedPrecondition;
        stuck.detail =
            QStringLiteral("sequence gap persists (server expects %1)").arg(nextClientSeq);
        return failRound(stuck, "push");
    }
    if (!rec.gap && rec.progressed == 0) {
        GrpcResult stuck;
        stuck.code = GrpcCode::Internal;
        stuck.detail = QStringLiteral("push settled nothing");
        return failRound(stuck, "push");
    }
    if (more)
        pushNext();
}

void SyncEngine::onApplyThread(std::function<void(Store &)> job)
{
    QMetaObject::invokeMethod(
        m_applyWorker,
        [job = std::move(job), store = &m_store, applyStore = &m_applyStore] {
            if (!*applyStore) {
                QString error;
                *applyStore = store->openAnother(clientSchema(), &error);
                // A beheerder's device holds years of a whole project (~250k entries): with
                // SQLite's 2 MB default, a pull decrypts the same index pages over and over.
                // The app's own connection keeps the default: it reads what the screen shows.
                // This connection's sorts (building an index a big pull deferred sorts every
                // entry's key) spill to temporary files, which the store's VFS encrypts
                // (core/tempfilevfs.h), instead of holding the whole sort in memory (~30 MB for
                // 250k entries).
                if (*applyStore) {
                    (*applyStore)->exec("PRAGMA cache_size = -4096");
                    if (encryptingVfsName()) // never in plaintext: memory when it is missing
                        (*applyStore)->exec("PRAGMA temp_store = FILE");
                } else
                    qCWarning(lcSyncEngine).noquote() << "no second connection:" << error;
            }
            // Without a second connection (it could not open) the work is still done, on the
            // app's own, as before.
            job(*applyStore ? **applyStore : *store);
        },
        Qt::QueuedConnection);
}

void SyncEngine::pullNext(const QByteArray &cursor)
{
    m_phase = Phase::Pull;
    pb::PullRequest req;
    req.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
    req.set_cursor(cursor.toStdString());
    req.set_limit(quint32(m_options.pullLimit));
    req.set_count_remaining(m_firstPullPage);
    // What this device pushed comes back as ids only (it wrote those records when its user
    // made them, with their outbox rows); applyPages keeps its own copies. Not on a pull from
    // the start (a first sync, or one that fills in what the device lacks).
    if (!cursor.isEmpty())
        if (const qint64 last = OutboxRepository(m_store).nextClientSeq() - 1; last > 0)
            req.set_brief_own_changes_through(quint64(last));
    m_firstPullPage = false;
    const QByteArray body = QByteArray::fromStdString(req.SerializeAsString());
    m_timer.restart();
    m_channel.call(QStringLiteral("Pull"), body, m_options.callDeadline, this,
                   [this, round = m_round](const GrpcResult &r) {
                       qCDebug(lcSyncTiming) << "pull wait" << m_timer.restart() << "ms,"
                                             << r.payload.size() << "bytes";
                       onPulled(r, round);
                   });
}

void SyncEngine::onPulled(const GrpcResult &r, quint64 round)
{
    if (round != m_round || !m_running)
        return; // the round this page belonged to failed meanwhile
    if (!r.ok()) {
        if (r.code == GrpcCode::InvalidArgument && !m_cursor.isEmpty() &&
            r.transport == GrpcResult::Transport::None && m_gapRetries++ < kMaxGapRetries) {
            // A cursor this server did not make: start the pull over (upserts are idempotent).
            qCWarning(lcSyncEngine) << "cursor refused; pulling from the start";
            try {
                SyncStateRepository(m_store).setCursor({});
            } catch (const StoreError &e) {
                return failStore("clearing the cursor", e);
            }
            m_cursor.clear();
            m_pages.clear();
            m_bufferedChanges = 0;
            return pullNext(m_cursor);
        }
        return failRound(r, "pull");
    }
    // Only the page's own fields are read here; its changes are parsed on the apply thread,
    // page by page, as they are written (applyPages).
    const std::optional<PageOutline> page = outlinePage(r.payload);
    if (!page)
        return failRound(unparseablePage(r), "pull");
    qCDebug(lcSyncTiming) << "pull parse" << m_timer.restart() << "ms";
    const bool more = page->more;
    const QByteArray &next = page->nextCursor;
    if (page->remaining > 0 && m_progressTotal == 0) // (a hostile server's remaining capped)
        setProgress(0, page->changes + std::min(page->remaining, INT64_MAX - page->changes));
    m_bufferedChanges += page->changes;
    m_pages.push_back(r.payload);
    // Ask for the next page before applying: the server prepares it while pages are written.
    // The cursor is stored only with the changes it covers, so a failure just drops it. But
    // when a full batch already waits beside the one being written (a device that writes
    // slower than the server sends), the next page is asked for once that write is done: the
    // pull holds at most about two batches in memory, never the whole project.
    if (more && m_applying && m_bufferedChanges >= m_options.applyBatch)
        m_heldCursor = next;
    else if (more)
        pullNext(next);
    else
        m_pullComplete = true;
    applyWhenReady();
}

void SyncEngine::applyWhenReady()
{
    if (m_applying)
        return; // the pages wait for the apply under way, which looks again when it ends
    if (m_pages.empty()) {
        if (m_pullComplete)
            finishPull();
        return;
    }
    if (!m_pullComplete && m_bufferedChanges < m_options.applyBatch)
        return;
    auto pages = std::make_shared<std::vector<QByteArray>>();
    pages->swap(m_pages);
    const int applying = m_bufferedChanges;
    m_bufferedChanges = 0;
    m_applying = true;
    // Written on a connection and thread of its own, so that the screen never waits for a
    // pull (a first sync of a big project writes for seconds). The app's own connection reads
    // on meanwhile (WAL); it sees the pages when they are committed.
    // What the pull still brings, this batch included (0 while the server has not said).
    const qint64 stillToCome = std::max<qint64>(0, m_progressTotal - m_progressDone);
    onApplyThread([this, pages, applying, stillToCome, bulkPullFrom = m_options.bulkPullFrom,
                   round = m_round, clock = &m_clock](Store &store) {
        AppliedPages result = applyPages(store, *clock, *pages, stillToCome, bulkPullFrom);
        // The pull is complete: the indexes it left for its end are made now, in a transaction
        // of their own (the pages are committed), after the pages' memory is free again (a
        // first sync's peak); the sort keeps up to the page cache's size in memory and spills
        // the rest to encrypted temporary files.
        std::vector<QByteArray>().swap(*pages);
        if (result.ok && result.pullComplete)
            result.indexesDeferred = !restoreBulkPullIndexes(store);
        QMetaObject::invokeMethod(
            this, [this, result, round, applying] { onApplied(result, round, applying); },
            Qt::QueuedConnection);
    });
}

void SyncEngine::onApplied(const AppliedPages &result, quint64 round, int applied)
{
    m_applying = false;
    if (result.ok) {
        m_cursor = result.cursor; // committed with the pages
        m_changedData = m_changedData || result.changedData;
        m_resetSeen = m_resetSeen || result.resetSeen;
        m_indexesDeferred = result.indexesDeferred;
    }
    if (round != m_round || !m_running) {
        // The round ended meanwhile (its pull failed); what was committed stays. A round that
        // began since may have pages waiting for this apply to end.
        if (m_running) {
            applyWhenReady();
            resumeHeldPull();
        } else {
            restoreDeferredIndexes();
        }
        return;
    }
    if (result.unparseable)
        return failRound(unparseablePage({}), "pull");
    if (!result.ok) {
        GrpcResult r;
        r.code = GrpcCode::Internal;
        r.detail = QStringLiteral("local store: %1").arg(result.error);
        return failRound(r, "applying pulled changes");
    }
    qCDebug(lcSyncTiming) << "pull applied" << applied << "changes";
    m_appliedThisRound += applied;
    if (m_progressTotal > 0)
        setProgress(std::min(m_progressTotal, m_progressDone + applied), m_progressTotal);
    applyWhenReady();
    resumeHeldPull();
}

void SyncEngine::restoreDeferredIndexes()
{
    if (!std::exchange(m_indexesDeferred, false))
        return;
    // A big pull that did not finish: its indexes are made now, not at the end of the next
    // pull, so that the screens read with them meanwhile.
    onApplyThread([](Store &store) { restoreBulkPullIndexes(store); });
}

void SyncEngine::giveBackMemory()
{
    // A big pull leaves the connections' page caches full and the allocator holding what the
    // pages took: give it back to the system, which a phone needs for other apps.
    try {
        m_store.exec("PRAGMA shrink_memory");
    } catch (const StoreError &e) {
        qCWarning(lcSyncEngine) << "shrink_memory:" << e.what();
    }
    onApplyThread([](Store &store) {
        try {
            store.exec("PRAGMA shrink_memory");
        } catch (const StoreError &e) {
            qCWarning(lcSyncEngine) << "shrink_memory:" << e.what();
        }
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

void SyncEngine::resumeHeldPull()
{
    if (m_heldCursor)
        pullNext(*std::exchange(m_heldCursor, std::nullopt));
}

void SyncEngine::finishPull()
{
    m_pullComplete = false;
    if (m_resetSeen) {
        // New server epoch: what this device made goes again, then a pull picks up the echo.
        m_resetSeen = false;
        return pushNext();
    }
    endRound(true);
}

namespace {

void loadPullContext(Store &store, PullContext &ctx)
{
    Statement s(store, "SELECT id FROM member");
    while (s.next())
        ctx.members.insert(s.text(0));
    Statement p(store, "SELECT project_id FROM member WHERE id = "
                       "(SELECT value FROM setting WHERE key = 'self_member_id')");
    if (p.next())
        ctx.projectId = p.text(0);
}

// Records (in the pull's transaction) the Change fields of kinds this version passed over.
void noteSkippedKinds(Store &store, const QSet<int> &kinds)
{
    ProjectRepository projects(store);
    QSet<int> all = kinds;
    for (const QString &n : projects.setting(QLatin1String(SyncEngine::kSkippedKindsSetting))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        all.insert(n.toInt());
    QList<int> sorted(all.begin(), all.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (int n : sorted)
        out.append(QString::number(n));
    projects.setSetting(QLatin1String(SyncEngine::kSkippedKindsSetting),
                        out.join(QLatin1Char(',')));
    qCWarning(lcSyncEngine).noquote() << "the server sent records of a kind this version does not "
                                         "know (Change field"
                                      << out.join(QLatin1Char(',')) << "); an update fetches them";
}

// After a server's new epoch the device pulls everything it may see again. What it held before
// and the resync does not bring, the restored server no longer has (a change of a phone that
// never came back, a record made by timed work that the server makes anew): the device forgets
// it once the resync is complete, so that it shows what the server has. Its own changes stay:
// the outbox sends them again. Marks live in the store, so a resync cut off goes on later.
void markHeldUnseen(Store &store)
{
    store.exec("DELETE FROM resync_unseen");
    for (const RecordKind &k : recordKinds())
        if (k.heldTable)
            Statement(store, QStringLiteral("INSERT OR IGNORE INTO resync_unseen (kind, id) "
                                            "SELECT %1, id FROM %2")
                                 .arg(k.id)
                                 .arg(QLatin1String(k.heldTable))
                                 .toUtf8())
                .run();
}

int forgetUnseen(Store &store)
{
    int forgotten = 0;
    for (const RecordKind &k : recordKinds()) {
        if (!k.heldTable)
            continue;
        QStringList ids;
        // NOT EXISTS, not "NOT IN (SELECT record_id FROM outbox)": SQLite 3.15 would answer
        // that from a partial index on record_id as if it held every row.
        Statement unseen(store, "SELECT id FROM resync_unseen u WHERE kind = ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM outbox o WHERE o.record_id = u.id)");
        unseen.bind(1, k.id);
        while (unseen.next())
            ids.append(unseen.text(0));
        QList<QPair<QString, QString>> parts; // (table, column naming the record)
        for (const QString &p :
             QString::fromLatin1(k.heldParts).split(QLatin1Char(','), Qt::SkipEmptyParts))
            parts.append({p.section(QLatin1Char('.'), 0, 0), p.section(QLatin1Char('.'), 1, 1)});
        // One record at a time, each all or nothing: one that a kept record still refers to
        // (a correction of it that this device made itself) stays. Records that refer to each
        // other go in later passes.
        for (int pass = 0; pass < 4 && !ids.isEmpty(); ++pass) {
            QStringList kept;
            for (const QString &id : std::as_const(ids)) {
                try {
                    Transaction one(store);
                    for (const auto &[table, column] : std::as_const(parts))
                        Statement(store, QStringLiteral("DELETE FROM %1 WHERE %2 = ?1")
                                             .arg(table, column)
                                             .toUtf8())
                            .bind(1, id)
                            .run();
                    Statement(store, QStringLiteral("DELETE FROM %1 WHERE id = ?1")
                                         .arg(QLatin1String(k.heldTable))
                                         .toUtf8())
                        .bind(1, id)
                        .run();
                    one.commit();
                    ++forgotten;
                } catch (const StoreError &) {
                    kept.append(id);
                }
            }
            if (kept.size() == ids.size())
                break;
            ids = kept;
        }
    }
    store.exec("DELETE FROM resync_unseen");
    return forgotten;
}

// A first sync of a big project (a beheerder's device: years of a project's hours) writes its
// entries fastest with their (member, day) index built once after them. Kept up row by row, the
// index is written at places all over a B-tree bigger than the page cache, and each commit
// encrypts those pages again: the cost per pulled entry grew about fourfold from 25k to 1M
// entries. Nothing a pull does reads this index (entries are written by id); the screens that
// read it meanwhile get their answer from the table, only slower, and are refreshed when the
// round ends, when the index is back. The statement that makes the index is kept in `setting`
// in the transaction that drops it, so it is made again (from the store's own definition) at
// the end of the next pull, also after the app stopped halfway.
constexpr const char *kBulkPullIndexes[] = {"hour_entry_member_day"};
constexpr char kDeferredIndexKey[] = "deferred_index:";

// Drops each of kBulkPullIndexes whose table holds fewer rows than @p stillToCome, noting how
// to make it again. Returns whether any index waits to be made (dropped now or before).
bool deferBulkPullIndexes(Store &store, qint64 stillToCome)
{
    ProjectRepository settings(store);
    bool waiting = false;
    for (const char *name : kBulkPullIndexes) {
        const QString key = QLatin1String(kDeferredIndexKey) + QLatin1String(name);
        if (!settings.setting(key).isEmpty()) {
            waiting = true;
            continue;
        }
        QString table, sql;
        {
            Statement def(store, "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND name = ?1 AND sql IS NOT NULL");
            def.bind(1, QLatin1String(name));
            if (!def.next())
                continue;
            table = def.text(0);
            sql = def.text(1);
        }
        {
            // The highest rowid: the rows a table holds, near enough, without counting them.
            Statement held(store,
                           QByteArray("SELECT COALESCE(max(rowid), 0) FROM ") + table.toUtf8());
            if (!held.next() || held.int64(0) >= stillToCome)
                continue;
        }
        settings.setSetting(key, sql);
        // No statement of this connection may be under way (SQLITE_LOCKED otherwise).
        store.exec(QByteArray("DROP INDEX ") + name);
        waiting = true;
        qCInfo(lcSyncEngine) << "big pull: index" << name << "is built after it";
    }
    return waiting;
}

bool restoreBulkPullIndexes(Store &store)
{
    try {
        QList<QPair<QString, QByteArray>> indexes;
        {
            Statement noted(store, "SELECT key, value FROM setting WHERE key >= ?1 AND key < ?2");
            noted.bind(1, QLatin1String(kDeferredIndexKey));
            noted.bind(2, QLatin1String("deferred_index;")); // ';' follows ':' in ASCII
            while (noted.next())
                indexes.append({noted.text(0), noted.text(1).toUtf8()});
        }
        if (indexes.isEmpty())
            return true;
        Transaction tx(store);
        for (const auto &[key, sql] : indexes) {
            QElapsedTimer t;
            t.start();
            store.exec(sql.constData());
            Statement done(store, "DELETE FROM setting WHERE key = ?1");
            done.bind(1, key).run();
            qCInfo(lcSyncEngine).noquote() << "index" << key.mid(int(sizeof kDeferredIndexKey) - 1)
                                           << "built in" << t.elapsed() << "ms";
        }
        tx.commit();
        return true;
    } catch (const StoreError &e) {
        qCWarning(lcSyncEngine) << "building the indexes a pull deferred:" << e.what();
        return false;
    }
}

} // namespace

SyncEngine::AppliedPages SyncEngine::applyPages(Store &store, const Clock &clock,
                                                const std::vector<QByteArray> &pages,
                                                qint64 stillToCome, qint64 bulkPullFrom)
{
    AppliedPages result;
    if (pages.empty())
        return result;
    // A page's messages live on an arena: a few large blocks instead of ~10 allocations per
    // change, all given back at once when the page is written.
    google::protobuf::ArenaOptions arenaOptions;
    arenaOptions.start_block_size = 64 * 1024;
    arenaOptions.max_block_size = 1024 * 1024;
    try {
        Transaction tx(store);
        if (stillToCome >= bulkPullFrom)
            result.indexesDeferred = deferBulkPullIndexes(store, stillToCome);
        SyncStateRepository state(store);
        PullContext ctx{store, {}, {}};
        QSet<int> skipped;
        bool loaded = false;
        bool resyncing = false;
        {
            Statement any(store, "SELECT EXISTS (SELECT 1 FROM resync_unseen)");
            resyncing = any.next() && any.integer(0) != 0;
        }
        Statement seen(store, "DELETE FROM resync_unseen WHERE kind = ?1 AND id = ?2");
        for (const QByteArray &wire : pages) {
            google::protobuf::Arena arena(arenaOptions);
            auto &resp = *google::protobuf::Arena::CreateMessage<pb::PullResponse>(&arena);
            if (!resp.ParseFromArray(wire.constData(), int(wire.size()))) {
                result = {}; // nothing of this batch is kept (the transaction is not committed)
                result.ok = false;
                result.unparseable = true;
                return result;
            }
            result.pullComplete = !resp.has_more();
            result.cursor = QByteArray::fromStdString(resp.next_cursor());
            if (resp.reset()) {
                qCWarning(lcSyncEngine) << "server epoch changed: resending unacknowledged "
                                           "changes and resyncing";
                OutboxRepository(store).resendFrom(1);
                state.countEpochReset();
                markHeldUnseen(store);
                resyncing = true;
                result.resetSeen = true;
            }
            if (resp.changes_size() == 0)
                continue;
            if (!loaded) {
                loaded = true;
                gw::sync::loadPullContext(store, ctx);
            }
            for (const pb::Change &c : resp.changes()) {
                if (const RecordKind *kind = recordKind(c.record_case())) {
                    if (!c.own())
                        kind->applyPulled(ctx, c);
                    if (resyncing && kind->heldTable) {
                        seen.reset();
                        seen.bind(1, kind->id).bind(2, kind->idOf(c)).run();
                    }
                    continue;
                }
                // A kind a newer server sends and this version does not know: note which, so
                // that the version that knows it pulls everything again (see loadState).
                const auto &unknown = c.GetReflection()->GetUnknownFields(c);
                for (int i = 0; i < unknown.field_count(); ++i)
                    skipped.insert(unknown.field(i).number());
                if (c.record_case() != pb::Change::RECORD_NOT_SET)
                    skipped.insert(int(c.record_case()));
            }
            result.changedData = true;
        }
        if (!skipped.isEmpty())
            noteSkippedKinds(store, skipped);
        if (resyncing && result.pullComplete) {
            const int forgotten = forgetUnseen(store);
            qCInfo(lcSyncEngine) << "resync complete; forgot" << forgotten
                                 << "records the server no longer has";
            result.changedData = result.changedData || forgotten > 0;
        }
        // What the server forgot while this device was away, it forgets too (by the same rules),
        // also when this pull brought nothing new.
        sweepDevice(store, clock.now());
        state.setCursor(result.cursor);
        tx.commit();
    } catch (const StoreError &e) {
        result = {};
        result.ok = false;
        result.error = QString::fromUtf8(e.what());
    }
    return result;
}

void SyncEngine::repullWhenSkippedKindsAreKnown()
{
    ProjectRepository projects(m_store);
    const QString skipped = projects.setting(QLatin1String(kSkippedKindsSetting));
    if (skipped.isEmpty())
        return;
    bool known = false;
    for (const QString &n : skipped.split(QLatin1Char(','), Qt::SkipEmptyParts))
        known = known || recordKind(pb::Change::RecordCase(n.toInt())) != nullptr;
    if (!known)
        return;
    // Pulled records are upserts: starting over from an empty cursor is safe and brings in
    // what an older version of this app had to pass over.
    Transaction tx(m_store);
    SyncStateRepository(m_store).setCursor({});
    projects.setSetting(QLatin1String(kSkippedKindsSetting), {});
    tx.commit();
    m_cursor.clear();
    qCInfo(lcSyncEngine) << "this version knows record kinds an older one passed over: pulling "
                            "everything again";
}

void SyncEngine::endRound(bool ok)
{
    setProgress(0, 0);
    m_running = false;
    m_phase = Phase::None;
    if (ok) {
        m_failures = 0;
        m_lastSyncedAt = m_clock.now().toUTC();
        try {
            Transaction tx(m_store);
            SyncStateRepository(m_store).setLastSyncedAt(m_lastSyncedAt);
            tx.commit();
        } catch (const StoreError &e) {
            qCWarning(lcSyncEngine) << "cannot store the sync time:" << e.what();
        }
        emit lastSyncedAtChanged();
        setProblem({});
        setState(State::Idle);
    }
    restoreDeferredIndexes();
    refreshPending();
    if (m_changedData) {
        m_changedData = false;
        emit dataChanged();
    }
    emit syncFinished(ok);
    qCDebug(lcSyncTiming) << "round done" << ok;
    if (std::exchange(m_appliedThisRound, 0) >= kGiveBackAfter)
        giveBackMemory();
    if (ok && m_again) {
        m_again = false;
        QMetaObject::invokeMethod(this, &SyncEngine::beginRound, Qt::QueuedConnection);
    }
}

QString SyncEngine::wordsFor(const GrpcResult &r) const
{
    switch (r.transport) {
    case GrpcResult::Transport::Unreachable:
    case GrpcResult::Transport::Timeout:
        return tr("The server cannot be reached right now. Your changes are safe on this device "
                  "and will be sent when the connection is back.");
    case GrpcResult::Transport::UntrustedCertificate:
        return tr("The server could not prove who it is (its certificate is not trusted), so "
                  "nothing was sent. Please tell your beheerder.");
    default:
        break;
    }
    if (r.busy())
        return tr("The server is busy right now. Your changes are safe on this device; Gangwerk "
                  "tries again in a moment.");
    switch (r.code) {
    case GrpcCode::Unauthenticated:
        return tr("This device is no longer connected to your project. Ask your beheerder for a "
                  "new invite code.");
    case GrpcCode::FailedPrecondition:
        if (r.message.contains(QLatin1String("upgrade")))
            return tr("This version of Gangwerk is too old for the server. Please update the app.");
        break;
    case GrpcCode::PermissionDenied:
        return tr("The server does not allow this device to sync. Please tell your beheerder.");
    default:
        break;
    }
    return tr("Syncing did not work just now. Your changes are safe on this device; Gangwerk "
              "will try again.");
}

void SyncEngine::setProgress(qint64 done, qint64 total)
{
    if (done == m_progressDone && total == m_progressTotal)
        return;
    m_progressDone = done;
    m_progressTotal = total;
    emit progressChanged();
}

void SyncEngine::failRound(const GrpcResult &r, const char *what)
{
    setProgress(0, 0);
    qCWarning(lcSyncEngine).noquote() << what << "failed:" << grpcCodeName(r.code) << r.detail;
    m_running = false;
    m_phase = Phase::None;
    m_again = false;
    m_heldCursor.reset();
    ++m_round;
    m_channel.abortAll(); // a page asked for ahead of time
    ++m_failures;
    // A busy server is like a lost connection to the user: nothing to do, the changes wait.
    const bool offline = r.transport == GrpcResult::Transport::Unreachable ||
                         r.transport == GrpcResult::Transport::Timeout || r.busy();
    setProblem(wordsFor(r));
    setState(offline ? State::Offline : State::Error);
    restoreDeferredIndexes();
    refreshPending();
    if (m_changedData) {
        m_changedData = false;
        emit dataChanged();
    }
    emit syncFinished(false);
    if (std::exchange(m_appliedThisRound, 0) >= kGiveBackAfter)
        giveBackMemory();
    scheduleRetry(r.retryAfterMs);
}

void SyncEngine::failStore(const char *what, const std::exception &e)
{
    GrpcResult r;
    r.code = GrpcCode::Internal;
    r.detail = QStringLiteral("local store: %1").arg(QString::fromUtf8(e.what()));
    failRound(r, what);
}

} // namespace gw::sync
