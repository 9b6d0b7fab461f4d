#include "activityrepository.h"

#include "recordcodec.h"
#include "store.h"

#include <QTimeZone>

#include <algorithm>

namespace gw {

namespace {

#define GW_SELECT_ACTIVITY                                                                         \
    "SELECT id, project_id, title, description, place_id, start_ms, end_ms, capacity, "            \
    "deadline_ms, counts_as_hours, credit_minutes, gang, status, cancel_reason, places_taken, "    \
    "waiting_count, created_by, changed_at_ms, series_id, series_index, repeat, repeat_until, "    \
    "cancel_code FROM activity "

// Stored as they travel (recordcodec.h).
constexpr auto ms = wire::instantToMs;
constexpr auto instant = wire::instantFromMs;

const char *statusName(activities::Status s)
{
    switch (s) {
    case activities::Status::Planned:
        return "PLANNED";
    case activities::Status::Cancelled:
        return "CANCELLED";
    case activities::Status::Done:
        return "DONE";
    }
    return "PLANNED";
}

activities::Status statusFromName(const QString &s)
{
    if (s == QLatin1String("CANCELLED"))
        return activities::Status::Cancelled;
    if (s == QLatin1String("DONE"))
        return activities::Status::Done;
    return activities::Status::Planned;
}

const char *stateName(activities::SignUpState s)
{
    switch (s) {
    case activities::SignUpState::Pending:
        return "PENDING";
    case activities::SignUpState::Confirmed:
        return "CONFIRMED";
    case activities::SignUpState::Waitlisted:
        return "WAITLISTED";
    case activities::SignUpState::Withdrawn:
        return "WITHDRAWN";
    }
    return "PENDING";
}

activities::SignUpState stateFromName(const QString &s)
{
    if (s == QLatin1String("CONFIRMED"))
        return activities::SignUpState::Confirmed;
    if (s == QLatin1String("WAITLISTED"))
        return activities::SignUpState::Waitlisted;
    if (s == QLatin1String("WITHDRAWN"))
        return activities::SignUpState::Withdrawn;
    return activities::SignUpState::Pending;
}

const char *repeatName(activities::Repeat r)
{
    switch (r) {
    case activities::Repeat::None:
        return "";
    case activities::Repeat::Weekly:
        return "WEEKLY";
    case activities::Repeat::Fortnightly:
        return "FORTNIGHTLY";
    case activities::Repeat::Monthly:
        return "MONTHLY";
    }
    return "";
}

const char *disputeStateName(activities::DisputeState s)
{
    switch (s) {
    case activities::DisputeState::Open:
        return "OPEN";
    case activities::DisputeState::Accepted:
        return "ACCEPTED";
    case activities::DisputeState::Declined:
        return "DECLINED";
    }
    return "OPEN";
}

activities::DisputeState disputeStateFromName(const QString &s)
{
    if (s == QLatin1String("ACCEPTED"))
        return activities::DisputeState::Accepted;
    if (s == QLatin1String("DECLINED"))
        return activities::DisputeState::Declined;
    return activities::DisputeState::Open;
}

activities::Repeat repeatFromName(const QString &s)
{
    if (s == QLatin1String("WEEKLY"))
        return activities::Repeat::Weekly;
    if (s == QLatin1String("FORTNIGHTLY"))
        return activities::Repeat::Fortnightly;
    if (s == QLatin1String("MONTHLY"))
        return activities::Repeat::Monthly;
    return activities::Repeat::None;
}

} // namespace

void ActivityRepository::save(const Activity &a)
{
    // SQLite 3.15 has no UPSERT, and REPLACE would delete the row its sign-ups reference.
    const auto bindAll = [&](Statement &s) {
        s.bind(1, a.id).bind(2, a.projectId).bind(3, a.title).bind(4, a.description);
        s.bind(5, a.placeId).bind(6, ms(a.start)).bind(7, ms(a.end)).bind(8, a.capacity);
        s.bind(9, ms(a.signUpDeadline)).bind(10, a.countsAsHours).bind(11, a.creditMinutes);
        s.bind(12, a.gang).bind(13, statusName(a.status)).bind(14, a.cancelReason);
        s.bind(15, a.placesTaken).bind(16, a.waitingCount).bind(17, a.createdBy);
        s.bind(18, ms(a.changedAt)).bind(19, a.seriesId).bind(20, a.seriesIndex);
        s.bind(21, repeatName(a.repeat));
        s.bind(22, a.repeatUntil.isValid() ? a.repeatUntil.toString(Qt::ISODate) : QString());
        s.bind(23, a.cancelCode);
    };
    Statement upd(m_store, R"(
        UPDATE activity SET project_id = ?2, title = ?3, description = ?4, place_id = ?5,
            start_ms = ?6, end_ms = ?7, capacity = ?8, deadline_ms = ?9, counts_as_hours = ?10,
            credit_minutes = ?11, gang = ?12, status = ?13, cancel_reason = ?14,
            places_taken = ?15, waiting_count = ?16, created_by = ?17, changed_at_ms = ?18,
            series_id = ?19, series_index = ?20, repeat = ?21, repeat_until = ?22,
            cancel_code = ?23
        WHERE id = ?1)");
    bindAll(upd);
    upd.run();
    if (m_store.changes() == 0) {
        Statement ins(m_store, R"(
            INSERT INTO activity (id, project_id, title, description, place_id, start_ms, end_ms,
                capacity, deadline_ms, counts_as_hours, credit_minutes, gang, status,
                cancel_reason, places_taken, waiting_count, created_by, changed_at_ms, series_id,
                series_index, repeat, repeat_until, cancel_code)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                    ?18, ?19, ?20, ?21, ?22, ?23))");
        bindAll(ins);
        ins.run();
    }
    Statement delOrg(m_store, "DELETE FROM activity_organiser WHERE activity_id = ?1");
    delOrg.bind(1, a.id).run();
    Statement insOrg(m_store, "INSERT INTO activity_organiser (activity_id, position, member_id) "
                              "VALUES (?1, ?2, ?3)");
    for (int i = 0; i < a.organiserIds.size(); ++i) {
        insOrg.reset();
        insOrg.bind(1, a.id).bind(2, i).bind(3, a.organiserIds.at(i)).run();
    }
    Statement delCame(m_store, "DELETE FROM activity_attendee WHERE activity_id = ?1");
    delCame.bind(1, a.id).run();
    Statement insCame(m_store, "INSERT INTO activity_attendee (activity_id, position, member_id) "
                               "VALUES (?1, ?2, ?3)");
    for (int i = 0; i < a.attendeeIds.size(); ++i) {
        insCame.reset();
        insCame.bind(1, a.id).bind(2, i).bind(3, a.attendeeIds.at(i)).run();
    }
    Statement delSign(m_store, "DELETE FROM activity_sign_up WHERE activity_id = ?1");
    delSign.bind(1, a.id).run();
    Statement insSign(m_store, R"(
        INSERT INTO activity_sign_up (id, activity_id, member_id, companion_id, state,
            server_order, waiting_place, received_at_ms, changed_at_ms)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))");
    for (const activities::SignUp &su : a.signUps) {
        insSign.reset();
        insSign.bind(1, su.id).bind(2, a.id).bind(3, su.memberId).bind(4, su.companionId);
        insSign.bind(5, stateName(su.state)).bind(6, su.order).bind(7, su.waitingPlace);
        insSign.bind(8, ms(su.receivedAt)).bind(9, ms(su.changedAt)).run();
    }
    Statement delDispute(m_store, "DELETE FROM activity_dispute WHERE activity_id = ?1");
    delDispute.bind(1, a.id).run();
    Statement insDispute(m_store, R"(
        INSERT INTO activity_dispute (id, activity_id, member_id, entry_id, minutes, reason, state,
            answer, resolved_by, created_at_ms, resolved_at_ms)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))");
    for (const activities::Dispute &d : a.disputes) {
        insDispute.reset();
        insDispute.bind(1, d.id).bind(2, a.id).bind(3, d.memberId).bind(4, d.entryId);
        insDispute.bind(5, d.minutes).bindSealed(6, d.reason, "activity_dispute.reason", d.id);
        insDispute.bind(7, disputeStateName(d.state));
        insDispute.bindSealed(8, d.answer, "activity_dispute.answer", d.id);
        insDispute.bind(9, d.resolvedBy).bind(10, ms(d.createdAt));
        insDispute.bind(11, ms(d.resolvedAt)).run();
    }
}

