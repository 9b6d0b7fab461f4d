"""Activities and sign-ups through a real gangwerk-server, driven from sync.proto alone: who may
plan, change and cancel what (the permission table's rows, core/permissions.cpp), the room-clash
and sign-up rules with their reasons, places given in the order the server receives sign-ups
(also when many devices sign up at the same moment), the waiting list and its automatic
promotion, pairs that come together, and who receives whose names."""

import datetime
import threading
import time
import unittest

import grpc

import gwtest
from gwtest import TZ, Device, Server, last_line, new_id, pb, pb_grpc, run_cli

# The permission rows of the activities family, as data (copied by hand from
# core/permissions.cpp, like test_permissions.py's table).
NONE, OWN, OWN_GANG, PROJECT = "None", "Own", "OwnGang", "Project"
SCOPES = {
    "CreateActivity": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
    "EditActivity": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
    "CancelActivity": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
    "SeeAttendeeNames": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
    "SignUp": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "SignUpTogether": dict(resident=OWN_GANG, gangmaker=OWN_GANG, beheerder=PROJECT),
    "DisputeCredit": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "ResolveCreditDispute": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
}

HOUR_MS = 3600 * 1000
DAY_MS = 24 * HOUR_MS


def now_ms():
    return int(time.time() * 1000)


def permits(scope, actor, subject):
    """core's permits(): actor and subject are (member id, gang)."""
    if scope == NONE:
        return False
    if scope == OWN:
        return subject[0] == actor[0]
    if scope == OWN_GANG:
        return subject[0] == actor[0] or (actor[1] != "" and subject[1] == actor[1])
    return True


