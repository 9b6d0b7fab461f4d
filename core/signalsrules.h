#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

/// The rules of signals to the beheerder, written once: a device checks a signal or a step
/// before it stores it, and gangwerk-server decides with the same functions. Pure functions over
/// plain values, like the hours, activities and services rules. (The namespace is not called
/// "signals": Qt defines that word as a macro.)
///
/// A signal: a resident tells the beheerder that a neighbour seems withdrawn, is not seen, or
/// causes nuisance. It is raised on a device (Sent until the server has it), received, taken in
/// progress, answered and closed with an outcome; a reporter may reopen it within 14 days; a
/// beheerder may merge signals about one situation. Only the reporter and the beheerders ever
/// receive it; the reporter sees calm progress words and the answers, never care details.
/// Closed signals are forgotten after the project's retention, the reporter's identity sooner.
namespace gw::signalrules {

inline constexpr int kMaxTextChars = 2000;
inline constexpr int kMaxWhereChars = 40;
inline constexpr int kMaxTexts = 100;          // per list on one signal: a file, not a chat
inline constexpr int kReopenDays = 14;         // after closing, the reporter may reopen
inline constexpr int kSameSituationHours = 48; // signals about one studio shown together
inline constexpr int kKnockKeptDays = 14;      // a gangmaker's device keeps a knock task
inline constexpr int kMaxKnockDaysAhead = 7;

enum class Category { NotSeen, Withdrawn, SelfNeglect, Health, Nuisance, Building, Other };
enum class Urgency { CanWait, Today };
/// Sent is a device's own: raised there, not received by the server yet.
enum class State { Sent, Received, InProgress, Closed, Merged, Reopened };
enum class Outcome { None, CheckedInPerson, ReferredToCare, NuisanceProcedure, NoActionNeeded };
enum class KnockOutcome { None, Spoke, NoAnswer, AskedForBeheerder };

/// The steps a signal can take after it is raised (the transition table's rows).
enum class Step { Start, Answer, Close, Merge, Reopen, AddInfo, AddNote, AskKnock };
inline constexpr std::array kSteps{Step::Start,  Step::Answer,  Step::Close,   Step::Merge,
                                   Step::Reopen, Step::AddInfo, Step::AddNote, Step::AskKnock};
inline constexpr std::array kStates{State::Sent,   State::Received, State::InProgress,
                                    State::Closed, State::Merged,   State::Reopened};

/// Words on a signal: added information, an answer, an internal note.
struct Text
{
    QString id;
    QString authorId;
    QString text;
    QDateTime at; // UTC, the server's; invalid until the server has it
    bool operator==(const Text &) const = default;
};

/// A signal (the whole record, as it travels: Signal).
struct Signal
{
    QString id;
    QString projectId;
    Category category = Category::Other;
    Urgency urgency = Urgency::CanWait;
    QString text;
    QString studio;
    QString place;
    QDate since;
    QString reporterId; // empty once forgotten
    bool onBehalf = false;
    State state = State::Sent;
    Outcome outcome = Outcome::None;
    QList<Text> answers;
    QList<Text> infos;
    QList<Text> notes;
    QString mergedInto;
    QDateTime raisedAt; // the device's clock
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime closedAt;
    QDateTime reopenedAt;
    QString handledBy;
    QString gang;
    QDateTime changedAt;

    bool isOpen() const
    {
        return state == State::Received || state == State::InProgress || state == State::Reopened;
    }
    bool operator==(const Signal &) const = default;
};

/// A beheerder's request to a gangmaker to look in on a studio.
struct KnockTask
{
    QString id;
    QString projectId;
    QString signalId; // beheerders only
    QString gangmakerId;
    QString studio;
    QDate day;
    QString askedBy;
    QDateTime askedAt;
    KnockOutcome outcome = KnockOutcome::None;
    QDateTime doneAt;
    QDateTime changedAt;
    bool operator==(const KnockTask &) const = default;
};

/// A project's signal settings as stored and sent: every zero means the default (use the
/// accessors).
struct Settings
{
    QList<int> officeDays; // ISO weekdays; empty: Monday to Friday
    int opensMinute = 0;   // both 0: 9:00–17:00
    int closesMinute = 0;
    int todayMinutes = 0;   // office minutes; 0: 240
    int canWaitMinutes = 0; // 0: one office day
    int retentionMonths = 0;
    int identityMonths = 0;

