// The registry of synced record families and the permission table they are decided with: every
// record and mutation the protocol can carry has exactly one registered kind, every record kind
// travels through the change log's payload unchanged and names its id and audience, the table
// lists every action once in declared order, and permits() and the audience keys mean what
// DESIGN.md "Who sees what" says.
#include "activitiesfamily.h"
#include "audience.h"
#include "hoursfamily.h"
#include "permissions.h"
#include "recordcodec.h"
#include "recordkinds.h"
#include "servicesfamily.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace gw;

Q_DECLARE_METATYPE(gw::Action)
Q_DECLARE_METATYPE(gw::Scope)
Q_DECLARE_METATYPE(gw::Role)

namespace {

const google::protobuf::OneofDescriptor *oneof(const google::protobuf::Descriptor *message,
                                               const char *name)
{
    for (int i = 0; i < message->oneof_decl_count(); ++i)
        if (std::string(message->oneof_decl(i)->name()) == name)
            return message->oneof_decl(i);
    return nullptr;
}

// The fields of @p m left at their default (unset, in proto3).
QStringList unsetFields(const google::protobuf::Message &m)
{
    QStringList out;
    const auto *d = m.GetDescriptor();
    for (int i = 0; i < d->field_count(); ++i) {
        const auto *f = d->field(i);
        const bool set = f->is_repeated() ? m.GetReflection()->FieldSize(m, f) > 0
                                          : m.GetReflection()->HasField(m, f);
        if (!set)
            out.append(QString::fromStdString(std::string(f->name())));
    }
    return out;
}

// Every field of a record, so that a comparison shows which one differs.
QStringList fields(const Project &p)
{
    return {"id=" + p.id,
            "name=" + p.name,
            "timeZone=" + p.timeZone,
            "requirement=" + p.requirement.toString(),
            "backdatingDays=" + QString::number(p.backdatingDays),
            "categories=" + p.categories.join(QLatin1Char('|')),
            "beheerderContact=" + p.beheerderContact,
            "emergencyNumber=" + p.emergencyNumber,
            "officeHours=" + p.officeHours,
            "serviceCategories=" + p.serviceCategories.join(QLatin1Char('|')),
            "serviceExpiryDays=" + QString::number(p.serviceExpiryDays),
            "signalSettings=" +
                [&] {
                    const signalrules::Settings &st = p.signalSettings;
                    QStringList days;
                    for (int d : st.officeDays)
                        days.append(QString::number(d));
                    return days.join(QLatin1Char(',')) + QStringLiteral(" %1-%2 %3/%4 %5/%6")
                                                             .arg(st.opensMinute)
                                                             .arg(st.closesMinute)
                                                             .arg(st.todayMinutes)
                                                             .arg(st.canWaitMinutes)
                                                             .arg(st.retentionMonths)
                                                             .arg(st.identityMonths);
                }(),
            "places=" +
                [&] {
                    QStringList out;
                    for (const activities::Place &pl : p.places)
                        out.append(pl.id + "/" + pl.name + "/" + pl.gang);
                    return out.join(QLatin1Char('|'));
                }()};
}

QStringList fields(const Activity &a)
{
    const auto t = [](const QDateTime &d) { return d.toString(Qt::ISODateWithMs); };
    QStringList out = {"id=" + a.id,
                       "title=" + a.title,
                       "description=" + a.description,
                       "placeId=" + a.placeId,
                       "start=" + t(a.start),
                       "end=" + t(a.end),
                       "capacity=" + QString::number(a.capacity),
                       "deadline=" + t(a.signUpDeadline),
                       "counts=" + QString::number(a.countsAsHours),
                       "credit=" + QString::number(a.creditMinutes),
                       "gang=" + a.gang,
                       "organisers=" + a.organiserIds.join(QLatin1Char('|')),
                       "status=" + QString::number(int(a.status)),
                       "cancelReason=" + a.cancelReason,
                       "placesTaken=" + QString::number(a.placesTaken),
                       "waiting=" + QString::number(a.waitingCount),
                       "createdBy=" + a.createdBy,
                       "changedAt=" + t(a.changedAt),
                       "attendees=" + a.attendeeIds.join(QLatin1Char('|')),
                       "series=" + a.seriesId + '#' + QString::number(a.seriesIndex),
                       "repeat=" + QString::number(int(a.repeat)) + ' ' +
                           a.repeatUntil.toString(Qt::ISODate),
                       "cancelCode=" + a.cancelCode};
    for (const activities::SignUp &s : a.signUps)
        out.append(QStringLiteral("signUp=%1 %2+%3 %4 #%5 w%6 %7 %8")
                       .arg(s.id, s.memberId, s.companionId)
                       .arg(int(s.state))
                       .arg(s.order)
                       .arg(s.waitingPlace)
                       .arg(t(s.receivedAt), t(s.changedAt)));
    for (const activities::Dispute &d : a.disputes)
        out.append(QStringLiteral("dispute=%1 %2 %3 %4m %5 s%6 %7 %8 %9 %10")
                       .arg(d.id, d.memberId, d.entryId)
                       .arg(d.minutes)
                       .arg(d.reason)
                       .arg(int(d.state))
                       .arg(d.answer, d.resolvedBy, t(d.createdAt), t(d.resolvedAt)));
    return out;
}

QStringList fields(const Member &m)
{
    return {"id=" + m.id,
            "projectId=" + m.projectId,
            "displayName=" + m.displayName,
            "role=" + roleName(m.role),
            "gang=" + m.gang,
            "studio=" + m.studio,
            "movedIn=" + m.movedIn.toString(Qt::ISODate),
            "pausedUntil=" + m.pausedUntil.toString(Qt::ISODate),
            "talents=" + m.talents.join(QLatin1Char('|')),
            "pauses=" + [&] {
                QStringList out;
                for (const PausePeriod &p : m.pauses)
                    out.append(p.from.toString(Qt::ISODate) + ".." + p.until.toString(Qt::ISODate) +
                               " by " + p.setBy + " at " + p.setAt.toString(Qt::ISODateWithMs) +
                               ": " + p.reason);
                return out.join(QLatin1Char('|'));
            }()};
}

QStringList fields(const HourEntry &e)
{
    return {"id=" + e.id,
            "memberId=" + e.memberId,
            "day=" + e.day.toString(Qt::ISODate),
            "minutes=" + QString::number(e.minutes),
            "category=" + e.category,
            "note=" + e.note,
            "source=" + QString::number(int(e.source)),
            "sourceId=" + e.sourceId,
            "corrects=" + e.corrects,
            "voids=" + QString::number(e.voids),
            "createdAt=" + e.createdAt.toString(Qt::ISODateWithMs),
            "utcOffset=" + QString::number(e.createdAt.offsetFromUtc())};
}

QStringList fields(const DeviceRecord &d)
{
    return {"id=" + d.id,
            "memberId=" + d.memberId,
            "name=" + d.name,
            "enrolledAt=" + d.enrolledAt.toString(Qt::ISODateWithMs),
            "lastSyncDay=" + d.lastSyncDay.toString(Qt::ISODate),
            "revokedAt=" + d.revokedAt.toString(Qt::ISODateWithMs),
            "revokedBy=" + d.revokedBy};
}

QStringList fields(const ServicePost &p)
{
    const auto t = [](const QDateTime &d) { return d.toString(Qt::ISODateWithMs); };
    QStringList out = {"id=" + p.id,
                       "kind=" + QString::number(int(p.kind)),
                       "category=" + p.category,
                       "text=" + p.text,
                       "when=" + t(p.whenFrom) + ".." + t(p.whenUntil),
                       "estimate=" + QString::number(p.estimateMinutes),
                       "gang=" + p.gang,
                       "asker=" + p.askerId,
                       "helper=" + p.helperId,
                       "postedBy=" + p.postedBy,
                       "onBehalf=" + QString::number(p.onBehalf),
                       "state=" + QString::number(int(p.state)),
                       "posted=" + t(p.postedAt),
                       "expires=" + t(p.expiresAt),
                       "taken=" + t(p.takenAt),
                       "repeat=" + QString::number(int(p.repeat)) + ' ' +
                           p.repeatUntil.toString(Qt::ISODate),
                       "hidden=" + p.hiddenReason + '/' + p.hiddenBy,
                       "standIns=" + p.standInIds.join(QLatin1Char('|')),
                       "suggested=" + p.suggestedHelperId,
                       "changed=" + t(p.changedAt)};
    for (const services::Occurrence &o : p.occurrences)
        out.append(
            QStringLiteral("occurrence=%1 %2 %3 %4m '%5' %6 s%7 %8m %9 %10 %11 '%12' '%13'")
                .arg(o.id, o.day.toString(Qt::ISODate), o.helperId)
                .arg(o.reportedMinutes)
                .arg(o.reportNote, t(o.reportedAt))
                .arg(int(o.state))
                .arg(o.confirmedMinutes)
                .arg(o.confirmedBy, t(o.confirmedAt), o.entryId, o.disputeReason, o.decisionNote));
    for (const services::Message &m : p.messages)
        out.append(QStringLiteral("message=%1 %2 %3 '%4' %5")
                       .arg(m.id, m.authorId, m.helperId, m.text, t(m.sentAt)));
    return out;
}

QStringList fields(const Signal &sig)
{
    const auto t = [](const QDateTime &d) { return d.toString(Qt::ISODateWithMs); };
    QStringList out = {"id=" + sig.id,
                       "category=" + QString::number(int(sig.category)),
                       "urgency=" + QString::number(int(sig.urgency)),
                       "text=" + sig.text,
                       "studio=" + sig.studio,
                       "place=" + sig.place,
                       "since=" + sig.since.toString(Qt::ISODate),
                       "reporter=" + sig.reporterId,
                       "onBehalf=" + QString::number(sig.onBehalf),
                       "state=" + QString::number(int(sig.state)),
                       "outcome=" + QString::number(int(sig.outcome)),
                       "mergedInto=" + sig.mergedInto,
                       "times=" + t(sig.raisedAt) + " " + t(sig.receivedAt) + " " + t(sig.dueAt) +
                           " " + t(sig.closedAt) + " " + t(sig.reopenedAt) + " " + t(sig.changedAt),
                       "handledBy=" + sig.handledBy,
                       "gang=" + sig.gang};
    for (const auto *list : {&sig.answers, &sig.infos, &sig.notes})
        for (const signalrules::Text &x : *list)
            out.append(QStringLiteral("text=%1 %2 '%3' %4").arg(x.id, x.authorId, x.text, t(x.at)));
    return out;
}

QStringList fields(const KnockTask &k)
{
    const auto t = [](const QDateTime &d) { return d.toString(Qt::ISODateWithMs); };
    return {"id=" + k.id,
            "signal=" + k.signalId,
            "gangmaker=" + k.gangmakerId,
            "studio=" + k.studio,
            "day=" + k.day.toString(Qt::ISODate),
            "askedBy=" + k.askedBy,
            "askedAt=" + t(k.askedAt),
            "outcome=" + QString::number(int(k.outcome)),
            "doneAt=" + t(k.doneAt),
            "changedAt=" + t(k.changedAt)};
}

// The record inside a change, decoded, as fields.
QStringList fields(const pb::Change &c)
{
    switch (c.record_case()) {
    case pb::Change::kProject:
        return fields(wire::fromWire(c.project()));
    case pb::Change::kMember:
        return fields(wire::fromWire(c.member()));
    case pb::Change::kHourEntry:
        return fields(wire::fromWire(c.hour_entry()));
    case pb::Change::kDevice:
        return fields(wire::fromWire(c.device()));
    case pb::Change::kActivity:
        return fields(wire::fromWire(c.activity()));
    case pb::Change::kServicePost:
        return fields(wire::fromWire(c.service_post()));
    case pb::Change::kSignal:
        return fields(wire::fromWire(c.signal()));
    case pb::Change::kKnockTask:
        return fields(wire::fromWire(c.knock_task()));
    case pb::Change::RECORD_NOT_SET:
        break;
    }
    return {};
}

Project sampleProject()
{
    Project p;
    p.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
    p.name = QStringLiteral("Hof van Twaalf");
    p.timeZone = QStringLiteral("Europe/Amsterdam");
    p.requirement = {4 * 60, hours::Period::Week};
    p.backdatingDays = 30;
    p.categories = {QStringLiteral("buurtdienst"), QStringLiteral("taal en les"),
                    QStringLiteral("café")};
    p.beheerderContact = QStringLiteral("Inge de Vries, inge@example.org");
    p.emergencyNumber = QStringLiteral("088 123 45 67");
    p.officeHours = QStringLiteral("ma–vr 9:00–17:00");
    p.serviceCategories = {QStringLiteral("groceries"), QStringLiteral("bike_repair")};
    p.serviceExpiryDays = 10;
    p.signalSettings = {{1, 2, 3, 4, 6}, 8 * 60 + 30, 16 * 60, 180, 600, 9, 2};
    p.places = {{QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-0000000091a2"),
                 QStringLiteral("Huiskamer gang 2"), QStringLiteral("Gang 2")},
                {QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-0000000091a0"),
                 QStringLiteral("Centrale hal"), QString()}};
    return p;
}

Member sampleMember(const QString &gang)
{
    Member m;
    m.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000a001");
    m.projectId = sampleProject().id;
    m.displayName = QStringLiteral("Samira El Idrissi");
    m.role = Role::Gangmaker;
    m.gang = gang;
    m.studio = QStringLiteral("2.14");
    m.talents = {QStringLiteral("language"), QStringLiteral("ict")};
    m.movedIn = QDate(2025, 11, 12);
    m.pausedUntil = QDate(2026, 3, 31);
    m.pauses = {{QDate(2026, 1, 5), QDate(2026, 1, 20),
                 QStringLiteral("0190a1b2-0000-7000-8000-0000000000be"),
                 QDateTime(QDate(2026, 1, 5), QTime(9, 30, 0, 250), QTimeZone::utc()),
                 QStringLiteral("na de verhuizing")},
                {QDate(2026, 3, 2), QDate(2026, 3, 31),
                 QStringLiteral("0190a1b2-0000-7000-8000-0000000000be"),
                 QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()),
                 QStringLiteral("even rust")}};
    return m;
}

