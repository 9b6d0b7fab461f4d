#pragma once

#include "hoursrepository.h"
#include "membercontext.h"
#include "outboxrepository.h"
#include "records.h"

#include <QObject>

namespace gw {

class Clock;
class Store;

/// The resident's hours: where they stand this period, and logging or correcting an entry.
/// Every write checks core's rules first and commits in one store transaction, together with
/// its outbox entry (so an action confirmed here is never lost before it syncs).
class HoursService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    Q_PROPERTY(QString projectName READ projectName NOTIFY changed)
    Q_PROPERTY(QString memberName READ memberName NOTIFY changed)
    Q_PROPERTY(bool monthly READ isMonthly NOTIFY changed)
    Q_PROPERTY(QString requirementText READ requirementText NOTIFY changed)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY changed)
    Q_PROPERTY(int doneMinutes READ doneMinutes NOTIFY changed)
    Q_PROPERTY(int requiredMinutes READ requiredMinutes NOTIFY changed)
    Q_PROPERTY(int remainingMinutes READ remainingMinutes NOTIFY changed)
    Q_PROPERTY(int daysLeftInPeriod READ daysLeftInPeriod NOTIFY changed)
    Q_PROPERTY(bool paused READ isPaused NOTIFY changed)
    Q_PROPERTY(QString pausedUntilText READ pausedUntilText NOTIFY changed)
    /// The pause's end, short ("15 jan."), where a number fits.
    Q_PROPERTY(QString pausedUntilShortText READ pausedUntilShortText NOTIFY changed)
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    Q_PROPERTY(int backdatingDays READ backdatingDays NOTIFY changed)
    Q_PROPERTY(int maxNoteChars READ maxNoteChars CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)

public:
    /// Reads who acts, in which project and on which day from @p context.
    explicit HoursService(MemberContext &context, QObject *parent = nullptr);

    /// Re-reads project and member (after enrolment, a sync or the demo seed): the context's
    /// reload, which every service follows.
    Q_INVOKABLE void reload();

    bool isReady() const { return m_context.isReady(); }
    QString projectName() const;
    QString memberName() const;
    bool isMonthly() const;
    QString requirementText() const;
    QString periodLabel() const;
    /// How a period is named on screen: "november 2026" or "week 47".
    QString periodLabelOf(const hours::DayRange &period) const;
    int doneMinutes() const { return m_progress.doneMinutes; }
    int requiredMinutes() const { return m_progress.requiredMinutes; }
    int remainingMinutes() const { return m_progress.remainingMinutes(); }
    int daysLeftInPeriod() const;
    bool isPaused() const;
    QString pausedUntilText() const;
    QString pausedUntilShortText() const;
    QStringList categories() const;
    int backdatingDays() const;
    int maxNoteChars() const { return hours::kMaxNoteChars; }
    QString lastError() const { return m_lastError; }

    QDate today() const;
    QString memberId() const { return m_context.memberId(); }
    hours::Progress progress() const { return m_progress; }
    /// What this member's terms ask over @p range (0 when not set up).
    int requiredMinutesFor(const hours::DayRange &range) const;
    /// The same for another member of the project (the beheerder's resident page).
    int requiredMinutesFor(const hours::DayRange &range, const QString &memberId) const;
    const HoursRepository &repository() const { return m_hours; }
    std::optional<Project> project() const { return m_context.project(); }
    MemberContext &memberContext() const { return m_context; }

    /// Checks @p draft against core's rules and, when it passes, stores it (replacing
    /// @p replacesId when set). True when stored; otherwise @p violations gets the broken rules
    /// or lastError says what went wrong.
    bool log(const hours::EntryDraft &draft, const QString &replacesId = {},
             QList<hours::RuleViolation> *violations = nullptr);
    /// The rules @p draft breaks, without storing anything.
    QList<hours::RuleViolation> check(const hours::EntryDraft &draft,
                                      const QString &replacesId = {}) const;
    /// Removes an entry from the totals by appending a void; the entry stays in the history.
    Q_INVOKABLE bool removeEntry(const QString &id);
    /// Beheerder only: pauses @p memberId's requirement until @p until (inclusive); an invalid
    /// date lifts the pause. Stored and queued for the server in one transaction.
    Q_INVOKABLE bool pauseRequirement(const QString &memberId, QDate until,
                                      const QString &reason = {});
    /// The same, for the pause dialog: @p untilIso is yyyy-MM-dd, empty lifts the pause.
    Q_INVOKABLE bool pauseUntil(const QString &memberId, const QString &untilIso,
                                const QString &reason = {});
    /// The date a pause choice means, as yyyy-MM-dd: "month" (end of this month), "nextMonth"
    /// (end of next month) or "weeks" (@p weeks from today).
    Q_INVOKABLE QString pauseDate(const QString &choice, int weeks) const;
    /// yyyy-MM-dd → "31 december 2026" in the current language.
    Q_INVOKABLE QString longDate(const QString &iso) const;
    /// Sync status of this device's entries that are still pending or were refused, by id.
    QHash<QString, OutboxRepository::RecordStatus> entryStatuses() const;

    Q_INVOKABLE QString categoryLabel(const QString &category) const;
    Q_INVOKABLE QString formatMinutes(int minutes) const;

signals:
    void changed();
    void entriesChanged();
    /// A local write was stored with its outbox entry: the sync engine may push it.
    void queuedForSync();
    void errorOccurred(const QString &message);
    /// This member's pause was set, changed, lifted or ended: kind words for them.
    void pauseNews(const QString &message);

private:
    void recompute();
    void tellAboutPause();
    bool fail(const QString &userMessage, const char *what);
    /// Decides @p m as the server will, applies it to the store and queues it (inside the
    /// caller's transaction). False with lastError set when refused.
    bool applyAndQueue(const ::gangwerk::sync::v1::Mutation &m, const char *what);
    hours::CorrectionProblem correctionProblem(const QString &targetId) const;
    /// Today, the project's limits and categories: what every rule check needs.
    hours::EntryContext context() const;

    MemberContext &m_context;
    Store &m_store;
    const Clock &m_clock;
    HoursRepository m_hours;
    OutboxRepository m_outbox;
    hours::Progress m_progress;
    QString m_lastError;
};

} // namespace gw
