#include "icalendar.h"

#include <algorithm>

namespace gw::ical {

namespace {

constexpr int kFoldOctets = 75;

QByteArray basic(const QDateTime &utcOrLocalAsUtc)
{
    // Qt's format of a QDateTime in UTC, no separators: 20261208T190000.
    return utcOrLocalAsUtc.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

/// The wall-clock time of @p instant under @p offsetSeconds, as a basic DATE-TIME without zone.
QByteArray wallClock(const QDateTime &instant, int offsetSeconds)
{
    QDateTime t = instant.toUTC().addSecs(offsetSeconds);
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return basic(t);
}

QByteArray utcStamp(const QDateTime &instant)
{
    return wallClock(instant, 0) + 'Z';
}

QByteArray textLine(const char *name, const QString &value)
{
    return QByteArray(name) + ':' + escapeText(value).toUtf8();
}

struct Observance
{
    bool daylight = false;
    int from = 0;
    int to = 0;
    QString name;
    QList<QByteArray> starts; // wall-clock times under `from`, the first is DTSTART
};

} // namespace

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
            break;
        case '\n':
        case 0x2028: // line and paragraph separators: a new line to the reader
        case 0x2029:
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += c;
            break;
        default:
            // CONTROL characters are not allowed in a TEXT value.
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                break;
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / kFoldOctets * 3 + 2);
    qsizetype pos = 0;
    int room = kFoldOctets; // the first physical line has 75 octets; the next ones a space + 74
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never between the bytes of one UTF-8 sequence: back up to its lead byte.
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == pos) // not UTF-8 at all; cut where the octets say
            cut = pos + room;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kFoldOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QString utcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = std::abs(seconds);
    QString s = QStringLiteral("%1%2%3")
                    .arg(sign)
                    .arg(a / 3600, 2, 10, QLatin1Char('0'))
                    .arg(a / 60 % 60, 2, 10, QLatin1Char('0'));
    if (a % 60)
        s += QStringLiteral("%1").arg(a % 60, 2, 10, QLatin1Char('0'));
    return s;
}

QList<QByteArray> timeZoneLines(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    QList<QByteArray> lines;
    if (!zone.isValid())
        return lines;
    // What is in force at `from`, then each change until `to`. Grouping equal changes (the
    // yearly switch to summer time, and back) into one observance with RDATEs keeps the file
    // short and stays exact for any zone, also one whose rules changed over the years.
    const QTimeZone::OffsetData first = zone.offsetData(from);
    QList<Observance> observances;
    observances.append({first.daylightTimeOffset != 0,
                        first.offsetFromUtc,
                        first.offsetFromUtc,
                        first.abbreviation,
                        {wallClock(from, first.offsetFromUtc)}});
    int previous = first.offsetFromUtc;
    const auto transitions =
        to > from ? zone.transitions(from.addSecs(1), to) : QTimeZone::OffsetDataList();
    for (const QTimeZone::OffsetData &t : transitions) {
        const Observance o{t.daylightTimeOffset != 0,
                           previous,
                           t.offsetFromUtc,
                           t.abbreviation,
                           {wallClock(t.atUtc, previous)}};
        auto same = std::find_if(observances.begin() + 1, observances.end(), [&](const auto &x) {
            return x.daylight == o.daylight && x.from == o.from && x.to == o.to && x.name == o.name;
        });
        if (same == observances.end())
            observances.append(o);
        else
            same->starts.append(o.starts.first());
        previous = t.offsetFromUtc;
    }
    lines << "BEGIN:VTIMEZONE" << textLine("TZID", QString::fromLatin1(zone.id()));
    for (const Observance &o : observances) {
        const QByteArray kind = o.daylight ? "DAYLIGHT" : "STANDARD";
        lines << "BEGIN:" + kind << "DTSTART:" + o.starts.first();
        for (qsizetype i = 1; i < o.starts.size(); ++i)
            lines << "RDATE:" + o.starts.at(i);
        lines << "TZOFFSETFROM:" + utcOffset(o.from).toLatin1()
              << "TZOFFSETTO:" + utcOffset(o.to).toLatin1();
        if (!o.name.isEmpty())
            lines << textLine("TZNAME", o.name);
        lines << "END:" + kind;
    }
    lines << "END:VTIMEZONE";
    return lines;
}

