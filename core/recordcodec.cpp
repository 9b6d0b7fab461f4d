#include "recordcodec.h"

#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace gw::wire {

namespace {
std::string s(const QString &q)
{
    return q.toStdString();
}
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
qint64 ms(const QDateTime &t)
{
    return instantToMs(t);
}
QDateTime instant(qint64 ms)
{
    return instantFromMs(ms);
}
} // namespace

qint64 instantToMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime instantFromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

std::string dayToWire(QDate d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 1 || y > 9999)
        return d.isValid() ? s(d.toString(Qt::ISODate)) : std::string();
    // By hand, like dayFromWire: Qt's formatter dominated building a push.
    std::string out = "0000-00-00";
    for (int i = 3; i >= 0; --i, y /= 10)
        out[size_t(i)] = char('0' + y % 10);
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
    return out;
}

QDate dayFromWire(const std::string &str)
{
    // Exactly YYYY-MM-DD: Qt also reads forms the protocol does not promise.
    if (str.size() != 10 || str[4] != '-' || str[7] != '-')
        return {};
    // By hand: Qt's format parser cost more than the rest of decoding an entry (every pushed
    // and pulled entry comes through here).
    int v[3] = {0, 0, 0};
    const int start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f)
        for (int i = start[f]; i < start[f] + len[f]; ++i) {
            if (str[size_t(i)] < '0' || str[size_t(i)] > '9')
                return {};
            v[f] = v[f] * 10 + (str[size_t(i)] - '0');
        }
    return QDate(v[0], v[1], v[2]); // invalid (null) for a month or day that does not exist
}

namespace {

/// Where a message type can hold text: its string fields and message fields, and its oneofs
/// that have either (only the member that is set is looked at). Made once per type and thread:
/// a push checks every mutation, and listing a message's set fields by reflection took ~4% of
/// the server's time per mutation.
struct TextPlan
{
    std::vector<const google::protobuf::FieldDescriptor *> fields;
    std::vector<const google::protobuf::OneofDescriptor *> oneofs;
};

bool mayHoldText(const google::protobuf::FieldDescriptor *f)
{
    using google::protobuf::FieldDescriptor;
    return f->type() == FieldDescriptor::TYPE_STRING ||
           f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
}

const TextPlan &textPlan(const google::protobuf::Descriptor *type)
{
    thread_local std::unordered_map<const google::protobuf::Descriptor *, TextPlan> plans;
    const auto [it, made] = plans.try_emplace(type);
    if (made) {
        for (int i = 0; i < type->field_count(); ++i) {
            const auto *f = type->field(i);
            if (mayHoldText(f) && !f->real_containing_oneof())
                it->second.fields.push_back(f);
        }
        for (int i = 0; i < type->real_oneof_decl_count(); ++i) { // real ones come first
            const auto *o = type->oneof_decl(i);
            for (int j = 0; j < o->field_count(); ++j)
                if (mayHoldText(o->field(j))) {
                    it->second.oneofs.push_back(o);
                    break;
                }
        }
    }
    return it->second;
}

std::string textWithNulIn(const google::protobuf::Message &message,
                          const google::protobuf::FieldDescriptor *f)
{
    using google::protobuf::FieldDescriptor;
    const auto *reflection = message.GetReflection();
    const auto hasNul = [](const std::string &text) {
        return text.find('\0') != std::string::npos;
    };
    std::string scratch;
    if (f->type() == FieldDescriptor::TYPE_STRING) {
        if (f->is_repeated()) {
            for (int i = 0; i < reflection->FieldSize(message, f); ++i)
                if (hasNul(reflection->GetRepeatedStringReference(message, f, i, &scratch)))
                    return f->name();
        } else if (hasNul(reflection->GetStringReference(message, f, &scratch))) {
            return f->name(); // an unset text reads as empty
        }
    } else if (f->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, f); ++i)
            if (std::string path = textWithNul(reflection->GetRepeatedMessage(message, f, i));
                !path.empty())
                return f->name() + "." + path;
    } else if (reflection->HasField(message, f)) {
        if (std::string path = textWithNul(reflection->GetMessage(message, f)); !path.empty())
            return f->name() + "." + path;
    }
    return {};
}

} // namespace

std::string textWithNul(const google::protobuf::Message &message)
{
    const TextPlan &plan = textPlan(message.GetDescriptor());
    for (const auto *f : plan.fields)
        if (std::string path = textWithNulIn(message, f); !path.empty())
            return path;
    for (const auto *o : plan.oneofs)
        if (const auto *f = message.GetReflection()->GetOneofFieldDescriptor(message, o))
            if (std::string path = textWithNulIn(message, f); !path.empty())
                return path;
    return {};
}

bool mayHoldNul(std::string_view bytes)
{
    return bytes.find('\0') != std::string_view::npos;
}

