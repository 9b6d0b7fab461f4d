"""Signals to the beheerder (issue 10) through a real gangwerk-server, driven from sync.proto
alone: what every role receives when it pulls (and the raw bytes of every pull it may not read
something in never contain it); a retried raise is one signal; a stale second beheerder device
is told why its step is refused; the access log of receiving and opening; forgetting on time on
the server (the reporter after three months, everything after twelve, the access log with it);
the server's log never holds a signal's words, also when it crashes; and signal-settings
refuses bad input without changing anything."""

import os
import re
import signal
import time
import unittest

from gwtest import Device, Server, day, new_id, pb, run_cli

MARK = "ZORGMARKER-7Q"  # in every text written on a signal


class SignalsCase(unittest.TestCase):
    """One server per class: Inge and Ben (beheerders), Anna (reporter) and Bram (residents of
    gang A), Gert (gangmaker of A, asked to knock), Gina (gangmaker of A, not asked)."""

    serve_env = {}

    @classmethod
    def setUpClass(cls):
        cls.saved_env = {k: os.environ.get(k) for k in cls.serve_env}
        os.environ.update(cls.serve_env)
        cls.server = Server().start()
        try:
            cls.dev = {"Inge": Device(cls.server, cls.server.beheerder_code, name="Inge's phone",
                                      display_name="Inge")}
            for name, role, gang in (("Ben", "beheerder", ""), ("Anna", "resident", "A"),
                                     ("Bram", "resident", "A"), ("Gert", "gangmaker", "A"),
                                     ("Gina", "gangmaker", "A")):
                args = ("--gang", gang) if gang else ()
                code = cls.server.invite(role, *args, "--name", name)
                cls.dev[name] = Device(cls.server, code, name=f"{name}'s phone")
        except BaseException:
            cls.server.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.server.cleanup()
        for k, v in cls.saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

    # --- helpers ------------------------------------------------------------------------------

    def raise_signal(self, who="Anna", urgency=pb.SIGNAL_URGENCY_TODAY, studio="1.02", mark=MARK):
        d = self.dev[who]
        sig = pb.Signal(id=new_id(), category=pb.SIGNAL_CATEGORY_NOT_SEEN, urgency=urgency,
                        text=f"Ik zie mijn buur niet meer {mark}", studio=studio,
                        raised_at_ms=int(time.time() * 1000))
        r = d.push_one(d.mutation(raise_signal=pb.RaiseSignal(signal=sig)))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
        return sig.id

    def step(self, who, **body):
        d = self.dev[who]
        return d.push_one(d.mutation(**body))

    def applied(self, who, **body):
        r = self.step(who, **body)
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (who, r.reason_code, r.message))

    def pull_all(self, who):
        """A fresh pull as @who: the signals and knock tasks by id, and the raw bytes."""
        d = self.dev[who]
        cursor, raw, signals, knocks = b"", b"", {}, {}
        while True:
            resp = d.pull_page(cursor=cursor)
            raw += resp.SerializeToString()
            for c in resp.changes:
                kind = c.WhichOneof("record")
                if kind == "signal":
                    signals[c.signal.id] = c.signal
                elif kind == "knock_task":
                    knocks[c.knock_task.id] = c.knock_task
            cursor = resp.next_cursor
            if not resp.has_more:
                return signals, knocks, raw

    def access_log(self, signal_id=None):
        args = ["access-log", "--data", self.server.data, "--project", self.server.project]
        if signal_id:
            args += ["--signal", signal_id]
        lines = run_cli(*args).stdout.splitlines()[1:]
        return [re.split(r"\s{2,}", line) for line in lines]


