#include "recordkinds.h"

#include "activitiesfamily.h"
#include "devicesfamily.h"
#include "hoursfamily.h"
#include "hoursrules.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "servicesfamily.h"
#include "signalsfamily.h"

#include <algorithm>

#include <QCoreApplication>
#include <QTimeZone>

namespace gw {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The project and its members: the base every family refers to.

QString projectId(const pb::Change &c)
{
    return q(c.project().id());
}

Audience everyone(const pb::Change &)
{
    return Audience::project();
}

void applyPulledProject(PullContext &ctx, const pb::Change &c)
{
    ProjectRepository(ctx.store).saveProject(wire::fromWire(c.project()));
}

QString memberId(const pb::Change &c)
{
    return q(c.member().id());
}

void redactMember(pb::Change &c, const Member &viewer)
{
    // A member's move-in date, studio and pause are theirs and the beheerder's.
    pb::Member *m = c.mutable_member();
    const Subject subject{q(m->id()), q(m->gang())};
    if (!permits(viewer, Action::ReadMemberTerms, subject)) {
        m->clear_moved_in();
        m->clear_studio();
        m->clear_paused_until();
        m->clear_pauses();
    } else if (!permits(viewer, Action::ReadPauseReason, subject)) {
        for (pb::PausePeriod &p : *m->mutable_pauses())
            p.clear_reason();
    }
    // Talents (asked at intake) are the member's and the beheerder's too.
    if (!permits(viewer, Action::ReadTalents, subject))
        m->clear_talents();
}

void applyPulledMember(PullContext &ctx, const pb::Change &c)
{
    ProjectRepository(ctx.store).saveMember(wire::fromWire(c.member()));
    ctx.members.insert(q(c.member().id()));
}

// The registry rows. A record kind's id is stored in the server's change log: never reuse one.
const QList<RecordKind> kRecordKinds = {
    {1, "project", pb::Change::kProject, true, projectId, everyone, nullptr, applyPulledProject},
    {2, "member", pb::Change::kMember, true, memberId, everyone, redactMember, applyPulledMember},
    {3, "hour_entry", pb::Change::kHourEntry, false, hoursfamily::entryId,
     hoursfamily::entryAudience, nullptr, hoursfamily::applyPulledEntry, false, "hour_entry"},
    {4, "device", pb::Change::kDevice, true, devicesfamily::deviceId, devicesfamily::deviceAudience,
     nullptr, devicesfamily::applyPulledDevice, false, "member_device"},
    {5, "activity", pb::Change::kActivity, true, activitiesfamily::activityId,
     activitiesfamily::activityAudience, activitiesfamily::redactActivity,
     activitiesfamily::applyPulledActivity, false, "activity",
     "activity_organiser.activity_id,activity_attendee.activity_id,"
     "activity_sign_up.activity_id,activity_dispute.activity_id"},
    {6, "service_post", pb::Change::kServicePost, true, servicesfamily::postId,
     servicesfamily::postAudience, servicesfamily::redactPost, servicesfamily::applyPulledPost,
     false, "service_post"},
    {7, "signal", pb::Change::kSignal, true, signalsfamily::signalId, signalsfamily::signalAudience,
     signalsfamily::redactSignal, signalsfamily::applyPulledSignal, true, "signal"},
    {8, "knock_task", pb::Change::kKnockTask, true, signalsfamily::knockId,
     signalsfamily::knockAudience, signalsfamily::redactKnock, signalsfamily::applyPulledKnock,
     false, "knock_task"},
};

const QList<MutationKind> kMutationKinds = {
    {"APPEND_HOUR_ENTRY", QT_TRANSLATE_NOOP("MutationKinds", "Hours you logged"),
     pb::Mutation::kAppendHourEntry, hoursfamily::appendedEntryId, hoursfamily::appendHourEntry},
    {"PAUSE_REQUIREMENT", QT_TRANSLATE_NOOP("MutationKinds", "A pause of someone's hours"),
     pb::Mutation::kPauseRequirement, hoursfamily::pausedMemberId, hoursfamily::pauseRequirement,
     pb::Change::kMember},
    {"REVOKE_DEVICE", QT_TRANSLATE_NOOP("MutationKinds", "A device you disconnected"),
     pb::Mutation::kRevokeDevice, devicesfamily::revokedDeviceId, devicesfamily::revokeDevice,
     pb::Change::kDevice},
    {activitiesfamily::kPlanKind, QT_TRANSLATE_NOOP("MutationKinds", "An activity you planned"),
     pb::Mutation::kPlanActivity, activitiesfamily::plannedActivityId,
     activitiesfamily::planActivity, pb::Change::kActivity},
    {activitiesfamily::kCancelKind, QT_TRANSLATE_NOOP("MutationKinds", "An activity you cancelled"),
     pb::Mutation::kCancelActivity, activitiesfamily::cancelledActivityId,
     activitiesfamily::cancelActivity, pb::Change::kActivity},
    {activitiesfamily::kSignUpKind, QT_TRANSLATE_NOOP("MutationKinds", "Your sign-up"),
     pb::Mutation::kSignUpForActivity, activitiesfamily::signUpActivityId,
     activitiesfamily::signUpForActivity, pb::Change::kActivity},
    {activitiesfamily::kWithdrawKind, QT_TRANSLATE_NOOP("MutationKinds", "Your sign-off"),
     pb::Mutation::kWithdrawSignUp, activitiesfamily::withdrawnActivityId,
     activitiesfamily::withdrawSignUp, pb::Change::kActivity},
    {activitiesfamily::kAttendanceKind,
     QT_TRANSLATE_NOOP("MutationKinds", "Who came, as you marked it"),
     pb::Mutation::kTakeAttendance, activitiesfamily::attendedActivityId,
     activitiesfamily::takeAttendance, pb::Change::kActivity},
    {activitiesfamily::kPromoteKind,
     QT_TRANSLATE_NOOP("MutationKinds", "A place you gave from the waiting list"),
     pb::Mutation::kPromoteSignUp, activitiesfamily::promotedActivityId,
     activitiesfamily::promoteSignUp, pb::Change::kActivity},
    {activitiesfamily::kDisputeKind,
     QT_TRANSLATE_NOOP("MutationKinds", "Your question about your hours"),
     pb::Mutation::kDisputeCredit, activitiesfamily::disputedActivityId,
     activitiesfamily::disputeCredit, pb::Change::kActivity},
    {activitiesfamily::kResolveKind,
     QT_TRANSLATE_NOOP("MutationKinds", "Your answer to a question about hours"),
     pb::Mutation::kResolveDispute, activitiesfamily::resolvedActivityId,
     activitiesfamily::resolveDispute, pb::Change::kActivity},
    {servicesfamily::kPostKind, QT_TRANSLATE_NOOP("MutationKinds", "A request or offer you posted"),
     pb::Mutation::kPostService, servicesfamily::postedId, servicesfamily::postService,
     pb::Change::kServicePost},
    {servicesfamily::kTakeKind, QT_TRANSLATE_NOOP("MutationKinds", "Help you took"),
     pb::Mutation::kTakeService, servicesfamily::takenId, servicesfamily::takeService,
     pb::Change::kServicePost},
    {servicesfamily::kStandInKind, QT_TRANSLATE_NOOP("MutationKinds", "Your offer to stand in"),
     pb::Mutation::kStandInForService, servicesfamily::standInId, servicesfamily::standIn,
     pb::Change::kServicePost},
    {servicesfamily::kReleaseKind, QT_TRANSLATE_NOOP("MutationKinds", "Help you gave back"),
     pb::Mutation::kReleaseService, servicesfamily::releasedId, servicesfamily::releaseService,
     pb::Change::kServicePost},
    {servicesfamily::kWithdrawKind,
     QT_TRANSLATE_NOOP("MutationKinds", "A request or offer you withdrew"),
     pb::Mutation::kWithdrawService, servicesfamily::withdrawnId, servicesfamily::withdrawService,
     pb::Change::kServicePost},
    {servicesfamily::kRenewKind,
     QT_TRANSLATE_NOOP("MutationKinds", "A request or offer you put up again"),
     pb::Mutation::kRenewService, servicesfamily::renewedId, servicesfamily::renewService,
     pb::Change::kServicePost},
    {servicesfamily::kReportKind, QT_TRANSLATE_NOOP("MutationKinds", "Help you reported as done"),
     pb::Mutation::kReportServiceDone, servicesfamily::reportedId, servicesfamily::reportDone,
     pb::Change::kServicePost},
    {servicesfamily::kConfirmKind, QT_TRANSLATE_NOOP("MutationKinds", "Help you confirmed"),
     pb::Mutation::kConfirmService, servicesfamily::confirmedId, servicesfamily::confirmService,
     pb::Change::kServicePost},
    {servicesfamily::kDisputeKind, QT_TRANSLATE_NOOP("MutationKinds", "Your question about help"),
     pb::Mutation::kDisputeService, servicesfamily::disputedId, servicesfamily::disputeService,
     pb::Change::kServicePost},
    {servicesfamily::kSettleKind, QT_TRANSLATE_NOOP("MutationKinds", "Your decision about help"),
     pb::Mutation::kSettleService, servicesfamily::settledId, servicesfamily::settleService,
     pb::Change::kServicePost},
    {servicesfamily::kHideKind, QT_TRANSLATE_NOOP("MutationKinds", "A post you hid"),
     pb::Mutation::kHideService, servicesfamily::hiddenId, servicesfamily::hideService,
     pb::Change::kServicePost},
    {servicesfamily::kSuggestKind, QT_TRANSLATE_NOOP("MutationKinds", "A helper you suggested"),
     pb::Mutation::kSuggestServiceHelper, servicesfamily::suggestedId,
     servicesfamily::suggestHelper, pb::Change::kServicePost},
    {servicesfamily::kMessageKind, QT_TRANSLATE_NOOP("MutationKinds", "Your message"),
     pb::Mutation::kSendServiceMessage, servicesfamily::messagedId, servicesfamily::sendMessage,
     pb::Change::kServicePost},
    {servicesfamily::kTalentsKind, QT_TRANSLATE_NOOP("MutationKinds", "Talents you changed"),
     pb::Mutation::kSetTalents, servicesfamily::talentsMemberId, servicesfamily::setTalents,
     pb::Change::kMember},
    {signalsfamily::kRaiseKind, QT_TRANSLATE_NOOP("MutationKinds", "Your signal to the beheerder"),
     pb::Mutation::kRaiseSignal, signalsfamily::raisedId, signalsfamily::raiseSignal,
     pb::Change::kSignal},
    {signalsfamily::kInfoKind, QT_TRANSLATE_NOOP("MutationKinds", "What you added to a signal"),
     pb::Mutation::kAddSignalInfo, signalsfamily::infoSignalId, signalsfamily::addInfo,
     pb::Change::kSignal},
    {signalsfamily::kReopenKind, QT_TRANSLATE_NOOP("MutationKinds", "A signal you opened again"),
     pb::Mutation::kReopenSignal, signalsfamily::reopenedId, signalsfamily::reopenSignal,
     pb::Change::kSignal},
    {signalsfamily::kStartKind, QT_TRANSLATE_NOOP("MutationKinds", "A signal you started on"),
     pb::Mutation::kStartSignal, signalsfamily::startedId, signalsfamily::startSignal,
     pb::Change::kSignal},
    {signalsfamily::kAnswerKind, QT_TRANSLATE_NOOP("MutationKinds", "Your answer to a signal"),
     pb::Mutation::kAnswerSignal, signalsfamily::answeredId, signalsfamily::answerSignal,
     pb::Change::kSignal},
    {signalsfamily::kCloseKind, QT_TRANSLATE_NOOP("MutationKinds", "A signal you closed"),
     pb::Mutation::kCloseSignal, signalsfamily::closedId, signalsfamily::closeSignal,
     pb::Change::kSignal},
    {signalsfamily::kMergeKind, QT_TRANSLATE_NOOP("MutationKinds", "Signals you put together"),
     pb::Mutation::kMergeSignal, signalsfamily::mergedId, signalsfamily::mergeSignal,
     pb::Change::kSignal},
    {signalsfamily::kNoteKind, QT_TRANSLATE_NOOP("MutationKinds", "Your note on a signal"),
     pb::Mutation::kAddSignalNote, signalsfamily::notedId, signalsfamily::addNote,
     pb::Change::kSignal},
    {signalsfamily::kKnockKind,
     QT_TRANSLATE_NOOP("MutationKinds", "A knock on the door you asked for"),
     pb::Mutation::kAskKnock, signalsfamily::knockAskedId, signalsfamily::askKnock,
     pb::Change::kKnockTask},
    {signalsfamily::kKnockOutcomeKind,
     QT_TRANSLATE_NOOP("MutationKinds", "How your knock on the door went"),
     pb::Mutation::kRecordKnock, signalsfamily::knockRecordedId, signalsfamily::recordKnock,
     pb::Change::kKnockTask},
    {signalsfamily::kOpenKind, QT_TRANSLATE_NOOP("MutationKinds", "A signal you opened"),
     pb::Mutation::kOpenSignal, signalsfamily::openedId, signalsfamily::openSignal},
};

// Work the server does because time passed, not because someone acted.
const QList<TimedWork> kTimedWorks = {
    {"credit_silent_services", servicesfamily::silentCreditDue, servicesfamily::creditSilent},
    {"forget_signals", signalsfamily::forgettingDue, signalsfamily::forgetOnTime},
};

// What a device forgets because time passed.
const QList<DeviceSweep> kDeviceSweeps = {
    {"forget_signals", signalsfamily::sweepDevice},
};

const google::protobuf::FieldDescriptor *recordField(pb::Change::RecordCase wire)
{
    // A oneof case's value is its field number.
    return pb::Change::descriptor()->FindFieldByNumber(int(wire));
}

} // namespace

