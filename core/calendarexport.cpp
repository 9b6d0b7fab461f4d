#include "calendarexport.h"

#include "activitiesfamily.h"
#include "activitiesservice.h"
#include "clock.h"
#include "hoursrules.h"
#include "permissions.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcCalendar, "gangwerk.calendar")

namespace gw {

namespace {

constexpr int kAlarmMinutes = 60;
constexpr int kDaysBack = 60; // like the programme's "Earlier"

QString defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Gangwerk"));
}

/// A file name any file system takes: no separators or characters Windows refuses.
QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (bad.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    return name.trimmed();
}

/// The member's latest sign-up for @p a, also one they signed off from (so that a calendar
/// removes it); null when they never signed up.
const activities::SignUp *latestSignUpOf(const Activity &a, const QString &memberId)
{
    if (const activities::SignUp *active = a.signUpOf(memberId))
        return active;
    const activities::SignUp *last = nullptr;
    for (const activities::SignUp &s : a.signUps)
        if (s.includes(memberId))
            last = &s;
    return last;
}

} // namespace

CalendarExport::CalendarExport(ActivitiesService &activities, QObject *parent)
    : QObject(parent), m_activities(activities)
{
}

int CalendarExport::sequenceOf(const QDateTime &changedAt)
{
    if (!changedAt.isValid())
        return 0;
    static const qint64 base =
        QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    return int(std::clamp<qint64>(changedAt.toSecsSinceEpoch() - base, 0, 2147483647));
}

QList<Activity> CalendarExport::myActivities() const
{
    const MemberContext &ctx = m_activities.memberContext();
    const QString me = ctx.memberId();
    QList<Activity> out;
    if (me.isEmpty())
        return out;
    for (const Activity &a : m_activities.activities(ctx.clock().now().addDays(-kDaysBack)))
        if (latestSignUpOf(a, me) || a.organisedBy(me))
            out.append(a);
    return out;
}

QList<Activity> CalendarExport::programmeActivities() const
{
    const MemberContext &ctx = m_activities.memberContext();
    QList<Activity> out;
    if (!ctx.member())
        return out;
    for (const Activity &a : m_activities.activities(ctx.clock().now().addDays(-kDaysBack)))
        if (activitiesfamily::seesNames(*ctx.member(), a))
            out.append(a);
    return out;
}

ical::Event CalendarExport::eventOf(const Activity &a, bool mine) const
{
    const MemberContext &ctx = m_activities.memberContext();
    const QLocale locale;
    const QString me = ctx.memberId();
    ical::Event e;
    e.uid = a.id + QStringLiteral("@gangwerk");
    e.start = a.start;
    e.end = a.end;
    e.summary = a.title;
    e.sequence = sequenceOf(a.changedAt);
    e.lastModified = a.changedAt;
    if (const auto &project = ctx.project())
        if (const activities::Place *place = project->place(a.placeId))
            e.location = place->name;
    QStringList about;
    if (!a.description.trimmed().isEmpty())
        about << a.description.trimmed();
    if (a.status == activities::Status::Cancelled) {
        e.status = ical::EventStatus::Cancelled;
        e.summary = tr("Cancelled: %1").arg(a.title);
        about << (a.cancelReason.trimmed().isEmpty()
                      ? tr("This activity is cancelled.")
                      : tr("This activity is cancelled: %1").arg(a.cancelReason.trimmed()));
    } else if (mine) {
        // Never a companion's name: the file leaves the app.
        const activities::SignUp *s = latestSignUpOf(a, me);
        const bool together = s && !s->companionId.isEmpty();
        switch (s ? s->state : activities::SignUpState::Confirmed) {
        case activities::SignUpState::Confirmed:
            if (s)
                about << (together ? tr("You are coming, together with a neighbour.")
                                   : tr("You are coming."));
            break;
        case activities::SignUpState::Waitlisted:
            e.status = ical::EventStatus::Tentative;
            e.summary =
                tr("%1 (waiting list, place %2)").arg(a.title, locale.toString(s->waitingPlace));
            about << tr("You are on the waiting list, place %1. You will hear it when a place "
                        "comes free.")
                         .arg(locale.toString(s->waitingPlace));
            break;
        case activities::SignUpState::Pending:
            e.status = ical::EventStatus::Tentative;
            e.summary = tr("%1 (not yet confirmed)").arg(a.title);
            about << tr("You signed up. It is confirmed when your phone has synced.");
            break;
        case activities::SignUpState::Withdrawn:
            if (!a.organisedBy(me)) {
                e.status = ical::EventStatus::Cancelled;
                e.summary = tr("Signed off: %1").arg(a.title);
                about << tr("You signed off from this activity.");
            }
            break;
        }
        if (a.organisedBy(me))
            about << tr("You organise this activity.");
    }
    if (!mine && a.status != activities::Status::Cancelled)
        about << (a.capacity > 0
                      ? tr("Places taken: %1 of %2. Waiting: %3.")
                            .arg(locale.toString(a.placesTaken), locale.toString(a.capacity),
                                 locale.toString(a.waitingCount))
                      : tr("Coming: %1.").arg(locale.toString(a.placesTaken)));
    if (a.countsAsHours)
        about << tr("Counts as %1 of wederkerigheid.").arg(hours::formatMinutes(a.creditMinutes));
    e.description = about.join(QStringLiteral("\n\n"));
    if (mine && e.status != ical::EventStatus::Cancelled) {
        e.alarmMinutesBefore = kAlarmMinutes;
        e.alarmText = tr("In one hour: %1").arg(a.title);
    }
    return e;
}

