#include "recordcodec.h"

#include <QTimeZone>
#include <QUuid>

#include <algorithm>

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

bool isCanonicalId(const std::string &id)
{
    if (id.size() != 36)
        return false;
    const QUuid u = QUuid::fromString(QLatin1String(id.data(), qsizetype(id.size())));
    return !u.isNull() && s(u.toString(QUuid::WithoutBraces)) == id;
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
    for (const pb::Place &w : p.places())
        out.places.append({q(w.id()), q(w.name()), q(w.gang())});
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