QDate MutationScope::today() const
{
    const qint64 at = now.toMSecsSinceEpoch();
    if (at != todayForMs || !todayCache.isValid()) {
        todayCache = hours::localDate(now, project.zone());
        todayForMs = at;
    }
    return todayCache;
}

QDate MutationScope::rulesToday(const QDateTime &createdAt) const
{
    const qint64 at = createdAt.toMSecsSinceEpoch();
    if (onServer && restoreLostUntilMs > 0 && at >= restoreLostFromMs && at <= restoreLostUntilMs)
        return std::min(today(), hours::localDate(createdAt, project.zone()));
    return today();
}

Verdict Verdict::invalid(const char *why)
{
    return refuse(QStringLiteral("INVALID"), QString::fromUtf8(why));
}

Verdict Verdict::denied(Action action)
{
    // The table's source text: the server sends it, devices say it in their language
    // (hours::refusalMessage).
    return refuse(QLatin1String(kPermissionDenied), QString::fromUtf8(permission(action).denied));
}

void PullContext::ensureMember(const QString &memberId)
{
    if (members.contains(memberId))
        return;
    Member stub;
    stub.id = memberId;
    stub.projectId = projectId;
    ProjectRepository(store).saveMember(stub);
    members.insert(memberId);
}

const QList<RecordKind> &recordKinds()
{
    return kRecordKinds;
}