class WhoReceivesWhat(SignalsCase):
    def test_every_role_pulls_only_what_it_may(self):
        mark = f"{MARK}-{new_id()[:8]}"  # this test's own (others raise signals too)
        sid = self.raise_signal(mark=mark)
        self.applied("Anna", add_signal_info=pb.AddSignalInfo(
            signal_id=sid, info_id=new_id(), text=f"De post stapelt op {mark}"))
        self.applied("Inge", add_signal_note=pb.AddSignalNote(
            signal_id=sid, note_id=new_id(), text=f"Intern: wijkteam {mark}-NOTE"))
        self.applied("Inge", answer_signal=pb.AnswerSignal(
            signal_id=sid, answer_id=new_id(), text=f"Ik ga langs {mark}-ANSWER"))
        knock = pb.KnockTask(id=new_id(), signal_id=sid, gangmaker_id=self.dev["Gert"].member.id,
                             studio="1.02", day=day(0))
        self.applied("Inge", ask_knock=pb.AskKnock(task=knock))

        for beheerder in ("Inge", "Ben"):
            signals, knocks, _ = self.pull_all(beheerder)
            self.assertEqual(len(signals[sid].notes), 1)
            self.assertEqual(len(signals[sid].answers), 1)
            self.assertEqual(signals[sid].reporter_id, self.dev["Anna"].member.id)
            self.assertEqual(knocks[knock.id].signal_id, sid)
        signals, knocks, raw = self.pull_all("Anna")
        mine = signals[sid]
        self.assertEqual(len(mine.notes), 0)  # never the internal notes
        self.assertEqual(mine.handled_by, "")
        self.assertEqual(mine.answers[0].text, f"Ik ga langs {mark}-ANSWER")
        self.assertNotIn(f"{mark}-NOTE".encode(), raw)
        self.assertEqual(knocks, {})
        signals, knocks, raw = self.pull_all("Gert")  # asked to knock: the task, nothing else
        self.assertEqual(signals, {})
        self.assertEqual(knocks[knock.id].signal_id, "")
        self.assertEqual(knocks[knock.id].studio, "1.02")
        self.assertNotIn(mark.encode(), raw)
        for other in ("Bram", "Gina"):
            signals, knocks, raw = self.pull_all(other)
            self.assertNotIn(sid, signals, other)
            self.assertEqual(knocks, {}, other)
            self.assertNotIn(mark.encode(), raw, other)
            self.assertNotIn(sid.encode(), raw, other)

    def test_a_retried_raise_is_one_signal(self):
        d = self.dev["Bram"]
        sig = pb.Signal(id=new_id(), category=pb.SIGNAL_CATEGORY_NUISANCE,
                        urgency=pb.SIGNAL_URGENCY_CAN_WAIT, text="Harde muziek", place="Huiskamer")
        m = d.mutation(raise_signal=pb.RaiseSignal(signal=sig))
        first = d.push_one(m)
        again = d.push_one(m)  # the answer was lost: the phone sends the same mutation again
        self.assertEqual(first.outcome, pb.OUTCOME_APPLIED)
        self.assertEqual(again.outcome, pb.OUTCOME_DUPLICATE)
        signals, _, _ = self.pull_all("Inge")
        self.assertEqual([s for s in signals.values() if s.text == "Harde muziek"][0].state,
                         pb.SIGNAL_STATE_RECEIVED)
        self.assertEqual(sum(1 for s in signals.values() if s.text == "Harde muziek"), 1)

    def test_a_stale_device_is_told_why(self):
        sid = self.raise_signal(urgency=pb.SIGNAL_URGENCY_CAN_WAIT)
        self.applied("Inge", close_signal=pb.CloseSignal(
            signal_id=sid, outcome=pb.SIGNAL_OUTCOME_NO_ACTION_NEEDED, answer_id=new_id(),
            answer="Gesproken, het gaat goed."))
        before, _, _ = self.pull_all("Inge")
        r = self.step("Ben", start_signal=pb.StartSignal(signal_id=sid))  # Ben had not pulled
        self.assertEqual((r.outcome, r.reason_code), (pb.OUTCOME_REJECTED, "SIGNAL_CLOSED"))
        self.assertTrue(r.message)
        after, _, _ = self.pull_all("Inge")
        self.assertEqual(before[sid], after[sid])  # refused: nothing changed
        # A neighbour learns nothing: the same answer as for a signal that does not exist.
        for target in (sid, new_id()):
            r = self.step("Bram", add_signal_info=pb.AddSignalInfo(
                signal_id=target, info_id=new_id(), text="x"))
            self.assertEqual(r.reason_code, "SIGNAL_UNKNOWN")
        # Closing without an answer to the reporter is refused.
        other = self.raise_signal()
        r = self.step("Inge", close_signal=pb.CloseSignal(
            signal_id=other, outcome=pb.SIGNAL_OUTCOME_NO_ACTION_NEEDED, answer_id=new_id()))
        self.assertEqual(r.reason_code, "SIGNAL_ANSWER_MISSING")

    def test_access_log_says_who_received_and_opened(self):
        sid = self.raise_signal(who="Bram")
        self.pull_all("Bram")  # the reporter's own device: not logged
        self.pull_all("Ben")
        self.applied("Inge", open_signal=pb.OpenSignal(signal_id=sid,
                                                       opened_at_ms=int(time.time() * 1000)))
        lines = self.access_log(sid)
        whats = {(line[1].strip(), line[3].split(" (")[0].removeprefix("device ")) for line in lines}
        self.assertIn(("received", "Ben's phone"), whats)
        self.assertIn(("opened", "Inge's phone"), whats)
        self.assertNotIn("Bram's phone", " ".join(" ".join(line) for line in lines))


