#include "hoursrules.h"

#include "activitiesrules.h"
#include "servicesrules.h"
#include "signalsrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace gw::hours {

std::optional<Requirement> Requirement::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:(\d{1,3})\s*h)?\s*(?:(\d{1,4})\s*m(?:in)?)?\s*/\s*(week|month)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    Requirement r;
    r.minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    r.period = m.captured(3).toLower() == QLatin1String("week") ? Period::Week : Period::Month;
    // A week has 168 hours; anything above 40 h/week is a typo, not a requirement.
    const int cap = r.period == Period::Week ? 40 * 60 : 160 * 60;
    if (r.minutes <= 0 || r.minutes > cap)
        return std::nullopt;
    return r;
}

QString Requirement::toString() const
{
    const QString unit = period == Period::Week ? QStringLiteral("week") : QStringLiteral("month");
    const int h = minutes / 60, m = minutes % 60;
    QString amount = m == 0   ? QStringLiteral("%1h").arg(h)
                     : h == 0 ? QStringLiteral("%1m").arg(m)
                              : QStringLiteral("%1h%2m").arg(h).arg(m);
    return amount + QLatin1Char('/') + unit;
}

QString periodName(Period p)
{
    return p == Period::Week ? QStringLiteral("WEEK") : QStringLiteral("MONTH");
}

std::optional<Period> periodFromName(const QString &name)
{
    if (name == QLatin1String("WEEK"))
        return Period::Week;
    if (name == QLatin1String("MONTH"))
        return Period::Month;
    return std::nullopt;
}

QDate localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