ical::Calendar CalendarExport::myCalendar() const
{
    const MemberContext &ctx = m_activities.memberContext();
    ical::Calendar c;
    c.name = tr("Gangwerk – my activities");
    c.zone = ctx.project() ? ctx.project()->zone() : QTimeZone::utc();
    c.stamp = ctx.clock().now().toUTC();
    for (const Activity &a : myActivities())
        c.events.append(eventOf(a, true));
    return c;
}

ical::Calendar CalendarExport::programmeCalendar() const
{
    const MemberContext &ctx = m_activities.memberContext();
    ical::Calendar c;
    c.name = ctx.gang().isEmpty() ? tr("Gangwerk – programme of %1").arg(ctx.projectName())
                                  : tr("Gangwerk – programme of corridor %1").arg(ctx.gang());
    c.zone = ctx.project() ? ctx.project()->zone() : QTimeZone::utc();
    c.stamp = ctx.clock().now().toUTC();
    for (const Activity &a : programmeActivities())
        c.events.append(eventOf(a, false));
    return c;
}

bool CalendarExport::writeFile(const QString &folder, const QString &fileName,
                               const QByteArray &bytes, QString *path, QString *error)
{
    QDir dir(folder);
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = QStringLiteral("cannot make the folder");
            return false;
        }
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    *path = dir.absoluteFilePath(fileName);
    // QSaveFile writes a temporary file beside it and renames it over the old one on commit:
    // a calendar app never reads half a file, and a failure leaves the old one as it was.
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Only the user: the temporary file gets the mode before anything is in it.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    QFile::setPermissions(*path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QString CalendarExport::save(const ical::Calendar &calendar, const QString &fileName,
                             const QString &folder, const QString &what)
{
    m_lastOk = false;
    const QString target = folder.isEmpty() ? defaultFolder() : folder;
    QString path, error;
    const QString name = safeFileName(QStringLiteral("Gangwerk - %1.ics").arg(fileName))
                             .replace(QLatin1Char('/'), QLatin1Char('-'));
    if (!writeFile(target, name, ical::write(calendar), &path, &error)) {
        // The detail (a path, the system's words) goes to the log only.
        qCWarning(lcCalendar).noquote() << what << "not written to" << target << ":" << error;
        return tr("The calendar file could not be saved. Check that there is space on this "
                  "device and try again.");
    }
    qCInfo(lcCalendar).noquote() << what << "written:" << calendar.events.size() << "activities";
    m_lastFile = path;
    m_lastOk = true;
    emit exported();
    const QString where = QDir::toNativeSeparators(path);
    return calendar.events.isEmpty()
               ? tr("Saved as %1. There are no activities in it yet.").arg(where)
               : tr("Saved as %1. Open this file to add %n activities to your calendar app.",
                    nullptr, int(calendar.events.size()))
                     .arg(where);
}

QString CalendarExport::exportMine(const QString &folder)
{
    if (!m_activities.memberContext().isReady()) {
        m_lastOk = false;
        return tr("Gangwerk is not set up yet.");
    }
    return save(myCalendar(), tr("my activities"), folder, "my activities");
}

QString CalendarExport::exportProgramme(const QString &folder)
{
    const MemberContext &ctx = m_activities.memberContext();
    if (!ctx.isReady()) {
        m_lastOk = false;
        return tr("Gangwerk is not set up yet.");
    }
    // Only for who plans and sees the sign-ups (the same table the server enforces).
    if (!ctx.may(Action::SeeAttendeeNames)) {
        m_lastOk = false;
        return deniedMessage(Action::SeeAttendeeNames);
    }
    return save(programmeCalendar(), tr("programme"), folder, "programme");
}

} // namespace gw
