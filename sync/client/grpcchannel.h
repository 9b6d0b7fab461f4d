#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryDir;

namespace gw::sync {

/// gRPC status codes (grpc/status.h), as the server sends them in grpc-status.
enum class GrpcCode : int {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
};

/// How one unary call ended. A call that never got a gRPC answer has a transport problem and
/// the gRPC code a stock client would report for it (UNAVAILABLE, DEADLINE_EXCEEDED, …).
struct GrpcResult
{
    enum class Transport {
        None,                 // the server answered (look at code)
        Unreachable,          // no connection: refused, no route, unknown host, connection lost
        UntrustedCertificate, // TLS failed: the server's certificate is not trusted
        Timeout,              // the deadline passed
        Protocol,             // an answer that is not gRPC (HTTP error, bad framing)
        TooLarge,             // a request or answer over the message limit (not sent / cut off)
    };
    GrpcCode code = GrpcCode::Unknown;
    QString message; // grpc-message, percent-decoded (the server's words)
    Transport transport = Transport::None;
    QString detail;     // technical detail for the log (never record contents)
    QByteArray payload; // the response message, when code is Ok
    /// The server's retry hint (trailer grpc-retry-pushback-ms), or -1 when it sent none.
    int retryAfterMs = -1;
    bool ok() const { return code == GrpcCode::Ok && transport == Transport::None; }
    /// The server answered that it is too busy or restarting: nothing was done, and the same
    /// call is worth trying again after a while (RESOURCE_EXHAUSTED, UNAVAILABLE).
    bool busy() const
    {
        return transport == Transport::None &&
               (code == GrpcCode::ResourceExhausted || code == GrpcCode::Unavailable);
    }
};

QString grpcCodeName(GrpcCode code);

/// A gRPC client channel on Qt Network: unary calls over HTTP/2 (prior knowledge on cleartext
/// loopback, ALPN h2 over TLS), following the facts in TOOLCHAIN.md. Every call has a deadline,
/// sent as grpc-timeout and enforced locally; the device token goes in `authorization`.
class GrpcChannel : public QObject
{
    Q_OBJECT
public:
    /// grpc++'s default receive limit: bigger requests would be refused, so they are not sent.
    static constexpr qsizetype kMaxMessageBytes = 4 * 1024 * 1024;
    /// Cleartext is for a test server on this machine only: tokens must never cross a network
    /// unencrypted.
    static bool isLoopbackHost(const QString &host);
    static constexpr const char *kServicePath = "/gangwerk.sync.v1.SyncService/";

    explicit GrpcChannel(QObject *parent = nullptr);
    ~GrpcChannel() override;

    /// http://host:port (cleartext HTTP/2, loopback only on the server side) or https://host:port.
    void setServer(const QUrl &server) { m_server = server; }
    QUrl server() const { return m_server; }
    /// Empty: no authorization header (Enroll).
    void setToken(const QString &token) { m_token = token.toUtf8(); }
    /// Extra trusted roots (a self-signed test server or a provider's own CA).
    void setCaCertificates(const QList<QSslCertificate> &certs) { m_caCerts = certs; }

    using Callback = std::function<void(const GrpcResult &)>;
    /// Calls SyncService/@p method with the serialized request @p message. @p done runs on this
    /// thread once, unless @p context is destroyed first.
    void call(const QString &method, const QByteArray &message, std::chrono::milliseconds deadline,
              QObject *context, Callback done);
    /// Cancels every call in flight; their callbacks report Cancelled.
    void abortAll();
    int callsInFlight() const { return int(m_inFlight.size()); }
    /// Where Qt's disk cache lives (empty in practice: gRPC answers are POST replies).
    QString cacheDirectory() const;

private:
    GrpcResult finish(QNetworkReply *reply, bool timedOut, const QString &sslDetail) const;
    QNetworkAccessManager *m_nam;
    QTemporaryDir *m_cacheDir;
    QUrl m_server;
    QByteArray m_token;
    QList<QSslCertificate> m_caCerts;
    QList<QNetworkReply *> m_inFlight;
    bool m_nagleOff = false; // the connections made so far send without delay
};

} // namespace gw::sync