bool isCanonicalId(const std::string &id)
{
    // What QUuid::toString(QUuid::WithoutBraces) writes for a non-nil id: lower-case hex in
    // 8-4-4-4-12 groups. Checked by hand: every mutation's ids pass here on a push.
    if (id.size() != 36)
        return false;
    bool nil = true;
    for (size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
            nil = nil && c == '0';
        } else {
            return false;
        }
    }
    return !nil;
}

pb::Role toWire(Role r)
{
    switch (r) {
    case Role::Resident:
        return pb::ROLE_RESIDENT;
    case Role::Gangmaker:
        return pb::ROLE_GANGMAKER;
    case Role::Beheerder:
        return pb::ROLE_BEHEERDER;
    }
    return pb::ROLE_UNSPECIFIED;
}

std::optional<Role> fromWire(pb::Role r)
{
    switch (r) {
    case pb::ROLE_RESIDENT:
        return Role::Resident;
    case pb::ROLE_GANGMAKER:
        return Role::Gangmaker;
    case pb::ROLE_BEHEERDER:
        return Role::Beheerder;
    default:
        return std::nullopt;
    }
}

pb::Period toWire(hours::Period p)
{
    return p == hours::Period::Week ? pb::PERIOD_WEEK : pb::PERIOD_MONTH;
}

std::optional<hours::Period> fromWire(pb::Period p)
{
    switch (p) {
    case pb::PERIOD_WEEK:
        return hours::Period::Week;
    case pb::PERIOD_MONTH:
        return hours::Period::Month;
    default:
        return std::nullopt;
    }
}

pb::EntrySource toWire(EntrySource src)
{
    switch (src) {
    case EntrySource::Manual:
        return pb::ENTRY_SOURCE_MANUAL;
    case EntrySource::Activity:
        return pb::ENTRY_SOURCE_ACTIVITY;
    case EntrySource::Service:
        return pb::ENTRY_SOURCE_SERVICE;
    }
    return pb::ENTRY_SOURCE_MANUAL;
}

EntrySource fromWire(pb::EntrySource src)
{
    switch (src) {
    case pb::ENTRY_SOURCE_ACTIVITY:
        return EntrySource::Activity;
    case pb::ENTRY_SOURCE_SERVICE:
        return EntrySource::Service;
    default:
        return EntrySource::Manual;
    }
}

pb::Project toWire(const Project &p)
{
    pb::Project out;
    out.set_id(s(p.id));
    out.set_name(s(p.name));
    out.set_time_zone(s(p.timeZone));
    out.set_requirement_minutes(p.requirement.minutes);
    out.set_requirement_period(toWire(p.requirement.period));
    out.set_backdating_days(p.backdatingDays);
    for (const QString &c : p.categories)
        out.add_categories(s(c));
    out.set_beheerder_contact(s(p.beheerderContact));
    out.set_emergency_number(s(p.emergencyNumber));
    out.set_office_hours(s(p.officeHours));
    for (const QString &c : p.serviceCategories)
        out.add_service_categories(s(c));
    out.set_service_expiry_days(p.serviceExpiryDays);
    *out.mutable_signal_settings() = toWire(p.signalSettings);
    for (const activities::Place &place : p.places) {
        pb::Place *w = out.add_places();
        w->set_id(s(place.id));
        w->set_name(s(place.name));
        w->set_gang(s(place.gang));
    }
    return out;
}

Project fromWire(const pb::Project &p)
{
    Project out;
    out.id = q(p.id());
    out.name = q(p.name());
    out.timeZone = q(p.time_zone());
    out.requirement.minutes = p.requirement_minutes();
    out.requirement.period = fromWire(p.requirement_period()).value_or(hours::Period::Month);
    out.backdatingDays = p.backdating_days();
    out.categories.clear();
    for (const auto &c : p.categories())
        out.categories.append(q(c));
    out.beheerderContact = q(p.beheerder_contact());
    out.emergencyNumber = q(p.emergency_number());
    out.officeHours = q(p.office_hours());
    for (const auto &c : p.service_categories())
        out.serviceCategories.append(q(c));
    out.serviceExpiryDays =
        p.service_expiry_days() > 0 ? p.service_expiry_days() : services::kDefaultExpiryDays;
    for (const pb::Place &w : p.places())
        out.places.append({q(w.id()), q(w.name()), q(w.gang())});
    out.signalSettings = fromWire(p.signal_settings());
    return out;
}

