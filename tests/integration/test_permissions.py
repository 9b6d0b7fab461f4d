"""The permission table (core/permissions.cpp), walked through a real gangwerk-server: every role
tries every action the protocol can carry today on itself, on a neighbour of its own gang and on
a member of another gang, and then every member's device pulls from scratch and must receive
exactly what the table lets it read.

The fixture is the demo project "De Gang" (seed-demo: members with move-in dates, months of
hours, a pause), with a second gang and a second beheerder added by invite, on a server that
also holds another project."""

import datetime
import unittest

import grpc

from gwtest import (Device, Server, ServerTestCase, day, last_line, new_id, pb, run_cli, today)

# ---------------------------------------------------------------------------------------------
# The table, as data. Copied by hand from core/permissions.cpp: when a row there changes, this
# test must be changed with it (which is the point).

NONE, OWN, OWN_GANG, PROJECT = "None", "Own", "OwnGang", "Project"
ROLES = ("resident", "gangmaker", "beheerder")

SCOPES = {
    "LogHours": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "CreditHours": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "PauseRequirement": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "RevokeDevice": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "ReadMemberTerms": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "ReadMemberRecords": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    # Walked in test_activities.py (CreditDisputes), where the activities' rows are.
    "DisputeCredit": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "ResolveCreditDispute": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
    # Not a row of the table: a member record's audience is the whole project.
    "ReadMemberPublic": dict(resident=PROJECT, gangmaker=PROJECT, beheerder=PROJECT),
}

# The words a refusal carries (the table's English source).
DENIED = {
    "LogHours": "You can only log your own hours.",
    "CreditHours": "Only a beheerder can credit hours for an activity or a service.",
    "PauseRequirement": "Only a beheerder can pause a requirement.",
    "RevokeDevice": "Only the beheerder can disconnect a device.",
    "DisputeCredit": "You can only ask about your own hours.",
    "ResolveCreditDispute": "Only the organisers or the beheerder can answer a question about hours.",
}

# What a push can try today: (case name, action it is checked as, how to build it).
PUSH_CASES = (
    ("log manual hours", "LogHours", "manual"),
    ("credit hours for an activity", "CreditHours", "activity"),
    ("credit hours for a service", "CreditHours", "service"),
    ("pause the requirement", "PauseRequirement", "pause"),
    ("disconnect a spare device", "RevokeDevice", "revoke"),
)

# Public fields of a member: reach every device of the project.
PUBLIC_FIELDS = ("id", "project_id", "display_name", "role", "gang")
# A member's terms: ReadMemberTerms.
TERM_FIELDS = ("moved_in", "paused_until", "studio")
# The demo's studios (core/demodata.cpp).
DEMO_STUDIOS = {"Samira": "2.03", "Yonas": "2.07", "Daan": "2.11", "Henk": "2.12"}
# The demo's devices enrolled before the test (Yonas's old phone is disconnected).
DEMO_DEVICES = {
    "00000000-0000-4000-8000-0000000000c1": "Yonas",
    "00000000-0000-4000-8000-0000000000c2": "Yonas",
    "00000000-0000-4000-8000-0000000000c3": "Daan",
}

ROLE_WIRE = dict(resident=pb.ROLE_RESIDENT, gangmaker=pb.ROLE_GANGMAKER,
                 beheerder=pb.ROLE_BEHEERDER)

# ---------------------------------------------------------------------------------------------
# The people. Demo members (core/demodata.cpp) are enrolled with `invite --member`; the others
# are new, with `invite --role --gang`.

DEMO_PROJECT = "De Gang"
DEMO_IDS = {
    "Samira": "00000000-0000-4000-8000-0000000000a1",
    "Yonas": "00000000-0000-4000-8000-0000000000a2",
    "Daan": "00000000-0000-4000-8000-0000000000a3",
    "Henk": "00000000-0000-4000-8000-0000000000a4",
    "Inge de Vries": "00000000-0000-4000-8000-0000000000b1",
}
MEMBERS = {
    # name: (role, gang)
    "Samira": ("resident", "Gang 2"),
    "Yonas": ("resident", "Gang 2"),
    "Daan": ("gangmaker", "Gang 2"),
    "Henk": ("resident", "Gang 2"),
    "Inge de Vries": ("beheerder", ""),
    "Noor": ("resident", "Gang 5"),
    "Otto": ("gangmaker", "Gang 5"),
    "Bea": ("beheerder", "Gang 5"),
}
# Who acts, and on whom: self, a neighbour of the same gang, a member of another gang. Two
# actors per role; Inge has no gang, so she has no same-gang neighbour.
ACTORS = {
    "Samira": dict(self="Samira", same_gang="Yonas", other_gang="Noor"),
    "Noor": dict(self="Noor", same_gang="Otto", other_gang="Henk"),
    "Daan": dict(self="Daan", same_gang="Henk", other_gang="Otto"),
    "Otto": dict(self="Otto", same_gang="Noor", other_gang="Samira"),
    "Bea": dict(self="Bea", same_gang="Noor", other_gang="Yonas"),
    "Inge de Vries": dict(self="Inge de Vries", other_gang="Henk"),
}


