// The iCalendar writer (core/icalendar.h): TEXT escaping, folding at 75 octets without splitting
// a UTF-8 sequence, UTC offsets, VTIMEZONE from the zone's real transitions (Amsterdam, a zone
// without summer time, the southern hemisphere, a half-hour zone), times on a DST weekend (the
// hour that happens twice is written in UTC) and the calendar's frame.
#include "icalendar.h"

#include <QStringDecoder>
#include <QTest>

using namespace gw;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QList<QByteArray> physicalLines(const QByteArray &folded)
{
    QList<QByteArray> out = folded.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray &l : out) {
        if (!l.endsWith('\r'))
            return {}; // a bare LF: not CRLF
        l.chop(1);
    }
    return out;
}

QByteArray unfold(const QByteArray &folded)
{
    QByteArray s = folded;
    s.replace("\r\n ", "");
    return s;
}

bool validUtf8(const QByteArray &b)
{
    QStringDecoder d(QStringDecoder::Utf8);
    const QString s = d(b);
    return !d.hasError();
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapesText()
    {
        QCOMPARE(ical::escapeText(QStringLiteral("a\\b;c,d")), QStringLiteral("a\\\\b\\;c\\,d"));
        QCOMPARE(ical::escapeText(QStringLiteral("one\ntwo\r\nthree\rfour")),
                 QStringLiteral("one\\ntwo\\nthree\\nfour"));
        // Colons and quotes are fine in a value; control characters are dropped.
        QCOMPARE(ical::escapeText(QStringLiteral("18:00 \"x\"\x01\x7f\tend")),
                 QStringLiteral("18:00 \"x\"\tend"));
        QCOMPARE(ical::escapeText(QStringLiteral("\\n")), QStringLiteral("\\\\n"));
    }

    void foldsAsciiAt75Octets()
    {
        const QByteArray line = "DESCRIPTION:" + QByteArray(200, 'x');
        const QByteArray folded = ical::foldLine(line);
        const auto lines = physicalLines(folded);
        QVERIFY(lines.size() == 3);
        QCOMPARE(lines.at(0).size(), 75);
        QCOMPARE(lines.at(1).size(), 75);
        QVERIFY(lines.at(1).startsWith(' '));
        QCOMPARE(unfold(folded), line + "\r\n");
        // Exactly 75 octets: not folded.
        QCOMPARE(ical::foldLine(QByteArray(75, 'y')), QByteArray(75, 'y') + "\r\n");
        QCOMPARE(ical::foldLine(QByteArray(76, 'y')), QByteArray(75, 'y') + "\r\n y\r\n");
    }

    void neverSplitsUtf8()
    {
        // Two-, three- and four-octet sequences, shifted one octet at a time so that each
        // kind straddles the 75th octet at some shift.
        const QStringList pieces{QStringLiteral("é"), QStringLiteral("€"), QStringLiteral("😀"),
                                 QStringLiteral("ب")};
        for (int shift = 0; shift < 8; ++shift)
            for (const QString &piece : pieces) {
                const QByteArray line =
                    "SUMMARY:" + QByteArray(shift, 'a') + piece.repeated(60).toUtf8();
                const QByteArray folded = ical::foldLine(line);
                const auto lines = physicalLines(folded);
                QVERIFY2(!lines.isEmpty(), "CRLF line ends");
                for (const QByteArray &l : lines) {
                    QVERIFY2(l.size() <= 75, l.constData());
                    QVERIFY2(validUtf8(l.startsWith(' ') ? l.mid(1) : l), l.toHex().constData());
                }
                QCOMPARE(unfold(folded), line + "\r\n");
            }
    }

    void writesUtcOffsets()
    {
        QCOMPARE(ical::utcOffset(3600), QStringLiteral("+0100"));
        QCOMPARE(ical::utcOffset(7200), QStringLiteral("+0200"));
        QCOMPARE(ical::utcOffset(-12600), QStringLiteral("-0330"));
        QCOMPARE(ical::utcOffset(20700), QStringLiteral("+0545"));
        QCOMPARE(ical::utcOffset(0), QStringLiteral("+0000"));
        QCOMPARE(ical::utcOffset(1172), QStringLiteral("+001932")); // Amsterdam before 1937
    }

    void amsterdamTimeZone()
    {
        const QTimeZone zone("Europe/Amsterdam");
        const auto lines = ical::timeZoneLines(zone, utc(2025, 12, 1, 0), utc(2028, 1, 1, 0));
        const QByteArray text = lines.join('\n');
        QCOMPARE(lines.first(), QByteArray("BEGIN:VTIMEZONE"));
        QCOMPARE(lines.at(1), QByteArray("TZID:Europe/Amsterdam"));
        QCOMPARE(lines.last(), QByteArray("END:VTIMEZONE"));
        // In force on 1 December 2025: winter time.
        QVERIFY(text.contains("BEGIN:STANDARD\nDTSTART:20251201T010000\nTZOFFSETFROM:+0100\n"
                              "TZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD"));
        // Summer time starts on the last Sunday of March at 02:00 (winter time), ends on the last
        // Sunday of October at 03:00 (summer time); 2026 and 2027 in one observance each.
        QVERIFY2(text.contains("BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nRDATE:20270328T020000\n"
                               "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT"),
                 text.constData());
        QVERIFY2(text.contains("BEGIN:STANDARD\nDTSTART:20261025T030000\nRDATE:20271031T030000\n"
                               "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD"),
                 text.constData());
        QCOMPARE(text.count("BEGIN:"), 4);
    }

    void otherZones()
    {
        // No summer time: one observance.
        auto tokyo =
            ical::timeZoneLines(QTimeZone("Asia/Tokyo"), utc(2025, 12, 1, 0), utc(2028, 1, 1, 0));
        QCOMPARE(tokyo.join('\n').count("BEGIN:STANDARD"), 1);
        QVERIFY(tokyo.contains("TZOFFSETTO:+0900"));
        QVERIFY(!tokyo.join('\n').contains("DAYLIGHT"));
        // Southern hemisphere: summer time in December, it ends in April.
        const QByteArray sydney = ical::timeZoneLines(QTimeZone("Australia/Sydney"),
                                                      utc(2025, 12, 1, 0), utc(2027, 1, 1, 0))
                                      .join('\n');
        QVERIFY2(sydney.contains("BEGIN:DAYLIGHT\nDTSTART:20251201T110000\nTZOFFSETFROM:+1100\n"
                                 "TZOFFSETTO:+1100"),
                 sydney.constData());
        QVERIFY2(sydney.contains("BEGIN:STANDARD\nDTSTART:20260405T030000\nTZOFFSETFROM:+1100\n"
                                 "TZOFFSETTO:+1000"),
                 sydney.constData());
        QVERIFY2(sydney.contains("BEGIN:DAYLIGHT\nDTSTART:20261004T020000\nTZOFFSETFROM:+1000\n"
                                 "TZOFFSETTO:+1100"),
                 sydney.constData());
        const QByteArray kathmandu =
            ical::timeZoneLines(QTimeZone("Asia/Kathmandu"), utc(2026, 1, 1, 0), utc(2027, 1, 1, 0))
                .join('\n');
        QVERIFY(kathmandu.contains("TZOFFSETTO:+0545"));
        // No zone: nothing (times are written in UTC).
        QVERIFY(ical::timeZoneLines(QTimeZone(), utc(2026, 1, 1, 0), utc(2027, 1, 1, 0)).isEmpty());
    }

    void timesOnADstWeekend()
    {
        const QTimeZone zone("Europe/Amsterdam");
        // Spring: 01:30 UTC is 03:30 summer time (02:00–03:00 does not exist that night).
        QCOMPARE(ical::dateTimeLine("DTSTART", utc(2026, 3, 29, 1, 30), zone),
                 QByteArray("DTSTART;TZID=Europe/Amsterdam:20260329T033000"));
        QCOMPARE(ical::dateTimeLine("DTSTART", utc(2026, 3, 29, 0, 30), zone),
                 QByteArray("DTSTART;TZID=Europe/Amsterdam:20260329T013000"));
        // Autumn: 02:30 happens twice. The first (00:30 UTC, summer time) is what a calendar
        // reads from the local time; the second (01:30 UTC) can only be said in UTC.
        QCOMPARE(ical::dateTimeLine("DTSTART", utc(2026, 10, 25, 0, 30), zone),
                 QByteArray("DTSTART;TZID=Europe/Amsterdam:20261025T023000"));
        QCOMPARE(ical::dateTimeLine("DTEND", utc(2026, 10, 25, 1, 30), zone),
                 QByteArray("DTEND:20261025T013000Z"));
        QCOMPARE(ical::dateTimeLine("DTEND", utc(2026, 10, 25, 2, 30), zone),
                 QByteArray("DTEND;TZID=Europe/Amsterdam:20261025T033000"));
        // A normal evening, and no zone at all.
        QCOMPARE(ical::dateTimeLine("DTSTART", utc(2026, 12, 8, 18, 0), zone),
                 QByteArray("DTSTART;TZID=Europe/Amsterdam:20261208T190000"));
        QCOMPARE(ical::dateTimeLine("DTSTART", utc(2026, 12, 8, 18, 0), QTimeZone()),
                 QByteArray("DTSTART:20261208T180000Z"));
    }

    void writesTheCalendar()
    {
        ical::Calendar c;
        c.name = QStringLiteral("Gangwerk, mijn activiteiten");
        c.zone = QTimeZone("Europe/Amsterdam");
        c.stamp = utc(2026, 12, 1, 9, 15);
        ical::Event e;
        e.uid = QStringLiteral("0193a1b2-0000-7000-8000-000000000001@gangwerk");
        e.start = utc(2026, 12, 8, 18);
        e.end = utc(2026, 12, 8, 20);
        e.summary = QStringLiteral("Koken; samen, lekker");
        e.description = QStringLiteral("Neem mee:\nmes \\ plank");
        e.location = QStringLiteral("Huiskamer Noord");
        e.sequence = 42;
        e.lastModified = utc(2026, 11, 30, 10);
        e.alarmMinutesBefore = 60;
        ical::Event cancelled = e;
        cancelled.uid = QStringLiteral("other@gangwerk");
        cancelled.status = ical::EventStatus::Cancelled;
        c.events = {e, cancelled};
        const QByteArray out = ical::write(c);
        QVERIFY(out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(out.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!physicalLines(out).isEmpty()); // only CRLF
        for (const QByteArray &l : physicalLines(out))
            QVERIFY(l.size() <= 75);
        const QByteArray text = unfold(out);
        QVERIFY(text.contains("\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"));
        QVERIFY(text.contains("X-WR-CALNAME:Gangwerk\\, mijn activiteiten\r\n"));
        QVERIFY(text.contains("TZID:Europe/Amsterdam\r\n"));
        QVERIFY(text.contains("UID:0193a1b2-0000-7000-8000-000000000001@gangwerk\r\n"
                              "DTSTAMP:20261201T091500Z\r\n"
                              "DTSTART;TZID=Europe/Amsterdam:20261208T190000\r\n"
                              "DTEND;TZID=Europe/Amsterdam:20261208T210000\r\n"
                              "SUMMARY:Koken\\; samen\\, lekker\r\n"
                              "DESCRIPTION:Neem mee:\\nmes \\\\ plank\r\n"
                              "LOCATION:Huiskamer Noord\r\nSTATUS:CONFIRMED\r\nSEQUENCE:42\r\n"));
        QVERIFY(text.contains("LAST-MODIFIED:20261130T100000Z\r\nBEGIN:VALARM\r\n"
                              "ACTION:DISPLAY\r\nDESCRIPTION:Koken\\; samen\\, lekker\r\n"
                              "TRIGGER:-PT60M\r\nEND:VALARM\r\n"));
        // A cancelled event says so, and has no reminder.
        const qsizetype other = text.indexOf("UID:other@gangwerk");
        QVERIFY(other > 0);
        QVERIFY(text.indexOf("STATUS:CANCELLED", other) > other);
        QCOMPARE(text.count("BEGIN:VALARM"), 1);
        QCOMPARE(text.count("BEGIN:VTIMEZONE"), 1);
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
