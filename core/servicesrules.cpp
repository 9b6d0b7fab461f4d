#include "servicesrules.h"

#include "hoursrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::services {

namespace {

qsizetype characters(const QString &s)
{
    return s.toUcs4().size();
}

struct ProblemText
{
    Problem problem;
    const char *code;
    const char *words; // English source, context "ServiceRules"
};

// clang-format off
const ProblemText kProblems[] = {
    {Problem::None, "", ""},
    {Problem::CategoryUnknown, "CATEGORY_UNKNOWN", QT_TRANSLATE_NOOP("ServiceRules", "Choose what kind of help it is.")},
    {Problem::NotLightHelp, "NOT_LIGHT_HELP", QT_TRANSLATE_NOOP("ServiceRules", "Neighbours help with small things. For care, health or money, the beheerder helps you further.")},
    {Problem::TextMissing, "TEXT_MISSING", QT_TRANSLATE_NOOP("ServiceRules", "Write in a few words what it is about.")},
    {Problem::TextTooLong, "TEXT_TOO_LONG", QT_TRANSLATE_NOOP("ServiceRules", "The text is too long. Use at most 1000 characters.")},
    {Problem::EstimateInvalid, "ESTIMATE_INVALID", QT_TRANSLATE_NOOP("ServiceRules", "Say how long it takes: between 5 minutes and 8 hours.")},
    {Problem::WindowInvalid, "WINDOW_INVALID", QT_TRANSLATE_NOOP("ServiceRules", "The end of the time must be after its start.")},
    {Problem::WindowPassed, "WINDOW_PASSED", QT_TRANSLATE_NOOP("ServiceRules", "This time has passed already. Choose a later time or \"flexible\".")},
    {Problem::RepeatNeedsDay, "REPEAT_NEEDS_DAY", QT_TRANSLATE_NOOP("ServiceRules", "Help that repeats needs a first day and time.")},
    {Problem::RepeatUntilMissing, "REPEAT_UNTIL_MISSING", QT_TRANSLATE_NOOP("ServiceRules", "Choose the last day it repeats.")},
    {Problem::RepeatUntilBeforeStart, "REPEAT_UNTIL_BEFORE_START", QT_TRANSLATE_NOOP("ServiceRules", "The last day must be after the first day.")},
    {Problem::TooManyDates, "TOO_MANY_DATES", QT_TRANSLATE_NOOP("ServiceRules", "That is too many times. Choose a last day within a year.")},
    {Problem::OwnPost, "OWN_POST", QT_TRANSLATE_NOOP("ServiceRules", "This is your own post. A neighbour can take it.")},
    {Problem::AlreadyTaken, "ALREADY_TAKEN", QT_TRANSLATE_NOOP("ServiceRules", "A neighbour already took this. You can offer to stand in if they give it back.")},
    {Problem::PostWithdrawn, "POST_WITHDRAWN", QT_TRANSLATE_NOOP("ServiceRules", "This was withdrawn. It is not needed any more.")},
    {Problem::PostExpired, "POST_EXPIRED", QT_TRANSLATE_NOOP("ServiceRules", "This has expired. The person who posted it can put it up again.")},
    {Problem::PostHidden, "POST_HIDDEN", QT_TRANSLATE_NOOP("ServiceRules", "The beheerder took this post away.")},
    {Problem::PostClosed, "POST_CLOSED", QT_TRANSLATE_NOOP("ServiceRules", "This help is finished already.")},
    {Problem::NotTaken, "NOT_TAKEN", QT_TRANSLATE_NOOP("ServiceRules", "Nobody has taken this yet.")},
    {Problem::AlreadyHelper, "ALREADY_HELPER", QT_TRANSLATE_NOOP("ServiceRules", "You took this already.")},
    {Problem::NotYourTake, "NOT_YOUR_TAKE", QT_TRANSLATE_NOOP("ServiceRules", "Only the person who took this can give it back.")},
    {Problem::NotYourPost, "NOT_YOUR_POST", QT_TRANSLATE_NOOP("ServiceRules", "Only the person who posted this can do that.")},
    {Problem::NotOpen, "NOT_OPEN", QT_TRANSLATE_NOOP("ServiceRules", "Only a post that nobody took can be put up again.")},
    {Problem::NotTheHelper, "NOT_THE_HELPER", QT_TRANSLATE_NOOP("ServiceRules", "Only the helper can say this help is done. Maybe someone else took it over.")},
    {Problem::DayMissing, "DAY_MISSING", QT_TRANSLATE_NOOP("ServiceRules", "Choose the day you helped.")},
    {Problem::DayInFuture, "DAY_IN_FUTURE", QT_TRANSLATE_NOOP("ServiceRules", "That day has not come yet. Report it when you have helped.")},
    {Problem::DayNotInSeries, "DAY_NOT_IN_SERIES", QT_TRANSLATE_NOOP("ServiceRules", "That is not one of the agreed days.")},
    {Problem::AlreadyReported, "ALREADY_REPORTED", QT_TRANSLATE_NOOP("ServiceRules", "You reported this help as done already.")},
    {Problem::MinutesTooFew, "MINUTES_TOO_FEW", QT_TRANSLATE_NOOP("ServiceRules", "Fill in at least 5 minutes.")},
    {Problem::MinutesTooMany, "MINUTES_TOO_MANY", QT_TRANSLATE_NOOP("ServiceRules", "That is more than 12 hours. Fill in the time of one day.")},
    {Problem::NoteTooLong, "NOTE_TOO_LONG", QT_TRANSLATE_NOOP("ServiceRules", "The text is too long. Use at most 500 characters.")},
    {Problem::NotTheAsker, "NOT_THE_ASKER", QT_TRANSLATE_NOOP("ServiceRules", "Only the person who was helped can confirm this.")},
    {Problem::OccurrenceUnknown, "OCCURRENCE_UNKNOWN", QT_TRANSLATE_NOOP("ServiceRules", "This help was not reported.")},
    {Problem::NotReported, "NOT_REPORTED", QT_TRANSLATE_NOOP("ServiceRules", "This help is confirmed or decided already.")},
    {Problem::AlreadyCredited, "ALREADY_CREDITED", QT_TRANSLATE_NOOP("ServiceRules", "These hours are counted already. If they are not right, choose \"Not right?\".")},
    {Problem::ReasonMissing, "REASON_MISSING", QT_TRANSLATE_NOOP("ServiceRules", "Write in a few words why.")},
    {Problem::ReasonTooLong, "REASON_TOO_LONG", QT_TRANSLATE_NOOP("ServiceRules", "The text is too long. Use at most 500 characters.")},
    {Problem::NotOpenForDecision, "NOT_OPEN_FOR_DECISION", QT_TRANSLATE_NOOP("ServiceRules", "There is nothing to decide about this help.")},
    {Problem::NotAParty, "NOT_A_PARTY", QT_TRANSLATE_NOOP("ServiceRules", "Only the person who asked and the helper can send messages here.")},
    {Problem::MessageMissing, "MESSAGE_MISSING", QT_TRANSLATE_NOOP("ServiceRules", "Write a message first.")},
    {Problem::MessageTooLong, "MESSAGE_TOO_LONG", QT_TRANSLATE_NOOP("ServiceRules", "The message is too long. Use at most 500 characters.")},
    {Problem::TooManyMessages, "TOO_MANY_MESSAGES", QT_TRANSLATE_NOOP("ServiceRules", "This conversation is full. Talk in person or ask the beheerder.")},
    {Problem::TooManyTalents, "TOO_MANY_TALENTS", QT_TRANSLATE_NOOP("ServiceRules", "Choose at most 10 talents.")},
    {Problem::TalentUnknown, "TALENT_UNKNOWN", QT_TRANSLATE_NOOP("ServiceRules", "Choose talents from the list.")},
};
// clang-format on

const ProblemText &textOf(Problem p)
{
    return kProblems[int(p)];
}

} // namespace

