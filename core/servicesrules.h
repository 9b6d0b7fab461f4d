#pragma once

#include "activitiesrules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

/// The buurtdiensten rules, written once: a resident's device checks a post, a take, a report or
/// a confirmation before it stores them, and gangwerk-server checks them again. Pure functions
/// over plain values, like the hours and activities rules.
///
/// A post is a request ("vraag": its poster is helped) or an offer ("aanbod": its poster helps).
/// Taking it fills the other side: the taker of a request helps, the taker of an offer is
/// helped. The states: open → taken → (per time of helping) reported by the helper with the time
/// spent → confirmed by the one helped → credited to the helper as hours. Besides: the helper
/// gives it back (open again, or the first stand-in takes over), the poster withdraws it, an open
/// post expires after the project's number of days (derived from the time, never stored), a
/// beheerder hides it, and a disputed time is decided by a beheerder. A regular arrangement
/// ("groceries every Tuesday") is one post whose dates repeat; each date is reported, confirmed
/// and credited on its own. Nobody is ever debited: this is not a time bank where help costs.
namespace gw::services {

inline constexpr int kMaxTextChars = 1000;
inline constexpr int kMaxNoteChars = 500;
inline constexpr int kMaxMessageChars = 500;
inline constexpr int kMaxMessages = 200; // per post: a conversation, not a chat app
inline constexpr int kMinEstimateMinutes = 5;
inline constexpr int kMaxEstimateMinutes = 8 * 60;
inline constexpr int kMaxTalents = 10;
inline constexpr int kDefaultExpiryDays = 7;
inline constexpr int kSilentCreditDays = 7;  // the asker says nothing: credited as reported
inline constexpr int kUntakenFlagHours = 48; // a request nobody took: flagged
inline constexpr int kBeheerderAboveMinutes = 4 * 60; // above this the beheerder confirms

enum class Kind { Request, Offer };
/// Expired is never stored: an open post past its expiry is expired (stateAt).
enum class State { Open, Taken, Closed, Withdrawn, Hidden, Expired };
enum class OccurrenceState { Reported, AwaitingBeheerder, Credited, Disputed, Declined };

/// One time of helping.
struct Occurrence
{
    QString id;
    QDate day;
    QString helperId;
    int reportedMinutes = 0;
    QString reportNote;
    QDateTime reportedAt; // UTC, the server's
    OccurrenceState state = OccurrenceState::Reported;
    int confirmedMinutes = 0;
    QString confirmedBy; // empty: credited after the asker's silence
    QDateTime confirmedAt;
    QString entryId; // the credited hour entry
    QString disputeReason;
    QString decisionNote;
    bool operator==(const Occurrence &) const = default;
};

/// A short message between asker and helper.
struct Message
{
    QString id;
    QString authorId;
    QString helperId; // the helper of the conversation when it was written
    QString text;
    QDateTime sentAt; // UTC, the server's; invalid until the server has it
    bool operator==(const Message &) const = default;
};

/// A request or an offer (the whole record, as it travels: ServicePost).
struct Post
{
    QString id;
    QString projectId;
    Kind kind = Kind::Request;
    QString category;
    QString text;
    QDateTime whenFrom; // both invalid: "flexible"
    QDateTime whenUntil;
    int estimateMinutes = 60;
    QString gang; // empty: the whole project; fixed once posted
    QString askerId;
    QString helperId;
    QString postedBy;
    bool onBehalf = false;
    State state = State::Open; // never Expired (see stateAt)
    QDateTime postedAt;        // the server's; renewed
    QDateTime expiresAt;
    QDateTime takenAt;
    activities::Repeat repeat = activities::Repeat::None;
    QDate repeatUntil;
    QList<Occurrence> occurrences;
    QList<Message> messages;
    QString hiddenReason;
    QString hiddenBy;
    QStringList standInIds;
    QString suggestedHelperId;
    QDateTime changedAt;

