#pragma once

#include "hoursrules.h"

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
};

struct Member
{
    QString id;
    QString projectId;
    QString displayName;
    Role role = Role::Resident;
    QString gang; // the member's corridor; empty when none (a beheerder has none)
    QDate movedIn;
    QDate pausedUntil;
    hours::MemberTerms terms() const { return {movedIn, pausedUntil}; }
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

QString newId(); // a time-ordered UUID (version 7), lower case, no braces

} // namespace gw
