#pragma once

#include "membercontext.h"
#include "outboxrepository.h"
#include "records.h"
#include "rowlistmodel.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>

namespace gw {

/// A member's signals to the beheerder on this device: raising one (after the emergency gate),
/// following it, adding to it and reopening it; for the beheerder the inbox, triage, answers,
/// internal notes, merging, closing and knock tasks; for a gangmaker the knock tasks asked of
/// them. Every step is decided here first with the family's own function (core's rules and the
/// permission table, as the server will), then stored and queued in one transaction.
///
/// Nothing of a signal is ever logged: only reason codes and counts.
class SignalsService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)
    /// Goes up whenever a signal or knock task changed here or arrived with a sync.
    Q_PROPERTY(int revision READ revision NOTIFY signalsChanged)

public:
    explicit SignalsService(MemberContext &context, QObject *parent = nullptr);

    /// The emergency gate and the office: {emergencyNumber (the project's 24/7 number),
    /// officeOpen, officeHoursText ("Mon–Fri 9:00–17:00"), nextOpeningText, beheerderContact}.
    Q_INVOKABLE QVariantMap office() const;
    /// What a signal can be about ({key, label}), in order.
    Q_INVOKABLE QVariantList categories() const;
    /// How a beheerder can close one ({key, label}).
    Q_INVOKABLE QVariantList outcomes() const;
    /// How a knock went ({key, label}).
    Q_INVOKABLE QVariantList knockOutcomes() const;
    /// The gangmakers a beheerder can ask to knock ({memberId, name, gang}).
    Q_INVOKABLE QVariantList gangmakers() const;

    /// What the form's fields break, as core decides it ({category, urgency, text, where,
    /// since: message}); empty when it may go. @p f: category, urgency ("today" | "can_wait"),
    /// text, studio, place, since (Date or ""), onBehalf.
    Q_INVOKABLE QVariantMap check(const QVariantMap &f) const;
    /// Raises it; the new signal's id, or "" (lastError says why).
    Q_INVOKABLE QString raise(const QVariantMap &f);
    Q_INVOKABLE bool addInfo(const QString &signalId, const QString &text);
    Q_INVOKABLE bool reopen(const QString &signalId, const QString &reason);
    /// The beheerder: in progress, with @p urgency ("" keeps it).
    Q_INVOKABLE bool start(const QString &signalId, const QString &urgency = {});
    Q_INVOKABLE bool answer(const QString &signalId, const QString &text);
    Q_INVOKABLE bool close(const QString &signalId, const QString &outcome, const QString &answer);
    Q_INVOKABLE bool merge(const QString &signalId, const QString &intoId);
    Q_INVOKABLE bool addNote(const QString &signalId, const QString &text);
    /// Asks @p gangmakerId to knock on @p studio on @p day (ISO; "" for today).
    Q_INVOKABLE bool askKnock(const QString &signalId, const QString &gangmakerId,
                              const QString &studio, const QString &day);
    Q_INVOKABLE bool recordKnock(const QString &taskId, const QString &outcome);
    /// The beheerder opened @p signalId: the server's access log learns it (at most once per
    /// signal in ten minutes from this device).
    Q_INVOKABLE void opened(const QString &signalId);

    /// Everything the detail screen shows of @p signalId for this member, in their language
    /// (see the implementation for the keys); empty when this device does not hold it.
    Q_INVOKABLE QVariantMap detail(const QString &signalId) const;
    /// The knock tasks asked of this member (a gangmaker), the open first:
    /// {taskId, studio, dayText, today, askedBy, outcome, outcomeLabel}.
    Q_INVOKABLE QVariantList myKnockTasks() const;

    QList<Signal> signalList() const;
    std::optional<Signal> signal(const QString &id) const;
    /// One row of a list for this member (what the inbox and "my signals" show).
    QVariantMap summary(const Signal &sig, const QList<Signal> &all) const;
    QString lastError() const { return m_lastError; }
    int revision() const { return m_revision; }
    MemberContext &memberContext() const { return m_context; }

public slots:
    /// Re-read after a sync: lists follow.
    void reload() { emit signalsChanged(); }

signals:
    void signalsChanged();
    void queuedForSync();
    void errorOccurred(const QString &message);

private:
    bool apply(const ::gangwerk::sync::v1::Mutation &m, const char *what);
    bool fail(const QString &userMessage);
    QString nameOf(const QString &memberId) const;
    QString when(const QDateTime &t) const;

    MemberContext &m_context;
    OutboxRepository m_outbox;
    QString m_lastError;
    int m_revision = 0;
    QHash<QString, QDateTime> m_openedAt; // signal id → when its opening was last logged
};

/// The lists of signals: "mine" (what this member raised) and the beheerder's "inbox" (every
/// signal, the ones waiting for a reaction first by due time, then in progress, then closed),
/// with the inbox's filters by gang, category and state ("open", "closed" or "" for all).
class SignalListModel : public gw::RowListModel // qualified: QML type registration reads it
{
    Q_OBJECT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString gang MEMBER m_gang WRITE setGang NOTIFY filterChanged)
    Q_PROPERTY(QString category MEMBER m_category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString state MEMBER m_state WRITE setState NOTIFY filterChanged)
    /// Signals in the inbox past their due time (for a badge).
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)

public:
    explicit SignalListModel(SignalsService &service, QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    void setGang(const QString &gang);
    void setCategory(const QString &category);
    void setState(const QString &state);
    int overdueCount() const { return m_overdue; }
    /// The gangs that occur in the inbox (for its filter).
    Q_INVOKABLE QStringList gangs() const;
    Q_INVOKABLE void reload();
    Q_INVOKABLE QVariantMap rowAt(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void filterChanged();
    void countsChanged();

private:
    SignalsService &m_service;
    QString m_filter = QStringLiteral("mine");
    QString m_gang;
    QString m_category;
    QString m_state = QStringLiteral("open");
    QList<QVariantMap> m_rows;
    QStringList m_gangs;
    int m_overdue = 0;
};

} // namespace gw
