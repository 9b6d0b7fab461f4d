#include "projectrepository.h"

#include "recordcodec.h"
#include "store.h"

#include <QHash>

namespace gw {

void ProjectRepository::saveProject(const Project &p)
{
    // SQLite 3.15 (under SQLCipher 3.4) has no UPSERT; REPLACE would delete a row that members
    // reference. So: update, and insert when there was nothing to update.
    const auto bindAll = [&](Statement &s) {
        s.bind(1, p.id).bind(2, p.name).bind(3, p.timeZone).bind(4, p.requirement.minutes);
        s.bind(5, hours::periodName(p.requirement.period)).bind(6, p.backdatingDays);
        s.bind(7, p.beheerderContact).bind(8, p.emergencyNumber).bind(9, p.officeHours);
        s.bind(10, p.serviceCategories.join(QLatin1Char('\n'))).bind(11, p.serviceExpiryDays);
        const std::string signalSettings = wire::toWire(p.signalSettings).SerializeAsString();
        s.bind(12, QByteArray(signalSettings.data(), qsizetype(signalSettings.size())));
    };
    Statement upd(m_store, R"(
        UPDATE project SET name = ?2, time_zone = ?3, requirement_minutes = ?4,
            requirement_period = ?5, backdating_days = ?6, beheerder_contact = ?7,
            emergency_number = ?8, office_hours = ?9, service_categories = ?10,
            service_expiry_days = ?11, signal_settings = ?12 WHERE id = ?1)");
    bindAll(upd);
    upd.run();
    if (m_store.changes() == 0) {
        Statement ins(m_store, R"(
            INSERT INTO project (id, name, time_zone, requirement_minutes, requirement_period,
                                 backdating_days, beheerder_contact, emergency_number, office_hours,
                                 service_categories, service_expiry_days, signal_settings)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))");
        bindAll(ins);
        ins.run();
    }
    Statement del(m_store, "DELETE FROM category WHERE project_id = ?1");
    del.bind(1, p.id).run();
    Statement ins(m_store, "INSERT INTO category (project_id, position, name) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < p.categories.size(); ++i) {
        ins.reset();
        ins.bind(1, p.id).bind(2, i).bind(3, p.categories.at(i)).run();
    }
    // Places are referenced by activities by id only, so they can be rewritten as a list.
    Statement delPlaces(m_store, "DELETE FROM place WHERE project_id = ?1");
    delPlaces.bind(1, p.id).run();
    Statement insPlace(m_store, "INSERT INTO place (id, project_id, position, name, gang) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < p.places.size(); ++i) {
        const activities::Place &place = p.places.at(i);
        insPlace.reset();
        insPlace.bind(1, place.id).bind(2, p.id).bind(3, i).bind(4, place.name);
        insPlace.bind(5, place.gang).run();
    }
}

std::optional<Project> ProjectRepository::project(const QString &id) const
{
    Statement s(m_store, R"(
        SELECT id, name, time_zone, requirement_minutes, requirement_period, backdating_days,
               beheerder_contact, emergency_number, office_hours, service_categories,
               service_expiry_days, signal_settings
        FROM project WHERE id = ?1)");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    Project p;
    p.id = s.text(0);
    p.name = s.text(1);
    p.timeZone = s.text(2);
    p.requirement.minutes = s.integer(3);
    p.requirement.period = hours::periodFromName(s.text(4)).value_or(hours::Period::Month);
    p.backdatingDays = s.integer(5);
    p.beheerderContact = s.text(6);
    p.emergencyNumber = s.text(7);
    p.officeHours = s.text(8);
    p.serviceCategories = s.text(9).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.serviceExpiryDays = s.integer(10) > 0 ? s.integer(10) : services::kDefaultExpiryDays;
    const QByteArray signalSettings = s.blob(11);
    wire::pb::SignalSettings settings;
    if (settings.ParseFromArray(signalSettings.constData(), int(signalSettings.size())))
        p.signalSettings = wire::fromWire(settings); // unreadable: the defaults
    p.categories.clear();
    Statement c(m_store, "SELECT name FROM category WHERE project_id = ?1 ORDER BY position");
    c.bind(1, id);
    while (c.next())
        p.categories.append(c.text(0));
    Statement places(m_store, "SELECT id, name, gang FROM place WHERE project_id = ?1 "
                              "ORDER BY position");
    places.bind(1, id);
    while (places.next())
        p.places.append({places.text(0), places.text(1), places.text(2)});
    return p;
}

