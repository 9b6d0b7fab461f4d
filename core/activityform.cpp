#include "activityform.h"

#include "activitiesservice.h"
#include "clock.h"
#include "membercontext.h"

#include <QLocale>
#include <QTimeZone>

namespace gw {

namespace {

constexpr int kDayMinutes = 24 * 60;

QTimeZone zoneOf(const MemberContext &ctx)
{
    return ctx.project() ? ctx.project()->zone() : QTimeZone::utc();
}

QDateTime at(QDate day, int minutes, const QTimeZone &zone)
{
    if (!day.isValid())
        return {};
    return QDateTime(day, QTime(0, 0).addSecs(qint64(minutes) * 60), zone).toUTC();
}

// How the form and QML name a Repeat.
constexpr std::pair<activities::Repeat, const char *> kRepeatNames[] = {
    {activities::Repeat::None, "none"},
    {activities::Repeat::Weekly, "weekly"},
    {activities::Repeat::Fortnightly, "fortnightly"},
    {activities::Repeat::Monthly, "monthly"},
};

// The last day a series gets when repeating is switched on: long enough to see it repeat, far
// below core's limit of dates.
constexpr int kDefaultSeriesDays = 8 * 7;

} // namespace

ActivityForm::ActivityForm(ActivitiesService &service, QObject *parent)
    : QObject(parent), m_service(service)
{
    // A sync may bring another activity into the room, or the member's role may change.
    connect(&m_service, &ActivitiesService::activitiesChanged, this, [this] {
        emit inputChanged();
        if (m_showErrors)
            changed();
    });
    clear();
}

QDate ActivityForm::today() const
{
    return m_service.memberContext().today();
}

QString ActivityForm::todayIso() const
{
    return today().toString(Qt::ISODate);
}

QString ActivityForm::firstDayIso() const
{
    const QDate first = m_editingDay.isValid() ? std::min(m_editingDay, today()) : today();
    return first.toString(Qt::ISODate);
}

QString ActivityForm::lastDayIso() const
{
    return today().addYears(1).toString(Qt::ISODate);
}

QString ActivityForm::repeat() const
{
    for (const auto &[kind, name] : kRepeatNames)
        if (kind == m_repeat)
            return QString::fromLatin1(name);
    return QStringLiteral("none");
}

void ActivityForm::setRepeat(const QString &repeat)
{
    if (!repeatEditable())
        return; // a single date keeps its series' rule
    auto kind = m_repeat;
    for (const auto &[k, name] : kRepeatNames)
        if (repeat == QLatin1String(name))
            kind = k;
    if (kind == m_repeat)
        return;
    m_repeat = kind;
    if (kind != activities::Repeat::None && m_day.isValid() &&
        (!m_repeatUntil.isValid() || m_repeatUntil <= m_day))
        m_repeatUntil = m_day.addDays(kDefaultSeriesDays);
    changed();
}

void ActivityForm::setRepeatUntilIso(const QString &iso)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    if (!repeatEditable() || !day.isValid() || day == m_repeatUntil)
        return;
    m_repeatUntil = day;
    changed();
}

QString ActivityForm::repeatUntilFirstIso() const
{
    return m_day.addDays(1).toString(Qt::ISODate);
}

QString ActivityForm::repeatUntilLastIso() const
{
    return m_day.addYears(1).toString(Qt::ISODate);
}

QString ActivityForm::repeatPreview() const
{
    if (m_repeat == activities::Repeat::None || !m_repeatUntil.isValid())
        return {};
    const QTimeZone zone = zoneOf(m_service.memberContext());
    const Activity a = activity();
    const QString rule = activities::repeatText(m_repeat, a.start, m_repeatUntil, zone);
    if (!repeatEditable())
        return tr("Only this date changes. The series stays: %1.").arg(rule);
    // Core's dates; a series that is too long or ends too early is the message's to tell.
    const qsizetype dates =
        activities::seriesDates(a.start, a.end, m_repeat, m_repeatUntil, zone).size();
    if (m_repeatUntil <= m_day || dates > activities::kMaxSeriesDates)
        return {};
    return inSeries() ? tr("%1 – %n dates from this one", nullptr, int(dates)).arg(rule)
                      : tr("%1 – %n dates", nullptr, int(dates)).arg(rule);
}