Activity ActivityRepository::read(const Statement &s) const
{
    Activity a;
    a.id = s.text(0);
    a.projectId = s.text(1);
    a.title = s.text(2);
    a.description = s.text(3);
    a.placeId = s.text(4);
    a.start = instant(s.int64(5));
    a.end = instant(s.int64(6));
    a.capacity = s.integer(7);
    a.signUpDeadline = instant(s.int64(8));
    a.countsAsHours = s.integer(9) != 0;
    a.creditMinutes = s.integer(10);
    a.gang = s.text(11);
    a.status = statusFromName(s.text(12));
    a.cancelReason = s.text(13);
    a.placesTaken = s.integer(14);
    a.waitingCount = s.integer(15);
    a.createdBy = s.text(16);
    a.changedAt = instant(s.int64(17));
    a.seriesId = s.text(18);
    a.seriesIndex = s.integer(19);
    a.repeat = repeatFromName(s.text(20));
    a.repeatUntil = QDate::fromString(s.text(21), Qt::ISODate);
    a.cancelCode = s.text(22);
    Statement org(m_store, "SELECT member_id FROM activity_organiser WHERE activity_id = ?1 "
                           "ORDER BY position");
    org.bind(1, a.id);
    while (org.next())
        a.organiserIds.append(org.text(0));
    Statement came(m_store, "SELECT member_id FROM activity_attendee WHERE activity_id = ?1 "
                            "ORDER BY position");
    came.bind(1, a.id);
    while (came.next())
        a.attendeeIds.append(came.text(0));
        // Server order; pending sign-ups (order 0, not yet at the server) after the others; ties
        // in the order written (PostgreSQL keeps none: there by id, which is time-ordered).
#define GW_SIGN_UPS                                                                                \
    "SELECT id, member_id, companion_id, state, server_order, waiting_place, received_at_ms, "     \
    "changed_at_ms FROM activity_sign_up WHERE activity_id = ?1 "                                  \
    "ORDER BY server_order = 0, server_order, "
    Statement su(m_store, m_store.isRemote() ? GW_SIGN_UPS "id" : GW_SIGN_UPS "rowid");
#undef GW_SIGN_UPS
    su.bind(1, a.id);
    while (su.next()) {
        activities::SignUp x;
        x.id = su.text(0);
        x.memberId = su.text(1);
        x.companionId = su.text(2);
        x.state = stateFromName(su.text(3));
        x.order = su.int64(4);
        x.waitingPlace = su.integer(5);
        x.receivedAt = instant(su.int64(6));
        x.changedAt = instant(su.int64(7));
        a.signUps.append(x);
    }
#define GW_DISPUTES                                                                                \
    "SELECT id, member_id, entry_id, minutes, reason, state, answer, resolved_by, "                \
    "created_at_ms, resolved_at_ms FROM activity_dispute WHERE activity_id = ?1 "                  \
    "ORDER BY created_at_ms, "
    Statement dq(m_store, m_store.isRemote() ? GW_DISPUTES "id" : GW_DISPUTES "rowid");
#undef GW_DISPUTES
    dq.bind(1, a.id);
    while (dq.next()) {
        activities::Dispute d;
        d.id = dq.text(0);
        d.memberId = dq.text(1);
        d.entryId = dq.text(2);
        d.minutes = dq.integer(3);
        d.reason = dq.sealedText(4, "activity_dispute.reason", d.id);
        d.state = disputeStateFromName(dq.text(5));
        d.answer = dq.sealedText(6, "activity_dispute.answer", d.id);
        d.resolvedBy = dq.text(7);
        d.createdAt = instant(dq.int64(8));
        d.resolvedAt = instant(dq.int64(9));
        a.disputes.append(d);
    }
    return a;
}