def first_of_month(d, n):
    """The first day of the month n months after d's."""
    m = d.month - 1 + n
    return d.replace(year=d.year + m // 12, month=m % 12 + 1, day=1)


def demo_terms():
    """Move-in dates and pauses as seed-demo makes them (core/demodata.cpp), today."""
    start = today().replace(day=1)
    moved_in = {
        "Samira": first_of_month(start, -5) + datetime.timedelta(days=11),
        "Yonas": first_of_month(start, -3),
        "Daan": first_of_month(start, -14),
        "Henk": first_of_month(start, -8),
    }
    paused = {"Henk": first_of_month(start, 1) + datetime.timedelta(days=14)}
    return ({n: d.isoformat() for n, d in moved_in.items()},
            {n: d.isoformat() for n, d in paused.items()})


def permits(actor, scope, subject):
    """core's permits(): actor and subject are (member id, gang)."""
    if scope == NONE:
        return False
    if scope == OWN:
        return subject[0] == actor[0]
    if scope == OWN_GANG:
        return subject[0] == actor[0] or (actor[1] != "" and subject[1] == actor[1])
    if scope == PROJECT:
        return True
    raise AssertionError(f"unknown scope {scope}")


class PermissionTable(ServerTestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = Server()  # "Hof van Twaalf": another project on the same server
        run_cli("seed-demo", "--data", cls.server.data)
        cls.moved_in, cls.paused_until = demo_terms()
        cls.server.start()
        try:
            cls.enrol_everyone()
            cls.push_every_case()
            for dev in [*cls.devices.values(), cls.stranger]:
                cls.pull_from_scratch(dev)
        except BaseException:
            cls.server.cleanup()
            raise

    @classmethod
    def enrol_everyone(cls):
        cls.devices = {}
        for name, (role, gang) in MEMBERS.items():
            if name in DEMO_IDS:
                args = ("--member", DEMO_IDS[name])
            else:
                args = ("--role", role, "--gang", gang, "--name", name)
            code = last_line(run_cli("invite", "--data", cls.server.data, "--project",
                                     DEMO_PROJECT, *args).stdout)
            cls.devices[name] = Device(cls.server, code, name=f"{name}'s phone")
        cls.ids = {name: dev.member.id for name, dev in cls.devices.items()}
        # A second device per member, for the disconnect cases (their phones keep syncing).
        cls.spares = {}
        for name in MEMBERS:
            code = last_line(run_cli("invite", "--data", cls.server.data, "--project",
                                     DEMO_PROJECT, "--member", cls.ids[name]).stdout)
            cls.spares[name] = Device(cls.server, code, name=f"{name}'s tablet")
        cls.ids = {name: dev.member.id for name, dev in cls.devices.items()}
        cls.names = {mid: name for name, mid in cls.ids.items()}
        cls.project_id = cls.devices["Samira"].project.id
        # The other project's beheerder.
        cls.stranger = Device(cls.server, cls.server.beheerder_code, name="Piet's phone",
                              display_name="Piet")

    @classmethod
    def who(cls, name):
        """(member id, gang): what permits() looks at."""
        return (cls.ids[name], MEMBERS[name][1])

    @classmethod
    def push_every_case(cls):
        """Every actor pushes every case on every subject, in one batch per actor. What the
        table expects is recorded with each case: later checks use the table, never the
        server's answers."""
        cls.cases = []  # (actor, case, action, subject label, subject, mutation, allowed)
        cls.results = {}  # mutation id -> MutationResult
        cls.entries = {}  # entry id -> (HourEntry as pushed, allowed)
        cls.next_seq = {}  # actor -> (next_client_seq answered, expected)
        cls.revoked = {}  # spare device id -> the beheerders allowed to disconnect it
        pause_day = 20
        for actor, subjects in ACTORS.items():
            dev = cls.devices[actor]
            role = MEMBERS[actor][0]
            batch = []
            for label, subject in subjects.items():
                for case, action, how in PUSH_CASES:
                    allowed = permits(cls.who(actor), SCOPES[action][role], cls.who(subject))
                    if how == "pause":
                        pause_day += 1  # every pause a different day
                        m = dev.pause_mutation(cls.ids[subject], day(pause_day))
                        if allowed:
                            cls.paused_until[subject] = m.pause_requirement.paused_until
                    elif how == "revoke":
                        spare = cls.spares[subject].device_id
                        m = dev.revoke_mutation(spare)
                        if allowed:
                            cls.revoked.setdefault(spare, set()).add(cls.ids[actor])
                    else:
                        m = dev.entry_mutation(minutes=30, offset=-1, member_id=cls.ids[subject],
                                               note=f"{actor}: {case} for {subject}")
                        e = m.append_hour_entry.entry
                        if how != "manual":
                            e.source = (pb.ENTRY_SOURCE_ACTIVITY if how == "activity"
                                        else pb.ENTRY_SOURCE_SERVICE)
                            e.source_id = new_id()
                        cls.entries[e.id] = (e, allowed)
                    cls.cases.append((actor, case, action, label, subject, m, allowed))
                    batch.append(m)
            resp = dev.push(batch)
            cls.results.update((r.mutation_id, r) for r in resp.results)
            cls.next_seq[actor] = (resp.next_client_seq, dev.seq + 1)

    @staticmethod
    def pull_from_scratch(dev):
        dev.cursor = b""
        dev.entries, dev.members, dev.projects, dev.devices = {}, {}, {}, {}
        dev.activities = {}
        dev.sync_down()
        return dev

    # -----------------------------------------------------------------------------------------

    def test_the_cases_cover_every_role_action_and_subject(self):
        seen = {(MEMBERS[a][0], action, label) for a, _, action, label, *_ in self.cases}
        self.assertEqual(seen, {(role, action, label)
                                for role in ROLES
                                for action in ("LogHours", "CreditHours", "PauseRequirement",
                                               "RevokeDevice")
                                for label in ("self", "same_gang", "other_gang")})
        # Both verdicts occur for residents and gangmakers; a beheerder may do all of this.
        verdicts = {(MEMBERS[a][0], allowed) for a, *_, allowed in self.cases}
        self.assertEqual(verdicts, {("resident", True), ("resident", False),
                                    ("gangmaker", True), ("gangmaker", False),
                                    ("beheerder", True)})
        self.assertEqual(len(self.cases), len(PUSH_CASES) * (4 * 3 + 3 + 2))

    def test_every_push_is_decided_by_the_table(self):
        for actor, case, action, label, subject, m, allowed in self.cases:
            role = MEMBERS[actor][0]
            with self.subTest(role=role, actor=actor, case=case, subject=f"{label} ({subject})"):
                r = self.results[m.mutation_id]
                self.assertEqual(r.client_seq, m.client_seq)
                if allowed:
                    self.assertEqual((r.outcome, r.reason_code, r.message),
                                     (pb.OUTCOME_APPLIED, "", ""))
                    self.assertFalse(r.HasField("current"))
                else:
                    self.assertEqual(r.outcome, pb.OUTCOME_REJECTED)
                    self.assertEqual(r.reason_code, "PERMISSION_DENIED")
                    self.assertTrue(r.message)
                    self.assertEqual(r.message, DENIED[action])
                    self.check_brought_back(actor, action, subject, r)
        self.assertEqual(len(self.results), len(self.cases))
        for actor, (answered, expected) in self.next_seq.items():
            self.assertEqual(answered, expected, actor)  # a refusal uses up its client_seq too

    def check_brought_back(self, actor, action, subject, r):
        """A refused change to a whole record brings that record back as the actor may see it
        (as a Pull would): a device only to whom it belongs, a member with the terms only for
        those who may read them; an append-only hour entry brings nothing back."""
        role = MEMBERS[actor][0]
        if action == "RevokeDevice":
            self.assertEqual(r.HasField("current"), subject == actor)
            if subject == actor:
                self.assertEqual(r.current.device.id, self.spares[subject].device_id)
                self.assertFalse(r.current.device.revoked_at_ms)
        elif action == "PauseRequirement":
            self.assertTrue(r.HasField("current"))
            member = r.current.member
            self.assertEqual(member.id, self.ids[subject])
            if not permits(self.who(actor), SCOPES["ReadMemberTerms"][role], self.who(subject)):
                for field in TERM_FIELDS:
                    self.assertFalse(getattr(member, field), field)
                self.assertEqual(len(member.pauses), 0)
        else:
            self.assertFalse(r.HasField("current"))

    def test_hour_entries_reach_their_member_and_the_beheerders_only(self):
        everything = self.devices["Inge de Vries"].entries
        self.assertEqual(self.devices["Bea"].entries, everything)
        allowed = {i for i, (_, ok) in self.entries.items() if ok}
        # Own entries of 4 residents/gangmakers; 3 kinds on 3 + 2 subjects of 2 beheerders.
        self.assertEqual(len(allowed), 4 + 3 * 3 + 3 * 2)
        self.assertEqual(len(self.entries) - len(allowed), 4 * 8)
        # What the table allows is there exactly as pushed; nothing refused is anywhere.
        self.assertEqual(set(everything) & set(self.entries), allowed)
        for i in allowed:
            self.assertEqual(everything[i], self.entries[i][0])
        # The rest is the demo's history, of members who have a device here.
        demo = set(everything) - allowed
        self.assertGreater(len(demo), 20)
        self.assertEqual({self.names[everything[i].member_id] for i in demo},
                         {"Samira", "Yonas", "Daan"})

        received_by_their_member = set()
        for viewer, dev in self.devices.items():
            role = MEMBERS[viewer][0]
            scope = SCOPES["ReadMemberRecords"][role]
            with self.subTest(viewer=viewer, role=role):
                expected = {i for i, e in everything.items()
                            if permits(self.who(viewer), scope, self.who(self.names[e.member_id]))}
                self.assertEqual(set(dev.entries), expected)
                for i, e in dev.entries.items():
                    self.assertEqual(e, everything[i])
                if scope == OWN:
                    self.assertEqual({e.member_id for e in dev.entries.values()} - {dev.member.id},
                                     set())
                    self.assertEqual(set(dev.entries) & set(self.entries),
                                     {i for i in allowed
                                      if self.entries[i][0].member_id == dev.member.id})
                    received_by_their_member |= set(dev.entries)
        # Every entry reached its own member too (the beheerders' own are checked above).
        beheerders_own = {i for i, e in everything.items()
                          if MEMBERS[self.names[e.member_id]][0] == "beheerder"}
        self.assertEqual(received_by_their_member, set(everything) - beheerders_own)
        # The other project's beheerder receives none of them.
        self.assertEqual(self.stranger.entries, {})

    def test_member_terms_reach_the_member_and_the_beheerders_only(self):
        # There are terms to hide: demo move-in dates, Henk's demo pause, and the pauses the
        # beheerders set above.
        self.assertEqual(set(self.moved_in), {"Samira", "Yonas", "Daan", "Henk"})
        self.assertEqual(set(self.paused_until), {"Henk", "Noor", "Yonas", "Bea",
                                                  "Inge de Vries"})
        truth = dict(moved_in=self.moved_in, paused_until=self.paused_until, studio=DEMO_STUDIOS)
        self.assertEqual(set(truth), set(TERM_FIELDS))
        for viewer, dev in self.devices.items():
            role = MEMBERS[viewer][0]
            scope = SCOPES["ReadMemberTerms"][role]
            for name in MEMBERS:
                may = permits(self.who(viewer), scope, self.who(name))
                got = dev.members[self.ids[name]]
                for field in TERM_FIELDS:
                    with self.subTest(viewer=viewer, role=role, member=name, field=field):
                        self.assertEqual(getattr(got, field),
                                         truth[field].get(name, "") if may else "")

    def test_devices_reach_their_member_and_the_beheerders_only(self):
        # Pulled again now, so that every device's first sync of today is in.
        everything = self.pull_from_scratch(self.devices["Inge de Vries"]).devices
        phones = {d.device_id: n for n, d in self.devices.items()}
        tablets = {d.device_id: n for n, d in self.spares.items()}
        owner = {**phones, **tablets, **DEMO_DEVICES}
        self.assertEqual(set(everything), set(owner))
        today_iso = today().isoformat()
        for i, d in everything.items():
            with self.subTest(device=i, member=owner[i]):
                self.assertEqual(d.member_id, self.ids[owner[i]])
                if i in phones:  # pushed or pulled today; never disconnected
                    self.assertEqual((d.last_sync_day, d.revoked_at_ms), (today_iso, 0))
                    self.assertEqual(d.name, f"{owner[i]}'s phone")
                elif i in tablets:  # never synced; disconnected when a beheerder could
                    self.assertEqual(d.last_sync_day, "")
                    self.assertEqual(d.revoked_at_ms != 0, i in self.revoked)
                    if i in self.revoked:
                        self.assertIn(d.revoked_by, self.revoked[i])
        self.assertEqual(len(self.revoked), 5)  # the beheerders' subjects: 3 + 2
        for viewer, dev in self.devices.items():
            role = MEMBERS[viewer][0]
            scope = SCOPES["ReadMemberRecords"][role]
            with self.subTest(viewer=viewer, role=role):
                expected = {i for i, n in owner.items()
                            if permits(self.who(viewer), scope, self.who(n))}
                self.assertEqual(set(dev.devices), expected)
                for i in expected:  # as they were when this device pulled
                    self.assertEqual(dev.devices[i].member_id, everything[i].member_id)
        self.assertEqual(set(self.stranger.devices), {self.stranger.device_id})

    def test_a_disconnected_device_is_refused_and_a_beheerder_keeps_her_own(self):
        for i in self.revoked:
            spare = next(d for d in self.spares.values() if d.device_id == i)
            with self.subTest(device=i):
                self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, spare.pull_page)
        inge = self.devices["Inge de Vries"]
        r = inge.push([inge.revoke_mutation(inge.device_id)]).results[0]
        self.assertEqual((r.outcome, r.reason_code), (pb.OUTCOME_REJECTED, "THIS_DEVICE"))
        self.assertIn("using this device", r.message)
        # Her own device's record comes back with the refusal, still connected.
        self.assertEqual(r.current.device.id, inge.device_id)
        self.assertFalse(r.current.device.revoked_at_ms)
        inge.pull_page()  # still connected
        # A device id nobody has: unknown, nothing changes.
        r = inge.push([inge.revoke_mutation(new_id())]).results[0]
        self.assertEqual((r.outcome, r.reason_code), (pb.OUTCOME_REJECTED, "DEVICE_UNKNOWN"))
        self.assertFalse(r.HasField("current"))
        # Another project's device is unknown here too, and nothing of it comes back.
        r = inge.push([inge.revoke_mutation(self.stranger.device_id)]).results[0]
        self.assertEqual((r.outcome, r.reason_code), (pb.OUTCOME_REJECTED, "DEVICE_UNKNOWN"))
        self.assertFalse(r.HasField("current"))
        self.stranger.pull_page()

    def test_every_members_public_record_reaches_everyone(self):
        everyone = set(self.ids.values())
        for viewer, dev in self.devices.items():
            role = MEMBERS[viewer][0]
            self.assertEqual(SCOPES["ReadMemberPublic"][role], PROJECT)
            with self.subTest(viewer=viewer):
                self.assertEqual(set(dev.members), everyone)
                self.assertEqual(set(dev.projects), {self.project_id})
                self.assertEqual(dev.projects[self.project_id].name, DEMO_PROJECT)
                for name, (role, gang) in MEMBERS.items():
                    got = dev.members[self.ids[name]]
                    self.assertEqual(tuple(getattr(got, f) for f in PUBLIC_FIELDS),
                                     (self.ids[name], self.project_id, name, ROLE_WIRE[role],
                                      gang))
        # The other project's beheerder receives only his own project, and is not in this one.
        self.assertEqual(set(self.stranger.members), {self.stranger.member.id})
        self.assertEqual(set(self.stranger.projects), {self.stranger.project.id})
        self.assertNotEqual(self.stranger.project.id, self.project_id)

    def test_project_scope_ends_at_the_project(self):
        # A beheerder elsewhere: the member is unknown to him, and nothing changes here.
        before = {n: (dict(d.entries), dict(d.members)) for n, d in self.devices.items()}
        piet = self.stranger
        for m in (piet.entry_mutation(member_id=self.ids["Samira"]),
                  piet.pause_mutation(self.ids["Samira"], day(40))):
            with self.subTest(body=m.WhichOneof("body")):
                r = piet.push([m]).results[0]
                self.assertEqual(r.outcome, pb.OUTCOME_REJECTED)
                self.assertEqual(r.reason_code, "MEMBER_UNKNOWN")
                self.assertTrue(r.message)
        for name in ("Samira", "Inge de Vries"):
            dev = self.pull_from_scratch(self.devices[name])
            self.assertEqual((dev.entries, dev.members), before[name], name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
