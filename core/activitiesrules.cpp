#include "activitiesrules.h"

#include "hoursrules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace gw::activities {

namespace {

// Code points, as a reader counts them: an emoji is one character, not two.
qsizetype characters(const QString &s)
{
    return s.toUcs4().size();
}

QString placeName(const ActivityContext &context, const QString &placeId)
{
    for (const Place &p : context.places)
        if (p.id == placeId)
            return p.name;
    return placeId;
}

} // namespace

QString whenText(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime s = start.toTimeZone(zone), e = end.toTimeZone(zone);
    // The separators are the language's (Arabic writes "،").
    return QCoreApplication::translate("ActivitiesRules", "%1, %2–%3")
        .arg(locale.toString(s.date(), QStringLiteral("dddd d MMMM")),
             locale.toString(s.time(), QStringLiteral("HH:mm")),
             locale.toString(e.time(), QStringLiteral("HH:mm")));
}

namespace {

// The day in @p month that the monthly series of @p first falls on: the same weekday of the
// same week of the month, or the last such weekday when the first date was in the fifth week.
QDate monthlyDay(const QDate &first, const QDate &month)
{
    const int week = (first.day() - 1) / 7; // 0..4
    const int weekday = first.dayOfWeek();
    const QDate start(month.year(), month.month(), 1);
    if (week < 4) {
        const int ahead = (weekday - start.dayOfWeek() + 7) % 7;
        return start.addDays(ahead + 7 * week);
    }
    const QDate last(month.year(), month.month(), start.daysInMonth());
    return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
}

} // namespace

QList<Slot> seriesDates(const QDateTime &start, const QDateTime &end, Repeat repeat,
                        const QDate &until, const QTimeZone &zone)
{
    QList<Slot> out;
    if (!start.isValid() || !end.isValid())
        return out;
    out.append({start, end});
    if (repeat == Repeat::None || !until.isValid())
        return out;
    // Wall-clock times in the project's zone: 19:00 stays 19:00 after the clocks change.
    const QDateTime s = start.toTimeZone(zone), e = end.toTimeZone(zone);
    const QDate first = s.date();
    const qint64 endDays = first.daysTo(e.date());
    for (int i = 1; out.size() <= kMaxSeriesDates; ++i) {
        QDate day;
        switch (repeat) {
        case Repeat::None:
            return out;
        case Repeat::Weekly:
            day = first.addDays(7 * i);
            break;
        case Repeat::Fortnightly:
            day = first.addDays(14 * i);
            break;
        case Repeat::Monthly:
            day = monthlyDay(first, first.addMonths(i));
            break;
        }
        if (day > until)
            break;
        out.append({QDateTime(day, s.time(), zone).toUTC(),
                    QDateTime(day.addDays(endDays), e.time(), zone).toUTC()});
    }
    return out;
}

QString repeatText(Repeat repeat, const QDateTime &firstStart, const QDate &until,
                   const QTimeZone &zone)
{
    if (repeat == Repeat::None || !firstStart.isValid())
        return {};
    const QLocale locale;
    const QDate first = firstStart.toTimeZone(zone).date();
    const QString weekday = locale.dayName(first.dayOfWeek(), QLocale::LongFormat);
    const QString last = locale.toString(until, QStringLiteral("d MMMM"));
    switch (repeat) {
    case Repeat::None:
        return {};
    case Repeat::Weekly:
        return QCoreApplication::translate("ActivitiesRules", "Every %1, until %2")
            .arg(weekday, last);
    case Repeat::Fortnightly:
        return QCoreApplication::translate("ActivitiesRules", "Every other %1, until %2")
            .arg(weekday, last);
    case Repeat::Monthly:
        // Whole sentences, so that a language can make its ordinal agree with the weekday.
        switch ((first.day() - 1) / 7) {
        case 0:
            return QCoreApplication::translate("ActivitiesRules",
                                               "The first %1 of every month, until %2")
                .arg(weekday, last);
        case 1:
            return QCoreApplication::translate("ActivitiesRules",
                                               "The second %1 of every month, until %2")
                .arg(weekday, last);
        case 2:
            return QCoreApplication::translate("ActivitiesRules",
                                               "The third %1 of every month, until %2")
                .arg(weekday, last);
        case 3:
            return QCoreApplication::translate("ActivitiesRules",
                                               "The fourth %1 of every month, until %2")
                .arg(weekday, last);
        default:
            return QCoreApplication::translate("ActivitiesRules",
                                               "The last %1 of every month, until %2")
                .arg(weekday, last);
        }
    }
    return {};
}

