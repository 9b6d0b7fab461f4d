"""Buurtdiensten (issue 9) through a real gangwerk-server, driven from sync.proto alone: the
family's permission rows walked per role with real pushes; exactly one helper when many devices
take a request at the same moment or two devices push a take they made offline; every step of
the state machine in every state, by every role and relationship, with its exact reason code;
crediting exactly once (a retry, a SIGKILL between report and confirmation, the asker's
silence); expiry and renewal; and what every role and relationship receives of a post
(messages, talents, posts on behalf of a neighbour, other corridors, hidden posts)."""

import datetime
import threading
import time
import unittest

import grpc

import gwtest
from gwtest import TZ, Device, Server, day, new_id, pb, pb_grpc

# ---------------------------------------------------------------------------------------------
# The permission rows of the family, as data (copied by hand from core/permissions.cpp, like
# test_permissions.py's table): when a row there changes, this test must change with it.

NONE, OWN, OWN_GANG, PROJECT = "None", "Own", "OwnGang", "Project"
SCOPES = {
    "PostServiceRequest": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "PostOnBehalf": dict(resident=NONE, gangmaker=OWN_GANG, beheerder=PROJECT),
    "TakeServiceRequest": dict(resident=PROJECT, gangmaker=PROJECT, beheerder=PROJECT),
    "ReportServiceDone": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "ConfirmServiceHelp": dict(resident=OWN, gangmaker=OWN_GANG, beheerder=PROJECT),
    "HideServicePost": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "SettleServiceDispute": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "ReadTalents": dict(resident=OWN, gangmaker=OWN, beheerder=PROJECT),
    "EditTalents": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
    "SuggestServiceHelper": dict(resident=NONE, gangmaker=NONE, beheerder=PROJECT),
}
# The words a refusal by the table carries (its English source).
DENIED = {
    "PostOnBehalf": "Only a gangmaker or the beheerder can ask for help for a neighbour.",
    "HideServicePost": "Only the beheerder can hide a post.",
    "SettleServiceDispute": "Only the beheerder can settle this.",
    "EditTalents": "Only the beheerder can change talents.",
    "SuggestServiceHelper": "Only the beheerder can suggest a helper.",
}
# Outside its scope an action is refused by the table (PERMISSION_DENIED with the words above),
# except these two, where the family's rule answers with its own code: only the helper reports,
# only whoever speaks for the one helped confirms (no role has None for them).
OUT_OF_SCOPE = {"ReportServiceDone": "NOT_THE_HELPER", "ConfirmServiceHelp": "NOT_THE_ASKER"}


def permits(scope, actor, subject):
    """core's permits(): actor and subject are (member id, gang)."""
    if scope == NONE:
        return False
    if scope == OWN:
        return subject[0] == actor[0]
    if scope == OWN_GANG:
        return subject[0] == actor[0] or (actor[1] != "" and subject[1] == actor[1])
    return True


# ---------------------------------------------------------------------------------------------
# The people: two corridors (A and B), each with its gangmaker; two beheerders.

PEOPLE = (("Bea", "beheerder", ""), ("Gert", "gangmaker", "A"), ("Bo", "gangmaker", "B"),
          ("Ali", "resident", "A"), ("Hans", "resident", "A"), ("Nina", "resident", "A"),
          ("Bas", "resident", "B"))

REQUEST, OFFER = pb.SERVICE_KIND_REQUEST, pb.SERVICE_KIND_OFFER
APPLIED = "APPLIED"
DAY_MS = 24 * 3600 * 1000


def step_body(step, post_id, occ="", minutes=None, member_id="", talents=(), credit=True,
              note="", reason="Het klopt niet: het was korter.",
              hide_reason="Dit is geen burenhulp."):
    """The mutation body of one step on a post, as a device sends it. Minutes: those reported
    (47 unless given); confirming and settling take the reported ones unless given."""
    if step == "take":
        return dict(take_service=pb.TakeService(post_id=post_id))
    if step == "stand_in":
        return dict(stand_in_for_service=pb.StandInForService(post_id=post_id))
    if step == "release":
        return dict(release_service=pb.ReleaseService(post_id=post_id))
    if step == "withdraw":
        return dict(withdraw_service=pb.WithdrawService(post_id=post_id))
    if step == "renew":
        return dict(renew_service=pb.RenewService(post_id=post_id))
    if step == "report":
        return dict(report_service_done=pb.ReportServiceDone(
            post_id=post_id, occurrence_id=occ or new_id(), day=day(0),
            minutes=47 if minutes is None else minutes, note="Boodschappen gedaan"))
    if step == "confirm":
        return dict(confirm_service=pb.ConfirmService(post_id=post_id, occurrence_id=occ,
                                                      minutes=minutes or 0))
    if step == "dispute":
        return dict(dispute_service=pb.DisputeService(post_id=post_id, occurrence_id=occ,
                                                      reason=reason))
    if step == "settle":
        return dict(settle_service=pb.SettleService(post_id=post_id, occurrence_id=occ,
                                                    credit=credit, minutes=minutes or 0,
                                                    note=note))
    if step == "hide":
        return dict(hide_service=pb.HideService(post_id=post_id, reason=hide_reason))
    if step == "message":
        return dict(send_service_message=pb.SendServiceMessage(
            post_id=post_id, message_id=new_id(), text="Kom je om drie uur?"))
    if step == "suggest":
        return dict(suggest_service_helper=pb.SuggestServiceHelper(post_id=post_id,
                                                                  member_id=member_id))
    if step == "talents":
        return dict(set_talents=pb.SetTalents(member_id=member_id, talents=list(talents)))
    raise AssertionError(step)


def code_of(result):
    return APPLIED if result.outcome == pb.OUTCOME_APPLIED else result.reason_code


class ServicesCase(unittest.TestCase):
    """A server of its own per class, with PEOPLE (+ extra_people) enrolled, one phone each."""

    extra_people = ()

    @classmethod
    def setUpClass(cls):
        cls.server = Server().start()
        try:
            cls.dev = {"Inge": Device(cls.server, cls.server.beheerder_code, name="Inge's phone",
                                      display_name="Inge")}
            cls.people = {"Inge": ("beheerder", "")}
            for name, role, gang in PEOPLE + tuple(cls.extra_people):
                args = ("--gang", gang) if gang else ()
                code = cls.server.invite(role, *args, "--name", name)
                cls.dev[name] = Device(cls.server, code, name=f"{name}'s phone")
                cls.people[name] = (role, gang)
            cls.ids = {n: d.member.id for n, d in cls.dev.items()}
            cls.names = {i: n for n, i in cls.ids.items()}
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

    def post(self, name, gang="A", for_whom=None, kind=REQUEST, estimate=60,
             text="Wie doet boodschappen voor mij?", category="groceries"):
        """Pushes a new post by @name; returns (post id, result)."""
        d = self.dev[name]
        p = pb.ServicePost(id=new_id(), kind=kind, category=category, text=text,
                           estimate_minutes=estimate, gang=gang)
        if kind == REQUEST:
            p.asker_id = self.ids[for_whom or name]
        else:
            p.helper_id = self.ids[for_whom or name]
        return p.id, d.push_one(d.mutation(post_service=pb.PostService(post=p)))

    def posted(self, name, **kwargs):
        post_id, r = self.post(name, **kwargs)
        self.assertEqual(code_of(r), APPLIED, r.message)
        return post_id

    def act(self, name, step, post_id, occ="", **kwargs):
        d = self.dev[name]
        return d.push_one(d.mutation(**step_body(step, post_id, occ, **kwargs)))

    def ok(self, name, step, post_id, occ="", **kwargs):
        r = self.act(name, step, post_id, occ, **kwargs)
        self.assertEqual(code_of(r), APPLIED, (name, step, r.message))
        return r

    def batch(self, name, steps):
        """Pushes one batch of (step, post id, occurrence id); returns the results in order."""
        d = self.dev[name]
        muts = [d.mutation(**step_body(step, post_id, occ)) for step, post_id, occ in steps]
        if not muts:
            return []
        resp = d.push(muts, timeout=60)
        self.assertEqual([r.mutation_id for r in resp.results], [m.mutation_id for m in muts])
        return list(resp.results)

    def assertRefused(self, result, code):
        self.assertEqual(result.outcome, pb.OUTCOME_REJECTED)
        self.assertEqual(result.reason_code, code, result.message)
        self.assertTrue(result.message)

    def fresh(self, name):
        """@name's device pulls everything from scratch."""
        d = self.dev[name]
        d.cursor = b""
        d.entries, d.members, d.projects, d.devices, d.activities, d.posts = {}, {}, {}, {}, {}, {}
        d.sync_down()
        return d

    def view(self, post_id, name="Inge"):
        """The post as @name's device has it after a pull (the beheerder: everything but
        messages outside a dispute)."""
        d = self.dev[name]
        d.sync_down()
        return d.posts.get(post_id)

    def reconnect_all(self):
        for d in self.dev.values():
            d.reconnect()

    def service_entries(self, name, post_id):
        d = self.dev[name]
        d.sync_down()
        return [e for e in d.entries.values()
                if e.source == pb.ENTRY_SOURCE_SERVICE and e.source_id == post_id]


