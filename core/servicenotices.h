#pragma once

#include "records.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

/// What a member's device tells them about buurtdiensten, through the platform's notifier
/// (the activities' reminders do the same for activities): their request was taken; the helper
/// says it is done (please confirm); their help was counted as hours; their request expired
/// (renew it?); a new message; the beheerder suggests they could help; and for the gangmakers
/// of its corridor and the beheerders, a request nobody took for two days. A pure planner: the
/// app's ServiceNoticeService stores what was told and shows what is due.
///
/// Lock screens are read by others: a notice never carries a name, the post's words or a
/// message's text, only what happened ("You have a new message about a request for help").
namespace gw::servicenotices {

/// Every notice's key starts with this; the told keys are kept in the reminders' table under
/// this family (ReminderRepository), apart from the activities' reminders.
inline constexpr const char *kKeyPrefix = "service:";
inline constexpr const char *kFamily = "service";
/// Events older than this are not told any more (a first sync of a device brings history).
inline constexpr int kFreshDays = 7;

struct Notice
{
    QString key;    // "service:<post>:<event>[:<id>]": told once per device
    QString postId; // a newer notice about the same post replaces the older one
    QString title;
    QString body;
    bool operator==(const Notice &) const = default;
};

struct Input
{
    Member me;
    QDateTime now;
    QList<ServicePost> posts;
    QSet<QString> delivered;
};

struct Plan
{
    QList<Notice> due;     // to show now
    QList<Notice> covered; // happened too long ago: remembered as told, never shown
    QDateTime next;        // when something becomes due by time (an expiry, two days untaken)
};

Plan plan(const Input &in);

} // namespace gw::servicenotices
