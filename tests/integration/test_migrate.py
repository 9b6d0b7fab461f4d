"""gangwerk-server migrate-store (issue 13): a provider moves a server's store from its file
into PostgreSQL. Every record arrives, sensitive fields sealed; the epoch and the change numbers
are the same, so devices carry on without resyncing, and what they send again is recognised.
Runs with GANGWERK_TEST_STORE=postgresql."""

import os
import time
import unittest

import grpc

import gwtest
from gwtest import Device, Server, pb, run_cli


def tables(url):
    return gwtest.psql(url, "SELECT table_name FROM information_schema.tables "
                            "WHERE table_schema = current_schema() ORDER BY 1").split()


@unittest.skipUnless(gwtest.on_postgresql(), "moves a store into PostgreSQL")
class MigrateStore(unittest.TestCase):
    def test_devices_carry_on_after_the_move(self):
        server = Server(in_file=True, extra_serve_args=("--test-fault", "drop-enrol-answer"))
        try:
            server.start()
            # Omar's enrolment is used on the server, but its answer is lost on the way.
            omar_code, omar_key = server.invite("resident"), os.urandom(32)
            with self.assertRaises(grpc.RpcError):
                Device(server, omar_code, enrol_key=omar_key)
            anna = Device(server, server.invite("resident"), name="anna", display_name="Anna")
            boss = Device(server, server.beheerder_code, name="boss")
            first = [anna.entry_mutation(minutes=10 + i, note=f"koffie {i} ☕") for i in range(30)]
            anna.push(first)
            sig = pb.Signal(id=gwtest.new_id(), category=pb.SIGNAL_CATEGORY_NOT_SEEN,
                            urgency=pb.SIGNAL_URGENCY_TODAY, text="Ik zie Bram niet meer",
                            studio="1.02", raised_at_ms=int(time.time() * 1000))
            r = anna.push_one(anna.mutation(raise_signal=pb.RaiseSignal(signal=sig)))
            self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
            last = [anna.entry_mutation(minutes=5, note="laatste")]
            anna.push(last)
            boss.sync_down()
            before = dict(boss.entries)
            self.assertEqual(len(before), 31)
            self.assertEqual(server.stop(), 0)
            server.extra = []

            # While a server serves the file, nothing is moved.
            url = gwtest.cluster().new_database()
            port = server.port
            server.start(port)
            busy = run_cli("migrate-store", "--data", server.data, "--to", url, check=False)
            self.assertNotEqual(busy.returncode, 0)
            self.assertIn("stop it first", busy.stderr)
            self.assertEqual(server.stop(), 0)

            # Into a database that holds something: refused, and nothing is made there.
            other = gwtest.cluster().new_database()
            gwtest.psql(other, "CREATE TABLE theirs (a int)")
            refused = run_cli("migrate-store", "--data", server.data, "--to", other, check=False)
            self.assertNotEqual(refused.returncode, 0)
            self.assertIn("not empty", refused.stderr)
            self.assertEqual(tables(other), ["theirs"])
            # A data folder pointed at an empty database does not make a store there.
            empty = gwtest.cluster().new_database()
            wrong = run_cli("list-devices", "--data", server.data, "--store", empty, check=False)
            self.assertNotEqual(wrong.returncode, 0)
            self.assertIn("holds no gangwerk-server store", wrong.stderr)
            self.assertEqual(tables(empty), [])

            out = run_cli("migrate-store", "--data", server.data, "--to", url).stdout
            self.assertIn("Moved", out)
            self.assertTrue(os.path.exists(os.path.join(server.data, "server.db")))
            again = run_cli("migrate-store", "--data", server.data, "--to", url, check=False)
            self.assertNotEqual(again.returncode, 0)
            self.assertIn("already", again.stderr)

            server.start(port)  # now on PostgreSQL, where the devices know it
            boss.reconnect()
            anna.reconnect()
            # The beheerder's cursor is still good: no reset, nothing new.
            resp = boss.pull_page()
            self.assertFalse(resp.reset)
            self.assertEqual(len(resp.changes), 0)
            # Anna's last push, sent again (its answer was lost): recognised.
            self.assertEqual([x.outcome for x in anna.push(last).results],
                             [pb.OUTCOME_DUPLICATE])
            # New work goes on, numbered after the old.
            self.assertEqual(anna.push([anna.entry_mutation(minutes=7)]).results[0].outcome,
                             pb.OUTCOME_APPLIED)
            self.assertEqual(boss.sync_down(), 1)
            # A device pulling everything afresh gets all of it, notes intact.
            fresh = Device(server, server.invite("beheerder"), name="fresh")
            fresh.sync_down()
            self.assertEqual(len(fresh.entries), 32)
            for eid, e in before.items():
                self.assertEqual(fresh.entries[eid].note, e.note)
            signals = Device(server, server.invite("beheerder"), name="signals")
            pulled = [c for c in signals.pull_page(limit=1000).changes
                      if c.WhichOneof("record") == "signal"]
            self.assertEqual([c.signal.text for c in pulled], ["Ik zie Bram niet meer"])
            self.assertEqual([c.signal.reporter_id for c in pulled], [anna.member.id])
            # Omar tries again after the move: his enrolment's key came along with the invite.
            omar = Device(server, omar_code, enrol_key=omar_key)
            self.assertEqual(omar.member.role, pb.ROLE_RESIDENT)
            self.assertEqual(omar.push([omar.entry_mutation()]).results[0].outcome,
                             pb.OUTCOME_APPLIED)
            # Sealed on the way, also who raised it (a column beside the record).
            reporters = gwtest.psql(url, "SELECT reporter_id FROM signal").split()
            self.assertEqual(len(reporters), 1)
            self.assertTrue(reporters[0].startswith("gw1:"), reporters)
            self.assertEqual(server.stop(), 0)
        finally:
            server.cleanup()

    def test_a_move_that_fails_halfway_leaves_both_as_they_were(self):
        """The move fails after some tables were copied (as a lost connection would): nothing
        is moved, the database is empty again, so the move can be tried again there, and the
        folder goes on serving its file until a move succeeds."""
        server = Server(in_file=True)
        try:
            server.start()
            boss = Device(server, server.beheerder_code, name="boss")
            boss.push([boss.entry_mutation(minutes=10 + i, note=f"koffie {i}") for i in range(5)])
            self.assertEqual(server.stop(), 0)

            url = gwtest.cluster().new_database()
            env = dict(os.environ, GANGWERK_TEST_FAULTS="1")
            for table in ("member", "change_log"):
                failed = run_cli("migrate-store", "--data", server.data, "--to", url,
                                 "--test-fault", f"fail-after:{table}", check=False, env=env)
                self.assertNotEqual(failed.returncode, 0)
                self.assertIn("nothing was moved", failed.stderr)
                self.assertIn(f"stopped after the table {table}", failed.stderr)
                self.assertIn("The database is empty again", failed.stderr)
                self.assertEqual(tables(url), [])
                self.assertFalse(os.path.exists(os.path.join(server.data, "store-url")))
            # Served from its file meanwhile, as before.
            server.start()
            boss.reconnect()
            extra = boss.push([boss.entry_mutation(minutes=5, note="tussendoor")]).results[0]
            self.assertEqual(extra.outcome, pb.OUTCOME_APPLIED, extra.message)
            boss.sync_down()
            self.assertEqual(len(boss.entries), 6)
            self.assertEqual(server.stop(), 0)
            # Then the move into the same database succeeds, and the devices carry on.
            run_cli("migrate-store", "--data", server.data, "--to", url)
            server.start()
            boss.reconnect()
            self.assertFalse(boss.pull_page().reset)
            fresh = Device(server, server.invite("beheerder"), name="fresh")
            fresh.sync_down()
            self.assertEqual({e.note for e in fresh.entries.values()},
                             {f"koffie {i}" for i in range(5)} | {"tussendoor"})
            self.assertEqual(server.stop(), 0)
        finally:
            server.cleanup()

if __name__ == "__main__":
    unittest.main(verbosity=2)