void ActivityForm::setThisAndLater(bool on)
{
    if (on == m_thisAndLater || !inSeries())
        return;
    m_thisAndLater = on;
    if (!on) {
        // Only this date: its series' rule stays as it is.
        m_repeat = m_loadedRepeat;
        m_repeatUntil = m_loadedRepeatUntil;
    }
    changed();
}

void ActivityForm::changed()
{
    emit inputChanged();
    if (m_showErrors)
        showViolations(m_service.check(activity(), changesLaterDates()));
}

void ActivityForm::setTitle(const QString &t)
{
    if (t == m_title)
        return;
    m_title = t;
    changed();
}

void ActivityForm::setDescription(const QString &d)
{
    if (d == m_description)
        return;
    m_description = d;
    changed();
}

QString ActivityForm::draftGang() const
{
    if (!m_editingId.isEmpty())
        return m_editingGang;
    return m_forEveryone ? QString() : m_service.memberContext().gang();
}

QList<ActivityForm::PlaceChoice> ActivityForm::offeredPlaces() const
{
    QList<PlaceChoice> out;
    const auto &project = m_service.memberContext().project();
    if (!project)
        return out;
    const QString gang = draftGang();
    for (const activities::Place &p : project->places)
        if (activities::placeIsFor(p, gang) || p.id == m_placeId) // a loaded one stays named
            out.append({p.id, p.name});
    return out;
}

QStringList ActivityForm::placeNames() const
{
    QStringList names;
    for (const PlaceChoice &p : offeredPlaces())
        names.append(p.name);
    return names;
}

int ActivityForm::placeIndex() const
{
    const auto places = offeredPlaces();
    for (qsizetype i = 0; i < places.size(); ++i)
        if (places.at(i).id == m_placeId)
            return int(i);
    return -1;
}

void ActivityForm::setPlaceIndex(int index)
{
    const auto places = offeredPlaces();
    setPlaceId(index >= 0 && index < places.size() ? places.at(index).id : QString());
}

void ActivityForm::setPlaceId(const QString &id)
{
    if (id == m_placeId)
        return;
    m_placeId = id;
    changed();
}

void ActivityForm::setDayIso(const QString &iso)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    changed();
}

void ActivityForm::setStartMinutes(int m)
{
    m = std::clamp(m, 0, kDayMinutes - 1);
    if (m == m_startMinutes)
        return;
    // The end moves along, so that the length stays what it was.
    const int length = m_endMinutes - m_startMinutes;
    m_startMinutes = m;
    if (length > 0)
        m_endMinutes = std::min(m + length, kDayMinutes - 1);
    changed();
}

void ActivityForm::setEndMinutes(int m)
{
    m = std::clamp(m, 0, kDayMinutes - 1);
    if (m == m_endMinutes)
        return;
    m_endMinutes = m;
    changed();
}

void ActivityForm::setCapacityLimited(bool on)
{
    if (on == m_capacityLimited)
        return;
    m_capacityLimited = on;
    changed();
}

void ActivityForm::setCapacity(int c)
{
    if (c == m_capacity)
        return;
    m_capacity = c;
    changed();
}

void ActivityForm::setHasDeadline(bool on)
{
    if (on == m_hasDeadline)
        return;
    m_hasDeadline = on;
    if (on && !m_deadlineDay.isValid())
        m_deadlineDay = std::max(today(), m_day.addDays(-1));
    changed();
}

void ActivityForm::setDeadlineDayIso(const QString &iso)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    if (!day.isValid() || day == m_deadlineDay)
        return;
    m_deadlineDay = day;
    changed();
}

void ActivityForm::setDeadlineMinutes(int m)
{
    m = std::clamp(m, 0, kDayMinutes - 1);
    if (m == m_deadlineMinutes)
        return;
    m_deadlineMinutes = m;
    changed();
}

void ActivityForm::setCountsAsHours(bool on)
{
    if (on == m_countsAsHours)
        return;
    m_countsAsHours = on;
    changed();
}

void ActivityForm::setCreditMinutes(int m)
{
    if (m == m_creditMinutes)
        return;
    m_creditMinutes = m;
    changed();
}

void ActivityForm::setForEveryone(bool on)
{
    if (on == m_forEveryone || !m_editingId.isEmpty())
        return; // a change keeps its corridor
    m_forEveryone = on;
    changed();
}

