#!/usr/bin/python3
"""Writes the seed corpus of the fuzz targets: tests/fuzz/corpus/fuzz_<target>/seed-*.

Small valid inputs, made with the Python classes protoc generates from sync.proto (needs
protoc and python3-protobuf; no build tree). Deterministic: run it again and git shows no
change. The ids, codes, epoch and "now" are those of the fuzz store (fuzzserver.h), which holds
the demo project of `gangwerk-server seed-demo` (core/demodata.cpp) as of 2 December 2026.
Inputs found by fuzzing that once crashed are kept beside the seeds as regress-* and are not
written here.

    python3 tests/fuzz/make_seeds.py
"""

import importlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
PROTO_DIR = os.path.join(ROOT, "sync", "proto")
CORPUS = os.path.join(HERE, "corpus")


def load_pb():
    out = tempfile.mkdtemp(prefix="gangwerk-seeds-")
    try:
        subprocess.run(["protoc", "-I", PROTO_DIR, f"--python_out={out}",
                        "gangwerk/sync/v1/sync.proto"], check=True)
        sys.path.insert(0, out)
        try:
            return importlib.import_module("gangwerk.sync.v1.sync_pb2")
        finally:
            sys.path.remove(out)
    finally:
        shutil.rmtree(out)


pb = load_pb()
V = pb.PROTOCOL_VERSION_CURRENT

# --- the fuzz store (fuzzserver.h) -----------------------------------------------------------
EPOCH = bytes.fromhex("00112233445566778899aabbccddeeff")
# Devices by an input's first byte (fuzz_push, fuzz_pull): Who in fuzzserver.h.
INGE, SAMIRA, DAAN, YONAS, STRANGER = 0, 1, 2, 3, 4
INVITES = {
    "resident": "RESD-2345-6789-ABCD",
    "gangmaker": "GANG-MAKR-2345-6789",
    "beheerder": "BEHE-ERDR-2345-6789",
    "samira": "SAMR-DEVC-2345-6789",
    "expired": "EXPR-EDDD-2345-6789",
    "used": "USED-USED-2345-6789",
}
# "Now" is 2026-12-02T10:00:00Z (11:00 in Amsterdam).
NOW_MS = 1796205600000
HOUR_MS = 3600 * 1000
DAY_MS = 24 * HOUR_MS


def demo(n):
    """An id of core/demodata.cpp: 00000000-0000-4000-8000-000000000<n>."""
    return "00000000-0000-4000-8000-" + n.rjust(12, "0")


PROJECT = demo("d1")
A_SAMIRA, A_YONAS, A_DAAN, A_HENK, A_INGE = (demo("a1"), demo("a2"), demo("a3"), demo("a4"),
                                              demo("b1"))
ROOM, HALL, GARDEN = demo("91"), demo("92"), demo("93")
COOKED, COFFEE, GAMES, COOKING, MEETING, GARDEN_DAY = (demo("e%d" % i) for i in range(1, 7))
DISPUTE = demo("d1")
LETTER, BIKE, PLANTS, PHONE, FORM, LANGUAGE, GROCERIES = (
    demo("501"), demo("502"), demo("503"), demo("504"), demo("507"), demo("509"), demo("511"))
FORM_OCC, LANGUAGE_OCC = demo("608"), demo("610")
CURTAINS, POST, MUSIC, DOOR, OLD = demo("801"), demo("802"), demo("805"), demo("806"), demo("808")
KNOCK = demo("8f1")
YONAS_PHONE = demo("c2")


def new(n):
    """A fresh id made by the fuzzing 'device'."""
    return "10000000-0000-4000-8000-%012x" % n


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)


def clear_seeds(target):
    folder = os.path.join(CORPUS, target)
    if os.path.isdir(folder):
        for f in os.listdir(folder):
            if f.startswith("seed-"):
                os.remove(os.path.join(folder, f))


# --- fuzz_enroll ------------------------------------------------------------------------------

