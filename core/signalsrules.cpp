#include "signalsrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace gw::signalrules {

namespace {

qsizetype characters(const QString &s)
{
    return s.toUcs4().size();
}

struct ProblemText
{
    Problem problem;
    const char *code;
    const char *words; // English source, context "SignalRules"
};

// clang-format off
const ProblemText kProblems[] = {
    {Problem::None, "", ""},
    {Problem::CategoryMissing, "SIGNAL_CATEGORY_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Choose what worries you.")},
    {Problem::UrgencyMissing, "SIGNAL_URGENCY_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Choose if it can wait or if it is for today.")},
    {Problem::TextMissing, "SIGNAL_TEXT_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Write in a few words what you noticed.")},
    {Problem::TextTooLong, "SIGNAL_TEXT_TOO_LONG", QT_TRANSLATE_NOOP("SignalRules", "The text is too long. Use at most 2000 characters.")},
    {Problem::WhereTooLong, "SIGNAL_WHERE_TOO_LONG", QT_TRANSLATE_NOOP("SignalRules", "Use at most 40 characters for the studio or the place.")},
    {Problem::SinceInFuture, "SIGNAL_SINCE_IN_FUTURE", QT_TRANSLATE_NOOP("SignalRules", "That day has not come yet. Choose today or a day before.")},
    {Problem::NotReceivedYet, "SIGNAL_NOT_RECEIVED", QT_TRANSLATE_NOOP("SignalRules", "This signal has not reached the beheerder yet.")},
    {Problem::AlreadyInProgress, "SIGNAL_IN_PROGRESS", QT_TRANSLATE_NOOP("SignalRules", "Someone is working on this signal already.")},
    {Problem::SignalClosed, "SIGNAL_CLOSED", QT_TRANSLATE_NOOP("SignalRules", "This signal is closed already. Its reporter can open it again within 14 days.")},
    {Problem::SignalMerged, "SIGNAL_MERGED", QT_TRANSLATE_NOOP("SignalRules", "This signal is handled together with another one. Do this on that signal.")},
    {Problem::NotClosed, "SIGNAL_NOT_CLOSED", QT_TRANSLATE_NOOP("SignalRules", "This signal is still open.")},
    {Problem::ReopenTooLate, "SIGNAL_REOPEN_TOO_LATE", QT_TRANSLATE_NOOP("SignalRules", "It is more than 14 days since this signal was closed. Send a new signal.")},
    {Problem::MergeIntoItself, "SIGNAL_MERGE_ITSELF", QT_TRANSLATE_NOOP("SignalRules", "Choose another signal to put this one with.")},
    {Problem::MergeTargetNotOpen, "SIGNAL_MERGE_TARGET_NOT_OPEN", QT_TRANSLATE_NOOP("SignalRules", "The other signal is closed or merged itself. Choose an open one.")},
    {Problem::OutcomeMissing, "SIGNAL_OUTCOME_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Choose how it ended.")},
    {Problem::AnswerMissing, "SIGNAL_ANSWER_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Write an answer to the person who sent it.")},
    {Problem::ReasonMissing, "SIGNAL_REASON_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Write in a few words why.")},
    {Problem::TooManyTexts, "SIGNAL_TOO_MANY_TEXTS", QT_TRANSLATE_NOOP("SignalRules", "This signal is full. Call or visit the beheerder.")},
    {Problem::StudioMissing, "KNOCK_STUDIO_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Fill in the studio to knock on.")},
    {Problem::KnockDayInvalid, "KNOCK_DAY_INVALID", QT_TRANSLATE_NOOP("SignalRules", "Choose today or a day in the coming week.")},
    {Problem::NotAGangmaker, "KNOCK_NOT_A_GANGMAKER", QT_TRANSLATE_NOOP("SignalRules", "Only a gangmaker can be asked to knock on a door.")},
    {Problem::KnockAlreadyDone, "KNOCK_DONE", QT_TRANSLATE_NOOP("SignalRules", "How this went is written down already.")},
    {Problem::KnockOutcomeMissing, "KNOCK_OUTCOME_MISSING", QT_TRANSLATE_NOOP("SignalRules", "Choose how it went.")},
};
// clang-format on

