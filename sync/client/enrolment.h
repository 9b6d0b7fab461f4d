#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace gw::sync {

class SyncEngine;

/// The enrol screen's side of enrolment: checks what was typed (an http:// address off this
/// computer, an empty code), hands it to the engine, and says what went wrong in plain words,
/// beside the field it is about (field: "server", "code" or "" for the whole form), with a hint
/// of what to do next.
class Enrolment : public QObject
{
    Q_OBJECT
    /// The address to prefill (the last one tried, or --server).
    Q_PROPERTY(QString server READ server NOTIFY changed)
    /// The invite code to prefill (from an invite link that was opened or pasted).
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString hint READ hint NOTIFY changed)
    Q_PROPERTY(QString field READ field NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    /// A neutral name in the user's language ("Telefoon, sinds 2 december 2026"): never the
    /// computer's own name, which often carries the owner's name.
    Q_PROPERTY(QString defaultDeviceName READ defaultDeviceName NOTIFY changed)

public:
    explicit Enrolment(QObject *parent = nullptr);

    /// The engine that enrols (null until the store is open).
    void setEngine(SyncEngine *engine);
    void setServer(const QString &server);

    /// Reads an invite link (gangwerk://enrol?server=…&code=…) that was opened or pasted and
    /// prefills address and code from it; the user still confirms. False, with a message
    /// beside the code field, when it is no usable link.
    Q_INVOKABLE bool useLink(const QString &link);

    /// Enrols this device. Ends with finished() (message says what went wrong).
    Q_INVOKABLE void enroll(const QString &server, const QString &inviteCode,
                            const QString &deviceName, const QString &displayName);

    /// Why http:// is refused, or "" when @p server may be used (https, or http on loopback).
    static QString addressProblem(const QString &server);

    QString server() const { return m_server; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString hint() const { return m_hint; }
    QString field() const { return m_field; }
    bool isBusy() const;
    QString defaultDeviceName() const;

signals:
    void changed();
    /// An enrolment ended (screens move on; tests wait for it).
    void finished(bool ok);

private:
    void setResult(const QString &message, const QString &hint, const QString &field);
    void refuse(const QString &message, const QString &hint, const QString &field);

    QPointer<SyncEngine> m_engine;
    QString m_server;
    QString m_code;
    QString m_message;
    QString m_hint;
    QString m_field;
};

} // namespace gw::sync