def enroll_seeds():
    t = "fuzz_enroll"
    clear_seeds(t)

    def e(name, code, device="Telefoon", display="", version=V):
        write(t, name, pb.EnrollRequest(invite_code=code, device_name=device,
                                        protocol_version=version,
                                        display_name=display).SerializeToString())
    e("resident", INVITES["resident"], display="Fatima")
    e("gangmaker-typed", INVITES["gangmaker"].lower().replace("-", " "))
    e("beheerder", INVITES["beheerder"], device="Laptop kantoor")
    e("second-device", INVITES["samira"], device="Tablet")
    e("expired", INVITES["expired"])
    e("used", INVITES["used"])
    e("unknown-code", "K7QX-M4TA-9PRS-2WHE")
    e("malformed-code", "ABC-0OIL")
    e("old-version", INVITES["resident"], version=0)
    e("long-name", INVITES["resident"], display="x" * 101)
    e("unicode-name", INVITES["resident"], device="هاتف", display="Оксана  ")


# --- fuzz_push --------------------------------------------------------------------------------

# Every fuzz_push seed, also a one-push session for fuzz_session: (name, who, PushRequest bytes).
SINGLE_PUSHES = []


def push_seeds():
    t = "fuzz_push"
    clear_seeds(t)

    def m(n, **body):
        return pb.Mutation(mutation_id=new(0x1000 + n), client_seq=n, **body)

    def p(name, who, *mutations, version=V):
        req = pb.PushRequest(protocol_version=version, mutations=list(mutations))
        write(t, name, bytes([who]) + req.SerializeToString())
        SINGLE_PUSHES.append((name, who, req.SerializeToString()))

    # Hours
    entry = pb.HourEntry(id=new(1), member_id=A_SAMIRA, day="2026-12-01", minutes=60,
                         category="buurtdienst", note="Boodschappen voor Henk",
                         source=pb.ENTRY_SOURCE_MANUAL, created_at_ms=NOW_MS - HOUR_MS)
    fix = pb.HourEntry(id=new(2), member_id=A_SAMIRA, day="2026-12-01", minutes=90,
                       category="buurtdienst", corrects=new(1), created_at_ms=NOW_MS)
    p("hours-and-correction", SAMIRA, m(1, append_hour_entry=pb.AppendHourEntry(entry=entry)),
      m(2, append_hour_entry=pb.AppendHourEntry(entry=fix)))
    p("hours-for-someone", INGE, m(1, append_hour_entry=pb.AppendHourEntry(entry=pb.HourEntry(
        id=new(3), member_id=A_YONAS, day="2026-11-30", minutes=45, category="tuin en gebouw",
        created_at_ms=NOW_MS)),))
    p("pause", INGE, m(1, pause_requirement=pb.PauseRequirement(
        member_id=A_SAMIRA, paused_until="2026-12-31", reason="Ziek")))
    p("lift-pause", INGE, m(1, pause_requirement=pb.PauseRequirement(member_id=A_HENK)))
    p("revoke", INGE, m(1, revoke_device=pb.RevokeDevice(device_id=YONAS_PHONE)))

    # Activities
    film = pb.Activity(id=new(10), title="Filmavond", description="Een film en popcorn.",
                       place_id=ROOM, start_ms=NOW_MS + 8 * DAY_MS + 8 * HOUR_MS,
                       end_ms=NOW_MS + 8 * DAY_MS + 10 * HOUR_MS, capacity=6, gang="Gang 2")
    p("plan", DAAN, m(1, plan_activity=pb.PlanActivity(activity=film)))
    series = pb.Activity()
    series.CopyFrom(film)
    series.id = new(11)
    series.place_id = HALL
    series.gang = ""
    series.counts_as_hours = True
    series.credit_minutes = 60
    series.repeat = pb.REPEAT_WEEKLY
    series.repeat_until = "2027-01-14"
    p("plan-series", INGE, m(1, plan_activity=pb.PlanActivity(activity=series,
                                                               new_dates_seed=new(12))))
    moved = pb.Activity()
    moved.CopyFrom(film)
    moved.id = COFFEE
    moved.title = "Koffieochtend"
    moved.repeat = pb.REPEAT_FORTNIGHTLY
    moved.repeat_until = "2027-01-31"
    p("change-series", DAAN, m(1, plan_activity=pb.PlanActivity(
        activity=moved, this_and_later=True, new_dates_seed=new(13))))
    p("sign-up-together", SAMIRA, m(1, sign_up_for_activity=pb.SignUpForActivity(
        sign_up_id=new(14), activity_id=GARDEN_DAY, member_id=A_SAMIRA, companion_id=A_YONAS)))
    p("withdraw", YONAS, m(1, withdraw_sign_up=pb.WithdrawSignUp(
        activity_id=COOKING, sign_up_id=demo("f40"), member_id=A_YONAS)))
    p("promote", DAAN, m(1, promote_sign_up=pb.PromoteSignUp(activity_id=COOKING,
                                                            sign_up_id=demo("f42"))))
    p("cancel-this-and-later", DAAN, m(1, cancel_activity=pb.CancelActivity(
        activity_id=COFFEE, reason="De huiskamer wordt geverfd.", this_and_later=True)))
    p("attendance", DAAN, m(1, take_attendance=pb.TakeAttendance(
        activity_id=COOKED, present_ids=[A_SAMIRA, A_YONAS, A_HENK])))
    p("dispute-credit", SAMIRA, m(1, dispute_credit=pb.DisputeCredit(
        activity_id=COOKED, dispute_id=new(15), minutes=150, reason="Ik hielp met afwassen.")))
    p("resolve-dispute", DAAN, m(1, resolve_dispute=pb.ResolveDispute(
        activity_id=COOKED, dispute_id=DISPUTE, accept=True, minutes=0,
        answer="Klopt, dank je.")))

    # Buurtdiensten
    ask = pb.ServicePost(id=new(20), kind=pb.SERVICE_KIND_REQUEST, category="groceries",
                         text="Wie neemt brood mee van de markt?", estimate_minutes=30,
                         gang="Gang 2", asker_id=A_SAMIRA,
                         when_from_ms=NOW_MS + DAY_MS, when_until_ms=NOW_MS + DAY_MS + HOUR_MS)
    p("post-request", SAMIRA, m(1, post_service=pb.PostService(post=ask)))
    weekly = pb.ServicePost(id=new(21), kind=pb.SERVICE_KIND_REQUEST, category="chat",
                            text="Elke week een kop koffie met Henk?", estimate_minutes=45,
                            gang="Gang 2", asker_id=A_HENK, on_behalf=True,
                            when_from_ms=NOW_MS + DAY_MS, when_until_ms=NOW_MS + DAY_MS + HOUR_MS,
                            repeat=pb.REPEAT_WEEKLY, repeat_until="2027-02-01")
    p("post-on-behalf-weekly", DAAN, m(1, post_service=pb.PostService(post=weekly)))
    p("take-and-message", SAMIRA, m(1, take_service=pb.TakeService(post_id=LETTER)),
      m(2, send_service_message=pb.SendServiceMessage(post_id=LETTER, message_id=new(22),
                                                      text="Ik kom vanavond langs.")),
      m(3, release_service=pb.ReleaseService(post_id=LETTER)))
    p("stand-in", DAAN, m(1, stand_in_for_service=pb.StandInForService(post_id=PHONE)))
    p("report-done", YONAS, m(1, report_service_done=pb.ReportServiceDone(
        post_id=PHONE, occurrence_id=new(23), day="2026-12-01", minutes=40,
        note="Updates gedaan.")))
    p("report-weekly", YONAS, m(1, report_service_done=pb.ReportServiceDone(
        post_id=GROCERIES, occurrence_id=new(24), day="2026-12-01", minutes=55)))
    p("confirm", SAMIRA, m(1, confirm_service=pb.ConfirmService(post_id=FORM,
                                                               occurrence_id=FORM_OCC)))
    p("dispute-and-settle", SAMIRA, m(1, dispute_service=pb.DisputeService(
        post_id=FORM, occurrence_id=FORM_OCC, reason="Het duurde maar 20 minuten.")))
    p("settle", INGE, m(1, settle_service=pb.SettleService(
        post_id=LANGUAGE, occurrence_id=LANGUAGE_OCC, credit=False, note="Geen uren.")))
    p("withdraw-renew", YONAS, m(1, renew_service=pb.RenewService(post_id=LETTER)),
      m(2, withdraw_service=pb.WithdrawService(post_id=LETTER)))
    p("hide-suggest-talents", INGE,
      m(1, suggest_service_helper=pb.SuggestServiceHelper(post_id=LETTER, member_id=A_DAAN)),
      m(2, hide_service=pb.HideService(post_id=BIKE, reason="Niet voor hier.")),
      m(3, set_talents=pb.SetTalents(member_id=A_SAMIRA, talents=["language", "chat", "ict"])))

    # Signals
    sig = pb.Signal(id=new(30), category=pb.SIGNAL_CATEGORY_BUILDING,
                    urgency=pb.SIGNAL_URGENCY_TODAY, text="De lift doet het niet.",
                    place="Lift", since="2026-12-01", raised_at_ms=NOW_MS - 60000)
    p("raise-signal", SAMIRA, m(1, raise_signal=pb.RaiseSignal(signal=sig)),
      m(2, add_signal_info=pb.AddSignalInfo(signal_id=new(30), info_id=new(31),
                                            text="Ook de trap is donker.")))
    on_behalf = pb.Signal(id=new(32), category=pb.SIGNAL_CATEGORY_NOT_SEEN,
                          urgency=pb.SIGNAL_URGENCY_CAN_WAIT, text="Henk vroeg me dit te melden.",
                          studio="2.12", on_behalf=True, raised_at_ms=NOW_MS)
    p("raise-on-behalf", DAAN, m(1, raise_signal=pb.RaiseSignal(signal=on_behalf)))
    p("reopen", SAMIRA, m(1, reopen_signal=pb.ReopenSignal(signal_id=DOOR, info_id=new(33),
                                                          reason="De stoel staat er weer.")))
    p("handle-signal", INGE,
      m(1, open_signal=pb.OpenSignal(signal_id=CURTAINS, opened_at_ms=NOW_MS - 1000)),
      m(2, start_signal=pb.StartSignal(signal_id=CURTAINS, urgency=pb.SIGNAL_URGENCY_TODAY)),
      m(3, answer_signal=pb.AnswerSignal(signal_id=CURTAINS, answer_id=new(34),
                                         text="We gaan vandaag kijken.")),
      m(4, add_signal_note=pb.AddSignalNote(signal_id=CURTAINS, note_id=new(35),
                                            text="Wijkteam gebeld.")),
      m(5, merge_signal=pb.MergeSignal(signal_id=CURTAINS, into_id=POST)),
      m(6, close_signal=pb.CloseSignal(signal_id=POST,
                                       outcome=pb.SIGNAL_OUTCOME_CHECKED_IN_PERSON,
                                       answer_id=new(36), answer="Hij is in orde.")))
    p("ask-knock", INGE, m(1, ask_knock=pb.AskKnock(task=pb.KnockTask(
        id=new(37), signal_id=MUSIC, gangmaker_id=A_DAAN, studio="2.07", day="2026-12-02"))))
    p("record-knock", DAAN, m(1, record_knock=pb.RecordKnock(task_id=KNOCK,
                                                            outcome=pb.KNOCK_OUTCOME_SPOKE)))

    # The protocol's edges: order, duplicates, gaps, malformed ids, unknown kinds, versions.
    take = pb.TakeService(post_id=BIKE)
    p("out-of-order-duplicate-gap", SAMIRA,
      pb.Mutation(mutation_id=new(0x2002), client_seq=2, take_service=take),
      pb.Mutation(mutation_id=new(0x2001), client_seq=1,
                  append_hour_entry=pb.AppendHourEntry(entry=entry)),
      pb.Mutation(mutation_id=new(0x2003), client_seq=1, take_service=take),
      pb.Mutation(mutation_id=new(0x2004), client_seq=4, take_service=take))
    p("malformed-id", SAMIRA, pb.Mutation(mutation_id="10000000-0000-4000-8000-0000000020AA",
                                          client_seq=1, take_service=take),
      pb.Mutation(mutation_id=new(0x2005), client_seq=2, take_service=take))
    p("unknown-kind", YONAS, pb.Mutation(mutation_id=new(0x2006), client_seq=1))
    p("seq-zero", YONAS, pb.Mutation(mutation_id=new(0x2007), client_seq=0, take_service=take))
    p("old-version", SAMIRA, m(1, take_service=take), version=0)
    p("empty", DAAN)
    p("stranger", STRANGER, m(1, take_service=take))


