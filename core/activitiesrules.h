#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// The activities rules, written once: a gangmaker's device checks a planned activity and a
/// sign-up before it stores them, gangwerk-server checks them again, and the server settles the
/// places. Pure functions over plain values, like the hours rules.
///
/// Places and the waiting list: a sign-up takes one place, or two when it comes together with a
/// neighbour ("samen gaan"; the pair is confirmed or waits together). The order is the order
/// in which the *server* received the sign-ups (its sequence), never a device's clock. A
/// confirmed place is never taken away again, not even when an organiser lowers the capacity.
/// When places come free, the waiting list is walked in order and every sign-up that fits is
/// confirmed: a pair at the head keeps its place on the list while one place is free, and a
/// single neighbour behind it may take that one place, so no place stays empty while someone
/// who fits is waiting.
namespace gw::activities {

inline constexpr int kMaxTitleChars = 80;
inline constexpr int kMaxDescriptionChars = 2000;
inline constexpr int kMaxDurationMinutes = 12 * 60;
inline constexpr int kMaxCapacity = 500;
inline constexpr int kMaxCreditMinutes = 8 * 60;

inline constexpr int kMaxSeriesDates = 53; // a year of weekly dates

enum class Status { Planned, Cancelled, Done };

/// How a series of dates repeats ("every Tuesday 19:00 cooking"). Every date keeps the first
/// date's time of day in the project's time zone, also across a change to or from summer time.
enum class Repeat {
    None,
    Weekly,
    Fortnightly,
    Monthly, // the same weekday of the same week of the month; from the 5th week: the last one
};

/// A project's place where activities happen: a corridor's common room (its gang) or a room
/// for everyone (gang empty, such as the central hall).
struct Place
{
    QString id;
    QString name;
    QString gang;
    bool operator==(const Place &) const = default;
};

/// A planned activity, as typed in by its organiser.
struct ActivityDraft
{
    QString title;
    QString description;
    QString placeId;
    QDateTime start; // an instant; shown in the project's time zone
    QDateTime end;
    int capacity = 0;             // places; 0 = no limit
    QDateTime signUpDeadline;     // invalid = until the start
    bool countsAsHours = false;   // attending is credited as wederkerigheid
    int creditMinutes = 0;        // per attendee, when it counts
    QString gang;                 // the gang it is for; empty = the whole project
    Repeat repeat = Repeat::None; // a series: how it repeats from this date on
    QDate repeatUntil;            // the last day a date may fall on (project zone), inclusive
};

/// Another activity already in the calendar, as far as a clash needs it.
struct Booking
{
    QString id;
    QString placeId;
    QString title;
    QDateTime start;
    QDateTime end;
    Status status = Status::Planned;
};

/// What the checks need besides the draft.
struct ActivityContext
{
    QDateTime now;
    QTimeZone zone;          // the project's, for the words of a clash
    QList<Place> places;     // the project's places
    QList<Booking> bookings; // the other activities (any place; cancelled ones are ignored)
    QString editingId;       // the activity being changed, which never clashes with itself
};

enum class Field { Title, Description, Place, Start, End, Capacity, Deadline, Credit, Repeat };

enum class Violation {
    TitleMissing,
    TitleTooLong,
    DescriptionTooLong,
    PlaceUnknown,
    PlaceOfOtherGang, // a gang's common room, for an activity of another gang or everyone
    StartMissing,
    StartInPast,
    EndNotAfterStart,
    TooLong,
    CapacityInvalid,
    DeadlineAfterStart,
    CreditInvalid,
    RepeatUntilMissing,     // a series needs its last day
    RepeatUntilBeforeStart, // ... after the first date
    TooManyDates,           // more than kMaxSeriesDates
    RoomClash,              // keep last: refusalWords() walks the values up to it
};

struct RuleViolation
{
    Field field;
    Violation code;
    QString message; // plain B1 words that say what to do (translatable, English source)
};

/// Whether an activity for @p gang (empty: the whole project) may take place in @p place: a
/// corridor's common room is only for that corridor's activities; a room without a gang is for
/// everyone. validateActivity checks it; a form offers only the places it allows.
bool placeIsFor(const Place &place, const QString &gang);

/// "Tuesday 8 December, 19:00–21:00" in @p zone, in the user's language: how an activity's
/// time is written everywhere (the programme, a room clash).
QString whenText(const QDateTime &start, const QDateTime &end, const QTimeZone &zone);

/// One date of a series: when it starts and ends.
struct Slot
{
    QDateTime start;
    QDateTime end;
    bool operator==(const Slot &) const = default;
};

/// The dates of a series whose first date is [@p start, @p end), repeating by @p repeat on the
/// days up to and including @p until (in @p zone): each at the first date's wall-clock times.
/// Only the first date for Repeat::None. Stops after kMaxSeriesDates + 1 dates, so that a caller
/// can tell a series that is too long without making thousands of dates.
QList<Slot> seriesDates(const QDateTime &start, const QDateTime &end, Repeat repeat,
                        const QDate &until, const QTimeZone &zone);

/// "Every Tuesday until 2 March", "Every second Tuesday of the month until …" in the user's
/// language; empty for Repeat::None.
QString repeatText(Repeat repeat, const QDateTime &firstStart, const QDate &until,
                   const QTimeZone &zone);

/// The booking @p draft overlaps in its place (half-open times: one may start when the other
/// ends), the earliest first; none when the place is free.
std::optional<Booking> clashWith(const ActivityDraft &draft, const ActivityContext &context);

/// Every rule a planned or changed activity breaks, each with its field and message (a clash
/// names the other activity and its times); empty when it is fine. For a series (draft.repeat)
/// every date is checked for a room clash (the first clash is named) and the series must end
/// after its first date and have at most kMaxSeriesDates dates; context.bookings must then
/// cover all its dates.
QList<RuleViolation> validateActivity(const ActivityDraft &draft, const ActivityContext &context);

/// Stable wire/storage name of a violation ("ROOM_CLASH").
QString violationCode(Violation v);
/// The words for @p v in the user's language, without what only the check knows (which room,
/// which other activity): how a device words a refusal by its code.
QString violationMessage(Violation v);

// --- sign-ups ---

enum class SignUpState {
    Pending,    // made on a device, not yet settled by the server
    Confirmed,  // has a place
    Waitlisted, // waits, at a place on the list
    Withdrawn,  // signed off (or was signed off)
};

struct SignUp
{
    QString id;
    QString memberId;
    QString companionId; // the neighbour who comes together with them; empty = alone
    qint64 order = 0;    // the server's sequence when it received the sign-up
    SignUpState state = SignUpState::Pending;
    // Kept with the record (the rules above do not read them):
    int waitingPlace = 0; // 1 = next, while waitlisted (the server's count)
    QDateTime receivedAt; // UTC, when the server received it; invalid until then
    QDateTime changedAt;  // UTC, its last change of state on the server
    bool operator==(const SignUp &) const = default;
    int seats() const { return companionId.isEmpty() ? 1 : 2; }
    bool isActive() const { return state != SignUpState::Withdrawn; }
    /// Whether @p memberId is in this sign-up, as the one signing up or as the companion.
    bool includes(const QString &memberId) const;
};

/// What a sign-up needs to know of its activity.
struct ActivityFacts
{
    Status status = Status::Planned;
    QDateTime start;
    QDateTime signUpDeadline; // invalid = until the start
    int capacity = 0;         // 0 = no limit
};

enum class SignUpProblem {
    None,
    Cancelled,
    Done,
    Started, // the activity has begun or is over
    AfterDeadline,
    AlreadySignedUp, // the member (or the companion) is in an active sign-up already
    CompanionIsSelf,
};

/// Whether @p memberId may sign up (with @p companionId, or alone when empty) at @p now,
/// given the activity's active and withdrawn sign-ups.
SignUpProblem checkSignUp(const ActivityFacts &activity, const QList<SignUp> &signUps,
                          const QString &memberId, const QString &companionId,
                          const QDateTime &now);
QString signUpMessage(SignUpProblem p);
/// Stable wire/storage name of a sign-up problem ("AFTER_DEADLINE"); empty for None.
QString signUpCode(SignUpProblem p);

// --- questions about credited hours ("Not right?") ---

inline constexpr int kMaxDisputeTextChars = 500; // a reason, an answer

enum class DisputeState { Open, Accepted, Declined };

/// A member's question about the hours credited to them for an activity, and its answer.
struct Dispute
{
    QString id;
    QString memberId;
    QString entryId; // the credited entry; empty when the member was not marked present
    int minutes = 0; // what the member says is right; on accept, what was credited
    QString reason;
    DisputeState state = DisputeState::Open;
    QString answer;     // the resolver's words
    QString resolvedBy; // member id; empty while open
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    bool operator==(const Dispute &) const = default;
};

/// What a question needs to know of its activity.
struct DisputeFacts
{
    Status status = Status::Planned;
    bool countsAsHours = false;
};

enum class DisputeProblem {
    None,
    NotCounting,   // the activity gives no hours
    NotDone,       // attendance is not taken yet
    AlreadyOpen,   // the member has an open question about it already
    MinutesTooFew, // the hours rules' limits of one entry (hours::validateEntry)
    MinutesTooMany,
    ReasonMissing,
    ReasonTooLong,
    Unknown,       // no such question
    Resolved,      // answered already
    OwnQuestion,   // nobody answers their own question
    AnswerMissing, // declining needs an answer
    AnswerTooLong, // keep last: refusalWords() walks the values up to it
};

/// Whether @p memberId may ask to check their hours for an activity (@p facts, its questions
/// @p disputes) with @p minutes and @p reason: only for one that counts and is done, one open
/// question per member, the minutes within one hour entry's limits, a reason of at most
/// kMaxDisputeTextChars characters.
DisputeProblem checkDispute(const DisputeFacts &facts, const QList<Dispute> &disputes,
                            const QString &memberId, int minutes, const QString &reason);
/// Whether @p resolverId may answer @p dispute (nullptr: not found): open, not their own
/// question; accepting with @p minutes (0: the member's) within one hour entry's limits;
/// declining with an @p answer; an answer of at most kMaxDisputeTextChars characters.
DisputeProblem checkResolve(const Dispute *dispute, const QString &resolverId, bool accept,
                            int minutes, const QString &answer);
/// The member's open question in @p disputes, if any.
const Dispute *openDisputeOf(const QList<Dispute> &disputes, const QString &memberId);
QString disputeMessage(DisputeProblem p);
/// Stable wire name ("DISPUTE_OPEN"; the minutes' are the hours rules' codes); empty for None.
QString disputeCode(DisputeProblem p);

/// The words for a refusal code of this family (a violation, a sign-up or a dispute problem) in
/// the user's language; empty for a code of another family.
QString refusalWords(const QString &code);

/// Settles the places of an activity's sign-ups: confirmed ones stay confirmed; the pending
/// and waiting ones, in the server's order, are confirmed while they fit and wait otherwise.
/// Returns the ids of the sign-ups that were waiting and now have a place, so that they can
/// be told. @p signUps is changed in place; its order does not matter.
QStringList settle(QList<SignUp> &signUps, int capacity);

/// Gives the waiting sign-up @p id a place out of turn (an organiser's "first push"): it is
/// confirmed, and when the confirmed places would then exceed @p capacity, the capacity grows
/// by exactly what it needs, so nobody loses a place and the places never exceed the capacity.
/// False (nothing changed) when @p id is not on the waiting list.
bool promote(QList<SignUp> &signUps, const QString &id, int &capacity);

/// The place on the waiting list (1 = next) of sign-up @p id, or 0 when it is not waiting.
int waitingPlace(const QList<SignUp> &signUps, const QString &id);

} // namespace gw::activities