pb::Member toWire(const Member &m)
{
    pb::Member out;
    out.set_id(s(m.id));
    out.set_project_id(s(m.projectId));
    out.set_display_name(s(m.displayName));
    out.set_role(toWire(m.role));
    out.set_gang(s(m.gang));
    out.set_studio(s(m.studio));
    for (const QString &t : m.talents)
        out.add_talents(s(t));
    out.set_moved_in(dayToWire(m.movedIn));
    out.set_paused_until(dayToWire(m.pausedUntil));
    for (const PausePeriod &p : m.pauses) {
        pb::PausePeriod *w = out.add_pauses();
        w->set_from(dayToWire(p.from));
        w->set_until(dayToWire(p.until));
        w->set_set_by(s(p.setBy));
        w->set_set_at_ms(p.setAt.isValid() ? p.setAt.toMSecsSinceEpoch() : 0);
        w->set_reason(s(p.reason));
    }
    return out;
}

Member fromWire(const pb::Member &m)
{
    Member out;
    out.id = q(m.id());
    out.projectId = q(m.project_id());
    out.displayName = q(m.display_name());
    out.role = fromWire(m.role()).value_or(Role::Resident);
    out.gang = q(m.gang());
    out.studio = q(m.studio());
    for (const auto &t : m.talents())
        out.talents.append(q(t));
    out.movedIn = dayFromWire(m.moved_in());
    out.pausedUntil = dayFromWire(m.paused_until());
    for (const pb::PausePeriod &w : m.pauses()) {
        PausePeriod p;
        p.from = dayFromWire(w.from());
        p.until = dayFromWire(w.until());
        p.setBy = q(w.set_by());
        if (w.set_at_ms() != 0)
            p.setAt = QDateTime::fromMSecsSinceEpoch(w.set_at_ms(), QTimeZone::utc());
        p.reason = q(w.reason());
        if (p.from.isValid() && p.until.isValid()) // a period without its days means nothing
            out.pauses.append(p);
    }
    return out;
}

pb::Device toWire(const DeviceRecord &d)
{
    pb::Device out;
    out.set_id(s(d.id));
    out.set_member_id(s(d.memberId));
    out.set_name(s(d.name));
    out.set_enrolled_at_ms(d.enrolledAt.isValid() ? d.enrolledAt.toMSecsSinceEpoch() : 0);
    out.set_last_sync_day(dayToWire(d.lastSyncDay));
    out.set_revoked_at_ms(d.revokedAt.isValid() ? d.revokedAt.toMSecsSinceEpoch() : 0);
    out.set_revoked_by(s(d.revokedBy));
    return out;
}

DeviceRecord fromWire(const pb::Device &d)
{
    DeviceRecord out;
    out.id = q(d.id());
    out.memberId = q(d.member_id());
    out.name = q(d.name());
    if (d.enrolled_at_ms() != 0)
        out.enrolledAt = QDateTime::fromMSecsSinceEpoch(d.enrolled_at_ms(), QTimeZone::utc());
    out.lastSyncDay = dayFromWire(d.last_sync_day());
    if (d.revoked_at_ms() != 0)
        out.revokedAt = QDateTime::fromMSecsSinceEpoch(d.revoked_at_ms(), QTimeZone::utc());
    out.revokedBy = q(d.revoked_by());
    return out;
}

pb::HourEntry toWire(const HourEntry &e)
{
    pb::HourEntry out;
    out.set_id(s(e.id));
    out.set_member_id(s(e.memberId));
    out.set_day(dayToWire(e.day));
    out.set_minutes(e.minutes);
    out.set_category(s(e.category));
    out.set_note(s(e.note));
    out.set_source(toWire(e.source));
    out.set_source_id(s(e.sourceId));
    out.set_corrects(s(e.corrects));
    out.set_voids(e.voids);
    out.set_created_at_ms(e.createdAt.isValid() ? e.createdAt.toMSecsSinceEpoch() : 0);
    return out;
}

HourEntry fromWire(const pb::HourEntry &e)
{
    HourEntry out;
    out.id = q(e.id());
    out.memberId = q(e.member_id());
    out.day = dayFromWire(e.day());
    out.minutes = e.minutes();
    out.category = q(e.category());
    out.note = q(e.note());
    out.source = fromWire(e.source());
    out.sourceId = q(e.source_id());
    out.corrects = q(e.corrects());
    out.voids = e.voids();
    out.createdAt = QDateTime::fromMSecsSinceEpoch(e.created_at_ms(), QTimeZone::utc());
    return out;
}

pb::ActivityStatus toWire(activities::Status st)
{
    switch (st) {
    case activities::Status::Planned:
        return pb::ACTIVITY_STATUS_PLANNED;
    case activities::Status::Cancelled:
        return pb::ACTIVITY_STATUS_CANCELLED;
    case activities::Status::Done:
        return pb::ACTIVITY_STATUS_DONE;
    }
    return pb::ACTIVITY_STATUS_PLANNED;
}