# --- fuzz_session -----------------------------------------------------------------------------

def session_seeds():
    """Pushes by several devices one after another: chunks of a device byte, two bytes of length
    (big-endian) and a PushRequest."""
    t = "fuzz_session"
    clear_seeds(t)
    counter = {"n": 0x3000}

    def chunk(who, seq, **body):
        counter["n"] += 1
        req = pb.PushRequest(protocol_version=V, mutations=[
            pb.Mutation(mutation_id=new(counter["n"]), client_seq=seq, **body)])
        data = req.SerializeToString()
        return bytes([who]) + struct.pack(">H", len(data)) + data

    def session(name, *chunks):
        write(t, name, b"".join(chunks))

    # Each push seed as a session of one, so that sessions start from every kind of mutation.
    for name, who, data in SINGLE_PUSHES:
        session("one-" + name, bytes([who]) + struct.pack(">H", len(data)) + data)

    session("dispute-then-settle",
            chunk(SAMIRA, 1, dispute_service=pb.DisputeService(
                post_id=FORM, occurrence_id=FORM_OCC, reason="Het was korter.")),
            chunk(INGE, 1, settle_service=pb.SettleService(
                post_id=FORM, occurrence_id=FORM_OCC, credit=True, minutes=30,
                note="We houden 30 minuten aan.")))
    session("take-stand-in-release-report-confirm",
            chunk(SAMIRA, 1, take_service=pb.TakeService(post_id=LETTER)),
            chunk(DAAN, 1, stand_in_for_service=pb.StandInForService(post_id=LETTER)),
            chunk(SAMIRA, 2, release_service=pb.ReleaseService(post_id=LETTER)),
            chunk(DAAN, 2, report_service_done=pb.ReportServiceDone(
                post_id=LETTER, occurrence_id=new(0x3100), day="2026-12-02", minutes=30)),
            chunk(YONAS, 1, confirm_service=pb.ConfirmService(post_id=LETTER,
                                                             occurrence_id=new(0x3100))))
    sig = pb.Signal(id=new(0x3200), category=pb.SIGNAL_CATEGORY_NUISANCE,
                    urgency=pb.SIGNAL_URGENCY_CAN_WAIT, text="Lawaai in de gang.",
                    raised_at_ms=NOW_MS)
    session("signal-raised-handled-reopened",
            chunk(SAMIRA, 1, raise_signal=pb.RaiseSignal(signal=sig)),
            chunk(INGE, 1, start_signal=pb.StartSignal(signal_id=new(0x3200))),
            chunk(INGE, 2, close_signal=pb.CloseSignal(
                signal_id=new(0x3200), outcome=pb.SIGNAL_OUTCOME_NUISANCE_PROCEDURE,
                answer_id=new(0x3201), answer="We hebben met de buren gesproken.")),
            chunk(SAMIRA, 2, reopen_signal=pb.ReopenSignal(
                signal_id=new(0x3200), info_id=new(0x3202), reason="Het is weer begonnen.")))
    series = pb.Activity(id=new(0x3300), title="Breiclub", place_id=HALL,
                         start_ms=NOW_MS + 7 * DAY_MS, end_ms=NOW_MS + 7 * DAY_MS + 2 * HOUR_MS,
                         capacity=1, repeat=pb.REPEAT_WEEKLY, repeat_until="2027-01-20")
    changed = pb.Activity()
    changed.CopyFrom(series)
    changed.repeat = pb.REPEAT_FORTNIGHTLY
    changed.capacity = 3
    session("series-sign-ups-changed",
            chunk(DAAN, 1, plan_activity=pb.PlanActivity(activity=series,
                                                         new_dates_seed=new(0x3301))),
            chunk(SAMIRA, 1, sign_up_for_activity=pb.SignUpForActivity(
                sign_up_id=new(0x3302), activity_id=new(0x3300), member_id=A_SAMIRA)),
            chunk(YONAS, 1, sign_up_for_activity=pb.SignUpForActivity(
                sign_up_id=new(0x3303), activity_id=new(0x3300), member_id=A_YONAS)),
            chunk(DAAN, 2, plan_activity=pb.PlanActivity(activity=changed, this_and_later=True,
                                                         new_dates_seed=new(0x3304))),
            chunk(SAMIRA, 2, withdraw_sign_up=pb.WithdrawSignUp(
                activity_id=new(0x3300), sign_up_id=new(0x3302), member_id=A_SAMIRA)))
    session("pause-then-hours",
            chunk(INGE, 1, pause_requirement=pb.PauseRequirement(
                member_id=A_SAMIRA, paused_until="2026-12-20", reason="Op reis")),
            chunk(SAMIRA, 1, append_hour_entry=pb.AppendHourEntry(entry=pb.HourEntry(
                id=new(0x3400), member_id=A_SAMIRA, day="2026-12-02", minutes=30,
                category="anders", created_at_ms=NOW_MS))))
    session("knock",
            chunk(INGE, 1, ask_knock=pb.AskKnock(task=pb.KnockTask(
                id=new(0x3500), signal_id=MUSIC, gangmaker_id=A_DAAN, studio="2.07",
                day="2026-12-02"))),
            chunk(DAAN, 1, record_knock=pb.RecordKnock(task_id=new(0x3500),
                                                      outcome=pb.KNOCK_OUTCOME_NO_ANSWER)))