bool Post::isAskerSide(const QString &memberId) const
{
    if (memberId.isEmpty())
        return false;
    return askerId == memberId || (onBehalf && postedBy == memberId);
}

const Occurrence *Post::occurrence(const QString &id) const
{
    for (const Occurrence &o : occurrences)
        if (o.id == id)
            return &o;
    return nullptr;
}

Occurrence *Post::occurrence(const QString &id)
{
    for (Occurrence &o : occurrences)
        if (o.id == id)
            return &o;
    return nullptr;
}

QStringList defaultCategories()
{
    return {QStringLiteral("groceries"), QStringLiteral("chat"),      QStringLiteral("ict"),
            QStringLiteral("paperwork"), QStringLiteral("small_job"), QStringLiteral("language"),
            QStringLiteral("other")};
}

QStringList heavyTopics()
{
    return {QStringLiteral("care"), QStringLiteral("money")};
}

QString categoryLabel(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"groceries", QT_TRANSLATE_NOOP("ServiceCategory", "Groceries")},
        {"chat", QT_TRANSLATE_NOOP("ServiceCategory", "A chat, a listening ear")},
        {"ict", QT_TRANSLATE_NOOP("ServiceCategory", "Computer or phone")},
        {"paperwork", QT_TRANSLATE_NOOP("ServiceCategory", "Letters and forms")},
        {"small_job", QT_TRANSLATE_NOOP("ServiceCategory", "A small job")},
        {"language", QT_TRANSLATE_NOOP("ServiceCategory", "Language buddy")},
        {"other", QT_TRANSLATE_NOOP("ServiceCategory", "Something else")},
        {"care", QT_TRANSLATE_NOOP("ServiceCategory", "It is about care or health")},
        {"money", QT_TRANSLATE_NOOP("ServiceCategory", "It is about money or a bank card")},
    };
    for (const auto &l : labels)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("ServiceCategory", l.label);
    return key;
}

