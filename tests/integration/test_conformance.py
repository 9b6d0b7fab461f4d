"""Conformance of gangwerk-server with sync.proto, through an independent client generated from
the .proto alone: enrolment, exactly-once push, filtered pull, auth and protocol errors."""

import threading
import unittest

import grpc

import gwtest
from gwtest import (PROTOCOL, Device, Server, ServerTestCase, day, new_id, pb, pb_grpc,
                    run_cli)


class Conformance(ServerTestCase):

    def test_enrol_push_pull(self):
        dev = self.enrol("resident", name="anna-phone", display_name="Anna")
        self.assertEqual(dev.member.role, pb.ROLE_RESIDENT)
        self.assertEqual(dev.member.display_name, "Anna")
        self.assertEqual(dev.project.name, self.server.project)
        self.assertEqual(dev.project.requirement_minutes, 600)
        self.assertEqual(dev.project.requirement_period, pb.PERIOD_MONTH)
        self.assertEqual(dev.project.time_zone, "Europe/Amsterdam")
        self.assertIn("buurtdienst", dev.project.categories)
        self.assertEqual(len(dev.token), 43)

        muts = [dev.entry_mutation(minutes=90), dev.entry_mutation(minutes=30, offset=-1)]
        resp = dev.push(muts)
        self.assertEqual([r.outcome for r in resp.results], [pb.OUTCOME_APPLIED] * 2)
        self.assertEqual([r.client_seq for r in resp.results], [1, 2])
        self.assertEqual([r.mutation_id for r in resp.results], [m.mutation_id for m in muts])
        self.assertEqual(resp.next_client_seq, 3)

        dev.sync_down()
        self.assertIn(dev.project.id, dev.projects)
        self.assertIn(dev.member.id, dev.members)
        self.assertEqual(set(dev.entries), {m.append_hour_entry.entry.id for m in muts})
        got = dev.entries[muts[0].append_hour_entry.entry.id]
        self.assertEqual(got, muts[0].append_hour_entry.entry)
        # Nothing new: an empty page, same position.
        resp = dev.pull_page()
        self.assertEqual(len(resp.changes), 0)
        self.assertFalse(resp.has_more)
        self.assertFalse(resp.reset)

    def test_duplicate_push_answers_original_outcome_and_applies_once(self):
        dev = self.enrol()
        batch = [dev.entry_mutation(minutes=45), dev.entry_mutation(offset=+3),
                 dev.entry_mutation(minutes=20)]
        first = dev.push(batch)
        self.assertEqual([r.outcome for r in first.results],
                         [pb.OUTCOME_APPLIED, pb.OUTCOME_REJECTED, pb.OUTCOME_APPLIED])
        second = dev.push(batch)
        self.assertEqual([r.outcome for r in second.results], [pb.OUTCOME_DUPLICATE] * 3)
        self.assertEqual([r.original_outcome for r in second.results],
                         [pb.OUTCOME_APPLIED, pb.OUTCOME_REJECTED, pb.OUTCOME_APPLIED])
        self.assertEqual(second.results[1].reason_code, "DAY_IN_FUTURE")
        self.assertEqual(second.results[1].message, first.results[1].message)
        self.assertEqual(second.next_client_seq, 4)
        dev.sync_down()
        self.assertEqual(len(dev.entries), 2)

    def test_a_mutation_sent_again_under_a_new_seq_keeps_its_first_outcome(self):
        """A device that renumbered (restored from a copy of its store) sends a change the
        server has under another client_seq: its first outcome, no second effect; retries of
        either number get that outcome, and a number that carried another id is a conflict."""
        dev = self.enrol()
        ok, refused = dev.entry_mutation(minutes=45), dev.entry_mutation(offset=+3)
        first = dev.push([ok, refused])
        self.assertEqual([r.outcome for r in first.results],
                         [pb.OUTCOME_APPLIED, pb.OUTCOME_REJECTED])
        ok_again, refused_again = pb.Mutation(), pb.Mutation()
        ok_again.CopyFrom(ok)
        refused_again.CopyFrom(refused)
        ok_again.client_seq, refused_again.client_seq = 3, 4
        malformed = dev.entry_mutation(seq=5)
        malformed.mutation_id = "not-an-id"
        new = dev.entry_mutation(seq=6, minutes=20)
        dev.seq = 6
        second = dev.push([ok_again, refused_again, malformed, new])
        self.assertEqual([(r.outcome, r.original_outcome, r.reason_code)
                          for r in second.results],
                         [(pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED, ""),
                          (pb.OUTCOME_DUPLICATE, pb.OUTCOME_REJECTED, "DAY_IN_FUTURE"),
                          (pb.OUTCOME_REJECTED, pb.OUTCOME_UNSPECIFIED, "INVALID"),
                          (pb.OUTCOME_APPLIED, pb.OUTCOME_UNSPECIFIED, "")])
        self.assertEqual(second.next_client_seq, 7)
        # Every number sent again, with what it carried: the outcome it got first.
        third = dev.push([ok, refused, ok_again, refused_again, malformed, new])
        self.assertEqual([(r.client_seq, r.outcome, r.original_outcome, r.reason_code)
                          for r in third.results],
                         [(1, pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED, ""),
                          (2, pb.OUTCOME_DUPLICATE, pb.OUTCOME_REJECTED, "DAY_IN_FUTURE"),
                          (3, pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED, ""),
                          (4, pb.OUTCOME_DUPLICATE, pb.OUTCOME_REJECTED, "DAY_IN_FUTURE"),
                          (5, pb.OUTCOME_DUPLICATE, pb.OUTCOME_REJECTED, "INVALID"),
                          (6, pb.OUTCOME_DUPLICATE, pb.OUTCOME_APPLIED, "")])
        # A number with an id it did not carry, known or not: a conflict, nothing changed.
        swapped = pb.Mutation()
        swapped.CopyFrom(ok)
        swapped.client_seq = 6
        stranger = dev.entry_mutation(seq=3)
        fourth = dev.push([stranger, swapped])
        self.assertEqual([r.reason_code for r in fourth.results],
                         ["SEQUENCE_CONFLICT", "SEQUENCE_CONFLICT"])
        self.assertEqual(fourth.next_client_seq, 7)
        dev.sync_down()
        self.assertEqual(sorted(e.minutes for e in dev.entries.values()), [20, 45])

    def test_concurrent_repeated_pushes_apply_once(self):
        dev = self.enrol()
        batch = [dev.entry_mutation(minutes=5 + i, offset=-(i % 20)) for i in range(30)]
        outcomes = []
        errors = []
        lock = threading.Lock()

        def pusher():
            own = Device.__new__(Device)
            own.__dict__.update(dev.__dict__)
            own.channel = gwtest.channel(self.server.address, ready=True)
            from gwtest import pb_grpc
            own.stub = pb_grpc.SyncServiceStub(own.channel)
            try:
                for _ in range(3):
                    resp = own.push(batch)
                    with lock:
                        outcomes.extend((r.mutation_id, r.outcome) for r in resp.results)
            except grpc.RpcError as e:
                errors.append(e)
            finally:
                own.channel.close()

        threads = [threading.Thread(target=pusher) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        applied = [mid for mid, o in outcomes if o == pb.OUTCOME_APPLIED]
        self.assertEqual(sorted(applied), sorted(m.mutation_id for m in batch))
        self.assertEqual(len(outcomes), 8 * 3 * 30)
        self.assertTrue(all(o in (pb.OUTCOME_APPLIED, pb.OUTCOME_DUPLICATE) for _, o in outcomes))
        dev.sync_down()
        self.assertEqual(len(dev.entries), 30)

    def test_sequence_gap_refused_without_effect(self):
        dev = self.enrol()
        gap = dev.entry_mutation(seq=3)
        resp = dev.push([gap])
        self.assertEqual(resp.results[0].outcome, pb.OUTCOME_REJECTED)
        self.assertEqual(resp.results[0].reason_code, "SEQUENCE_GAP")
        self.assertEqual(resp.next_client_seq, 1)
        dev.sync_down()
        self.assertEqual(dev.entries, {})

        # 1 applies; 3 is a gap, and nothing after a gap applies either.
        one, three, four = (dev.entry_mutation(seq=s) for s in (1, 3, 4))
        resp = dev.push([four, one, three])
        self.assertEqual([(r.client_seq, r.outcome, r.reason_code) for r in resp.results],
                         [(1, pb.OUTCOME_APPLIED, ""),
                          (3, pb.OUTCOME_REJECTED, "SEQUENCE_GAP"),
                          (4, pb.OUTCOME_REJECTED, "SEQUENCE_GAP")])
        self.assertEqual(resp.next_client_seq, 2)
        dev.sync_down()
        self.assertEqual(set(dev.entries), {one.append_hour_entry.entry.id})

        # Sent out of order within one batch, applied in client_seq order.
        two = dev.entry_mutation(seq=2)
        resp = dev.push([four, three, two])
        self.assertEqual([r.client_seq for r in resp.results], [2, 3, 4])
        self.assertTrue(all(r.outcome == pb.OUTCOME_APPLIED for r in resp.results))

        # A used client_seq with another mutation id is a conflict, not a duplicate.
        other = dev.entry_mutation(seq=2)
        resp = dev.push([other])
        self.assertEqual(resp.results[0].reason_code, "SEQUENCE_CONFLICT")
        dev.sync_down()
        self.assertEqual(len(dev.entries), 4)

    def test_tokens(self):
        dev = self.enrol()
        good = dev.token
        for token in ("", "not-a-token", good[:-1] + ("A" if good[-1] != "A" else "B")):
            md = (("authorization", f"Bearer {token}"),) if token else ()
            self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, dev.stub.Push,
                                pb.PushRequest(protocol_version=PROTOCOL), metadata=md)
            self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, dev.stub.Pull,
                                pb.PullRequest(protocol_version=PROTOCOL), metadata=md)
        dev.push([dev.entry_mutation()])

        run_cli("revoke-device", "--data", self.server.data, "--device", dev.device_id)
        self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, dev.push, [dev.entry_mutation()])
        self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, dev.pull_page)
        listing = run_cli("list-devices", "--data", self.server.data).stdout
        self.assertRegex(listing, dev.device_id + r"\t.*\trevoked\t")

    def test_invite_is_single_use(self):
        code = self.server.invite("resident")
        Device(self.server, code)
        err = self.assertRpcError(grpc.StatusCode.NOT_FOUND, Device, self.server, code)
        self.assertIn("invite code", err.details())
        # Case, spaces and dashes do not matter; a wrong code is refused.
        code2 = self.server.invite("gangmaker")
        dev = Device(self.server, " " + code2.replace("-", " ").lower() + " ")
        self.assertEqual(dev.member.role, pb.ROLE_GANGMAKER)
        # A second device for the same member.
        out = run_cli("invite", "--data", self.server.data, "--project", self.server.project,
                      "--member", dev.member.id).stdout
        second = Device(self.server, out.strip().splitlines()[-1], name="tablet")
        self.assertEqual(second.member.id, dev.member.id)
        self.assertNotEqual(second.device_id, dev.device_id)
        self.assertNotEqual(second.token, dev.token)

    def test_message_over_4_mib_refused_and_server_keeps_serving(self):
        dev = self.enrol()
        big = dev.entry_mutation(note="x" * (4 * 1024 * 1024 + 10))
        self.assertRpcError(grpc.StatusCode.RESOURCE_EXHAUSTED, dev.push, [big])
        dev.seq -= 1
        resp = dev.push([dev.entry_mutation()])
        self.assertEqual(resp.results[0].outcome, pb.OUTCOME_APPLIED)

    def test_malformed_protobuf_is_invalid_argument(self):
        dev = self.enrol()
        for method in ("Enroll", "Push", "Pull"):
            call = dev.channel.unary_unary(f"/gangwerk.sync.v1.SyncService/{method}",
                                           request_serializer=lambda b: b,
                                           response_deserializer=lambda b: b)
            for junk in (b"\xff\xff\xff\xff", b"\x0a\x05ab", b"\x12\xff\xff\xff\xff\x0f"):
                self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, call, junk,
                                    metadata=dev.metadata, timeout=10)
        self.assertEqual(dev.push([dev.entry_mutation()]).results[0].outcome,
                         pb.OUTCOME_APPLIED)

    def test_resident_never_receives_other_members_hours(self):
        anna = self.enrol(display_name="Anna")
        bram = self.enrol(display_name="Bram")
        boss = self.enrol("beheerder", display_name="Beheer")
        a = [anna.entry_mutation(minutes=60, note="anna's note")]
        b = [bram.entry_mutation(minutes=30), bram.entry_mutation(minutes=15)]
        self.assertTrue(all(r.outcome == pb.OUTCOME_APPLIED for r in anna.push(a).results))
        self.assertTrue(all(r.outcome == pb.OUTCOME_APPLIED for r in bram.push(b).results))
        for dev in (anna, bram, boss):
            dev.sync_down()
        ids = lambda ms: {m.append_hour_entry.entry.id for m in ms}
        self.assertEqual(set(anna.entries), ids(a))
        self.assertEqual(set(bram.entries), ids(b))
        self.assertTrue(ids(a) | ids(b) <= set(boss.entries))
        self.assertTrue(all(e.member_id == anna.member.id for e in anna.entries.values()))
        # Members are shared: the resident sees Bram's public fields.
        self.assertIn(bram.member.id, anna.members)
        self.assertIn(boss.member.id, anna.members)
        # A resident cannot log hours for someone else.
        resp = anna.push([anna.entry_mutation(member_id=bram.member.id)])
        self.assertEqual(resp.results[0].reason_code, "PERMISSION_DENIED")
        self.assertTrue(resp.results[0].message)

    def test_beheerder_pause_syncs(self):
        anna = self.enrol(display_name="Anna")
        bram = self.enrol(display_name="Bram")
        boss = self.enrol("beheerder")
        until = day(30)
        resp = anna.push([anna.pause_mutation(anna.member.id, until)])
        self.assertEqual(resp.results[0].outcome, pb.OUTCOME_REJECTED)
        self.assertEqual(resp.results[0].reason_code, "PERMISSION_DENIED")
        resp = boss.push([boss.pause_mutation(anna.member.id, until)])
        self.assertEqual(resp.results[0].outcome, pb.OUTCOME_APPLIED)
        for dev in (anna, bram, boss):
            dev.sync_down()
        self.assertEqual(anna.members[anna.member.id].paused_until, until)
        self.assertEqual(boss.members[anna.member.id].paused_until, until)
        # No one else's pause reaches a resident.
        self.assertEqual(bram.members[anna.member.id].paused_until, "")
        self.assertEqual(bram.members[anna.member.id].display_name, "Anna")
        # Lifting the pause syncs too.
        boss.push([boss.pause_mutation(anna.member.id, "")])
        anna.sync_down()
        self.assertEqual(anna.members[anna.member.id].paused_until, "")
        resp = boss.push([boss.pause_mutation(anna.member.id, "31-12-2024")])
        self.assertEqual(resp.results[0].reason_code, "INVALID")
        resp = boss.push([boss.pause_mutation(new_id(), until)])
        self.assertEqual(resp.results[0].reason_code, "MEMBER_UNKNOWN")

    def test_a_pause_acts_from_its_day_and_lifting_keeps_the_past(self):
        """A pause is a period: it starts on the (server's) day it is set, never before, and
        lifting it later keeps the days it covered. Why it was set reaches beheerders only."""
        server = Server(extra_serve_args=("--test-clock-offset-days", "-10"))
        self.addCleanup(server.cleanup)
        server.start()
        anna = Device(server, server.invite("resident"), display_name="Anna")
        bram = Device(server, server.invite("resident"), display_name="Bram")
        boss = Device(server, server.beheerder_code)
        # Ten days ago (the server's today): paused until 20 days from now, with a reason.
        boss.seq += 1
        pause = pb.Mutation(mutation_id=new_id(), client_seq=boss.seq,
                            pause_requirement=pb.PauseRequirement(
                                member_id=anna.member.id, paused_until=day(20),
                                reason="in het ziekenhuis"))
        self.assertEqual(boss.push([pause]).results[0].outcome, pb.OUTCOME_APPLIED)
        # An end before today is refused: a pause never reaches back.
        resp = boss.push([boss.pause_mutation(anna.member.id, day(-12))])
        self.assertEqual(resp.results[0].reason_code, "PAUSE_IN_PAST")
        self.assertTrue(resp.results[0].message)
        self.assertEqual(server.stop(), 0)

        # Today: the pause is lifted. What it covered stays paused.
        server.extra = []
        server.start(server.port)
        for dev in (anna, bram, boss):
            dev.reconnect()
        self.assertEqual(boss.push([boss.pause_mutation(anna.member.id, "")]).results[0].outcome,
                         pb.OUTCOME_APPLIED)
        for dev in (anna, bram, boss):
            dev.sync_down()
        seen = boss.members[anna.member.id]
        self.assertEqual([(getattr(p, "from"), p.until) for p in seen.pauses],
                         [(day(-10), day(-1))])
        self.assertEqual(seen.pauses[0].reason, "in het ziekenhuis")
        self.assertEqual(seen.pauses[0].set_by, boss.member.id)
        self.assertEqual(seen.paused_until, "")
        own = anna.members[anna.member.id]
        self.assertEqual([(getattr(p, "from"), p.until) for p in own.pauses],
                         [(day(-10), day(-1))])
        self.assertEqual(own.pauses[0].reason, "")  # the reason is the beheerder's alone
        self.assertEqual(list(bram.members[anna.member.id].pauses), [])  # not a neighbour's
        # A new pause starts today, beside the old one.
        boss.push([boss.pause_mutation(anna.member.id, day(5))])
        boss.sync_down()
        self.assertEqual([(getattr(p, "from"), p.until)
                          for p in boss.members[anna.member.id].pauses],
                         [(day(-10), day(-1)), (day(0), day(5))])
        self.assertEqual(server.stop(), 0)

    def test_a_removal_carries_nothing_of_its_own(self):
        dev = self.enrol()
        entry = dev.entry_mutation(offset=-3, category="commissie")
        self.assertEqual(dev.push([entry]).results[0].outcome, pb.OUTCOME_APPLIED)
        target = entry.append_hour_entry.entry.id
        bad = [
            dev.entry_mutation(minutes=999, offset=-3, category="commissie", corrects=target,
                               voids=True),
            dev.entry_mutation(minutes=0, offset=-4, category="commissie", corrects=target,
                               voids=True),
            dev.entry_mutation(minutes=0, offset=-3, category="nope", corrects=target,
                               voids=True),
            dev.entry_mutation(minutes=0, offset=-3, category="commissie", note="x" * 100000,
                               corrects=target, voids=True),
        ]
        for r in dev.push(bad).results:
            self.assertEqual(r.outcome, pb.OUTCOME_REJECTED)
            self.assertEqual(r.reason_code, "VOID_MISMATCH")
        good = dev.entry_mutation(minutes=0, offset=-3, category="commissie", corrects=target,
                                  voids=True)
        self.assertEqual(dev.push([good]).results[0].outcome, pb.OUTCOME_APPLIED)

    def test_malformed_ids_and_impossible_times(self):
        dev = self.enrol()
        junk = dev.entry_mutation()
        junk.mutation_id = "x" * 2_000_000
        odd_time = dev.entry_mutation()
        odd_time.append_hour_entry.entry.created_at_ms = -(2 ** 62)
        resp = dev.push([junk, odd_time])
        self.assertEqual(resp.results[0].outcome, pb.OUTCOME_REJECTED)
        self.assertEqual(resp.results[0].reason_code, "INVALID")
        # The malformed change used up its seq; the next one is not stuck behind it.
        self.assertEqual(resp.results[1].outcome, pb.OUTCOME_APPLIED)
        self.assertEqual(resp.next_client_seq, 3)
        dev.sync_down()
        stored = dev.entries[odd_time.append_hour_entry.entry.id]
        self.assertGreater(stored.created_at_ms, 1577836800000)  # replaced by the server's time

    def test_rule_violations_come_back_with_reason(self):
        dev = self.enrol()
        cases = [
            (dev.entry_mutation(offset=+1), "DAY_IN_FUTURE"),
            (dev.entry_mutation(offset=-200), "DAY_TOO_OLD"),
            (dev.entry_mutation(minutes=2), "MINUTES_TOO_FEW"),
            (dev.entry_mutation(minutes=13 * 60), "MINUTES_TOO_MANY"),
            (dev.entry_mutation(category="skydiving"), "CATEGORY_UNKNOWN"),
            (dev.entry_mutation(note="n" * 501), "NOTE_TOO_LONG"),
            (dev.entry_mutation(offset=+1, minutes=1), "DAY_IN_FUTURE,MINUTES_TOO_FEW"),
        ]
        resp = dev.push([m for m, _ in cases])
        for (m, code), r in zip(cases, resp.results):
            self.assertEqual(r.outcome, pb.OUTCOME_REJECTED, code)
            self.assertEqual(r.reason_code, code)
            self.assertTrue(r.message)
        self.assertIn("future", resp.results[0].message)
        # The day total counts what the server already has.
        ok = dev.entry_mutation(minutes=12 * 60, offset=-5)
        over = dev.entry_mutation(minutes=5 * 60, offset=-5)
        resp = dev.push([ok, over])
        self.assertEqual(resp.results[0].outcome, pb.OUTCOME_APPLIED)
        self.assertEqual(resp.results[1].reason_code, "DAY_TOTAL_TOO_MANY")
        # Corrections: replace own entry once; a second correction of it is refused.
        target = ok.append_hour_entry.entry.id
        fix = dev.entry_mutation(minutes=11 * 60, offset=-5, corrects=target)
        again = dev.entry_mutation(minutes=60, offset=-5, corrects=target)
        gone = dev.entry_mutation(minutes=0, offset=-5, corrects=new_id(), voids=True)
        resp = dev.push([fix, again, gone])
        self.assertEqual([r.reason_code for r in resp.results],
                         ["", "ALREADY_CORRECTED", "TARGET_MISSING"])
        void = dev.entry_mutation(minutes=0, offset=-5,
                                  corrects=fix.append_hour_entry.entry.id, voids=True)
        self.assertEqual(dev.push([void]).results[0].outcome, pb.OUTCOME_APPLIED)
        # Malformed ids are refused, and an id is used once.
        bad = dev.entry_mutation()
        bad.append_hour_entry.entry.id = "not-a-uuid"
        reuse = dev.entry_mutation()
        reuse.append_hour_entry.entry.id = void.append_hour_entry.entry.id
        # A taken id is what is wrong first, whatever else is (the server finds it as it
        # writes, not before it checks the rules).
        reuse_too_long = dev.entry_mutation(minutes=25 * 60)
        reuse_too_long.append_hour_entry.entry.id = ok.append_hour_entry.entry.id
        reuse_as_removal = dev.entry_mutation(minutes=0, voids=True)
        reuse_as_removal.append_hour_entry.entry.id = fix.append_hour_entry.entry.id
        empty = pb.Mutation(mutation_id=new_id(), client_seq=dev.seq + 1)
        dev.seq += 1
        resp = dev.push([bad, reuse, reuse_too_long, reuse_as_removal, empty])
        self.assertEqual([r.reason_code for r in resp.results],
                         ["INVALID", "ID_TAKEN", "ID_TAKEN", "ID_TAKEN", "UNKNOWN_MUTATION"])

    def test_day_total_follows_each_change_of_one_push(self):
        # The server keeps a day's total while it applies a push (it reads each day once): every
        # entry, correction and removal of the push counts for the ones after it.
        dev = self.enrol()
        first = dev.entry_mutation(minutes=10 * 60, offset=-6)
        self.assertEqual(dev.push([first]).results[0].outcome, pb.OUTCOME_APPLIED)
        one = dev.entry_mutation(minutes=60, offset=-6)  # 11 h
        fix = dev.entry_mutation(minutes=4 * 60, offset=-6,
                                 corrects=first.append_hour_entry.entry.id)  # 4 + 1 = 5 h
        big = dev.entry_mutation(minutes=10 * 60, offset=-6)  # 15 h
        over = dev.entry_mutation(minutes=2 * 60, offset=-6)  # 17 h: refused
        gone = dev.entry_mutation(minutes=0, offset=-6, corrects=big.append_hour_entry.entry.id,
                                  voids=True)  # 5 h
        full = dev.entry_mutation(minutes=11 * 60, offset=-6)  # 16 h: what a day holds
        more = dev.entry_mutation(minutes=5, offset=-6)  # refused
        elsewhere = dev.entry_mutation(minutes=12 * 60, offset=-7)  # another day counts alone
        resp = dev.push([one, fix, big, over, gone, full, more, elsewhere])
        self.assertEqual([r.reason_code for r in resp.results],
                         ["", "", "", "DAY_TOTAL_TOO_MANY", "", "", "DAY_TOTAL_TOO_MANY", ""])
        # And the next push counts what this one left: 16 h on that day.
        self.assertEqual(dev.push([dev.entry_mutation(minutes=5, offset=-6)]).results[0]
                         .reason_code, "DAY_TOTAL_TOO_MANY")

    def test_own_changes_come_in_brief_when_asked(self):
        # A device that asks gets back what it sent, as the server stored it, as ids only: it
        # holds those records already. Everyone else, and a device that does not ask, gets them
        # whole; so does the sender when the server changed what it stored.
        dev = self.enrol()
        mine = [dev.entry_mutation(minutes=30 + i, offset=-i) for i in range(3)]
        odd = dev.entry_mutation(minutes=20)
        odd.append_hour_entry.entry.created_at_ms = 1000  # 1970: the server stores its own time
        self.assertEqual([r.outcome for r in dev.push(mine + [odd]).results],
                         [pb.OUTCOME_APPLIED] * 4)
        boss = self.enrol("beheerder")
        for_dev = boss.entry_mutation(minutes=15, member_id=dev.member.id)
        self.assertEqual(boss.push_one(for_dev).outcome, pb.OUTCOME_APPLIED)

        def entries(device, brief):
            resp = device.stub.Pull(pb.PullRequest(protocol_version=PROTOCOL,
                                                   brief_own_changes_through=brief),
                                    metadata=device.metadata, timeout=10)
            self.assertFalse(resp.has_more)
            return {c.hour_entry.id: c for c in resp.changes
                    if c.WhichOneof("record") == "hour_entry"}

        sent = {m.append_hour_entry.entry.id: m.append_hour_entry.entry for m in mine}
        brief = entries(dev, dev.seq)
        self.assertEqual(len(brief), 5)
        for entry_id, entry in sent.items():
            c = brief[entry_id]
            self.assertTrue(c.own)
            self.assertGreater(c.seq, 0)
            self.assertEqual(c.hour_entry, pb.HourEntry(id=entry_id))  # only the id
        # Stored otherwise than sent (its time replaced): whole.
        stored = brief[odd.append_hour_entry.entry.id]
        self.assertFalse(stored.own)
        self.assertEqual(stored.hour_entry.minutes, 20)
        self.assertGreater(stored.hour_entry.created_at_ms, 1000)
        # Logged for this member by another device: whole.
        other = brief[for_dev.append_hour_entry.entry.id]
        self.assertFalse(other.own)
        self.assertEqual(other.hour_entry, for_dev.append_hour_entry.entry)
        # Not asked: everything whole, exactly as sent.
        whole = entries(dev, 0)
        self.assertEqual(whole.keys(), brief.keys())
        for entry_id, entry in sent.items():
            self.assertFalse(whole[entry_id].own)
            self.assertEqual(whole[entry_id].hour_entry, entry)
            self.assertEqual(whole[entry_id].seq, brief[entry_id].seq)
        # The beheerder's device sees the resident's entries whole, and its own in brief.
        seen = entries(boss, boss.seq)
        for entry_id, entry in sent.items():
            self.assertFalse(seen[entry_id].own)
            self.assertEqual(seen[entry_id].hour_entry, entry)
        self.assertTrue(seen[for_dev.append_hour_entry.entry.id].own)
        # A device that has given out fewer numbers than the server applied from it was
        # restored from a copy and may lack what it sent: everything whole.
        behind = entries(dev, dev.seq - 1)
        for entry_id, entry in sent.items():
            self.assertFalse(behind[entry_id].own)
            self.assertEqual(behind[entry_id].hour_entry, entry)

    def test_upgrade_required(self):
        dev = self.enrol()
        for version in (0, 2, 99):
            err = self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, dev.stub.Push,
                                      pb.PushRequest(protocol_version=version),
                                      metadata=dev.metadata)
            self.assertEqual(err.details(), "upgrade required")
            self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, dev.stub.Pull,
                                pb.PullRequest(protocol_version=version), metadata=dev.metadata)
            self.assertRpcError(grpc.StatusCode.FAILED_PRECONDITION, dev.stub.Enroll,
                                pb.EnrollRequest(protocol_version=version, invite_code="x"))

    def test_health(self):
        dev = self.enrol()
        check = dev.channel.unary_unary("/grpc.health.v1.Health/Check",
                                        request_serializer=lambda b: b,
                                        response_deserializer=lambda b: b)
        # HealthCheckRequest{service} / HealthCheckResponse{status = 1 SERVING}, by hand: the
        # standard messages are two fields, and this keeps the test free of generated code.
        self.assertEqual(check(b"", timeout=5), b"\x08\x01")
        name = b"gangwerk.sync.v1.SyncService"
        self.assertEqual(check(b"\x0a" + bytes([len(name)]) + name, timeout=5), b"\x08\x01")

    def test_pull_pages_and_cursor(self):
        dev = self.enrol()
        dev.push([dev.entry_mutation(minutes=5 + i, offset=-(i % 30)) for i in range(25)])
        whole = self.enrol("beheerder")
        whole.sync_down()
        paged = self.enrol("beheerder")
        pages = 0
        while True:
            resp = paged.pull_page(limit=7)
            self.assertLessEqual(len(resp.changes), 7)
            pages += 1
            for c in resp.changes:
                if c.WhichOneof("record") == "hour_entry":
                    paged.entries[c.hour_entry.id] = c.hour_entry
            paged.cursor = resp.next_cursor
            if not resp.has_more:
                break
        self.assertGreater(pages, 3)
        self.assertEqual(paged.entries, whole.entries)
        # Progress: asked on a first page, the server says how many changes wait after it;
        # page plus remaining is all the caller may see. Not asked, not counted.
        counted = self.enrol("beheerder")
        total = len(counted.pull_page(limit=0).changes)
        first = counted.stub.Pull(pb.PullRequest(protocol_version=PROTOCOL, limit=7,
                                                 count_remaining=True),
                                  metadata=counted.metadata, timeout=10)
        self.assertTrue(first.has_more)
        self.assertEqual(len(first.changes) + first.remaining, total)
        self.assertEqual(counted.pull_page(cursor=b"", limit=7).remaining, 0)
        resident = self.enrol()
        mine = resident.stub.Pull(pb.PullRequest(protocol_version=PROTOCOL, limit=1,
                                                 count_remaining=True),
                                  metadata=resident.metadata, timeout=10)
        # A resident's count is of what she may see: never the other residents' hours.
        self.assertLess(len(mine.changes) + mine.remaining, total)
        self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, dev.pull_page, cursor=b"garbage")
        # Another epoch: reset, and everything from the start.
        foreign = bytes([1]) + bytes(16) + (5).to_bytes(8, "big")
        resp = whole.pull_page(cursor=foreign, limit=5000)
        self.assertTrue(resp.reset)
        self.assertEqual(len([c for c in resp.changes if c.hour_entry.id]), len(whole.entries))


