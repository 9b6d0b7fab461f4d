#pragma once

#include "icalendar.h"
#include "records.h"

#include <QObject>
#include <QString>

namespace gw {

class ActivitiesService;

/// Puts activities into the member's own calendar app as an iCalendar file (.ics): their own
/// sign-ups for everyone, and for those who see who signed up (organisers, gangmakers,
/// beheerders: SeeAttendeeNames in the permission table) the programme they organise. The file
/// goes into a folder (default Documents/Gangwerk), whole or not at all, readable only by the
/// user. No other resident's name ever goes into it: a companion is "a neighbour", a programme
/// shows counts.
class CalendarExport : public QObject
{
    Q_OBJECT
    /// The last file written (a local path); empty until one was.
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY exported)

public:
    explicit CalendarExport(ActivitiesService &activities, QObject *parent = nullptr);

    /// Writes "my activities": what this member signed up for (coming, waiting, not yet
    /// confirmed, signed off or cancelled so that calendars remove it) and what they organise.
    /// Returns, in plain words, where the file is or what went wrong.
    Q_INVOKABLE QString exportMine(const QString &folder = {});
    /// Writes the programme this member organises or oversees; refused (in words) for whoever
    /// may not see who signed up.
    Q_INVOKABLE QString exportProgramme(const QString &folder = {});
    /// Whether the last export succeeded.
    Q_INVOKABLE bool lastOk() const { return m_lastOk; }

    QString lastFile() const { return m_lastFile; }

    /// The calendar of my activities / the programme, as written (for tests and the writers).
    ical::Calendar myCalendar() const;
    ical::Calendar programmeCalendar() const;
    /// The activities that go into each (the device's, from 60 days back on).
    QList<Activity> myActivities() const;
    QList<Activity> programmeActivities() const;

    /// SEQUENCE from the server's last change: seconds since 2024-01-01 (fits an iCalendar
    /// INTEGER until 2092), so that every later change replaces the earlier import.
    static int sequenceOf(const QDateTime &changedAt);
    /// Writes @p bytes to @p folder/@p fileName through a temporary file and a rename, mode
    /// 0600; the folder is made (0700) when missing. False with @p error when it fails.
    static bool writeFile(const QString &folder, const QString &fileName, const QByteArray &bytes,
                          QString *path, QString *error);

signals:
    void exported();

private:
    QString save(const ical::Calendar &calendar, const QString &fileName, const QString &folder,
                 const QString &what);
    ical::Event eventOf(const Activity &a, bool mine) const;
    ActivitiesService &m_activities;
    QString m_lastFile;
    bool m_lastOk = false;
};

} // namespace gw