bool ActivityForm::mayChooseGang() const
{
    if (!m_editingId.isEmpty())
        return !m_editingGang.isEmpty();
    const QString gang = m_service.memberContext().gang();
    return !gang.isEmpty() && m_service.mayPlanFor(gang);
}

bool ActivityForm::mayChooseEveryone() const
{
    if (!m_editingId.isEmpty())
        return m_editingGang.isEmpty();
    return m_service.mayPlanFor(QString());
}

QString ActivityForm::gangName() const
{
    return m_editingId.isEmpty() ? m_service.memberContext().gang() : m_editingGang;
}

Activity ActivityForm::activity() const
{
    Activity a;
    a.id = m_editingId.isEmpty() ? QString() : m_editingId;
    a.projectId =
        m_service.memberContext().project() ? m_service.memberContext().project()->id : QString();
    a.title = m_title.trimmed();
    a.description = m_description.trimmed();
    a.placeId = m_placeId;
    const QTimeZone zone = zoneOf(m_service.memberContext());
    a.start = at(m_day, m_startMinutes, zone);
    a.end = at(m_day, m_endMinutes, zone);
    a.capacity = m_capacityLimited ? m_capacity : 0;
    a.signUpDeadline = m_hasDeadline ? at(m_deadlineDay, m_deadlineMinutes, zone) : QDateTime();
    a.countsAsHours = m_countsAsHours;
    a.creditMinutes = m_countsAsHours ? m_creditMinutes : 0;
    a.gang = draftGang();
    a.organiserIds = m_editingOrganisers;
    a.seriesId = m_editingSeriesId;
    a.seriesIndex = m_editingSeriesIndex;
    a.repeat = m_repeat;
    a.repeatUntil = m_repeat == activities::Repeat::None ? QDate() : m_repeatUntil;
    return a;
}

QString ActivityForm::firstErrorField() const
{
    const std::pair<const char *, const QString *> fields[] = {
        {"title", &m_titleError},       {"description", &m_descriptionError},
        {"place", &m_placeError},       {"start", &m_startError},
        {"end", &m_endError},           {"clash", &m_clashError},
        {"repeat", &m_repeatError},     {"capacity", &m_capacityError},
        {"deadline", &m_deadlineError}, {"credit", &m_creditError},
        {"form", &m_formError}};
    for (const auto &[name, error] : fields)
        if (!error->isEmpty())
            return QString::fromLatin1(name);
    return {};
}

void ActivityForm::showViolations(const QList<activities::RuleViolation> &violations)
{
    using activities::Field;
    QString title, description, place, start, end, clash, capacity, deadline, credit, repeat;
    for (const auto &v : violations) {
        QString &slot = v.code == activities::Violation::RoomClash ? clash
                        : v.field == Field::Title                  ? title
                        : v.field == Field::Description            ? description
                        : v.field == Field::Place                  ? place
                        : v.field == Field::Start                  ? start
                        : v.field == Field::End                    ? end
                        : v.field == Field::Capacity               ? capacity
                        : v.field == Field::Deadline               ? deadline
                        : v.field == Field::Repeat                 ? repeat
                                                                   : credit;
        if (slot.isEmpty())
            slot = v.message;
    }
    const QStringList now{title,    description, place,  start,  end,        clash,
                          capacity, deadline,    credit, repeat, m_formError};
    const QStringList before{m_titleError,  m_descriptionError, m_placeError,    m_startError,
                             m_endError,    m_clashError,       m_capacityError, m_deadlineError,
                             m_creditError, m_repeatError,      m_formError};
    if (now == before)
        return;
    m_titleError = title;
    m_descriptionError = description;
    m_placeError = place;
    m_startError = start;
    m_endError = end;
    m_clashError = clash;
    m_capacityError = capacity;
    m_deadlineError = deadline;
    m_creditError = credit;
    m_repeatError = repeat;
    emit errorsChanged();
}

