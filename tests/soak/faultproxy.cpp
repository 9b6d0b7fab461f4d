#include "faultproxy.h"

#include <QTimer>

#include <algorithm>

namespace {
constexpr qint64 kMaxCutBytes = 6000; // a Pull page or a Push batch of the soak is about this
constexpr int kMaxDelayMs = 250;      // per chunk; several chunks can pass a call's deadline
} // namespace

FaultProxy::FaultProxy(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    const QList<Link *> links = m_links;
    for (Link *l : links)
        drop(l);
}

bool FaultProxy::listen(quint16 targetPort)
{
    m_target = targetPort;
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FaultProxy::setMode(Mode mode, quint32 seed)
{
    m_mode = mode;
    m_rng.seed(seed);
}

void FaultProxy::cutAll()
{
    const QList<Link *> links = m_links;
    for (Link *l : links) {
        ++m_cut;
        drop(l);
    }
}

void FaultProxy::accept()
{
    while (QTcpSocket *device = m_server.nextPendingConnection()) {
        ++m_seen;
        auto *link = new Link;
        link->device = device;
        link->server = new QTcpSocket(this);
        if (m_mode == Mode::Cut)
            link->budget = qint64(m_rng.bounded(quint32(kMaxCutBytes)));
        m_links.append(link);
        // As gRPC and Qt's HTTP/2 do: no Nagle (with delayed ACKs it holds a call's second
        // frame for up to 200 ms).
        device->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(device, &QTcpSocket::readyRead, this, [this, link] { forward(link, true); });
        connect(link->server, &QTcpSocket::readyRead, this, [this, link] { forward(link, false); });
        connect(link->server, &QTcpSocket::connected, this, [this, link] {
            link->server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            if (!link->early.isEmpty())
                send(link, true, std::exchange(link->early, {}));
        });
        // Either side gone: the other goes too (a server killed, a device that gave up).
        for (QTcpSocket *s : {device, link->server.data()}) {
            connect(s, &QTcpSocket::disconnected, this, [this, link] { drop(link); });
            connect(s, &QTcpSocket::errorOccurred, this, [this, link] { drop(link); });
        }
        link->server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::forward(Link *link, bool up)
{
    QTcpSocket *from = up ? link->device : link->server;
    if (!from)
        return;
    QByteArray bytes = from->readAll();
    if (bytes.isEmpty())
        return;
    if (link->budget >= 0) {
        if (bytes.size() > link->budget) {
            bytes.truncate(link->budget);
            link->budget = 0;
            send(link, up, bytes);
            ++m_cut;
            // Let the part within the budget leave before the cut, as a real cut would.
            QTimer::singleShot(0, this, [this, link] {
                if (m_links.contains(link))
                    drop(link);
            });
            return;
        }
        link->budget -= bytes.size();
    }
    if (up && link->server && link->server->state() != QAbstractSocket::ConnectedState) {
        link->early += bytes;
        return;
    }
    send(link, up, bytes);
}

void FaultProxy::send(Link *link, bool up, const QByteArray &bytes)
{
    if (m_mode != Mode::Delay) {
        if (QTcpSocket *to = up ? link->server : link->device)
            to->write(bytes);
        return;
    }
    Direction &d = up ? link->up : link->down;
    const qint64 now = m_clock.elapsed();
    d.lastDue = std::max(d.lastDue, now + qint64(m_rng.bounded(kMaxDelayMs + 1)));
    d.queue.append({d.lastDue, bytes});
    QTimer::singleShot(int(d.lastDue - now), this, &FaultProxy::flushDelayed);
}

void FaultProxy::flushDelayed()
{
    const qint64 now = m_clock.elapsed();
    for (Link *link : std::as_const(m_links)) {
        for (bool up : {true, false}) {
            Direction &d = up ? link->up : link->down;
            QTcpSocket *to = up ? link->server : link->device;
            while (!d.queue.isEmpty() && d.queue.first().first <= now) {
                const QByteArray bytes = d.queue.takeFirst().second;
                if (to)
                    to->write(bytes);
            }
        }
    }
}

void FaultProxy::drop(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    for (QPointer<QTcpSocket> s : {link->device, link->server}) {
        if (!s)
            continue;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    delete link;
}