void ProjectRepository::saveMember(const Member &m)
{
    const auto bindAll = [&](Statement &s) {
        s.bind(1, m.id).bind(2, m.projectId).bind(3, m.displayName).bind(4, roleName(m.role));
        s.bindOptional(5, m.movedIn.toString(Qt::ISODate));
        s.bindOptional(6, m.pausedUntil.toString(Qt::ISODate));
        s.bind(7, m.gang).bind(8, m.studio).bind(9, m.talents.join(QLatin1Char('\n')));
    };
    Statement upd(m_store, R"(
        UPDATE member SET project_id = ?2, display_name = ?3, role = ?4, moved_in = ?5,
            paused_until = ?6, gang = ?7, studio = ?8, talents = ?9 WHERE id = ?1)");
    bindAll(upd);
    upd.run();
    if (m_store.changes() == 0) {
        Statement ins(m_store, R"(
            INSERT INTO member (id, project_id, display_name, role, moved_in, paused_until, gang,
                                studio, talents)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))");
        bindAll(ins);
        ins.run();
    }
    // The member's pauses travel with the record: the saved list is the whole history.
    Statement del(m_store, "DELETE FROM requirement_pause WHERE member_id = ?1");
    del.bind(1, m.id).run();
    Statement add(m_store, "INSERT INTO requirement_pause (member_id, from_day, until_day, "
                           "set_by, set_at, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const PausePeriod &p : m.pauses) {
        add.reset();
        add.bind(1, m.id).bind(2, p.from.toString(Qt::ISODate));
        add.bind(3, p.until.toString(Qt::ISODate)).bind(4, p.setBy);
        add.bind(5, p.setAt.isValid() ? p.setAt.toUTC().toString(Qt::ISODateWithMs) : QString());
        add.bind(6, p.reason).run();
    }
}

namespace {
constexpr const char *kMemberColumns =
    "SELECT id, project_id, display_name, role, moved_in, paused_until, gang, studio, talents "
    "FROM member ";

Member readMember(const Statement &s)
{
    Member m;
    m.id = s.text(0);
    m.projectId = s.text(1);
    m.displayName = s.text(2);
    m.role = roleFromName(s.text(3)).value_or(Role::Resident);
    m.movedIn = QDate::fromString(s.text(4), Qt::ISODate);
    m.pausedUntil = QDate::fromString(s.text(5), Qt::ISODate);
    m.gang = s.text(6);
    m.studio = s.text(7);
    m.talents = s.text(8).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return m;
}

PausePeriod readPause(const Statement &s, int first)
{
    PausePeriod p;
    p.from = QDate::fromString(s.text(first), Qt::ISODate);
    p.until = QDate::fromString(s.text(first + 1), Qt::ISODate);
    p.setBy = s.text(first + 2);
    p.setAt = QDateTime::fromString(s.text(first + 3), Qt::ISODateWithMs);
    p.reason = s.text(first + 4);
    return p;
}
} // namespace

std::optional<Member> ProjectRepository::member(const QString &id) const
{
    Statement s(m_store, QByteArray(kMemberColumns) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    Member m = readMember(s);
    Statement p(m_store, "SELECT from_day, until_day, set_by, set_at, reason FROM "
                         "requirement_pause WHERE member_id = ?1 ORDER BY from_day");
    p.bind(1, id);
    while (p.next())
        m.pauses.append(readPause(p, 0));
    return m;
}

QList<Member> ProjectRepository::members(const QString &projectId) const
{
    Statement s(m_store, QByteArray(kMemberColumns) +
                             "WHERE project_id = ?1 ORDER BY lower(display_name), id");
    s.bind(1, projectId);
    QList<Member> out;
    QHash<QString, qsizetype> at;
    while (s.next()) {
        at.insert(s.text(0), out.size());
        out.append(readMember(s));
    }
    // Every member's pauses in one query (the beheerder's overview reads them all).
    Statement p(m_store, "SELECT p.member_id, p.from_day, p.until_day, p.set_by, p.set_at, "
                         "p.reason FROM requirement_pause p JOIN member m ON m.id = p.member_id "
                         "WHERE m.project_id = ?1 ORDER BY p.member_id, p.from_day");
    p.bind(1, projectId);
    while (p.next())
        if (const auto it = at.constFind(p.text(0)); it != at.cend())
            out[*it].pauses.append(readPause(p, 1));
    return out;
}

QString ProjectRepository::selfMemberId() const
{
    return setting(QStringLiteral("self_member_id"));
}

void ProjectRepository::setSelfMemberId(const QString &id)
{
    setSetting(QStringLiteral("self_member_id"), id);
}

QString ProjectRepository::setting(const QString &key) const
{
    Statement s(m_store, "SELECT value FROM setting WHERE key = ?1");
    s.bind(1, key);
    return s.next() ? s.text(0) : QString();
}

void ProjectRepository::setSetting(const QString &key, const QString &value)
{
    // The row has no dependents, so REPLACE is a safe upsert here.
    Statement s(m_store, m_store.isRemote()
                             ? "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                               "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
                             : "INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)");
    s.bind(1, key).bind(2, value).run();
}

} // namespace gw