bool placeIsFor(const Place &place, const QString &gang)
{
    return place.gang.isEmpty() || place.gang == gang;
}

std::optional<Booking> clashWith(const ActivityDraft &draft, const ActivityContext &context)
{
    if (!draft.start.isValid() || !draft.end.isValid() || draft.end <= draft.start)
        return std::nullopt;
    std::optional<Booking> first;
    for (const Booking &b : context.bookings) {
        if (b.status == Status::Cancelled || b.placeId != draft.placeId ||
            (!context.editingId.isEmpty() && b.id == context.editingId))
            continue;
        if (b.start < draft.end && draft.start < b.end && (!first || b.start < first->start))
            first = b;
    }
    return first;
}

QList<RuleViolation> validateActivity(const ActivityDraft &draft, const ActivityContext &context)
{
    QList<RuleViolation> out;
    const auto add = [&](Field f, Violation v, const QString &message) {
        out.append({f, v, message});
    };
    if (draft.title.trimmed().isEmpty())
        add(Field::Title, Violation::TitleMissing, violationMessage(Violation::TitleMissing));
    else if (characters(draft.title) > kMaxTitleChars)
        add(Field::Title, Violation::TitleTooLong, violationMessage(Violation::TitleTooLong));
    if (characters(draft.description) > kMaxDescriptionChars)
        add(Field::Description, Violation::DescriptionTooLong,
            violationMessage(Violation::DescriptionTooLong));
    const auto place = std::find_if(context.places.cbegin(), context.places.cend(),
                                    [&](const Place &p) { return p.id == draft.placeId; });
    const bool placeKnown = place != context.places.cend();
    if (!placeKnown)
        add(Field::Place, Violation::PlaceUnknown, violationMessage(Violation::PlaceUnknown));
    else if (!placeIsFor(*place, draft.gang))
        // A corridor's common room is its residents' living room: only for that corridor.
        add(Field::Place, Violation::PlaceOfOtherGang,
            QCoreApplication::translate("ActivitiesRules",
                                        "%1 is the common room of another corridor. Choose a "
                                        "room for everyone, or the room of this corridor.")
                .arg(place->name));

    if (!draft.start.isValid()) {
        add(Field::Start, Violation::StartMissing, violationMessage(Violation::StartMissing));
    } else if (context.editingId.isEmpty() && draft.start < context.now) {
        // A new activity cannot start in the past; an existing one keeps its start.
        add(Field::Start, Violation::StartInPast, violationMessage(Violation::StartInPast));
    }
    if (draft.start.isValid()) {
        if (!draft.end.isValid() || draft.end <= draft.start)
            add(Field::End, Violation::EndNotAfterStart,
                violationMessage(Violation::EndNotAfterStart));
        else if (draft.start.secsTo(draft.end) > qint64(kMaxDurationMinutes) * 60)
            add(Field::End, Violation::TooLong, violationMessage(Violation::TooLong));
    }
    if (draft.capacity < 0 || draft.capacity > kMaxCapacity)
        add(Field::Capacity, Violation::CapacityInvalid,
            violationMessage(Violation::CapacityInvalid));
    if (draft.signUpDeadline.isValid() && draft.start.isValid() &&
        draft.signUpDeadline > draft.start)
        add(Field::Deadline, Violation::DeadlineAfterStart,
            violationMessage(Violation::DeadlineAfterStart));
    if (draft.countsAsHours && (draft.creditMinutes < 5 || draft.creditMinutes > kMaxCreditMinutes))
        add(Field::Credit, Violation::CreditInvalid, violationMessage(Violation::CreditInvalid));
    else if (!draft.countsAsHours && draft.creditMinutes != 0)
        add(Field::Credit, Violation::CreditInvalid,
            QCoreApplication::translate("ActivitiesRules",
                                        "Only an activity that counts as hours gives time."));

    QList<Slot> dates{{draft.start, draft.end}};
    if (draft.repeat != Repeat::None && draft.start.isValid()) {
        const QDate first = draft.start.toTimeZone(context.zone).date();
        if (!draft.repeatUntil.isValid())
            add(Field::Repeat, Violation::RepeatUntilMissing,
                violationMessage(Violation::RepeatUntilMissing));
        else if (draft.repeatUntil <= first)
            add(Field::Repeat, Violation::RepeatUntilBeforeStart,
                violationMessage(Violation::RepeatUntilBeforeStart));
        else if (draft.end.isValid() && draft.end > draft.start) {
            dates =
                seriesDates(draft.start, draft.end, draft.repeat, draft.repeatUntil, context.zone);
            if (dates.size() > kMaxSeriesDates)
                add(Field::Repeat, Violation::TooManyDates,
                    violationMessage(Violation::TooManyDates));
        }
    }

    if (placeKnown && dates.size() <= kMaxSeriesDates) {
        std::optional<Booking> clash;
        for (const Slot &date : dates) {
            ActivityDraft one = draft;
            one.start = date.start;
            one.end = date.end;
            if ((clash = clashWith(one, context)))
                break; // the first date that clashes is named
        }
        if (clash)
            add(Field::Start, Violation::RoomClash,
                QCoreApplication::translate(
                    "ActivitiesRules",
                    "%1 is already booked then for “%2” (%3). Choose another time or place.")
                    .arg(placeName(context, draft.placeId), clash->title,
                         whenText(clash->start, clash->end, context.zone)));
    }
    return out;
}