HourEntry sampleEntry()
{
    HourEntry e; // every field set, none at its default
    e.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000e001");
    e.memberId = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000a001");
    e.day = QDate(2026, 2, 28);
    e.minutes = 95;
    e.category = QStringLiteral("activiteit");
    e.note = QStringLiteral("Samen koken — مرحبا 🍲");
    e.source = EntrySource::Activity;
    e.sourceId = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000ac01");
    e.corrects = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000e000");
    e.voids = true;
    e.createdAt = QDateTime(QDate(2026, 3, 1), QTime(17, 5, 9, 123), QTimeZone::utc());
    return e;
}

const QString kAnna = QStringLiteral("0190a1b2-0000-7000-8000-00000000000a");
const QString kBram = QStringLiteral("0190a1b2-0000-7000-8000-00000000000b");
const QString kCor = QStringLiteral("0190a1b2-0000-7000-8000-00000000000c");
const QString kDirk = QStringLiteral("0190a1b2-0000-7000-8000-00000000000d");

QDateTime utc(int month, int day, int h, int m, int msec = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(h, m, 0, msec), QTimeZone::utc());
}

Activity sampleActivity()
{
    Activity a; // every field set, none at its default
    a.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000ac01");
    a.title = QStringLiteral("Samen koken — طبخ 🍲");
    a.description = QStringLiteral("Neem een recept mee.\nWe eten om 19:00.");
    a.placeId = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-0000000091a2");
    a.start = utc(12, 8, 17, 0);
    a.end = utc(12, 8, 19, 30);
    a.capacity = 3;
    a.signUpDeadline = utc(12, 8, 12, 0, 5);
    a.countsAsHours = true;
    a.creditMinutes = 120;
    a.gang = QStringLiteral("Gang 2");
    a.organiserIds = {kDirk, kCor};
    a.status = activities::Status::Cancelled;
    a.cancelReason = QStringLiteral("De kok is ziek");
    a.placesTaken = 3;
    a.waitingCount = 1;
    const auto signUp = [](const QString &id, const QString &member, const QString &companion,
                           activities::SignUpState st, qint64 order, int waiting) {
        activities::SignUp s;
        s.id = id;
        s.memberId = member;
        s.companionId = companion;
        s.state = st;
        s.order = order;
        s.waitingPlace = waiting;
        s.receivedAt = utc(12, 3, 9, int(order), 250);
        s.changedAt = utc(12, 4, 10, int(order));
        return s;
    };
    a.signUps = {signUp(QStringLiteral("0190a1b2-0000-7000-8000-0000000005a1"), kAnna, kBram,
                        activities::SignUpState::Confirmed, 1, 0),
                 signUp(QStringLiteral("0190a1b2-0000-7000-8000-0000000005a2"), kCor, {},
                        activities::SignUpState::Confirmed, 2, 0),
                 signUp(QStringLiteral("0190a1b2-0000-7000-8000-0000000005a3"), kDirk, {},
                        activities::SignUpState::Waitlisted, 3, 1)};
    a.createdBy = kDirk;
    a.changedAt = utc(12, 4, 10, 3, 999);
    a.attendeeIds = {kAnna, kCor};
    // The third date of a monthly series that a change left out.
    a.seriesId = QStringLiteral("0190a1b2-0000-7000-8000-0000000005f0");
    a.seriesIndex = 2;
    a.repeat = activities::Repeat::Monthly;
    a.repeatUntil = QDate(2027, 6, 30);
    a.cancelCode = QStringLiteral("SERIES_CHANGED");
    // Anna's answered question about her hours, and Cor's open one (he was not marked).
    activities::Dispute asked;
    asked.id = QStringLiteral("0190a1b2-0000-7000-8000-0000000005d1");
    asked.memberId = kAnna;
    asked.entryId = QStringLiteral("0190a1b2-0000-7000-8000-0000000005e1");
    asked.minutes = 150;
    asked.reason = QStringLiteral("Ik heb ook afgewassen — غسلت الصحون");
    asked.state = activities::DisputeState::Declined;
    asked.answer = QStringLiteral("Je ging om 19:00 weg.");
    asked.resolvedBy = kDirk;
    asked.createdAt = utc(12, 9, 8, 0, 1);
    asked.resolvedAt = utc(12, 9, 9, 30, 2);
    activities::Dispute open;
    open.id = QStringLiteral("0190a1b2-0000-7000-8000-0000000005d2");
    open.memberId = kBram;
    open.minutes = 60;
    open.reason = QStringLiteral("Ik was er wel.");
    open.createdAt = utc(12, 9, 10, 0);
    a.disputes = {asked, open};
    return a;
}

