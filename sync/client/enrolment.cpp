#include "enrolment.h"

#include "grpcchannel.h"
#include "invitelink.h"
#include "names.h"
#include "syncengine.h"

#include <QDate>
#include <QLocale>
#include <QUrl>

namespace gw::sync {

Enrolment::Enrolment(QObject *parent) : QObject(parent) {}

void Enrolment::setEngine(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &SyncEngine::enrollingChanged, this, &Enrolment::changed);
    connect(engine, &SyncEngine::enrollFinished, this,
            [this](bool ok, SyncEngine::EnrollError error, const QString &message) {
                using E = SyncEngine::EnrollError;
                if (ok) {
                    setResult({}, {}, {});
                    emit finished(true);
                    return;
                }
                QString hint;
                QString field;
                switch (error) {
                case E::InvalidCode:
                    hint = tr("Check the code letter by letter. A code works only once, and only "
                              "for a short time.");
                    field = QStringLiteral("code");
                    break;
                case E::TooManyAttempts:
                    hint = tr("This protects your project against people who guess codes.");
                    field = QStringLiteral("code");
                    break;
                case E::Unreachable:
                    hint = tr("Is the address exactly as your beheerder gave it? Are you "
                              "connected to the internet?");
                    field = QStringLiteral("server");
                    break;
                case E::UntrustedCertificate:
                    hint = tr("Do not use this address until your beheerder has checked it.");
                    field = QStringLiteral("server");
                    break;
                case E::UpgradeRequired:
                    hint = tr("Install the newest version of Gangwerk, then try again.");
                    break;
                case E::BadAddress:
                    hint = tr("For example: https://gangwerk.example.nl");
                    field = QStringLiteral("server");
                    break;
                case E::Failed:
                case E::None:
                    hint = tr("If it keeps happening, tell your beheerder.");
                    break;
                }
                refuse(message, hint, field);
            });
    emit changed();
}

void Enrolment::setServer(const QString &server)
{
    m_server = server;
    emit changed();
}

bool Enrolment::isBusy() const
{
    return m_engine && m_engine->isEnrolling();
}

bool Enrolment::useLink(const QString &link)
{
    const InviteLink read = parseInviteLink(link);
    if (!read.ok()) {
        setResult(read.error, {}, QStringLiteral("code"));
        return false;
    }
    m_server = read.server;
    m_code = read.code;
    setResult({}, {}, {});
    return true;
}

QString Enrolment::defaultDeviceName() const
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    const QString kind = tr("Phone");
#else
    const QString kind = tr("Computer");
#endif
    return tr("%1, since %2")
        .arg(kind, QLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")));
}

QString Enrolment::addressProblem(const QString &server)
{
    // Read as typed: the engine refuses such an address outright, and the user deserves to
    // hear why.
    const QUrl url(server.trimmed(), QUrl::StrictMode);
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty() ||
        GrpcChannel::isLoopbackHost(url.host()))
        return {};
    return tr("An address with http:// is not safe: anyone could read along. Use the https:// "
              "address. (http:// only works for a test server on this computer.)");
}

void Enrolment::setResult(const QString &message, const QString &hint, const QString &field)
{
    m_message = message;
    m_hint = hint;
    m_field = field;
    emit changed();
}

void Enrolment::refuse(const QString &message, const QString &hint, const QString &field)
{
    setResult(message, hint, field);
    emit finished(false);
}

void Enrolment::enroll(const QString &server, const QString &inviteCode, const QString &deviceName,
                       const QString &displayName)
{
    if (!m_engine || m_engine->isEnrolling())
        return;
    m_server = server.trimmed();
    if (m_server.isEmpty())
        return refuse(tr("Type the address of your project's server."),
                      tr("Your beheerder gives it to you, together with the invite code."),
                      QStringLiteral("server"));
    if (const QString problem = addressProblem(m_server); !problem.isEmpty())
        return refuse(problem, tr("For example: https://gangwerk.example.nl"),
                      QStringLiteral("server"));
    // Codes are read aloud and typed over: case, spaces and dashes do not matter.
    QString code;
    for (const QChar c : inviteCode)
        if (!c.isSpace() && c != QLatin1Char('-'))
            code.append(c.toUpper());
    if (code.isEmpty())
        return refuse(tr("Type the invite code from your beheerder."),
                      tr("It looks like ABCD-EFGH-JKLM-NPQR."), QStringLiteral("code"));
    setResult({}, {}, {});
    // Names by core's rule: a pasted line break or tab would only be refused by the server.
    const QString device = names::cleaned(deviceName).left(names::kMaxChars);
    m_engine->enroll(m_server, code, device.isEmpty() ? defaultDeviceName() : device,
                     names::cleaned(displayName).left(names::kMaxChars));
}

} // namespace gw::sync
