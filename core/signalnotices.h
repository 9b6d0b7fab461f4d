#pragma once

#include "records.h"
#include "servicenotices.h"

#include <QDateTime>
#include <QList>
#include <QSet>

/// What a device tells about signals through the platform's notifier: a beheerder hears of a new
/// signal that asks for a reaction today; a reporter hears that the beheerder answered; a
/// gangmaker hears that they are asked to knock on a door. A pure planner, like the buurtdiensten
/// notices (same Notice and Plan); the app's SignalNoticeService stores what was told.
///
/// A signal is sensitive: a notice never carries its words, the studio, a name or the category,
/// only that something waits in the app.
namespace gw::signalnotices {

inline constexpr const char *kKeyPrefix = "signal:";
inline constexpr const char *kFamily = "signal";
inline constexpr int kFreshDays = 7;

struct Input
{
    Member me;
    QDateTime now;
    QList<Signal> signalList;
    QList<KnockTask> knockTasks;
    QSet<QString> delivered;
};

servicenotices::Plan plan(const Input &in);

} // namespace gw::signalnotices