QString violationMessage(Violation v)
{
    // translate() with its context written out: lupdate reads the calls literally.
    switch (v) {
    case Violation::TitleMissing:
        return QCoreApplication::translate(
            "ActivitiesRules", "Give the activity a name, for example “Cooking together”.");
    case Violation::TitleTooLong:
        return QCoreApplication::translate("ActivitiesRules",
                                           "The name is too long. Use at most %1 characters.")
            .arg(kMaxTitleChars);
    case Violation::DescriptionTooLong:
        return QCoreApplication::translate(
                   "ActivitiesRules", "The description is too long. Use at most %1 characters.")
            .arg(kMaxDescriptionChars);
    case Violation::PlaceUnknown:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Choose where the activity takes place.");
    case Violation::PlaceOfOtherGang:
        return QCoreApplication::translate(
            "ActivitiesRules",
            "This is the common room of another corridor. Choose a room for everyone, or "
            "the room of this corridor.");
    case Violation::StartMissing:
        return QCoreApplication::translate("ActivitiesRules", "Choose the day and time it starts.");
    case Violation::StartInPast:
        return QCoreApplication::translate(
            "ActivitiesRules", "This time has passed. Choose a time that is still to come.");
    case Violation::EndNotAfterStart:
        return QCoreApplication::translate("ActivitiesRules", "Choose an end after the start.");
    case Violation::TooLong:
        return QCoreApplication::translate(
                   "ActivitiesRules",
                   "An activity lasts at most %1 hours. Plan a longer one as two activities.")
            .arg(kMaxDurationMinutes / 60);
    case Violation::CapacityInvalid:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Choose between 1 and %1 places, or no limit.")
            .arg(kMaxCapacity);
    case Violation::DeadlineAfterStart:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Signing up must close before the activity starts.");
    case Violation::CreditInvalid:
        return QCoreApplication::translate(
                   "ActivitiesRules",
                   "Choose how long counts as hours: between 5 minutes and %1 hours.")
            .arg(kMaxCreditMinutes / 60);
    case Violation::RepeatUntilMissing:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Choose the last day the activity repeats.");
    case Violation::RepeatUntilBeforeStart:
        return QCoreApplication::translate(
            "ActivitiesRules", "The last day must come after the first date. Choose a later day.");
    case Violation::TooManyDates:
        return QCoreApplication::translate("ActivitiesRules",
                                           "A series has at most %1 dates. Choose an earlier "
                                           "last day, or plan a new series later.")
            .arg(kMaxSeriesDates);
    case Violation::RoomClash:
        return QCoreApplication::translate(
            "ActivitiesRules", "The room is already booked then. Choose another time or place.");
    }
    return {};
}

