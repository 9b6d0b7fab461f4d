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
    e.day = s.day(2);
    e.minutes = s.integer(3);
    e.category = s.text(4);
    e.note = s.sealedText(5, "hour_entry.note", e.id);
    e.source = sourceFromName(s.text(6));
    e.sourceId = s.text(7);
    e.corrects = s.text(8);
    e.voids = s.integer(9) != 0;
    e.createdAt = s.utcMs(10);
    return e;
}

// An entry counts when it is not a void and no later entry corrects it.
constexpr const char *kEffective =
    "e.voids = 0 AND NOT EXISTS (SELECT 1 FROM hour_entry c WHERE c.corrects = e.id)";
// On a device, an entry or correction the server refused does not count.
constexpr const char *kEffectiveOnDevice =
    "e.voids = 0 AND NOT EXISTS (SELECT 1 FROM hour_entry c WHERE c.corrects = e.id AND NOT "
    "EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = c.id AND o.state = 'REJECTED')) AND NOT "
    "EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = e.id AND o.state = 'REJECTED')";

void bindEntry(Statement &s, const HourEntry &e)
{
    s.bind(1, e.id).bind(2, e.memberId).bind(3, e.day).bind(4, e.minutes);
    s.bind(5, e.category).bindSealed(6, e.note, "hour_entry.note", e.id);
    s.bind(7, sourceName(e.source));
    s.bindOptional(8, e.sourceId).bindOptional(9, e.corrects).bind(10, e.voids);
    s.bindUtcMs(11, e.createdAt);
}

} // namespace

HoursRepository::HoursRepository(Store &store, bool deviceLedger)
    : m_store(store), m_deviceLedger(deviceLedger)
{
}

QByteArray HoursRepository::effective() const
{
    return m_deviceLedger ? kEffectiveOnDevice : kEffective;
}

void HoursRepository::append(const HourEntry &e)
{
    Statement s(m_store, R"(
        INSERT INTO hour_entry (id, member_id, day, minutes, category, note, source, source_id,
                                corrects, voids, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))");
    bindEntry(s, e);
    s.run();
}

bool HoursRepository::appendIfNew(const HourEntry &e)
{
    // (A server on PostgreSQL, which has no OR IGNORE, skips only a taken id.)
    Statement ins(m_store, m_store.isRemote() ? R"(
        INSERT INTO hour_entry (id, member_id, day, minutes, category, note, source,
                                source_id, corrects, voids, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO NOTHING)"
                                              : R"(
        INSERT OR IGNORE INTO hour_entry (id, member_id, day, minutes, category, note, source,
                                          source_id, corrects, voids, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))");
    bindEntry(ins, e);
    ins.run();
    return m_store.changes() > 0;
}

void HoursRepository::upsert(const HourEntry &e)
{
    // Insert first: a pull mostly brings entries this device does not have (all of them on a
    // fresh device), and a failed UPDATE costs a full key lookup per entry.
    if (appendIfNew(e))
        return;
    // Only when something differs: a device pulling back its own entries writes nothing (an
    // UPDATE that writes copies each page it touches to the statement journal, encrypted).
    // (SQLite 3.15's IS NOT compares NULLs as values; PostgreSQL says IS DISTINCT FROM.)
    Statement upd(m_store, m_store.isRemote() ? R"(
        UPDATE hour_entry SET member_id = ?2, day = ?3, minutes = ?4, category = ?5, note = ?6,
            source = ?7, source_id = ?8, corrects = ?9, voids = ?10, created_at = ?11
        WHERE id = ?1 AND (member_id IS DISTINCT FROM ?2 OR day IS DISTINCT FROM ?3
            OR minutes IS DISTINCT FROM ?4 OR category IS DISTINCT FROM ?5
            OR note IS DISTINCT FROM ?6 OR source IS DISTINCT FROM ?7
            OR source_id IS DISTINCT FROM ?8 OR corrects IS DISTINCT FROM ?9
            OR voids IS DISTINCT FROM ?10 OR created_at IS DISTINCT FROM ?11))"
                                              : R"(
        UPDATE hour_entry SET member_id = ?2, day = ?3, minutes = ?4, category = ?5, note = ?6,
            source = ?7, source_id = ?8, corrects = ?9, voids = ?10, created_at = ?11
        WHERE id = ?1 AND (member_id IS NOT ?2 OR day IS NOT ?3 OR minutes IS NOT ?4
            OR category IS NOT ?5 OR note IS NOT ?6 OR source IS NOT ?7 OR source_id IS NOT ?8
            OR corrects IS NOT ?9 OR voids IS NOT ?10 OR created_at IS NOT ?11))");
    bindEntry(upd, e);
    upd.run();
    if (m_store.changes() > 0)
        return;
    // Neither inserted nor there: OR IGNORE swallowed another constraint (NOT NULL, CHECK).
    // A plain INSERT throws with SQLite's reason instead of dropping the entry silently.
    if (!has(e.id))
        append(e);
}