QByteArray dateTimeLine(const char *name, const QDateTime &instant, const QTimeZone &zone)
{
    if (!zone.isValid())
        return QByteArray(name) + ':' + utcStamp(instant);
    const int offset = zone.offsetFromUtc(instant);
    // RFC 5545 reads a local time that happens twice as its first occurrence: when an earlier
    // instant shows the same wall clock (the clocks went back in the last day), say it in UTC.
    for (const QTimeZone::OffsetData &t : zone.transitions(instant.addDays(-1), instant)) {
        const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        const QDateTime earlier = instant.addSecs(offset - before);
        if (earlier < instant && zone.offsetFromUtc(earlier) == before)
            return QByteArray(name) + ':' + utcStamp(instant);
    }
    return QByteArray(name) + ";TZID=" + escapeText(QString::fromLatin1(zone.id())).toUtf8() + ':' +
           wallClock(instant, offset);
}

QByteArray write(const Calendar &calendar)
{
    QList<QByteArray> lines;
    lines << "BEGIN:VCALENDAR"
          << "VERSION:2.0"
          << "PRODID:-//Gangwerk//Gangwerk activities//EN"
          << "CALSCALE:GREGORIAN"
          << "METHOD:PUBLISH";
    if (!calendar.name.isEmpty())
        lines << textLine("X-WR-CALNAME", calendar.name);
    if (calendar.zone.isValid()) {
        lines << textLine("X-WR-TIMEZONE", QString::fromLatin1(calendar.zone.id()));
        // From the start of the year of the first event to a year after the last one: every
        // time in the file lies inside, with room for an event moved later.
        QDateTime first = calendar.stamp, last = calendar.stamp;
        for (const Event &e : calendar.events) {
            first = std::min(first, e.start);
            last = std::max(last, e.end);
        }
        const QDateTime from(QDate(first.toUTC().date().year() - 1, 12, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(last.toUTC().date().year() + 2, 1, 1), QTime(0, 0), Qt::UTC);
        lines << timeZoneLines(calendar.zone, from, to);
    }
    const QByteArray stamp = "DTSTAMP:" + utcStamp(calendar.stamp);
    for (const Event &e : calendar.events) {
        lines << "BEGIN:VEVENT" << textLine("UID", e.uid) << stamp
              << dateTimeLine("DTSTART", e.start, calendar.zone)
              << dateTimeLine("DTEND", e.end, calendar.zone) << textLine("SUMMARY", e.summary);
        if (!e.description.isEmpty())
            lines << textLine("DESCRIPTION", e.description);
        if (!e.location.isEmpty())
            lines << textLine("LOCATION", e.location);
        lines << (e.status == EventStatus::Cancelled   ? "STATUS:CANCELLED"
                  : e.status == EventStatus::Tentative ? "STATUS:TENTATIVE"
                                                       : "STATUS:CONFIRMED")
              << "SEQUENCE:" + QByteArray::number(std::max(0, e.sequence))
              << (e.status == EventStatus::Cancelled ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
        if (e.lastModified.isValid())
            lines << "LAST-MODIFIED:" + utcStamp(e.lastModified);
        if (e.alarmMinutesBefore > 0 && e.status != EventStatus::Cancelled) {
            lines << "BEGIN:VALARM"
                  << "ACTION:DISPLAY"
                  << textLine("DESCRIPTION", e.alarmText.isEmpty() ? e.summary : e.alarmText)
                  << "TRIGGER:-PT" + QByteArray::number(e.alarmMinutesBefore) + 'M' << "END:VALARM";
        }
        lines << "END:VEVENT";
    }
    lines << "END:VCALENDAR";
    QByteArray out;
    for (const QByteArray &l : lines)
        out += foldLine(l);
    return out;
}

} // namespace gw::ical
