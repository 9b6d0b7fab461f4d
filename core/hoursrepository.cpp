#include "hoursrepository.h"

#include "store.h"

namespace gw {

namespace {

constexpr const char *kColumns =
    "id, member_id, day, minutes, category, note, source, source_id, corrects, voids, created_at";

QString sourceName(EntrySource s)
{
    switch (s) {
    case EntrySource::Manual:
        return QStringLiteral("MANUAL");
    case EntrySource::Activity:
        return QStringLiteral("ACTIVITY");
    case EntrySource::Service:
        return QStringLiteral("SERVICE");
    }
    return {};
}

EntrySource sourceFromName(const QString &n)
{
    if (n == QLatin1String("ACTIVITY"))
        return EntrySource::Activity;
    if (n == QLatin1String("SERVICE"))
        return EntrySource::Service;
    return EntrySource::Manual;
}

HourEntry readEntry(const Statement &s)
{
    HourEntry e;
    e.id = s.text(0);
    e.memberId = s.text(1);
    e.day = QDate::fromString(s.text(2), Qt::ISODate);
    e.minutes = s.integer(3);
    e.category = s.text(4);
    e.note = s.text(5);
    e.source = sourceFromName(s.text(6));
    e.sourceId = s.text(7);
    e.corrects = s.text(8);
    e.voids = s.integer(9) != 0;
    e.createdAt = QDateTime::fromString(s.text(10), Qt::ISODateWithMs);
    return e;
}

// An entry counts when it is not a void and no later entry corrects it.
constexpr const char *kEffective =
    "e.voids = 0 AND NOT EXISTS (SELECT 1 FROM hour_entry c WHERE c.corrects = e.id)";

} // namespace

void HoursRepository::append(const HourEntry &e)
{
    Statement s(m_store, R"(
        INSERT INTO hour_entry (id, member_id, day, minutes, category, note, source, source_id,
                                corrects, voids, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))");
    s.bind(1, e.id).bind(2, e.memberId).bind(3, e.day.toString(Qt::ISODate)).bind(4, e.minutes);
    s.bind(5, e.category).bind(6, e.note).bind(7, sourceName(e.source));
    s.bindOptional(8, e.sourceId).bindOptional(9, e.corrects).bind(10, e.voids);
    s.bind(11, e.createdAt.toUTC().toString(Qt::ISODateWithMs));
    s.run();
}

std::optional<HourEntry> HoursRepository::entry(const QString &id) const
{
    Statement s(m_store, QByteArray("SELECT ") + kColumns + " FROM hour_entry WHERE id = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readEntry(s);
}

std::optional<HourEntry> HoursRepository::correctionOf(const QString &id) const
{
    Statement s(m_store, QByteArray("SELECT ") + kColumns + " FROM hour_entry WHERE corrects = ?1");
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readEntry(s);
}

int HoursRepository::effectiveMinutes(const QString &memberId, const hours::DayRange &range) const
{
    Statement s(m_store, QByteArray("SELECT COALESCE(SUM(e.minutes), 0) FROM hour_entry e "
                                    "WHERE e.member_id = ?1 AND e.day BETWEEN ?2 AND ?3 AND ") +
                             kEffective);
    s.bind(1, memberId).bind(2, range.first.toString(Qt::ISODate));
    s.bind(3, range.last.toString(Qt::ISODate));
    s.next();
    return s.integer(0);
}

int HoursRepository::effectiveMinutesOnDay(const QString &memberId, QDate day,
                                           const QString &excludingId) const
{
    Statement s(m_store, QByteArray("SELECT COALESCE(SUM(e.minutes), 0) FROM hour_entry e "
                                    "WHERE e.member_id = ?1 AND e.day = ?2 AND e.id <> ?3 AND ") +
                             kEffective);
    s.bind(1, memberId).bind(2, day.toString(Qt::ISODate)).bind(3, excludingId);
    s.next();
    return s.integer(0);
}

QList<QPair<QDate, int>> HoursRepository::effectiveMinutesPerDay(const QString &memberId,
                                                                 const hours::DayRange &range) const
{
    Statement s(m_store, QByteArray("SELECT e.day, SUM(e.minutes) FROM hour_entry e "
                                    "WHERE e.member_id = ?1 AND e.day BETWEEN ?2 AND ?3 AND ") +
                             kEffective + " GROUP BY e.day ORDER BY e.day");
    s.bind(1, memberId).bind(2, range.first.toString(Qt::ISODate));
    s.bind(3, range.last.toString(Qt::ISODate));
    QList<QPair<QDate, int>> out;
    while (s.next())
        out.append({QDate::fromString(s.text(0), Qt::ISODate), s.integer(1)});
    return out;
}

QList<HourEntry> HoursRepository::history(const QString &memberId) const
{
    Statement s(m_store, QByteArray("SELECT ") + kColumns +
                             " FROM hour_entry WHERE member_id = ?1 "
                             "ORDER BY day DESC, created_at DESC, id");
    s.bind(1, memberId);
    QList<HourEntry> out;
    while (s.next())
        out.append(readEntry(s));
    return out;
}

} // namespace gw