class Activities(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server()  # "Hof van Twaalf"
        data, project = cls.server.data, cls.server.project
        cls.rooms = {}
        for name, gang in (("Huiskamer A", "A"), ("Huiskamer B", "B"), ("Centrale hal", "")):
            args = ("--gang", gang) if gang else ()
            out = run_cli("add-place", "--data", data, "--project", project, "--name", name,
                          *args).stdout
            cls.rooms[name] = last_line(out)
        cls.server.start()
        try:
            cls.people = {}  # name -> (role, gang)
            cls.dev = {}
            cls.dev["Inge"] = Device(cls.server, cls.server.beheerder_code, display_name="Inge")
            cls.people["Inge"] = ("beheerder", "")
            for name, role, gang in (("Gert", "gangmaker", "A"), ("Bo", "gangmaker", "B"),
                                     ("Ali", "resident", "A"), ("Ans", "resident", "A"),
                                     ("Aya", "resident", "A"), ("Ari", "resident", "A"),
                                     ("Axel", "resident", "A"), ("Amir", "resident", "A"),
                                     ("Bas", "resident", "B")):
                code = cls.server.invite(role, "--gang", gang, "--name", name)
                cls.dev[name] = Device(cls.server, code, name=f"{name}'s phone")
                cls.people[name] = (role, gang)
            cls.ids = {n: d.member.id for n, d in cls.dev.items()}
        except BaseException:
            cls.server.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        rc = cls.server.stop()
        log = cls.server.log()
        cls.server.cleanup()
        assert rc == 0, f"server did not stop cleanly ({rc}):\n{log}"

    # --- helpers ------------------------------------------------------------------------------

    def who(self, name):
        return (self.ids[name], self.people[name][1])

    slot = 0

    def activity(self, title, room, gang, past=False, capacity=0, deadline_ms=0, credit=0,
                 **extra):
        # Every activity gets a three-hour slot of its own, so that the tests (which share one
        # server) never clash by accident; the clash test sets its times itself.
        Activities.slot += 1
        start = now_ms() + (-DAY_MS if past else DAY_MS + Activities.slot * 3 * HOUR_MS)
        return pb.Activity(id=new_id(), title=title, place_id=self.rooms[room], start_ms=start,
                           end_ms=start + 2 * HOUR_MS, capacity=capacity,
                           sign_up_deadline_ms=deadline_ms, counts_as_hours=credit > 0,
                           credit_minutes=credit, gang=gang, **extra)

    def plan(self, name, activity):
        return self.dev[name].push_one(self.dev[name].plan_mutation(activity))

    def planned(self, name, *args, **kwargs):
        a = self.activity(*args, **kwargs)
        r = self.plan(name, a)
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        return a.id

    def server_view(self, activity_id):
        """The activity as the beheerder's device receives it (every sign-up)."""
        inge = self.dev["Inge"]
        inge.sync_down()
        return inge.activities[activity_id]

    def sign_up(self, name, activity_id, companion="", for_whom=None):
        d = self.dev[name]
        m = d.sign_up_mutation(activity_id, member_id=self.ids[for_whom or name],
                               companion_id=self.ids[companion] if companion else "")
        return d.push_one(m), m.sign_up_for_activity.sign_up_id

    def fresh_pull(self, name):
        d = self.dev[name]
        d.cursor = b""
        d.activities = {}
        d.sync_down()
        return d.activities

    def assertRefused(self, result, code):
        self.assertEqual(result.outcome, pb.OUTCOME_REJECTED)
        self.assertEqual(result.reason_code, code, result.message)
        self.assertTrue(result.message)

    # --- planning -----------------------------------------------------------------------------

    def test_who_may_plan_where(self):
        # Each role plans for its own gang, another gang and the whole project (the hall).
        for name in ("Ali", "Gert", "Inge"):
            role, gang = self.people[name]
            for target in ("A", "B", ""):
                room = {"A": "Huiskamer A", "B": "Huiskamer B", "": "Centrale hal"}[target]
                with self.subTest(planner=name, gang=target or "everyone"):
                    # For the whole project a gangmaker plans what they will organise.
                    subject = ("", target) if target else (self.ids[name], "")
                    allowed = permits(SCOPES["CreateActivity"][role], self.who(name), subject)
                    r = self.plan(name, self.activity(f"{name} plant {target}", room, target))
                    if allowed:
                        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
                    else:
                        self.assertRefused(r, "PERMISSION_DENIED")
        self.assertRefused(self.plan("Gert", self.activity("In B's room", "Huiskamer B", "A")),
                           "PLACE_OF_OTHER_GANG")

    def test_who_may_change_and_cancel(self):
        mine_a = self.planned("Gert", "Koken A", "Huiskamer A", "A")
        mine_hall = self.planned("Gert", "Buurtfeest", "Centrale hal", "")
        theirs_hall = self.planned("Inge", "Huisvergadering", "Centrale hal", "")
        for editor, activity_id, allowed in (("Bo", mine_a, False), ("Bo", mine_hall, False),
                                             ("Gert", theirs_hall, False),
                                             ("Ali", mine_a, False), ("Inge", mine_a, True)):
            with self.subTest(editor=editor, activity=activity_id):
                current = self.server_view(activity_id)
                changed = pb.Activity()
                changed.CopyFrom(current)
                changed.title = current.title + " (nieuw)"
                r = self.plan(editor, changed)
                if allowed:
                    self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
                    self.assertEqual(self.server_view(activity_id).title, changed.title)
                else:
                    self.assertRefused(r, "PERMISSION_DENIED")
                    # The refusal brings the activity back as the editor may see it (or nothing
                    # when it is not theirs to see: gang A's activity for Bo of gang B).
                    self.assertEqual(r.HasField("current"),
                                     editor != "Bo" or activity_id != mine_a)
                    if r.HasField("current"):
                        self.assertEqual(r.current.activity.title, current.title)
                cancel = self.dev[editor].cancel_mutation(activity_id, "")
                self.assertRefused(self.dev[editor].push_one(cancel),
                                   "REASON_MISSING" if allowed else "PERMISSION_DENIED")
        # The gang stays what it was planned for.
        moved = pb.Activity()
        moved.CopyFrom(self.server_view(mine_a))
        moved.gang = "B"
        moved.place_id = self.rooms["Centrale hal"]
        self.assertRefused(self.plan("Inge", moved), "GANG_FIXED")
        r = self.dev["Gert"].push_one(self.dev["Gert"].cancel_mutation(mine_hall, "Regen"))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
        a = self.server_view(mine_hall)
        self.assertEqual((a.status, a.cancel_reason), (pb.ACTIVITY_STATUS_CANCELLED, "Regen"))

    def test_a_room_clash_is_refused_and_named(self):
        first = self.activity("Yoga", "Centrale hal", "")
        self.assertEqual(self.plan("Inge", first).outcome, pb.OUTCOME_APPLIED)
        overlapping = self.activity("Bingo", "Centrale hal", "")
        overlapping.start_ms = first.start_ms + HOUR_MS
        overlapping.end_ms = first.end_ms + HOUR_MS
        r = self.plan("Gert", overlapping)
        self.assertRefused(r, "ROOM_CLASH")
        self.assertIn("Centrale hal", r.message)
        self.assertIn("Yoga", r.message)
        # One may start when the other ends; another room is free.
        overlapping.start_ms, overlapping.end_ms = first.end_ms, first.end_ms + HOUR_MS
        self.assertEqual(self.plan("Gert", overlapping).outcome, pb.OUTCOME_APPLIED)
        elsewhere = self.activity("Bingo A", "Huiskamer A", "A")
        elsewhere.start_ms, elsewhere.end_ms = first.start_ms, first.end_ms
        self.assertEqual(self.plan("Gert", elsewhere).outcome, pb.OUTCOME_APPLIED)

    def test_bad_activities_are_refused_with_every_reason(self):
        a = self.activity("", "Centrale hal", "", capacity=-1)
        a.end_ms = a.start_ms
        r = self.plan("Inge", a)
        self.assertEqual(r.outcome, pb.OUTCOME_REJECTED)
        self.assertEqual(set(r.reason_code.split(",")),
                         {"TITLE_MISSING", "END_NOT_AFTER_START", "CAPACITY_INVALID"})
        a = self.activity("Gisteren", "Centrale hal", "", past=True)
        self.assertRefused(self.plan("Inge", a), "START_IN_PAST")
        a = self.activity("Ergens", "Centrale hal", "")
        a.place_id = new_id()
        self.assertRefused(self.plan("Inge", a), "PLACE_UNKNOWN")
        a.place_id = "not-an-id"
        self.assertRefused(self.plan("Inge", a), "INVALID")
        self.assertFalse(a.id in self.fresh_pull("Inge"))

    # --- sign-ups -----------------------------------------------------------------------------

    def test_concurrent_sign_ups_never_exceed_capacity(self):
        activity_id = self.planned("Gert", "Pizza bakken", "Huiskamer A", "A",
                                   capacity=3)
        names = ["Ali", "Ans", "Aya", "Ari", "Axel", "Amir", "Gert"]
        barrier = threading.Barrier(len(names))
        results, order = {}, []

        def go(name):
            d = Device.__new__(Device)  # its own connection, like a separate phone
            d.__dict__.update(self.dev[name].__dict__)
            d.channel = gwtest.channel(self.server.address, ready=True)
            d.stub = pb_grpc.SyncServiceStub(d.channel)
            m = d.sign_up_mutation(activity_id)
            self.dev[name].seq = d.seq
            barrier.wait()
            results[name] = (d.push_one(m), m.sign_up_for_activity.sign_up_id)
            d.channel.close()

        threads = [threading.Thread(target=go, args=(n,)) for n in names]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        self.assertEqual(len(results), len(names))
        for name, (r, _) in results.items():
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (name, r.message))
        a = self.server_view(activity_id)
        self.assertEqual(len(a.sign_ups), len(names))
        confirmed = [s for s in a.sign_ups if s.state == pb.SIGN_UP_STATE_CONFIRMED]
        waiting = [s for s in a.sign_ups if s.state == pb.SIGN_UP_STATE_WAITLISTED]
        self.assertEqual(len(confirmed), 3)
        self.assertEqual((a.places_taken, a.waiting_count), (3, 4))
        # The server's order: 1..7 without gaps; the first three have the places, the others
        # wait in that order.
        orders = [s.server_order for s in a.sign_ups]
        self.assertEqual(sorted(orders), list(range(1, 8)))
        self.assertEqual(orders, sorted(orders))
        self.assertEqual({s.server_order for s in confirmed}, {1, 2, 3})
        self.assertEqual([s.waiting_place for s in waiting], [1, 2, 3, 4])
        for s in a.sign_ups:
            self.assertGreater(s.received_at_ms, 0)

        # The first confirmed one signs off: the first on the list gets the place.
        by_id = {sid: name for name, (_, sid) in results.items()}
        leaver = by_id[confirmed[0].id]
        first_waiting = by_id[waiting[0].id]
        d = self.dev[leaver]
        r = d.push_one(d.withdraw_mutation(activity_id, confirmed[0].id))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
        a = self.server_view(activity_id)
        states = {by_id[s.id]: (s.state, s.waiting_place) for s in a.sign_ups}
        self.assertEqual(states[leaver], (pb.SIGN_UP_STATE_WITHDRAWN, 0))
        self.assertEqual(states[first_waiting], (pb.SIGN_UP_STATE_CONFIRMED, 0))
        self.assertEqual([states[by_id[s.id]][1] for s in waiting[1:]], [1, 2, 3])
        self.assertEqual((a.places_taken, a.waiting_count), (3, 3))
        # The promoted resident's own device sees it: confirmed, without the others' names.
        mine = self.fresh_pull(first_waiting)[activity_id]
        seen = [(s.id, s.state) for s in mine.sign_ups]
        if first_waiting == "Gert":
            # The threads' order decides who waits first; Gert organises it, so he sees all.
            self.assertIn((waiting[0].id, pb.SIGN_UP_STATE_CONFIRMED), seen)
            self.assertEqual(len(seen), len(a.sign_ups))
        else:
            self.assertEqual(seen, [(waiting[0].id, pb.SIGN_UP_STATE_CONFIRMED)])
        self.assertEqual(mine.places_taken, 3)
        # Signing off twice changes nothing; signing up again goes to the end of the list.
        r = d.push_one(d.withdraw_mutation(activity_id, confirmed[0].id))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED)
        r, again = self.sign_up(leaver, activity_id)
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED)
        a = self.server_view(activity_id)
        last = [s for s in a.sign_ups if s.id == again][0]
        self.assertEqual((last.state, last.server_order, last.waiting_place),
                         (pb.SIGN_UP_STATE_WAITLISTED, 8, 4))

    def test_a_late_sign_up_into_a_full_activity_waits_with_its_place(self):
        # Amir signed up on his phone while offline; by the time it reaches the server the
        # activity is full. It is not dropped: it waits, and his phone learns at which place.
        activity_id = self.planned("Gert", "Filmavond", "Huiskamer A", "A", capacity=1)
        amir = self.dev["Amir"]
        offline = amir.sign_up_mutation(activity_id)
        r, _ = self.sign_up("Aya", activity_id)
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED)
        r = amir.push_one(offline)
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
        mine = self.fresh_pull("Amir")[activity_id]
        self.assertEqual([(s.member_id, s.state, s.waiting_place) for s in mine.sign_ups],
                         [(self.ids["Amir"], pb.SIGN_UP_STATE_WAITLISTED, 1)])
        # A retry of the same mutation is a duplicate, not a second sign-up.
        again = amir.push_one(offline)
        self.assertEqual((again.outcome, again.original_outcome),
                         (pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED))
        self.assertEqual(len(self.server_view(activity_id).sign_ups), 2)

    def test_coming_together(self):
        activity_id = self.planned("Gert", "Wandelen", "Huiskamer A", "A",
                                   capacity=3)
        r, pair = self.sign_up("Ali", activity_id, companion="Ans")
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
        r, pair2 = self.sign_up("Aya", activity_id, companion="Ari")  # 2 more do not fit in 1
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED)
        r, single = self.sign_up("Axel", activity_id)  # but one does: no place stays empty
        a = self.server_view(activity_id)
        states = {s.id: s.state for s in a.sign_ups}
        self.assertEqual(states, {pair: pb.SIGN_UP_STATE_CONFIRMED,
                                  pair2: pb.SIGN_UP_STATE_WAITLISTED,
                                  single: pb.SIGN_UP_STATE_CONFIRMED})
        self.assertEqual((a.places_taken, a.waiting_count), (3, 2))
        # The companion sees the pair's sign-up too; the neighbour who is not in it does not.
        self.assertEqual([s.id for s in self.fresh_pull("Ans")[activity_id].sign_ups], [pair])
        self.assertEqual(list(self.fresh_pull("Amir")[activity_id].sign_ups), [])
        # Ans cannot come after all: Ali keeps his place, alone, and the place she leaves
        # does not fit the waiting pair.
        ans = self.dev["Ans"]
        r = ans.push_one(ans.withdraw_mutation(activity_id, pair))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
        a = self.server_view(activity_id)
        mine = [s for s in a.sign_ups if s.id == pair][0]
        self.assertEqual((mine.member_id, mine.companion_id, mine.state),
                         (self.ids["Ali"], "", pb.SIGN_UP_STATE_CONFIRMED))
        self.assertEqual(a.places_taken, 2)
        # Ali signs off too: now the pair fits and both are told at once.
        ali = self.dev["Ali"]
        self.assertEqual(ali.push_one(ali.withdraw_mutation(activity_id, pair)).outcome,
                         pb.OUTCOME_APPLIED)
        a = self.server_view(activity_id)
        self.assertEqual({s.id: s.state for s in a.sign_ups}[pair2], pb.SIGN_UP_STATE_CONFIRMED)
        self.assertEqual(a.places_taken, 3)

    def test_refused_sign_ups_carry_their_reason(self):
        open_id = self.planned("Gert", "Spelletjes", "Huiskamer A", "A")
        closed_id = self.planned("Gert", "Uitje", "Huiskamer A", "A",
                                 deadline_ms=now_ms() - HOUR_MS)
        gone_id = self.planned("Gert", "Markt", "Huiskamer A", "A")
        gert = self.dev["Gert"]
        self.assertEqual(gert.push_one(gert.cancel_mutation(gone_id, "Te weinig animo")).outcome,
                         pb.OUTCOME_APPLIED)
        self.assertEqual(self.sign_up("Ali", open_id)[0].outcome, pb.OUTCOME_APPLIED)
        cases = (
            ("twice", "Ali", dict(), open_id, "ALREADY_SIGNED_UP"),
            ("with oneself", "Ans", dict(companion="Ans"), open_id, "COMPANION_IS_SELF"),
            ("with someone already coming", "Ans", dict(companion="Ali"), open_id,
             "ALREADY_SIGNED_UP"),
            ("after the deadline", "Ans", dict(), closed_id, "AFTER_DEADLINE"),
            ("for a cancelled one", "Ans", dict(), gone_id, "ACTIVITY_CANCELLED"),
            ("a neighbour, by a resident", "Ans", dict(for_whom="Aya"), open_id,
             "PERMISSION_DENIED"),
            ("with someone of another gang", "Ans", dict(companion="Bas"), open_id,
             "PERMISSION_DENIED"),
            ("for another gang's activity", "Bas", dict(), open_id, "OTHER_GANG"),
            ("for an activity that does not exist", "Ans", dict(), new_id(), "ACTIVITY_UNKNOWN"),
        )
        for case, name, kwargs, activity_id, code in cases:
            with self.subTest(case=case):
                r, _ = self.sign_up(name, activity_id, **kwargs)
                self.assertRefused(r, code)
                # The activity comes back as the server has it, to whom may see it.
                self.assertEqual(r.HasField("current"), name != "Bas" and code != "ACTIVITY_UNKNOWN")
                if r.HasField("current"):
                    self.assertEqual(r.current.activity.id, activity_id)
                    for s in r.current.activity.sign_ups:
                        self.assertIn(self.ids[name], (s.member_id, s.companion_id))
        # A beheerder signs up anyone, also together.
        r, _ = self.sign_up("Inge", open_id, for_whom="Aya", companion="Ari")
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)

    # --- who receives what --------------------------------------------------------------------

    def test_every_device_receives_only_what_the_table_lets_it_read(self):
        gang_a = self.planned("Gert", "Koffie A", "Huiskamer A", "A")
        gang_b = self.planned("Bo", "Koffie B", "Huiskamer B", "B")
        hall = self.planned("Bo", "Sinterklaas", "Centrale hal", "")
        for name, companion in (("Ali", "Ans"), ("Gert", "")):
            self.assertEqual(self.sign_up(name, gang_a, companion=companion)[0].outcome,
                             pb.OUTCOME_APPLIED)
        for name in ("Ali", "Bas", "Aya"):
            self.assertEqual(self.sign_up(name, hall)[0].outcome, pb.OUTCOME_APPLIED)
        self.assertEqual(self.sign_up("Bas", gang_b)[0].outcome, pb.OUTCOME_APPLIED)
        everything = {i: a for i, a in self.fresh_pull("Inge").items()}
        for name, dev in self.dev.items():
            role, gang = self.people[name]
            with self.subTest(viewer=name, role=role):
                got = self.fresh_pull(name)
                # Activities: of the viewer's gang and of everyone (a beheerder: all).
                expected = {i for i, a in everything.items()
                            if role == "beheerder" or a.gang in ("", gang)}
                self.assertEqual(set(got), expected)
                for i, a in got.items():
                    full = everything[i]
                    organises = self.ids[name] in full.organiser_ids
                    subject = (self.ids[name] if organises else "", "") if not full.gang \
                        else ("", full.gang)
                    names = permits(SCOPES["SeeAttendeeNames"][role], self.who(name), subject)
                    want = [s for s in full.sign_ups
                            if names or self.ids[name] in (s.member_id, s.companion_id)]
                    self.assertEqual(list(a.sign_ups), want, full.title)
                    self.assertEqual((a.places_taken, a.waiting_count),
                                     (full.places_taken, full.waiting_count))
        # Spot checks of the rule above.
        self.assertNotIn(gang_b, self.fresh_pull("Gert"))
        self.assertEqual(len(self.fresh_pull("Gert")[gang_a].sign_ups), 2)
        self.assertEqual(len(self.fresh_pull("Gert")[hall].sign_ups), 0)  # Bo's, not his
        self.assertEqual(len(self.fresh_pull("Bo")[hall].sign_ups), 3)
        self.assertEqual([s.member_id for s in self.fresh_pull("Bas")[hall].sign_ups],
                         [self.ids["Bas"]])

    # --- series and places given by hand --------------------------------------------------------

    def series_start(self, weeks_ahead):
        """19:00 in Amsterdam on a Tuesday some weeks ahead (past every other test's slots)."""
        day = datetime.datetime.now(TZ).date() + datetime.timedelta(weeks=weeks_ahead)
        day += datetime.timedelta(days=(1 - day.weekday()) % 7)
        return datetime.datetime.combine(day, datetime.time(19, 0), TZ)

    def dates_of(self, series_id):
        inge = self.dev["Inge"]
        inge.sync_down()
        return sorted((a for a in inge.activities.values() if a.series_id == series_id),
                      key=lambda a: (a.series_index, a.status))

    def local(self, ms):
        return datetime.datetime.fromtimestamp(ms / 1000, TZ)

    def test_a_weekly_series_changed_for_this_and_later_dates(self):
        first = self.series_start(6)
        ms = int(first.timestamp() * 1000)
        cooking = pb.Activity(id=new_id(), title="Samen koken", place_id=self.rooms["Huiskamer A"],
                              start_ms=ms, end_ms=ms + 2 * HOUR_MS, capacity=6, gang="A",
                              sign_up_deadline_ms=ms - 2 * HOUR_MS, repeat=pb.REPEAT_WEEKLY,
                              repeat_until=(first + datetime.timedelta(weeks=4)).date().isoformat())
        gert = self.dev["Gert"]
        # Without a seed the server cannot name the dates it adds: refused, nothing planned.
        self.assertRefused(gert.push_one(gert.mutation(
            plan_activity=pb.PlanActivity(activity=cooking))), "INVALID")
        plan = gert.mutation(plan_activity=pb.PlanActivity(activity=cooking,
                                                           new_dates_seed=new_id()))
        r = gert.push_one(plan)
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        dates = self.dates_of(cooking.id)
        self.assertEqual([d.series_index for d in dates], [0, 1, 2, 3, 4])
        self.assertEqual(dates[0].id, cooking.id)
        for d in dates:
            when = self.local(d.start_ms)
            self.assertEqual((when.weekday(), when.time()), (1, datetime.time(19, 0)))
            self.assertEqual(d.end_ms - d.start_ms, 2 * HOUR_MS)
            self.assertEqual(d.start_ms - d.sign_up_deadline_ms, 2 * HOUR_MS)
            self.assertEqual(d.status, pb.ACTIVITY_STATUS_PLANNED)
        # Residents of corridor A see every date.
        self.assertTrue({d.id for d in dates} <= set(self.fresh_pull("Ali")))
        # A retry of the same push adds nothing.
        self.assertEqual(gert.push([plan]).results[0].outcome, pb.OUTCOME_DUPLICATE)
        self.assertEqual(len(self.dates_of(cooking.id)), 5)

        # Ali comes on the third and the fifth date.
        for d in (dates[2], dates[4]):
            self.assertEqual(self.sign_up("Ali", d.id)[0].outcome, pb.OUTCOME_APPLIED)
        # A resident may not change the series.
        third = pb.Activity()
        third.CopyFrom(dates[2])
        third.start_ms -= HOUR_MS
        third.end_ms -= HOUR_MS
        third.repeat_until = self.local(dates[3].start_ms).date().isoformat()
        for f in ("sign_ups", "attendee_ids"):
            third.ClearField(f)
        ali = self.dev["Ali"]
        self.assertRefused(ali.push_one(ali.mutation(plan_activity=pb.PlanActivity(
            activity=third, this_and_later=True, new_dates_seed=new_id()))), "PERMISSION_DENIED")
        # Gert: from the third date on at 18:00, and the series ends a week earlier.
        r = gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(
            activity=third, this_and_later=True, new_dates_seed=new_id())))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        after = {d.id: d for d in self.dates_of(cooking.id)}
        self.assertEqual(len(after), 5)
        times = [self.local(after[d.id].start_ms).time() for d in dates]
        self.assertEqual(times[:4], [datetime.time(19, 0)] * 2 + [datetime.time(18, 0)] * 2)
        # The third keeps Ali's place; the fifth is no longer in the series: cancelled by code,
        # with Ali's sign-up still in it, so that his device can tell him.
        self.assertEqual([s.member_id for s in after[dates[2].id].sign_ups], [self.ids["Ali"]])
        fifth = after[dates[4].id]
        self.assertEqual((fifth.status, fifth.cancel_code),
                         (pb.ACTIVITY_STATUS_CANCELLED, "SERIES_CHANGED"))
        self.assertEqual([s.member_id for s in fifth.sign_ups], [self.ids["Ali"]])
        mine = self.fresh_pull("Ali")[fifth.id]
        self.assertEqual((mine.status, mine.cancel_code, len(mine.sign_ups)),
                         (pb.ACTIVITY_STATUS_CANCELLED, "SERIES_CHANGED", 1))
        # The first two dates keep the old rule; the changed ones carry the new one.
        self.assertEqual(after[dates[0].id].repeat_until, cooking.repeat_until)
        self.assertEqual(after[dates[3].id].repeat_until, third.repeat_until)

        # Longer again, from the fourth date: the fifth week is planned anew (a new date, with
        # nobody signed up yet), the cancelled one stays as it was.
        fourth = pb.Activity()
        fourth.CopyFrom(after[dates[3].id])
        fourth.repeat_until = (first + datetime.timedelta(weeks=5)).date().isoformat()
        for f in ("sign_ups", "attendee_ids"):
            fourth.ClearField(f)
        r = gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(
            activity=fourth, this_and_later=True, new_dates_seed=new_id())))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        planned = [d for d in self.dates_of(cooking.id) if d.status == pb.ACTIVITY_STATUS_PLANNED]
        self.assertEqual([d.series_index for d in planned], [0, 1, 2, 3, 4, 5])
        self.assertNotIn(fifth.id, {d.id for d in planned})
        self.assertEqual(len(planned[4].sign_ups), 0)
        self.assertEqual(self.local(planned[5].start_ms).time(), datetime.time(18, 0))

        # Cancel this and later, from the fourth date: the first three stay.
        r = gert.push_one(gert.mutation(cancel_activity=pb.CancelActivity(
            activity_id=dates[3].id, reason="De huiskamer wordt geverfd", this_and_later=True)))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        final = self.dates_of(cooking.id)
        self.assertEqual([d.series_index for d in final if d.status == pb.ACTIVITY_STATUS_PLANNED],
                         [0, 1, 2])
        self.assertEqual({d.cancel_reason for d in final
                          if d.status == pb.ACTIVITY_STATUS_CANCELLED and not d.cancel_code},
                         {"De huiskamer wordt geverfd"})

    def test_a_single_activity_starts_repeating(self):
        first = self.series_start(12)
        ms = int(first.timestamp() * 1000)
        quiz = pb.Activity(id=new_id(), title="Quiz", place_id=self.rooms["Huiskamer A"],
                           start_ms=ms, end_ms=ms + HOUR_MS, gang="A")
        self.assertEqual(self.plan("Gert", quiz).outcome, pb.OUTCOME_APPLIED)
        self.assertEqual(self.sign_up("Ali", quiz.id)[0].outcome, pb.OUTCOME_APPLIED)
        # Only this date, with a repeat: nothing repeats (a single date keeps its rule).
        quiz.repeat = pb.REPEAT_WEEKLY
        quiz.repeat_until = (first + datetime.timedelta(weeks=2)).date().isoformat()
        gert = self.dev["Gert"]
        r = gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(activity=quiz)))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        self.assertEqual(self.server_view(quiz.id).repeat, pb.REPEAT_NONE)
        # This and later: it becomes the first of three weekly dates, Ali's place kept.
        r = gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(
            activity=quiz, this_and_later=True, new_dates_seed=new_id())))
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        dates = self.dates_of(quiz.id)
        self.assertEqual([(d.series_index, d.repeat) for d in dates],
                         [(0, pb.REPEAT_WEEKLY), (1, pb.REPEAT_WEEKLY), (2, pb.REPEAT_WEEKLY)])
        self.assertEqual(dates[0].id, quiz.id)
        self.assertEqual([s.member_id for s in dates[0].sign_ups], [self.ids["Ali"]])
        self.assertEqual([len(d.sign_ups) for d in dates[1:]], [0, 0])

    def test_a_series_with_one_booked_evening_is_refused_and_names_it(self):
        first = self.series_start(20)
        ms = int(first.timestamp() * 1000)
        # 20:00 on the third Tuesday, in Amsterdam's wall-clock time.
        third = int(datetime.datetime.combine(first.date() + datetime.timedelta(weeks=2),
                                              datetime.time(20, 0), TZ).timestamp() * 1000)
        meeting = pb.Activity(id=new_id(), title="Huisvergadering", place_id=self.rooms["Centrale hal"],
                              start_ms=third, end_ms=third + HOUR_MS)
        self.assertEqual(self.plan("Inge", meeting).outcome, pb.OUTCOME_APPLIED)
        quiz = pb.Activity(id=new_id(), title="Quiz", place_id=self.rooms["Centrale hal"],
                           start_ms=ms, end_ms=ms + 2 * HOUR_MS, repeat=pb.REPEAT_WEEKLY,
                           repeat_until=(first + datetime.timedelta(weeks=3)).date().isoformat())
        gert = self.dev["Gert"]
        r = gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(activity=quiz,
                                                                    new_dates_seed=new_id())))
        self.assertRefused(r, "ROOM_CLASH")
        self.assertIn("Huisvergadering", r.message)
        self.assertEqual([a for a in self.fresh_pull("Inge").values() if a.title == "Quiz"], [])
        # Too long a series, and one that ends before it starts.
        quiz.repeat_until = (first + datetime.timedelta(weeks=60)).date().isoformat()
        self.assertRefused(gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(
            activity=quiz, new_dates_seed=new_id()))), "TOO_MANY_DATES")
        quiz.repeat_until = first.date().isoformat()
        self.assertRefused(gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(
            activity=quiz, new_dates_seed=new_id()))), "REPEAT_UNTIL_BEFORE_START")
        quiz.repeat_until = "next week"
        self.assertRefused(gert.push_one(gert.mutation(plan_activity=pb.PlanActivity(
            activity=quiz, new_dates_seed=new_id()))), "INVALID")

    def test_an_organiser_gives_a_place_from_the_waiting_list(self):
        evening = self.planned("Gert", "Film", "Huiskamer A", "A", capacity=1)
        for name in ("Ans", "Aya", "Ari"):
            self.assertEqual(self.sign_up(name, evening)[0].outcome, pb.OUTCOME_APPLIED)
        view = self.server_view(evening)
        ids = {s.member_id: s.id for s in view.sign_ups}
        aya = ids[self.ids["Aya"]]
        promote = lambda who, sign_up: self.dev[who].push_one(self.dev[who].mutation(
            promote_sign_up=pb.PromoteSignUp(activity_id=evening, sign_up_id=sign_up)))
        self.assertRefused(promote("Ans", aya), "PERMISSION_DENIED")
        self.assertRefused(promote("Bo", aya), "PERMISSION_DENIED")  # another corridor's
        self.assertRefused(promote("Gert", ids[self.ids["Ans"]]), "NOT_WAITING")
        self.assertRefused(promote("Gert", new_id()), "SIGN_UP_UNKNOWN")
        r = promote("Gert", aya)
        self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (r.reason_code, r.message))
        view = self.server_view(evening)
        # Aya has a place out of turn; the capacity grew by one, nobody lost a place, and Ari
        # is now first on the list.
        self.assertEqual((view.capacity, view.places_taken, view.waiting_count), (2, 2, 1))
        states = {s.member_id: (s.state, s.waiting_place) for s in view.sign_ups}
        self.assertEqual(states[self.ids["Aya"]], (pb.SIGN_UP_STATE_CONFIRMED, 0))
        self.assertEqual(states[self.ids["Ans"]], (pb.SIGN_UP_STATE_CONFIRMED, 0))
        self.assertEqual(states[self.ids["Ari"]], (pb.SIGN_UP_STATE_WAITLISTED, 1))