activities::Status fromWire(pb::ActivityStatus st)
{
    switch (st) {
    case pb::ACTIVITY_STATUS_CANCELLED:
        return activities::Status::Cancelled;
    case pb::ACTIVITY_STATUS_DONE:
        return activities::Status::Done;
    default:
        return activities::Status::Planned;
    }
}

pb::SignUpState toWire(activities::SignUpState st)
{
    switch (st) {
    case activities::SignUpState::Pending:
        return pb::SIGN_UP_STATE_UNSPECIFIED;
    case activities::SignUpState::Confirmed:
        return pb::SIGN_UP_STATE_CONFIRMED;
    case activities::SignUpState::Waitlisted:
        return pb::SIGN_UP_STATE_WAITLISTED;
    case activities::SignUpState::Withdrawn:
        return pb::SIGN_UP_STATE_WITHDRAWN;
    }
    return pb::SIGN_UP_STATE_UNSPECIFIED;
}

activities::SignUpState fromWire(pb::SignUpState st)
{
    switch (st) {
    case pb::SIGN_UP_STATE_CONFIRMED:
        return activities::SignUpState::Confirmed;
    case pb::SIGN_UP_STATE_WAITLISTED:
        return activities::SignUpState::Waitlisted;
    case pb::SIGN_UP_STATE_WITHDRAWN:
        return activities::SignUpState::Withdrawn;
    default:
        return activities::SignUpState::Pending;
    }
}

pb::ActivitySignUp toWire(const activities::SignUp &su)
{
    pb::ActivitySignUp out;
    out.set_id(s(su.id));
    out.set_member_id(s(su.memberId));
    out.set_companion_id(s(su.companionId));
    out.set_state(toWire(su.state));
    out.set_server_order(quint64(std::max<qint64>(su.order, 0)));
    out.set_waiting_place(su.waitingPlace);
    out.set_received_at_ms(ms(su.receivedAt));
    out.set_changed_at_ms(ms(su.changedAt));
    return out;
}

activities::SignUp fromWire(const pb::ActivitySignUp &su)
{
    activities::SignUp out;
    out.id = q(su.id());
    out.memberId = q(su.member_id());
    out.companionId = q(su.companion_id());
    out.state = fromWire(su.state());
    out.order = qint64(std::min<quint64>(su.server_order(), quint64(INT64_MAX)));
    out.waitingPlace = su.waiting_place();
    out.receivedAt = instant(su.received_at_ms());
    out.changedAt = instant(su.changed_at_ms());
    return out;
}

pb::CreditDispute toWire(const activities::Dispute &d)
{
    pb::CreditDispute out;
    out.set_id(s(d.id));
    out.set_member_id(s(d.memberId));
    out.set_entry_id(s(d.entryId));
    out.set_minutes(d.minutes);
    out.set_reason(s(d.reason));
    switch (d.state) {
    case activities::DisputeState::Open:
        out.set_state(pb::DISPUTE_STATE_OPEN);
        break;
    case activities::DisputeState::Accepted:
        out.set_state(pb::DISPUTE_STATE_ACCEPTED);
        break;
    case activities::DisputeState::Declined:
        out.set_state(pb::DISPUTE_STATE_DECLINED);
        break;
    }
    out.set_answer(s(d.answer));
    out.set_resolved_by(s(d.resolvedBy));
    out.set_created_at_ms(ms(d.createdAt));
    out.set_resolved_at_ms(ms(d.resolvedAt));
    return out;
}

activities::Dispute fromWire(const pb::CreditDispute &d)
{
    activities::Dispute out;
    out.id = q(d.id());
    out.memberId = q(d.member_id());
    out.entryId = q(d.entry_id());
    out.minutes = d.minutes();
    out.reason = q(d.reason());
    switch (d.state()) {
    case pb::DISPUTE_STATE_ACCEPTED:
        out.state = activities::DisputeState::Accepted;
        break;
    case pb::DISPUTE_STATE_DECLINED:
        out.state = activities::DisputeState::Declined;
        break;
    default:
        out.state = activities::DisputeState::Open;
        break;
    }
    out.answer = q(d.answer());
    out.resolvedBy = q(d.resolved_by());
    out.createdAt = instant(d.created_at_ms());
    out.resolvedAt = instant(d.resolved_at_ms());
    return out;
}

pb::Repeat toWire(activities::Repeat r)
{
    switch (r) {
    case activities::Repeat::None:
        return pb::REPEAT_NONE;
    case activities::Repeat::Weekly:
        return pb::REPEAT_WEEKLY;
    case activities::Repeat::Fortnightly:
        return pb::REPEAT_FORTNIGHTLY;
    case activities::Repeat::Monthly:
        return pb::REPEAT_MONTHLY;
    }
    return pb::REPEAT_NONE;
}