class Forgetting(SignalsCase):
    def test_the_reporter_goes_first_then_everything(self):
        sid = self.raise_signal(urgency=pb.SIGNAL_URGENCY_CAN_WAIT, studio="1.07")
        knock = pb.KnockTask(id=new_id(), signal_id=sid, gangmaker_id=self.dev["Gert"].member.id,
                             studio="1.07", day=day(0))
        self.applied("Inge", ask_knock=pb.AskKnock(task=knock))
        self.applied("Inge", close_signal=pb.CloseSignal(
            signal_id=sid, outcome=pb.SIGNAL_OUTCOME_CHECKED_IN_PERSON, answer_id=new_id(),
            answer="We zijn langs geweest."))
        self.pull_all("Ben")  # an access-log line that must go with the signal
        self.assertTrue(self.access_log(sid))
        offline = self.dev["Anna"]
        offline.cursor = b""
        offline.sync_down()  # Anna's phone has it, then is offline during the purge
        kept_cursor = offline.cursor

        self.server.stop()
        self.server.extra = ["--test-clock-offset-days", "95"]  # three months closed
        self.server.start(self.server.port)
        for d in self.dev.values():
            d.reconnect()
        signals, _, _ = self.pull_all("Inge")
        self.assertEqual(signals[sid].reporter_id, "")  # only the beheerders keep it
        self.assertIn(sid, signals)
        signals, _, _ = self.pull_all("Anna")
        self.assertNotIn(sid, signals)

        self.server.stop()
        self.server.extra = ["--test-clock-offset-days", "370"]  # a year closed
        self.server.start(self.server.port)
        for d in self.dev.values():
            d.reconnect()
        for who in self.dev:
            signals, knocks, raw = self.pull_all(who)
            self.assertNotIn(sid, signals, who)
            self.assertNotIn(knock.id, knocks, who)
            self.assertNotIn(sid.encode(), raw, who)
        self.assertEqual(self.access_log(sid), [])
        # The phone that was offline: its next pull from where it was does not bring it back
        # (its own store forgets by the same rule: tst_signals).
        resp = offline.pull_page(cursor=kept_cursor)
        self.assertNotIn(sid.encode(), resp.SerializeToString())