const ProblemText &textOf(Problem p)
{
    return kProblems[int(p)];
}

// One office day's window in local time, or nothing when the office is closed that day.
struct Window
{
    QDateTime open;
    QDateTime close;
};

std::optional<Window> windowOn(const Settings &s, const QTimeZone &zone, QDate day)
{
    if (!s.days().contains(day.dayOfWeek()))
        return std::nullopt;
    const auto at = [&](int minute) {
        return QDateTime(day, QTime(minute / 60, minute % 60), zone).toUTC();
    };
    const int closes = s.closes() >= 24 * 60 ? 24 * 60 - 1 : s.closes();
    return Window{at(s.opens()), at(closes)};
}

constexpr int kMaxDaysWalked = 400; // a year and a bit: no real setting needs more

} // namespace

QList<int> Settings::days() const
{
    QList<int> out;
    for (int d : officeDays)
        if (d >= 1 && d <= 7 && !out.contains(d))
            out.append(d);
    if (out.isEmpty())
        out = {1, 2, 3, 4, 5};
    return out;
}

int Settings::opens() const
{
    return opensMinute == 0 && closesMinute == 0 ? 9 * 60 : std::clamp(opensMinute, 0, 24 * 60);
}

int Settings::closes() const
{
    const int c =
        opensMinute == 0 && closesMinute == 0 ? 17 * 60 : std::clamp(closesMinute, 0, 24 * 60);
    return std::max(c, opens() + 1);
}

int Settings::reactionMinutes(Urgency u) const
{
    if (u == Urgency::Today)
        return todayMinutes > 0 ? todayMinutes : 4 * 60;
    return canWaitMinutes > 0 ? canWaitMinutes : closes() - opens();
}

int Settings::retention() const
{
    return retentionMonths > 0 ? retentionMonths : 12;
}

int Settings::identity() const
{
    return std::min(identityMonths > 0 ? identityMonths : 3, retention());
}

QString categoryKey(Category c)
{
    static const char *const keys[] = {"not_seen", "withdrawn", "self_neglect", "health",
                                       "nuisance", "building",  "other"};
    return QString::fromLatin1(keys[int(c)]);
}

QString urgencyKey(Urgency u)
{
    return u == Urgency::Today ? QStringLiteral("today") : QStringLiteral("can_wait");
}

QString stateKey(State s)
{
    static const char *const keys[] = {"sent",   "received", "in_progress",
                                       "closed", "merged",   "reopened"};
    return QString::fromLatin1(keys[int(s)]);
}

QString outcomeKey(Outcome o)
{
    static const char *const keys[] = {"", "checked_in_person", "referred_to_care",
                                       "nuisance_procedure", "no_action_needed"};
    return QString::fromLatin1(keys[int(o)]);
}

QString knockOutcomeKey(KnockOutcome o)
{
    static const char *const keys[] = {"", "spoke", "no_answer", "asked_for_beheerder"};
    return QString::fromLatin1(keys[int(o)]);
}

QString categoryLabel(Category c)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("SignalCategory", "I have not seen someone for days"),
        QT_TRANSLATE_NOOP("SignalCategory", "Someone keeps to themselves more and more"),
        QT_TRANSLATE_NOOP("SignalCategory", "Someone does not take care of themselves"),
        QT_TRANSLATE_NOOP("SignalCategory", "I am worried about someone's health"),
        QT_TRANSLATE_NOOP("SignalCategory", "Nuisance"),
        QT_TRANSLATE_NOOP("SignalCategory", "The building or safety"),
        QT_TRANSLATE_NOOP("SignalCategory", "Something else"),
    };
    return QCoreApplication::translate("SignalCategory", labels[int(c)]);
}

QString urgencyLabel(Urgency u)
{
    return u == Urgency::Today ? QCoreApplication::translate("SignalRules", "Today")
                               : QCoreApplication::translate("SignalRules", "It can wait");
}