activities::Repeat fromWire(pb::Repeat r)
{
    switch (r) {
    case pb::REPEAT_WEEKLY:
        return activities::Repeat::Weekly;
    case pb::REPEAT_FORTNIGHTLY:
        return activities::Repeat::Fortnightly;
    case pb::REPEAT_MONTHLY:
        return activities::Repeat::Monthly;
    default: // an unknown value from a newer device: treated as a single date
        return activities::Repeat::None;
    }
}

pb::Activity toWire(const Activity &a)
{
    pb::Activity out;
    out.set_id(s(a.id));
    out.set_title(s(a.title));
    out.set_description(s(a.description));
    out.set_place_id(s(a.placeId));
    out.set_start_ms(ms(a.start));
    out.set_end_ms(ms(a.end));
    out.set_capacity(a.capacity);
    out.set_sign_up_deadline_ms(ms(a.signUpDeadline));
    out.set_counts_as_hours(a.countsAsHours);
    out.set_credit_minutes(a.creditMinutes);
    out.set_gang(s(a.gang));
    for (const QString &o : a.organiserIds)
        out.add_organiser_ids(s(o));
    out.set_status(toWire(a.status));
    out.set_cancel_reason(s(a.cancelReason));
    out.set_places_taken(a.placesTaken);
    out.set_waiting_count(a.waitingCount);
    for (const activities::SignUp &su : a.signUps)
        *out.add_sign_ups() = toWire(su);
    out.set_created_by(s(a.createdBy));
    out.set_changed_at_ms(ms(a.changedAt));
    for (const QString &id : a.attendeeIds)
        out.add_attendee_ids(s(id));
    out.set_series_id(s(a.seriesId));
    out.set_series_index(a.seriesIndex);
    out.set_repeat(toWire(a.repeat));
    out.set_repeat_until(a.repeatUntil.isValid() ? s(a.repeatUntil.toString(Qt::ISODate))
                                                 : std::string());
    out.set_cancel_code(s(a.cancelCode));
    for (const activities::Dispute &d : a.disputes)
        *out.add_disputes() = toWire(d);
    return out;
}

Activity fromWire(const pb::Activity &a)
{
    Activity out;
    out.id = q(a.id());
    out.title = q(a.title());
    out.description = q(a.description());
    out.placeId = q(a.place_id());
    out.start = instant(a.start_ms());
    out.end = instant(a.end_ms());
    out.capacity = a.capacity();
    out.signUpDeadline = instant(a.sign_up_deadline_ms());
    out.countsAsHours = a.counts_as_hours();
    out.creditMinutes = a.credit_minutes();
    out.gang = q(a.gang());
    for (const auto &o : a.organiser_ids())
        out.organiserIds.append(q(o));
    out.status = fromWire(a.status());
    out.cancelReason = q(a.cancel_reason());
    out.placesTaken = a.places_taken();
    out.waitingCount = a.waiting_count();
    for (const pb::ActivitySignUp &su : a.sign_ups())
        out.signUps.append(fromWire(su));
    out.createdBy = q(a.created_by());
    out.changedAt = instant(a.changed_at_ms());
    for (const auto &id : a.attendee_ids())
        out.attendeeIds.append(q(id));
    out.seriesId = q(a.series_id());
    out.seriesIndex = a.series_index();
    out.repeat = fromWire(a.repeat());
    out.repeatUntil = QDate::fromString(q(a.repeat_until()), Qt::ISODate);
    out.cancelCode = q(a.cancel_code());
    for (const pb::CreditDispute &d : a.disputes())
        out.disputes.append(fromWire(d));
    return out;
}

} // namespace gw::wire