bool HoursRepository::has(const QString &id) const
{
    Statement s(m_store, "SELECT 1 FROM hour_entry WHERE id = ?1");
    s.bind(1, id);
    return s.next();
}

std::optional<HourEntry> HoursRepository::entry(const QString &id) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM hour_entry WHERE id = ?1";
    Statement s(m_store, sql);
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

hours::CorrectionTarget HoursRepository::correctionTarget(const QString &id) const
{
    hours::CorrectionTarget t;
    if (const auto e = entry(id)) {
        t.exists = true;
        t.memberId = e->memberId;
        t.day = e->day;
        t.category = e->category;
        t.isVoid = e->voids;
        t.alreadyCorrected = correctionOf(id).has_value();
    }
    return t;
}

int HoursRepository::effectiveMinutes(const QString &memberId, const hours::DayRange &range) const
{
    Statement s(m_store, QByteArray("SELECT COALESCE(SUM(e.minutes), 0) FROM hour_entry e "
                                    "WHERE e.member_id = ?1 AND e.day BETWEEN ?2 AND ?3 AND ") +
                             effective());
    s.bind(1, memberId).bind(2, range.first);
    s.bind(3, range.last);
    s.next();
    return s.integer(0);
}

int HoursRepository::effectiveMinutesOnDay(const QString &memberId, QDate day,
                                           const QString &excludingId) const
{
    Statement s(m_store, QByteArray("SELECT COALESCE(SUM(e.minutes), 0) FROM hour_entry e "
                                    "WHERE e.member_id = ?1 AND e.day = ?2 AND e.id <> ?3 AND ") +
                             effective());
    s.bind(1, memberId).bind(2, day).bind(3, excludingId);
    s.next();
    return s.integer(0);
}

QList<QPair<QDate, int>> HoursRepository::effectiveMinutesPerDay(const QString &memberId,
                                                                 const hours::DayRange &range) const
{
    Statement s(m_store, QByteArray("SELECT e.day, SUM(e.minutes) FROM hour_entry e "
                                    "WHERE e.member_id = ?1 AND e.day BETWEEN ?2 AND ?3 AND ") +
                             effective() + " GROUP BY e.day ORDER BY e.day");
    s.bind(1, memberId).bind(2, range.first);
    s.bind(3, range.last);
    QList<QPair<QDate, int>> out;
    while (s.next())
        out.append({QDate::fromString(s.text(0), Qt::ISODate), s.integer(1)});
    return out;
}

QHash<QString, int> HoursRepository::effectiveMinutesPerMember(const hours::DayRange &range) const
{
    Statement s(m_store, QByteArray("SELECT e.member_id, SUM(e.minutes) FROM hour_entry e "
                                    "WHERE e.day BETWEEN ?1 AND ?2 AND ") +
                             effective() + " GROUP BY e.member_id");
    s.bind(1, range.first).bind(2, range.last);
    QHash<QString, int> out;
    while (s.next())
        out.insert(s.text(0), s.integer(1));
    return out;
}

QList<HourEntry> HoursRepository::history(const QString &memberId) const
{
    // Ties (one clock tick) in the order written: a correction first. PostgreSQL keeps no
    // order of writing; there ids, which are time-ordered, break the tie.
    Statement s(m_store, QByteArray("SELECT ") + kColumns +
                             " FROM hour_entry WHERE member_id = ?1 ORDER BY day DESC, "
                             "created_at DESC, " +
                             (m_store.isRemote() ? "id DESC" : "rowid DESC"));
    s.bind(1, memberId);
    QList<HourEntry> out;
    while (s.next())
        out.append(readEntry(s));
    return out;
}

} // namespace gw
