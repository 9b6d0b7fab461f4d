// Server load (not a test; run by bench/run.sh): many devices syncing at once against a real
// gangwerk-server on loopback, driven by grpc++'s asynchronous API.
//
//   1. init-project and one `invite` per device in a temporary data folder, then `serve` on
//      127.0.0.1 with a free port (waited for with grpc.health.v1.Health/Check); every device
//      enrols (several at once) and gets its own bearer token. With --store the store is in that
//      (empty) PostgreSQL database, and --servers N serves it with N processes (each a copy of
//      the data folder: the key file and the database's URL); the channels, and so the devices,
//      are spread over them.
//   2. Echo limit: every device calls grpc.health.v1.Health/Check in a loop, all --devices calls
//      in flight at once, for --echo-seconds: what this client and grpc++ reach on this machine
//      without the sync service's work.
//   3. Load: every device in a loop, all in flight at once, for --seconds: a Pull of its next
//      --pull-limit changes (its own cursor), then a Push of one 5-minute hour entry (its own
//      client_seq and mutation ids), and so on.
//
// A call refused RESOURCE_EXHAUSTED or UNAVAILABLE (the server's 32 sync threads busy) is counted
// and sent again after the app's own backoff (1 s doubling, half of it jitter; a push keeps its
// mutation); any other failure is counted too and makes the exit status 1, as does a mutation
// the server rejects. The server is stopped at the end, and killed on an error or a signal (it
// also dies with this process: PR_SET_PDEATHSIG). Prints detail lines and, last,
//   load: N calls/s, p50 X ms, p99 Y ms, errors E (echo limit M calls/s, ratio R); server memory Z
//   MB
// N counts the answered (OK) calls per second, p50/p99 their latency, E every call that was not
// answered OK; the server memory is its peak resident set (VmHWM of /proc/<pid>/status).
#include "gangwerk/sync/v1/sync.grpc.pb.h"
#include "gangwerk/sync/v1/sync.pb.h"

#include <grpcpp/alarm.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace pb = ::gangwerk::sync::v1;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr char kHealthMethod[] = "/grpc.health.v1.Health/Check";
constexpr char kSyncService[] = "gangwerk.sync.v1.SyncService";
constexpr char kProject[] = "Load";

struct Options
{
    std::string server = GANGWERK_SERVER_BIN;
    int devices = 500;
    double seconds = 20;
    double echoSeconds = 5;
    int channels = 4;
    int threads = 2;
    int pullLimit = 10;
    double deadline = 30;
    /// Calls per second offered by all devices together (open loop: each device calls on a
    /// schedule, whatever the answers; latency counts from the planned moment, so a slow
    /// server cannot hide its queue). 0: closed loop, each device's next call right after
    /// its answer.
    double rate = 0;
    std::string store; // a PostgreSQL URL; empty: the store in the data folder
    int servers = 1;
};

void say(const std::string &line)
{
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

std::string format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return buf;
}

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// ---------------------------------------------------------------------------------------------
// Child processes: the server and its command-line calls. Every child is known here, so that an
// error or a signal can end them all.

std::mutex g_childrenMutex;
std::set<pid_t> g_children;
std::vector<pid_t> g_serverPids;
std::string g_tmp;
bool g_cleanedUp = false;
std::mutex g_cleanupMutex;

/// Starts argv with stdout on outFd and stderr on errFd (-1: /dev/null); the child dies with
/// this process's main thread.
pid_t spawn(const std::vector<std::string> &argv, int outFd, int errFd)
{
    std::vector<char *> args;
    for (const auto &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const pid_t parent = getpid();
    std::lock_guard lock(g_childrenMutex);
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        // Only async-signal-safe calls until exec. The signals this process waits for in its
        // own thread are blocked in every thread; the child starts with none blocked.
        sigset_t none;
        sigemptyset(&none);
        pthread_sigmask(SIG_SETMASK, &none, nullptr);
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        const int devNull = open("/dev/null", O_RDWR);
        dup2(devNull, 0);
        dup2(outFd >= 0 ? outFd : devNull, 1);
        dup2(errFd >= 0 ? errFd : devNull, 2);
        execv(args[0], args.data());
        _exit(127);
    }
    g_children.insert(pid);
    return pid;
}

