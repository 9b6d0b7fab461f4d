#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

/// An iCalendar (RFC 5545) writer for what Gangwerk publishes to a calendar app: one VCALENDAR
/// with the project's time zone as a VTIMEZONE (built from the zone's real transitions, so it
/// is right for any zone) and one VEVENT per activity. Pure functions over plain values; the
/// exporter (calendarexport.h) decides which activities and words go in.
///
/// What calendar apps choke on is done by the book: CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence, TEXT escaped (\ ; , newline), no control characters.
namespace gw::ical {

enum class EventStatus { Confirmed, Tentative, Cancelled };

struct Event
{
    QString uid;     // stable across exports ("<activity id>@gangwerk"): a re-import updates
    QDateTime start; // instants; written in the calendar's zone
    QDateTime end;
    QString summary;
    QString description;
    QString location;
    EventStatus status = EventStatus::Confirmed;
    int sequence = 0;           // higher on every change, so that an update replaces the old one
    QDateTime lastModified;     // UTC; invalid = not written
    int alarmMinutesBefore = 0; // a reminder this long before the start; 0 = none
    QString alarmText;          // the reminder's words (DISPLAY alarms need one)
};

struct Calendar
{
    QString name;    // X-WR-CALNAME: how the calendar app names the imported calendar
    QTimeZone zone;  // the project's; invalid = times in UTC, no VTIMEZONE
    QDateTime stamp; // DTSTAMP of every event: when this file was made
    QList<Event> events;
};

/// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines (any of CRLF,
/// CR, LF become \n); other control characters are dropped (the grammar forbids them).
QString escapeText(const QString &text);

/// One content line ("NAME;PARAM=x:value", UTF-8, without line end) folded at 75 octets per
/// physical line, never inside a UTF-8 sequence; each physical line ends with CRLF.
QByteArray foldLine(const QByteArray &line);

/// "+0100", "-0330", "+053045" (seconds only when there are any).
QString utcOffset(int seconds);

/// The VTIMEZONE lines of @p zone covering [@p from, @p to): the offset in force at @p from and
/// every transition after it until @p to, as STANDARD/DAYLIGHT observances (one per distinct
/// offset change, the later ones of the same kind as RDATEs). Not folded.
QList<QByteArray> timeZoneLines(const QTimeZone &zone, const QDateTime &from, const QDateTime &to);

/// An instant as a DATE-TIME in @p zone: "DTSTART;TZID=Europe/Amsterdam:20261208T190000", or in
/// UTC ("DTSTART:20261025T013000Z") when the zone is invalid or the local time is ambiguous and
/// would be read as the other instant (the hour that happens twice when the clocks go back).
QByteArray dateTimeLine(const char *name, const QDateTime &instant, const QTimeZone &zone);

/// The whole calendar, folded, CRLF line ends, UTF-8 without a byte-order mark.
QByteArray write(const Calendar &calendar);

} // namespace gw::ical
