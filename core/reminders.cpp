#include "reminders.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace gw::reminders {

namespace {

using activities::SignUpState;

// translate() with its context written out: lupdate reads the calls literally.
QString withPlace(const QString &text, const QString &place)
{
    return place.isEmpty() ? text
                           : QCoreApplication::translate("Reminders", "%1, %2").arg(text, place);
}

QString hhmm(const QDateTime &t, const QTimeZone &zone)
{
    return QLocale().toString(t.toTimeZone(zone).time(), QStringLiteral("HH:mm"));
}

Reminder worded(Kind kind, const Activity &a, const Input &in, const QString &signUpId = {})
{
    Reminder r;
    r.kind = kind;
    r.activityId = a.id;
    r.key = keyFor(kind, a, signUpId);
    const QString place = in.placeNames.value(a.placeId);
    const QString when = activities::whenText(a.start, a.end, in.zone);
    switch (kind) {
    case Kind::DayBefore: {
        // A moment missed last night arrives on the day itself: then it is today.
        const bool today = a.start.toTimeZone(in.zone).date() == in.now.toTimeZone(in.zone).date();
        r.title = today ? QCoreApplication::translate("Reminders", "Today: %1").arg(a.title)
                        : QCoreApplication::translate("Reminders", "Tomorrow: %1").arg(a.title);
        r.body = withPlace(QCoreApplication::translate("Reminders", "%1–%2")
                               .arg(hhmm(a.start, in.zone), hhmm(a.end, in.zone)),
                           place);
        break;
    }
    case Kind::HourBefore:
        // "Starts at 19:00", never "in an hour": a missed moment may arrive later than that.
        r.title = QCoreApplication::translate("Reminders", "Soon: %1").arg(a.title);
        r.body = withPlace(
            QCoreApplication::translate("Reminders", "Starts at %1").arg(hhmm(a.start, in.zone)),
            place);
        break;
    case Kind::Promoted:
        r.title = QCoreApplication::translate("Reminders", "You have a place now");
        r.body = withPlace(QCoreApplication::translate("Reminders", "%1 – %2").arg(a.title, when),
                           place);
        break;
    case Kind::Cancelled:
        r.title = QCoreApplication::translate("Reminders", "Cancelled: %1").arg(a.title);
        // The reason stays in the app: it is free text and may name someone.
        r.body = a.cancelReason.trimmed().isEmpty()
                     ? when
                     : QCoreApplication::translate("Reminders", "%1. Open Gangwerk to read why.")
                           .arg(when);
        break;
    }
    return r;
}

void soonest(QDateTime &next, const QDateTime &t)
{
    if (!next.isValid() || t < next)
        next = t;
}

} // namespace

QDateTime dayBeforeMoment(const QDateTime &start, const QTimeZone &zone)
{
    const QDate day = start.toTimeZone(zone).date().addDays(-1);
    // 18:00 exists on every day, also on the days the clocks change.
    return QDateTime(day, QTime(kDayBeforeHour, 0), zone).toUTC();
}

QString keyFor(Kind kind, const Activity &a, const QString &signUpId)
{
    const QString startMs = QString::number(a.start.toMSecsSinceEpoch());
    switch (kind) {
    case Kind::DayBefore:
        return a.id + QStringLiteral("/day-before/") + startMs;
    case Kind::HourBefore:
        return a.id + QStringLiteral("/hour-before/") + startMs;
    case Kind::Promoted:
        return a.id + QStringLiteral("/promoted/") + signUpId;
    case Kind::Cancelled:
        return a.id + QStringLiteral("/cancelled");
    }
    return {};
}

Plan plan(const Input &input)
{
    Plan out;
    if (!input.now.isValid() || input.memberId.isEmpty())
        return out;
    Input in = input;
    if (!in.zone.isValid())
        in.zone = QTimeZone::utc();
    const QDateTime now = in.now.toUTC();

    QList<Activity> list = in.activities;
    std::stable_sort(list.begin(), list.end(),
                     [](const Activity &x, const Activity &y) { return x.start < y.start; });

    const auto due = [&](Reminder r) {
        if (!in.delivered.contains(r.key))
            out.due.append(std::move(r));
    };

    for (const Activity &a : list) {
        if (!a.start.isValid() || a.start <= now)
            continue; // begun or over: nothing to remind of
        const activities::SignUp *mine = a.signUpOf(in.memberId);
        if (!mine)
            continue; // not signed up, or signed off
        out.seen.insert(a.id, {mine->id, mine->state});

        if (a.status == activities::Status::Cancelled) {
            due(worded(Kind::Cancelled, a, in));
            continue;
        }
        if (a.status != activities::Status::Planned)
            continue;

        const auto last = in.seen.constFind(a.id);
        const bool promoted = mine->state == SignUpState::Confirmed && last != in.seen.constEnd() &&
                              last->signUpId == mine->id && last->state == SignUpState::Waitlisted;
        const QString promotedKey = keyFor(Kind::Promoted, a, mine->id);
        const bool tellPromotion = promoted && !in.delivered.contains(promotedKey);
        if (tellPromotion)
            due(worded(Kind::Promoted, a, in, mine->id));

        if (mine->state != SignUpState::Confirmed)
            continue; // waiting, or not yet answered: no place to remind of

        const QDateTime hourBefore = a.start.addSecs(-kHourBeforeSeconds);
        const QDateTime dayBefore = dayBeforeMoment(a.start, in.zone);
        // A promotion told just now already says when and where: the reminder that is due at
        // the same moment is taken as told, so the member gets one card, not two.
        const auto tell = [&](Kind kind) {
            Reminder r = worded(kind, a, in);
            if (tellPromotion) {
                if (!in.delivered.contains(r.key))
                    out.covered.append(std::move(r));
            } else {
                due(std::move(r));
            }
        };
        if (now >= hourBefore) {
            tell(Kind::HourBefore);
        } else {
            soonest(out.next, hourBefore);
            // Whoever signed up after the evening before needs no reminder of it.
            const bool signedUpLate = mine->receivedAt.isValid() && mine->receivedAt > dayBefore;
            if (now >= dayBefore) {
                if (!signedUpLate)
                    tell(Kind::DayBefore);
            } else {
                soonest(out.next, dayBefore);
            }
        }
    }
    return out;
}

} // namespace gw::reminders