if __name__ == "__main__":
    unittest.main()


class DemoProgramme(unittest.TestCase):
    """`./dev run` shows activities at once: seed-demo's programme, as Samira's phone and the
    beheerder's receive it."""

    def test_the_demo_has_a_programme(self):
        server = Server()
        try:
            run_cli("seed-demo", "--data", server.data)
            server.start()
            samira_id, inge_id = ("00000000-0000-4000-8000-0000000000a1",
                                  "00000000-0000-4000-8000-0000000000b1")
            samira = Device(server, last_line(run_cli(
                "invite", "--data", server.data, "--project", "De Gang", "--member",
                samira_id).stdout))
            inge = Device(server, last_line(run_cli(
                "invite", "--data", server.data, "--project", "De Gang", "--member",
                inge_id).stdout))
            samira.sync_down()
            inge.sync_down()
            places = [p.name for p in samira.projects[samira.project.id].places]
            self.assertEqual(places, ["Huiskamer Gang 2", "Centrale hal", "Moestuin"])
            # Six, one of them a weekly coffee morning of four dates.
            self.assertEqual(len(inge.activities), 9)
            coffee = sorted((a for a in inge.activities.values() if a.title == "Koffieochtend"),
                            key=lambda a: a.series_index)
            self.assertEqual([a.series_index for a in coffee], [0, 1, 2, 3])
            self.assertEqual({a.series_id for a in coffee}, {coffee[0].id})
            self.assertEqual({a.repeat for a in coffee}, {pb.REPEAT_WEEKLY})
            self.assertEqual(set(samira.activities), set(inge.activities))
            by_title = {}
            for a in samira.activities.values():
                by_title.setdefault(a.title, []).append(a)
            now = now_ms()
            coming = [a for a in by_title["Samen koken"] if a.start_ms > now][0]
            past = [a for a in by_title["Samen koken"] if a.start_ms < now][0]
            self.assertEqual(past.status, pb.ACTIVITY_STATUS_DONE)
            # Samira and Yonas had their places before it took place.
            self.assertEqual((past.places_taken, past.waiting_count), (2, 0))
            # Yonas's open question about his hours: the beheerder sees it, Samira does not.
            self.assertEqual(len(past.disputes), 0)
            asked = inge.activities[past.id].disputes
            self.assertEqual([(d.member_id, d.minutes, d.state) for d in asked],
                             [("00000000-0000-4000-8000-0000000000a2", 150,
                               pb.DISPUTE_STATE_OPEN)])
            # Full, with Samira first on the waiting list; she sees only her own sign-up.
            self.assertEqual((coming.capacity, coming.places_taken, coming.waiting_count),
                             (2, 2, 1))
            self.assertEqual([(s.member_id, s.state, s.waiting_place) for s in coming.sign_ups],
                             [(samira_id, pb.SIGN_UP_STATE_WAITLISTED, 1)])
            self.assertEqual(len(inge.activities[coming.id].sign_ups), 3)
            # The demo's sign-ups have canonical ids: Samira can leave the waiting list.
            left = samira.push_one(samira.withdraw_mutation(coming.id, coming.sign_ups[0].id))
            self.assertEqual(left.outcome, pb.OUTCOME_APPLIED, (left.reason_code, left.message))
            meeting = by_title["Huisvergadering"][0]
            self.assertEqual(meeting.gang, "")
            self.assertEqual([(s.state, s.companion_id) for s in meeting.sign_ups],
                             [(pb.SIGN_UP_STATE_CONFIRMED, "00000000-0000-4000-8000-0000000000a2")])
            games = by_title["Spelletjesavond"][0]
            self.assertEqual(games.status, pb.ACTIVITY_STATUS_CANCELLED)
            self.assertTrue(games.cancel_reason)
        finally:
            server.stop()
            server.cleanup()