class InviteLimits(unittest.TestCase):
    """Invite expiry (with the server's clock moved forward) and guessing limits."""

    def test_expired_invite_refused(self):
        server = Server(extra_serve_args=("--test-clock-offset-days", "15"))
        try:
            code = server.invite("resident")
            server.start()
            with self.assertRaises(grpc.RpcError) as ctx:
                Device(server, code)
            self.assertEqual(ctx.exception.code(), grpc.StatusCode.NOT_FOUND)
            self.assertIn("expired", ctx.exception.details())
            longer = server.invite("resident", "--expires-days", "30")
            Device(server, longer)
        finally:
            server.stop()
            server.cleanup()

    def test_old_hours_cannot_be_moved_or_erased_but_the_beheerder_may(self):
        # Entries logged while the server's clock was 70 days back are now past the limit.
        server = Server(extra_serve_args=("--test-clock-offset-days", "-70"))
        try:
            code = server.invite("resident")
            server.start()
            res = Device(server, code)
            boss = Device(server, server.beheerder_code)
            old = [res.entry_mutation(offset=-72), res.entry_mutation(offset=-73)]
            self.assertEqual([r.outcome for r in res.push(old).results], [pb.OUTCOME_APPLIED] * 2)
            server.stop()
            server.extra = []
            server.start(port=server.port)
            res.reconnect()
            boss.reconnect()
            old_ids = [m.append_hour_entry.entry.id for m in old]
            moved = res.entry_mutation(offset=0, corrects=old_ids[0])
            erased = res.entry_mutation(minutes=0, offset=-73, corrects=old_ids[1], voids=True)
            for r in res.push([moved, erased]).results:
                self.assertEqual(r.outcome, pb.OUTCOME_REJECTED)
                self.assertEqual(r.reason_code, "TARGET_TOO_OLD")
                self.assertIn("beheerder", r.message)
            # The beheerder can add old hours for a resident and correct old ones.
            added = boss.entry_mutation(offset=-90, member_id=res.member.id)
            fixed = boss.entry_mutation(offset=-72, minutes=90, member_id=res.member.id,
                                        corrects=old_ids[0])
            self.assertEqual([r.outcome for r in boss.push([added, fixed]).results],
                             [pb.OUTCOME_APPLIED] * 2)
            # Not for their own hours, though: the limit is the same for everyone's own.
            own = boss.push([boss.entry_mutation(offset=-90)]).results[0]
            self.assertEqual(own.reason_code, "DAY_TOO_OLD")
        finally:
            server.stop()
            server.cleanup()

    def test_guessing_is_rate_limited(self):
        server = Server(extra_serve_args=("--max-invite-failures", "3"))
        try:
            server.start()
            code = server.invite("resident")
            for guess in ("AAAA-BBBB-CCCC-DDDD", "nonsense", "2345-6789-ABCD-EFGH"):
                with self.assertRaises(grpc.RpcError) as ctx:
                    Device(server, guess)
                self.assertEqual(ctx.exception.code(), grpc.StatusCode.NOT_FOUND)
            # Now even the right code waits: the address is over its limit.
            with self.assertRaises(grpc.RpcError) as ctx:
                Device(server, code)
            self.assertEqual(ctx.exception.code(), grpc.StatusCode.RESOURCE_EXHAUSTED)
            # The wrong guesses are kept in the store: a restarted server still counts them
            # (killing the server gives an attacker no guesses back).
            server.kill()
            server.start(port=server.port)
            with self.assertRaises(grpc.RpcError) as ctx:
                Device(server, code)
            self.assertEqual(ctx.exception.code(), grpc.StatusCode.RESOURCE_EXHAUSTED)
            self.assertIn("15 minutes", ctx.exception.details())
            # Once they are older than the window (15 minutes), the address may try again.
            server.stop()
            server.extra = ["--max-invite-failures", "3", "--test-clock-offset-days", "1"]
            server.start(port=server.port)
            Device(server, code)
        finally:
            server.stop()
            server.cleanup()