const QString kEva = QStringLiteral("0190a1b2-0000-7000-8000-00000000000e");

ServicePost samplePost()
{
    ServicePost p; // every field set, none at its default
    p.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000f001");
    p.kind = services::Kind::Request;
    p.category = QStringLiteral("groceries");
    p.text = QStringLiteral("Wie neemt melk mee? — من يجلب الحليب؟ 🥛");
    p.whenFrom = utc(12, 8, 9, 0);
    p.whenUntil = utc(12, 8, 11, 0, 5);
    p.estimateMinutes = 45;
    p.gang = QStringLiteral("Gang 2");
    p.askerId = kAnna;
    p.helperId = kBram;
    p.postedBy = kDirk;
    p.onBehalf = true;
    p.state = services::State::Hidden;
    p.postedAt = utc(12, 1, 10, 0, 1);
    p.expiresAt = utc(12, 8, 10, 0, 1);
    p.takenAt = utc(12, 2, 12, 0, 3);
    p.repeat = activities::Repeat::Weekly;
    p.repeatUntil = QDate(2027, 2, 2);
    services::Occurrence o;
    o.id = QStringLiteral("0190a1b2-0000-7000-8000-0000000006a1");
    o.day = QDate(2026, 12, 8);
    o.helperId = kBram;
    o.reportedMinutes = 47;
    o.reportNote = QStringLiteral("Melk en brood — خبز");
    o.reportedAt = utc(12, 8, 12, 0, 7);
    o.state = services::OccurrenceState::Disputed;
    o.confirmedMinutes = 45;
    o.confirmedBy = kDirk;
    o.confirmedAt = utc(12, 9, 8, 0);
    o.entryId = QStringLiteral("0190a1b2-0000-7000-8000-0000000006e1");
    o.disputeReason = QStringLiteral("Het was maar een half uur.");
    o.decisionNote = QStringLiteral("Afgesproken: 30 minuten.");
    p.occurrences = {o};
    services::Message m;
    m.id = QStringLiteral("0190a1b2-0000-7000-8000-0000000007a1");
    m.authorId = kAnna;
    m.helperId = kBram;
    m.text = QStringLiteral("Om drie uur? 🙂");
    m.sentAt = utc(12, 2, 13, 0, 9);
    p.messages = {m};
    p.hiddenReason = QStringLiteral("Dubbel geplaatst.");
    p.hiddenBy = QStringLiteral("0190a1b2-0000-7000-8000-0000000000be");
    p.standInIds = {kCor, kEva};
    p.suggestedHelperId = kCor;
    p.changedAt = utc(12, 9, 8, 0, 11);
    return p;
}

const QString kBeheerder = QStringLiteral("0190a1b2-0000-7000-8000-0000000000be");

Signal sampleSignal()
{
    Signal sig; // every field set, none at its default
    sig.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000a001");
    sig.category = signalrules::Category::SelfNeglect;
    sig.urgency = signalrules::Urgency::Today;
    sig.text = QStringLiteral("Ik zie haar al dagen niet — لم أرها منذ أيام");
    sig.studio = QStringLiteral("2.14");
    sig.place = QStringLiteral("Fietsenstalling");
    sig.since = QDate(2026, 11, 30);
    sig.reporterId = kAnna;
    sig.onBehalf = true;
    sig.state = signalrules::State::Merged;
    sig.outcome = signalrules::Outcome::ReferredToCare;
    sig.answers = {{QStringLiteral("0190a1b2-0000-7000-8000-00000000b0a1"), kBeheerder,
                    QStringLiteral("Dank je, ik ga langs."), utc(12, 2, 10, 0, 1)}};
    sig.infos = {{QStringLiteral("0190a1b2-0000-7000-8000-00000000b0b1"), kAnna,
                  QStringLiteral("Er ligt post voor de deur."), utc(12, 2, 11, 0, 2)}};
    sig.notes = {{QStringLiteral("0190a1b2-0000-7000-8000-00000000b0c1"), kBeheerder,
                  QStringLiteral("Bekend bij wijkteam (intern)."), utc(12, 2, 12, 0, 3)}};
    sig.mergedInto = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000a000");
    sig.raisedAt = utc(12, 1, 9, 0, 4);
    sig.receivedAt = utc(12, 1, 9, 1, 5);
    sig.dueAt = utc(12, 1, 13, 1, 6);
    sig.closedAt = utc(12, 3, 9, 0, 7);
    sig.reopenedAt = utc(12, 2, 9, 0, 8);
    sig.handledBy = kBeheerder;
    sig.gang = QStringLiteral("Gang 2");
    sig.changedAt = utc(12, 3, 9, 0, 9);
    return sig;
}

pb::Change changeOf(const Signal &sig)
{
    pb::Change c;
    *c.mutable_signal() = wire::toWire(sig);
    return c;
}

KnockTask sampleKnock()
{
    KnockTask k;
    k.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000c001");
    k.signalId = sampleSignal().id;
    k.gangmakerId = kDirk;
    k.studio = QStringLiteral("2.14");
    k.day = QDate(2026, 12, 2);
    k.askedBy = kBeheerder;
    k.askedAt = utc(12, 2, 9, 0, 1);
    k.outcome = signalrules::KnockOutcome::AskedForBeheerder;
    k.doneAt = utc(12, 2, 15, 0, 2);
    k.changedAt = utc(12, 2, 15, 0, 3);
    return k;
}