class Attendance(unittest.TestCase):
    """After the activity the organiser marks who came; each attendee of an activity that counts
    gets exactly one credited hour entry (source ACTIVITY, linked to the activity), the
    organisers their organising time, also when marked twice, by two people, or retried."""

    def test_attendance_becomes_hours_once(self):
        server = Server()
        try:
            room = last_line(run_cli("add-place", "--data", server.data, "--project",
                                     server.project, "--name", "Huiskamer A", "--gang",
                                     "A").stdout)
            server.start()
            inge = Device(server, server.beheerder_code, display_name="Inge")
            dev = {name: Device(server, server.invite(role, "--gang", gang, "--name", name))
                   for name, role, gang in (("Gert", "gangmaker", "A"), ("Ali", "resident", "A"),
                                            ("Ans", "resident", "A"), ("Bas", "resident", "B"))}
            ids = {n: d.member.id for n, d in dev.items()}
            start = now_ms() + HOUR_MS
            counted = pb.Activity(id=new_id(), title="Samen koken", place_id=room,
                                  start_ms=start, end_ms=start + 2 * HOUR_MS, gang="A",
                                  counts_as_hours=True, credit_minutes=90)
            plain = pb.Activity(id=new_id(), title="Koffie", place_id=room,
                                start_ms=start + 3 * HOUR_MS, end_ms=start + 4 * HOUR_MS,
                                gang="A")
            gert = dev["Gert"]
            for a in (counted, plain):
                self.assertEqual(gert.push_one(gert.plan_mutation(a)).outcome, pb.OUTCOME_APPLIED)
            ali = dev["Ali"]
            self.assertEqual(ali.push_one(ali.sign_up_mutation(counted.id)).outcome,
                             pb.OUTCOME_APPLIED)

            def mark(d, activity_id, *names):
                return d.push_one(d.mutation(take_attendance=pb.TakeAttendance(
                    activity_id=activity_id, present_ids=[ids[n] for n in names])))

            r = mark(gert, counted.id, "Ali")
            self.assertEqual((r.outcome, r.reason_code),
                             (pb.OUTCOME_REJECTED, "ACTIVITY_NOT_STARTED"))
            # The next day (the server's clock moved on).
            server.stop()
            server.extra = ["--test-clock-offset-days", "1"]
            server.start()
            for d in (inge, *dev.values()):
                d.reconnect()
            r = mark(ali, counted.id, "Ali")
            self.assertEqual((r.outcome, r.reason_code),
                             (pb.OUTCOME_REJECTED, "PERMISSION_DENIED"))
            r = mark(gert, counted.id, "Bas")
            self.assertEqual((r.outcome, r.reason_code), (pb.OUTCOME_REJECTED, "OTHER_GANG"))
            first = gert.mutation(take_attendance=pb.TakeAttendance(
                activity_id=counted.id, present_ids=[ids["Ali"], ids["Ans"]]))
            self.assertEqual(gert.push_one(first).outcome, pb.OUTCOME_APPLIED)
            again = gert.push_one(first)  # a retry
            self.assertEqual((again.outcome, again.original_outcome),
                             (pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED))
            self.assertEqual(mark(gert, counted.id, "Ali").outcome, pb.OUTCOME_APPLIED)
            inge_marks = inge.push_one(inge.mutation(take_attendance=pb.TakeAttendance(
                activity_id=counted.id, present_ids=[ids["Ans"]])))
            self.assertEqual(inge_marks.outcome, pb.OUTCOME_APPLIED)  # a second organiser
            self.assertEqual(mark(gert, plain.id, "Ali").outcome, pb.OUTCOME_APPLIED)

            inge.sync_down()
            a = inge.activities[counted.id]
            self.assertEqual(a.status, pb.ACTIVITY_STATUS_DONE)
            self.assertEqual(list(a.attendee_ids), [ids["Ali"], ids["Ans"]])
            credited = [e for e in inge.entries.values()
                        if e.source == pb.ENTRY_SOURCE_ACTIVITY]
            self.assertEqual(sorted((e.member_id, e.minutes) for e in credited),
                             sorted([(ids["Ali"], 90), (ids["Ans"], 90), (ids["Gert"], 120)]))
            for e in credited:
                self.assertEqual(e.source_id, counted.id)  # never the plain one: it does not count
                self.assertEqual(e.day, datetime.datetime.fromtimestamp(
                    counted.start_ms / 1000, TZ).date().isoformat())
            # Each attendee's own device: their entry, and only whether they came themselves.
            for name, minutes in (("Ali", 90), ("Ans", 90), ("Gert", 120)):
                d = dev[name]
                d.sync_down()
                mine = [e for e in d.entries.values() if e.source == pb.ENTRY_SOURCE_ACTIVITY]
                self.assertEqual([(e.member_id, e.minutes) for e in mine],
                                 [(ids[name], minutes)], name)
            self.assertEqual(list(dev["Ali"].activities[counted.id].attendee_ids), [ids["Ali"]])
            self.assertEqual(list(dev["Gert"].activities[counted.id].attendee_ids),
                             [ids["Ali"], ids["Ans"]])
            dev["Bas"].sync_down()
            self.assertNotIn(counted.id, dev["Bas"].activities)
        finally:
            server.stop()
            server.cleanup()