/// Waits for a child; its exit status (128 + signal when killed).
int reap(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::lock_guard lock(g_childrenMutex);
    g_children.erase(pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/// Waits up to `seconds` for a child to end; nullopt when it still runs.
std::optional<int> reapWithin(pid_t pid, double seconds)
{
    const auto t0 = Clock::now();
    while (true) {
        int status = 0;
        const pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) {
            std::lock_guard lock(g_childrenMutex);
            g_children.erase(pid);
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        if (r < 0 && errno != EINTR)
            return -1;
        if (secondsSince(t0) > seconds)
            return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

std::string readAll(int fd)
{
    std::string text;
    char buf[4096];
    while (true) {
        const ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0)
            text.append(buf, size_t(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    return text;
}

std::string lastLine(const std::string &text)
{
    std::istringstream in(text);
    std::string line, last;
    while (std::getline(in, line))
        if (line.find_first_not_of(" \t\r") != std::string::npos)
            last = line;
    const auto b = last.find_first_not_of(" \t\r");
    const auto e = last.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : last.substr(b, e - b + 1);
}

std::string tail(const std::string &path, size_t bytes = 2000)
{
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.size() > bytes ? text.substr(text.size() - bytes) : text;
}

/// Runs a gangwerk-server command to its end; its last line of output.
std::string runCli(const Options &o, std::vector<std::string> args)
{
    args.insert(args.begin(), o.server);
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe");
    const std::string errPath = g_tmp + "/cli.err";
    const int err = open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const pid_t pid = spawn(args, out[1], err);
    close(out[1]);
    close(err);
    const std::string text = readAll(out[0]);
    close(out[0]);
    const int rc = reap(pid);
    if (rc != 0)
        throw std::runtime_error("gangwerk-server " + args[1] + " failed (" + std::to_string(rc) +
                                 "): " + tail(errPath));
    return lastLine(text);
}

/// /proc/<pid>/status's field in kB (VmHWM, VmRSS); -1 when it cannot be read.
long procStatusKb(pid_t pid, const char *field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            return std::strtol(line.c_str() + prefix.size(), nullptr, 10);
    return -1;
}

/// Ends every child (the server first with SIGTERM, then SIGKILL) and removes the data folder.
/// Called once: on the way out, from an error, or from the signal thread.
void cleanup(bool quick)
{
    std::lock_guard once(g_cleanupMutex);
    if (g_cleanedUp)
        return;
    g_cleanedUp = true;
    std::vector<pid_t> servers, others;
    {
        std::lock_guard lock(g_childrenMutex);
        for (pid_t p : g_children)
            (std::count(g_serverPids.begin(), g_serverPids.end(), p) ? servers : others)
                .push_back(p);
    }
    for (pid_t p : others) {
        kill(p, SIGKILL);
        reap(p);
    }
    for (pid_t p : servers)
        kill(p, SIGTERM);
    for (pid_t p : servers)
        if (!reapWithin(p, quick ? 3 : 15)) {
            kill(p, SIGKILL);
            reap(p);
        }
    if (!g_tmp.empty()) {
        std::error_code ec;
        fs::remove_all(g_tmp, ec);
    }
}

/// SIGINT, SIGTERM and SIGHUP are blocked in every thread and taken here: the server is ended
/// before this process exits.
void watchSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread([set] {
        int sig = 0;
        sigwait(&set, &sig);
        std::fprintf(stderr, "serverload: signal %d, stopping the server\n", sig);
        cleanup(true);
        std::fflush(stdout);
        _exit(128 + sig);
    }).detach();
}

// ---------------------------------------------------------------------------------------------
// Requests

/// A lower-case time-ordered (version 7) UUID, as the app makes its ids.
std::string uuid7(std::mt19937_64 &rng)
{
    const uint64_t ms = uint64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count());
    std::array<uint8_t, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = uint8_t(ms >> (40 - 8 * i));
    const uint64_t r1 = rng(), r2 = rng();
    for (int i = 6; i < 16; ++i)
        b[i] = uint8_t((i < 11 ? r1 : r2) >> (8 * (i % 8)));
    b[6] = uint8_t(0x70 | (b[6] & 0x0f));
    b[8] = uint8_t(0x80 | (b[8] & 0x3f));
    static const char hex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += '-';
        s += hex[b[i] >> 4];
        s += hex[b[i] & 15];
    }
    return s;
}

/// The UTC calendar day `daysAgo` days back. One day back or more is never in the future in the
/// project's time zone (Europe/Amsterdam is ahead of UTC), and up to 50 back stays within its
/// 60 backdating days.
std::string utcDayAgo(int daysAgo)
{
    const time_t t = time(nullptr) - time_t(daysAgo) * 24 * 3600;
    struct tm tm;
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

grpc::ByteBuffer healthRequest(const std::string &service)
{
    // HealthCheckRequest{service}: field 1, length-delimited (empty for the whole server).
    std::string bytes;
    if (!service.empty()) {
        bytes += char(0x0a);
        bytes += char(service.size());
        bytes += service;
    }
    grpc::Slice slice(bytes);
    return grpc::ByteBuffer(&slice, 1);
}

bool healthServing(const grpc::ByteBuffer &reply)
{
    // HealthCheckResponse{status = SERVING (1)}.
    std::vector<grpc::Slice> slices;
    if (!reply.Dump(&slices).ok())
        return false;
    std::string bytes;
    for (const auto &s : slices)
        bytes.append(reinterpret_cast<const char *>(s.begin()), s.size());
    return bytes == std::string("\x08\x01", 2);
}

/// One blocking health check (through a private completion queue).
grpc::Status checkHealth(const std::shared_ptr<grpc::Channel> &channel, const std::string &service,
                         bool *serving)
{
    grpc::GenericStub stub(channel);
    grpc::CompletionQueue cq;
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
    grpc::ByteBuffer reply;
    grpc::Status status;
    auto call = stub.PrepareUnaryCall(&ctx, kHealthMethod, healthRequest(service), &cq);
    call->StartCall();
    int tag = 0;
    call->Finish(&reply, &status, &tag);
    void *got = nullptr;
    bool ok = false;
    cq.Next(&got, &ok);
    cq.Shutdown();
    while (cq.Next(&got, &ok)) {
    }
    *serving = status.ok() && healthServing(reply);
    return status;
}

// ---------------------------------------------------------------------------------------------
// The devices and the calls they make

enum class Kind : uint8_t { Health, Pull, Push };
constexpr const char *kKindNames[] = {"health", "pull", "push"};

struct Sample
{
    float ms;
    float at; // seconds from the phase's start to the answer
    Kind kind;
    uint8_t code; // grpc::StatusCode
};

/// What one client thread saw (merged at the end of a phase).
struct ThreadStats
{
    std::vector<Sample> samples;
    std::vector<float> waitedMs; // first try to the answer, backoff included (answered calls)
    Clock::time_point lastAnswer{};
    long applied = 0, duplicate = 0, rejected = 0, pulledChanges = 0;
    std::map<std::string, long> rejectReasons;
    std::map<std::string, long> otherErrors; // code and message of an unexpected failure
    std::mt19937_64 rng;
};

struct Device
{
    int index = 0;
    std::string token;
    std::string memberId;
    int channel = 0;
    int thread = 0;

    std::string cursor;
    uint64_t seq = 0;
    std::optional<pb::PushRequest> pending; // sent again until answered
    bool pushNext = false;
    int refusals = 0;
    Clock::time_point firstTry{};

    enum class Op { None, Call, Backoff, Wait } op = Op::None;
    Clock::time_point planned{}; // open loop: when this device's next call is due
    Kind kind = Kind::Health;
    Clock::time_point started{};
    std::unique_ptr<grpc::ClientContext> ctx;
    std::unique_ptr<grpc::ClientAsyncResponseReader<pb::PullResponse>> pullCall;
    std::unique_ptr<grpc::ClientAsyncResponseReader<pb::PushResponse>> pushCall;
    std::unique_ptr<grpc::GenericClientAsyncResponseReader> healthCall;
    pb::PullResponse pullReply;
    pb::PushResponse pushReply;
    grpc::ByteBuffer healthReply;
    grpc::Status status;
    grpc::Alarm alarm;
};

struct Endpoint
{
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<pb::SyncService::Stub> stub;
    std::unique_ptr<grpc::GenericStub> generic;
};

/// One timed phase: every device keeps one call in flight until `end`.
class Phase
{
public:
    Phase(const Options &o, std::vector<Endpoint> &endpoints, std::vector<Device> &devices,
          bool echo)
        : m_o(o), m_endpoints(endpoints), m_devices(devices), m_echo(echo),
          m_health(healthRequest(""))
    {
    }

    std::vector<ThreadStats> run(double seconds, double *wall)
    {
        std::vector<std::unique_ptr<grpc::CompletionQueue>> cqs;
        m_stats.assign(size_t(m_o.threads), ThreadStats{});
        for (int t = 0; t < m_o.threads; ++t) {
            cqs.push_back(std::make_unique<grpc::CompletionQueue>());
            m_stats[size_t(t)].rng.seed(uint64_t(t) * 7919 + (m_echo ? 1 : 2));
        }
        m_cqs = &cqs;
        m_outstanding = int(m_devices.size());
        std::vector<std::thread> threads;
        for (int t = 0; t < m_o.threads; ++t)
            threads.emplace_back([this, t, &cqs] { poll(*cqs[size_t(t)], t); });
        m_start = Clock::now();
        m_end = m_start +
                std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
        std::mt19937_64 rng(m_echo ? 3 : 4);
        for (auto &d : m_devices) {
            d.refusals = 0;
            if (openLoop()) {
                // Spread over one interval, so that the offered rate is even from the start.
                d.planned =
                    m_start +
                    std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(
                        std::uniform_real_distribution<double>(0, interval())(rng)));
                waitUntil(d, d.planned);
            } else {
                issue(d, rng);
            }
        }
        // Every call ends by its deadline, so this wait is bounded too.
        while (m_outstanding.load() > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        for (auto &cq : cqs)
            cq->Shutdown();
        for (auto &t : threads)
            t.join();
        Clock::time_point last = m_start;
        for (const auto &s : m_stats)
            last = std::max(last, s.lastAnswer);
        *wall = std::chrono::duration<double>(last - m_start).count();
        m_cqs = nullptr;
        return std::move(m_stats);
    }

private:
    bool openLoop() const { return !m_echo && m_o.rate > 0; }
    /// Open loop: seconds between one device's calls.
    double interval() const { return double(m_devices.size()) / m_o.rate; }
    void waitUntil(Device &d, Clock::time_point at)
    {
        d.op = Device::Op::Wait;
        d.alarm.Set(
            (*m_cqs)[size_t(d.thread)].get(),
            std::chrono::system_clock::now() +
                std::chrono::duration_cast<std::chrono::system_clock::duration>(at - Clock::now()),
            &d);
    }

    void poll(grpc::CompletionQueue &cq, int t)
    {
        void *tag = nullptr;
        bool ok = false;
        while (cq.Next(&tag, &ok))
            handle(*static_cast<Device *>(tag), m_stats[size_t(t)]);
    }

    /// The device's next call; `rng` is the calling thread's.
    void issue(Device &d, std::mt19937_64 &rng)
    {
        auto &cq = *(*m_cqs)[size_t(d.thread)];
        auto &ep = m_endpoints[size_t(d.channel)];
        release(d);
        d.ctx = std::make_unique<grpc::ClientContext>();
        d.ctx->set_deadline(std::chrono::system_clock::now() +
                            std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                std::chrono::duration<double>(m_o.deadline)));
        d.op = Device::Op::Call;
        d.started = Clock::now();
        if (d.refusals == 0)
            d.firstTry = openLoop() ? std::min(d.planned, d.started) : d.started;
        if (openLoop() && d.refusals == 0)
            d.started = d.firstTry; // the wait counts from the planned moment
        if (m_echo) {
            d.kind = Kind::Health;
            d.healthCall = ep.generic->PrepareUnaryCall(d.ctx.get(), kHealthMethod, m_health, &cq);
            d.healthCall->StartCall();
            d.healthCall->Finish(&d.healthReply, &d.status, &d);
            return;
        }
        d.ctx->AddMetadata("authorization", "Bearer " + d.token);
        if (!d.pushNext) {
            d.kind = Kind::Pull;
            pb::PullRequest req;
            req.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
            req.set_cursor(d.cursor);
            req.set_limit(uint32_t(m_o.pullLimit));
            d.pullReply.Clear();
            d.pullCall = ep.stub->PrepareAsyncPull(d.ctx.get(), req, &cq);
            d.pullCall->StartCall();
            d.pullCall->Finish(&d.pullReply, &d.status, &d);
            return;
        }
        d.kind = Kind::Push;
        if (!d.pending) {
            pb::PushRequest req;
            req.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
            pb::Mutation *m = req.add_mutations();
            ++d.seq;
            m->set_mutation_id(uuid7(rng));
            m->set_client_seq(d.seq);
            pb::HourEntry *e = m->mutable_append_hour_entry()->mutable_entry();
            e->set_id(uuid7(rng));
            e->set_member_id(d.memberId);
            // Spread over 50 days: 5 minutes each stays far below the 16-hour day total.
            e->set_day(utcDayAgo(1 + int(d.seq % 50)));
            e->set_minutes(5);
            e->set_category("buurtdienst");
            e->set_source(pb::ENTRY_SOURCE_MANUAL);
            e->set_created_at_ms(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count());
            d.pending = std::move(req);
        }
        d.pushReply.Clear();
        d.pushCall = ep.stub->PrepareAsyncPush(d.ctx.get(), *d.pending, &cq);
        d.pushCall->StartCall();
        d.pushCall->Finish(&d.pushReply, &d.status, &d);
    }

    /// The last call's readers live in its context's arena: they go first.
    static void release(Device &d)
    {
        d.pullCall.reset();
        d.pushCall.reset();
        d.healthCall.reset();
        d.ctx.reset();
    }

    void finish(Device &d)
    {
        d.op = Device::Op::None;
        release(d);
        --m_outstanding;
    }

    void handle(Device &d, ThreadStats &st)
    {
        const auto now = Clock::now();
        if (d.op == Device::Op::Backoff || d.op == Device::Op::Wait) {
            d.op = Device::Op::None;
            if (now < m_end)
                issue(d, st.rng);
            else
                finish(d);
            return;
        }
        const auto code = d.status.error_code();
        st.samples.push_back(
            {float(std::chrono::duration<double, std::milli>(now - d.started).count()),
             float(std::chrono::duration<double>(now - m_start).count()), d.kind, uint8_t(code)});
        if (code == grpc::StatusCode::OK) {
            st.lastAnswer = std::max(st.lastAnswer, now);
            st.waitedMs.push_back(
                float(std::chrono::duration<double, std::milli>(now - d.firstTry).count()));
            d.refusals = 0;
            if (d.kind == Kind::Pull) {
                d.cursor = d.pullReply.next_cursor();
                st.pulledChanges += d.pullReply.changes_size();
            } else if (d.kind == Kind::Push) {
                for (const auto &r : d.pushReply.results()) {
                    if (r.outcome() == pb::OUTCOME_APPLIED)
                        ++st.applied;
                    else if (r.outcome() == pb::OUTCOME_DUPLICATE)
                        ++st.duplicate;
                    else {
                        ++st.rejected;
                        ++st.rejectReasons[r.reason_code()];
                    }
                }
                if (d.pushReply.results_size() == 0) {
                    ++st.rejected;
                    ++st.rejectReasons["no result"];
                }
                d.pending.reset();
            }
            if (!m_echo)
                d.pushNext = !d.pushNext;
            if (now >= m_end) {
                finish(d);
            } else if (openLoop()) {
                // The next call on its schedule; a late answer makes it go at once (and its
                // wait counts from the planned moment).
                d.planned += std::chrono::duration_cast<Clock::duration>(
                    std::chrono::duration<double>(interval()));
                if (d.planned >= m_end)
                    finish(d);
                else if (d.planned > now)
                    waitUntil(d, d.planned);
                else
                    issue(d, st.rng);
            } else {
                issue(d, st.rng);
            }
            return;
        }
        if (code != grpc::StatusCode::RESOURCE_EXHAUSTED && code != grpc::StatusCode::UNAVAILABLE) {
            auto &n = st.otherErrors[std::to_string(int(code)) + " " +
                                     d.status.error_message().substr(0, 120)];
            ++n;
        }
        // Sent again (the same mutation for a push) after the app's backoff: 1 s doubling up to
        // 300 s, half of it jitter. A device whose next try would fall after the end stops.
        ++d.refusals;
        const double ceiling = std::min(300.0, std::ldexp(1.0, d.refusals - 1));
        const double wait =
            ceiling / 2 + std::uniform_real_distribution<double>(0, ceiling / 2)(st.rng);
        const auto at =
            now + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(wait));
        if (at >= m_end) {
            finish(d);
            return;
        }
        d.op = Device::Op::Backoff;
        d.alarm.Set((*m_cqs)[size_t(d.thread)].get(),
                    std::chrono::system_clock::now() +
                        std::chrono::duration_cast<std::chrono::system_clock::duration>(
                            std::chrono::duration<double>(wait)),
                    &d);
    }

    const Options &m_o;
    std::vector<Endpoint> &m_endpoints;
    std::vector<Device> &m_devices;
    const bool m_echo;
    const grpc::ByteBuffer m_health;
    std::vector<std::unique_ptr<grpc::CompletionQueue>> *m_cqs = nullptr;
    std::vector<ThreadStats> m_stats;
    std::atomic<int> m_outstanding{0};
    Clock::time_point m_start{}, m_end{};
};

/// Nearest rank: the smallest value with at least p% of the values at or below it.
double percentile(std::vector<float> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = size_t(std::ceil(p / 100 * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

const char *codeName(int code)
{
    static const char *names[] = {"OK",
                                  "CANCELLED",
                                  "UNKNOWN",
                                  "INVALID_ARGUMENT",
                                  "DEADLINE_EXCEEDED",
                                  "NOT_FOUND",
                                  "ALREADY_EXISTS",
                                  "PERMISSION_DENIED",
                                  "RESOURCE_EXHAUSTED",
                                  "FAILED_PRECONDITION",
                                  "ABORTED",
                                  "OUT_OF_RANGE",
                                  "UNIMPLEMENTED",
                                  "INTERNAL",
                                  "UNAVAILABLE",
                                  "DATA_LOSS",
                                  "UNAUTHENTICATED"};
    return code >= 0 && code <= 16 ? names[code] : "?";
}

struct Figures
{
    long answered = 0, errors = 0, unexpected = 0;
    double perSecond = 0, p50 = 0, p99 = 0, wall = 0;
    std::map<int, long> byCode;
};

/// The answered calls of some kinds: count, rate over the wall time, p50/p99 of their latency.
Figures figures(const std::vector<ThreadStats> &stats, std::set<Kind> kinds, double wall)
{
    Figures f;
    f.wall = wall;
    std::vector<float> ms;
    for (const auto &s : stats)
        for (const auto &x : s.samples) {
            if (!kinds.count(x.kind))
                continue;
            if (x.code == 0) {
                ms.push_back(x.ms);
                ++f.answered;
            } else {
                ++f.errors;
                ++f.byCode[x.code];
                if (x.code != int(grpc::StatusCode::RESOURCE_EXHAUSTED) &&
                    x.code != int(grpc::StatusCode::UNAVAILABLE))
                    ++f.unexpected;
            }
        }
    f.perSecond = wall > 0 ? double(f.answered) / wall : 0;
    f.p50 = percentile(ms, 50);
    f.p99 = percentile(ms, 99);
    return f;
}

std::string errorWords(const Figures &f)
{
    if (f.errors == 0)
        return "no errors";
    const auto count = [&](grpc::StatusCode c) {
        const auto it = f.byCode.find(int(c));
        return it == f.byCode.end() ? 0L : it->second;
    };
    std::string s =
        format("errors %ld: RESOURCE_EXHAUSTED %ld, UNAVAILABLE %ld", f.errors,
               count(grpc::StatusCode::RESOURCE_EXHAUSTED), count(grpc::StatusCode::UNAVAILABLE));
    for (const auto &[code, n] : f.byCode)
        if (code != int(grpc::StatusCode::RESOURCE_EXHAUSTED) &&
            code != int(grpc::StatusCode::UNAVAILABLE))
            s += format(", %s %ld", codeName(code), n);
    return s;
}

void usage(const char *why)
{
    std::fprintf(
        stderr,
        "serverload: %s\nusage: gangwerk-serverload [--devices N (500)] [--seconds S (20)] "
        "[--echo-seconds S (5)] [--channels N (4)] [--threads N (2)] [--pull-limit N "
        "(10)] [--deadline S (30)] [--rate CALLS_PER_S (0: closed loop)] [--server PATH] "
        "[--store postgresql://...] [--servers N (1; above 1 needs --store)]\n",
        why);
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h")
            usage("a server load generator");
        if (i + 1 >= argc)
            usage(("missing value for " + a).c_str());
        const std::string v = argv[++i];
        char *end = nullptr;
        const double n = std::strtod(v.c_str(), &end);
        const bool number = end && *end == '\0' && !v.empty();
        if (a == "--store") {
            o.store = v;
            continue;
        }
        if (a == "--server")
            o.server = v;
        else if (!number)
            usage((a + " needs a number").c_str());
        else if (a == "--devices" && n >= 1 && n <= 100000)
            o.devices = int(n);
        else if (a == "--seconds" && n > 0 && n <= 3600)
            o.seconds = n;
        else if (a == "--echo-seconds" && n > 0 && n <= 3600)
            o.echoSeconds = n;
        else if (a == "--channels" && n >= 1 && n <= 1000)
            o.channels = int(n);
        else if (a == "--threads" && n >= 1 && n <= 64)
            o.threads = int(n);
        else if (a == "--pull-limit" && n >= 1 && n <= 20000)
            o.pullLimit = int(n);
        else if (a == "--deadline" && n > 0 && n <= 600)
            o.deadline = n;
        else if (a == "--rate" && n >= 0 && n <= 1000000)
            o.rate = n;
        else if (a == "--servers" && n >= 1 && n <= 16)
            o.servers = int(n);
        else
            usage(("unknown option or value out of range: " + a + " " + v).c_str());
    }
    if (o.servers > 1 && o.store.empty())
        usage("--servers above 1 needs --store (several servers share a PostgreSQL database)");
    o.channels = std::max(o.channels, o.servers);
    return o;
}

/// Starts `serve` on 127.0.0.1 with a free port; returns the address once it answers its health
/// check as SERVING.
std::string startServer(const Options &o, const std::string &data, const std::string &logPath,
                        std::thread *drain)
{
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe");
    const int log = open(logPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const pid_t pid = spawn(
        {o.server, "serve", "--data", data, "--listen", "127.0.0.1:0", "--plaintext"}, out[1], log);
    {
        std::lock_guard lock(g_childrenMutex); // cleanup() reads it from the signal thread
        g_serverPids.push_back(pid);
    }
    close(out[1]);
    close(log);
    // "gangwerk-server: serving on 127.0.0.1:PORT (plaintext)", within 20 s.
    std::string first;
    const auto t0 = Clock::now();
    while (first.find('\n') == std::string::npos) {
        pollfd p{out[0], POLLIN, 0};
        const int left = int(std::max(0.0, 20 - secondsSince(t0)) * 1000);
        const int ready = left > 0 ? poll(&p, 1, left) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            throw std::runtime_error("the server did not start within 20 s: " + tail(logPath));
        char buf[256];
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n <= 0)
            throw std::runtime_error("the server ended before serving: " + tail(logPath));
        first.append(buf, size_t(n));
    }
    const std::string marker = "serving on ";
    const auto at = first.find(marker);
    if (at == std::string::npos)
        throw std::runtime_error("unexpected first line from the server: " + first);
    const std::string address = first.substr(
        at + marker.size(), first.find(' ', at + marker.size()) - (at + marker.size()));
    // Keep reading its output so that it never blocks on a full pipe.
    const int fd = out[0];
    *drain = std::thread([fd] {
        readAll(fd);
        close(fd);
    });
    auto channel = grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
    while (true) {
        bool serving = false;
        checkHealth(channel, kSyncService, &serving);
        if (serving)
            return address;
        if (secondsSince(t0) > 20)
            throw std::runtime_error("the server at " + address +
                                     " did not report SERVING within 20 s: " + tail(logPath));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

int run(const Options &o)
{
    const auto tAll = Clock::now();
    char tmpl[] = "/tmp/gw-serverload-XXXXXX";
    if (!mkdtemp(tmpl))
        throw std::runtime_error("mkdtemp failed");
    g_tmp = tmpl;
    const std::string data = g_tmp + "/data";

    std::vector<std::string> init{"init-project", "--data",          data, "--name", kProject,
                                  "--timezone",   "Europe/Amsterdam"};
    if (!o.store.empty())
        init.insert(init.end(), {"--store", o.store});
    runCli(o, init);
    // One invite per device with the CLI, as a beheerder makes them, before serving: one after
    // the other, because two CLI processes opening the store at once may fail.
    std::vector<Device> devices(size_t(o.devices));
    std::vector<std::string> codes(devices.size());
    auto t0 = Clock::now();
    for (int i = 0; i < o.devices; ++i)
        codes[size_t(i)] = runCli(o, {"invite", "--data", data, "--project", kProject, "--role",
                                      "resident", "--gang", "G" + std::to_string(i % 10), "--name",
                                      "Bewoner " + std::to_string(i)});
    const double tInvites = secondsSince(t0);

    // The servers: the first on the folder, each further one on a copy of it (the key file and
    // the database's URL), all on the one database.
    std::vector<std::thread> drains(size_t(o.servers));
    std::vector<std::string> addresses, logs;
    struct DrainJoin
    {
        std::vector<std::thread> &t;
        ~DrainJoin()
        {
            for (auto &d : t)
                if (d.joinable())
                    d.detach();
        }
    } drainJoin{drains};
    for (int k = 0; k < o.servers; ++k) {
        std::string folder = data;
        if (k > 0) {
            folder = data + "-" + std::to_string(k);
            fs::create_directory(folder);
            fs::permissions(folder, fs::perms::owner_all);
            for (const char *name : {"server.key", "store-url"})
                fs::copy_file(data + "/" + name, folder + "/" + name);
        }
        logs.push_back(g_tmp + "/server" + std::to_string(k) + ".log");
        addresses.push_back(startServer(o, folder, logs.back(), &drains[size_t(k)]));
    }

    // Distinct channel arguments give each channel its own connection.
    std::vector<Endpoint> endpoints(size_t(o.channels));
    for (int c = 0; c < o.channels; ++c) {
        grpc::ChannelArguments args;
        args.SetInt("gangwerk.serverload.channel", c);
        args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
        auto &ep = endpoints[size_t(c)];
        ep.channel = grpc::CreateCustomChannel(addresses[size_t(c % o.servers)],
                                               grpc::InsecureChannelCredentials(), args);
        if (!ep.channel->WaitForConnected(std::chrono::system_clock::now() +
                                          std::chrono::seconds(10)))
            throw std::runtime_error("channel " + std::to_string(c) + " did not connect");
        ep.stub = pb::SyncService::NewStub(ep.channel);
        ep.generic = std::make_unique<grpc::GenericStub>(ep.channel);
    }

    // Enrolment: 8 at a time (below the server's 32 threads); a busy refusal is tried again.
    t0 = Clock::now();
    std::atomic<int> next{0};
    std::mutex failMutex;
    std::string failure;
    std::vector<std::thread> enrollers;
    for (int w = 0; w < 8; ++w)
        enrollers.emplace_back([&] {
            for (int i = next++; i < o.devices; i = next++) {
                auto &d = devices[size_t(i)];
                d.index = i;
                d.channel = i % o.channels;
                d.thread = i % o.threads;
                pb::EnrollRequest req;
                req.set_invite_code(codes[size_t(i)]);
                req.set_device_name("load " + std::to_string(i));
                req.set_protocol_version(pb::PROTOCOL_VERSION_CURRENT);
                for (int attempt = 0;; ++attempt) {
                    grpc::ClientContext ctx;
                    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
                    pb::EnrollResponse reply;
                    const auto s = endpoints[size_t(d.channel)].stub->Enroll(&ctx, req, &reply);
                    if (s.ok()) {
                        d.token = reply.device_token();
                        d.memberId = reply.member().id();
                        break;
                    }
                    if ((s.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED ||
                         s.error_code() == grpc::StatusCode::UNAVAILABLE) &&
                        attempt < 50) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(100));
                        continue;
                    }
                    std::lock_guard lock(failMutex);
                    failure = format("enrolment of device %d failed: %s %s", i,
                                     codeName(int(s.error_code())), s.error_message().c_str());
                    return;
                }
            }
        });
    for (auto &t : enrollers)
        t.join();
    if (!failure.empty())
        throw std::runtime_error(failure);
    const double tEnrol = secondsSince(t0);
    say(format("serverload: %d devices enrolled (invites %.1f s one after the other, enrolment "
               "%.1f s); %d channels, %d client threads, %s, "
               "call deadline %.0f s",
               o.devices, tInvites, tEnrol, o.channels, o.threads,
               o.rate > 0 ? format("%.0f calls/s offered on a schedule (open loop)", o.rate).c_str()
                          : "every device's call in flight at once (closed loop)",
               o.deadline));

    // The echo limit, then the load, on the same channels and devices.
    double echoWall = 0, loadWall = 0;
    const auto echoStats = Phase(o, endpoints, devices, true).run(o.echoSeconds, &echoWall);
    const Figures echo = figures(echoStats, {Kind::Health}, echoWall);
    say(format("  echo (health check): %ld answered in %.2f s: %.0f calls/s, p50 %.1f ms, p99 "
               "%.1f ms; %s",
               echo.answered, echo.wall, echo.perSecond, echo.p50, echo.p99,
               errorWords(echo).c_str()));

    const auto loadStats = Phase(o, endpoints, devices, false).run(o.seconds, &loadWall);
    const Figures load = figures(loadStats, {Kind::Pull, Kind::Push}, loadWall);
    long applied = 0, duplicate = 0, rejected = 0, changes = 0;
    std::map<std::string, long> reasons, others;
    std::vector<float> waited;
    for (const auto *stats : {&echoStats, &loadStats})
        for (const auto &s : *stats) {
            for (const auto &[k, n] : s.otherErrors)
                others[k] += n;
        }
    for (const auto &s : loadStats) {
        applied += s.applied;
        duplicate += s.duplicate;
        rejected += s.rejected;
        changes += s.pulledChanges;
        for (const auto &[k, n] : s.rejectReasons)
            reasons[k] += n;
        waited.insert(waited.end(), s.waitedMs.begin(), s.waitedMs.end());
    }
    for (Kind k : {Kind::Pull, Kind::Push}) {
        const Figures f = figures(loadStats, {k}, loadWall);
        say(format("  %s: %ld answered, %.0f/s, p50 %.1f ms, p99 %.1f ms; %s", kKindNames[int(k)],
                   f.answered, f.perSecond, f.p50, f.p99, errorWords(f).c_str()));
    }
    {
        // Where the slow answers are: the p99 of each second of the load (a warm-up, a pause of
        // the server, or all along).
        for (Kind k : {Kind::Pull, Kind::Push}) {
            std::vector<std::vector<float>> bySecond;
            for (const auto &s : loadStats)
                for (const auto &x : s.samples)
                    if (x.code == 0 && x.kind == k) {
                        const auto sec = size_t(std::max(0.0f, x.at));
                        if (bySecond.size() <= sec)
                            bySecond.resize(sec + 1);
                        bySecond[sec].push_back(x.ms);
                    }
            std::string line = format("  %s p99 per second of the load (ms):", kKindNames[int(k)]);
            for (auto &v : bySecond)
                line += format(" %.0f", percentile(v, 99));
            say(line);
        }
    }
    say(format("  load: %ld calls answered in %.2f s: %.0f calls/s, p50 %.1f ms, p99 %.1f ms; %s",
               load.answered, load.wall, load.perSecond, load.p50, load.p99,
               errorWords(load).c_str()));
    say(format("  a device waited (first try to the answer, backoff included) p50 %.1f ms, p99 "
               "%.1f ms; mutations applied %ld, duplicate %ld, rejected %ld; %ld changes pulled",
               percentile(waited, 50), percentile(waited, 99), applied, duplicate, rejected,
               changes));
    for (const auto &[k, n] : reasons)
        say(format("  REJECTED %ld× %s", n, k.c_str()));
    for (const auto &[k, n] : others)
        say(format("  FAILED %ld× %s", n, k.c_str()));

    long hwmKb = 0;
    for (const pid_t pid : g_serverPids) {
        const long hwm = procStatusKb(pid, "VmHWM");
        hwmKb += hwm;
        say(format("  server memory: peak %.1f MB (VmHWM), %.1f MB at the end (VmRSS)",
                   double(hwm) / 1024, double(procStatusKb(pid, "VmRSS")) / 1024));
    }

    // Stop the servers as an operator does, and see each end cleanly.
    for (const pid_t pid : g_serverPids)
        kill(pid, SIGTERM);
    bool stoppedCleanly = true;
    for (size_t k = 0; k < g_serverPids.size(); ++k) {
        auto rc = reapWithin(g_serverPids[k], 15);
        if (!rc) {
            kill(g_serverPids[k], SIGKILL);
            reap(g_serverPids[k]);
        }
        if (drains[k].joinable())
            drains[k].join();
        if (!rc || *rc != 0) {
            stoppedCleanly = false;
            say("  a server did not stop cleanly: " + tail(logs[k], 1500));
        }
    }
    say(format("  took %.0f s in all", secondsSince(tAll)));

    const long unexpected = echo.unexpected + load.unexpected;
    say(format("load: %.0f calls/s%s, p50 %.1f ms, p99 %.1f ms, errors %ld (echo limit %.0f "
               "calls/s, ratio %.2f); server memory %.0f MB%s",
               load.perSecond,
               o.rate > 0 ? format(" of %.0f offered by %d devices", o.rate, o.devices).c_str()
                          : format(" from %d devices, closed loop", o.devices).c_str(),
               load.p50, load.p99, load.errors, echo.perSecond,
               echo.perSecond > 0 ? load.perSecond / echo.perSecond : 0.0, double(hwmKb) / 1024,
               o.servers > 1 ? format(" (%d servers together)", o.servers).c_str() : ""));
    if (unexpected || rejected || !stoppedCleanly) {
        std::fprintf(stderr,
                     "serverload: FAILED (%ld calls failed otherwise than RESOURCE_EXHAUSTED or "
                     "UNAVAILABLE, %ld mutations rejected%s)\n",
                     unexpected, rejected, stoppedCleanly ? "" : ", server not stopped cleanly");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    if (access(o.server.c_str(), X_OK) != 0) {
        std::fprintf(stderr, "serverload: %s is not an executable gangwerk-server\n",
                     o.server.c_str());
        return 2;
    }
    // Before any other thread exists, so that every thread inherits the blocked signals.
    watchSignals();
    int rc = 1;
    try {
        rc = run(o);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "serverload: %s\n", e.what());
        rc = 1;
    }
    cleanup(rc != 0);
    return rc;
}