void ActivityForm::clear()
{
    m_title.clear();
    m_description.clear();
    m_placeId.clear();
    m_day = today().addDays(1);
    m_startMinutes = 19 * 60;
    m_endMinutes = 21 * 60;
    m_capacityLimited = false;
    m_capacity = 10;
    m_hasDeadline = false;
    m_deadlineDay = {};
    m_deadlineMinutes = 12 * 60;
    m_countsAsHours = false;
    m_creditMinutes = 60;
    m_editingId.clear();
    m_editingGang.clear();
    m_editingOrganisers.clear();
    m_editingDay = {};
    m_editingSeriesId.clear();
    m_editingSeriesIndex = 0;
    m_loadedRepeat = activities::Repeat::None;
    m_loadedRepeatUntil = {};
    m_repeat = activities::Repeat::None;
    m_repeatUntil = {};
    m_thisAndLater = false;
    // The member's corridor when they may plan there, else the whole project.
    const QString gang = m_service.memberContext().gang();
    m_forEveryone = gang.isEmpty() || !m_service.mayPlanFor(gang);
    m_showErrors = false;
    m_formError.clear();
    showViolations({});
    emit errorsChanged();
    emit inputChanged();
}

bool ActivityForm::load(const QString &activityId)
{
    const auto a = m_service.activity(activityId);
    if (!a || !m_service.mayEdit(activityId))
        return false;
    clear();
    const QTimeZone zone = zoneOf(m_service.memberContext());
    const QDateTime start = a->start.toTimeZone(zone), end = a->end.toTimeZone(zone);
    m_editingId = a->id;
    m_editingGang = a->gang;
    m_editingOrganisers = a->organiserIds;
    m_editingDay = start.date();
    m_forEveryone = a->gang.isEmpty();
    m_title = a->title;
    m_description = a->description;
    m_placeId = a->placeId;
    m_day = start.date();
    m_startMinutes = start.time().hour() * 60 + start.time().minute();
    m_endMinutes = end.time().hour() * 60 + end.time().minute();
    m_capacityLimited = a->capacity > 0;
    m_capacity = a->capacity > 0 ? a->capacity : 10;
    m_hasDeadline = a->signUpDeadline.isValid();
    if (m_hasDeadline) {
        const QDateTime d = a->signUpDeadline.toTimeZone(zone);
        m_deadlineDay = d.date();
        m_deadlineMinutes = d.time().hour() * 60 + d.time().minute();
    }
    m_countsAsHours = a->countsAsHours;
    m_creditMinutes = a->countsAsHours ? a->creditMinutes : 60;
    m_editingSeriesId = a->seriesId;
    m_editingSeriesIndex = a->seriesIndex;
    m_loadedRepeat = m_repeat = a->repeat;
    m_loadedRepeatUntil = m_repeatUntil = a->repeatUntil;
    emit inputChanged();
    return true;
}

bool ActivityForm::save()
{
    m_showErrors = true;
    m_formError.clear();
    Activity a = activity();
    const bool changing = !a.id.isEmpty();
    if (!changing)
        a.id = newId();
    const bool later = changesLaterDates();
    const auto violations = m_service.check(a, later);
    showViolations(violations);
    if (!violations.isEmpty()) {
        emit errorsChanged();
        return false;
    }
    // How many dates a new series makes (core's dates), for the message.
    const qsizetype dates = changing || a.repeat == activities::Repeat::None
                                ? 1
                                : activities::seriesDates(a.start, a.end, a.repeat, a.repeatUntil,
                                                          zoneOf(m_service.memberContext()))
                                      .size();
    if (!m_service.plan(a, later)) {
        // Not the rules (they passed): not allowed, or the store could not write. The form
        // keeps what was typed.
        m_formError = m_service.lastError();
        emit errorsChanged();
        return false;
    }
    const QString title = a.title;
    clear();
    emit saved(changing && later ? tr("Changed: %1, this date and the later dates.").arg(title)
               : changing        ? tr("Changed: %1.").arg(title)
               : dates > 1 ? tr("Planned: %1, %n dates. They are in the programme now.", nullptr,
                                int(dates))
                                 .arg(title)
                           : tr("Planned: %1. It is in the programme now.").arg(title),
               a.id);
    return true;
}

QString ActivityForm::dayText(const QString &iso) const
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy")) : QString();
}

QString ActivityForm::timeText(int minutes) const
{
    return QLocale().toString(QTime(0, 0).addSecs(qint64(minutes) * 60), QStringLiteral("HH:mm"));
}

} // namespace gw
