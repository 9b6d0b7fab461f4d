"""The permission table (core/permissions.cpp), walked through a real gangwerk-server: every role
tries every action the protocol can carry today on itself, on a neighbour of its own gang and on
a member of another gang, and then every member's device pulls from scratch and must receive
exactly what the table lets it read. (The activities' rows are walked in test_activities.py;
the buurtdiensten rows that are about a member are walked here too, and every row of that family
in test_services.py.)

The fixture is the demo project "De Gang" (seed-demo: members with move-in dates, months of
hours, a pause), with a second gang and a second beheerder added by invite, on a server that
also holds another project."""

import datetime
import unittest

import grpc

from gwtest import (Device, Server, ServerTestCase, day, last_line, new_id, pb, run_cli, today)

# Talents the demo project's members have from the start (core/demodata.cpp).
DEMO_TALENTS = {"Samira": ["language", "chat"], "Yonas": ["groceries", "ict"],
                "Daan": ["paperwork", "small_job"]}

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
    # Buurtdiensten (walked by state and relationship in test_services.py): the rows whose
    # subject is a member.
    "PostServiceRequest": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "PostOnBehalf": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
    "ReportServiceDone": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "ConfirmServiceHelp": dict(resident=OWN, gangmaker=OWN_GANG, beheerder=PROJECT),
    "HideServicePost": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "SettleServiceDispute": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "ReadTalents": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "EditTalents": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "SuggestServiceHelper": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
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
    "PostOnBehalf": "Only a gangmaker or the beheerder can ask for help for a neighbour.",
    "HideServicePost": "Only the beheerder can hide a post.",
    "SettleServiceDispute": "Only the beheerder can settle this.",
    "EditTalents": "Only the beheerder can change talents.",
    "SuggestServiceHelper": "Only the beheerder can suggest a helper.",
}
# Actions no role is denied outright: outside a role's scope the family's rule refuses them
# with its own code (only the helper reports; only whoever speaks for the one helped confirms).
OUT_OF_SCOPE = {"ReportServiceDone": "NOT_THE_HELPER", "ConfirmServiceHelp": "NOT_THE_ASKER"}