QString refusalWords(const QString &code)
{
    for (int v = int(Violation::TitleMissing); v <= int(Violation::RoomClash); ++v)
        if (violationCode(Violation(v)) == code)
            return violationMessage(Violation(v));
    for (int p = int(SignUpProblem::Cancelled); p <= int(SignUpProblem::CompanionIsSelf); ++p)
        if (signUpCode(SignUpProblem(p)) == code)
            return signUpMessage(SignUpProblem(p));
    for (int p = int(DisputeProblem::NotCounting); p <= int(DisputeProblem::AnswerTooLong); ++p)
        if (disputeCode(DisputeProblem(p)) == code)
            return disputeMessage(DisputeProblem(p));
    return {};
}

namespace {

// The minutes of one hour entry, as the hours rules decide them (validateEntry's Minutes
// field, without the day total, which the credited day's other entries decide).
DisputeProblem minutesProblem(int minutes)
{
    hours::EntryDraft draft;
    draft.day = QDate(2000, 1, 1);
    draft.minutes = minutes;
    draft.category = QStringLiteral("activiteit");
    hours::EntryContext ctx;
    ctx.today = draft.day;
    ctx.categories = {draft.category};
    ctx.backdatingApplies = false;
    for (const hours::RuleViolation &v : hours::validateEntry(draft, ctx)) {
        if (v.code == hours::Violation::MinutesTooFew)
            return DisputeProblem::MinutesTooFew;
        if (v.code == hours::Violation::MinutesTooMany)
            return DisputeProblem::MinutesTooMany;
    }
    return DisputeProblem::None;
}

} // namespace

const Dispute *openDisputeOf(const QList<Dispute> &disputes, const QString &memberId)
{
    for (const Dispute &d : disputes)
        if (d.memberId == memberId && d.state == DisputeState::Open)
            return &d;
    return nullptr;
}

DisputeProblem checkDispute(const DisputeFacts &facts, const QList<Dispute> &disputes,
                            const QString &memberId, int minutes, const QString &reason)
{
    if (!facts.countsAsHours)
        return DisputeProblem::NotCounting;
    if (facts.status != Status::Done)
        return DisputeProblem::NotDone;
    if (openDisputeOf(disputes, memberId))
        return DisputeProblem::AlreadyOpen;
    if (const DisputeProblem p = minutesProblem(minutes); p != DisputeProblem::None)
        return p;
    if (reason.trimmed().isEmpty())
        return DisputeProblem::ReasonMissing;
    if (characters(reason) > kMaxDisputeTextChars)
        return DisputeProblem::ReasonTooLong;
    return DisputeProblem::None;
}

DisputeProblem checkResolve(const Dispute *dispute, const QString &resolverId, bool accept,
                            int minutes, const QString &answer)
{
    if (!dispute)
        return DisputeProblem::Unknown;
    if (dispute->state != DisputeState::Open)
        return DisputeProblem::Resolved;
    if (dispute->memberId == resolverId)
        return DisputeProblem::OwnQuestion;
    if (accept) {
        if (const DisputeProblem p = minutesProblem(minutes > 0 ? minutes : dispute->minutes);
            p != DisputeProblem::None)
            return p;
    } else if (answer.trimmed().isEmpty()) {
        return DisputeProblem::AnswerMissing;
    }
    if (characters(answer) > kMaxDisputeTextChars)
        return DisputeProblem::AnswerTooLong;
    return DisputeProblem::None;
}

QString disputeMessage(DisputeProblem p)
{
    switch (p) {
    case DisputeProblem::None:
        return {};
    case DisputeProblem::NotCounting:
        return QCoreApplication::translate("ActivitiesRules",
                                           "This activity does not count as hours.");
    case DisputeProblem::NotDone:
        return QCoreApplication::translate(
            "ActivitiesRules",
            "The organiser has not marked who came yet. You can ask after that.");
    case DisputeProblem::AlreadyOpen:
        return QCoreApplication::translate(
            "ActivitiesRules",
            "You already asked to check these hours. Please wait for the answer.");
    case DisputeProblem::MinutesTooFew:
        return hours::violationMessage(hours::Violation::MinutesTooFew);
    case DisputeProblem::MinutesTooMany:
        return hours::violationMessage(hours::Violation::MinutesTooMany);
    case DisputeProblem::ReasonMissing:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Write in a few words what is not right.");
    case DisputeProblem::ReasonTooLong:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Your reason can be at most %1 characters.")
            .arg(kMaxDisputeTextChars);
    case DisputeProblem::Unknown:
        return QCoreApplication::translate("ActivitiesRules",
                                           "This question does not exist (any more).");
    case DisputeProblem::Resolved:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Someone has already answered this question.");
    case DisputeProblem::OwnQuestion:
        return QCoreApplication::translate(
            "ActivitiesRules",
            "This is your own question. Another organiser or the beheerder answers it.");
    case DisputeProblem::AnswerMissing:
        return QCoreApplication::translate(
            "ActivitiesRules", "Write a short answer, so that your neighbour knows why.");
    case DisputeProblem::AnswerTooLong:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Your answer can be at most %1 characters.")
            .arg(kMaxDisputeTextChars);
    }
    return {};
}