class ServerLogs(SignalsCase):
    serve_env = {"QT_LOGGING_RULES": "*.debug=true"}

    def test_no_words_of_a_signal_in_the_log_even_after_a_crash(self):
        sid = self.raise_signal()
        self.applied("Anna", add_signal_info=pb.AddSignalInfo(
            signal_id=sid, info_id=new_id(), text=f"Meer {MARK}"))
        self.applied("Inge", add_signal_note=pb.AddSignalNote(
            signal_id=sid, note_id=new_id(), text=f"Notitie {MARK}"))
        r = self.step("Inge", close_signal=pb.CloseSignal(signal_id=sid, answer_id=new_id(),
                                                          answer=f"Antwoord {MARK}"))
        self.assertEqual(r.reason_code, "SIGNAL_OUTCOME_MISSING")  # a refusal, logged
        r = self.step("Bram", add_signal_info=pb.AddSignalInfo(
            signal_id=sid, info_id=new_id(), text=f"Bram {MARK}"))
        self.assertEqual(r.reason_code, "SIGNAL_UNKNOWN")
        for who in self.dev:
            self.pull_all(who)
        self.server.proc.send_signal(signal.SIGABRT)
        self.server.proc.wait(timeout=15)
        log = self.server.log()
        self.assertIn("push device", log)  # the debug log is on: there is something to read
        self.assertNotIn(MARK, log)
        self.server.start(self.server.port)  # for tearDown


class SettingsCli(unittest.TestCase):
    def test_bad_settings_say_what_to_do_and_change_nothing(self):
        server = Server()
        try:
            def settings(*args, check=True):
                return run_cli("signal-settings", "--data", server.data, "--project",
                               server.project, *args, check=check)
            before = settings("--retention-months", "12").stdout
            for bad in (("--office-hours", "17:00-09:00"), ("--retention-months", "0"),
                        ("--identity-months", "13"), ("--office-days", "8"),
                        ("--today-hours", "x")):
                r = settings(*bad, check=False)
                self.assertNotEqual(r.returncode, 0, bad)
                self.assertTrue(r.stderr.strip(), bad)
            self.assertEqual(settings("--retention-months", "12").stdout, before)
            out = settings("--office-days", "2-4", "--office-hours", "10:00-14:00",
                           "--today-hours", "2").stdout
            self.assertIn("office days 2,3,4, 10:00-14:00", out)
            self.assertIn("within 120 office minutes (today)", out)
        finally:
            server.cleanup()


# ---------------------------------------------------------------------------------------------
# The state machine, table-driven: every state × step × role through the real server. The table
# is written here by hand (from the issue and DESIGN.md), not read from core.

STATES = ("RECEIVED", "IN_PROGRESS", "CLOSED", "MERGED", "REOPENED")
STEPS = ("start", "answer", "close", "merge", "reopen", "add_info", "add_note", "ask_knock")
TABLE = {  # step -> state -> reason code ("" = allowed)
    "start": dict(RECEIVED="", IN_PROGRESS="SIGNAL_IN_PROGRESS", CLOSED="SIGNAL_CLOSED",
                  MERGED="SIGNAL_MERGED", REOPENED=""),
    "answer": dict(RECEIVED="", IN_PROGRESS="", CLOSED="SIGNAL_CLOSED", MERGED="SIGNAL_MERGED",
                   REOPENED=""),
    "close": dict(RECEIVED="", IN_PROGRESS="", CLOSED="SIGNAL_CLOSED", MERGED="SIGNAL_MERGED",
                  REOPENED=""),
    "merge": dict(RECEIVED="", IN_PROGRESS="", CLOSED="SIGNAL_CLOSED", MERGED="SIGNAL_MERGED",
                  REOPENED=""),
    "reopen": dict(RECEIVED="SIGNAL_NOT_CLOSED", IN_PROGRESS="SIGNAL_NOT_CLOSED", CLOSED="",
                   MERGED="SIGNAL_NOT_CLOSED", REOPENED="SIGNAL_NOT_CLOSED"),
    "add_info": dict(RECEIVED="", IN_PROGRESS="", CLOSED="SIGNAL_CLOSED", MERGED="",
                     REOPENED=""),
    "add_note": dict(RECEIVED="", IN_PROGRESS="", CLOSED="", MERGED="", REOPENED=""),
    "ask_knock": dict(RECEIVED="", IN_PROGRESS="", CLOSED="SIGNAL_CLOSED", MERGED="SIGNAL_MERGED",
                      REOPENED=""),
}
# Who may take a step at all (the permission table): the reporter adds and reopens, the
# beheerder does everything; anyone else is refused by the table, or — for the reporter's own
# steps — told the signal does not exist (SIGNAL_UNKNOWN), so nothing is learned.
REPORTER_STEPS = ("reopen", "add_info")
ROLES = ("Anna", "Bram", "Gina", "Inge")  # reporter, resident, gangmaker, beheerder