# =============================================================================================


class PermissionRows(ServicesCase):
    """Every row of the family, per role (a resident, a gangmaker, a beheerder) on themselves,
    a neighbour of corridor A and a resident of corridor B, with real pushes; then who reads
    whose talents (ReadTalents)."""

    ACTORS = {"Ali": ("Ali", "Nina", "Bas"), "Gert": ("Gert", "Nina", "Bas"),
              "Inge": ("Inge", "Nina", "Bas")}

    def expect(self, action, actor, subject):
        """APPLIED, or the code the server must refuse with."""
        scope = SCOPES[action][self.people[actor][0]]
        if permits(scope, self.who(actor), self.who(subject)):
            return APPLIED
        return OUT_OF_SCOPE.get(action, "PERMISSION_DENIED")

    def check(self, action, actor, subject, r, post_id=None):
        want = self.expect(action, actor, subject)
        self.assertEqual(code_of(r), want, r.message)
        if want == "PERMISSION_DENIED":
            self.assertEqual(r.message, DENIED[action])
        if want != APPLIED and post_id:
            # A project-wide post: the refusal brings it back as the actor may see it.
            self.assertEqual(r.current.service_post.id, post_id)

    # Which test walks which row.
    WALKS = dict(PostServiceRequest="test_post_for_oneself_and_on_behalf",
                 PostOnBehalf="test_post_for_oneself_and_on_behalf",
                 TakeServiceRequest="test_take", ReportServiceDone="test_report_as_the_helper",
                 ConfirmServiceHelp="test_confirm_for_the_one_helped", HideServicePost="test_hide",
                 SettleServiceDispute="test_settle", ReadTalents="test_talents_kept_and_read",
                 EditTalents="test_talents_kept_and_read",
                 SuggestServiceHelper="test_suggest_a_helper")

    def test_every_row_is_walked(self):
        self.assertEqual(set(self.WALKS), set(SCOPES))
        for row, method in self.WALKS.items():
            self.assertTrue(callable(getattr(self, method, None)), (row, method))
            self.assertEqual(set(SCOPES[row]), {"resident", "gangmaker", "beheerder"})
        self.assertEqual({self.people[a][0] for a in self.ACTORS},
                         {"resident", "gangmaker", "beheerder"})
        # Where the table says none for a pushed action, its refusal has the table's words.
        self.assertEqual({a for a, s in SCOPES.items() if NONE in s.values()},
                         set(DENIED))

    def test_post_for_oneself_and_on_behalf(self):
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    if subject == actor:
                        # PostServiceRequest: a request and an offer, for the own corridor and
                        # for everyone.
                        for gang in {self.people[actor][1], ""}:
                            for kind in (REQUEST, OFFER):
                                _, r = self.post(actor, gang=gang, kind=kind)
                                self.assertEqual(
                                    code_of(r), self.expect("PostServiceRequest", actor, actor),
                                    r.message)
                    else:
                        # Asking for a neighbour is PostOnBehalf.
                        _, r = self.post(actor, gang="", for_whom=subject)
                        self.check("PostOnBehalf", actor, subject, r)
                        self.assertFalse(r.HasField("current"))  # nothing was made
                        # An offer is always made by its helper.
                        _, r = self.post(actor, gang="", for_whom=subject, kind=OFFER)
                        self.assertRefused(r, "INVALID")

    def test_take(self):
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    post_id = self.posted(subject, gang="")
                    r = self.act(actor, "take", post_id)
                    self.assertEqual(self.expect("TakeServiceRequest", actor, subject), APPLIED)
                    # Never refused by the table: one's own post is refused by the rules.
                    self.assertEqual(code_of(r), "OWN_POST" if actor == subject else APPLIED,
                                     r.message)

    def test_report_as_the_helper(self):
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    post_id = self.posted("Hans", gang="")
                    self.ok(subject, "take", post_id)
                    self.check("ReportServiceDone", actor, subject,
                               self.act(actor, "report", post_id), post_id)

    def reported(self, asker):
        post_id = self.posted(asker, gang="")
        occ = new_id()
        self.ok("Hans", "take", post_id)
        self.ok("Hans", "report", post_id, occ)
        return post_id, occ

    def test_confirm_for_the_one_helped(self):
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    post_id, occ = self.reported(subject)
                    self.check("ConfirmServiceHelp", actor, subject,
                               self.act(actor, "confirm", post_id, occ), post_id)

    def test_hide(self):
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    post_id = self.posted(subject, gang="")
                    self.check("HideServicePost", actor, subject,
                               self.act(actor, "hide", post_id), post_id)

    def test_settle(self):
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    post_id, occ = self.reported(subject)
                    self.ok(subject, "dispute", post_id, occ)
                    self.check("SettleServiceDispute", actor, subject,
                               self.act(actor, "settle", post_id, occ), post_id)

    def test_suggest_a_helper(self):
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    post_id = self.posted("Hans", gang="")
                    self.check("SuggestServiceHelper", actor, subject,
                               self.act(actor, "suggest", post_id, member_id=self.ids[subject]),
                               post_id)

    def test_talents_kept_and_read(self):
        for name in ("Ali", "Gert", "Inge", "Nina", "Bas"):
            self.ok("Bea", "talents", "", member_id=self.ids[name], talents=("chat",))
        # EditTalents, per role on each subject.
        for actor, subjects in self.ACTORS.items():
            for subject in subjects:
                with self.subTest(actor=actor, subject=subject):
                    r = self.act(actor, "talents", "", member_id=self.ids[subject],
                                 talents=("ict",))
                    self.check("EditTalents", actor, subject, r)
                    if code_of(r) != APPLIED:
                        # The member comes back, with the talents only for whom may read them.
                        reads = permits(SCOPES["ReadTalents"][self.people[actor][0]],
                                        self.who(actor), self.who(subject))
                        self.assertEqual(r.current.member.id, self.ids[subject])
                        self.assertEqual(list(r.current.member.talents),
                                         ["chat"] if reads else [])
        # ReadTalents: the beheerders keep everyone's talents; each device pulls them.
        talents = {}
        for i, name in enumerate(self.dev):
            talents[name] = ["groceries", "chat", "ict", "paperwork"][: i % 4 + 1]
            by = "Bea" if i % 2 else "Inge"
            self.ok(by, "talents", "", member_id=self.ids[name], talents=talents[name])
        for viewer in self.dev:
            d = self.fresh(viewer)
            role = self.people[viewer][0]
            for name in self.dev:
                with self.subTest(viewer=viewer, member=name):
                    may = permits(SCOPES["ReadTalents"][role], self.who(viewer), self.who(name))
                    self.assertEqual(list(d.members[self.ids[name]].talents),
                                     talents[name] if may else [])
        # A talent that is not one of the project's categories, or too many.
        self.assertRefused(self.act("Inge", "talents", "", member_id=self.ids["Ali"],
                                    talents=("care",)), "TALENT_UNKNOWN")
        self.assertRefused(self.act("Inge", "talents", "", member_id=self.ids["Ali"],
                                    talents=[f"x{i}" for i in range(11)]), "TOO_MANY_TALENTS")