pb::Change changeOf(const KnockTask &k)
{
    pb::Change c;
    *c.mutable_knock_task() = wire::toWire(k);
    return c;
}

pb::Change changeOf(const ServicePost &p)
{
    pb::Change c;
    *c.mutable_service_post() = wire::toWire(p);
    return c;
}

pb::Change changeOf(const Activity &a)
{
    pb::Change c;
    *c.mutable_activity() = wire::toWire(a);
    return c;
}

DeviceRecord sampleDevice()
{
    DeviceRecord d; // every field set
    d.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000d001");
    d.memberId = QStringLiteral("0190a1b2-c3d4-7e5f-8a6b-00000000a001");
    d.name = QStringLiteral("Telefoon, sinds 2 december 2026");
    d.enrolledAt = QDateTime(QDate(2026, 12, 2), QTime(9, 15, 3, 42), QTimeZone::utc());
    d.lastSyncDay = QDate(2026, 12, 20);
    d.revokedAt = QDateTime(QDate(2026, 12, 21), QTime(10, 0, 0, 7), QTimeZone::utc());
    d.revokedBy = QStringLiteral("0190a1b2-0000-7000-8000-0000000000be");
    return d;
}

pb::Change changeOf(const DeviceRecord &d)
{
    pb::Change c;
    *c.mutable_device() = wire::toWire(d);
    return c;
}

pb::Change changeOf(const Project &p)
{
    pb::Change c;
    *c.mutable_project() = wire::toWire(p);
    return c;
}

pb::Change changeOf(const Member &m)
{
    pb::Change c;
    *c.mutable_member() = wire::toWire(m);
    return c;
}

pb::Change changeOf(const HourEntry &e)
{
    pb::Change c;
    *c.mutable_hour_entry() = wire::toWire(e);
    return c;
}

// One change of every record kind (and the variants worth telling apart), with the id and the
// audience its kind must name.
struct Sample
{
    const char *name;
    pb::Change change;
    QString id;
    QString audience;
};

QList<Sample> samples()
{
    QList<Sample> out;
    const auto add = [&](const char *name, const auto &record, const QString &id,
                         const QString &audience) {
        out.append({name, changeOf(record), id, audience});
    };
    const QString everyone = QStringLiteral("project");
    add("project", sampleProject(), sampleProject().id, everyone);
    const Member ganged = sampleMember(QStringLiteral("Gang 2"));
    add("member with gang", ganged, ganged.id, everyone);
    Member plain = sampleMember({});
    plain.role = Role::Beheerder;
    plain.movedIn = plain.pausedUntil = QDate();
    add("member without gang or terms", plain, plain.id, everyone);
    const HourEntry full = sampleEntry();
    add("hour entry, every field", full, full.id, QStringLiteral("member:") + full.memberId);
    HourEntry service = sampleEntry();
    service.source = EntrySource::Service;
    service.voids = false;
    service.corrects.clear();
    add("hour entry, service", service, service.id, QStringLiteral("member:") + service.memberId);
    const DeviceRecord revoked = sampleDevice();
    add("device, disconnected", revoked, revoked.id, QStringLiteral("member:") + revoked.memberId);
    DeviceRecord connected = sampleDevice();
    connected.revokedAt = {};
    connected.revokedBy.clear();
    connected.lastSyncDay = {};
    add("device, connected, never synced", connected, connected.id,
        QStringLiteral("member:") + connected.memberId);
    const Activity gangActivity = sampleActivity();
    add("activity of a gang, every field", gangActivity, gangActivity.id,
        QStringLiteral("gang:Gang 2"));
    Activity hall = sampleActivity();
    hall.gang.clear();
    hall.capacity = 0;
    hall.signUpDeadline = {};
    hall.countsAsHours = false;
    hall.creditMinutes = 0;
    hall.status = activities::Status::Planned;
    hall.cancelReason.clear();
    hall.signUps.clear();
    hall.attendeeIds.clear();
    add("activity for everyone, no limit, no sign-ups", hall, hall.id, everyone);
    const ServicePost post = samplePost();
    add("service post of a gang, every field", post, post.id, QStringLiteral("gang:Gang 2"));
    ServicePost offer = samplePost();
    offer.kind = services::Kind::Offer;
    offer.gang.clear();
    offer.occurrences.clear();
    offer.messages.clear();
    offer.repeat = activities::Repeat::None;
    offer.repeatUntil = {};
    add("service offer for everyone", offer, offer.id, everyone);
    const Signal sig = sampleSignal();
    add("signal, every field", sig, sig.id, QStringLiteral("member:") + kAnna);
    Signal forgotten = sampleSignal();
    forgotten.reporterId.clear();
    forgotten.state = signalrules::State::Closed;
    forgotten.infos.first().authorId.clear();
    add("signal whose reporter is forgotten", forgotten, forgotten.id,
        QStringLiteral("beheerders"));
    const KnockTask knock = sampleKnock();
    add("knock task", knock, knock.id, QStringLiteral("member:") + kDirk);
    return out;
}

Member person(Role role, const QString &id, const QString &gang)
{
    Member m;
    m.id = id;
    m.projectId = sampleProject().id;
    m.role = role;
    m.gang = gang;
    return m;
}

// One row of permits_data.
void permitsRow(const char *name, Role role, const QString &actorId, const QString &actorGang,
                Action action, Scope scope, const QString &subjectId, const QString &subjectGang,
                bool permitted)
{
    QTest::newRow(name) << role << actorId << actorGang << action << scope << subjectId
                        << subjectGang << permitted;
}

} // namespace