# What a push can try today: (case name, action it is checked as, how to build it).
PUSH_CASES = (
    ("log manual hours", "LogHours", "manual"),
    ("credit hours for an activity", "CreditHours", "activity"),
    ("credit hours for a service", "CreditHours", "service"),
    ("pause the requirement", "PauseRequirement", "pause"),
    ("disconnect a spare device", "RevokeDevice", "revoke"),
    # Buurtdiensten. Asking for oneself is PostServiceRequest, for someone else PostOnBehalf.
    ("ask for help for", "PostOnBehalf", "post"),
    ("report help given by", "ReportServiceDone", "report"),
    ("confirm help received by", "ConfirmServiceHelp", "confirm"),
    ("hide a post of", "HideServicePost", "hide"),
    ("settle a disputed time of", "SettleServiceDispute", "settle"),
    ("keep the talents of", "EditTalents", "talents"),
    ("suggest as helper", "SuggestServiceHelper", "suggest"),
)
# The buurtdiensten cases' posts are for the whole project; who else is in them (the helper of
# a post that is confirmed or settled, the asker of one that is reported or suggested for): a
# member who is never an actor.
THIRD = {"Henk": "Yonas"}

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
        cls.posts = {}  # (actor, label, how) -> (post id, occurrence id), made beforehand
        cls.credited = {}  # post id -> (helper, minutes) once a case credits it
        cls.talents = {}  # member -> talents, as the beheerders last set them
        cls.prepare_service_posts()
        pause_day = 20
        for actor, subjects in ACTORS.items():
            dev = cls.devices[actor]
            role = MEMBERS[actor][0]
            batch = []
            for label, subject in subjects.items():
                for case, action, how in PUSH_CASES:
                    if how == "post" and subject == actor:
                        action = "PostServiceRequest"
                    allowed = permits(cls.who(actor), SCOPES[action][role], cls.who(subject))
                    if how in ("post", "report", "confirm", "hide", "settle", "talents",
                               "suggest"):
                        m = cls.service_mutation(dev, actor, label, subject, how, allowed)
                    elif how == "pause":
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

    @classmethod
    def push_ok(cls, name, **body):
        dev = cls.devices[name]
        r = dev.push_one(dev.mutation(**body))
        assert r.outcome == pb.OUTCOME_APPLIED, (name, r.reason_code, r.message)

    @classmethod
    def new_post(cls, name):
        post_id = new_id()
        cls.push_ok(name, post_service=pb.PostService(post=pb.ServicePost(
            id=post_id, kind=pb.SERVICE_KIND_REQUEST, category="groceries",
            text=f"{name} zoekt hulp", estimate_minutes=60, asker_id=cls.ids[name])))
        return post_id

    @classmethod
    def prepare_service_posts(cls):
        """The posts the buurtdiensten cases act on, one per actor, subject and case, each in
        the state its case needs: the subject's own request (hide), the subject's request that
        a neighbour helped with (confirm; settle, after the subject disputed the time), another
        member's request that the subject took (report) or that is open (suggest)."""
        for actor, subjects in ACTORS.items():
            for label, subject in subjects.items():
                third = THIRD.get(subject, "Henk")
                cls.posts[(actor, label, "hide")] = (cls.new_post(subject), "")
                for how in ("confirm", "settle"):
                    post_id, occ = cls.new_post(subject), new_id()
                    cls.push_ok(third, take_service=pb.TakeService(post_id=post_id))
                    cls.push_ok(third, report_service_done=pb.ReportServiceDone(
                        post_id=post_id, occurrence_id=occ, day=day(-1), minutes=32))
                    if how == "settle":
                        cls.push_ok(subject, dispute_service=pb.DisputeService(
                            post_id=post_id, occurrence_id=occ, reason="Het was korter."))
                    cls.posts[(actor, label, how)] = (post_id, occ)
                post_id = cls.new_post(third)
                cls.push_ok(subject, take_service=pb.TakeService(post_id=post_id))
                cls.posts[(actor, label, "report")] = (post_id, "")
                cls.posts[(actor, label, "suggest")] = (cls.new_post(third), "")

    @classmethod
    def service_mutation(cls, dev, actor, label, subject, how, allowed):
        """The buurtdiensten case @how by @actor on @subject."""
        post_id, occ = cls.posts.get((actor, label, how), ("", ""))
        third = THIRD.get(subject, "Henk")
        if how == "post":
            post = pb.ServicePost(id=new_id(), kind=pb.SERVICE_KIND_REQUEST, category="chat",
                                  text=f"{actor} vraagt een praatje voor {subject}",
                                  estimate_minutes=30, asker_id=cls.ids[subject])
            cls.posts[(actor, label, how)] = (post.id, "")
            return dev.mutation(post_service=pb.PostService(post=post))
        if how == "report":
            return dev.mutation(report_service_done=pb.ReportServiceDone(
                post_id=post_id, occurrence_id=new_id(), day=day(-1), minutes=41))
        if how == "confirm":
            if allowed:
                cls.credited[post_id] = (third, 30)  # 32 minutes reported: 30
            return dev.mutation(confirm_service=pb.ConfirmService(post_id=post_id,
                                                                  occurrence_id=occ))
        if how == "hide":
            return dev.mutation(hide_service=pb.HideService(post_id=post_id,
                                                            reason=f"{actor}: geen burenhulp"))
        if how == "settle":
            if allowed:
                cls.credited[post_id] = (third, 20)
            return dev.mutation(settle_service=pb.SettleService(
                post_id=post_id, occurrence_id=occ, credit=True, minutes=20))
        if how == "talents":
            talents = ["ict", "chat"] if actor == "Inge de Vries" else ["language"]
            if allowed:
                cls.talents[subject] = talents
            return dev.mutation(set_talents=pb.SetTalents(member_id=cls.ids[subject],
                                                          talents=talents))
        if how == "suggest":
            return dev.mutation(suggest_service_helper=pb.SuggestServiceHelper(
                post_id=post_id, member_id=cls.ids[subject]))
        raise AssertionError(how)

    @staticmethod
    def pull_from_scratch(dev):
        dev.cursor = b""
        dev.entries, dev.members, dev.projects, dev.devices = {}, {}, {}, {}
        dev.activities, dev.posts = {}, {}
        dev.sync_down()
        return dev

    # -----------------------------------------------------------------------------------------

    def test_the_cases_cover_every_role_action_and_subject(self):
        seen = {(MEMBERS[a][0], action, label) for a, _, action, label, *_ in self.cases}
        labels = ("self", "same_gang", "other_gang")
        self.assertEqual(seen, {(role, action, label)
                                for role in ROLES
                                for action in ("LogHours", "CreditHours", "PauseRequirement",
                                               "RevokeDevice", "ReportServiceDone",
                                               "ConfirmServiceHelp", "HideServicePost",
                                               "SettleServiceDispute", "EditTalents",
                                               "SuggestServiceHelper")
                                for label in labels}
                         | {(role, "PostServiceRequest", "self") for role in ROLES}
                         | {(role, "PostOnBehalf", label) for role in ROLES
                            for label in labels[1:]})
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
                    self.assertEqual(r.reason_code, OUT_OF_SCOPE.get(action, "PERMISSION_DENIED"),
                                     r.message)
                    self.assertTrue(r.message)
                    if action not in OUT_OF_SCOPE:
                        self.assertEqual(r.message, DENIED[action])
                    self.check_brought_back(actor, action, subject, r, m)
        self.assertEqual(len(self.results), len(self.cases))
        for actor, (answered, expected) in self.next_seq.items():
            self.assertEqual(answered, expected, actor)  # a refusal uses up its client_seq too

    def check_brought_back(self, actor, action, subject, r, m):
        """A refused change to a whole record brings that record back as the actor may see it
        (as a Pull would): a device only to whom it belongs, a member with the terms (and the
        talents) only for those who may read them, a post (all are for the whole project) to
        everyone, a post that was never made nothing; an append-only hour entry brings nothing
        back."""
        role = MEMBERS[actor][0]
        if action in ("ReportServiceDone", "ConfirmServiceHelp", "HideServicePost",
                      "SettleServiceDispute", "SuggestServiceHelper"):
            post_id = getattr(m, m.WhichOneof("body")).post_id
            self.assertEqual(r.current.service_post.id, post_id)
            # Not this actor's to see unless it is theirs (the subject asked for it or took it):
            # who helps and the times of helping; a suggested helper was never set.
            self.assertEqual(r.current.service_post.suggested_helper_id, "")
            if role != "beheerder" and actor != subject:
                self.assertEqual(len(r.current.service_post.occurrences), 0)
                self.assertEqual(r.current.service_post.helper_id, "")
        elif action == "PostOnBehalf":
            self.assertFalse(r.HasField("current"))
        elif action == "EditTalents":
            self.assertEqual(r.current.member.id, self.ids[subject])
            reads = permits(self.who(actor), SCOPES["ReadTalents"][role], self.who(subject))
            if not reads:
                self.assertEqual(list(r.current.member.talents), [])
        elif action == "RevokeDevice":
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
        # Credited by the server for the buurtdiensten cases: once each, to the helper.
        credited = {i for i, e in everything.items()
                    if e.source == pb.ENTRY_SOURCE_SERVICE and e.source_id in self.credited}
        self.assertEqual(sorted((e.source_id, self.names[e.member_id], e.minutes)
                                for i, e in everything.items() if i in credited),
                         sorted((p, *helper) for p, helper in self.credited.items()))
        # Confirmed: by residents for themselves (2), gangmakers for themselves and a neighbour
        # (4), beheerders for anyone (5); settled: by the beheerders (5).
        self.assertEqual(len(credited), 2 + 4 + 5 + 5)
        # The rest is the demo's history, of members who have a device here.
        demo = set(everything) - allowed - credited
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

    # The talents the demo (core/demodata.cpp) gives before the test sets its own.
    def test_talents_reach_the_member_and_the_beheerders_only(self):
        # The beheerders set talents above (EditTalents); every member's device pulled after.
        self.assertEqual(set(self.talents), {"Noor", "Henk", "Yonas", "Bea", "Inge de Vries"})
        for viewer, dev in self.devices.items():
            role = MEMBERS[viewer][0]
            for name in MEMBERS:
                with self.subTest(viewer=viewer, member=name):
                    may = permits(self.who(viewer), SCOPES["ReadTalents"][role], self.who(name))
                    want = self.talents.get(name, DEMO_TALENTS.get(name, []))
                    self.assertEqual(list(dev.members[self.ids[name]].talents),
                                     want if may else [])

    def test_service_posts_reach_the_project_and_their_parties_the_rest(self):
        everything = self.devices["Inge de Vries"].posts
        made = {p for p, _ in self.posts.values() if p in everything}
        # Every case's post was made, except the refused posts on behalf.
        refused_posts = {m.post_service.post.id for _, _, action, _, _, m, allowed in self.cases
                         if action == "PostOnBehalf" and not allowed}
        self.assertEqual({p for p, _ in self.posts.values()} - made, refused_posts)
        self.assertEqual(self.devices["Bea"].posts, everything)
        for viewer, dev in self.devices.items():
            beheerder = MEMBERS[viewer][0] == "beheerder"
            me = self.ids[viewer]
            with self.subTest(viewer=viewer):
                # Every post is for the whole project.
                self.assertEqual(set(dev.posts) & made, made)
                for post_id in made:
                    full, got = everything[post_id], dev.posts[post_id]
                    party = me in (full.asker_id, full.helper_id, full.posted_by)
                    self.assertEqual(got.helper_id, full.helper_id if party or beheerder else "")
                    self.assertEqual(len(got.occurrences),
                                     len(full.occurrences) if party or beheerder else 0)
                    self.assertEqual(got.suggested_helper_id,
                                     full.suggested_helper_id
                                     if beheerder or full.suggested_helper_id == me else "")
                    # On behalf of a neighbour: the neighbour's name for them and the poster.
                    self.assertEqual(got.asker_id, full.asker_id
                                     if not full.on_behalf or me in (full.asker_id,
                                                                     full.posted_by)
                                     or beheerder else "")
                    hidden = full.state == pb.SERVICE_STATE_HIDDEN
                    self.assertEqual(got.text, full.text
                                     if not hidden or full.posted_by == me or beheerder else "")
        self.assertEqual(self.stranger.posts, {})

    def test_project_scope_ends_at_the_project(self):
        # A beheerder elsewhere: the member is unknown to him, and nothing changes here.
        before = {n: (dict(d.entries), dict(d.members), dict(d.posts))
                  for n, d in self.devices.items()}
        piet = self.stranger
        post_id, occ = self.posts[("Samira", "self", "confirm")]
        ask = pb.ServicePost(id=new_id(), kind=pb.SERVICE_KIND_REQUEST, category="chat",
                             text="Een praatje", estimate_minutes=30, asker_id=self.ids["Samira"])
        for m, code in ((piet.entry_mutation(member_id=self.ids["Samira"]), "MEMBER_UNKNOWN"),
                        (piet.pause_mutation(self.ids["Samira"], day(40)), "MEMBER_UNKNOWN"),
                        (piet.mutation(post_service=pb.PostService(post=ask)), "MEMBER_UNKNOWN"),
                        (piet.mutation(set_talents=pb.SetTalents(member_id=self.ids["Samira"],
                                                                 talents=["ict"])),
                         "MEMBER_UNKNOWN"),
                        (piet.mutation(take_service=pb.TakeService(post_id=post_id)),
                         "POST_UNKNOWN"),
                        (piet.mutation(hide_service=pb.HideService(post_id=post_id,
                                                                   reason="Weg ermee")),
                         "POST_UNKNOWN"),
                        (piet.mutation(confirm_service=pb.ConfirmService(
                            post_id=post_id, occurrence_id=occ)), "POST_UNKNOWN")):
            with self.subTest(body=m.WhichOneof("body")):
                r = piet.push([m]).results[0]
                self.assertEqual(r.outcome, pb.OUTCOME_REJECTED)
                self.assertEqual(r.reason_code, code)
                self.assertTrue(r.message)
                self.assertFalse(r.HasField("current"))  # nothing of this project comes back
        for name in ("Samira", "Inge de Vries"):
            dev = self.pull_from_scratch(self.devices[name])
            self.assertEqual((dev.entries, dev.members, dev.posts), before[name], name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