std::optional<Activity> ActivityRepository::activity(const QString &id) const
{
    Statement s(m_store, GW_SELECT_ACTIVITY "WHERE id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return read(s);
}

QList<Activity> ActivityRepository::activities(const QString &projectId,
                                               const QDateTime &from) const
{
    Statement s(m_store, GW_SELECT_ACTIVITY "WHERE project_id = ?1 AND end_ms > ?2 "
                                            "ORDER BY start_ms, id");
    s.bind(1, projectId).bind(2, from.isValid() ? ms(from) : qint64(0));
    QList<Activity> out;
    while (s.next())
        out.append(read(s));
    return out;
}

QList<activities::Booking> ActivityRepository::bookings(const QString &placeId,
                                                        const QDateTime &start,
                                                        const QDateTime &end) const
{
    // An activity lasts at most 12 hours, so one that overlaps starts at most that long before
    // @p start: the place's index range stays small.
    const qint64 earliest = ms(start) - qint64(activities::kMaxDurationMinutes) * 60 * 1000;
    Statement s(m_store, "SELECT id, place_id, title, start_ms, end_ms, status FROM activity "
                         "WHERE place_id = ?1 AND start_ms >= ?2 AND start_ms < ?3 "
                         "ORDER BY start_ms");
    s.bind(1, placeId).bind(2, earliest).bind(3, ms(end));
    QList<activities::Booking> out;
    while (s.next())
        out.append({s.text(0), s.text(1), s.text(2), instant(s.int64(3)), instant(s.int64(4)),
                    statusFromName(s.text(5))});
    return out;
}

QList<Activity> ActivityRepository::series(const QString &seriesId, int fromIndex) const
{
    Statement s(m_store, GW_SELECT_ACTIVITY "WHERE series_id = ?1 AND series_index >= ?2 "
                                            "ORDER BY series_index, start_ms");
    s.bind(1, seriesId).bind(2, fromIndex);
    QList<Activity> out;
    while (s.next())
        out.append(read(s));
    return out;
}

bool ActivityRepository::disputeExists(const QString &disputeId) const
{
    Statement s(m_store, "SELECT 1 FROM activity_dispute WHERE id = ?1");
    s.bind(1, disputeId);
    return s.next();
}

bool ActivityRepository::signUpExists(const QString &signUpId) const
{
    Statement s(m_store, "SELECT 1 FROM activity_sign_up WHERE id = ?1");
    s.bind(1, signUpId);
    return s.next();
}

} // namespace gw