class TestRecordKinds : public QObject
{
    Q_OBJECT
private slots:
    // Ids are checked on every mutation the server receives: exactly the form QUuid writes
    // (lower-case, without braces, not nil) passes, nothing else.
    void onlyCanonicalIdsPass()
    {
        const auto reference = [](const std::string &s) {
            const QUuid u = QUuid::fromString(QLatin1String(s.data(), qsizetype(s.size())));
            return !u.isNull() && u.toString(QUuid::WithoutBraces).toStdString() == s;
        };
        QList<std::string> ids{"",
                               "00000000-0000-0000-0000-000000000000",
                               "{01a24731-046b-7d61-89c6-3d13b92d1da0}",
                               "01a24731-046b-7d61-89c6-3d13b92d1da0",
                               "01A24731-046B-7D61-89C6-3D13B92D1DA0",
                               "01a24731046b7d6189c63d13b92d1da0",
                               "01a24731-046b-7d61-89c6-3d13b92d1da0 "};
        QRandomGenerator rng(7);
        const std::string alphabet = "0123456789abcdefABCDEFg-{} \0";
        for (int i = 0; i < 20000; ++i) {
            std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
            for (int k = int(rng.bounded(3)); k > 0; --k)
                id[rng.bounded(int(id.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
            ids.append(id);
        }
        int passed = 0;
        for (const std::string &id : std::as_const(ids)) {
            QVERIFY2(wire::isCanonicalId(id) == reference(id), id.c_str());
            passed += reference(id);
        }
        QVERIFY(passed > 1000); // both answers are exercised
        QVERIFY(passed < ids.size() - 1000);
    }

    // A NUL in any text of a change, at any depth and in repeated texts, is found and named;
    // one in bytes (an id's 16 bytes, a cursor) is no text and passes.
    void aNulInATextIsFoundWherever()
    {
        pb::Mutation m;
        m.set_mutation_id("01a24731-046b-7d61-89c6-3d13b92d1da0");
        auto *entry = m.mutable_append_hour_entry()->mutable_entry();
        entry->set_note("koffie met Bram");
        entry->set_category("buurtdienst");
        QCOMPARE(wire::textWithNul(m), std::string());
        entry->set_note(std::string("koffie\0thee", 11));
        QCOMPARE(wire::textWithNul(m), std::string("append_hour_entry.entry.note"));

        pb::Mutation talents;
        auto *set = talents.mutable_set_talents();
        set->add_talents("koken");
        set->add_talents(std::string("ict\0", 4));
        QCOMPARE(wire::textWithNul(talents), std::string("set_talents.talents"));
        set->mutable_talents()->RemoveLast();
        QCOMPARE(wire::textWithNul(talents), std::string());

        // A text of the message itself, and one in the second of repeated messages.
        pb::PushRequest push;
        *push.add_mutations() = m;
        *push.add_mutations() = talents;
        QCOMPARE(wire::textWithNul(push), std::string("mutations.append_hour_entry.entry.note"));
        entry->set_note("koffie");
        *push.mutable_mutations(0) = m;
        QCOMPARE(wire::textWithNul(push), std::string());
        push.mutable_mutations(1)->set_mutation_id(std::string("\0", 1));
        QCOMPARE(wire::textWithNul(push), std::string("mutations.mutation_id"));
        pb::PullRequest pull;
        pull.set_cursor(std::string("\0\0\1", 3));
        QCOMPARE(wire::textWithNul(pull), std::string());
    }

    // --- (a) the registry covers the protocol, once -------------------------------------------

    void everyChangeRecordHasExactlyOneKind()
    {
        const auto *record = oneof(pb::Change::descriptor(), "record");
        QVERIFY(record);
        QVERIFY(record->field_count() > 0);
        for (int i = 0; i < record->field_count(); ++i) {
            const auto *field = record->field(i);
            const auto wire = pb::Change::RecordCase(field->number());
            int registered = 0;
            for (const RecordKind &k : recordKinds())
                registered += k.wire == wire;
            QVERIFY2(registered == 1, field->full_name().c_str());
            QCOMPARE(recordKind(wire)->wire, wire);
            QCOMPARE(QByteArray(recordKind(wire)->name), QByteArray(field->name().c_str()));
        }
        // ... and no kind travels outside the oneof.
        QCOMPARE(recordKinds().size(), record->field_count());
        for (const RecordKind &k : recordKinds()) {
            const auto *field = pb::Change::descriptor()->FindFieldByNumber(int(k.wire));
            QVERIFY2(field && field->containing_oneof() == record, k.name);
        }
        QCOMPARE(recordKind(pb::Change::RECORD_NOT_SET), nullptr);
    }

    void recordKindIdsAndNamesAreUnique()
    {
        QSet<int> ids;
        QSet<QByteArray> names;
        for (const RecordKind &k : recordKinds()) {
            QVERIFY2(k.id > 0, k.name);
            QVERIFY2(!ids.contains(k.id), k.name);
            QVERIFY2(!names.contains(k.name), k.name);
            ids.insert(k.id);
            names.insert(k.name);
            QCOMPARE(recordKind(k.id), &k);
            QVERIFY2(k.idOf && k.audienceOf && k.applyPulled, k.name);
        }
        QCOMPARE(recordKind(0), nullptr);
        QCOMPARE(recordKind(1000), nullptr);
        // The ids are stored in the server's change log: these three never change.
        QCOMPARE(recordKind(1)->wire, pb::Change::kProject);
        QCOMPARE(recordKind(2)->wire, pb::Change::kMember);
        QCOMPARE(recordKind(3)->wire, pb::Change::kHourEntry);
    }

    void everyKindCanComeInBrief()
    {
        // A device's own change may come back as its record's id alone (Change.own): the
        // server builds that for any kind, and the id is the one the kind names.
        for (const RecordKind &k : recordKinds()) {
            pb::Change c;
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QVERIFY2(setRecordId(c, k, id), k.name);
            QCOMPARE(c.record_case(), k.wire);
            QCOMPARE(k.idOf(c), id);
        }
    }

    void everyMutationBodyHasExactlyOneKind()
    {
        const auto *body = oneof(pb::Mutation::descriptor(), "body");
        QVERIFY(body);
        QVERIFY(body->field_count() > 0);
        for (int i = 0; i < body->field_count(); ++i) {
            const auto *field = body->field(i);
            const auto wire = pb::Mutation::BodyCase(field->number());
            int registered = 0;
            for (const MutationKind &k : mutationKinds())
                registered += k.wire == wire;
            QVERIFY2(registered == 1, field->full_name().c_str());
            QCOMPARE(mutationKind(wire)->wire, wire);
            // The outbox's kind is the field's name in capitals.
            QCOMPARE(QByteArray(mutationKind(wire)->name),
                     QByteArray(field->name().c_str()).toUpper());
        }
        QCOMPARE(mutationKinds().size(), body->field_count());
        for (const MutationKind &k : mutationKinds()) {
            const auto *field = pb::Mutation::descriptor()->FindFieldByNumber(int(k.wire));
            QVERIFY2(field && field->containing_oneof() == body, k.name);
        }
        QCOMPARE(mutationKind(pb::Mutation::BODY_NOT_SET), nullptr);
    }

    void overviewAndPullAgree()
    {
        // The Residents overview (readAllHours) is only offered to roles whose devices also
        // receive everyone's hours (member records for the whole project), and the other way
        // round: the screen is never empty for lack of data, never missing when data came.
        for (Role r : {Role::Resident, Role::Gangmaker, Role::Beheerder})
            QCOMPARE(scopeOf(r, Action::ReadAllHours) == Scope::Project,
                     scopeOf(r, Action::ReadMemberRecords) == Scope::Project);
    }

    void mutationKindNamesAreUnique()
    {
        QSet<QByteArray> names;
        for (const MutationKind &k : mutationKinds()) {
            QVERIFY2(!QByteArray(k.name).isEmpty(), "a mutation kind without a name");
            // A refused change is shown by what it was ("Hours you logged"), never by its code.
            QVERIFY2(k.label && *k.label, k.name);
            QCOMPARE(mutationLabel(QLatin1String(k.name)), QString::fromUtf8(k.label));
            QVERIFY2(!names.contains(k.name), k.name);
            names.insert(k.name);
            QCOMPARE(mutationKind(QString::fromLatin1(k.name)), &k);
            QVERIFY2(k.recordIdOf && k.apply, k.name);
        }
        QCOMPARE(mutationKind(QStringLiteral("append_hour_entry")), nullptr);
        QCOMPARE(mutationKind(QString()), nullptr);
    }

    void mutationKindsNameTheirRecord()
    {
        const HourEntry e = sampleEntry();
        const pb::Mutation append = hoursfamily::appendMutation(e);
        QCOMPARE(append.body_case(), pb::Mutation::kAppendHourEntry);
        QCOMPARE(mutationKind(append.body_case())->recordIdOf(append), e.id);
        const pb::Mutation pause = hoursfamily::pauseMutation(kAnna, QDate(2026, 4, 30));
        QCOMPARE(pause.body_case(), pb::Mutation::kPauseRequirement);
        QCOMPARE(mutationKind(pause.body_case())->recordIdOf(pause), kAnna);
        QCOMPARE(pause.pause_requirement().paused_until(), std::string("2026-04-30"));
    }

    // --- (b) every record kind round-trips through the change log ----------------------------

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("change"); // a serialized pb::Change
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("audience");
        for (const Sample &s : samples())
            QTest::newRow(s.name) << QByteArray::fromStdString(s.change.SerializeAsString()) << s.id
                                  << s.audience;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, id);
        QFETCH(QString, audience);
        pb::Change original;
        QVERIFY(original.ParseFromArray(change.constData(), int(change.size())));
        const RecordKind *kind = recordKind(original.record_case());
        QVERIFY(kind);

        const std::string payload = recordPayload(original);
        QVERIFY(!payload.empty());
        pb::Change back;
        QVERIFY(setRecordPayload(back, *kind, payload.data(), int(payload.size())));
        QCOMPARE(back.record_case(), original.record_case());
        QCOMPARE(QByteArray::fromStdString(back.SerializeAsString()), change);
        QCOMPARE(fields(back), fields(original));
        QCOMPARE(kind->idOf(back), id);
        QCOMPARE(kind->audienceOf(back).key(), audience);
    }

    void recordsSurviveTheirWireForm()
    {
        // The samples above, from core's records and back: nothing lost on the way.
        const Project p = sampleProject();
        QCOMPARE(fields(wire::fromWire(wire::toWire(p))), fields(p));
        for (const QString &gang : {QStringLiteral("Gang 2"), QString()}) {
            const Member m = sampleMember(gang);
            QCOMPARE(fields(wire::fromWire(wire::toWire(m))), fields(m));
        }
        const HourEntry e = sampleEntry();
        QCOMPARE(fields(wire::fromWire(wire::toWire(e))), fields(e));
        // The samples set every field of the wire messages (a field the codec does not carry
        // stays unset and shows up here).
        QCOMPARE(unsetFields(wire::toWire(p)), QStringList());
        QCOMPARE(unsetFields(wire::toWire(sampleMember(QStringLiteral("Gang 2")))), QStringList());
        QCOMPARE(unsetFields(wire::toWire(e)), QStringList());
        const DeviceRecord d = sampleDevice();
        QCOMPARE(fields(wire::fromWire(wire::toWire(d))), fields(d));
        QCOMPARE(unsetFields(wire::toWire(d)), QStringList());
        Activity a = sampleActivity();
        Activity back = wire::fromWire(wire::toWire(a));
        back.projectId = a.projectId; // not on the wire: the change's project
        QCOMPARE(fields(back), fields(a));
        QCOMPARE(unsetFields(wire::toWire(a)), QStringList());
        // Between them, a confirmed pair and a waiting single set every field of a sign-up.
        QCOMPARE(unsetFields(wire::toWire(a.signUps.first())), QStringList{"waiting_place"});
        QCOMPARE(unsetFields(wire::toWire(a.signUps.last())), QStringList{"companion_id"});
        // An answered question sets every field of a question.
        QCOMPARE(unsetFields(wire::toWire(a.disputes.first())), QStringList());
        QCOMPARE(unsetFields(wire::toWire(p).places(0)), QStringList());
        // A service post, its time of helping and its message: every field carried.
        const ServicePost post = samplePost();
        ServicePost postBack = wire::fromWire(wire::toWire(post));
        postBack.projectId = post.projectId; // not on the wire: the change's project
        QCOMPARE(fields(postBack), fields(post));
        QCOMPARE(unsetFields(wire::toWire(post)), QStringList());
        QCOMPARE(unsetFields(wire::toWire(post).occurrences(0)), QStringList());
        QCOMPARE(unsetFields(wire::toWire(post).messages(0)), QStringList());
    }

    // Who comes is for the organisers, the gang's gangmakers and the beheerders; everyone else
    // sees the counts and the sign-up they are in themselves (as the one signing up or as the
    // companion), never a neighbour's.
    void signUpsAreRedactedForOthers()
    {
        const RecordKind *kind = recordKind(pb::Change::kActivity);
        QVERIFY(kind->redact);
        const Activity a = sampleActivity(); // Gang 2; organised by Dirk and Cor
        const QString gang2 = QStringLiteral("Gang 2"), gang3 = QStringLiteral("Gang 3");
        const QString outsider = QStringLiteral("0190a1b2-0000-7000-8000-00000000000e");
        const struct
        {
            const char *who;
            Member viewer;
            int seen; // sign-ups left
        } viewers[] = {
            {"Anna, who signed up with Bram", person(Role::Resident, kAnna, gang2), 1},
            {"Bram, Anna's companion", person(Role::Resident, kBram, gang2), 1},
            {"a neighbour who did not sign up", person(Role::Resident, outsider, gang2), 0},
            {"a gangmaker of the gang", person(Role::Gangmaker, outsider, gang2), 3},
            {"a gangmaker of another gang", person(Role::Gangmaker, outsider, gang3), 0},
            {"Dirk, organiser (and waiting)", person(Role::Resident, kDirk, gang2), 1},
            {"the beheerder", person(Role::Beheerder, outsider, {}), 3},
        };
        for (const auto &v : viewers) {
            pb::Change c = changeOf(a);
            kind->redact(c, v.viewer);
            const Activity got = wire::fromWire(c.activity());
            QVERIFY2(got.signUps.size() == v.seen, v.who);
            for (const activities::SignUp &s : got.signUps)
                QVERIFY2(v.seen == 3 || s.includes(v.viewer.id), v.who);
            // Who came, likewise: all of it, or only whether the viewer did.
            for (const QString &id : got.attendeeIds)
                QVERIFY2(v.seen == 3 || id == v.viewer.id, v.who);
            QCOMPARE(got.attendeeIds.contains(v.viewer.id), a.attendeeIds.contains(v.viewer.id));
            if (v.seen == 3)
                QCOMPARE(got.attendeeIds, a.attendeeIds);
            // Questions about hours, likewise: all of them, or only the viewer's own.
            for (const activities::Dispute &d : got.disputes)
                QVERIFY2(v.seen == 3 || d.memberId == v.viewer.id, v.who);
            QCOMPARE(got.disputes.size(),
                     v.seen == 3 ? a.disputes.size()
                                 : qsizetype(std::count_if(
                                       a.disputes.cbegin(), a.disputes.cend(),
                                       [&](const auto &d) { return d.memberId == v.viewer.id; })));
            QCOMPARE(got.placesTaken, a.placesTaken); // the counts, for everyone
            QCOMPARE(got.waitingCount, a.waitingCount);
            QCOMPARE(got.organiserIds, a.organiserIds);
        }
        // For the whole project, a gangmaker sees names only of what they organise.
        Activity hall = a;
        hall.gang.clear();
        for (const auto &[viewer, seen] :
             {std::pair{person(Role::Gangmaker, kCor, gang3), 3},
              std::pair{person(Role::Gangmaker, outsider, gang2), 0}}) {
            pb::Change c = changeOf(hall);
            kind->redact(c, viewer);
            QCOMPARE(c.activity().sign_ups_size(), seen);
            QCOMPARE(activitiesfamily::seesNames(viewer, hall), seen == 3);
        }
    }

    void everyKindHasARoundTripRow()
    {
        QSet<int> registered, sampled;
        for (const RecordKind &k : recordKinds())
            registered.insert(int(k.wire));
        for (const Sample &s : samples())
            sampled.insert(int(s.change.record_case()));
        QCOMPARE(sampled, registered); // a new kind needs a sample
    }

    void unreadablePayloadIsRefused()
    {
        pb::Change c;
        const char junk[] = "\xff\xff\xff\xff";
        QVERIFY(!setRecordPayload(c, *recordKind(pb::Change::kHourEntry), junk, 4));
        QCOMPARE(recordPayload(pb::Change()), std::string());
    }

    void servicePostsAreRedactedPerViewer()
    {
        // Anna asked (on behalf, by Dirk the gangmaker of Gang 2); Bram helps; Cor and Eva
        // offered to stand in, Cor was suggested; one time of helping is disputed.
        const RecordKind *kind = recordKind(pb::Change::kServicePost);
        QVERIFY(kind && kind->redact);
        ServicePost post = samplePost();
        post.state = services::State::Taken;
        const QString gang = QStringLiteral("Gang 2");
        const struct
        {
            const char *who;
            Member viewer;
            bool asker, helper, times, messages, standIns, suggested;
        } viewers[] = {
            {"asker", person(Role::Resident, kAnna, gang), true, true, true, true, false, false},
            {"helper", person(Role::Resident, kBram, gang), true, true, true, true, false, false},
            // The gangmaker who asked for Anna talks for her with the helper.
            {"poster", person(Role::Gangmaker, kDirk, gang), true, true, true, true, false, false},
            {"stand-in", person(Role::Resident, kCor, gang), false, false, false, false, true,
             true},
            {"neighbour", person(Role::Resident, kEva, gang), false, false, false, false, true,
             false},
            {"beheerder",
             person(Role::Beheerder, QStringLiteral("0190a1b2-0000-7000-8000-0000000000be"), {}),
             true, true, true, true, true, true},
        };
        for (const bool disputed : {true, false}) {
            if (!disputed)
                post.occurrences[0].state = services::OccurrenceState::Reported;
            for (const auto &v : viewers) {
                pb::Change c = changeOf(post);
                kind->redact(c, v.viewer);
                const ServicePost got = wire::fromWire(c.service_post());
                const QString row = QString::fromLatin1(v.who) + (disputed ? " (disputed)" : "");
                // On behalf: the neighbour's name only for her, the poster and the beheerders.
                QCOMPARE(got.askerId.isEmpty(), !v.asker);
                QCOMPARE(got.helperId.isEmpty(), !v.helper);
                QVERIFY2(got.occurrences.isEmpty() == !v.times, qPrintable(row));
                // Messages: the conversation's two, and beheerders only while disputed.
                const bool seesMessages =
                    v.messages && (v.viewer.role != Role::Beheerder || disputed);
                QVERIFY2(got.messages.isEmpty() == !seesMessages, qPrintable(row));
                // Stand-ins: one's own id, all of them for the beheerders.
                if (v.viewer.role == Role::Beheerder)
                    QCOMPARE(got.standInIds, post.standInIds);
                else
                    QCOMPARE(got.standInIds, v.standIns ? QStringList{v.viewer.id} : QStringList());
                QCOMPARE(got.suggestedHelperId, v.suggested ? kCor : QString());
                QCOMPARE(got.text, post.text); // taken, not hidden: everyone reads it
            }
        }
        // Hidden: the text and the reason only for the poster and the beheerders.
        post.state = services::State::Hidden;
        for (const auto &v : viewers) {
            pb::Change c = changeOf(post);
            kind->redact(c, v.viewer);
            const ServicePost got = wire::fromWire(c.service_post());
            const bool sees = v.viewer.id == kDirk || v.viewer.role == Role::Beheerder;
            QCOMPARE(got.text.isEmpty(), !sees);
            QCOMPARE(got.hiddenReason.isEmpty(), !sees);
        }
        // An offer: who offers it is public; who took it only for the parties.
        ServicePost offer = samplePost();
        offer.kind = services::Kind::Offer;
        offer.onBehalf = false;
        offer.postedBy = kBram;
        offer.state = services::State::Taken;
        pb::Change c = changeOf(offer);
        kind->redact(c, person(Role::Resident, kEva, gang));
        QCOMPARE(QString::fromStdString(c.service_post().helper_id()), kBram);
        QVERIFY(c.service_post().asker_id().empty());
    }

    void signalsAreRedactedPerViewer()
    {
        // Anna reported it; what the beheerder writes for herself (notes, outcome, the merge,
        // who handles it) never reaches Anna's devices, and a merged signal reads as in progress.
        const RecordKind *kind = recordKind(pb::Change::kSignal);
        QVERIFY(kind && kind->redact && kind->accessLogged);
        const Signal sig = sampleSignal();
        const QString gang = QStringLiteral("Gang 2");
        for (const Member &viewer :
             {person(Role::Resident, kAnna, gang), person(Role::Gangmaker, kAnna, gang)}) {
            pb::Change c = changeOf(sig);
            kind->redact(c, viewer);
            const Signal got = wire::fromWire(c.signal());
            QVERIFY(got.notes.isEmpty());
            QCOMPARE(got.outcome, signalrules::Outcome::None);
            QVERIFY(got.mergedInto.isEmpty());
            QVERIFY(got.handledBy.isEmpty());
            QCOMPARE(got.state, signalrules::State::InProgress);
            QCOMPARE(got.answers, sig.answers); // the answer is theirs
            QCOMPARE(got.infos, sig.infos);
            QCOMPARE(got.text, sig.text);
            QVERIFY(c.signal().SerializeAsString().find("intern") == std::string::npos);
        }
        pb::Change c = changeOf(sig);
        kind->redact(c, person(Role::Beheerder, kBeheerder, {}));
        QCOMPARE(fields(c), fields(changeOf(sig))); // the beheerder reads everything
        // The audience: its reporter (and the beheerders), or the beheerders alone once the
        // reporter is forgotten. Nobody else's devices ever receive it.
        QCOMPARE(kind->audienceOf(changeOf(sig)).key(), QStringLiteral("member:") + kAnna);
        for (const Member &other :
             {person(Role::Resident, kBram, gang), person(Role::Gangmaker, kDirk, gang)}) {
            const auto keys = gw::audienceKeysFor(other);
            QVERIFY(keys && !keys->contains(kind->audienceOf(changeOf(sig)).key()));
            QVERIFY(!keys->contains(QStringLiteral("beheerders")));
        }
        // A knock task: the gangmaker asked sees the studio and the day, not the signal.
        const RecordKind *knockKind = recordKind(pb::Change::kKnockTask);
        QVERIFY(knockKind && !knockKind->accessLogged);
        pb::Change k = changeOf(sampleKnock());
        knockKind->redact(k, person(Role::Gangmaker, kDirk, gang));
        QVERIFY(k.knock_task().signal_id().empty());
        QCOMPARE(k.knock_task().studio(), std::string("2.14"));
        pb::Change kb = changeOf(sampleKnock());
        knockKind->redact(kb, person(Role::Beheerder, kBeheerder, {}));
        QCOMPARE(QString::fromStdString(kb.knock_task().signal_id()), sampleSignal().id);
    }

    void memberTermsAreRedactedForOthers()
    {
        const RecordKind *member = recordKind(pb::Change::kMember);
        QVERIFY(member->redact);
        QVERIFY(!recordKind(pb::Change::kProject)->redact);
        QVERIFY(!recordKind(pb::Change::kHourEntry)->redact);
        const Member subject = sampleMember(QStringLiteral("Gang 2"));
        const struct
        {
            Member viewer;
            bool seesTerms;
        } viewers[] = {
            {subject, true},
            {person(Role::Resident, kAnna, QStringLiteral("Gang 2")), false},
            {person(Role::Gangmaker, kBram, QStringLiteral("Gang 2")), false},
            {person(Role::Beheerder, kBram, {}), true},
        };
        for (const auto &v : viewers) {
            pb::Change c;
            *c.mutable_member() = wire::toWire(subject);
            member->redact(c, v.viewer);
            const Member got = wire::fromWire(c.member());
            QCOMPARE(got.movedIn, v.seesTerms ? subject.movedIn : QDate());
            QCOMPARE(got.studio, v.seesTerms ? subject.studio : QString()); // where she lives
            QCOMPARE(got.pausedUntil, v.seesTerms ? subject.pausedUntil : QDate());
            // The periods go where the pause does; why it was set, to the beheerders only.
            QCOMPARE(got.pauses.size(), v.seesTerms ? subject.pauses.size() : 0);
            for (const PausePeriod &p : got.pauses)
                QCOMPARE(p.reason.isEmpty(), v.viewer.role != Role::Beheerder);
            QCOMPARE(got.displayName, subject.displayName);
            QCOMPARE(got.gang, subject.gang);
            // Talents (asked at intake): the member's and the beheerders' only.
            QCOMPARE(got.talents, v.seesTerms ? subject.talents : QStringList());
            QCOMPARE(got.role, subject.role);
        }
    }

    // --- (c) the table ------------------------------------------------------------------------

    void tableListsEveryActionInDeclaredOrder()
    {
        const QList<Permission> &table = permissionTable();
        QCOMPARE(table.size(), int(Action::RevokeDevice) + 1); // RevokeDevice is declared last
        for (int i = 0; i < table.size(); ++i) {
            const auto a = Action(i);
            QCOMPARE(int(table.at(i).action), i);
            QCOMPARE(&permission(a), &table.at(i));
            QCOMPARE(permission(a).action, a);
            QCOMPARE(scopeOf(Role::Resident, a), table.at(i).resident);
            QCOMPARE(scopeOf(Role::Gangmaker, a), table.at(i).gangmaker);
            QCOMPARE(scopeOf(Role::Beheerder, a), table.at(i).beheerder);
        }
    }

    void actionNamesAreUniqueAndRoundTrip()
    {
        QSet<QString> names;
        for (const Permission &p : permissionTable()) {
            const QString name = QString::fromLatin1(p.name);
            QVERIFY2(!name.isEmpty() && name.at(0).isLower(), p.name); // as QML names it
            QVERIFY2(!name.contains(QLatin1Char(' ')), p.name);
            QVERIFY2(!names.contains(name), p.name);
            names.insert(name);
            QCOMPARE(actionFromName(name), std::optional<Action>(p.action));
            QVERIFY2(p.denied && *p.denied, p.name);
            QCOMPARE(deniedMessage(p.action), QString::fromUtf8(p.denied)); // no translator
        }
        QCOMPARE(actionFromName(QStringLiteral("logHours")),
                 std::optional<Action>(Action::LogHours));
        QCOMPARE(actionFromName(QStringLiteral("flyToTheMoon")), std::nullopt);
        QCOMPARE(actionFromName(QString()), std::nullopt);
    }

    // --- (d) what a scope permits, and who receives what --------------------------------------

    void permits_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("actorId");
        QTest::addColumn<QString>("actorGang");
        QTest::addColumn<Action>("action");
        QTest::addColumn<Scope>("scope"); // what the table says for this role and action
        QTest::addColumn<QString>("subjectId");
        QTest::addColumn<QString>("subjectGang");
        QTest::addColumn<bool>("permitted");
        const auto row = permitsRow;
        const QString anna = kAnna, bram = kBram, none;
        const QString g2 = QStringLiteral("Gang 2"), g5 = QStringLiteral("Gang 5");
        const auto R = Role::Resident, GM = Role::Gangmaker, B = Role::Beheerder;
        //  row name, actor (role, id, gang), action, its scope for that role, subject (id, gang)
        // clang-format off
        row("own: self",                R,  anna, g2,   Action::LogHours,           Scope::Own,     anna, g2,   true);
        row("own: self, no gang",       R,  anna, none, Action::LogHours,           Scope::Own,     anna, none, true);
        row("own: same gang",           R,  anna, g2,   Action::LogHours,           Scope::Own,     bram, g2,   false);
        row("own: other gang",          R,  anna, g2,   Action::LogHours,           Scope::Own,     bram, g5,   false);
        row("own: project-wide",        R,  anna, g2,   Action::LogHours,           Scope::Own,     none, none, false);
        row("own: actor without id",    R,  none, g2,   Action::LogHours,           Scope::Own,     none, g2,   false);
        row("gang: self",               R,  anna, g2,   Action::SignUpTogether,     Scope::OwnGang, anna, g2,   true);
        row("gang: self, no gang",      R,  anna, none, Action::SignUpTogether,     Scope::OwnGang, anna, none, true);
        row("gang: same gang",          R,  anna, g2,   Action::SignUpTogether,     Scope::OwnGang, bram, g2,   true);
        row("gang: the gang's record",  GM, anna, g2,   Action::CreateActivity,     Scope::OwnGang, none, g2,   true);
        row("gang: other gang",         R,  anna, g2,   Action::SignUpTogether,     Scope::OwnGang, bram, g5,   false);
        row("gang: project-wide",       GM, anna, g2,   Action::CreateActivity,     Scope::OwnGang, none, none, false);
        row("gang: both gangless",      R,  anna, none, Action::SignUpTogether,     Scope::OwnGang, bram, none, false);
        row("gang: actor without id",   GM, none, g2,   Action::PostOnBehalf,       Scope::OwnGang, none, g5,   false);
        row("project: other gang",      R,  anna, g2,   Action::TakeServiceRequest, Scope::Project, bram, g5,   true);
        row("project: project-wide",    R,  anna, g2,   Action::TakeServiceRequest, Scope::Project, none, none, true);
        row("project: beheerder",       B,  anna, none, Action::LogHours,           Scope::Project, bram, g5,   true);
        row("project: beheerder, gang", B,  anna, g5,   Action::PauseRequirement,   Scope::Project, bram, g2,   true);
        row("none: self",               R,  anna, g2,   Action::CreditHours,        Scope::None,    anna, g2,   false);
        row("none: same gang",          GM, anna, g2,   Action::PauseRequirement,   Scope::None,    bram, g2,   false);
        row("none: project-wide",       GM, anna, g2,   Action::CreateInvite,       Scope::None,    none, none, false);
        // clang-format on
    }
    void permits()
    {
        QFETCH(Role, role);
        QFETCH(QString, actorId);
        QFETCH(QString, actorGang);
        QFETCH(Action, action);
        QFETCH(Scope, scope);
        QFETCH(QString, subjectId);
        QFETCH(QString, subjectGang);
        QFETCH(bool, permitted);
        QCOMPARE(scopeOf(role, action), scope);
        const Member actor = person(role, actorId, actorGang);
        QCOMPARE(gw::permits(actor, action, {subjectId, subjectGang}), permitted);
        QCOMPARE(mayEver(actor, action), scope != Scope::None);
    }