# --- fuzz_pull --------------------------------------------------------------------------------

def cursor(seq, epoch=EPOCH):
    return bytes([1]) + epoch + struct.pack(">Q", seq)


def pull_seeds():
    t = "fuzz_pull"
    clear_seeds(t)

    def p(name, who, cur=b"", limit=0, version=V):
        write(t, name, bytes([who]) + pb.PullRequest(protocol_version=version, cursor=cur,
                                                     limit=limit).SerializeToString())
    p("beheerder-first", INGE)
    p("resident-first", SAMIRA)
    p("gangmaker-first", DAAN)
    p("resident-small-pages", YONAS, limit=3)
    p("beheerder-max", INGE, limit=20000)
    p("cursor", SAMIRA, cursor(40), limit=10)
    p("cursor-far-ahead", DAAN, cursor(2 ** 62))
    p("cursor-other-epoch", INGE, cursor(40, bytes(16)))
    p("cursor-malformed", YONAS, b"\x02" + bytes(24))
    p("new-version", SAMIRA, version=2)
    p("stranger", STRANGER)


# --- fuzz_cursor, fuzz_invite, fuzz_codec -----------------------------------------------------

def cursor_seeds():
    t = "fuzz_cursor"
    clear_seeds(t)
    write(t, "valid", cursor(1234))
    write(t, "zero", cursor(0))
    write(t, "max", cursor(2 ** 64 - 1))
    write(t, "version-2", b"\x02" + cursor(1)[1:])
    write(t, "short", cursor(7)[:-1])
    write(t, "empty", b"")


