#include "records.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace gw {

QString roleName(Role r)
{
    switch (r) {
    case Role::Resident:
        return QStringLiteral("RESIDENT");
    case Role::Gangmaker:
        return QStringLiteral("GANGMAKER");
    case Role::Beheerder:
        return QStringLiteral("BEHEERDER");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Resident, Role::Gangmaker, Role::Beheerder})
        if (roleName(r).compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

const PausePeriod *Member::pauseOn(QDate day) const
{
    for (const PausePeriod &p : pauses)
        if (p.contains(day))
            return &p;
    return nullptr;
}

hours::MemberTerms Member::terms() const
{
    hours::MemberTerms t{movedIn, {}};
    for (const PausePeriod &p : pauses)
        t.pauses.append({p.from, p.until});
    return t;
}

QTimeZone Project::zone() const
{
    const QTimeZone z(timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

QStringList Project::serviceCategoryKeys() const
{
    return serviceCategories.isEmpty() ? services::defaultCategories() : serviceCategories;
}

const activities::Place *Project::place(const QString &id) const
{
    for (const activities::Place &p : places)
        if (p.id == id)
            return &p;
    return nullptr;
}

activities::ActivityDraft Activity::draft() const
{
    activities::ActivityDraft d;
    d.title = title;
    d.description = description;
    d.placeId = placeId;
    d.start = start;
    d.end = end;
    d.capacity = capacity;
    d.signUpDeadline = signUpDeadline;
    d.countsAsHours = countsAsHours;
    d.creditMinutes = creditMinutes;
    d.gang = gang;
    d.repeat = repeat;
    d.repeatUntil = repeatUntil;
    return d;
}

activities::ActivityFacts Activity::facts() const
{
    return {status, start, signUpDeadline, capacity};
}

activities::Booking Activity::booking() const
{
    return {id, placeId, title, start, end, status};
}

const activities::SignUp *Activity::signUpOf(const QString &memberId) const
{
    for (const activities::SignUp &s : signUps)
        if (s.isActive() && s.includes(memberId))
            return &s;
    return nullptr;
}

QString newId()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids made
    // one after another sort together, so every index keyed on them (the entry's primary key
    // on devices and on the server, mutation ids) grows at its end instead of rewriting a
    // random page per record; with random UUIDs a 250k-entry store re-encrypted and wrote
    // nearly one index page per synced record. The time is not secret: created_at is sent too.
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint64 rnd[2];
    QRandomGenerator::system()->fillRange(rnd);
    uchar b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(ms >> (8 * (5 - i)));
    for (int i = 6; i < 16; ++i)
        b[i] = uchar(rnd[i / 8] >> (8 * (i % 8)));
    b[6] = uchar(0x70 | (b[6] & 0x0f)); // version 7
    b[8] = uchar(0x80 | (b[8] & 0x3f)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b), 16))
        .toString(QUuid::WithoutBraces);
}

} // namespace gw