    void subjectOfAMember()
    {
        const Member m = sampleMember(QStringLiteral("Gang 2"));
        const Subject s = Subject::member(m);
        QCOMPARE(s.memberId, m.id);
        QCOMPARE(s.gang, m.gang);
    }

    void audienceKeys()
    {
        QCOMPARE(Audience::project().key(), QStringLiteral("project"));
        QCOMPARE(Audience::gang(QStringLiteral("Gang 2")).key(), QStringLiteral("gang:Gang 2"));
        QCOMPARE(Audience::member(kAnna).key(), QStringLiteral("member:") + kAnna);
        QCOMPARE(Audience::beheerders().key(), QStringLiteral("beheerders"));
    }

    void audienceKeysFor_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("gang");
        QTest::addColumn<bool>("everything");
        QTest::addColumn<QStringList>("keys");
        const QString g2 = QStringLiteral("Gang 2");
        const QString project = QStringLiteral("project"), gang = QStringLiteral("gang:Gang 2"),
                      own = QStringLiteral("member:") + kAnna;
        QTest::newRow("resident with gang")
            << Role::Resident << g2 << false << QStringList{project, gang, own};
        QTest::newRow("resident without gang")
            << Role::Resident << QString() << false << QStringList{project, own};
        QTest::newRow("gangmaker with gang")
            << Role::Gangmaker << g2 << false << QStringList{project, gang, own};
        QTest::newRow("beheerder") << Role::Beheerder << QString() << true << QStringList();
        QTest::newRow("beheerder with gang") << Role::Beheerder << g2 << true << QStringList();
    }
    void audienceKeysFor()
    {
        QFETCH(Role, role);
        QFETCH(QString, gang);
        QFETCH(bool, everything);
        QFETCH(QStringList, keys);
        const auto got = gw::audienceKeysFor(person(role, kAnna, gang));
        QCOMPARE(!got.has_value(), everything);
        if (got)
            QCOMPARE(*got, keys);
    }

    void everyChangeReachesItsAudience()
    {
        // An hour entry reaches its member (and the beheerders), never a neighbour; a member's
        // and the project's record reach everyone.
        const HourEntry e = sampleEntry();
        pb::Change c;
        *c.mutable_hour_entry() = wire::toWire(e);
        const QString entryKey = recordKind(pb::Change::kHourEntry)->audienceOf(c).key();
        const auto owner = gw::audienceKeysFor(person(Role::Resident, e.memberId, "Gang 2"));
        const auto neighbour = gw::audienceKeysFor(person(Role::Resident, kBram, "Gang 2"));
        QVERIFY(owner && neighbour);
        QVERIFY(owner->contains(entryKey));
        QVERIFY(!neighbour->contains(entryKey));
        *c.mutable_member() = wire::toWire(sampleMember(QStringLiteral("Gang 5")));
        QVERIFY(neighbour->contains(recordKind(pb::Change::kMember)->audienceOf(c).key()));
        *c.mutable_project() = wire::toWire(sampleProject());
        QVERIFY(neighbour->contains(recordKind(pb::Change::kProject)->audienceOf(c).key()));
    }
};

QTEST_GUILESS_MAIN(TestRecordKinds)
#include "tst_recordkinds.moc"