# =============================================================================================


class TakingAtOnce(ServicesCase):
    """Never two helpers, never a silent drop."""

    extra_people = tuple((f"Buur {i}", "resident", "A") for i in range(1, 13))

    def test_twelve_devices_take_the_same_request_at_the_same_moment(self):
        post_id = self.posted("Ali", gang="A")
        names = [f"Buur {i}" for i in range(1, 13)]
        barrier = threading.Barrier(len(names))
        results, mutations = {}, {}

        def go(name):
            d = Device.__new__(Device)  # its own connection, like a separate phone
            d.__dict__.update(self.dev[name].__dict__)
            d.channel = gwtest.channel(self.server.address, ready=True)
            d.stub = pb_grpc.SyncServiceStub(d.channel)
            m = mutations[name] = d.mutation(**step_body("take", post_id))
            self.dev[name].seq = d.seq
            barrier.wait()
            results[name] = d.push_one(m, timeout=30)
            d.channel.close()

        threads = [threading.Thread(target=go, args=(n,)) for n in names]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        self.assertEqual(len(results), len(names))
        winners = [n for n, r in results.items() if r.outcome == pb.OUTCOME_APPLIED]
        self.assertEqual(len(winners), 1, {n: code_of(r) for n, r in results.items()})
        winner = winners[0]
        for name, r in results.items():
            if name == winner:
                continue
            with self.subTest(loser=name):
                self.assertRefused(r, "ALREADY_TAKEN")
                # The post as the server has it: taken, without who took it.
                self.assertEqual(r.current.service_post.id, post_id)
                self.assertEqual(r.current.service_post.state, pb.SERVICE_STATE_TAKEN)
                self.assertEqual(r.current.service_post.helper_id, "")
        p = self.view(post_id)
        self.assertEqual((p.state, p.helper_id), (pb.SERVICE_STATE_TAKEN, self.ids[winner]))
        self.assertEqual(self.view(post_id, winner).helper_id, self.ids[winner])
        # A refused take sent again (its answer was lost): its first outcome, nothing changes.
        loser = next(n for n in names if n != winner)
        again = self.dev[loser].push_one(mutations[loser])
        self.assertEqual((again.outcome, again.original_outcome, again.reason_code),
                         (pb.OUTCOME_DUPLICATE, pb.OUTCOME_REJECTED, "ALREADY_TAKEN"))
        self.assertEqual(again.current.service_post.helper_id, "")
        self.assertEqual(self.view(post_id).helper_id, self.ids[winner])

    def test_two_takes_made_offline_the_first_the_server_receives_wins(self):
        post_id = self.posted("Ali", gang="A")
        hans, nina = self.dev["Hans"], self.dev["Nina"]
        # Both phones take it while offline; Hans's tap came first, but Nina's phone is the
        # first to reach the server.
        hans_take = hans.mutation(**step_body("take", post_id))
        nina_take = nina.mutation(**step_body("take", post_id))
        r = nina.push_one(nina_take)
        self.assertEqual(code_of(r), APPLIED, r.message)
        r = hans.push_one(hans_take)
        self.assertRefused(r, "ALREADY_TAKEN")
        self.assertEqual(r.message, "A neighbour already took this. You can offer to stand in "
                                    "if they give it back.")
        current = r.current.service_post
        self.assertEqual((current.id, current.state, current.helper_id, current.asker_id),
                         (post_id, pb.SERVICE_STATE_TAKEN, "", self.ids["Ali"]))
        # Hans offers to stand in; Nina still helps.
        r = self.ok("Hans", "stand_in", post_id)
        self.assertEqual(list(self.view(post_id, "Hans").stand_in_ids), [self.ids["Hans"]])
        self.assertEqual(list(self.view(post_id, "Nina").stand_in_ids), [])
        self.assertEqual(list(self.view(post_id).stand_in_ids), [self.ids["Hans"]])
        self.assertEqual(self.view(post_id).helper_id, self.ids["Nina"])
        # A second offer changes nothing.
        self.ok("Hans", "stand_in", post_id)
        self.assertEqual(list(self.view(post_id).stand_in_ids), [self.ids["Hans"]])
        # Nina gives it back: Hans is the helper now, nobody else is waiting.
        self.ok("Nina", "release", post_id)
        p = self.view(post_id)
        self.assertEqual((p.state, p.helper_id, list(p.stand_in_ids)),
                         (pb.SERVICE_STATE_TAKEN, self.ids["Hans"], []))
        self.assertEqual(self.view(post_id, "Hans").helper_id, self.ids["Hans"])
        self.assertEqual(self.view(post_id, "Nina").helper_id, "")
        # Nina cannot report help on what was handed over; Hans can.
        self.assertRefused(self.act("Nina", "report", post_id), "NOT_THE_HELPER")
        self.ok("Hans", "report", post_id)

    def test_giving_back_without_a_stand_in_opens_it_again(self):
        post_id = self.posted("Ali", gang="A")
        self.ok("Buur 1", "take", post_id)
        self.ok("Buur 1", "release", post_id)
        p = self.view(post_id)
        self.assertEqual((p.state, p.helper_id), (pb.SERVICE_STATE_OPEN, ""))
        self.ok("Buur 2", "take", post_id)
        self.assertEqual(self.view(post_id).helper_id, self.ids["Buur 2"])


# =============================================================================================
# The state machine, as data: for every step, in every state, what each role or relationship
# gets back (APPLIED or the exact reason code). The post is a request of corridor A by Ali.

ACTORS = ("asker", "helper", "neighbour", "gangmaker", "beheerder", "other_gang",
          "other_gangmaker")
WHO = dict(asker="Ali", helper="Hans", neighbour="Nina", gangmaker="Gert", beheerder="Inge",
           other_gang="Bas", other_gangmaker="Bo")
# How each state is reached (StateMachine.build): Hans takes it, reports 47 minutes, Ali
# disputes or confirms them, withdraws it, Inge hides it; "taken+withdrawn" and "taken+hidden"
# were taken by Hans first. In the states before a take Hans is a neighbour like Nina.
STATES = ("open", "taken", "reported", "disputed", "credited", "withdrawn", "taken+withdrawn",
          "hidden", "taken+hidden", "expired")
STEPS = ("take", "stand_in", "release", "withdraw", "renew", "report", "confirm", "dispute",
         "settle", "hide", "message")

A = APPLIED
OG, NYT, NYP, NTH, NTA, NAP, OU, PD = ("OTHER_GANG", "NOT_YOUR_TAKE", "NOT_YOUR_POST",
                                       "NOT_THE_HELPER", "NOT_THE_ASKER", "NOT_A_PARTY",
                                       "OCCURRENCE_UNKNOWN", "PERMISSION_DENIED")


def every(code):
    return (code,) * len(ACTORS)


def gone(code):
    """A post nobody may take part in any more: only its own poster is told it is theirs."""
    return ("OWN_POST", code, code, code, code, OG, OG)