State stateAt(const Post &p, const QDateTime &now)
{
    if (p.state == State::Open && p.expiresAt.isValid() && now.isValid() && p.expiresAt <= now)
        return State::Expired;
    return p.state;
}

bool isFlagged(const Post &p, const QDateTime &now)
{
    return p.kind == Kind::Request && stateAt(p, now) == State::Open && p.postedAt.isValid() &&
           p.postedAt.secsTo(now) >= qint64(kUntakenFlagHours) * 3600;
}

QList<QDate> seriesDays(const Post &p, const QTimeZone &zone)
{
    if (!p.whenFrom.isValid())
        return {};
    const QDateTime end = p.whenUntil.isValid() ? p.whenUntil : p.whenFrom.addSecs(3600);
    QList<QDate> days;
    for (const activities::Slot &s :
         activities::seriesDates(p.whenFrom, end, p.repeat, p.repeatUntil, zone))
        days.append(s.start.toTimeZone(zone).date());
    return days;
}

int roundToFive(int minutes)
{
    return std::max(5, (minutes + 2) / 5 * 5);
}

bool needsBeheerder(int minutes, int estimateMinutes)
{
    return minutes > kBeheerderAboveMinutes ||
           (estimateMinutes > 0 && minutes > 2 * estimateMinutes);
}

QDateTime silentCreditAt(const Occurrence &o)
{
    return o.reportedAt.isValid() ? o.reportedAt.addDays(kSilentCreditDays) : QDateTime();
}

bool isDisputed(const Post &p)
{
    return std::any_of(p.occurrences.cbegin(), p.occurrences.cend(),
                       [](const Occurrence &o) { return o.state == OccurrenceState::Disputed; });
}

bool seesMessage(const Post &p, const Message &m, const QString &viewerId, bool beheerder)
{
    if (viewerId.isEmpty())
        return false;
    if (m.authorId == viewerId || p.isAskerSide(viewerId) || m.helperId == viewerId)
        return true;
    return beheerder && isDisputed(p);
}

QString problemCode(Problem p)
{
    return QString::fromLatin1(textOf(p).code);
}

QString problemMessage(Problem p)
{
    return QCoreApplication::translate("ServiceRules", textOf(p).words);
}

QString refusalWords(const QString &code)
{
    for (int p = int(Problem::CategoryUnknown); p <= int(Problem::TalentUnknown); ++p)
        if (problemCode(Problem(p)) == code)
            return problemMessage(Problem(p));
    return {};
}

QList<Violation> validatePost(const PostDraft &d, const PostContext &ctx)
{
    QList<Violation> out;
    const QStringList categories = ctx.categories.isEmpty() ? defaultCategories() : ctx.categories;
    if (heavyTopics().contains(d.category))
        out.append({Problem::NotLightHelp, Field::Category});
    else if (!categories.contains(d.category))
        out.append({Problem::CategoryUnknown, Field::Category});
    const QString text = d.text.trimmed();
    if (text.isEmpty())
        out.append({Problem::TextMissing, Field::Text});
    else if (characters(text) > kMaxTextChars)
        out.append({Problem::TextTooLong, Field::Text});
    if (d.estimateMinutes < kMinEstimateMinutes || d.estimateMinutes > kMaxEstimateMinutes)
        out.append({Problem::EstimateInvalid, Field::Estimate});
    if (d.whenFrom.isValid() != d.whenUntil.isValid() ||
        (d.whenFrom.isValid() && d.whenUntil <= d.whenFrom))
        out.append({Problem::WindowInvalid, Field::When});
    else if (d.whenUntil.isValid() && d.repeat == activities::Repeat::None &&
             d.whenUntil <= ctx.now)
        out.append({Problem::WindowPassed, Field::When});
    if (d.repeat != activities::Repeat::None) {
        if (!d.whenFrom.isValid())
            out.append({Problem::RepeatNeedsDay, Field::Repeat});
        else if (!d.repeatUntil.isValid())
            out.append({Problem::RepeatUntilMissing, Field::Repeat});
        else if (d.repeatUntil <= d.whenFrom.toTimeZone(ctx.zone).date())
            out.append({Problem::RepeatUntilBeforeStart, Field::Repeat});
        else if (d.whenUntil.isValid() &&
                 activities::seriesDates(d.whenFrom, d.whenUntil, d.repeat, d.repeatUntil, ctx.zone)
                         .size() > activities::kMaxSeriesDates)
            out.append({Problem::TooManyDates, Field::Repeat});
    }
    return out;
}

