#pragma once

#include "records.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

/// Reminders for what a member signed up for (issue 8), decided by one pure function so that
/// the rule can be read and tested in one place; ReminderService (app/) runs it and hands what
/// is due to the platform's Notifier.
///
/// The rule:
/// - Day before: from 18:00 (project time zone) on the evening before the day the activity
///   starts, for a confirmed place (also as someone's companion). Evening, because that is when
///   people plan their next day, and early enough to sign off and free the place.
/// - Hour before: from one hour before the start.
/// - A moment that passed while the app was closed (or the phone asleep) still fires once, the
///   next time the planner runs, as long as the activity has not started. The day-before one is
///   dropped once the hour-before one is due (one card, not two at once), and it says "today"
///   instead of "tomorrow" when it arrives on the day itself. A day-before moment that was
///   already past when the sign-up reached the server is skipped: who signs up at 21:00 for
///   tomorrow needs no reminder of what they just did.
/// - Promotion ("you have a place now"): the member's sign-up was last seen waiting and is now
///   confirmed. What was last seen is stored with the device (ReminderRepository), not kept in
///   memory, so a promotion pulled while the app was closed is still told.
/// - Cancellation: an activity the member was signed up for (with a place or waiting) is
///   cancelled before it started.
/// - Nothing for activities that have started, for sign-ups that were withdrawn, for waiting or
///   not yet confirmed sign-ups (no place to remind of), or for what an organiser organises.
///
/// Each reminder has a key, stored once it was handed to the notifier, so it is delivered once.
/// The time-based keys carry the start: an activity that is moved is reminded of again, at its
/// new time.
///
/// Texts never name another resident (a notification can show on a lock screen): the
/// activity's title, its time and place only. The organiser's reason for a cancellation is
/// left out for the same reason (it is free text and may name someone); the app shows it.
namespace gw::reminders {

enum class Kind { DayBefore, HourBefore, Promoted, Cancelled };

/// The hour (project time zone) of the day before from which the day-before reminder is due.
inline constexpr int kDayBeforeHour = 18;
/// How long before the start the hour-before reminder is due.
inline constexpr int kHourBeforeSeconds = 60 * 60;

struct Reminder
{
    QString key; // stable: activity id, kind, and the start or sign-up it is about
    Kind kind = Kind::DayBefore;
    QString activityId;
    QString title; // worded in the current language (tr, English source)
    QString body;
    bool operator==(const Reminder &) const = default;
};

/// The member's own sign-up in an activity as the device last saw it.
struct SeenSignUp
{
    QString signUpId;
    activities::SignUpState state = activities::SignUpState::Pending;
    bool operator==(const SeenSignUp &) const = default;
};

struct Input
{
    QString memberId;
    QDateTime now;
    QTimeZone zone;                     // the project's
    QList<Activity> activities;         // what the device holds that has not ended
    QHash<QString, QString> placeNames; // place id → name
    QSet<QString> delivered;            // keys already handed to the notifier
    QHash<QString, SeenSignUp> seen;    // activity id → own sign-up as last seen
};

struct Plan
{
    QList<Reminder> due;             // deliver now, in start order
    QList<Reminder> covered;         // taken as told without a card of their own (a promotion
                                     // due at the same time said it)
    QHash<QString, SeenSignUp> seen; // store as what was last seen (replaces the old)
    QDateTime next;                  // the next moment something may become due; invalid: none
};

/// When the day-before reminder of an activity starting at @p start is due.
QDateTime dayBeforeMoment(const QDateTime &start, const QTimeZone &zone);
/// The reminder's key for @p kind about @p a (@p signUpId for a promotion).
QString keyFor(Kind kind, const Activity &a, const QString &signUpId = {});
/// What is due at @p input.now, what to remember as seen, and when to look again.
Plan plan(const Input &input);

} // namespace gw::reminders
