#pragma once

#include "membercontext.h"
#include "outboxrepository.h"
#include "records.h"
#include "rowlistmodel.h"

#include <QObject>

namespace gw {

/// A member's activities on this device: signing up (alone or together with a neighbour),
/// signing off, and for organisers planning, changing and cancelling. Every change is decided
/// here first with the activities family's own function (core's rules and the permission table,
/// as the server will), then stored and queued in one transaction. The places are the
/// server's to give: a sign-up made here waits for confirmation until it answers.
class ActivitiesService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)

public:
    explicit ActivitiesService(MemberContext &context, QObject *parent = nullptr);

    /// Signs this member up for @p activityId, with @p companionId (a neighbour) or alone.
    Q_INVOKABLE bool signUp(const QString &activityId, const QString &companionId = {});
    /// Signs this member off (the whole sign-up when they made it; only themselves when they
    /// are someone's companion).
    Q_INVOKABLE bool withdraw(const QString &activityId);
    /// Cancels @p activityId; for a date of a series with @p thisAndLater every later date too.
    Q_INVOKABLE bool cancel(const QString &activityId, const QString &reason,
                            bool thisAndLater = false);
    /// Gives the waiting sign-up @p signUpId a place out of turn (organisers): when the activity
    /// is full, it gets the extra place it needs.
    Q_INVOKABLE bool promote(const QString &activityId, const QString &signUpId);
    /// Whether this member may give places from the waiting list of @p activityId now.
    Q_INVOKABLE bool mayPromote(const QString &activityId) const;
    /// Whether this member may cancel @p activityId (an organiser of it, a gangmaker of its
    /// gang, a beheerder), from the permission table.
    Q_INVOKABLE bool mayCancel(const QString &activityId) const;
    /// The neighbours this member may come together with ({memberId, name}, by name): the
    /// others of their gang (SignUpTogether).
    Q_INVOKABLE QVariantList neighbours() const;
    /// Marks who came (@p presentIds), once the activity has begun; the server credits their
    /// hours when it counts.
    Q_INVOKABLE bool takeAttendance(const QString &activityId, const QStringList &presentIds);
    /// For whoever sees who signed up (organisers, the gang's gangmakers, beheerders): each
    /// person ({memberId, signUpId, name, state: "confirmed" | "waitlisted" | "pending",
    /// waitingPlace, came}) in the server's order, a pair as two; empty for anyone else.
    Q_INVOKABLE QVariantList people(const QString &activityId) const;
    /// Whether this member may mark who came to @p activityId and it has begun.
    Q_INVOKABLE bool mayTakeAttendance(const QString &activityId) const;
    /// Asks the organisers to check the hours credited to this member for @p activityId ("Not
    /// right?"): @p minutes is what the member says is right, @p reason why.
    Q_INVOKABLE bool dispute(const QString &activityId, int minutes, const QString &reason);
    /// Answers question @p disputeId: accept (the server corrects the hours to @p minutes, 0 for
    /// what the member asked) or decline (with @p answer, required).
    Q_INVOKABLE bool resolve(const QString &activityId, const QString &disputeId, bool accept,
                             int minutes, const QString &answer);
    /// This member's question about the hours credited for @p activityId, as History shows it:
    /// {canAsk (the rules allow a question now), state: "" | "open" | "accepted" | "declined",
    /// text ("You asked the organiser to check this", "Checked: changed to 2 h", "Checked:
    /// stays — …"), creditMinutes}.
    Q_INVOKABLE QVariantMap creditQuestion(const QString &activityId) const;
    /// For whoever may answer (organisers, the gang's gangmakers, beheerders): the open
    /// questions of @p activityId ({disputeId, memberId, name, minutes, minutesText,
    /// creditedText, reason}), oldest first; empty for anyone else.
    Q_INVOKABLE QVariantList openDisputes(const QString &activityId) const;
    /// Plans @p a (a new id; a series when it repeats) or changes it; a date of a series alone,
    /// or with @p thisAndLater every later date too. On refusal lastError holds every reason.
    bool plan(const Activity &a, bool thisAndLater = false);
    /// Whether this member may change @p activityId (an organiser of it, a gangmaker of its
    /// gang, a beheerder) and it is still planned, from the permission table.
    Q_INVOKABLE bool mayEdit(const QString &activityId) const;
    /// Whether this member may plan a new activity for @p gang (empty: the whole project).
    bool mayPlanFor(const QString &gang) const;
    /// Every rule @p a breaks, checked as PlanActivity decides it on this store (core's rules
    /// with the same context; a change when an activity with its id exists): what a form shows
    /// under each field. Empty when the rules allow it (permissions are plan()'s).
    QList<activities::RuleViolation> check(const Activity &a, bool thisAndLater = false) const;

    /// The activities this device holds that end after @p from, by start.
    QList<Activity> activities(const QDateTime &from = {}) const;
    std::optional<Activity> activity(const QString &id) const;
    QString lastError() const { return m_lastError; }
    MemberContext &memberContext() const { return m_context; }