namespace {

// Why @p p cannot be taken part in at all (withdrawn, hidden, closed, expired); None otherwise.
Problem notAvailable(const Post &p, const QDateTime &now)
{
    switch (stateAt(p, now)) {
    case State::Withdrawn:
        return Problem::PostWithdrawn;
    case State::Hidden:
        return Problem::PostHidden;
    case State::Closed:
        return Problem::PostClosed;
    case State::Expired:
        return Problem::PostExpired;
    case State::Open:
    case State::Taken:
        break;
    }
    return Problem::None;
}

} // namespace

Problem checkTake(const Post &p, const QString &memberId, const QDateTime &now)
{
    if (p.poster() == memberId || (p.onBehalf && p.askerId == memberId))
        return Problem::OwnPost;
    if (p.state == State::Taken && (p.isHelper(memberId) || p.askerId == memberId))
        return Problem::AlreadyHelper;
    if (const Problem gone = notAvailable(p, now); gone != Problem::None)
        return gone;
    if (p.state == State::Taken)
        return Problem::AlreadyTaken;
    return Problem::None;
}

Problem checkStandIn(const Post &p, const QString &memberId, const QDateTime &now)
{
    if (p.poster() == memberId || (p.onBehalf && p.askerId == memberId))
        return Problem::OwnPost;
    if (p.isHelper(memberId) || (p.kind == Kind::Offer && p.askerId == memberId))
        return Problem::AlreadyHelper;
    if (const Problem gone = notAvailable(p, now); gone != Problem::None)
        return gone;
    if (p.state != State::Taken)
        return Problem::NotTaken;
    return Problem::None;
}

Problem checkRelease(const Post &p, const QString &memberId)
{
    if (p.state != State::Taken) {
        // Withdrawn, hidden or finished: say that, not that nobody took it.
        const Problem gone = notAvailable(p, QDateTime());
        return gone != Problem::None ? gone : Problem::NotTaken;
    }
    // The taker gives it back: a request's helper, an offer's one helped.
    const QString taker = p.kind == Kind::Request ? p.helperId : p.askerId;
    if (memberId.isEmpty() || taker != memberId)
        return Problem::NotYourTake;
    // A single time of helping, once reported, is help given: handing it on would let a
    // stand-in or a new taker become its helper while the reporter is credited. A regular
    // arrangement can be given back for the dates still to come.
    if (p.repeat == activities::Repeat::None && !p.occurrences.isEmpty())
        return Problem::AlreadyReported;
    return Problem::None;
}

Problem checkWithdraw(const Post &p, const QString &memberId)
{
    if (memberId.isEmpty() || p.poster() != memberId)
        return Problem::NotYourPost;
    if (p.state == State::Hidden)
        return Problem::PostHidden;
    if (p.state == State::Closed)
        return Problem::PostClosed;
    return Problem::None; // withdrawing twice changes nothing
}

Problem checkRenew(const Post &p, const QString &memberId)
{
    if (memberId.isEmpty() || p.poster() != memberId)
        return Problem::NotYourPost;
    if (p.state != State::Open)
        return Problem::NotOpen;
    return Problem::None;
}

Problem minutesProblem(int minutes)
{
    if (minutes < hours::kMinEntryMinutes)
        return Problem::MinutesTooFew;
    if (minutes > hours::kMaxEntryMinutes)
        return Problem::MinutesTooMany;
    return Problem::None;
}