const QList<MutationKind> &mutationKinds()
{
    return kMutationKinds;
}

const QList<TimedWork> &timedWorks()
{
    return kTimedWorks;
}

const QList<DeviceSweep> &deviceSweeps()
{
    return kDeviceSweeps;
}

void sweepDevice(Store &store, const Member &me, const Project &project, const QDateTime &now)
{
    for (const DeviceSweep &sweep : kDeviceSweeps)
        sweep.run(store, me, project, now);
}

void sweepDevice(Store &store, const QDateTime &now)
{
    ProjectRepository repo(store);
    const auto me = repo.member(repo.selfMemberId());
    const auto project = me ? repo.project(me->projectId) : std::nullopt;
    if (me && project)
        sweepDevice(store, *me, *project, now);
}

const RecordKind *recordKind(int id)
{
    for (const RecordKind &k : kRecordKinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

const RecordKind *recordKind(pb::Change::RecordCase wire)
{
    for (const RecordKind &k : kRecordKinds)
        if (k.wire == wire)
            return &k;
    return nullptr;
}

const MutationKind *mutationKind(pb::Mutation::BodyCase wire)
{
    for (const MutationKind &k : kMutationKinds)
        if (k.wire == wire)
            return &k;
    return nullptr;
}

const MutationKind *mutationKind(const QString &name)
{
    for (const MutationKind &k : kMutationKinds)
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QString mutationLabel(const QString &name)
{
    const MutationKind *kind = mutationKind(name);
    return kind ? QCoreApplication::translate("MutationKinds", kind->label)
                : QCoreApplication::translate("MutationKinds", "A change");
}

std::string recordPayload(const pb::Change &change)
{
    const auto *field = recordField(change.record_case());
    if (!field)
        return {};
    return change.GetReflection()->GetMessage(change, field).SerializeAsString();
}

bool setRecordPayload(pb::Change &change, const RecordKind &kind, const char *data, int size)
{
    const auto *field = recordField(kind.wire);
    return field &&
           change.GetReflection()->MutableMessage(&change, field)->ParseFromArray(data, size);
}

bool setRecordId(pb::Change &change, const RecordKind &kind, const QString &id)
{
    const auto *field = recordField(kind.wire);
    if (!field)
        return false;
    const auto *idField = field->message_type()->FindFieldByName("id");
    if (!idField || idField->type() != google::protobuf::FieldDescriptor::TYPE_STRING ||
        idField->is_repeated())
        return false;
    google::protobuf::Message *record = change.GetReflection()->MutableMessage(&change, field);
    record->GetReflection()->SetString(record, idField, id.toStdString());
    return true;
}

} // namespace gw
