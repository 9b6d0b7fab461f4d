#pragma once

#include "activitiesrules.h"
#include "hoursrules.h"
#include "servicesrules.h"
#include "signalsrules.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

/// Plain record types, as stored and as synced. Every id is a UUID made by the creating device.
namespace gw {

enum class Role { Resident, Gangmaker, Beheerder };
QString roleName(Role r); // "RESIDENT" | "GANGMAKER" | "BEHEERDER"
std::optional<Role> roleFromName(const QString &name);

struct Project
{
    QString id;
    QString name;
    QString timeZone = QStringLiteral("Europe/Amsterdam");
    hours::Requirement requirement{10 * 60, hours::Period::Month};
    int backdatingDays = hours::kDefaultBackdatingDays;
    QStringList categories = hours::defaultCategories();
    QString beheerderContact;
    QString emergencyNumber;
    QString officeHours;
    QList<activities::Place> places; // where activities happen, in display order
    QStringList serviceCategories;   // buurtdiensten categories; empty: services' defaults
    int serviceExpiryDays = services::kDefaultExpiryDays;
    signalrules::Settings signalSettings; // office hours, reaction times, retention
    /// The buurtdiensten categories in use (the project's, or core's defaults).
    QStringList serviceCategoryKeys() const;
    const activities::Place *place(const QString &id) const;
    /// Its time zone, in which days, weeks and activity times are read (UTC if unknown here).
    QTimeZone zone() const;
};

/// One period in which a member's requirement is paused (DESIGN.md "RequirementPause").
struct PausePeriod
{
    QDate from;
    QDate until;     // inclusive; before `from` when the pause was lifted on its first day
    QString setBy;   // the beheerder's member id
    QDateTime setAt; // UTC
    QString reason;  // beheerders only
    bool contains(QDate d) const { return d >= from && d <= until; }
    bool operator==(const PausePeriod &) const = default;
};

struct Member
{
    QString id;
    QString projectId;
    QString displayName;
    Role role = Role::Resident;
    QString gang;   // the member's corridor; empty when none (a beheerder has none)
    QString studio; // door number ("2.14"); the member's and the beheerders' only
    QDate movedIn;
    QDate pausedUntil; // end of the pause current when the record last changed (display only)
    QList<PausePeriod> pauses; // oldest first
    QStringList talents;       // service category keys; the member's and the beheerders' only
    /// The pause that covers @p day, if any.
    const PausePeriod *pauseOn(QDate day) const;
    hours::MemberTerms terms() const;
};

enum class EntrySource { Manual, Activity, Service };

/// One line of the append-only hours ledger. A correction is a new entry whose `corrects`
/// names the entry it replaces; with `voids` set it replaces it by nothing.
struct HourEntry
{
    QString id;
    QString memberId;
    QDate day;
    int minutes = 0;
    QString category;
    QString note;
    EntrySource source = EntrySource::Manual;
    QString sourceId;
    QString corrects;
    bool voids = false;
    QDateTime createdAt; // UTC
};

/// A request or offer of small help (core/servicesrules.h): the whole record, as it travels.
using ServicePost = services::Post;
using Signal = signalrules::Signal;
using KnockTask = signalrules::KnockTask;

/// A device a member enrolled, as its member and the beheerders see it. The server writes it
/// (enrolment, the first sync of a day, revocation); the token stays on the server.
struct DeviceRecord
{
    QString id;
    QString memberId;
    QString name;
    QDateTime enrolledAt; // UTC
    QDate lastSyncDay;    // project time zone; invalid: never synced
    QDateTime revokedAt;  // UTC; invalid while connected
    QString revokedBy;    // member id; empty when revoked from the server's command line
    bool isConnected() const { return !revokedAt.isValid(); }
    bool operator==(const DeviceRecord &) const = default;
};

/// An activity in a common room or the central hall (DESIGN.md "Activity"). The server keeps
/// the sign-ups in its order and the counts; a device holds what it may see of them (its
/// member's own sign-up, or all of them for an organiser).
struct Activity
{
    QString id;
    QString projectId;
    QString title;
    QString description;
    QString placeId;
    QDateTime start; // UTC
    QDateTime end;
    int capacity = 0;         // 0 = no limit
    QDateTime signUpDeadline; // invalid = until the start
    bool countsAsHours = false;
    int creditMinutes = 0;
    QString gang; // empty = the whole project; fixed once planned
    QStringList organiserIds;
    activities::Status status = activities::Status::Planned;
    QString cancelReason;
    int placesTaken = 0;               // the server's count of confirmed places
    int waitingCount = 0;              // the server's count of people waiting
    QList<activities::SignUp> signUps; // in server order; pending ones (order 0) last
    QString createdBy;
    QDateTime changedAt;     // UTC, on the server
    QStringList attendeeIds; // who came, as the organisers marked them
    // A date of a series (activities::seriesDates): the series' first date's id, this date's
    // place in it, and how the series repeats from here. Empty / 0 / None for a single one.
    QString seriesId;
    int seriesIndex = 0;
    activities::Repeat repeat = activities::Repeat::None;
    QDate repeatUntil;
    QString cancelCode;                  // "SERIES_CHANGED" when a change of its series left it out
    QList<activities::Dispute> disputes; // questions about credited hours, oldest first

    activities::ActivityDraft draft() const;
    activities::ActivityFacts facts() const;
    activities::Booking booking() const;
    bool organisedBy(const QString &memberId) const { return organiserIds.contains(memberId); }
    /// The active sign-up @p memberId is in (as the one signing up or the companion), if any.
    const activities::SignUp *signUpOf(const QString &memberId) const;
    bool operator==(const Activity &) const = default;
};

QString newId(); // a time-ordered UUID (version 7), lower case, no braces

} // namespace gw
