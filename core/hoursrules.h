#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// The wederkerigheid rules, written once: the client checks them before it stores an entry,
/// the server checks them again before it accepts one. Pure functions over plain values.
namespace gw::hours {

inline constexpr int kMinEntryMinutes = 5;
inline constexpr int kMaxEntryMinutes = 12 * 60;
inline constexpr int kMaxDayMinutes = 16 * 60;
inline constexpr int kMaxNoteChars = 500;
inline constexpr int kDefaultBackdatingDays = 60;

enum class Period { Week, Month };

/// The project's requirement: so many minutes per ISO week (Monday–Sunday) or calendar month.
struct Requirement
{
    int minutes = 0;
    Period period = Period::Month;

    /// Parses "10h/month", "2h/month", "4h/week", "90m/week", "1h30m/week".
    static std::optional<Requirement> parse(const QString &text);
    QString toString() const; // the same form parse() reads
    bool operator==(const Requirement &) const = default;
};

QString periodName(Period p); // "WEEK" | "MONTH" (storage and wire form)
std::optional<Period> periodFromName(const QString &name);

/// Inclusive range of calendar days.
struct DayRange
{
    QDate first;
    QDate last;
    qint64 days() const { return first.daysTo(last) + 1; }
    bool contains(QDate d) const { return d >= first && d <= last; }
    bool operator==(const DayRange &) const = default;
};

/// The calendar day an instant falls on in the project's time zone (DST-correct).
QDate localDate(const QDateTime &instant, const QTimeZone &zone);
/// The week (Monday–Sunday) or month that contains @p day.
DayRange periodContaining(QDate day, Period period);
/// The 12 calendar months ending with the month of @p day, oldest first.
QList<DayRange> lastTwelveMonths(QDate day);

/// What is asked of one member: from when they count, and the periods a beheerder paused it.
/// A pause is a period: the days before it were asked, and they stay asked.
struct MemberTerms
{
    QDate activeFrom;       // move-in date; invalid = always
    QList<DayRange> pauses; // inclusive periods; one whose last day is before its first is empty
    bool isPausedOn(QDate d) const
    {
        for (const DayRange &p : pauses)
            if (p.contains(d))
                return true;
        return false;
    }
};

/// Minutes required over @p range: each day the member is active and not paused asks its share
/// of its own week or month (a monthly requirement spreads over that month's days), so moving
/// in mid-period or a pause pro-rates, and a full period asks exactly the requirement.
int requiredMinutes(const Requirement &req, const DayRange &range, const MemberTerms &terms);

/// Minutes asked of a member in @p period up to and including @p today (all of it once the
/// period is over): requiredMinutes over the days so far.
int askedSoFar(const Requirement &req, const DayRange &period, const MemberTerms &terms,
               QDate today);

/// Whether the beheerder may want to talk with someone: they did less than half of what was asked
/// of them so far, and at least an hour was asked (a pause or a move-in asks less). Not a
/// judgement, never a ranking: the Residents filter and the beheerder's Home use it.
bool isBehind(int doneMinutes, int askedSoFarMinutes);

struct Progress
{
    DayRange period;
    int doneMinutes = 0;
    int requiredMinutes = 0;
    int remainingMinutes() const { return std::max(0, requiredMinutes - doneMinutes); }
    bool met() const { return doneMinutes >= requiredMinutes; }
};

/// A new or replacing entry as typed in.
struct EntryDraft
{
    QDate day;
    int minutes = 0;
    QString category;
    QString note;
};

/// What the checks need besides the draft.
struct EntryContext
{
    QDate today; // in the project's time zone
    int backdatingDays = kDefaultBackdatingDays;
    QStringList categories;        // the project's categories
    int otherMinutesThatDay = 0;   // effective minutes already on draft.day, excluding the
                                   // entry a replacement replaces
    bool backdatingApplies = true; // false for a beheerder logging for someone else
};

enum class Field { Day, Minutes, Category, Note };

enum class Violation {
    DayMissing,
    DayInFuture,
    DayTooOld,
    MinutesTooFew,
    MinutesTooMany,
    DayTotalTooMany,
    CategoryUnknown,
    NoteTooLong,
};

struct RuleViolation
{
    Field field;
    Violation code;
    QString message; // plain B1 words that say what to do (translatable, English source)
};

/// Every rule an entry breaks, each with its field and message; empty when the entry is fine.
QList<RuleViolation> validateEntry(const EntryDraft &draft, const EntryContext &context);

enum class CorrectionProblem {
    None,
    TargetMissing,
    NotYours,
    AlreadyCorrected,
    TargetIsVoid,
    TargetTooOld, // past the backdating limit: only a beheerder may still change it
    VoidMismatch, // a removal that is not the mirror image of what it removes
};

/// The entry a correction names, as the ledger knows it.
struct CorrectionTarget
{
    bool exists = false;
    QString memberId;
    QDate day;
    QString category;
    bool isVoid = false;
    bool alreadyCorrected = false;
};

/// Whether a correction (a replacement or a removal) may go into @p memberId's ledger: only of
/// that member's own entry, only of its latest version, and — where backdating applies — only
/// while the entry is within the backdating limit, so old hours cannot be moved or erased.
CorrectionProblem checkCorrection(const CorrectionTarget &target, const QString &memberId,
                                  const EntryContext &context);
/// A removal carries nothing of its own: no minutes, its target's day and category, and a note
/// within the limit. Returns None or VoidMismatch.
CorrectionProblem checkVoid(const EntryDraft &removal, const CorrectionTarget &target);
QString correctionMessage(CorrectionProblem p);
/// Stable wire/storage name of a correction problem ("ALREADY_CORRECTED"); empty for None.
QString correctionCode(CorrectionProblem p);

/// The words for a refusal the server sent, in the user's language: core's own message for
/// each known code (several are joined by ","; the hours' and the activities' codes), else
/// @p serverMessage as it came.
QString refusalMessage(const QString &reasonCode, const QString &serverMessage,
                       int backdatingDays = kDefaultBackdatingDays);

/// The name a category is shown by: the defaults translated, a project's own as written.
QString categoryLabel(const QString &category);

/// The plain words for a violation (translatable). @p minutesLeftThatDay is only used by
/// DayTotalTooMany.
QString violationMessage(Violation v, int backdatingDays = kDefaultBackdatingDays,
                         int minutesLeftThatDay = 0);

/// Stable wire/storage name of a violation ("DAY_IN_FUTURE").
QString violationCode(Violation v);

/// The default categories of a new project.
QStringList defaultCategories();

/// "2 h 30 min", "45 min", "3 h" (translatable).
QString formatMinutes(int minutes);

} // namespace gw::hours
