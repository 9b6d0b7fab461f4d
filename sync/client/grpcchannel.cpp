#include "grpcchannel.h"

#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTimer>
#include <QtEndian>

#if defined(Q_OS_UNIX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcGrpc, "gangwerk.sync.grpc")

namespace gw::sync {

namespace {

/// Turns Nagle's algorithm off on this process's TCP connections to @p port.
///
/// Qt's HTTP/2 writes every frame with its own write() (a DATA frame's 9-byte header, then its
/// payload) and leaves Nagle on (Qt 6.4 has no option for it: QHttpNetworkConnectionChannel
/// keeps TCP_NODELAY off on purpose). So the rest of a request waits in the kernel until the
/// server acknowledges the first segment, and servers delay that acknowledgement (40 ms on
/// Linux): every call took at least 40 ms, also on loopback, where it takes 2 ms without
/// (measured with the soak: a Push of 8 changes 44 ms → 2 ms). gRPC's own clients set
/// TCP_NODELAY for the same reason. Qt's socket lives in its own thread and is not reachable
/// through QNetworkAccessManager, so the option is set on the descriptor; setting it also sends
/// what Nagle was holding. Only connected TCP sockets to the server's port are touched.
void disableNagle(quint16 port)
{
#if defined(Q_OS_UNIX)
    // Descriptors are handed out lowest first: the app's few hundred lie far below this.
    const int limit = std::min(int(::getdtablesize()), 4096);
    for (int fd = 0; fd < limit; ++fd) {
        int type = 0;
        socklen_t len = sizeof type;
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0 || type != SOCK_STREAM)
            continue;
        sockaddr_storage peer{};
        socklen_t peerLen = sizeof peer;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLen) != 0)
            continue;
        quint16 peerPort = 0;
        if (peer.ss_family == AF_INET)
            peerPort = qFromBigEndian(reinterpret_cast<const sockaddr_in &>(peer).sin_port);
        else if (peer.ss_family == AF_INET6)
            peerPort = qFromBigEndian(reinterpret_cast<const sockaddr_in6 &>(peer).sin6_port);
        else
            continue;
        int on = 0;
        len = sizeof on;
        if (peerPort != port || ::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &len) != 0 || on)
            continue;
        on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
#else
    Q_UNUSED(port) // Windows: calls keep Qt's default (Nagle on).
#endif
}

// Qt 6.4 repeats a header given in both the initial block and the trailers ("a, a"): the last
// value is the trailer's.
QByteArray lastValue(const QByteArray &raw)
{
    const qsizetype comma = raw.lastIndexOf(',');
    return (comma < 0 ? raw : raw.mid(comma + 1)).trimmed();
}

GrpcCode codeFromHttpStatus(int http)
{
    // The gRPC spec's mapping for answers that carry no grpc-status.
    switch (http) {
    case 400:
        return GrpcCode::Internal;
    case 401:
        return GrpcCode::Unauthenticated;
    case 403:
        return GrpcCode::PermissionDenied;
    case 404:
        return GrpcCode::Unimplemented;
    case 429:
    case 502:
    case 503:
    case 504:
        return GrpcCode::Unavailable;
    default:
        return GrpcCode::Unknown;
    }
}

} // namespace

QString grpcCodeName(GrpcCode code)
{
    static const char *const names[] = {"OK",
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
    const int i = int(code);
    return i >= 0 && i < int(std::size(names)) ? QLatin1String(names[i])
                                               : QStringLiteral("CODE_%1").arg(i);
}

GrpcChannel::GrpcChannel(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)),
      m_cacheDir(new QTemporaryDir(QDir::tempPath() + QStringLiteral("/gangwerk-netcache-XXXXXX")))
{
    // Only there to silence Qt's "caching was enabled after some bytes had been written" when
    // trailers arrive (TOOLCHAIN.md); every request forbids saving, so nothing lands in it.
    auto *cache = new QNetworkDiskCache(m_nam);
    cache->setCacheDirectory(m_cacheDir->isValid() ? m_cacheDir->path()
                                                   : QDir::tempPath() + "/gangwerk-netcache");
    cache->setMaximumCacheSize(1024 * 1024);
    m_nam->setCache(cache);
    m_nam->setAutoDeleteReplies(false);
}

GrpcChannel::~GrpcChannel()
{
    abortAll();
    delete m_cacheDir;
}