    QList<int> days() const;
    int opens() const;
    int closes() const;
    int reactionMinutes(Urgency u) const;
    int retention() const;
    int identity() const;
    bool operator==(const Settings &) const = default;
};

/// Names for codes and the inbox filters: "not_seen", "today", "in_progress", "spoke".
QString categoryKey(Category c);
QString urgencyKey(Urgency u);
QString stateKey(State s);
QString outcomeKey(Outcome o);
QString knockOutcomeKey(KnockOutcome o);
/// The user's words for them.
QString categoryLabel(Category c);
QString urgencyLabel(Urgency u);
/// The beheerder's words for a state ("In progress", "Merged").
QString stateLabel(State s);
QString outcomeLabel(Outcome o);
QString knockOutcomeLabel(KnockOutcome o);
/// What the reporter reads about where their signal stands: fixed, calm words, never care
/// details (a merged signal reads as being worked on).
QString progressWords(State s);

/// Whether the office is open at @p at.
bool officeOpen(const Settings &s, const QTimeZone &zone, const QDateTime &at);
/// The moment @p minutes of office time after @p from have passed.
QDateTime addOfficeMinutes(const Settings &s, const QTimeZone &zone, const QDateTime &from,
                           int minutes);
/// Office minutes between @p from and @p to (0 when @p to is not later).
int officeMinutesBetween(const Settings &s, const QTimeZone &zone, const QDateTime &from,
                         const QDateTime &to);
/// When the office next opens at or after @p at (@p at itself while open).
QDateTime nextOfficeOpening(const Settings &s, const QTimeZone &zone, const QDateTime &at);
/// When a reaction to a signal received (or reopened) at @p from with @p u is due.
QDateTime dueAt(const Settings &s, const QTimeZone &zone, const QDateTime &from, Urgency u);

/// How late a signal waiting for a reaction is: not, past its due time, or three times its
/// reaction time in office hours.
enum class Lateness { OnTime, Overdue, FarOverdue };
/// Whether @p sig still waits for the beheerder's reaction (received or reopened).
bool awaitsReaction(const Signal &sig);
Lateness latenessAt(const Signal &sig, const Settings &s, const QTimeZone &zone,
                    const QDateTime &now);

/// Whether two signals are about the same situation: the same studio, received within 48 hours
/// of each other.
bool sameSituation(const Signal &a, const Signal &b);
/// The signals of @p all that are about the same situation as @p sig (itself excluded), and
/// those merged into it.
QStringList situationOf(const Signal &sig, const QList<Signal> &all);

/// When a closed signal is forgotten, and when its reporter's identity is (invalid while open).
QDateTime forgetAt(const Signal &sig, const Settings &s);
QDateTime identityForgetAt(const Signal &sig, const Settings &s);
/// Until when its reporter may reopen it (invalid while not closed).
QDateTime reopenUntil(const Signal &sig);
/// When a gangmaker's device forgets a knock task.
QDate knockForgetDay(const KnockTask &t);

/// Everything that can be wrong with a signal or a step. Each has a stable code (sent by the
/// server) and B1 words.
enum class Problem {
    None,
    // The signal (validateRaise)
    CategoryMissing,
    UrgencyMissing,
    TextMissing,
    TextTooLong,
    WhereTooLong,
    SinceInFuture,
    // Steps (stepProblem and the checks below)
    NotReceivedYet,
    AlreadyInProgress,
    SignalClosed,
    SignalMerged,
    NotClosed,
    ReopenTooLate,
    MergeIntoItself,
    MergeTargetNotOpen,
    OutcomeMissing,
    AnswerMissing,
    ReasonMissing,
    TooManyTexts,
    StudioMissing,
    KnockDayInvalid,
    NotAGangmaker,
    KnockAlreadyDone,
    KnockOutcomeMissing, // keep last: refusalWords() walks the values up to it
};

QString problemCode(Problem p);
QString problemMessage(Problem p);
/// The words for a code the server sent ("" when not a signals code).
QString refusalWords(const QString &code);

/// What the reporter filled in.
struct Draft
{
    std::optional<Category> category;
    std::optional<Urgency> urgency;
    QString text;
    QString studio;
    QString place;
    QDate since;
};

/// The field a problem is about (where a form shows it).
enum class Field { Category, Urgency, Text, Where, Since };
struct Violation
{
    Problem problem;
    Field field;
};
QList<Violation> validateRaise(const Draft &d, QDate today);
/// Checks words written on a signal (an answer, a note, added information).
Problem checkText(const QString &text, Problem whenEmpty);

/// The transition table: whether @p step may be taken on a signal in @p state (None), or why not.
Problem stepProblem(Step step, State state);
/// Reopening is for 14 days after closing (who may: the permission table).
Problem checkReopen(const Signal &sig, const QDateTime &now);
/// Merging needs a target that is open, and not the signal itself.
Problem checkMerge(const Signal &sig, const Signal &into);
Problem checkClose(const Signal &sig, Outcome outcome, const QString &answer);
Problem checkKnock(const Signal &sig, const QString &studio, QDate day, QDate today);
Problem checkKnockOutcome(const KnockTask &t, KnockOutcome outcome);

} // namespace gw::signalrules
