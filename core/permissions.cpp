#include "permissions.h"

#include <QCoreApplication>

namespace gw {

namespace {

constexpr Scope N = Scope::None;
constexpr Scope O = Scope::Own;
constexpr Scope G = Scope::OwnGang;
constexpr Scope P = Scope::Project;

// clang-format off
const QList<Permission> kTable = {
    //  action                          QML name               res gm beh  refused with
    {Action::LogHours,             "logHours",             O, O, P, QT_TRANSLATE_NOOP("Permissions", "You can only log your own hours.")},
    {Action::CreditHours,          "creditHours",          N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only a beheerder can credit hours for an activity or a service.")},
    {Action::ReadAllHours,         "readAllHours",         N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder sees everyone's hours.")},
    {Action::PauseRequirement,     "pauseRequirement",     N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only a beheerder can pause a requirement.")},
    {Action::ReadMemberTerms,      "readMemberTerms",      O, O, P, QT_TRANSLATE_NOOP("Permissions", "Only the member and the beheerder see this.")},
    {Action::ReadPauseReason,      "readPauseReason",      N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder sees the reason for a pause.")},
    {Action::ReadGangRecords,      "readGangRecords",      G, G, P, QT_TRANSLATE_NOOP("Permissions", "This is only for the people of that corridor.")},
    {Action::ReadMemberRecords,    "readMemberRecords",    O, O, P, QT_TRANSLATE_NOOP("Permissions", "Only the member and the beheerder see this.")},
    {Action::ReadBeheerderRecords, "readBeheerderRecords", N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder sees this.")},
    {Action::CreateActivity,       "createActivity",       N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only a gangmaker or the beheerder can plan an activity here.")},
    {Action::EditActivity,         "editActivity",         N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only a gangmaker of this corridor or the beheerder can change this activity.")},
    {Action::CancelActivity,       "cancelActivity",       N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only a gangmaker of this corridor or the beheerder can cancel this activity.")},
    {Action::SeeAttendeeNames,     "seeAttendeeNames",     N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only the organisers see who signed up.")},
    {Action::TakeAttendance,       "takeAttendance",       N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only the organisers can take attendance.")},
    {Action::PromoteFromWaitlist,  "promoteFromWaitlist",  N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only the organisers can give someone a place from the waiting list.")},
    {Action::SignUp,               "signUp",               O, O, P, QT_TRANSLATE_NOOP("Permissions", "You can only sign yourself up or off.")},
    {Action::SignUpTogether,       "signUpTogether",       G, G, P, QT_TRANSLATE_NOOP("Permissions", "You can only come together with a neighbour from your corridor.")},
    {Action::DisputeCredit,        "disputeCredit",        O, O, P, QT_TRANSLATE_NOOP("Permissions", "You can only ask about your own hours.")},
    {Action::ResolveCreditDispute, "resolveCreditDispute", N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only the organisers or the beheerder can answer a question about hours.")},
    {Action::PostServiceRequest,   "postServiceRequest",   O, O, P, QT_TRANSLATE_NOOP("Permissions", "You can only ask or offer help for yourself.")},
    {Action::PostOnBehalf,         "postOnBehalf",         N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only a gangmaker or the beheerder can ask for help for a neighbour.")},
    {Action::TakeServiceRequest,   "takeServiceRequest",   P, P, P, QT_TRANSLATE_NOOP("Permissions", "You cannot take this request.")},
    {Action::ReportServiceDone,    "reportServiceDone",    O, O, P, QT_TRANSLATE_NOOP("Permissions", "Only the helper can report this help as done.")},
    {Action::ConfirmServiceHelp,   "confirmServiceHelp",   O, G, P, QT_TRANSLATE_NOOP("Permissions", "Only the person who asked can confirm this help.")},
    {Action::HideServicePost,      "hideServicePost",      N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can hide a post.")},
    {Action::SettleServiceDispute, "settleServiceDispute", N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can settle this.")},
    {Action::ReadTalents,          "readTalents",          O, O, P, QT_TRANSLATE_NOOP("Permissions", "Only the member and the beheerder see these talents.")},
    {Action::EditTalents,          "editTalents",          N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can change talents.")},
    {Action::SuggestServiceHelper, "suggestServiceHelper", N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can suggest a helper.")},
    {Action::RaiseSignal,          "raiseSignal",          O, O, P, QT_TRANSLATE_NOOP("Permissions", "You can only send a signal in your own name.")},
    {Action::RaiseSignalOnBehalf,  "raiseSignalOnBehalf",  N, G, P, QT_TRANSLATE_NOOP("Permissions", "Only a gangmaker can send a signal for a neighbour.")},
    {Action::ReadSignal,           "readSignal",           O, O, P, QT_TRANSLATE_NOOP("Permissions", "Only the person who sent this signal and the beheerder see it.")},
    {Action::AddSignalInfo,        "addSignalInfo",        O, O, P, QT_TRANSLATE_NOOP("Permissions", "Only the person who sent this signal can add to it.")},
    {Action::ReopenSignal,         "reopenSignal",         O, O, P, QT_TRANSLATE_NOOP("Permissions", "Only the person who sent this signal can open it again.")},
    {Action::TriageSignal,         "triageSignal",         N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can handle a signal.")},
    {Action::ReadSignalNotes,      "readSignalNotes",      N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder sees notes on a signal.")},
    {Action::AddSignalNote,        "addSignalNote",        N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can write notes on a signal.")},
    {Action::CreateKnockTask,      "createKnockTask",      N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can ask for a knock on the door.")},
    {Action::ReadKnockTask,        "readKnockTask",        N, O, P, QT_TRANSLATE_NOOP("Permissions", "This task is for someone else.")},
    {Action::CreateInvite,         "createInvite",         N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can invite people.")},
    {Action::RevokeDevice,         "revokeDevice",         N, N, P, QT_TRANSLATE_NOOP("Permissions", "Only the beheerder can disconnect a device.")},
};
// clang-format on

} // namespace

const QList<Permission> &permissionTable()
{
    return kTable;
}

const Permission &permission(Action action)
{
    // The table lists the actions in their declared order (tst_recordkinds checks it).
    return kTable.at(int(action));
}

std::optional<Action> actionFromName(const QString &name)
{
    for (const Permission &p : kTable)
        if (name == QLatin1String(p.name))
            return p.action;
    return std::nullopt;
}

Scope scopeOf(Role role, Action action)
{
    const Permission &p = permission(action);
    switch (role) {
    case Role::Resident:
        return p.resident;
    case Role::Gangmaker:
        return p.gangmaker;
    case Role::Beheerder:
        return p.beheerder;
    }
    return Scope::None;
}

bool permits(const Member &actor, Action action, const Subject &subject)
{
    switch (scopeOf(actor.role, action)) {
    case Scope::None:
        return false;
    case Scope::Own:
        return !actor.id.isEmpty() && subject.memberId == actor.id;
    case Scope::OwnGang:
        return (!actor.id.isEmpty() && subject.memberId == actor.id) ||
               (!actor.gang.isEmpty() && subject.gang == actor.gang);
    case Scope::Project:
        return true;
    }
    return false;
}

bool mayEver(const Member &actor, Action action)
{
    return scopeOf(actor.role, action) != Scope::None;
}

QString deniedMessage(Action action)
{
    return QCoreApplication::translate("Permissions", permission(action).denied);
}

} // namespace gw