QString disputeCode(DisputeProblem p)
{
    switch (p) {
    case DisputeProblem::None:
        return {};
    case DisputeProblem::NotCounting:
        return QStringLiteral("NOT_COUNTING");
    case DisputeProblem::NotDone:
        return QStringLiteral("NOT_DONE");
    case DisputeProblem::AlreadyOpen:
        return QStringLiteral("DISPUTE_OPEN");
    case DisputeProblem::MinutesTooFew:
        return hours::violationCode(hours::Violation::MinutesTooFew);
    case DisputeProblem::MinutesTooMany:
        return hours::violationCode(hours::Violation::MinutesTooMany);
    case DisputeProblem::ReasonMissing:
        return QStringLiteral("DISPUTE_REASON_MISSING");
    case DisputeProblem::ReasonTooLong:
        return QStringLiteral("DISPUTE_REASON_TOO_LONG");
    case DisputeProblem::Unknown:
        return QStringLiteral("DISPUTE_UNKNOWN");
    case DisputeProblem::Resolved:
        return QStringLiteral("DISPUTE_RESOLVED");
    case DisputeProblem::OwnQuestion:
        return QStringLiteral("OWN_QUESTION");
    case DisputeProblem::AnswerMissing:
        return QStringLiteral("ANSWER_MISSING");
    case DisputeProblem::AnswerTooLong:
        return QStringLiteral("ANSWER_TOO_LONG");
    }
    return {};
}

QString violationCode(Violation v)
{
    switch (v) {
    case Violation::TitleMissing:
        return QStringLiteral("TITLE_MISSING");
    case Violation::TitleTooLong:
        return QStringLiteral("TITLE_TOO_LONG");
    case Violation::DescriptionTooLong:
        return QStringLiteral("DESCRIPTION_TOO_LONG");
    case Violation::PlaceUnknown:
        return QStringLiteral("PLACE_UNKNOWN");
    case Violation::PlaceOfOtherGang:
        return QStringLiteral("PLACE_OF_OTHER_GANG");
    case Violation::StartMissing:
        return QStringLiteral("START_MISSING");
    case Violation::StartInPast:
        return QStringLiteral("START_IN_PAST");
    case Violation::EndNotAfterStart:
        return QStringLiteral("END_NOT_AFTER_START");
    case Violation::TooLong:
        return QStringLiteral("TOO_LONG");
    case Violation::CapacityInvalid:
        return QStringLiteral("CAPACITY_INVALID");
    case Violation::DeadlineAfterStart:
        return QStringLiteral("DEADLINE_AFTER_START");
    case Violation::CreditInvalid:
        return QStringLiteral("CREDIT_INVALID");
    case Violation::RepeatUntilMissing:
        return QStringLiteral("REPEAT_UNTIL_MISSING");
    case Violation::RepeatUntilBeforeStart:
        return QStringLiteral("REPEAT_UNTIL_BEFORE_START");
    case Violation::TooManyDates:
        return QStringLiteral("TOO_MANY_DATES");
    case Violation::RoomClash:
        return QStringLiteral("ROOM_CLASH");
    }
    return {};
}

// --- sign-ups ---

bool SignUp::includes(const QString &member) const
{
    return !member.isEmpty() && (memberId == member || companionId == member);
}

SignUpProblem checkSignUp(const ActivityFacts &activity, const QList<SignUp> &signUps,
                          const QString &memberId, const QString &companionId, const QDateTime &now)
{
    if (activity.status == Status::Cancelled)
        return SignUpProblem::Cancelled;
    if (activity.status == Status::Done)
        return SignUpProblem::Done;
    if (activity.start.isValid() && now >= activity.start)
        return SignUpProblem::Started;
    if (activity.signUpDeadline.isValid() && now > activity.signUpDeadline)
        return SignUpProblem::AfterDeadline;
    if (companionId == memberId)
        return SignUpProblem::CompanionIsSelf;
    for (const SignUp &s : signUps)
        if (s.isActive() && (s.includes(memberId) || s.includes(companionId)))
            return SignUpProblem::AlreadySignedUp;
    return SignUpProblem::None;
}

