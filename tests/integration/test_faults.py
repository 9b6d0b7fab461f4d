"""Crashes and lost answers: the exactly-once and gap-free guarantees hold when the server dies
or an answer never arrives; and what reaches the disk stays encrypted."""

import glob
import os
import random
import stat
import threading
import time
import unittest

import grpc

import gwtest
from gwtest import Device, Server, day, new_id, pb, run_cli


def entry_ids(muts):
    return {m.append_hour_entry.entry.id for m in muts}


class DropAfterCommit(unittest.TestCase):

    def test_retry_after_lost_answer_gets_original_outcome_once(self):
        server = Server(extra_serve_args=("--test-fault", "drop-after-commit"))
        try:
            server.start()
            anna = Device(server, server.invite("resident"))
            boss = Device(server, server.beheerder_code)
            batch = [anna.entry_mutation(minutes=40), anna.entry_mutation(offset=+2),
                     anna.entry_mutation(minutes=25)]
            with self.assertRaises(grpc.RpcError) as ctx:
                anna.push(batch)
            self.assertEqual(ctx.exception.code(), grpc.StatusCode.CANCELLED)
            retry = anna.push(batch)
            self.assertEqual([r.outcome for r in retry.results], [pb.OUTCOME_DUPLICATE] * 3)
            self.assertEqual([r.original_outcome for r in retry.results],
                             [pb.OUTCOME_APPLIED, pb.OUTCOME_REJECTED, pb.OUTCOME_APPLIED])
            self.assertEqual(retry.results[1].reason_code, "DAY_IN_FUTURE")
            boss.sync_down()
            self.assertEqual(set(boss.entries), entry_ids([batch[0], batch[2]]))
            # The fault fires once; later pushes are answered.
            resp = anna.push([anna.entry_mutation()])
            self.assertEqual(resp.results[0].outcome, pb.OUTCOME_APPLIED)
            self.assertIn("test fault", server.log())
        finally:
            self.assertEqual(server.stop(), 0)
            server.cleanup()


class LostEnrolAnswer(gwtest.RpcAssertions, unittest.TestCase):
    """The answer to the enrolment that used a code is lost: the same device (the same key)
    trying again within 15 minutes gets the device and member after all, with a new token."""

    def test_the_same_key_is_answered_again_and_nothing_else_is(self):
        server = Server(extra_serve_args=("--test-fault", "drop-enrol-answer"))
        try:
            code = server.invite("resident")
            server.start()
            key = os.urandom(32)
            self.assertRpcError(grpc.StatusCode.CANCELLED, Device, server, code, enrol_key=key)
            # Another key, or none, is a used code as always.
            for other in (os.urandom(32), b""):
                self.assertRpcError(grpc.StatusCode.NOT_FOUND, Device, server, code,
                                    enrol_key=other)
            # A key of the wrong size is a malformed request.
            for bad in (b"x" * 15, b"x" * 65):
                err = self.assertRpcError(grpc.StatusCode.INVALID_ARGUMENT, Device, server,
                                          server.invite("resident"), enrol_key=bad)
                self.assertIn("16 to 64", err.details())
            first = Device(server, code, enrol_key=key)
            self.assertEqual(first.member.role, pb.ROLE_RESIDENT)
            # Once more (this answer was lost too, say): the same device and member, a new
            # token; the one before stops.
            again = Device(server, code, enrol_key=key)
            self.assertEqual((again.device_id, again.member.id),
                             (first.device_id, first.member.id))
            self.assertNotEqual(again.token, first.token)
            self.assertRpcError(grpc.StatusCode.UNAUTHENTICATED, first.push,
                                [first.entry_mutation()])
            self.assertEqual(again.push([again.entry_mutation()]).results[0].outcome,
                             pb.OUTCOME_APPLIED)
            # A device in use is never taken over, not even with the code and the key.
            self.assertRpcError(grpc.StatusCode.NOT_FOUND, Device, server, code, enrol_key=key)
            self.assertEqual(again.push([again.entry_mutation()]).results[0].outcome,
                             pb.OUTCOME_APPLIED)
            # One member and one device came of the code.
            boss = Device(server, server.beheerder_code)
            boss.sync_down()
            self.assertEqual([m.id for m in boss.members.values()
                              if m.role == pb.ROLE_RESIDENT], [first.member.id])
            listing = run_cli("list-devices", "--data", server.data).stdout
            self.assertEqual(listing.count(first.member.id), 1, listing)
            # A revoked device is not given back, even one never used.
            code2, key2 = server.invite("resident"), os.urandom(32)
            unused = Device(server, code2, enrol_key=key2)  # the fault fired once already
            run_cli("revoke-device", "--data", server.data, "--device", unused.device_id)
            self.assertRpcError(grpc.StatusCode.NOT_FOUND, Device, server, code2, enrol_key=key2)
        finally:
            self.assertEqual(server.stop(), 0)
            server.cleanup()

    def test_not_after_15_minutes(self):
        server = Server()
        try:
            code = server.invite("resident")
            server.start()
            key = os.urandom(32)
            Device(server, code, enrol_key=key)
            server.stop()
            server.extra = ["--test-clock-offset-days", "1"]
            server.start(port=server.port)
            self.assertRpcError(grpc.StatusCode.NOT_FOUND, Device, server, code, enrol_key=key)
        finally:
            self.assertEqual(server.stop(), 0)
            server.cleanup()