QString GrpcChannel::cacheDirectory() const
{
    return static_cast<QNetworkDiskCache *>(m_nam->cache())->cacheDirectory();
}

bool GrpcChannel::isLoopbackHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           QHostAddress(host).isLoopback();
}

void GrpcChannel::abortAll()
{
    const auto replies = m_inFlight;
    for (QNetworkReply *r : replies) {
        r->setProperty("gwAborted", true);
        r->abort();
    }
}

void GrpcChannel::call(const QString &method, const QByteArray &message,
                       std::chrono::milliseconds deadline, QObject *context, Callback done)
{
    QPointer<QObject> ctx(context);
    const auto deliver = [ctx, hasContext = context != nullptr, done](const GrpcResult &r) {
        if (!hasContext || ctx)
            done(r);
    };
    if (message.size() > kMaxMessageBytes) {
        GrpcResult r;
        r.code = GrpcCode::ResourceExhausted;
        r.transport = GrpcResult::Transport::TooLarge;
        r.detail = QStringLiteral("request of %1 bytes over the %2 byte limit")
                       .arg(message.size())
                       .arg(kMaxMessageBytes);
        QMetaObject::invokeMethod(
            this, [deliver, r] { deliver(r); }, Qt::QueuedConnection);
        return;
    }

    if (m_server.scheme() != QLatin1String("https") && !isLoopbackHost(m_server.host())) {
        GrpcResult r;
        r.code = GrpcCode::FailedPrecondition;
        r.transport = GrpcResult::Transport::Protocol;
        r.detail = QStringLiteral("refused: cleartext to a non-loopback host");
        QMetaObject::invokeMethod(
            this, [deliver, r] { deliver(r); }, Qt::QueuedConnection);
        return;
    }

    QUrl url = m_server;
    url.setPath(QLatin1String(kServicePath) + method);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/grpc+proto"));
    req.setRawHeader("te", "trailers");
    req.setRawHeader("grpc-accept-encoding", "identity");
    req.setRawHeader("user-agent", "gangwerk-qt/" QT_VERSION_STR);
    const qint64 ms = std::max<qint64>(1, deadline.count());
    req.setRawHeader("grpc-timeout", QByteArray::number(std::min<qint64>(ms, 99999999)) + "m");
    if (!m_token.isEmpty())
        req.setRawHeader("authorization", "Bearer " + m_token);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    req.setTransferTimeout(int(std::min<qint64>(ms, INT_MAX)));
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
        if (!m_caCerts.isEmpty())
            ssl.addCaCertificates(m_caCerts);
        req.setSslConfiguration(ssl);
    } else {
        // Cleartext HTTP/2 only works with prior knowledge: the h2c upgrade fails with grpc++.
        req.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    }

    QByteArray body(5, '\0');
    qToBigEndian<quint32>(quint32(message.size()), body.data() + 1);
    body += message;

    QNetworkReply *reply = m_nam->post(req, body);
    m_inFlight.append(reply);
    struct CallState
    {
        bool timedOut = false;
        bool tooLarge = false;
        QString sslDetail;
    };
    auto state = std::make_shared<CallState>();
    // Once the request is on its way, its connection exists. Only a new connection needs the
    // option (the scan reads every descriptor): one this reply opened, or the first.
    const quint16 port = quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    auto opened = std::make_shared<bool>(!m_nagleOff);
    connect(reply, &QNetworkReply::socketStartedConnecting, reply, [opened] { *opened = true; });
    connect(reply, &QNetworkReply::requestSent, reply, [this, port, opened] {
        if (*opened) {
            disableNagle(port);
            m_nagleOff = true;
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    // Qt's transfer timeout counts from the last byte; the deadline counts from the start.
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(std::chrono::milliseconds(ms + 50));
    // Whatever a server sends, no more than one message's worth is kept in memory.
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, state](qint64 received, qint64) {
                if (received > kMaxMessageBytes + 5 && !state->tooLarge) {
                    state->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        QStringList words;
        for (const QSslError &e : errors)
            words.append(e.errorString());
        state->sslDetail = words.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, deliver, method] {
        m_inFlight.removeOne(reply);
        GrpcResult r = finish(reply, state->timedOut, state->sslDetail);
        if (state->tooLarge) {
            r = {};
            r.code = GrpcCode::ResourceExhausted;
            r.transport = GrpcResult::Transport::TooLarge;
            r.detail = QStringLiteral("answer over the %1 byte limit").arg(kMaxMessageBytes);
        }
        reply->deleteLater();
        if (!r.ok())
            qCDebug(lcGrpc).noquote() << method << grpcCodeName(r.code) << r.detail;
        // After a server crash Qt may keep writing to the dead HTTP/2 connection until the
        // deadline: the next call must open a new one.
        if (r.transport == GrpcResult::Transport::Unreachable ||
            r.transport == GrpcResult::Transport::Timeout)
            m_nam->clearConnectionCache();
        deliver(r);
    });
}

GrpcResult GrpcChannel::finish(QNetworkReply *reply, bool timedOut, const QString &sslDetail) const
{
    GrpcResult r;
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    const auto err = reply->error();
    // Qt's transfer timeout (no byte for that long) also ends as "canceled": only abortAll()
    // is a real cancel.
    if (err == QNetworkReply::OperationCanceledError && !reply->property("gwAborted").toBool())
        timedOut = true;
    const QByteArray statusRaw = reply->rawHeader("grpc-status");
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (timedOut || err == QNetworkReply::TimeoutError) {
        r.code = GrpcCode::DeadlineExceeded;
        r.transport = GrpcResult::Transport::Timeout;
        r.detail = QStringLiteral("deadline passed");
        return r;
    }
    if (statusRaw.isEmpty() || (err != QNetworkReply::NoError && http == 0)) {
        switch (err) {
        case QNetworkReply::NoError:
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::UnknownContentError:
            r.code = http ? codeFromHttpStatus(http) : GrpcCode::Unknown;
            r.transport = GrpcResult::Transport::Protocol;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.code = GrpcCode::Unavailable;
            r.transport = GrpcResult::Transport::UntrustedCertificate;
            break;
        case QNetworkReply::OperationCanceledError:
            r.code = GrpcCode::Cancelled;
            r.transport = GrpcResult::Transport::Unreachable;
            break;
        default:
            // Refused, unknown host, no route, connection lost, proxy failures, …
            r.code = GrpcCode::Unavailable;
            r.transport = GrpcResult::Transport::Unreachable;
            break;
        }
        if (!sslDetail.isEmpty()) {
            r.code = GrpcCode::Unavailable;
            r.transport = GrpcResult::Transport::UntrustedCertificate;
        }
        r.detail =
            QStringLiteral("network error %1 (%2), http %3%4")
                .arg(int(err))
                .arg(reply->errorString())
                .arg(http)
                .arg(sslDetail.isEmpty() ? QString() : QStringLiteral(", tls: ") + sslDetail);
        return r;
    }

    bool ok = false;
    const int code = lastValue(statusRaw).toInt(&ok);
    r.code = ok ? GrpcCode(code) : GrpcCode::Unknown;
    r.message =
        QString::fromUtf8(QByteArray::fromPercentEncoding(reply->rawHeader("grpc-message")));
    if (r.code != GrpcCode::Ok) {
        r.detail = QStringLiteral("grpc-status %1: %2").arg(grpcCodeName(r.code), r.message);
        if (const QByteArray hint = reply->rawHeader("grpc-retry-pushback-ms"); !hint.isEmpty()) {
            const int ms = lastValue(hint).toInt(&ok);
            if (ok && ms >= 0)
                r.retryAfterMs = std::min(ms, 10 * 60 * 1000);
        }
        return r;
    }
    // One length-prefixed message: flag byte (0, no compression was offered), 4-byte length.
    if (data.size() < 5 || data.at(0) != 0) {
        r.code = GrpcCode::Internal;
        r.transport = GrpcResult::Transport::Protocol;
        r.detail = QStringLiteral("bad response framing (%1 bytes)").arg(data.size());
        return r;
    }
    const quint32 len = qFromBigEndian<quint32>(data.constData() + 1);
    if (qsizetype(len) != data.size() - 5) {
        r.code = GrpcCode::Internal;
        r.transport = GrpcResult::Transport::Protocol;
        r.detail = QStringLiteral("response length %1 but %2 bytes").arg(len).arg(data.size() - 5);
        return r;
    }
    r.payload = data.mid(5);
    return r;
}

} // namespace gw::sync