def invite_seeds():
    t = "fuzz_invite"
    clear_seeds(t)
    texts = {
        "code": "K7QX-M4TA-9PRS-2WHE",
        "code-typed": " k7qx m4ta 9prs 2whe ",
        "link": "gangwerk://enrol?server=https%3A%2F%2Fgangwerk.example.nl&code=K7QX-M4TA-9PRS-2WHE",
        "link-local": "gangwerk://enrol?server=http%3A%2F%2F127.0.0.1%3A50443&code=RESD-2345-6789-ABCD",
        "link-upper": "GANGWERK://ENROL?code=K7QX-M4TA-9PRS-2WHE&server=https://a.example",
        "link-no-code": "gangwerk://enrol?server=https%3A%2F%2Fgangwerk.example.nl",
        "link-bad-server": "gangwerk://enrol?server=ftp%3A%2F%2Fx&code=K7QX-M4TA-9PRS-2WHE",
        "not-a-link": "https://gangwerk.example.nl/enrol?code=K7QX",
        "unicode": "ｋ７ｑｘ－ｍ４ｔａ",
    }
    for name, text in texts.items():
        write(t, name, text.encode("utf-8"))


def codec_seeds():
    t = "fuzz_codec"
    clear_seeds(t)
    # The first byte picks the reader: recordKinds() in order (project, member, hour_entry,
    # device, activity, service_post, signal, knock_task), then a Mutation, then strings.
    kinds = ["project", "member", "hour_entry", "device", "activity", "service_post", "signal",
             "knock_task"]
    MUTATION, STRINGS = len(kinds), len(kinds) + 1

    def rec(kind, msg):
        write(t, kind, bytes([kinds.index(kind)]) + msg.SerializeToString())
    rec("project", pb.Project(
        id=PROJECT, name="De Gang", time_zone="Europe/Amsterdam", requirement_minutes=600,
        requirement_period=pb.PERIOD_MONTH, backdating_days=60,
        categories=["buurtdienst", "anders"], service_categories=["chat", "ict"],
        service_expiry_days=7, places=[pb.Place(id=ROOM, name="Huiskamer Gang 2", gang="Gang 2")],
        signal_settings=pb.SignalSettings(office_days=[1, 2, 3, 4, 5], office_opens_minute=540,
                                          office_closes_minute=1020, today_minutes=240,
                                          can_wait_minutes=480, retention_months=12,
                                          identity_months=3)))
    rec("member", pb.Member(
        id=A_HENK, project_id=PROJECT, display_name="Henk", role=pb.ROLE_RESIDENT, gang="Gang 2",
        studio="2.12", talents=["chat"], moved_in="2026-04-01", paused_until="2027-01-15",
        pauses=[pb.PausePeriod(**{"from": "2026-11-21", "until": "2027-01-15", "set_by": A_INGE,
                                  "set_at_ms": NOW_MS, "reason": "Opname"})]))
    rec("hour_entry", pb.HourEntry(
        id=new(1), member_id=A_SAMIRA, day="2026-12-01", minutes=60, category="buurtdienst",
        note="Boodschappen", source=pb.ENTRY_SOURCE_SERVICE, source_id=FORM, corrects=new(2),
        voids=False, created_at_ms=NOW_MS))
    rec("device", pb.Device(id=YONAS_PHONE, member_id=A_YONAS, name="Telefoon",
                            enrolled_at_ms=NOW_MS - 39 * DAY_MS, last_sync_day="2026-11-23",
                            revoked_at_ms=NOW_MS, revoked_by=A_INGE))
    rec("activity", pb.Activity(
        id=COOKING, title="Samen koken", place_id=ROOM, start_ms=NOW_MS + 5 * DAY_MS,
        end_ms=NOW_MS + 5 * DAY_MS + 150 * 60000, capacity=2, counts_as_hours=True,
        credit_minutes=120, gang="Gang 2", organiser_ids=[A_DAAN],
        status=pb.ACTIVITY_STATUS_PLANNED, places_taken=2, waiting_count=1,
        sign_ups=[pb.ActivitySignUp(id=demo("f40"), member_id=A_YONAS,
                                    state=pb.SIGN_UP_STATE_CONFIRMED, server_order=1,
                                    received_at_ms=NOW_MS),
                  pb.ActivitySignUp(id=demo("f42"), member_id=A_SAMIRA, companion_id=A_YONAS,
                                    state=pb.SIGN_UP_STATE_WAITLISTED, server_order=3,
                                    waiting_place=1)],
        attendee_ids=[A_YONAS], series_id=COFFEE, series_index=2, repeat=pb.REPEAT_MONTHLY,
        repeat_until="2027-03-01",
        disputes=[pb.CreditDispute(id=DISPUTE, member_id=A_YONAS, entry_id=new(3), minutes=150,
                                   reason="Opgeruimd", state=pb.DISPUTE_STATE_OPEN,
                                   created_at_ms=NOW_MS)]))
    rec("service_post", pb.ServicePost(
        id=GROCERIES, kind=pb.SERVICE_KIND_REQUEST, category="groceries", text="Boodschappen",
        estimate_minutes=60, gang="Gang 2", asker_id=A_HENK, helper_id=A_YONAS, posted_by=A_DAAN,
        on_behalf=True, state=pb.SERVICE_STATE_TAKEN, repeat=pb.REPEAT_WEEKLY,
        repeat_until="2027-02-23", when_from_ms=NOW_MS, when_until_ms=NOW_MS + HOUR_MS,
        occurrences=[pb.ServiceOccurrence(id=new(4), day="2026-11-24", helper_id=A_YONAS,
                                          reported_minutes=45,
                                          state=pb.OCCURRENCE_STATE_CREDITED,
                                          confirmed_minutes=45, entry_id=new(5))],
        messages=[pb.ServiceMessage(id=new(6), author_id=A_YONAS, helper_id=A_YONAS,
                                    text="Tot dinsdag", sent_at_ms=NOW_MS)],
        stand_in_ids=[A_SAMIRA], suggested_helper_id=A_SAMIRA, changed_at_ms=NOW_MS))
    rec("signal", pb.Signal(
        id=POST, category=pb.SIGNAL_CATEGORY_NOT_SEEN, urgency=pb.SIGNAL_URGENCY_CAN_WAIT,
        text="Post voor de deur", studio="2.05", since="2026-11-28", reporter_id=A_SAMIRA,
        state=pb.SIGNAL_STATE_IN_PROGRESS,
        answers=[pb.SignalText(id=new(7), author_id=A_INGE, text="Dank je", at_ms=NOW_MS)],
        notes=[pb.SignalText(id=new(8), author_id=A_INGE, text="Wijkteam", at_ms=NOW_MS)],
        received_at_ms=NOW_MS - DAY_MS, due_at_ms=NOW_MS, handled_by=A_INGE, gang="Gang 2"))
    rec("knock_task", pb.KnockTask(id=KNOCK, signal_id=POST, gangmaker_id=A_DAAN, studio="2.05",
                                   day="2026-12-02", asked_by=A_INGE, asked_at_ms=NOW_MS,
                                   outcome=pb.KNOCK_OUTCOME_NO_ANSWER))
    write(t, "mutation", bytes([MUTATION]) + pb.Mutation(
        mutation_id=new(9), client_seq=3,
        plan_activity=pb.PlanActivity(activity=pb.Activity(id=new(10), title="Quiz",
                                                           place_id=HALL, start_ms=NOW_MS),
                                      new_dates_seed=new(11))).SerializeToString())
    write(t, "day", bytes([STRINGS]) + b"2026-12-02")
    write(t, "day-nonexistent", bytes([STRINGS]) + b"2026-02-30")
    write(t, "id", bytes([STRINGS]) + PROJECT.encode())
    write(t, "id-upper", bytes([STRINGS]) + PROJECT.upper().encode())


if __name__ == "__main__":
    enroll_seeds()
    push_seeds()
    session_seeds()
    pull_seeds()
    cursor_seeds()
    invite_seeds()
    codec_seeds()
    for target in sorted(os.listdir(CORPUS)):
        print(target, len(os.listdir(os.path.join(CORPUS, target))), "files")