QString stateLabel(State s)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("SignalState", "Not sent yet"),
        QT_TRANSLATE_NOOP("SignalState", "New"),
        QT_TRANSLATE_NOOP("SignalState", "In progress"),
        QT_TRANSLATE_NOOP("SignalState", "Closed"),
        QT_TRANSLATE_NOOP("SignalState", "Merged"),
        QT_TRANSLATE_NOOP("SignalState", "Reopened"),
    };
    return QCoreApplication::translate("SignalState", labels[int(s)]);
}

QString outcomeLabel(Outcome o)
{
    static const char *const labels[] = {
        "",
        QT_TRANSLATE_NOOP("SignalOutcome", "Checked in person"),
        QT_TRANSLATE_NOOP("SignalOutcome", "Referred to care"),
        QT_TRANSLATE_NOOP("SignalOutcome", "Nuisance procedure"),
        QT_TRANSLATE_NOOP("SignalOutcome", "No action needed"),
    };
    return o == Outcome::None ? QString()
                              : QCoreApplication::translate("SignalOutcome", labels[int(o)]);
}

QString knockOutcomeLabel(KnockOutcome o)
{
    static const char *const labels[] = {
        "",
        QT_TRANSLATE_NOOP("KnockOutcome", "I spoke to them"),
        QT_TRANSLATE_NOOP("KnockOutcome", "Nobody answered"),
        QT_TRANSLATE_NOOP("KnockOutcome", "They asked for the beheerder"),
    };
    return o == KnockOutcome::None ? QString()
                                   : QCoreApplication::translate("KnockOutcome", labels[int(o)]);
}

QString progressWords(State s)
{
    switch (s) {
    case State::Sent:
        return QCoreApplication::translate(
            "SignalRules", "Not sent yet. It goes to the beheerder as soon as you have internet.");
    case State::Received:
        return QCoreApplication::translate("SignalRules",
                                           "The beheerder has your signal and will read it.");
    case State::InProgress:
    case State::Merged:
        return QCoreApplication::translate("SignalRules", "The beheerder is working on it.");
    case State::Closed:
        return QCoreApplication::translate("SignalRules",
                                           "Closed. Thank you for paying attention.");
    case State::Reopened:
        return QCoreApplication::translate(
            "SignalRules", "You opened it again. The beheerder will look at it again.");
    }
    return {};
}

bool officeOpen(const Settings &s, const QTimeZone &zone, const QDateTime &at)
{
    const QDate day = at.toTimeZone(zone).date();
    const auto w = windowOn(s, zone, day);
    return w && at >= w->open && at < w->close;
}

QDateTime addOfficeMinutes(const Settings &s, const QTimeZone &zone, const QDateTime &from,
                           int minutes)
{
    qint64 left = qint64(std::max(minutes, 0)) * 60;
    QDate day = from.toTimeZone(zone).date();
    for (int i = 0; i < kMaxDaysWalked; ++i, day = day.addDays(1)) {
        const auto w = windowOn(s, zone, day);
        if (!w || from >= w->close)
            continue;
        const QDateTime begin = std::max(from, w->open);
        const qint64 available = begin.secsTo(w->close);
        if (left <= available)
            return begin.addSecs(left);
        left -= available;
    }
    return from.addSecs(qint64(minutes) * 60); // no office days at all: plain time
}

int officeMinutesBetween(const Settings &s, const QTimeZone &zone, const QDateTime &from,
                         const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 secs = 0;
    QDate day = from.toTimeZone(zone).date();
    const QDate last = to.toTimeZone(zone).date();
    for (int i = 0; i < kMaxDaysWalked * 3 && day <= last; ++i, day = day.addDays(1)) {
        const auto w = windowOn(s, zone, day);
        if (!w)
            continue;
        const QDateTime begin = std::max(from, w->open);
        const QDateTime end = std::min(to, w->close);
        if (end > begin)
            secs += begin.secsTo(end);
    }
    return int(secs / 60);
}

