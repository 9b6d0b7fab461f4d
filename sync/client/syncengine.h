#pragma once

#include "grpcchannel.h"
#include "rejectionmodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkInformation>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace gw {
class Clock;
class Store;
struct PullContext;
} // namespace gw

#include "gangwerk/sync/v1/sync.pb.h"

namespace gw::sync {

/// What the engine needs of a pulled page before it is written: its own fields, and how many
/// changes it carries (not what they are).
struct PageOutline
{
    qint64 changes = 0;
    bool more = false;
    qint64 remaining = 0;
    QByteArray nextCursor;
};

/// Reads a PullResponse's own fields from its wire form and steps over its changes (parsing a
/// page whole when it arrives would keep every batch waiting to be written at several times
/// its size). Nothing when it is not a well-formed message; its changes are checked when they
/// are parsed, page by page, as they are written.
std::optional<PageOutline> outlinePage(const QByteArray &wire);

/// Keeps a device's store in step with gangwerk-server (DESIGN.md "Sync contract"): enrols the
/// device, pushes the outbox in client_seq order and pulls the server's changes, advancing the
/// cursor in the transaction that applies them. Syncs on start, soon after a local change, when
/// the network returns and every few minutes, backing off with jitter after failures. Screens
/// bind to its properties; what goes wrong is told in plain words (problem), details go to the
/// log (category gangwerk.sync), never record contents.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY enrolledChanged)
    Q_PROPERTY(bool enrolling READ isEnrolling NOTIFY enrollingChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY enrolledChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY lastSyncedAtChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    /// A long pull (the first sync of a big project): changes applied so far in this round, and
    /// how many there are in all (0 when the server did not say: a short pull).
    Q_PROPERTY(qint64 progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(qint64 progressTotal READ progressTotal NOTIFY progressChanged)
    Q_PROPERTY(gw::sync::RejectionModel *rejections READ rejections CONSTANT)

public:
    /// Setting (store-local) listing the Change field numbers of record kinds a pull passed over.
    static constexpr const char *kSkippedKindsSetting = "skipped_record_kinds";
    /// The invite code last tried and the key sent with it (EnrollRequest.enrol_key), until an
    /// enrolment is answered or the code is refused for good: a try after a lost answer sends
    /// the same key, also after a restart, and gets the device after all instead of "code
    /// already used".
    static constexpr const char *kEnrolKeySetting = "enrol_key";

    enum class State {
        NotEnrolled, // no server yet: enrol first
        Idle,        // in step with the server as of lastSyncedAt
        Syncing,     // a push or pull is under way
        Offline,     // the server cannot be reached; changes wait safely on this device
        Error,       // something needs the user (see problem); retried when it may help
    };
    Q_ENUM(State)

    /// Why an enrolment failed, for screens that want more than the words.
    enum class EnrollError {
        None,
        InvalidCode,          // wrong, expired or used code
        TooManyAttempts,      // rate-limited
        Unreachable,          // no connection to the server
        UntrustedCertificate, // TLS: the certificate is not trusted
        UpgradeRequired,      // the server needs a newer app
        BadAddress,           // not a server address
        Failed,               // anything else (server error, local store error)
    };
    Q_ENUM(EnrollError)

    struct Options
    {
        /// Mutations per Push (one server transaction each; ~150 bytes apiece, far below the
        /// 4 MiB message limit). Fewer, larger commits re-encrypt fewer index pages and pay
        /// fewer fsyncs; a full batch holds the server's write lock for ~0.15 s.
        int pushBatch = 5000;
        /// Changes per pulled page. A page is parsed whole as it is written, so its size
        /// bounds the parsed part of a pull's memory (~7 MB per 20k hour entries): pages of
        /// 10k took a first sync of 250k entries from 156 to ~148 MB at its peak, as fast.
        int pullLimit = 10000;
        /// Pulled changes written per local transaction (the cursor moves with them).
        int applyBatch = 20000;
        /// A pull that still brings this many changes (more than the device holds) builds some
        /// indexes after it instead of keeping them up entry by entry (see applyPages).
        qint64 bulkPullFrom = 50000;
        std::chrono::milliseconds callDeadline{30000};
        std::chrono::milliseconds debounce{1500};
        std::chrono::milliseconds period{5 * 60 * 1000};
        std::chrono::milliseconds backoffMin{1000};
        std::chrono::milliseconds backoffMax{5 * 60 * 1000};
        /// Off in tests that drive sync by hand: no timers, no network watching.
        bool automatic = true;
    };

    SyncEngine(Store &store, const Clock &clock, QObject *parent = nullptr);
    SyncEngine(Store &store, const Clock &clock, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    bool isEnrolled() const;
    bool isEnrolling() const { return m_enrolling; }
    QString serverUrl() const;
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    int pendingCount() const { return m_pendingCount; }
    QString problem() const { return m_problem; }
    qint64 progressDone() const { return m_progressDone; }
    qint64 progressTotal() const { return m_progressTotal; }
    RejectionModel *rejections() { return &m_rejections; }
    GrpcChannel &channel() { return m_channel; }
    /// Until the next retry after a failed round; negative when none is planned.
    std::chrono::milliseconds nextRetryIn() const
    {
        return std::chrono::milliseconds(m_retry.isActive() ? m_retry.remainingTime() : -1);
    }

    /// "host:port" (TLS), "https://host:port" or "http://127.0.0.1:port" (loopback, cleartext)
    /// → the URL the channel uses; invalid when it is not a server address.
    static QUrl normalizeServerUrl(const QString &text);

    /// Turns an invite code into this device's membership: asks the server, then stores project,
    /// member, device token and "self" in one transaction. Ends with enrollFinished().
    Q_INVOKABLE void enroll(const QString &server, const QString &inviteCode,
                            const QString &deviceName, const QString &displayName = {});
    /// Starts automatic sync (timers, network watching) and syncs once.
    Q_INVOKABLE void start();
    /// Syncs now (or right after the sync under way), resetting the backoff.
    Q_INVOKABLE void syncNow();
    /// A local change was queued: sync soon, once changes stop arriving (debounced).
    Q_INVOKABLE void scheduleSync();
    /// The network came back (sync now, without waiting for the backoff) or went away (show
    /// "offline"). Connected to QNetworkInformation when the platform has a backend.
    void reachabilityChanged(QNetworkInformation::Reachability reachability);

signals:
    void stateChanged();
    void enrolledChanged();
    void enrollingChanged();
    void lastSyncedAtChanged();
    void pendingCountChanged();
    void problemChanged();
    void progressChanged();
    /// @p ok false: @p error and @p message (plain words) say why.
    void enrollFinished(bool ok, gw::sync::SyncEngine::EnrollError error, const QString &message);
    /// One sync round ended (push and pull), well or not.
    void syncFinished(bool ok);
    /// Records changed from the server (or were acknowledged): reload what is shown
    /// (HoursService::reload, models).
    void dataChanged();
    /// The server refused one of this device's changes; also listed in rejections.
    void mutationRejected(const QString &recordId, const QString &reasonCode,
                          const QString &message);

public:
    /// What writing a Push answer into the outbox came to (on the apply thread).
    struct RecordedPush
    {
        bool ok = true;
        QString error; // the store's words, for the log
        struct Refusal
        {
            QString recordId, code, message;
        };
        QList<Refusal> refusals; // newly refused changes, to tell the user
        bool gap = false;        // the server expects earlier changes again
        qint64 firstConflict = 0;
        int progressed = 0; // changes settled (applied or refused)
        int gapRetries = 0;
    };
    /// Records @p resp, the answer to the push of client_seq @p firstSeq … @p lastSeq, in the
    /// outbox, in one transaction: a result for a row the push did not send, or with another
    /// mutation id, is passed over (public for the test).
    static RecordedPush recordPushResults(Store &store, const Clock &clock,
                                          const ::gangwerk::sync::v1::PushResponse &resp,
                                          qint64 firstSeq, qint64 lastSeq);

private:
    enum class Phase { None, Push, Pull };
    void init();
    /// The key to send with @p code (kEnrolKeySetting): the saved one for the same code, else a
    /// new random one, saved.
    QByteArray enrolKeyFor(const QString &code);
    /// After a final refusal of the code (NOT_FOUND, INVALID_ARGUMENT).
    void forgetEnrolKey();
    void beginRound();
    /// A Push request ready to send: up to m_pushBatch outbox rows in client_seq order.
    struct OutgoingPush
    {
        QByteArray body;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        int sent = 0; // 0: nothing to send (as of when it was built)
    };
    /// Up to @p limit unacknowledged rows after client_seq @p afterSeq. Throws StoreError.
    OutgoingPush buildPush(qint64 afterSeq, int limit);
    /// Starts a new chain of pushes from the first unacknowledged change (or the pull).
    void pushNext();
    void sendPush(const OutgoingPush &push);
    /// Builds the chain's next push after the last one on its way and sends it, while fewer
    /// than kPushesInFlight are.
    void pushAhead();
    void onPushed(const GrpcResult &r, quint64 chain, qint64 firstSeq);
    /// Works off the answers of the pushes on their way, oldest first.
    void handlePushAnswers();
    /// The pushes on their way are given up: their answers are dropped when they come.
    void abandonPushChain();
    /// Writes a Push answer into the outbox, on the apply thread. @p more: go on with the next
    /// push (or the pull) when done; false when the next push is already on its way.
    void recordPush(const ::gangwerk::sync::v1::PushResponse &resp, qint64 firstSeq, qint64 lastSeq,
                    int sent, bool more);
    void onPushRecorded(const RecordedPush &rec, quint64 round, qint64 nextClientSeq,
                        qint64 firstSeq, qint64 lastSeq, int sent, bool more);
    /// Runs @p job on the apply thread, on its own connection (opened at first use).
    void onApplyThread(std::function<void(Store &)> job);
    void pullNext(const QByteArray &cursor);
    void onPulled(const GrpcResult &r, quint64 round);
    /// What writing a run of pulled pages came to (on the apply thread).
    struct AppliedPages
    {
        bool ok = true;
        QString error;     // the store's words, for the log
        QByteArray cursor; // committed with the pages
        bool resetSeen = false;
        bool changedData = false;
        bool indexesDeferred = false; // a big pull's indexes wait for its end (see .cpp)
        bool unparseable = false;     // a page was not a PullResponse: the server's fault
        bool pullComplete = false;    // the last page said there is no more
    };
    /// Writes @p pages (PullResponses as they came, parsed here one at a time, so that a batch
    /// waits in memory at its wire size) in one transaction; @p stillToCome: the changes the
    /// pull still brings, these included (a big pull builds some indexes after it).
    static AppliedPages applyPages(Store &store, const Clock &clock,
                                   const std::vector<QByteArray> &pages, qint64 stillToCome,
                                   qint64 bulkPullFrom);
    /// Hands the pages buffered so far to the apply thread when there are enough (or the pull
    /// is complete) and none is being applied; ends the pull when all are applied.
    void applyWhenReady();
    void onApplied(const AppliedPages &result, quint64 round, int applied);
    void finishPull();
    /// Makes the indexes a big pull dropped (see applyPages) when its round ended without it.
    void restoreDeferredIndexes();
    /// Asks for the page held back while a write was under way (see onPulled).
    void resumeHeldPull();
    /// After a big pull: empties the page caches and returns freed memory to the system.
    void giveBackMemory();
    void endRound(bool ok);
    /// A version that knows a kind an older one passed over pulls everything again.
    void repullWhenSkippedKindsAreKnown();
    void failRound(const GrpcResult &r, const char *what);
    void failStore(const char *what, const std::exception &e);
    /// Retries with exponential backoff and jitter, and not before @p hintMs (the server's
    /// retry hint; -1 none).
    void scheduleRetry(int hintMs = -1);
    void setState(State s);
    void setProblem(const QString &p);
    void refreshPending();
    void loadState();
    QString wordsFor(const GrpcResult &r) const;

    Store &m_store;
    const Clock &m_clock;
    Options m_options;
    GrpcChannel m_channel;
    RejectionModel m_rejections;
    QTimer m_debounce;
    QTimer m_periodic;
    QTimer m_retry;
    QRandomGenerator m_random;
    QElapsedTimer m_timer;

    State m_state = State::NotEnrolled;
    bool m_enrolling = false;
    bool m_running = false; // a round is under way
    bool m_again = false;   // another round was asked for during this one
    bool m_started = false;
    Phase m_phase = Phase::None;
    int m_failures = 0;
    quint64 m_round = 0; // answers from an abandoned round are dropped
    int m_pushBatch = 5000;
    /// The pushes on their way, oldest first (at most kPushesInFlight): the next one is sent
    /// before the one before it is answered, so that the server has it when it is done with
    /// that one and the device records answers while the server decides. Answers are worked
    /// off in this order; one that asks for anything but "the next" ends the chain (the ones
    /// after it are dropped and sent again; their mutation ids keep them from applying twice).
    struct InFlightPush
    {
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        int sent = 0;
        QElapsedTimer since; // started when it was sent, for the timing log
        std::optional<GrpcResult> answer;
    };
    std::deque<InFlightPush> m_inFlight;
    quint64 m_pushChain = 0;      // answers of an abandoned chain are dropped
    bool m_chainAnswered = false; // an answer of this chain let it go on
    int m_nextPushSize = 0;       // a chain starts small and doubles up to m_pushBatch
    int m_gapRetries = 0;
    bool m_resetSeen = false; // this round met a new server epoch: push again, then pull
    bool m_changedData = false;
    QByteArray m_cursor;
    /// Pulled pages not yet applied: written together, one transaction per ~20k changes,
    /// because every commit rewrites the index pages it touched.
    std::vector<QByteArray> m_pages; // PullResponses as they came (see applyPages)
    int m_bufferedChanges = 0;
    /// The next page's cursor, asked for once the write under way ends (see onPulled).
    std::optional<QByteArray> m_heldCursor;
    int m_appliedThisRound = 0; // pulled changes written in this round
    QDateTime m_lastSyncedAt;
    int m_pendingCount = 0;
    QString m_problem;
    bool m_firstPullPage = true;    // ask the server how much waits (once per round)
    bool m_pullComplete = false;    // the last page of this round's pull has arrived
    bool m_applying = false;        // pages are being written on the apply thread
    bool m_indexesDeferred = false; // a big pull dropped indexes it builds at its end
    /// Pulled pages are written here: a thread with a connection of its own.
    QThread m_applyThread;
    QObject *m_applyWorker = nullptr;
    std::unique_ptr<Store> m_applyStore; // used on the apply thread only
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = 0;
    void setProgress(qint64 done, qint64 total);
};

} // namespace gw::sync
