#pragma once

#include "records.h"

#include <QList>
#include <QString>

#include <optional>

/// Who may do what (DESIGN.md "Who sees what"), as one table: role × action → scope. It is the
/// only place a role rule is written. The server authorises every mutation and every pulled
/// change with it, the services check it before they store anything, and QML asks it what to
/// offer (`App.context.can.pauseRequirement`).
namespace gw {

/// How far an action reaches for one role.
enum class Scope {
    None,    // never
    Own,     // only what is the member's own (their hours, their sign-up, their signal)
    OwnGang, // the member's own and anything of their gang (corridor)
    Project, // anything in the member's project
};

/// Everything a member can be allowed to do. The numbers are not stored or sent: add anywhere.
enum class Action {
    // Hours
    LogHours,         // append or correct an hour entry
    CreditHours,      // an entry credited for an activity or service (not typed in)
    ReadAllHours,     // every member's hours and where they stand (the Residents overview)
    PauseRequirement, // set, change or lift a member's pause
    ReadMemberTerms,  // a member's move-in date and pause
    ReadPauseReason,
    // Records addressed to an audience (what Pull may return)
    ReadGangRecords,      // records for one gang
    ReadMemberRecords,    // records for one member and the beheerders (hours, signals)
    ReadBeheerderRecords, // records for the beheerders only (internal notes)
    // Activities
    CreateActivity, // in a gang (OwnGang) or for the whole project (Project)
    EditActivity,
    CancelActivity,
    SeeAttendeeNames,
    TakeAttendance,
    PromoteFromWaitlist,
    SignUp, // sign up or withdraw
    SignUpTogether,
    DisputeCredit,        // ask to check the hours credited for an activity
    ResolveCreditDispute, // answer such a question (accept: the hours are corrected)
    // Buurtdiensten
    PostServiceRequest,
    PostOnBehalf,
    TakeServiceRequest,
    ReportServiceDone,
    ConfirmServiceHelp,
    HideServicePost,
    SettleServiceDispute,
    ReadTalents,
    EditTalents,
    SuggestServiceHelper,
    // Signals
    RaiseSignal,
    RaiseSignalOnBehalf,
    ReadSignal,
    AddSignalInfo,
    ReopenSignal,
    TriageSignal, // triage, answer, merge, close
    ReadSignalNotes,
    AddSignalNote,
    CreateKnockTask,
    ReadKnockTask,
    // Administration
    CreateInvite,
    RevokeDevice,
};

/// One row of the table.
struct Permission
{
    Action action;
    const char *name; // as QML names it: "pauseRequirement"
    Scope resident;
    Scope gangmaker;
    Scope beheerder;
    const char *denied; // English source (context "Permissions") shown when refused
};

/// What an action is done to or read from: whose it is and which gang it belongs to (empty:
/// the whole project). The caller has checked that it is in the actor's project.
struct Subject
{
    QString memberId;
    QString gang;
    static Subject member(const Member &m) { return {m.id, m.gang}; }
};

/// Every row, in the order above.
const QList<Permission> &permissionTable();
const Permission &permission(Action action);
std::optional<Action> actionFromName(const QString &name);

Scope scopeOf(Role role, Action action);
/// True when @p actor may do @p action to @p subject.
bool permits(const Member &actor, Action action, const Subject &subject);
/// True when @p actor may do @p action to anything at all (what a screen offers).
bool mayEver(const Member &actor, Action action);
/// The refusal's words for @p action, in the user's language (the server sends the source).
QString deniedMessage(Action action);

/// The reason code a refused action carries on the wire.
inline constexpr const char *kPermissionDenied = "PERMISSION_DENIED";

} // namespace gw