signals:
    /// An activity changed here or arrived with a sync: lists re-read.
    void activitiesChanged();
    void queuedForSync();
    void errorOccurred(const QString &message);

private:
    bool apply(const ::gangwerk::sync::v1::Mutation &m, const char *what);
    bool fail(const QString &userMessage, const char *what);
    MemberContext &m_context;
    OutboxRepository m_outbox;
    QString m_lastError;
};

/// The programme as a member sees it: upcoming activities (this week, later), the ones they
/// signed up for, or the past ones; with how full each is and where they stand.
class ActivityListModel
    : public gw::RowListModel // qualified: QML type registration reads it literally
{
    Q_OBJECT
    /// "upcoming" (default), "mine" or "past".
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        PlaceRole,
        WhenRole,        // "Tuesday 8 December, 19:00–21:00"
        DayRole,         // "Tue 8 Dec"
        TimeRole,        // "19:00–21:00"
        SectionRole,     // "This week", "Later", "Earlier"
        FillRole,        // "3 of 8 places taken", "Full – 2 waiting", "5 coming"
        FullRole,        // no place left
        MyStateRole,     // "", "pending", "confirmed", "waitlisted"
        MyStateTextRole, // "You are coming", "On the waiting list, place 2", …
        CompanionRole,   // the neighbour one comes with (display name), if any
        StatusRole,      // "planned", "cancelled", "over"
        CancelReasonRole,
        CreditRole,      // "Counts as 2 hours" or empty
        CanSignUpRole,   // signing up is open for this member now
        OrganisingRole,  // this member organises it
        ForEveryoneRole, // for the whole project (else for the member's gang)
        InSeriesRole,    // a date of a repeating series
        RepeatRole,      // "Every Tuesday, until 2 March" or empty
    };
    Q_ENUM(Roles)

    explicit ActivityListModel(ActivitiesService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    Q_INVOKABLE void reload();
    /// One activity's row by id, as a map of the role names (the detail page); empty if none.
    Q_INVOKABLE QVariantMap row(const QString &activityId) const;
    /// The row at @p index, as row() gives it; empty outside the list.
    Q_INVOKABLE QVariantMap rowAt(int index) const;
    /// What the programme shows of @p a to this member (the role names above): the same words
    /// in the list, the detail and the week.
    static QVariantMap valuesOf(const ActivitiesService &service, const Activity &a);
    /// Bumped whenever the rows are read again (what a detail bound to row() follows).
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    int revision() const { return m_revision; }

signals:
    void filterChanged();
    void revisionChanged();

private:
    struct Row
    {
        Activity activity;
        QVariantMap values;
    };
    ActivitiesService &m_service;
    QString m_filter = QStringLiteral("upcoming");
    QList<Row> m_rows;
    int m_revision = 0;
};

} // namespace gw