class KillAndRestart(unittest.TestCase):
    """SIGKILL at seeded random points while a device pushes and another pulls."""

    ITERATIONS = 20

    def test_no_loss_no_duplicate_convergence(self):
        seed = int(os.environ.get("GANGWERK_TEST_SEED", "20240601"))
        rng = random.Random(seed)
        worker_rng = random.Random(seed + 1)  # the worker's draws depend on timing
        server = Server()
        try:
            server.start()
            port = server.port
            anna = Device(server, server.invite("resident"))
            boss = Device(server, server.beheerder_code)
            outbox = []          # made, not yet acknowledged, in client_seq order
            made = []            # every mutation ever made
            applied = {}         # mutation_id -> times answered APPLIED
            acknowledged = set()
            kills_during_push = 0

            def push_some():
                nonlocal outbox
                batch = outbox[:40]
                resp = anna.push(batch, timeout=3)
                for r in resp.results:
                    self.assertNotEqual(r.outcome, pb.OUTCOME_REJECTED, r.reason_code)
                    if r.outcome == pb.OUTCOME_APPLIED:
                        applied[r.mutation_id] = applied.get(r.mutation_id, 0) + 1
                    else:
                        self.assertEqual(r.original_outcome, pb.OUTCOME_APPLIED)
                    acknowledged.add(r.mutation_id)
                outbox = [m for m in outbox if m.client_seq >= resp.next_client_seq]

            for i in range(self.ITERATIONS):
                for _ in range(rng.randint(5, 60)):
                    m = anna.entry_mutation(minutes=5, offset=-rng.randint(0, 40))
                    outbox.append(m)
                    made.append(m)
                stop = threading.Event()
                in_push = threading.Event()

                def worker():
                    while not stop.is_set():
                        try:
                            if outbox:
                                in_push.set()
                                push_some()
                                in_push.clear()
                            boss.sync_down(limit=worker_rng.choice([0, 7, 50]))
                        except grpc.RpcError:
                            time.sleep(0.005)

                t = threading.Thread(target=worker)
                t.start()
                if rng.random() < 0.5:
                    # Aim inside a push: before, during or just after its commit.
                    in_push.wait(1)
                    time.sleep(rng.uniform(0, 0.004))
                else:
                    time.sleep(rng.uniform(0, 0.08))
                if in_push.is_set():
                    kills_during_push += 1
                server.kill()
                stop.set()
                t.join()
                server.start(port)
                anna.reconnect()
                boss.reconnect()

            while outbox:
                push_some()
            boss.sync_down()
            anna.sync_down()
            fresh = Device(server, server.invite("beheerder"))
            fresh.sync_down(limit=13)
            everything = entry_ids(made)
            # No loss, no duplicate: every mutation applied exactly once.
            self.assertEqual(set(applied) | acknowledged, {m.mutation_id for m in made})
            self.assertTrue(all(n == 1 for n in applied.values()), applied)
            self.assertEqual(set(fresh.entries), everything)
            # Convergence: the incremental views equal a fresh full pull (filtered for anna).
            self.assertEqual(boss.entries, fresh.entries)
            self.assertEqual(anna.entries, fresh.entries)
            self.assertEqual(len(anna.members), len(fresh.members) - 1)
            print(f"\nseed {seed}: {len(made)} mutations, {self.ITERATIONS} kills, "
                  f"{kills_during_push} during a push, "
                  f"{len(acknowledged) - len(applied)} answered as duplicates")
        finally:
            server.stop()
            server.cleanup()