class StateMachine(SignalsCase):
    def into(self, state):
        sid = self.raise_signal()
        close = lambda: self.applied("Inge", close_signal=pb.CloseSignal(
            signal_id=sid, outcome=pb.SIGNAL_OUTCOME_NO_ACTION_NEEDED, answer_id=new_id(),
            answer="Klaar."))
        if state == "IN_PROGRESS":
            self.applied("Inge", start_signal=pb.StartSignal(signal_id=sid))
        elif state == "CLOSED":
            close()
        elif state == "MERGED":
            self.applied("Inge", merge_signal=pb.MergeSignal(signal_id=sid,
                                                             into_id=self.raise_signal()))
        elif state == "REOPENED":
            close()
            self.applied("Anna", reopen_signal=pb.ReopenSignal(signal_id=sid, info_id=new_id(),
                                                               reason="Nog niet goed."))
        return sid

    def body(self, step, sid, target):
        knock = pb.KnockTask(id=new_id(), signal_id=sid, studio="1.02", day=day(0),
                             gangmaker_id=self.dev["Gert"].member.id)
        return {
            "start": dict(start_signal=pb.StartSignal(signal_id=sid)),
            "answer": dict(answer_signal=pb.AnswerSignal(signal_id=sid, answer_id=new_id(),
                                                         text="Ik kijk ernaar.")),
            "close": dict(close_signal=pb.CloseSignal(
                signal_id=sid, outcome=pb.SIGNAL_OUTCOME_CHECKED_IN_PERSON, answer_id=new_id(),
                answer="Gedaan.")),
            "merge": dict(merge_signal=pb.MergeSignal(signal_id=sid, into_id=target)),
            "reopen": dict(reopen_signal=pb.ReopenSignal(signal_id=sid, info_id=new_id(),
                                                         reason="Nog steeds.")),
            "add_info": dict(add_signal_info=pb.AddSignalInfo(signal_id=sid, info_id=new_id(),
                                                              text="Nog iets.")),
            "add_note": dict(add_signal_note=pb.AddSignalNote(signal_id=sid, note_id=new_id(),
                                                              text="Intern.")),
            "ask_knock": dict(ask_knock=pb.AskKnock(task=knock)),
        }[step]

    def changed_since(self, cursor):
        """Signal ids that changed after @cursor, as the beheerder's pull says; the new cursor."""
        d, ids = self.dev["Ben"], set()
        while True:
            resp = d.pull_page(cursor=cursor)
            ids |= {c.signal.id for c in resp.changes if c.WhichOneof("record") == "signal"}
            cursor = resp.next_cursor
            if not resp.has_more:
                return ids, cursor

    def test_every_step_in_every_state_by_every_role(self):
        _, cursor = self.changed_since(b"")
        target = self.raise_signal()  # an open signal to merge into
        for state in STATES:
            for step in STEPS:
                for who in ROLES:
                    with self.subTest(state=state, step=step, who=who):
                        sid = self.into(state)
                        _, cursor = self.changed_since(cursor)
                        r = self.step(who, **self.body(step, sid, target))
                        if who == "Inge" or (who == "Anna" and step in REPORTER_STEPS):
                            expected = TABLE[step][state]
                        elif step in REPORTER_STEPS and who != "Anna":
                            expected = "SIGNAL_UNKNOWN"
                        else:
                            expected = "PERMISSION_DENIED"
                        got = "" if r.outcome == pb.OUTCOME_APPLIED else r.reason_code
                        self.assertEqual(got, expected, r.message)
                        changed, cursor = self.changed_since(cursor)
                        if expected:
                            self.assertTrue(r.message)  # a reason in words
                            self.assertNotIn(sid, changed)  # and nothing changed
                        elif step not in ("ask_knock",):
                            self.assertIn(sid, changed)


if __name__ == "__main__":
    unittest.main()