QDateTime nextOfficeOpening(const Settings &s, const QTimeZone &zone, const QDateTime &at)
{
    QDate day = at.toTimeZone(zone).date();
    for (int i = 0; i < 8; ++i, day = day.addDays(1)) {
        const auto w = windowOn(s, zone, day);
        if (w && at < w->close)
            return std::max(at, w->open);
    }
    return {};
}

QDateTime dueAt(const Settings &s, const QTimeZone &zone, const QDateTime &from, Urgency u)
{
    return addOfficeMinutes(s, zone, from, s.reactionMinutes(u));
}

bool awaitsReaction(const Signal &sig)
{
    return sig.state == State::Received || sig.state == State::Reopened;
}

Lateness latenessAt(const Signal &sig, const Settings &s, const QTimeZone &zone,
                    const QDateTime &now)
{
    if (!awaitsReaction(sig) || !sig.dueAt.isValid() || now <= sig.dueAt)
        return Lateness::OnTime;
    const QDateTime from =
        sig.state == State::Reopened && sig.reopenedAt.isValid() ? sig.reopenedAt : sig.receivedAt;
    const int waited = officeMinutesBetween(s, zone, from, now);
    return waited >= 3 * s.reactionMinutes(sig.urgency) ? Lateness::FarOverdue : Lateness::Overdue;
}

bool sameSituation(const Signal &a, const Signal &b)
{
    const QString sa = a.studio.trimmed(), sb = b.studio.trimmed();
    if (a.id == b.id || sa.isEmpty() || sa.compare(sb, Qt::CaseInsensitive) != 0)
        return false;
    const QDateTime ta = a.receivedAt.isValid() ? a.receivedAt : a.raisedAt;
    const QDateTime tb = b.receivedAt.isValid() ? b.receivedAt : b.raisedAt;
    return ta.isValid() && tb.isValid() &&
           std::abs(ta.secsTo(tb)) <= qint64(kSameSituationHours) * 3600;
}

QStringList situationOf(const Signal &sig, const QList<Signal> &all)
{
    QStringList out;
    for (const Signal &other : all)
        if (other.id != sig.id &&
            (sameSituation(sig, other) || other.mergedInto == sig.id || sig.mergedInto == other.id))
            out.append(other.id);
    return out;
}

QDateTime forgetAt(const Signal &sig, const Settings &s)
{
    if (sig.state != State::Closed || !sig.closedAt.isValid())
        return {};
    return sig.closedAt.addMonths(s.retention());
}

QDateTime identityForgetAt(const Signal &sig, const Settings &s)
{
    if (sig.state != State::Closed || !sig.closedAt.isValid())
        return {};
    return sig.closedAt.addMonths(s.identity());
}

QDateTime reopenUntil(const Signal &sig)
{
    if (sig.state != State::Closed || !sig.closedAt.isValid())
        return {};
    return sig.closedAt.addDays(kReopenDays);
}

QDate knockForgetDay(const KnockTask &t)
{
    QDate last = t.day;
    if (t.doneAt.isValid())
        last = std::max(last, t.doneAt.date());
    return last.isValid() ? last.addDays(kKnockKeptDays) : QDate();
}

QString problemCode(Problem p)
{
    return QString::fromLatin1(textOf(p).code);
}

QString problemMessage(Problem p)
{
    return QCoreApplication::translate("SignalRules", textOf(p).words);
}

QString refusalWords(const QString &code)
{
    for (int p = int(Problem::CategoryMissing); p <= int(Problem::KnockOutcomeMissing); ++p)
        if (problemCode(Problem(p)) == code)
            return problemMessage(Problem(p));
    return {};
}

