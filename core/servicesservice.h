#pragma once

#include "membercontext.h"
#include "outboxrepository.h"
#include "records.h"
#include "rowlistmodel.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>

namespace gw {

/// A member's buurtdiensten on this device: asking and offering small help, taking it up,
/// reporting it done, confirming it, talking it through, and for the beheerder hiding,
/// settling, suggesting a helper and keeping talents. Every step is decided here first with the
/// family's own function (core's rules and the permission table, as the server will), then
/// stored and queued in one transaction; the server's answer wins.
class ServicesService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)
    /// Goes up whenever a post changed here or arrived with a sync: bindings that call
    /// detail() read it to be evaluated again.
    Q_PROPERTY(int revision READ revision NOTIFY servicesChanged)

public:
    explicit ServicesService(MemberContext &context, QObject *parent = nullptr);

    /// The kinds of help to choose from ({key, label, heavy}): the project's categories, then
    /// the topics that are not light help ("care", "money": heavy).
    Q_INVOKABLE QVariantList categories() const;
    /// The neighbours this member may post for ({memberId, name}): a gangmaker's corridor, a
    /// beheerder's project (PostOnBehalf); empty for anyone else.
    Q_INVOKABLE QVariantList neighbours() const;
    /// What the form's fields break, as core decides it ({category, text, when, estimate,
    /// repeat: message}); empty when the post may go. @p f: kind ("request" | "offer"),
    /// category, text, flexible, from (Date), until (Date), estimate (minutes), forEveryone,
    /// repeatWeekly, repeatUntil (Date), forMemberId.
    Q_INVOKABLE QVariantMap check(const QVariantMap &f) const;
    /// Posts it; the new post's id, or "" (lastError says why).
    Q_INVOKABLE QString post(const QVariantMap &f);
    /// The beheerder's contact, for questions that are not light help.
    Q_INVOKABLE QString beheerderContact() const;

    Q_INVOKABLE bool take(const QString &postId);
    Q_INVOKABLE bool standIn(const QString &postId);
    Q_INVOKABLE bool release(const QString &postId);
    Q_INVOKABLE bool withdraw(const QString &postId);
    Q_INVOKABLE bool renew(const QString &postId);
    /// The helper reports help done on @p day (ISO; empty: today) with @p minutes spent.
    Q_INVOKABLE bool reportDone(const QString &postId, const QString &day, int minutes,
                                const QString &note);
    Q_INVOKABLE bool confirm(const QString &postId, const QString &occurrenceId, int minutes = 0);
    Q_INVOKABLE bool dispute(const QString &postId, const QString &occurrenceId,
                             const QString &reason);
    Q_INVOKABLE bool settle(const QString &postId, const QString &occurrenceId, bool credit,
                            int minutes, const QString &note);
    Q_INVOKABLE bool hide(const QString &postId, const QString &reason);
    Q_INVOKABLE bool suggestHelper(const QString &postId, const QString &memberId);
    Q_INVOKABLE bool sendMessage(const QString &postId, const QString &text);
    Q_INVOKABLE bool setTalents(const QString &memberId, const QStringList &talents);
    /// A member's talents as this device knows them ({key, label, chosen} for every category).
    Q_INVOKABLE QVariantList talents(const QString &memberId) const;

    /// Everything the detail screen shows of @p postId, in the user's language: the post, where
    /// it stands, what this member may do now (may…), its timeline, its times of helping, the
    /// messages this member sees, and for the beheerder the neighbours whose talents fit.
    Q_INVOKABLE QVariantMap detail(const QString &postId) const;

    QList<ServicePost> posts() const;
    std::optional<ServicePost> post(const QString &id) const;
    /// One row of a list (what HelpBoard cards show) of @p p for this member.
    QVariantMap summary(const ServicePost &p) const;
    QString lastError() const { return m_lastError; }
    int revision() const { return m_revision; }
    MemberContext &memberContext() const { return m_context; }

public slots:
    /// Re-read after a sync: lists follow.
    void reload() { emit servicesChanged(); }

signals:
    void servicesChanged();
    void queuedForSync();
    void errorOccurred(const QString &message);

private:
    bool apply(const ::gangwerk::sync::v1::Mutation &m, const char *what);
    bool fail(const QString &userMessage, const char *what);
    std::optional<ServicePost> draftOf(const QVariantMap &f, QVariantMap *errors) const;
    QString nameOf(const QString &memberId) const;

    MemberContext &m_context;
    OutboxRepository m_outbox;
    QString m_lastError;
    int m_revision = 0;
    mutable QHash<QString, QString> m_names; // member id → display name, until the next change
};

/// The Help board's lists: "forMe" (open posts this member may take), "mine" (what they asked
/// or offered, or posted for a neighbour), "iHelp" (what they took), and the beheerder's
/// "overview" (open requests, the flagged first, and times waiting for a decision).
class ServicePostModel : public gw::RowListModel // qualified: QML type registration reads it
{
    Q_OBJECT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    explicit ServicePostModel(ServicesService &service, QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    Q_INVOKABLE void reload();
    Q_INVOKABLE QVariantMap rowAt(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterChanged();

private:
    ServicesService &m_service;
    QString m_filter = QStringLiteral("forMe");
    QList<QVariantMap> m_rows;
};

} // namespace gw
