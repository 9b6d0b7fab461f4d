"""Reads a Gangwerk .ics back with an independent parser (python3-icalendar) and checks it against
what the exporter was given (a JSON file written by tst_calendarexport):

    /usr/bin/python3 check_ics.py FILE.ics EXPECTED.json

Checks the raw form (CRLF line ends, no physical line over 75 octets, each line valid UTF-8 on
its own), the calendar's header, one VTIMEZONE whose TZID every zoned time names, and per
event: the times as instants (the wall-clock time read through the file's own VTIMEZONE, and
through the IANA zone as a second opinion), status, summary, description and location round
tripping their escaping, a reminder when one is expected; and that no forbidden text (other
residents' names) is anywhere in the file. Prints what is wrong and exits 1."""

import datetime
import json
import sys

import icalendar
import pytz

UTC = datetime.timezone.utc


def fail(msg):
    print("check_ics: " + msg)
    sys.exit(1)


def first_occurrence(tz, naive):
    """RFC 5545 3.3.5: a local time that happens twice means the first one."""
    candidates = set()
    for is_dst in (True, False):
        try:
            candidates.add(tz.localize(naive, is_dst=is_dst).astimezone(UTC))
        except (pytz.NonExistentTimeError, pytz.AmbiguousTimeError):
            pass
    if not candidates:
        fail(f"{naive} does not exist in {tz}")
    return min(candidates)


def instant(prop, vtz_tz, zone_name):
    """The UTC instant of a DTSTART/DTEND property, through the file's VTIMEZONE."""
    dt = prop.dt
    tzid = prop.params.get("TZID")
    if tzid is None:
        if dt.tzinfo is None or dt.utcoffset() != datetime.timedelta(0):
            fail(f"a time without TZID that is not UTC: {prop.to_ical()!r}")
        return dt.astimezone(UTC)
    if tzid != zone_name:
        fail(f"TZID {tzid!r} is not the calendar's zone {zone_name!r}")
    naive = dt.replace(tzinfo=None)
    ours = first_occurrence(vtz_tz, naive)
    # Second opinion: the IANA database's own rules for the zone.
    theirs = first_occurrence(pytz.timezone(zone_name), naive)
    if ours != theirs:
        fail(f"{naive} in the VTIMEZONE is {ours}, in the tz database {theirs}")
    return ours


def main():
    ics_path, expected_path = sys.argv[1], sys.argv[2]
    raw = open(ics_path, "rb").read()
    expected = json.load(open(expected_path, encoding="utf-8"))

    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    physical = raw[:-2].split(b"\r\n")
    for n, line in enumerate(physical, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {n} has a bare CR or LF")
        if len(line) > 75:
            fail(f"line {n} has {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"line {n} splits a UTF-8 sequence: {line!r}")
    if raw.startswith(b"\xef\xbb\xbf"):
        fail("a byte-order mark")
    unfolded = raw.replace(b"\r\n ", b"").decode("utf-8")
    for word in expected.get("absent", []):
        if word in unfolded:
            fail(f"{word!r} must not be in the file")

    cal = icalendar.Calendar.from_ical(raw)
    for key, value in (("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")):
        if str(cal.get(key)) != value:
            fail(f"{key} is {cal.get(key)!r}")
    if not str(cal.get("PRODID", "")):
        fail("no PRODID")
    if str(cal.get("X-WR-CALNAME")) != expected["name"]:
        fail(f"calendar name {cal.get('X-WR-CALNAME')!r}")

    zone = expected["zone"]
    timezones = cal.walk("VTIMEZONE")
    if len(timezones) != 1 or str(timezones[0]["TZID"]) != zone:
        fail(f"expected one VTIMEZONE {zone}, found {[str(t['TZID']) for t in timezones]}")
    vtz_tz = timezones[0].to_tz()

    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    want = {e["uid"]: e for e in expected["events"]}
    if set(events) != set(want):
        fail(f"events {sorted(events)} != expected {sorted(want)}")
    for uid, w in want.items():
        e = events[uid]
        for key in ("DTSTART", "DTEND"):
            got = instant(e[key], vtz_tz, zone)
            exp = datetime.datetime.fromisoformat(w["start" if key == "DTSTART" else "end"])
            if got != exp:
                fail(f"{uid} {key}: {got.isoformat()} != {exp.isoformat()}")
        for key, field in (("STATUS", "status"), ("SUMMARY", "summary"),
                           ("DESCRIPTION", "description"), ("LOCATION", "location")):
            got = str(e.get(key, ""))
            if got != w[field]:
                fail(f"{uid} {key}: {got!r} != {w[field]!r}")
        if int(e["SEQUENCE"]) != w["sequence"]:
            fail(f"{uid} SEQUENCE {e['SEQUENCE']} != {w['sequence']}")
        stamp = e["DTSTAMP"].dt
        if stamp.utcoffset() != datetime.timedelta(0):
            fail(f"{uid} DTSTAMP not in UTC")
        alarms = e.walk("VALARM")
        if bool(alarms) != w["alarm"]:
            fail(f"{uid}: alarm {bool(alarms)}, expected {w['alarm']}")
        for a in alarms:
            if a["TRIGGER"].dt != datetime.timedelta(hours=-1) or str(a["ACTION"]) != "DISPLAY":
                fail(f"{uid}: alarm {a.to_ical()!r}")
    print(f"check_ics: {len(events)} events OK in {zone}")


if __name__ == "__main__":
    main()