    /// The poster, who withdraws and renews it: the helper of an offer, else the asker's side.
    QString poster() const
    {
        return postedBy.isEmpty() ? (kind == Kind::Offer ? helperId : askerId) : postedBy;
    }
    /// Whether @p memberId speaks for the one helped: the asker, or whoever posted for them.
    bool isAskerSide(const QString &memberId) const;
    bool isHelper(const QString &memberId) const
    {
        return !memberId.isEmpty() && helperId == memberId;
    }
    /// Whether @p memberId takes part: the one helped (or who speaks for them), the helper, the
    /// poster.
    bool involves(const QString &memberId) const
    {
        return isAskerSide(memberId) || isHelper(memberId) ||
               (!memberId.isEmpty() && poster() == memberId);
    }
    const Occurrence *occurrence(const QString &id) const;
    Occurrence *occurrence(const QString &id);
    bool operator==(const Post &) const = default;
};

/// The service categories a project uses when it sets none, in display order (stored keys).
QStringList defaultCategories();
/// Topics that are not light help ("care", "money"): the form explains and offers the beheerder.
QStringList heavyTopics();
/// A category or topic key in the user's language ("groceries" → "Boodschappen").
QString categoryLabel(const QString &key);

/// Where @p p stands at @p now: Expired for an open post past its expiry.
State stateAt(const Post &p, const QDateTime &now);
/// A request that nobody took within 48 hours of being posted (shown to gangmakers, beheerder).
bool isFlagged(const Post &p, const QDateTime &now);
/// The days of a regular arrangement (its first day, in @p zone, up to repeatUntil); one day
/// (or none, when flexible) for a single post.
QList<QDate> seriesDays(const Post &p, const QTimeZone &zone);
/// Minutes rounded to the nearest 5 (at least 5).
int roundToFive(int minutes);
/// Whether confirmed @p minutes need a beheerder: above 4 hours or above twice the estimate.
bool needsBeheerder(int minutes, int estimateMinutes);
/// When a reported time is credited as reported if the asker says nothing.
QDateTime silentCreditAt(const Occurrence &o);
/// Whether @p viewerId sees message @p m of @p p (its author, the asker's side, the helper of
/// that conversation; a beheerder while a time of @p p is disputed).
bool seesMessage(const Post &p, const Message &m, const QString &viewerId, bool beheerder);
bool isDisputed(const Post &p);

/// Everything that can be wrong with a post, a step or a message. Each has a stable code (sent
/// by the server) and B1 words.
enum class Problem {
    None,
    // The post (validatePost)
    CategoryUnknown,
    NotLightHelp,
    TextMissing,
    TextTooLong,
    EstimateInvalid,
    WindowInvalid,
    WindowPassed,
    RepeatNeedsDay,
    RepeatUntilMissing,
    RepeatUntilBeforeStart,
    TooManyDates,
    // Steps
    OwnPost,
    AlreadyTaken,
    PostWithdrawn,
    PostExpired,
    PostHidden,
    PostClosed,
    NotTaken,
    AlreadyHelper,
    NotYourTake,
    NotYourPost,
    NotOpen,
    NotTheHelper,
    DayMissing,
    DayInFuture,
    DayNotInSeries,
    AlreadyReported,
    MinutesTooFew,
    MinutesTooMany,
    NoteTooLong,
    NotTheAsker,
    OccurrenceUnknown,
    NotReported,
    AlreadyCredited,
    ReasonMissing,
    ReasonTooLong,
    NotOpenForDecision,
    NotAParty,
    MessageMissing,
    MessageTooLong,
    TooManyMessages,
    TooManyTalents,
    TalentUnknown, // keep last: refusalWords() walks the values up to it
};

QString problemCode(Problem p);
QString problemMessage(Problem p);
/// The words for a code the server sent ("" when not a services code).
QString refusalWords(const QString &code);

/// What the poster typed.
struct PostDraft
{
    Kind kind = Kind::Request;
    QString category;
    QString text;
    QDateTime whenFrom;
    QDateTime whenUntil;
    int estimateMinutes = 60;
    activities::Repeat repeat = activities::Repeat::None;
    QDate repeatUntil;
};

struct PostContext
{
    QDateTime now;
    QTimeZone zone;
    QStringList categories; // the project's
};

/// The field a problem is about (for a form: where to show it).
enum class Field { Category, Text, When, Estimate, Repeat };
struct Violation
{
    Problem problem;
    Field field;
};
QList<Violation> validatePost(const PostDraft &d, const PostContext &ctx);

/// Whether @p memberId may take @p p at @p now.
Problem checkTake(const Post &p, const QString &memberId, const QDateTime &now);
Problem checkStandIn(const Post &p, const QString &memberId, const QDateTime &now);
Problem checkRelease(const Post &p, const QString &memberId);
/// @p memberId withdraws (the poster's side; a beheerder passes the poster).
Problem checkWithdraw(const Post &p, const QString &memberId);
Problem checkRenew(const Post &p, const QString &memberId);
/// The helper reports a time done on @p day (project zone) with @p today the project's today.
Problem checkReport(const Post &p, const QString &memberId, QDate day, int minutes,
                    const QString &note, QDate today, const QTimeZone &zone);
/// The asker's side confirms (@p askerSide: the actor speaks for the one helped).
Problem checkConfirm(const Post &p, const QString &occurrenceId, bool askerSide, int minutes);
Problem checkDispute(const Post &p, const QString &occurrenceId, bool askerSide,
                     const QString &reason);
Problem checkSettle(const Post &p, const QString &occurrenceId, bool credit, int minutes,
                    const QString &note);
Problem checkMessage(const Post &p, const QString &memberId, bool beheerder, const QString &text);
Problem checkTalents(const QStringList &talents, const QStringList &categories);
/// The minutes of one hour entry, as the hours rules decide them.
Problem minutesProblem(int minutes);

/// Members whose talents fit @p p's category, as given (member id → talents), in order.
QStringList matchingHelpers(const Post &p, const QList<std::pair<QString, QStringList>> &talents);

} // namespace gw::services