namespace gw::wire {

namespace {

template <typename Enum, typename Wire>
Enum enumFromWire(Wire w, std::initializer_list<std::pair<Wire, Enum>> map, Enum fallback)
{
    for (const auto &[from, to] : map)
        if (from == w)
            return to;
    return fallback;
}

template <typename Enum, typename Wire>
Wire enumToWire(Enum e, std::initializer_list<std::pair<Wire, Enum>> map)
{
    for (const auto &[to, from] : map)
        if (from == e)
            return to;
    return map.begin()->first;
}

using SK = services::Kind;
using SS = services::State;
using OS = services::OccurrenceState;
const std::initializer_list<std::pair<pb::ServiceKind, SK>> kKinds = {
    {pb::SERVICE_KIND_REQUEST, SK::Request}, {pb::SERVICE_KIND_OFFER, SK::Offer}};
// Expired is derived, never sent: it travels as the open state it is.
const std::initializer_list<std::pair<pb::ServiceState, SS>> kStates = {
    {pb::SERVICE_STATE_OPEN, SS::Open},     {pb::SERVICE_STATE_TAKEN, SS::Taken},
    {pb::SERVICE_STATE_CLOSED, SS::Closed}, {pb::SERVICE_STATE_WITHDRAWN, SS::Withdrawn},
    {pb::SERVICE_STATE_HIDDEN, SS::Hidden}, {pb::SERVICE_STATE_OPEN, SS::Expired}};
const std::initializer_list<std::pair<pb::OccurrenceState, OS>> kOccurrenceStates = {
    {pb::OCCURRENCE_STATE_REPORTED, OS::Reported},
    {pb::OCCURRENCE_STATE_AWAITING_BEHEERDER, OS::AwaitingBeheerder},
    {pb::OCCURRENCE_STATE_CREDITED, OS::Credited},
    {pb::OCCURRENCE_STATE_DISPUTED, OS::Disputed},
    {pb::OCCURRENCE_STATE_DECLINED, OS::Declined}};

} // namespace

pb::ServiceKind toWire(services::Kind k)
{
    return enumToWire<SK, pb::ServiceKind>(k, kKinds);
}

services::Kind fromWire(pb::ServiceKind k)
{
    return enumFromWire(k, kKinds, SK::Request);
}

pb::ServiceState toWire(services::State st)
{
    return enumToWire<SS, pb::ServiceState>(st, kStates);
}

services::State fromWire(pb::ServiceState st)
{
    return enumFromWire(st, kStates, SS::Open);
}

pb::OccurrenceState toWire(services::OccurrenceState st)
{
    return enumToWire<OS, pb::OccurrenceState>(st, kOccurrenceStates);
}

services::OccurrenceState fromWire(pb::OccurrenceState st)
{
    return enumFromWire(st, kOccurrenceStates, OS::Reported);
}

pb::ServicePost toWire(const ServicePost &p)
{
    pb::ServicePost out;
    out.set_id(s(p.id));
    out.set_kind(toWire(p.kind));
    out.set_category(s(p.category));
    out.set_text(s(p.text));
    out.set_when_from_ms(ms(p.whenFrom));
    out.set_when_until_ms(ms(p.whenUntil));
    out.set_estimate_minutes(p.estimateMinutes);
    out.set_gang(s(p.gang));
    out.set_asker_id(s(p.askerId));
    out.set_helper_id(s(p.helperId));
    out.set_posted_by(s(p.postedBy));
    out.set_on_behalf(p.onBehalf);
    out.set_state(toWire(p.state));
    out.set_posted_at_ms(ms(p.postedAt));
    out.set_expires_at_ms(ms(p.expiresAt));
    out.set_taken_at_ms(ms(p.takenAt));
    out.set_repeat(toWire(p.repeat));
    out.set_repeat_until(dayToWire(p.repeatUntil));
    for (const services::Occurrence &o : p.occurrences) {
        pb::ServiceOccurrence *w = out.add_occurrences();
        w->set_id(s(o.id));
        w->set_day(dayToWire(o.day));
        w->set_helper_id(s(o.helperId));
        w->set_reported_minutes(o.reportedMinutes);
        w->set_report_note(s(o.reportNote));
        w->set_reported_at_ms(ms(o.reportedAt));
        w->set_state(toWire(o.state));
        w->set_confirmed_minutes(o.confirmedMinutes);
        w->set_confirmed_by(s(o.confirmedBy));
        w->set_confirmed_at_ms(ms(o.confirmedAt));
        w->set_entry_id(s(o.entryId));
        w->set_dispute_reason(s(o.disputeReason));
        w->set_decision_note(s(o.decisionNote));
    }
    for (const services::Message &m : p.messages) {
        pb::ServiceMessage *w = out.add_messages();
        w->set_id(s(m.id));
        w->set_author_id(s(m.authorId));
        w->set_helper_id(s(m.helperId));
        w->set_text(s(m.text));
        w->set_sent_at_ms(ms(m.sentAt));
    }
    out.set_hidden_reason(s(p.hiddenReason));
    out.set_hidden_by(s(p.hiddenBy));
    for (const QString &id : p.standInIds)
        out.add_stand_in_ids(s(id));
    out.set_suggested_helper_id(s(p.suggestedHelperId));
    out.set_changed_at_ms(ms(p.changedAt));
    return out;
}

ServicePost fromWire(const pb::ServicePost &w)
{
    ServicePost p;
    p.id = q(w.id());
    p.kind = fromWire(w.kind());
    p.category = q(w.category());
    p.text = q(w.text());
    p.whenFrom = instant(w.when_from_ms());
    p.whenUntil = instant(w.when_until_ms());
    p.estimateMinutes = w.estimate_minutes();
    p.gang = q(w.gang());
    p.askerId = q(w.asker_id());
    p.helperId = q(w.helper_id());
    p.postedBy = q(w.posted_by());
    p.onBehalf = w.on_behalf();
    p.state = fromWire(w.state());
    p.postedAt = instant(w.posted_at_ms());
    p.expiresAt = instant(w.expires_at_ms());
    p.takenAt = instant(w.taken_at_ms());
    p.repeat = fromWire(w.repeat());
    p.repeatUntil = dayFromWire(w.repeat_until());
    for (const pb::ServiceOccurrence &x : w.occurrences()) {
        services::Occurrence o;
        o.id = q(x.id());
        o.day = dayFromWire(x.day());
        o.helperId = q(x.helper_id());
        o.reportedMinutes = x.reported_minutes();
        o.reportNote = q(x.report_note());
        o.reportedAt = instant(x.reported_at_ms());
        o.state = fromWire(x.state());
        o.confirmedMinutes = x.confirmed_minutes();
        o.confirmedBy = q(x.confirmed_by());
        o.confirmedAt = instant(x.confirmed_at_ms());
        o.entryId = q(x.entry_id());
        o.disputeReason = q(x.dispute_reason());
        o.decisionNote = q(x.decision_note());
        p.occurrences.append(o);
    }
    for (const pb::ServiceMessage &x : w.messages()) {
        services::Message m;
        m.id = q(x.id());
        m.authorId = q(x.author_id());
        m.helperId = q(x.helper_id());
        m.text = q(x.text());
        m.sentAt = instant(x.sent_at_ms());
        p.messages.append(m);
    }
    p.hiddenReason = q(w.hidden_reason());
    p.hiddenBy = q(w.hidden_by());
    for (const auto &id : w.stand_in_ids())
        p.standInIds.append(q(id));
    p.suggestedHelperId = q(w.suggested_helper_id());
    p.changedAt = instant(w.changed_at_ms());
    return p;
}

// --- Signals -------------------------------------------------------------------------------

namespace {

void textsToWire(const QList<signalrules::Text> &texts,
                 google::protobuf::RepeatedPtrField<pb::SignalText> *out)
{
    for (const signalrules::Text &t : texts) {
        pb::SignalText *w = out->Add();
        w->set_id(s(t.id));
        w->set_author_id(s(t.authorId));
        w->set_text(s(t.text));
        w->set_at_ms(ms(t.at));
    }
}

QList<signalrules::Text> textsFromWire(const google::protobuf::RepeatedPtrField<pb::SignalText> &w)
{
    QList<signalrules::Text> out;
    out.reserve(w.size());
    for (const pb::SignalText &t : w)
        out.append({q(t.id()), q(t.author_id()), q(t.text()), instant(t.at_ms())});
    return out;
}

} // namespace

std::optional<signalrules::Category> fromWire(pb::SignalCategory c)
{
    if (c < pb::SIGNAL_CATEGORY_NOT_SEEN || c > pb::SIGNAL_CATEGORY_OTHER)
        return std::nullopt;
    return signalrules::Category(int(c) - 1);
}

pb::SignalCategory toWire(signalrules::Category c)
{
    return pb::SignalCategory(int(c) + 1);
}

std::optional<signalrules::Urgency> fromWire(pb::SignalUrgency u)
{
    switch (u) {
    case pb::SIGNAL_URGENCY_CAN_WAIT:
        return signalrules::Urgency::CanWait;
    case pb::SIGNAL_URGENCY_TODAY:
        return signalrules::Urgency::Today;
    default:
        return std::nullopt;
    }
}

pb::SignalUrgency toWire(signalrules::Urgency u)
{
    return u == signalrules::Urgency::Today ? pb::SIGNAL_URGENCY_TODAY
                                            : pb::SIGNAL_URGENCY_CAN_WAIT;
}

pb::SignalOutcome toWire(signalrules::Outcome o)
{
    return pb::SignalOutcome(int(o));
}

signalrules::Outcome fromWire(pb::SignalOutcome o)
{
    if (o < pb::SIGNAL_OUTCOME_CHECKED_IN_PERSON || o > pb::SIGNAL_OUTCOME_NO_ACTION_NEEDED)
        return signalrules::Outcome::None;
    return signalrules::Outcome(int(o));
}

pb::KnockOutcome toWire(signalrules::KnockOutcome o)
{
    return pb::KnockOutcome(int(o));
}

signalrules::KnockOutcome fromWire(pb::KnockOutcome o)
{
    if (o < pb::KNOCK_OUTCOME_SPOKE || o > pb::KNOCK_OUTCOME_ASKED_FOR_BEHEERDER)
        return signalrules::KnockOutcome::None;
    return signalrules::KnockOutcome(int(o));
}

pb::SignalSettings toWire(const signalrules::Settings &st)
{
    pb::SignalSettings out;
    for (int d : st.officeDays)
        out.add_office_days(d);
    out.set_office_opens_minute(st.opensMinute);
    out.set_office_closes_minute(st.closesMinute);
    out.set_today_minutes(st.todayMinutes);
    out.set_can_wait_minutes(st.canWaitMinutes);
    out.set_retention_months(st.retentionMonths);
    out.set_identity_months(st.identityMonths);
    return out;
}

signalrules::Settings fromWire(const pb::SignalSettings &w)
{
    signalrules::Settings out;
    for (int d : w.office_days())
        out.officeDays.append(d);
    out.opensMinute = w.office_opens_minute();
    out.closesMinute = w.office_closes_minute();
    out.todayMinutes = std::max(0, w.today_minutes());
    out.canWaitMinutes = std::max(0, w.can_wait_minutes());
    out.retentionMonths = std::max(0, w.retention_months());
    out.identityMonths = std::max(0, w.identity_months());
    return out;
}

pb::Signal toWire(const Signal &sig)
{
    pb::Signal out;
    out.set_id(s(sig.id));
    out.set_category(toWire(sig.category));
    out.set_urgency(toWire(sig.urgency));
    out.set_text(s(sig.text));
    out.set_studio(s(sig.studio));
    out.set_place(s(sig.place));
    out.set_since(dayToWire(sig.since));
    out.set_reporter_id(s(sig.reporterId));
    out.set_on_behalf(sig.onBehalf);
    out.set_state(pb::SignalState(int(sig.state)));
    out.set_outcome(toWire(sig.outcome));
    textsToWire(sig.answers, out.mutable_answers());
    textsToWire(sig.infos, out.mutable_infos());
    textsToWire(sig.notes, out.mutable_notes());
    out.set_merged_into(s(sig.mergedInto));
    out.set_raised_at_ms(ms(sig.raisedAt));
    out.set_received_at_ms(ms(sig.receivedAt));
    out.set_due_at_ms(ms(sig.dueAt));
    out.set_closed_at_ms(ms(sig.closedAt));
    out.set_reopened_at_ms(ms(sig.reopenedAt));
    out.set_handled_by(s(sig.handledBy));
    out.set_gang(s(sig.gang));
    out.set_changed_at_ms(ms(sig.changedAt));
    return out;
}

Signal fromWire(const pb::Signal &w)
{
    Signal sig;
    sig.id = q(w.id());
    sig.category = fromWire(w.category()).value_or(signalrules::Category::Other);
    sig.urgency = fromWire(w.urgency()).value_or(signalrules::Urgency::CanWait);
    sig.text = q(w.text());
    sig.studio = q(w.studio());
    sig.place = q(w.place());
    sig.since = dayFromWire(w.since());
    sig.reporterId = q(w.reporter_id());
    sig.onBehalf = w.on_behalf();
    sig.state = w.state() >= pb::SIGNAL_STATE_RECEIVED && w.state() <= pb::SIGNAL_STATE_REOPENED
                    ? signalrules::State(int(w.state()))
                    : signalrules::State::Sent;
    sig.outcome = fromWire(w.outcome());
    sig.answers = textsFromWire(w.answers());
    sig.infos = textsFromWire(w.infos());
    sig.notes = textsFromWire(w.notes());
    sig.mergedInto = q(w.merged_into());
    sig.raisedAt = instant(w.raised_at_ms());
    sig.receivedAt = instant(w.received_at_ms());
    sig.dueAt = instant(w.due_at_ms());
    sig.closedAt = instant(w.closed_at_ms());
    sig.reopenedAt = instant(w.reopened_at_ms());
    sig.handledBy = q(w.handled_by());
    sig.gang = q(w.gang());
    sig.changedAt = instant(w.changed_at_ms());
    return sig;
}

pb::KnockTask toWire(const KnockTask &t)
{
    pb::KnockTask out;
    out.set_id(s(t.id));
    out.set_signal_id(s(t.signalId));
    out.set_gangmaker_id(s(t.gangmakerId));
    out.set_studio(s(t.studio));
    out.set_day(dayToWire(t.day));
    out.set_asked_by(s(t.askedBy));
    out.set_asked_at_ms(ms(t.askedAt));
    out.set_outcome(toWire(t.outcome));
    out.set_done_at_ms(ms(t.doneAt));
    out.set_changed_at_ms(ms(t.changedAt));
    return out;
}

KnockTask fromWire(const pb::KnockTask &w)
{
    KnockTask t;
    t.id = q(w.id());
    t.signalId = q(w.signal_id());
    t.gangmakerId = q(w.gangmaker_id());
    t.studio = q(w.studio());
    t.day = dayFromWire(w.day());
    t.askedBy = q(w.asked_by());
    t.askedAt = instant(w.asked_at_ms());
    t.outcome = fromWire(w.outcome());
    t.doneAt = instant(w.done_at_ms());
    t.changedAt = instant(w.changed_at_ms());
    return t;
}

} // namespace gw::wire