#      actor:  asker      helper            neighbour        gangmaker        beheerder
#              other_gang other_gangmaker
TABLE = {
    "take": dict(
        open=("OWN_POST", A, A, A, A, OG, OG),
        taken=("OWN_POST", "ALREADY_HELPER", "ALREADY_TAKEN", "ALREADY_TAKEN", "ALREADY_TAKEN",
               OG, OG),
        reported=("OWN_POST", "ALREADY_HELPER", "ALREADY_TAKEN", "ALREADY_TAKEN",
                  "ALREADY_TAKEN", OG, OG),
        disputed=("OWN_POST", "ALREADY_HELPER", "ALREADY_TAKEN", "ALREADY_TAKEN",
                  "ALREADY_TAKEN", OG, OG),
        credited=gone("POST_CLOSED"),
        withdrawn=gone("POST_WITHDRAWN"),
        **{"taken+withdrawn": gone("POST_WITHDRAWN")},
        hidden=gone("POST_HIDDEN"),
        **{"taken+hidden": gone("POST_HIDDEN")},
        expired=gone("POST_EXPIRED")),
    "stand_in": dict(
        open=("OWN_POST", "NOT_TAKEN", "NOT_TAKEN", "NOT_TAKEN", "NOT_TAKEN", OG, OG),
        taken=("OWN_POST", "ALREADY_HELPER", A, A, A, OG, OG),
        reported=("OWN_POST", "ALREADY_HELPER", A, A, A, OG, OG),
        disputed=("OWN_POST", "ALREADY_HELPER", A, A, A, OG, OG),
        credited=("OWN_POST", "ALREADY_HELPER", "POST_CLOSED", "POST_CLOSED", "POST_CLOSED",
                  OG, OG),
        withdrawn=gone("POST_WITHDRAWN"),
        **{"taken+withdrawn": ("OWN_POST", "ALREADY_HELPER", "POST_WITHDRAWN", "POST_WITHDRAWN",
                               "POST_WITHDRAWN", OG, OG)},
        hidden=gone("POST_HIDDEN"),
        **{"taken+hidden": ("OWN_POST", "ALREADY_HELPER", "POST_HIDDEN", "POST_HIDDEN",
                            "POST_HIDDEN", OG, OG)},
        expired=gone("POST_EXPIRED")),
    # A single time of helping reported (or disputed) is done: there is nothing to give back.
    "release": dict(
        open=every("NOT_TAKEN"),
        taken=(NYT, A, NYT, NYT, NYT, NYT, NYT),
        reported=(NYT, "ALREADY_REPORTED", NYT, NYT, NYT, NYT, NYT),
        disputed=(NYT, "ALREADY_REPORTED", NYT, NYT, NYT, NYT, NYT),
        credited=every("POST_CLOSED"),
        withdrawn=every("POST_WITHDRAWN"),
        **{"taken+withdrawn": every("POST_WITHDRAWN")},
        hidden=every("POST_HIDDEN"),
        **{"taken+hidden": every("POST_HIDDEN")},
        expired=every("NOT_TAKEN")),
    "withdraw": dict(
        open=(A, NYP, NYP, NYP, A, NYP, NYP),
        taken=(A, NYP, NYP, NYP, A, NYP, NYP),
        reported=(A, NYP, NYP, NYP, A, NYP, NYP),
        disputed=(A, NYP, NYP, NYP, A, NYP, NYP),
        credited=("POST_CLOSED", NYP, NYP, NYP, "POST_CLOSED", NYP, NYP),
        withdrawn=(A, NYP, NYP, NYP, A, NYP, NYP),
        **{"taken+withdrawn": (A, NYP, NYP, NYP, A, NYP, NYP)},
        hidden=("POST_HIDDEN", NYP, NYP, NYP, "POST_HIDDEN", NYP, NYP),
        **{"taken+hidden": ("POST_HIDDEN", NYP, NYP, NYP, "POST_HIDDEN", NYP, NYP)},
        expired=(A, NYP, NYP, NYP, A, NYP, NYP)),
    "renew": dict(
        open=(A, NYP, NYP, NYP, A, NYP, NYP),
        taken=("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP),
        reported=("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP),
        disputed=("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP),
        credited=("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP),
        withdrawn=("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP),
        **{"taken+withdrawn": ("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP)},
        hidden=("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP),
        **{"taken+hidden": ("NOT_OPEN", NYP, NYP, NYP, "NOT_OPEN", NYP, NYP)},
        expired=(A, NYP, NYP, NYP, A, NYP, NYP)),
    "report": dict(
        open=every(NTH),
        taken=(NTH, A, NTH, NTH, A, NTH, NTH),
        reported=(NTH, "ALREADY_REPORTED", NTH, NTH, "ALREADY_REPORTED", NTH, NTH),
        disputed=(NTH, "ALREADY_REPORTED", NTH, NTH, "ALREADY_REPORTED", NTH, NTH),
        credited=(NTH, "POST_CLOSED", NTH, NTH, "POST_CLOSED", NTH, NTH),
        withdrawn=every(NTH),
        **{"taken+withdrawn": (NTH, "POST_WITHDRAWN", NTH, NTH, "POST_WITHDRAWN", NTH, NTH)},
        hidden=every(NTH),
        **{"taken+hidden": (NTH, "POST_HIDDEN", NTH, NTH, "POST_HIDDEN", NTH, NTH)},
        expired=every(NTH)),
    "confirm": dict(
        open=every(OU),
        taken=every(OU),
        reported=(A, NTA, NTA, A, A, NTA, NTA),
        disputed=("NOT_REPORTED", NTA, NTA, "NOT_REPORTED", "NOT_REPORTED", NTA, NTA),
        credited=("ALREADY_CREDITED", NTA, NTA, "ALREADY_CREDITED", "ALREADY_CREDITED", NTA,
                  NTA),
        withdrawn=every(OU),
        **{"taken+withdrawn": every(OU), "taken+hidden": every(OU)},
        hidden=every(OU),
        expired=every(OU)),
    "dispute": dict(
        open=every(OU),
        taken=every(OU),
        reported=(A, NTA, NTA, A, A, NTA, NTA),
        disputed=("NOT_REPORTED", NTA, NTA, "NOT_REPORTED", "NOT_REPORTED", NTA, NTA),
        credited=(A, NTA, NTA, A, A, NTA, NTA),
        withdrawn=every(OU),
        **{"taken+withdrawn": every(OU), "taken+hidden": every(OU)},
        hidden=every(OU),
        expired=every(OU)),
    "settle": dict(
        open=(PD, PD, PD, PD, OU, PD, PD),
        taken=(PD, PD, PD, PD, OU, PD, PD),
        reported=(PD, PD, PD, PD, "NOT_OPEN_FOR_DECISION", PD, PD),
        disputed=(PD, PD, PD, PD, A, PD, PD),
        credited=(PD, PD, PD, PD, "NOT_OPEN_FOR_DECISION", PD, PD),
        withdrawn=(PD, PD, PD, PD, OU, PD, PD),
        **{"taken+withdrawn": (PD, PD, PD, PD, OU, PD, PD),
           "taken+hidden": (PD, PD, PD, PD, OU, PD, PD)},
        hidden=(PD, PD, PD, PD, OU, PD, PD),
        expired=(PD, PD, PD, PD, OU, PD, PD)),
    "hide": {state: (PD, PD, PD, PD, A, PD, PD) for state in STATES},
    "message": dict(
        open=("NOT_TAKEN", NAP, NAP, NAP, NAP, NAP, NAP),
        taken=(A, A, NAP, NAP, NAP, NAP, NAP),
        reported=(A, A, NAP, NAP, NAP, NAP, NAP),
        disputed=(A, A, NAP, NAP, A, NAP, NAP),
        credited=(A, A, NAP, NAP, NAP, NAP, NAP),
        withdrawn=("NOT_TAKEN", NAP, NAP, NAP, NAP, NAP, NAP),
        # Asker and helper may still talk about help that was taken.
        **{"taken+withdrawn": (A, A, NAP, NAP, NAP, NAP, NAP),
           "taken+hidden": (A, A, NAP, NAP, NAP, NAP, NAP)},
        hidden=("NOT_TAKEN", NAP, NAP, NAP, NAP, NAP, NAP),
        expired=("NOT_TAKEN", NAP, NAP, NAP, NAP, NAP, NAP)),
}

# Besides taking (and standing in), a post of another corridor that is not theirs is as unknown
# to someone as a post that does not exist: a refusal tells them nothing about it.
for _step in ("release", "withdraw", "renew", "report", "confirm", "dispute", "message"):
    for _state, _codes in TABLE[_step].items():
        TABLE[_step][_state] = _codes[:5] + ("POST_UNKNOWN", "POST_UNKNOWN")
# Where an applied step leaves the post (None: where it was).
AFTER = dict(take="taken", stand_in=None, release="open", withdraw="withdrawn", renew="open",
             report="reported", confirm="credited", dispute="disputed", settle="credited",
             hide="hidden", message=None)


def state_of(p, now_ms):
    """The table's name for where post @p stands, as the beheerder's device sees it."""
    taken = "taken+" if p.helper_id else ""
    if p.state == pb.SERVICE_STATE_HIDDEN:
        return taken + "hidden"
    if p.state == pb.SERVICE_STATE_WITHDRAWN:
        return taken + "withdrawn"
    if p.state == pb.SERVICE_STATE_CLOSED:
        return "credited"
    if p.state == pb.SERVICE_STATE_OPEN:
        return "expired" if p.expires_at_ms <= now_ms else "open"
    if not p.occurrences:
        return "taken"
    return {pb.OCCURRENCE_STATE_REPORTED: "reported", pb.OCCURRENCE_STATE_DISPUTED: "disputed",
            pb.OCCURRENCE_STATE_CREDITED: "credited"}[p.occurrences[-1].state]


class StateMachine(ServicesCase):
    """Every cell of TABLE through the server, each on a post of its own in its state."""

    def build(self, state, n):
        """n posts in @state (expired: open ones, which expire when the clock moves on);
        returns [(post id, occurrence id)]."""
        ids = [p for p, _ in (self.post("Ali", gang="A") for _ in range(n))]
        occs = {p: "" for p in ids}

        def all_applied(name, step):
            rs = self.batch(name, [(step, p, occs[p]) for p in ids])
            self.assertEqual({code_of(r) for r in rs}, {APPLIED}, (state, name, step))

        if state in ("taken", "reported", "disputed", "credited", "taken+withdrawn",
                     "taken+hidden"):
            all_applied("Hans", "take")
        if state in ("reported", "disputed", "credited"):
            occs = {p: new_id() for p in ids}
            all_applied("Hans", "report")
        if state == "credited":
            all_applied("Ali", "confirm")
        if state == "disputed":
            all_applied("Ali", "dispute")
        if state.endswith("withdrawn"):
            all_applied("Ali", "withdraw")
        if state.endswith("hidden"):
            all_applied("Inge", "hide")
        return [(p, occs[p]) for p in ids]

    def walk(self, state, posts, clock_days):
        """Pushes every cell of @state (each actor one batch); returns the mismatches."""
        now_ms = lambda: int(time.time() * 1000) + clock_days * DAY_MS
        inge = self.dev["Inge"]
        inge.sync_down()
        before = {p: inge.posts[p] for p, _ in posts}
        for p in before.values():
            self.assertEqual(state_of(p, now_ms()), state)
        cells = {}  # (step, actor) -> (post id, occurrence id)
        it = iter(posts)
        for step in STEPS:
            for actor in ACTORS:
                cells[(step, actor)] = next(it)
        got = {}
        for actor in ACTORS:
            steps = [(step, *cells[(step, actor)]) for step in STEPS]
            # A step that needs a time of helping names one this post does not have.
            steps = [(s, p, o or new_id()) for s, p, o in steps]
            for (step, _, _), r in zip(steps, self.batch(WHO[actor], steps)):
                got[(step, actor)] = r
        inge.sync_down()
        bad = []
        for step in STEPS:
            for i, actor in enumerate(ACTORS):
                r = got[(step, actor)]
                want = TABLE[step][state][i]
                post_id = cells[(step, actor)][0]
                after = inge.posts[post_id]
                if code_of(r) != want:
                    bad.append(f"{state:9s} {step:8s} by {actor:15s}: {code_of(r)}, table says "
                               f"{want}")
                    continue
                if want == APPLIED:
                    moved = AFTER[step] or state
                    # Withdrawn or hidden after a take: the helper stays named.
                    if state_of(after, now_ms()).split("+")[-1] != moved.split("+")[-1]:
                        bad.append(f"{state} {step} by {actor}: applied, now "
                                   f"{state_of(after, now_ms())}, not {moved}")
                else:
                    if not r.message:
                        bad.append(f"{state} {step} by {actor}: refused without words")
                    if after != before[post_id]:
                        bad.append(f"{state} {step} by {actor}: refused, yet the post changed")
        return bad

    def test_every_step_in_every_state_by_everyone(self):
        self.assertEqual(set(TABLE), set(STEPS))
        for step in STEPS:
            self.assertEqual(set(TABLE[step]), set(STATES), step)
            for state in STATES:
                self.assertEqual(len(TABLE[step][state]), len(ACTORS), (step, state))
        n = len(STEPS) * len(ACTORS)
        built = {state: self.build(state, n) for state in STATES}
        bad = []
        for state in STATES:
            if state != "expired":
                bad += self.walk(state, built[state], 0)
        # Eight days later (the server's clock): the open posts have expired.
        self.server.stop()
        self.server.extra = ["--test-clock-offset-days", "8"]
        self.server.start()
        self.reconnect_all()
        bad += self.walk("expired", built["expired"], 8)
        self.assertEqual(bad, [], "\n" + "\n".join(bad))


# =============================================================================================


class Crediting(ServicesCase):
    """A confirmed time gives the helper exactly one hour entry of source SERVICE, linked to the
    post, rounded to 5 minutes; the helper and the beheerders receive it, never the asker."""

    def check_one_entry(self, post_id, helper, minutes):
        """Exactly one entry credited for @post_id's (single) time of helping: @helper's, on the
        day the help was reported for, with @minutes; received by the helper and the beheerders
        only."""
        day_iso = self.view(post_id).occurrences[0].day
        entries = self.service_entries("Inge", post_id)
        self.assertEqual(len(entries), 1, entries)
        e = entries[0]
        self.assertEqual((e.member_id, e.minutes, e.day, e.source, e.source_id, e.corrects,
                          e.voids),
                         (self.ids[helper], minutes, day_iso, pb.ENTRY_SOURCE_SERVICE, post_id,
                          "", False))
        self.assertEqual(self.service_entries("Bea", post_id), [e])
        self.assertEqual(self.service_entries(helper, post_id), [e])
        for name in ("Ali", "Nina", "Gert", "Bas"):
            self.assertEqual(self.service_entries(name, post_id), [], name)
        return e

    def test_confirmed_once_also_when_retried(self):
        post_id = self.posted("Ali", gang="A")
        occ = new_id()
        self.ok("Hans", "take", post_id)
        self.ok("Hans", "report", post_id, occ, minutes=47)
        ali = self.dev["Ali"]
        confirm = ali.mutation(**step_body("confirm", post_id, occ))
        r = ali.push_one(confirm)
        self.assertEqual(code_of(r), APPLIED, r.message)
        e = self.check_one_entry(post_id, "Hans", 45)  # 47 minutes: 45
        p = self.view(post_id)
        o = p.occurrences[0]
        self.assertEqual((p.state, o.state, o.confirmed_minutes, o.confirmed_by, o.entry_id),
                         (pb.SERVICE_STATE_CLOSED, pb.OCCURRENCE_STATE_CREDITED, 45,
                          self.ids["Ali"], e.id))
        # The same mutation again (a lost answer): its first outcome, nothing twice.
        again = ali.push_one(confirm)
        self.assertEqual((again.outcome, again.original_outcome),
                         (pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED))
        again = ali.push([confirm, confirm]).results
        self.assertEqual([r.outcome for r in again], [pb.OUTCOME_DUPLICATE] * 2)
        # A new confirmation (another phone, a second tap): refused.
        self.assertRefused(self.act("Ali", "confirm", post_id, occ), "ALREADY_CREDITED")
        self.assertRefused(self.act("Gert", "confirm", post_id, occ), "ALREADY_CREDITED")
        for _ in range(3):
            self.fresh("Inge")
            self.check_one_entry(post_id, "Hans", 45)

    def test_a_gangmaker_confirms_for_a_neighbour_without_the_app(self):
        # Gert asks for Nina (she has no phone for it); Hans helps 53 minutes; Gert confirms.
        post_id = self.posted("Gert", gang="A", for_whom="Nina")
        occ = new_id()
        self.ok("Hans", "take", post_id)
        self.ok("Hans", "report", post_id, occ, minutes=53)
        self.assertRefused(self.act("Bo", "confirm", post_id, occ), "POST_UNKNOWN")  # another corridor: not theirs to know
        self.ok("Gert", "confirm", post_id, occ)
        self.check_one_entry(post_id, "Hans", 55)  # 53 minutes: 55

    def test_above_twice_the_estimate_the_beheerder_confirms(self):
        post_id = self.posted("Ali", gang="A", estimate=30)
        occ = new_id()
        self.ok("Hans", "take", post_id)
        self.ok("Hans", "report", post_id, occ, minutes=75)
        self.ok("Ali", "confirm", post_id, occ)
        o = self.view(post_id).occurrences[0]
        self.assertEqual((o.state, o.confirmed_minutes),
                         (pb.OCCURRENCE_STATE_AWAITING_BEHEERDER, 75))
        self.assertEqual(self.service_entries("Inge", post_id), [])
        self.assertRefused(self.act("Gert", "settle", post_id, occ), "PERMISSION_DENIED")
        self.ok("Inge", "settle", post_id, occ)
        self.check_one_entry(post_id, "Hans", 75)
        self.assertRefused(self.act("Bea", "settle", post_id, occ), "NOT_OPEN_FOR_DECISION")
        self.assertEqual(len(self.service_entries("Inge", post_id)), 1)

    def test_a_server_killed_between_report_and_confirmation(self):
        post_id = self.posted("Ali", gang="A")
        occ = new_id()
        self.ok("Hans", "take", post_id)
        self.ok("Hans", "report", post_id, occ, minutes=53)
        port = self.server.port
        self.server.kill()
        self.server.start(port)
        self.reconnect_all()
        # The report survived; nothing is credited yet.
        self.assertEqual(self.view(post_id).occurrences[0].state, pb.OCCURRENCE_STATE_REPORTED)
        self.assertEqual(self.service_entries("Inge", post_id), [])
        ali = self.dev["Ali"]
        confirm = ali.mutation(**step_body("confirm", post_id, occ))
        self.assertEqual(code_of(ali.push_one(confirm)), APPLIED)
        # Killed again right after the answer: the retry is a duplicate of what was committed.
        self.server.kill()
        self.server.start(port)
        self.reconnect_all()
        again = ali.push_one(confirm)
        self.assertEqual((again.outcome, again.original_outcome),
                         (pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED))
        self.check_one_entry(post_id, "Hans", 55)


    def test_help_reported_is_not_given_back(self):
        # Hans helped and reported it; giving it back now would let Nina take over help that
        # was done (and be named its helper while Hans is credited).
        post_id = self.posted("Ali", gang="A")
        occ = new_id()
        self.ok("Hans", "take", post_id)
        self.ok("Hans", "report", post_id, occ, minutes=30)
        self.ok("Nina", "stand_in", post_id)
        r = self.act("Hans", "release", post_id)
        self.assertRefused(r, "ALREADY_REPORTED")
        self.assertEqual(r.current.service_post.helper_id, self.ids["Hans"])
        self.ok("Ali", "confirm", post_id, occ)
        p = self.view(post_id)
        self.assertEqual((p.state, p.helper_id), (pb.SERVICE_STATE_CLOSED, self.ids["Hans"]))
        self.check_one_entry(post_id, "Hans", 30)

    def test_a_regular_arrangement_credits_each_date_on_its_own(self):
        # Groceries every week, from two weeks ago at 10:00 until three weeks from now.
        first = datetime.datetime.now(TZ).date() - datetime.timedelta(days=14)
        start = datetime.datetime.combine(first, datetime.time(10, 0), TZ)
        ms = int(start.timestamp() * 1000)
        p = pb.ServicePost(id=new_id(), kind=REQUEST, category="groceries",
                           text="Elke week boodschappen", estimate_minutes=60, gang="A",
                           asker_id=self.ids["Ali"], when_from_ms=ms, when_until_ms=ms + 3600000,
                           repeat=pb.REPEAT_WEEKLY, repeat_until=day(21))
        ali = self.dev["Ali"]
        r = ali.push_one(ali.mutation(post_service=pb.PostService(post=p)))
        self.assertEqual(code_of(r), APPLIED, (r.reason_code, r.message))
        self.ok("Hans", "take", p.id)
        report = lambda name, offset, minutes=60, occ=None: self.dev[name].push_one(
            self.dev[name].mutation(report_service_done=pb.ReportServiceDone(
                post_id=p.id, occurrence_id=occ or new_id(), day=day(offset), minutes=minutes)))
        first_occ, second_occ = new_id(), new_id()
        self.assertEqual(code_of(report("Hans", -14, 60, first_occ)), APPLIED)
        self.assertEqual(code_of(report("Hans", -7, 33, second_occ)), APPLIED)
        self.assertRefused(report("Hans", -14), "ALREADY_REPORTED")
        self.assertRefused(report("Hans", -10), "DAY_NOT_IN_SERIES")
        self.assertRefused(report("Hans", 7), "DAY_IN_FUTURE")
        self.ok("Ali", "confirm", p.id, first_occ)
        self.ok("Ali", "confirm", p.id, second_occ)
        view = self.view(p.id)
        self.assertEqual(view.state, pb.SERVICE_STATE_TAKEN)  # the arrangement goes on
        self.assertEqual(sorted((e.day, e.minutes) for e in self.service_entries("Hans", p.id)),
                         [(day(-14), 60), (day(-7), 35)])
        # Hans gives the rest back (he did report dates: that is fine for an arrangement);
        # Nina, standing in, helps this week.
        self.ok("Nina", "stand_in", p.id)
        self.ok("Hans", "release", p.id)
        self.assertEqual(self.view(p.id).helper_id, self.ids["Nina"])
        third = new_id()
        self.assertEqual(code_of(report("Nina", 0, 45, third)), APPLIED)
        self.ok("Ali", "confirm", p.id, third)
        self.assertEqual([(e.day, e.minutes) for e in self.service_entries("Nina", p.id)],
                         [(day(0), 45)])
        self.assertEqual(len(self.service_entries("Inge", p.id)), 3)
        self.assertEqual(len(self.service_entries("Hans", p.id)), 2)


class Posting(ServicesCase):
    """What a post must be: core's rules through the server, each with its code."""

    def test_bad_posts_are_refused_with_their_reason(self):
        now = int(time.time() * 1000)
        cases = (
            ("about care", dict(category="care"), "NOT_LIGHT_HELP"),
            ("about money", dict(category="money"), "NOT_LIGHT_HELP"),
            ("an unknown category", dict(category="gardening"), "CATEGORY_UNKNOWN"),
            ("no text", dict(text="   "), "TEXT_MISSING"),
            ("too long a text", dict(text="x" * 1001), "TEXT_TOO_LONG"),
            ("no time", dict(estimate_minutes=0), "ESTIMATE_INVALID"),
            ("more than 8 hours", dict(estimate_minutes=8 * 60 + 1), "ESTIMATE_INVALID"),
            ("an end before its start", dict(when_from_ms=now + 7200000,
                                             when_until_ms=now + 3600000), "WINDOW_INVALID"),
            ("a time that passed", dict(when_from_ms=now - 7200000, when_until_ms=now - 3600000),
             "WINDOW_PASSED"),
            ("repeating without a day", dict(repeat=pb.REPEAT_WEEKLY, repeat_until=day(30)),
             "REPEAT_NEEDS_DAY"),
            ("for another corridor", dict(gang="B"), "OTHER_GANG"),
            ("for someone unknown", dict(asker_id=new_id()), "MEMBER_UNKNOWN"),
        )
        ali = self.dev["Ali"]
        for case, fields, code in cases:
            with self.subTest(case=case):
                p = pb.ServicePost(id=new_id(), kind=REQUEST, category="groceries",
                                   text="Wie helpt?", estimate_minutes=60, gang="A",
                                   asker_id=self.ids["Ali"])
                for k, v in fields.items():
                    setattr(p, k, v)
                r = ali.push_one(ali.mutation(post_service=pb.PostService(post=p)))
                self.assertRefused(r, code)
                self.assertNotIn(p.id, self.fresh("Inge").posts)
        # Several problems at once: every code, in the form's order.
        p = pb.ServicePost(id=new_id(), kind=REQUEST, category="care", text="",
                           estimate_minutes=0, asker_id=self.ids["Ali"])
        r = ali.push_one(ali.mutation(post_service=pb.PostService(post=p)))
        self.assertRefused(r, "NOT_LIGHT_HELP,TEXT_MISSING,ESTIMATE_INVALID")
        # A post's id is its own: the same id again is refused, the first stays.
        first = self.posted("Ali", gang="A", text="Eerste")
        p = pb.ServicePost(id=first, kind=REQUEST, category="chat", text="Tweede",
                           estimate_minutes=30, asker_id=self.ids["Nina"])
        nina = self.dev["Nina"]
        self.assertRefused(nina.push_one(nina.mutation(post_service=pb.PostService(post=p))),
                           "ID_TAKEN")
        self.assertEqual(self.view(first).text, "Eerste")
        # What is not the poster's to set is the server's: a helper, a state, times of helping.
        p = pb.ServicePost(id=new_id(), kind=REQUEST, category="chat", text="Een praatje",
                           estimate_minutes=30, asker_id=self.ids["Ali"],
                           helper_id=self.ids["Hans"], state=pb.SERVICE_STATE_CLOSED,
                           posted_at_ms=1, expires_at_ms=2,
                           occurrences=[pb.ServiceOccurrence(id=new_id())],
                           stand_in_ids=[self.ids["Nina"]])
        self.assertEqual(code_of(ali.push_one(ali.mutation(
            post_service=pb.PostService(post=p)))), APPLIED)
        v = self.view(p.id)
        self.assertEqual((v.state, v.helper_id, len(v.occurrences), list(v.stand_in_ids),
                          v.posted_by, v.on_behalf),
                         (pb.SERVICE_STATE_OPEN, "", 0, [], self.ids["Ali"], False))
        self.assertEqual(v.expires_at_ms - v.posted_at_ms, 7 * DAY_MS)
        self.assertGreater(v.posted_at_ms, int(time.time() * 1000) - 60000)


class SilenceAndExpiry(ServicesCase):
    """Time passes on the server (--test-clock-offset-days): after 7 days of the asker's
    silence a reported time is credited as reported, exactly once; an open post expires after 7
    days and its poster can put it up again."""

    def restart(self, days):
        self.server.stop()
        self.server.extra = ["--test-clock-offset-days", str(days)]
        self.server.start()
        self.reconnect_all()

    def test_silence_credits_once_and_an_open_post_expires(self):
        silent = self.posted("Ali", gang="A")
        occ = new_id()
        self.ok("Hans", "take", silent)
        self.ok("Hans", "report", silent, occ, minutes=47)
        at_six = self.posted("Ali", gang="A")
        at_eight = self.posted("Ali", gang="")
        project_expiry = self.view(at_eight).expires_at_ms - self.view(at_eight).posted_at_ms
        self.assertEqual(project_expiry, 7 * DAY_MS)

        # Six days later: nothing is due yet.
        self.restart(6)
        self.assertEqual(self.view(silent).occurrences[0].state, pb.OCCURRENCE_STATE_REPORTED)
        self.assertEqual(self.service_entries("Inge", silent), [])
        self.ok("Nina", "take", at_six)  # not expired yet

        # Eight days later: the pull that comes first finds the time credited as reported.
        self.restart(8)
        entries = self.service_entries("Hans", silent)
        self.assertEqual([(e.member_id, e.minutes, e.source, e.source_id, e.day)
                          for e in entries],
                         [(self.ids["Hans"], 45, pb.ENTRY_SOURCE_SERVICE, silent,
                           self.view(silent).occurrences[0].day)])
        p = self.view(silent)
        o = p.occurrences[0]
        self.assertEqual((p.state, o.state, o.confirmed_minutes, o.confirmed_by, o.entry_id),
                         (pb.SERVICE_STATE_CLOSED, pb.OCCURRENCE_STATE_CREDITED, 45, "",
                          entries[0].id))
        # Exactly once, across pulls and pushes of several devices.
        for name in ("Inge", "Bea", "Hans", "Nina", "Ali"):
            d = self.dev[name]
            d.push_one(d.entry_mutation(minutes=30, offset=-1))
            self.fresh(name)
        for name in ("Inge", "Bea", "Hans"):
            self.assertEqual([e.id for e in self.service_entries(name, silent)],
                             [entries[0].id], name)
        self.assertEqual(self.service_entries("Ali", silent), [])
        # The asker can no longer confirm, but can still say it is not right.
        self.assertRefused(self.act("Ali", "confirm", silent, occ), "ALREADY_CREDITED")
        self.ok("Ali", "dispute", silent, occ, reason="Hij was er maar twintig minuten.")
        self.ok("Inge", "settle", silent, occ, credit=False, note="Geen uren: niet gedaan.")
        inge = [e for e in self.service_entries("Inge", silent)]
        self.assertEqual(sorted((e.voids, e.corrects) for e in inge),
                         [(False, ""), (True, entries[0].id)])

        # The open post has expired: refused to a taker, renewed by its poster only.
        p = self.view(at_eight)
        self.assertEqual(p.state, pb.SERVICE_STATE_OPEN)
        self.assertLess(p.expires_at_ms, int(time.time() * 1000) + 8 * DAY_MS)
        r = self.act("Bas", "take", at_eight)
        self.assertRefused(r, "POST_EXPIRED")
        self.assertEqual(r.message, "This has expired. The person who posted it can put it up "
                                    "again.")
        self.assertRefused(self.act("Nina", "renew", at_eight), "NOT_YOUR_POST")
        self.assertRefused(self.act("Gert", "renew", at_eight), "NOT_YOUR_POST")
        self.ok("Ali", "renew", at_eight)
        p = self.view(at_eight)
        server_now = int(time.time() * 1000) + 8 * DAY_MS
        self.assertGreater(p.expires_at_ms, server_now + 6 * DAY_MS)
        self.assertEqual(p.expires_at_ms - p.posted_at_ms, 7 * DAY_MS)
        self.ok("Bas", "take", at_eight)
        self.assertEqual(self.view(at_eight).helper_id, self.ids["Bas"])
        # The post taken at six days did not expire under its helper.
        self.assertEqual(self.view(at_six).helper_id, self.ids["Nina"])
        self.ok("Nina", "report", at_six)


# =============================================================================================


class Audiences(ServicesCase):
    """Every role and relationship pulls from scratch: the asker (Ali), the helper (Hans),
    another resident of the corridor (Nina), the corridor's gangmaker (Gert), a resident and the
    gangmaker of another corridor (Bas, Bo) and the beheerders (Inge, Bea)."""

    VIEWERS = ("Ali", "Hans", "Nina", "Gert", "Bas", "Bo", "Inge", "Bea")
    PARTIES = ("Ali", "Hans")
    BEHEERDERS = ("Inge", "Bea")

    def pull_all(self):
        return {name: self.fresh(name).posts for name in self.VIEWERS}

    def message_ids(self, post):
        return [m.id for m in post.messages]

    def send(self, name, post_id, text):
        d = self.dev[name]
        m = d.mutation(send_service_message=pb.SendServiceMessage(
            post_id=post_id, message_id=new_id(), text=text))
        return d.push_one(m), m.send_service_message.message_id

    def test_who_receives_what(self):
        # A request of corridor A: Hans helps; they talk; Nina offers to stand in; Hans reports.
        gang_post = self.posted("Ali", gang="A")
        self.ok("Hans", "take", gang_post)
        r, m1 = self.send("Ali", gang_post, "Kun je melk meenemen?")
        self.assertEqual(code_of(r), APPLIED)
        r, m2 = self.send("Hans", gang_post, "Ja, om drie uur.")
        self.assertEqual(code_of(r), APPLIED)
        for name in ("Nina", "Gert", "Inge"):  # nobody else talks in it
            self.assertRefused(self.send(name, gang_post, "Mag ik meepraten?")[0], "NOT_A_PARTY")
        self.assertRefused(self.send("Bas", gang_post, "Hallo")[0], "POST_UNKNOWN")
        self.ok("Nina", "stand_in", gang_post)
        occ = new_id()
        self.ok("Hans", "report", gang_post, occ, minutes=30)
        # A request for everyone, for which the beheerder suggests Hans (by his talents).
        project_post = self.posted("Ali", gang="")
        self.ok("Inge", "talents", "", member_id=self.ids["Hans"], talents=("groceries", "ict"))
        self.ok("Bea", "talents", "", member_id=self.ids["Ali"], talents=("language",))
        self.ok("Inge", "suggest", project_post, member_id=self.ids["Hans"])
        # Gert asks for Nina, for everyone (on behalf).
        behalf = self.posted("Gert", gang="", for_whom="Nina",
                             text="Nina zoekt hulp met een brief van de gemeente.")
        # A post the beheerder hides.
        hidden = self.posted("Ali", gang="", text="Wie koopt mijn oude fiets?")
        self.ok("Inge", "hide", hidden)
        # A request of corridor B.
        b_post = self.posted("Bas", gang="B")

        got = self.pull_all()
        for viewer in self.VIEWERS:
            role, gang = self.people[viewer]
            beheerder = role == "beheerder"
            posts = got[viewer]
            with self.subTest(viewer=viewer):
                # A corridor's post reaches its corridor and the beheerders only.
                want = {project_post, behalf, hidden}
                if beheerder or gang == "A":
                    want.add(gang_post)
                if beheerder or gang == "B":
                    want.add(b_post)
                self.assertEqual(set(posts) & {gang_post, project_post, behalf, hidden, b_post},
                                 want)
                if gang_post in posts:
                    p = posts[gang_post]
                    party = viewer in self.PARTIES
                    # The corridor's gangmaker may confirm for a neighbour without the app:
                    # they see who helps and the times to confirm (not the messages).
                    confirms = party or beheerder or viewer == "Gert"
                    self.assertEqual(p.asker_id, self.ids["Ali"])
                    self.assertEqual(p.helper_id, self.ids["Hans"] if confirms else "")
                    self.assertEqual([o.id for o in p.occurrences], [occ] if confirms else [])
                    # Messages: asker and helper only (no time is disputed).
                    self.assertEqual(self.message_ids(p), [m1, m2] if party else [])
                    # A stand-in: its own device and the beheerders.
                    self.assertEqual(list(p.stand_in_ids),
                                     [self.ids["Nina"]] if viewer == "Nina" or beheerder else [])
                p = posts[project_post]
                self.assertEqual(p.suggested_helper_id,
                                 self.ids["Hans"] if viewer == "Hans" or beheerder else "")
                # On behalf: the neighbour's name stays with her, the poster, the beheerders.
                p = posts[behalf]
                self.assertEqual((p.on_behalf, p.posted_by), (True, self.ids["Gert"]))
                self.assertEqual(p.asker_id, self.ids["Nina"]
                                 if viewer in ("Nina", "Gert") or beheerder else "")
                self.assertEqual(p.text, "Nina zoekt hulp met een brief van de gemeente.")
                # Hidden: its text and the reason only for the poster and the beheerders.
                p = posts[hidden]
                self.assertEqual(p.state, pb.SERVICE_STATE_HIDDEN)
                sees = viewer == "Ali" or beheerder
                self.assertEqual((p.text, p.hidden_reason),
                                 ("Wie koopt mijn oude fiets?", "Dit is geen burenhulp.")
                                 if sees else ("", ""))
                # Talents: the member and the beheerders.
                members = self.dev[viewer].members
                self.assertEqual(list(members[self.ids["Hans"]].talents),
                                 ["groceries", "ict"] if viewer == "Hans" or beheerder else [])
                self.assertEqual(list(members[self.ids["Ali"]].talents),
                                 ["language"] if viewer == "Ali" or beheerder else [])

        # Ali says the time is not right: while it is disputed, the beheerders read along and
        # may write.
        self.ok("Ali", "dispute", gang_post, occ, reason="Het was maar twintig minuten.")
        r, m3 = self.send("Inge", gang_post, "Ik kijk ernaar. Klopt 20 minuten?")
        self.assertEqual(code_of(r), APPLIED, r.message)
        self.assertRefused(self.send("Gert", gang_post, "Ik ook?")[0], "NOT_A_PARTY")
        got = self.pull_all()
        for viewer in self.VIEWERS:
            with self.subTest(viewer=viewer, disputed=True):
                p = got[viewer].get(gang_post)
                if p is None:
                    self.assertEqual(self.people[viewer][1], "B")
                    continue
                sees = viewer in self.PARTIES or viewer in self.BEHEERDERS
                self.assertEqual(self.message_ids(p), [m1, m2, m3] if sees else [])
        # Settled: no longer disputed, the beheerders keep only what they wrote themselves.
        self.ok("Bea", "settle", gang_post, occ, minutes=20)
        got = self.pull_all()
        want = dict(Ali=[m1, m2, m3], Hans=[m1, m2, m3], Inge=[m3], Bea=[], Nina=[], Gert=[])
        for viewer, ids in want.items():
            with self.subTest(viewer=viewer, settled=True):
                self.assertEqual(self.message_ids(got[viewer][gang_post]), ids)

    def test_a_conversation_stays_with_its_helper(self):
        post_id = self.posted("Ali", gang="A")
        self.ok("Hans", "take", post_id)
        _, to_hans = self.send("Ali", post_id, "Kom je dinsdag?")
        _, from_hans = self.send("Hans", post_id, "Nee, het lukt me niet.")
        self.ok("Nina", "stand_in", post_id)
        self.ok("Hans", "release", post_id)  # Nina helps now
        _, to_nina = self.send("Ali", post_id, "Nina, kom je dinsdag?")
        _, from_nina = self.send("Nina", post_id, "Ja!")
        self.assertRefused(self.send("Hans", post_id, "Succes!")[0], "NOT_A_PARTY")
        got = self.pull_all()
        self.assertEqual(self.message_ids(got["Ali"][post_id]),
                         [to_hans, from_hans, to_nina, from_nina])
        self.assertEqual(self.message_ids(got["Hans"][post_id]), [to_hans, from_hans])
        self.assertEqual(self.message_ids(got["Nina"][post_id]), [to_nina, from_nina])
        for name in ("Gert", "Inge", "Bea"):
            self.assertEqual(self.message_ids(got[name][post_id]), [], name)

    def test_an_offer_taken(self):
        # Hans offers ICT help to everyone; Bas (corridor B) takes it and is the one helped.
        offer = self.posted("Hans", gang="", kind=OFFER, category="ict",
                            text="Ik help met je telefoon.")
        self.assertRefused(self.act("Hans", "take", offer), "OWN_POST")
        self.ok("Bas", "take", offer)
        occ = new_id()
        self.assertRefused(self.act("Bas", "report", offer), "NOT_THE_HELPER")
        self.ok("Hans", "report", offer, occ, minutes=40)
        self.assertRefused(self.act("Hans", "confirm", offer, occ), "NOT_THE_ASKER")
        self.ok("Bas", "confirm", offer, occ)
        got = self.pull_all()
        for viewer in self.VIEWERS:
            with self.subTest(viewer=viewer):
                p = got[viewer][offer]
                party = viewer in ("Hans", "Bas") or viewer in self.BEHEERDERS
                self.assertEqual((p.kind, p.state, p.posted_by),
                                 (OFFER, pb.SERVICE_STATE_CLOSED, self.ids["Hans"]))
                self.assertEqual(p.asker_id, self.ids["Bas"] if party else "")
                entries = [e for e in self.dev[viewer].entries.values() if e.source_id == offer]
                self.assertEqual([(e.member_id, e.minutes) for e in entries],
                                 [(self.ids["Hans"], 40)]
                                 if viewer in ("Hans", "Inge", "Bea") else [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
