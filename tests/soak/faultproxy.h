#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

/// A TCP proxy on loopback between the devices and gangwerk-server, for the soak: it passes
/// bytes through unchanged, or (as the network between a phone and a server does) cuts
/// connections after a random number of bytes, delays what it carries, or cuts everything open
/// at once. It knows nothing of gRPC or HTTP/2: it only moves bytes, so every fault is one a
/// real network can make. Its choices come from a seeded generator, so that a round replays.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Pass,  // bytes through, unchanged
        Cut,   // each connection is cut after a random number of bytes (either direction)
        Delay, // each chunk waits a random time (order kept), so calls may pass their deadline
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1 (a free port); connections go on to 127.0.0.1:@p targetPort.
    bool listen(quint16 targetPort);
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;

    void setMode(Mode mode, quint32 seed);
    Mode mode() const { return m_mode; }
    /// Cuts every open connection at once (both sides, no goodbye).
    void cutAll();

    int connectionsSeen() const { return m_seen; }
    int connectionsCut() const { return m_cut; }

private:
    struct Direction
    {
        QList<QPair<qint64, QByteArray>> queue; // (due in ms on m_clock, bytes), Delay only
        qint64 lastDue = 0;
    };
    struct Link
    {
        QPointer<QTcpSocket> device; // the device's side
        QPointer<QTcpSocket> server; // gangwerk-server's side
        QByteArray early;            // device bytes before the server side connected
        qint64 budget = -1;          // bytes left before the cut (-1: no cut)
        Direction up, down;
    };

    void accept();
    void forward(Link *link, bool up);
    void send(Link *link, bool up, const QByteArray &bytes);
    void flushDelayed();
    void drop(Link *link);

    QTcpServer m_server;
    quint16 m_target = 0;
    Mode m_mode = Mode::Pass;
    QRandomGenerator m_rng;
    QList<Link *> m_links;
    QElapsedTimer m_clock;
    int m_seen = 0;
    int m_cut = 0;
};