class TriedAsAnAttacker(unittest.TestCase):
    """Defects an attacker found: each test failed before its fix."""

    def enroll(self, server, code, name="phone", display_name=""):
        with gwtest.channel(server.address) as channel:
            return pb_grpc.SyncServiceStub(channel).Enroll(
                pb.EnrollRequest(invite_code=code, device_name=name, protocol_version=PROTOCOL,
                                 display_name=display_name), timeout=10)

    def refused(self, code, call, *args, **kwargs):
        with self.assertRaises(grpc.RpcError) as ctx:
            call(*args, **kwargs)
        self.assertEqual(ctx.exception.code(), code, ctx.exception.details())
        return ctx.exception.details()

    def test_empty_invite_code_is_invalid_and_costs_no_guess(self):
        server = Server(extra_serve_args=("--max-invite-failures", "3"))
        try:
            server.start()
            code = server.invite("resident")
            # The .proto promises INVALID_ARGUMENT for empty fields; and an empty code is not a
            # guess, so many of them leave the address all its guesses.
            for empty in ("", "   ", "- -", "\t"):
                details = self.refused(grpc.StatusCode.INVALID_ARGUMENT, self.enroll, server,
                                       empty)
                self.assertIn("invite code", details)
            for guess in ("AAAA-BBBB-CCCC-DDDD", "nonsense"):
                self.refused(grpc.StatusCode.NOT_FOUND, self.enroll, server, guess)
            # Two wrong guesses of three: the right code still enrols.
            self.assertTrue(self.enroll(server, code).device_token)
        finally:
            server.stop()
            server.cleanup()

    def test_device_names_cannot_forge_device_list_rows(self):
        server = Server()
        try:
            server.start()
            forged = "Anna\nbeef0000-0000-0000-0000-000000000000\tx\tx\tbeheerder\tactive"
            for name in (forged, "tab\there", "Anna\u202Eenohp", "esc\x1b[2J", "nul\x00"):
                details = self.refused(grpc.StatusCode.INVALID_ARGUMENT, self.enroll, server,
                                       server.invite("resident"), name=name)
                self.assertIn("line break", details)
            self.refused(grpc.StatusCode.INVALID_ARGUMENT, self.enroll, server,
                         server.invite("resident"), display_name="Anna\nInge")
            # A refused name used no invite: the same code enrols with a clean name. Names in
            # Arabic script keep their joiners.
            code = server.invite("resident")
            self.refused(grpc.StatusCode.INVALID_ARGUMENT, self.enroll, server, code,
                         name="two\nlines")
            arabic = "\u0647\u0627\u062a\u0641\u200c\u0633\u0627\u0631\u0629"
            ok = self.enroll(server, code, name=arabic)
            listing = run_cli("list-devices", "--data", server.data).stdout.splitlines()
            rows = listing[1:]
            # Every row is one device with eight cells, and the beheerder's new device is the
            # only one enrolled by this test.
            self.assertTrue(all(len(r.split("\t")) == 8 for r in rows), listing)
            mine = [r for r in rows if r.startswith(ok.device_id)]
            self.assertEqual(len(mine), 1)
            self.assertEqual(mine[0].split("\t")[7], arabic)
            self.assertNotIn("beef0000", "\n".join(listing))
        finally:
            server.stop()
            server.cleanup()

    def test_a_text_with_a_nul_is_refused_by_either_store(self):
        """SQLite would keep a NUL in a text, PostgreSQL cannot: a change with one is refused
        as malformed on both, naming the field, and the device goes on with its next change."""
        server = Server()
        try:
            server.start()
            dev = Device(server, server.beheerder_code)
            bad = dev.entry_mutation(note="koffie\x00thee")
            good = dev.entry_mutation(note="koffie en thee")
            first, second = dev.push([bad, good]).results
            self.assertEqual((first.outcome, first.reason_code), (pb.OUTCOME_REJECTED, "INVALID"))
            self.assertIn("NUL", first.message)
            self.assertIn("append_hour_entry.entry.note", first.message)
            self.assertEqual(second.outcome, pb.OUTCOME_APPLIED, second.message)
            dev.sync_down()
            self.assertEqual([e.note for e in dev.entries.values()], ["koffie en thee"])
        finally:
            server.stop()
            server.cleanup()

    def test_invite_rate_limit_holds_under_concurrent_guesses(self):
        """40 wrong codes at once from one address: at most the limit (10) get an answer about
        the code, the rest are refused for the address, and the right code then waits too."""
        server = Server()
        try:
            server.start()
            code = server.invite("resident")
            outcomes = gwtest.guess_at_once([server.address])
            self.assertEqual(outcomes.count(grpc.StatusCode.NOT_FOUND), 10, outcomes)
            self.assertEqual(outcomes.count(grpc.StatusCode.RESOURCE_EXHAUSTED), 30, outcomes)
            self.refused(grpc.StatusCode.RESOURCE_EXHAUSTED, self.enroll, server, code)
        finally:
            server.stop()
            server.cleanup()


if __name__ == "__main__":
    unittest.main(verbosity=2)