QList<Violation> validateRaise(const Draft &d, QDate today)
{
    QList<Violation> out;
    if (!d.category)
        out.append({Problem::CategoryMissing, Field::Category});
    if (!d.urgency)
        out.append({Problem::UrgencyMissing, Field::Urgency});
    if (d.text.trimmed().isEmpty())
        out.append({Problem::TextMissing, Field::Text});
    else if (characters(d.text) > kMaxTextChars)
        out.append({Problem::TextTooLong, Field::Text});
    if (characters(d.studio.trimmed()) > kMaxWhereChars ||
        characters(d.place.trimmed()) > kMaxWhereChars)
        out.append({Problem::WhereTooLong, Field::Where});
    if (d.since.isValid() && today.isValid() && d.since > today)
        out.append({Problem::SinceInFuture, Field::Since});
    return out;
}

Problem checkText(const QString &text, Problem whenEmpty)
{
    if (text.trimmed().isEmpty())
        return whenEmpty;
    if (characters(text) > kMaxTextChars)
        return Problem::TextTooLong;
    return Problem::None;
}

Problem stepProblem(Step step, State state)
{
    // The transition table. Rows: steps; columns: Sent, Received, InProgress, Closed, Merged,
    // Reopened. None: allowed.
    using P = Problem;
    constexpr P ok = P::None;
    constexpr P nr = P::NotReceivedYet;
    constexpr P cl = P::SignalClosed;
    constexpr P mg = P::SignalMerged;
    // clang-format off
    static const P table[][6] = {
        /* Start    */ {nr, ok, P::AlreadyInProgress, cl, mg, ok},
        /* Answer   */ {nr, ok, ok,                   cl, mg, ok},
        /* Close    */ {nr, ok, ok,                   cl, mg, ok},
        /* Merge    */ {nr, ok, ok,                   cl, mg, ok},
        /* Reopen   */ {P::NotClosed, P::NotClosed, P::NotClosed, ok, P::NotClosed, P::NotClosed},
        /* AddInfo  */ {ok, ok, ok,                   cl, ok, ok},
        /* AddNote  */ {nr, ok, ok,                   ok, ok, ok},
        /* AskKnock */ {nr, ok, ok,                   cl, mg, ok},
    };
    // clang-format on
    return table[int(step)][int(state)];
}

Problem checkReopen(const Signal &sig, const QDateTime &now)
{
    if (const Problem p = stepProblem(Step::Reopen, sig.state); p != Problem::None)
        return p;
    if (now > reopenUntil(sig))
        return Problem::ReopenTooLate;
    return Problem::None;
}

Problem checkMerge(const Signal &sig, const Signal &into)
{
    if (const Problem p = stepProblem(Step::Merge, sig.state); p != Problem::None)
        return p;
    if (sig.id == into.id)
        return Problem::MergeIntoItself;
    if (!into.isOpen())
        return Problem::MergeTargetNotOpen;
    return Problem::None;
}

Problem checkClose(const Signal &sig, Outcome outcome, const QString &answer)
{
    if (const Problem p = stepProblem(Step::Close, sig.state); p != Problem::None)
        return p;
    if (outcome == Outcome::None)
        return Problem::OutcomeMissing;
    if (const Problem p = checkText(answer, Problem::AnswerMissing); p != Problem::None)
        return p;
    if (sig.answers.size() >= kMaxTexts)
        return Problem::TooManyTexts;
    return Problem::None;
}

Problem checkKnock(const Signal &sig, const QString &studio, QDate day, QDate today)
{
    if (const Problem p = stepProblem(Step::AskKnock, sig.state); p != Problem::None)
        return p;
    if (studio.trimmed().isEmpty())
        return Problem::StudioMissing;
    if (characters(studio.trimmed()) > kMaxWhereChars)
        return Problem::WhereTooLong;
    if (!day.isValid() || day < today || day > today.addDays(kMaxKnockDaysAhead))
        return Problem::KnockDayInvalid;
    return Problem::None;
}

Problem checkKnockOutcome(const KnockTask &t, KnockOutcome outcome)
{
    if (t.outcome != KnockOutcome::None)
        return Problem::KnockAlreadyDone;
    if (outcome == KnockOutcome::None)
        return Problem::KnockOutcomeMissing;
    return Problem::None;
}

} // namespace gw::signalrules