class EpochAndEncryption(unittest.TestCase):

    def test_rotated_epoch_resets_cursor(self):
        server = Server()
        try:
            server.start()
            port = server.port
            boss = Device(server, server.beheerder_code)
            boss.push([boss.entry_mutation()])
            boss.sync_down()
            before = dict(boss.entries)
            self.assertEqual(server.stop(), 0)
            run_cli("rotate-epoch", "--data", server.data)
            server.start(port)
            boss.reconnect()
            resp = boss.pull_page()
            self.assertTrue(resp.reset)
            boss.cursor = b""
            boss.entries.clear()
            boss.sync_down()
            self.assertEqual(boss.entries, before)
        finally:
            server.stop()
            server.cleanup()

    @unittest.skipIf(gwtest.on_postgresql(), "the store is a PostgreSQL database: see below")
    def test_store_files_and_logs_hold_no_plaintext(self):
        marker = "GWMARKER" + new_id().replace("-", "")
        server = Server()
        try:
            server.start()
            dev = Device(server, server.invite("resident"), name=marker + "dev",
                         display_name=marker + "name")
            dev.push([dev.entry_mutation(note=marker + "note", minutes=30 + i) for i in range(50)])
            dev.sync_down()
            self.assertTrue(any(e.note.startswith(marker) for e in dev.entries.values()))

            def check_files():
                files = glob.glob(os.path.join(server.data, "server.db*"))
                self.assertIn(os.path.join(server.data, "server.db"), files)
                for f in files:
                    with open(f, "rb") as fh:
                        blob = fh.read()
                    self.assertNotIn(marker.encode(), blob, f)
                    self.assertNotIn(b"SQLite format 3", blob[:16], f)
                return files

            files = check_files()  # while serving: the WAL holds the latest pages
            self.assertTrue(any(f.endswith("-wal") for f in files))
            self.assertEqual(server.stop(), 0)
            check_files()
            self.assertNotIn(marker, server.log())
            self.assertEqual(stat.S_IMODE(os.stat(server.data).st_mode), 0o700)
            key = os.path.join(server.data, "server.key")
            self.assertEqual(stat.S_IMODE(os.stat(key).st_mode), 0o600)
            self.assertEqual(os.path.getsize(key), 32)
        finally:
            server.cleanup()

    @unittest.skipUnless(gwtest.on_postgresql(), "for a store on PostgreSQL")
    def test_postgresql_holds_no_note_or_signal_in_the_clear(self):
        """PostgreSQL encrypts nothing: the server seals hour notes, signals, posts and every
        change before they reach it, with a key from its key file (names stay readable)."""
        marker = "GWMARKER" + new_id().replace("-", "")
        server = Server(project="Hof " + marker + "project")
        try:
            server.start()
            dev = Device(server, server.invite("resident"), name="phone", display_name="Anna")
            dev.push([dev.entry_mutation(note=marker + "note", minutes=30 + i) for i in range(20)])
            sig = pb.Signal(id=new_id(), category=pb.SIGNAL_CATEGORY_NOT_SEEN,
                            urgency=pb.SIGNAL_URGENCY_TODAY, text=marker + "signal",
                            studio="1.02", raised_at_ms=int(time.time() * 1000))
            r = dev.push_one(dev.mutation(raise_signal=pb.RaiseSignal(signal=sig)))
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
            dev.sync_down()  # the server opens what it sealed
            self.assertEqual(sum(e.note == marker + "note" for e in dev.entries.values()), 20)

            found = gwtest.cluster_holds(server, [marker + w for w in ("note", "signal",
                                                                       "project")])
            # The project's name is not sealed: finding it proves the files were read.
            self.assertEqual(list(found.values()), [False, False, True], found)
            # Nor is who raised the signal readable beside it.
            reporters = gwtest.psql(server.store_url, "SELECT reporter_id FROM signal").split()
            self.assertEqual(len(reporters), 1)
            self.assertTrue(reporters[0].startswith("gw1:"), reporters)
            self.assertNotIn(dev.member.id, reporters[0])
            self.assertNotIn(marker + "note", server.log())
            self.assertEqual(server.stop(), 0)

            # Another key file does not open the store, and says so.
            key = os.path.join(server.data, "server.key")
            with open(key, "rb") as fh:
                right = fh.read()
            with open(key, "wb") as fh:
                fh.write(os.urandom(32))
            out = run_cli("list-devices", "--data", server.data, check=False)
            self.assertNotEqual(out.returncode, 0)
            self.assertIn("does not belong", out.stderr)
            with open(key, "wb") as fh:
                fh.write(right)
            run_cli("list-devices", "--data", server.data)
        finally:
            server.cleanup()


if __name__ == "__main__":
    unittest.main(verbosity=2)