QString signUpMessage(SignUpProblem p)
{
    switch (p) {
    case SignUpProblem::None:
        return {};
    case SignUpProblem::Cancelled:
        return QCoreApplication::translate(
            "ActivitiesRules", "This activity is cancelled. You cannot sign up for it.");
    case SignUpProblem::Done:
    case SignUpProblem::Started:
        return QCoreApplication::translate(
            "ActivitiesRules",
            "This activity has already started. You cannot sign up for it any more.");
    case SignUpProblem::AfterDeadline:
        return QCoreApplication::translate(
            "ActivitiesRules",
            "Signing up for this activity has closed. Ask the organiser if you still "
            "want to come.");
    case SignUpProblem::AlreadySignedUp:
        return QCoreApplication::translate(
            "ActivitiesRules",
            "You are already signed up for this activity (or your neighbour is).");
    case SignUpProblem::CompanionIsSelf:
        return QCoreApplication::translate("ActivitiesRules",
                                           "Choose a neighbour to come with, or come alone.");
    }
    return {};
}

QString signUpCode(SignUpProblem p)
{
    switch (p) {
    case SignUpProblem::None:
        return {};
    case SignUpProblem::Cancelled:
        return QStringLiteral("ACTIVITY_CANCELLED");
    case SignUpProblem::Done:
        return QStringLiteral("ACTIVITY_DONE");
    case SignUpProblem::Started:
        return QStringLiteral("ACTIVITY_STARTED");
    case SignUpProblem::AfterDeadline:
        return QStringLiteral("AFTER_DEADLINE");
    case SignUpProblem::AlreadySignedUp:
        return QStringLiteral("ALREADY_SIGNED_UP");
    case SignUpProblem::CompanionIsSelf:
        return QStringLiteral("COMPANION_IS_SELF");
    }
    return {};
}

QStringList settle(QList<SignUp> &signUps, int capacity)
{
    QList<SignUp *> byOrder;
    for (SignUp &s : signUps)
        byOrder.append(&s);
    std::stable_sort(byOrder.begin(), byOrder.end(),
                     [](const SignUp *a, const SignUp *b) { return a->order < b->order; });
    int taken = 0;
    for (const SignUp *s : byOrder)
        if (s->state == SignUpState::Confirmed)
            taken += s->seats();
    QStringList promoted;
    for (SignUp *s : byOrder) {
        if (s->state != SignUpState::Pending && s->state != SignUpState::Waitlisted)
            continue;
        const bool fits = capacity == 0 || taken + s->seats() <= capacity;
        if (fits) {
            if (s->state == SignUpState::Waitlisted)
                promoted.append(s->id);
            s->state = SignUpState::Confirmed;
            taken += s->seats();
        } else {
            s->state = SignUpState::Waitlisted;
        }
    }
    return promoted;
}

bool promote(QList<SignUp> &signUps, const QString &id, int &capacity)
{
    const auto it =
        std::find_if(signUps.begin(), signUps.end(), [&](const SignUp &s) { return s.id == id; });
    if (it == signUps.end() || it->state != SignUpState::Waitlisted)
        return false;
    int taken = 0;
    for (const SignUp &s : signUps)
        if (s.state == SignUpState::Confirmed)
            taken += s.seats();
    if (capacity > 0 && taken + it->seats() > capacity)
        capacity = taken + it->seats();
    it->state = SignUpState::Confirmed;
    return true;
}

int waitingPlace(const QList<SignUp> &signUps, const QString &id)
{
    const auto it =
        std::find_if(signUps.cbegin(), signUps.cend(), [&](const SignUp &s) { return s.id == id; });
    if (it == signUps.cend() || it->state != SignUpState::Waitlisted)
        return 0;
    int ahead = 0;
    for (const SignUp &s : signUps)
        if (s.state == SignUpState::Waitlisted && s.order < it->order)
            ++ahead;
    return ahead + 1;
}

} // namespace gw::activities