DayRange periodContaining(QDate day, Period period)
{
    if (period == Period::Week) {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

QList<DayRange> lastTwelveMonths(QDate day)
{
    QList<DayRange> months;
    const QDate first(day.year(), day.month(), 1);
    for (int i = 11; i >= 0; --i)
        months.append(periodContaining(first.addMonths(-i), Period::Month));
    return months;
}

int requiredMinutes(const Requirement &req, const DayRange &range, const MemberTerms &terms)
{
    double total = 0;
    for (QDate d = range.first; d <= range.last; d = d.addDays(1)) {
        if (terms.activeFrom.isValid() && d < terms.activeFrom)
            continue;
        if (terms.isPausedOn(d))
            continue;
        const int daysInPeriod = req.period == Period::Week ? 7 : d.daysInMonth();
        total += double(req.minutes) / daysInPeriod;
    }
    return int(std::lround(total));
}

int askedSoFar(const Requirement &req, const DayRange &period, const MemberTerms &terms,
               QDate today)
{
    if (today < period.first)
        return 0;
    return requiredMinutes(req, {period.first, std::min(today, period.last)}, terms);
}

bool isBehind(int doneMinutes, int askedSoFarMinutes)
{
    return askedSoFarMinutes >= 60 && doneMinutes * 2 < askedSoFarMinutes;
}

QString violationMessage(Violation v, int backdatingDays, int minutesLeftThatDay)
{
    // (lupdate skips a message whose plural argument is a division: keep it a plain name.)
    constexpr int kMaxEntryHours = kMaxEntryMinutes / 60;
    // One switch with nothing else in it: lupdate reads every message, and a client can word a
    // server's refusal in the user's language from its code.
    switch (v) {
    case Violation::DayMissing:
        return QCoreApplication::translate("HoursRules", "Choose the day you helped.");
    case Violation::DayInFuture:
        return QCoreApplication::translate(
            "HoursRules", "This day is in the future. Log hours after you did them.");
    case Violation::DayTooOld:
        return QCoreApplication::translate(
            "HoursRules", "This day is more than %n days ago. Ask your beheerder to add it.",
            nullptr, backdatingDays);
    case Violation::MinutesTooFew:
        return QCoreApplication::translate("HoursRules", "Log at least %n minutes.", nullptr,
                                           kMinEntryMinutes);
    case Violation::MinutesTooMany:
        return QCoreApplication::translate(
            "HoursRules", "One entry can be at most %n hours. Split a longer day into parts.",
            nullptr, kMaxEntryHours);
    case Violation::DayTotalTooMany:
        return QCoreApplication::translate(
                   "HoursRules",
                   "A day can have at most %1 hours in total. You can add %2 more on this day.")
            .arg(kMaxDayMinutes / 60)
            .arg(formatMinutes(minutesLeftThatDay));
    case Violation::CategoryUnknown:
        return QCoreApplication::translate("HoursRules", "Choose what kind of help it was.");
    case Violation::NoteTooLong:
        return QCoreApplication::translate("HoursRules",
                                           "The note is too long. Use at most %n characters.",
                                           nullptr, kMaxNoteChars);
    }
    return {};
}

QList<RuleViolation> validateEntry(const EntryDraft &draft, const EntryContext &ctx)
{
    const int left = std::max(0, kMaxDayMinutes - ctx.otherMinutesThatDay);
    QList<RuleViolation> out;
    const auto add = [&](Field f, Violation v) {
        out.append({f, v, violationMessage(v, ctx.backdatingDays, left)});
    };
    if (!draft.day.isValid())
        add(Field::Day, Violation::DayMissing);
    else if (draft.day > ctx.today)
        add(Field::Day, Violation::DayInFuture);
    else if (ctx.backdatingApplies && draft.day < ctx.today.addDays(-ctx.backdatingDays))
        add(Field::Day, Violation::DayTooOld);

    if (draft.minutes < kMinEntryMinutes)
        add(Field::Minutes, Violation::MinutesTooFew);
    else if (draft.minutes > kMaxEntryMinutes)
        add(Field::Minutes, Violation::MinutesTooMany);
    else if (draft.day.isValid() && ctx.otherMinutesThatDay + draft.minutes > kMaxDayMinutes)
        add(Field::Minutes, Violation::DayTotalTooMany);

    if (!ctx.categories.contains(draft.category))
        add(Field::Category, Violation::CategoryUnknown);
    if (draft.note.toUcs4().size() > kMaxNoteChars)
        add(Field::Note, Violation::NoteTooLong);
    return out;
}

QString violationCode(Violation v)
{
    switch (v) {
    case Violation::DayMissing:
        return QStringLiteral("DAY_MISSING");
    case Violation::DayInFuture:
        return QStringLiteral("DAY_IN_FUTURE");
    case Violation::DayTooOld:
        return QStringLiteral("DAY_TOO_OLD");
    case Violation::MinutesTooFew:
        return QStringLiteral("MINUTES_TOO_FEW");
    case Violation::MinutesTooMany:
        return QStringLiteral("MINUTES_TOO_MANY");
    case Violation::DayTotalTooMany:
        return QStringLiteral("DAY_TOTAL_TOO_MANY");
    case Violation::CategoryUnknown:
        return QStringLiteral("CATEGORY_UNKNOWN");
    case Violation::NoteTooLong:
        return QStringLiteral("NOTE_TOO_LONG");
    }
    return {};
}

CorrectionProblem checkCorrection(const CorrectionTarget &target, const QString &memberId,
                                  const EntryContext &context)
{
    if (!target.exists)
        return CorrectionProblem::TargetMissing;
    if (target.memberId != memberId)
        return CorrectionProblem::NotYours;
    if (target.isVoid)
        return CorrectionProblem::TargetIsVoid;
    if (target.alreadyCorrected)
        return CorrectionProblem::AlreadyCorrected;
    if (context.backdatingApplies && target.day < context.today.addDays(-context.backdatingDays))
        return CorrectionProblem::TargetTooOld;
    return CorrectionProblem::None;
}

CorrectionProblem checkVoid(const EntryDraft &removal, const CorrectionTarget &target)
{
    if (removal.minutes != 0 || removal.day != target.day || removal.category != target.category ||
        removal.note.toUcs4().size() > kMaxNoteChars)
        return CorrectionProblem::VoidMismatch;
    return CorrectionProblem::None;
}

QString correctionMessage(CorrectionProblem p)
{
    switch (p) {
    case CorrectionProblem::None:
        return {};
    case CorrectionProblem::TargetMissing:
        return QCoreApplication::translate("HoursRules", "This entry does not exist (any more).");
    case CorrectionProblem::NotYours:
        return QCoreApplication::translate("HoursRules", "You can only change your own hours.");
    case CorrectionProblem::TargetIsVoid:
        return QCoreApplication::translate("HoursRules",
                                           "This entry was removed. Log the hours again instead.");
    case CorrectionProblem::AlreadyCorrected:
        return QCoreApplication::translate(
            "HoursRules", "This entry was already changed. Change the newest version instead.");
    case CorrectionProblem::TargetTooOld:
        return QCoreApplication::translate(
            "HoursRules", "This entry is too long ago to change. Ask your beheerder to change it.");
    case CorrectionProblem::VoidMismatch:
        return QCoreApplication::translate(
            "HoursRules", "This removal does not match the entry it removes. Nothing was changed.");
    }
    return {};
}

QString correctionCode(CorrectionProblem p)
{
    switch (p) {
    case CorrectionProblem::None:
        return {};
    case CorrectionProblem::TargetMissing:
        return QStringLiteral("TARGET_MISSING");
    case CorrectionProblem::NotYours:
        return QStringLiteral("NOT_YOURS");
    case CorrectionProblem::AlreadyCorrected:
        return QStringLiteral("ALREADY_CORRECTED");
    case CorrectionProblem::TargetIsVoid:
        return QStringLiteral("TARGET_IS_VOID");
    case CorrectionProblem::TargetTooOld:
        return QStringLiteral("TARGET_TOO_OLD");
    case CorrectionProblem::VoidMismatch:
        return QStringLiteral("VOID_MISMATCH");
    }
    return {};
}

QString refusalMessage(const QString &reasonCode, const QString &serverMessage, int backdatingDays)
{
    // The server words a refusal by the permission table with the table's own source text
    // (core/permissions.cpp): say it in the user's language.
    if (reasonCode == QLatin1String("PERMISSION_DENIED"))
        return QCoreApplication::translate("Permissions", serverMessage.toUtf8().constData());
    QStringList words;
    for (const QString &code : reasonCode.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString known;
        for (int v = int(Violation::DayMissing); v <= int(Violation::NoteTooLong); ++v)
            if (violationCode(Violation(v)) == code)
                // The day total's "you can add …" depends on the server's day: leave it out.
                known = Violation(v) == Violation::DayTotalTooMany
                            ? QCoreApplication::translate(
                                  "HoursRules", "A day can have at most %1 hours in total.")
                                  .arg(kMaxDayMinutes / 60)
                            : violationMessage(Violation(v), backdatingDays);
        for (int p = int(CorrectionProblem::TargetMissing);
             p <= int(CorrectionProblem::VoidMismatch); ++p)
            if (correctionCode(CorrectionProblem(p)) == code)
                known = correctionMessage(CorrectionProblem(p));
        if (known.isEmpty())
            known = activities::refusalWords(code);
        if (known.isEmpty())
            known = services::refusalWords(code);
        if (known.isEmpty())
            known = signalrules::refusalWords(code);
        if (known.isEmpty())
            // A code of a decision in core (context "Mutations"): the server sends its source
            // text, so it reads in the user's language; else the server's words as they are.
            return QCoreApplication::translate("Mutations", serverMessage.toUtf8().constData());
        words.append(known);
    }
    return words.isEmpty() ? serverMessage : words.join(QLatin1Char(' '));
}

QString categoryLabel(const QString &category)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"buurtdienst", QT_TRANSLATE_NOOP("Category", "Neighbour service")},
        {"activiteit", QT_TRANSLATE_NOOP("Category", "Activity")},
        {"commissie", QT_TRANSLATE_NOOP("Category", "Committee")},
        {"tuin en gebouw", QT_TRANSLATE_NOOP("Category", "Garden and building")},
        {"taal en les", QT_TRANSLATE_NOOP("Category", "Language and lessons")},
        {"anders", QT_TRANSLATE_NOOP("Category", "Other")},
    };
    for (const auto &l : labels)
        if (category == QLatin1String(l.key))
            return QCoreApplication::translate("Category", l.label);
    return category;
}

QStringList defaultCategories()
{
    // Stored as these keys; the screens show them translated.
    return {QStringLiteral("buurtdienst"), QStringLiteral("activiteit"),
            QStringLiteral("commissie"),   QStringLiteral("tuin en gebouw"),
            QStringLiteral("taal en les"), QStringLiteral("anders")};
}

QString formatMinutes(int minutes)
{
    const int h = minutes / 60, m = minutes % 60;
    // With the number, so that a language gives the word its form for it (Arabic: 4 ساعات,
    // 11 ساعة).
    const QString hours = QCoreApplication::translate("HoursRules", "%n h", nullptr, h);
    const QString mins = QCoreApplication::translate("HoursRules", "%n min", nullptr, m);
    if (h == 0)
        return mins;
    if (m == 0)
        return hours;
    return QCoreApplication::translate("HoursRules", "%1 %2", "hours, then minutes: 2 h 30 min")
        .arg(hours, mins);
}

} // namespace gw::hours