class CreditDisputes(unittest.TestCase):
    """A member asks to check the hours credited for an activity ("Not right?"); an organiser,
    a gangmaker of the gang or a beheerder accepts (the server corrects the hours once, also
    when the answer is pushed twice or retried) or declines with an answer. The questions
    travel inside the activity: its resolvers see all, every other member only their own."""

    def test_disputes(self):
        server = Server()
        try:
            rooms = {}
            for name, gang in (("Huiskamer A", "A"), ("Centrale hal", "")):
                args = ("--gang", gang) if gang else ()
                rooms[name] = last_line(run_cli("add-place", "--data", server.data, "--project",
                                                server.project, "--name", name, *args).stdout)
            server.start()
            dev = {"Inge": Device(server, server.beheerder_code, display_name="Inge")}
            people = {"Inge": ("beheerder", "")}
            for name, role, gang in (("Gert", "gangmaker", "A"), ("Bo", "gangmaker", "B"),
                                     ("Ali", "resident", "A"), ("Ans", "resident", "A"),
                                     ("Aya", "resident", "A"), ("Bas", "resident", "B")):
                dev[name] = Device(server, server.invite(role, "--gang", gang, "--name", name))
                people[name] = (role, gang)
            ids = {n: d.member.id for n, d in dev.items()}
            start = now_ms() + HOUR_MS

            def act(title, room, gang, offset, credit):
                s = start + offset * 3 * HOUR_MS
                return pb.Activity(id=new_id(), title=title, place_id=rooms[room], start_ms=s,
                                   end_ms=s + 2 * HOUR_MS, gang=gang, counts_as_hours=credit > 0,
                                   credit_minutes=credit)

            cooking = act("Samen koken", "Huiskamer A", "A", 0, 90)
            plain = act("Koffie", "Huiskamer A", "A", 1, 0)
            unmarked = act("Klussen", "Huiskamer A", "A", 2, 60)
            hall = act("Buurtfeest", "Centrale hal", "", 0, 120)
            for a in (cooking, plain, unmarked):
                r = dev["Gert"].push_one(dev["Gert"].plan_mutation(a))
                self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            r = dev["Bo"].push_one(dev["Bo"].plan_mutation(hall))
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            # The next day (the server's clock moved on): attendance is taken.
            server.stop()
            server.extra = ["--test-clock-offset-days", "1"]
            server.start()
            for d in dev.values():
                d.reconnect()

            def mark(name, activity_id, *present):
                d = dev[name]
                r = d.push_one(d.mutation(take_attendance=pb.TakeAttendance(
                    activity_id=activity_id, present_ids=[ids[n] for n in present])))
                self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)

            mark("Gert", cooking.id, "Ali", "Ans")
            mark("Gert", plain.id, "Ali")
            mark("Bo", hall.id, "Bas")

            def ask(name, activity_id, minutes=120, reason="Ik bleef om op te ruimen."):
                d = dev[name]
                m = d.mutation(dispute_credit=pb.DisputeCredit(
                    activity_id=activity_id, dispute_id=new_id(), minutes=minutes, reason=reason))
                return d.push_one(m), m.dispute_credit.dispute_id

            def answer(name, activity_id, dispute_id, accept, minutes=0, text=""):
                d = dev[name]
                m = d.mutation(resolve_dispute=pb.ResolveDispute(
                    activity_id=activity_id, dispute_id=dispute_id, accept=accept,
                    minutes=minutes, answer=text))
                return d.push_one(m), m

            def refused(result, code):
                self.assertEqual((result.outcome, result.reason_code),
                                 (pb.OUTCOME_REJECTED, code), result.message)
                self.assertTrue(result.message)

            # Every refusal's reason code.
            refused(ask("Ali", plain.id)[0], "NOT_COUNTING")
            refused(ask("Ali", unmarked.id)[0], "NOT_DONE")
            refused(ask("Ali", cooking.id, minutes=2)[0], "MINUTES_TOO_FEW")
            refused(ask("Ali", cooking.id, minutes=13 * 60)[0], "MINUTES_TOO_MANY")
            refused(ask("Ali", cooking.id, reason="  ")[0], "DISPUTE_REASON_MISSING")
            refused(ask("Ali", cooking.id, reason="x" * 501)[0], "DISPUTE_REASON_TOO_LONG")
            refused(ask("Bas", cooking.id)[0], "OTHER_GANG")
            refused(ask("Ali", new_id())[0], "ACTIVITY_UNKNOWN")
            r, ali_q = ask("Ali", cooking.id, minutes=120)
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            refused(ask("Ali", cooking.id)[0], "DISPUTE_OPEN")  # one open question each
            r, aya_q = ask("Aya", cooking.id, minutes=60, reason="Ik was er, maar kreeg niets.")
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            r, ans_q = ask("Ans", cooking.id, minutes=150)
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            r, gert_q = ask("Gert", cooking.id, minutes=60)
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            # DisputeCredit: every role asks about itself (resident, gangmaker Own; beheerder).
            hall_qs = {}
            for name in ("Bas", "Bo", "Inge", "Ali"):
                r, hall_qs[name] = ask(name, hall.id, minutes=150)
                self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, (name, r.reason_code))

            # Who receives which questions: the resolvers all, everyone else their own only.
            questions = {cooking.id: {ali_q: "Ali", aya_q: "Aya", ans_q: "Ans", gert_q: "Gert"},
                         hall.id: {q: n for n, q in hall_qs.items()}}
            organisers = {cooking.id: ("Gert", "A"), hall.id: ("Bo", "")}
            scope = SCOPES["SeeAttendeeNames"]
            for name, d in dev.items():
                d.cursor, d.activities = b"", {}
                d.sync_down()
                for activity_id, asked in questions.items():
                    org, gang = organisers[activity_id]
                    if activity_id not in d.activities:
                        self.assertNotEqual(gang, "")
                        self.assertNotEqual(people[name][1], gang, name)
                        continue
                    subject = (ids[name] if org == name else "", gang)
                    sees = permits(scope[people[name][0]], (ids[name], people[name][1]), subject)
                    got = {q.id: q for q in d.activities[activity_id].disputes}
                    want = {q for q, n in asked.items() if sees or n == name}
                    self.assertEqual(set(got), want, (name, activity_id))
                    for q in got.values():
                        if not sees:
                            self.assertEqual(q.member_id, ids[name])
            self.assertEqual(dev["Ali"].activities[cooking.id].disputes[0].entry_id != "", True)
            self.assertEqual(dev["Aya"].activities[cooking.id].disputes[0].entry_id, "")

            # ResolveCreditDispute walked by role and gang: declining without an answer is
            # refused by the rules only for whoever may answer at all.
            resolve_scope = SCOPES["ResolveCreditDispute"]
            for activity_id, q in ((cooking.id, ali_q), (hall.id, hall_qs["Bas"])):
                org, gang = organisers[activity_id]
                for name in dev:
                    subject = (ids[name] if org == name else "", gang)
                    allowed = permits(resolve_scope[people[name][0]],
                                      (ids[name], people[name][1]), subject)
                    r, _ = answer(name, activity_id, q, accept=False)
                    refused(r, "ANSWER_MISSING" if allowed else "PERMISSION_DENIED")
                    if not allowed:
                        self.assertEqual(r.message, "Only the organisers or the beheerder can "
                                                    "answer a question about hours.")
            refused(answer("Gert", cooking.id, gert_q, accept=True)[0], "OWN_QUESTION")
            refused(answer("Gert", cooking.id, new_id(), accept=True)[0], "DISPUTE_UNKNOWN")
            refused(answer("Gert", cooking.id, ali_q, accept=True, minutes=2)[0],
                    "MINUTES_TOO_FEW")

            # Accept: exactly one correcting entry, also when retried or pushed twice.
            r, m = answer("Gert", cooking.id, ali_q, accept=True)
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            again = dev["Gert"].push_one(m)  # a retry
            self.assertEqual((again.outcome, again.original_outcome),
                             (pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED))
            refused(answer("Gert", cooking.id, ali_q, accept=True)[0], "DISPUTE_RESOLVED")
            refused(answer("Inge", cooking.id, ali_q, accept=True)[0], "DISPUTE_RESOLVED")
            # Not marked present: accepting marks her and credits her once.
            r, _ = answer("Inge", cooking.id, aya_q, accept=True, minutes=75)
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)
            mark("Gert", cooking.id, "Aya", "Ali")  # attendance again: nothing twice
            # Decline: with an answer; the hours stay.
            r, _ = answer("Inge", cooking.id, ans_q, accept=False, text="Je ging om 19:00 weg.")
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.reason_code)

            inge = dev["Inge"]
            inge.sync_down()
            mine = lambda who: sorted(((e.minutes, e.corrects) for e in inge.entries.values()
                                       if e.member_id == ids[who]
                                       and e.source_id == cooking.id), key=str)
            ali_entries = [e for e in inge.entries.values()
                           if e.member_id == ids["Ali"] and e.source_id == cooking.id]
            credited = [e for e in ali_entries if not e.corrects]
            self.assertEqual(len(credited), 1)
            self.assertEqual(sorted((e.minutes, e.corrects) for e in ali_entries),
                             sorted([(90, ""), (120, credited[0].id)]))
            self.assertEqual(mine("Aya"), [(75, "")])
            self.assertEqual(mine("Ans"), [(90, "")])
            a = inge.activities[cooking.id]
            self.assertIn(ids["Aya"], a.attendee_ids)
            states = {q.id: (q.state, q.minutes, q.answer, q.resolved_by) for q in a.disputes}
            self.assertEqual(states[ali_q], (pb.DISPUTE_STATE_ACCEPTED, 120, "", ids["Gert"]))
            self.assertEqual(states[aya_q], (pb.DISPUTE_STATE_ACCEPTED, 75, "", ids["Inge"]))
            self.assertEqual(states[ans_q], (pb.DISPUTE_STATE_DECLINED, 150,
                                             "Je ging om 19:00 weg.", ids["Inge"]))
            # The correction reaches Ali's own device, and no other resident's.
            for name in ("Ali", "Ans", "Bas"):
                dev[name].sync_down()
            self.assertEqual(sorted(e.minutes for e in dev["Ali"].entries.values()
                                    if e.source_id == cooking.id), [90, 120])
            for name in ("Ans", "Bas"):
                self.assertFalse([e for e in dev[name].entries.values()
                                  if e.member_id == ids["Ali"]], name)
            ans_view = dev["Ans"].activities[cooking.id].disputes
            self.assertEqual([(q.state, q.answer) for q in ans_view],
                             [(pb.DISPUTE_STATE_DECLINED, "Je ging om 19:00 weg.")])
            if gwtest.on_postgresql():
                # A question's reason and its answer are a member's own words: sealed there
                # (the activity's title is not, and proves the files were read).
                found = gwtest.cluster_holds(server, ["Ik was er, maar kreeg niets.",
                                                      "Je ging om 19:00 weg.", "Samen koken"])
                self.assertEqual(list(found.values()), [False, False, True], found)
        finally:
            server.stop()
            server.cleanup()