Problem checkReport(const Post &p, const QString &memberId, QDate day, int minutes,
                    const QString &note, QDate today, const QTimeZone &zone)
{
    if (!p.isHelper(memberId))
        return Problem::NotTheHelper;
    if (p.state != State::Taken) {
        // Withdrawn or hidden after it was taken, or finished: say that.
        const Problem gone = notAvailable(p, QDateTime());
        return gone != Problem::None ? gone : Problem::NotTaken;
    }
    if (!day.isValid())
        return Problem::DayMissing;
    if (day > today)
        return Problem::DayInFuture;
    if (p.repeat != activities::Repeat::None) {
        if (!seriesDays(p, zone).contains(day))
            return Problem::DayNotInSeries;
        for (const Occurrence &o : p.occurrences)
            if (o.day == day)
                return Problem::AlreadyReported;
    } else if (!p.occurrences.isEmpty()) {
        return Problem::AlreadyReported;
    }
    if (const Problem m = minutesProblem(minutes); m != Problem::None)
        return m;
    if (characters(note) > kMaxNoteChars)
        return Problem::NoteTooLong;
    return Problem::None;
}

Problem checkConfirm(const Post &p, const QString &occurrenceId, bool askerSide, int minutes)
{
    const Occurrence *o = p.occurrence(occurrenceId);
    if (!o)
        return Problem::OccurrenceUnknown;
    if (!askerSide)
        return Problem::NotTheAsker;
    if (o->state == OccurrenceState::Credited)
        return Problem::AlreadyCredited;
    if (o->state != OccurrenceState::Reported)
        return Problem::NotReported;
    if (minutes != 0)
        if (const Problem m = minutesProblem(minutes); m != Problem::None)
            return m;
    return Problem::None;
}

Problem checkDispute(const Post &p, const QString &occurrenceId, bool askerSide,
                     const QString &reason)
{
    const Occurrence *o = p.occurrence(occurrenceId);
    if (!o)
        return Problem::OccurrenceUnknown;
    if (!askerSide)
        return Problem::NotTheAsker;
    if (o->state != OccurrenceState::Reported && o->state != OccurrenceState::Credited &&
        o->state != OccurrenceState::AwaitingBeheerder)
        return Problem::NotReported;
    if (reason.trimmed().isEmpty())
        return Problem::ReasonMissing;
    if (characters(reason) > kMaxNoteChars)
        return Problem::ReasonTooLong;
    return Problem::None;
}

Problem checkSettle(const Post &p, const QString &occurrenceId, bool credit, int minutes,
                    const QString &note)
{
    const Occurrence *o = p.occurrence(occurrenceId);
    if (!o)
        return Problem::OccurrenceUnknown;
    if (o->state != OccurrenceState::Disputed && o->state != OccurrenceState::AwaitingBeheerder)
        return Problem::NotOpenForDecision;
    if (credit && minutes != 0)
        if (const Problem m = minutesProblem(minutes); m != Problem::None)
            return m;
    if (!credit && note.trimmed().isEmpty())
        return Problem::ReasonMissing;
    if (characters(note) > kMaxNoteChars)
        return Problem::ReasonTooLong;
    return Problem::None;
}

Problem checkMessage(const Post &p, const QString &memberId, bool beheerder, const QString &text)
{
    const bool party = p.isAskerSide(memberId) || p.isHelper(memberId);
    if (!party && !(beheerder && isDisputed(p)))
        return Problem::NotAParty;
    if (p.helperId.isEmpty() || p.askerId.isEmpty())
        return Problem::NotTaken;
    if (text.trimmed().isEmpty())
        return Problem::MessageMissing;
    if (characters(text) > kMaxMessageChars)
        return Problem::MessageTooLong;
    if (p.messages.size() >= kMaxMessages)
        return Problem::TooManyMessages;
    return Problem::None;
}

Problem checkTalents(const QStringList &talents, const QStringList &categories)
{
    if (talents.size() > kMaxTalents)
        return Problem::TooManyTalents;
    const QStringList known = categories.isEmpty() ? defaultCategories() : categories;
    for (const QString &t : talents)
        if (!known.contains(t))
            return Problem::TalentUnknown;
    return Problem::None;
}

QStringList matchingHelpers(const Post &p, const QList<std::pair<QString, QStringList>> &talents)
{
    QStringList out;
    for (const auto &[memberId, keys] : talents)
        if (keys.contains(p.category) && !p.isAskerSide(memberId) && p.poster() != memberId)
            out.append(memberId);
    return out;
}

} // namespace gw::services
