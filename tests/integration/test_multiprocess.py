"""Two gangwerk-server processes on one PostgreSQL database (issue 13): every sync guarantee
holds across them. Devices push through either server, a puller follows through either, and one
server is killed with SIGKILL while devices push: nothing is lost, nothing doubled, and a device
that pulls a little at a time misses no change (changes are numbered in commit order across
processes). Runs with GANGWERK_TEST_STORE=postgresql."""

import hashlib
import random
import threading
import time
import unittest

import grpc

import gwtest
from gwtest import Device, Server, pb

WRITERS = 4
ROUNDS = 12
BATCH = 8


@unittest.skipUnless(gwtest.on_postgresql(), "several servers share a PostgreSQL database")
class TwoServersOneDatabase(unittest.TestCase):
    def setUp(self):
        self.a = Server()
        self.b = Server.sharing(self.a)
        self.a.start()
        self.b.start()
        self.servers = [self.a, self.b]

    def tearDown(self):
        for s in self.servers:
            s.cleanup()

    def via(self, device, server):
        if device.server is not server:
            device.server = server
            device.reconnect()

    @staticmethod
    def clone(device):
        """The same device on a channel of its own (its token, its numbers)."""
        twin = Device.__new__(Device)
        twin.__dict__.update(device.__dict__)
        twin.channel = gwtest.channel(device.server.address, ready=True)
        twin.stub = gwtest.pb_grpc.SyncServiceStub(twin.channel)
        return twin

    def push_until_answered(self, device, batch, start):
        """Pushes @p batch through one server, else the other, as a device retries."""
        for attempt in range(200):
            server = self.servers[(start + attempt) % 2]
            self.via(device, server)
            try:
                return device.push(batch, timeout=10)
            except grpc.RpcError as e:
                # A server killed mid-call may end it in any of these words.
                if e.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.UNKNOWN,
                                    grpc.StatusCode.INTERNAL, grpc.StatusCode.CANCELLED,
                                    grpc.StatusCode.DEADLINE_EXCEEDED):
                    raise
                time.sleep(0.05)
        raise AssertionError("no server answered")

    def test_guesses_are_counted_across_servers(self):
        """The invite limit is the store's, not a process's: 40 wrong codes at once from one
        address, half through each server, get 10 answers about the code and 30 refusals (with
        the counts in each process, each server let 10 through); then the right code waits
        through either server."""
        code = self.a.invite("resident")
        outcomes = gwtest.guess_at_once([self.a.address, self.b.address])
        self.assertEqual(outcomes.count(grpc.StatusCode.NOT_FOUND), 10, outcomes)
        self.assertEqual(outcomes.count(grpc.StatusCode.RESOURCE_EXHAUSTED), 30, outcomes)
        for server in self.servers:
            with self.assertRaises(grpc.RpcError) as ctx:
                Device(server, code)
            self.assertEqual(ctx.exception.code(), grpc.StatusCode.RESOURCE_EXHAUSTED)
        # The address is kept keyed with the key file, the same through either server, and
        # not as a hash anyone could match by trying every address.
        kept = gwtest.psql(self.a.store_url, "SELECT DISTINCT encode(peer_hash, 'hex') "
                                             "FROM enrol_failure").split()
        self.assertEqual(len(kept), 1)
        self.assertNotEqual(kept[0], hashlib.sha256(b"ipv4:127.0.0.1").hexdigest())

    def test_the_database_goes_away_and_comes_back(self):
        """PostgreSQL stops (a restart for an upgrade, a switchover) and starts again under both
        servers: meanwhile a push and a pull are answered UNAVAILABLE in words (a device keeps
        its work and tries again); once it is back, both servers carry on at the first call,
        without a restart of their own, and nothing is lost or doubled."""
        writer = Device(self.a, self.a.invite("resident"), name="writer")
        boss = Device(self.b, self.a.beheerder_code, name="boss")
        first = [writer.entry_mutation(minutes=5, offset=-1) for _ in range(3)]
        self.assertEqual({r.outcome for r in writer.push(first).results}, {pb.OUTCOME_APPLIED})
        boss.sync_down()
        second = [writer.entry_mutation(minutes=10, offset=-2) for _ in range(3)]
        cluster = gwtest.cluster()
        cluster.halt()
        try:
            for call in (lambda: writer.push(second), boss.sync_down):
                with self.assertRaises(grpc.RpcError) as ctx:
                    call()
                self.assertEqual(ctx.exception.code(), grpc.StatusCode.UNAVAILABLE)
                self.assertIn("try again", ctx.exception.details())
        finally:
            cluster.resume()
        self.assertEqual({r.outcome for r in writer.push(second).results}, {pb.OUTCOME_APPLIED})
        self.via(writer, self.b)
        self.assertEqual({r.outcome for r in writer.push(second).results},
                         {pb.OUTCOME_DUPLICATE})
        boss.sync_down()
        sent = {m.append_hour_entry.entry.id for m in first + second}
        self.assertEqual(set(boss.entries), sent)
        self.via(boss, self.a)
        fresh = Device(self.a, self.a.invite("beheerder"), name="fresh")
        fresh.sync_down()
        self.assertEqual(set(fresh.entries), sent)
        for server in self.servers:
            self.assertIn("cannot reach the database", server.log())

    def test_a_standby_takes_over(self):
        """The README's replication: a standby streams the primary's changes synchronously,
        the servers' URL names both with target_session_attrs=read-write. The primary crashes
        and the standby is promoted: every change a server acknowledged is there, and the
        servers carry on through it at their next call, without a restart or a reset."""
        primary = gwtest.PgCluster(durable=True)
        standby = None
        server = None
        try:
            url = primary.new_database()
            database = url.split("@/")[1].split("?")[0]
            standby = gwtest.PgCluster(durable=True, standby_of=primary)
            gwtest.psql(primary.url(), "ALTER SYSTEM SET synchronous_standby_names = '*'")
            gwtest.psql(primary.url(), "SELECT pg_reload_conf()")
            deadline = time.time() + 60
            while gwtest.psql(primary.url(),
                              "SELECT sync_state FROM pg_stat_replication") != "sync":
                self.assertLess(time.time(), deadline, "the standby did not become synchronous")
                time.sleep(0.1)
            both = (f"postgresql://gangwerk@/{database}?host={primary.dir},{standby.dir}"
                    "&target_session_attrs=read-write")
            server = Server(store_url=both)
            server.start()
            anna = Device(server, server.invite("resident"), name="anna")
            boss = Device(server, server.beheerder_code, name="boss")
            first = [anna.entry_mutation(minutes=10 + i, note=f"voor {i}") for i in range(5)]
            self.assertEqual({r.outcome for r in anna.push(first).results}, {pb.OUTCOME_APPLIED})
            boss.sync_down()

            primary.crash()
            standby.promote()
            second = [anna.entry_mutation(minutes=20 + i, note=f"na {i}") for i in range(5)]
            self.assertEqual({r.outcome for r in anna.push(second).results},
                             {pb.OUTCOME_APPLIED})
            resp = boss.pull_page()
            self.assertFalse(resp.reset)
            boss.sync_down()
            notes = {e.note for e in boss.entries.values()}
            self.assertEqual(notes, {f"voor {i}" for i in range(5)} | {f"na {i}" for i in range(5)})
            self.assertEqual(server.stop(), 0)
        finally:
            if server:
                server.cleanup()
            for c in (standby, primary):
                if c:
                    c.stop()

    def run_devices(self, kill_after=None):
        rng = random.Random(1307)
        writers = [Device(self.servers[i % 2], self.a.invite("resident"), name=f"w{i}")
                   for i in range(WRITERS)]
        puller = Device(self.a, self.a.beheerder_code, name="puller")
        sent = {}  # entry id -> member id
        errors = []
        answered = [0]  # pushes answered so far (all writers)
        done = threading.Event()

        def write(i, dev):
            try:
                for r in range(ROUNDS):
                    batch = [dev.entry_mutation(minutes=5, offset=-1 - (r % 20)) for _ in
                             range(BATCH)]
                    if r % 4 == 1 and kill_after is None:
                        # The same push through both servers at once (a device that gave up
                        # waiting on one): each change takes effect through exactly one.
                        answers = [None, None]

                        def send(k):
                            answers[k] = self.push_until_answered(self.clone(dev), batch, k)
                        both = [threading.Thread(target=send, args=(k,)) for k in (0, 1)]
                        for t in both:
                            t.start()
                        for t in both:
                            t.join()
                        for m, x, y in zip(batch, answers[0].results, answers[1].results):
                            self.assertEqual(sorted([x.outcome, y.outcome]),
                                             [pb.OUTCOME_APPLIED, pb.OUTCOME_DUPLICATE],
                                             m.mutation_id)
                        resp = answers[0]
                    else:
                        resp = self.push_until_answered(dev, batch, i + r)
                    outcomes = {res.outcome for res in resp.results}
                    self.assertTrue(outcomes <= {pb.OUTCOME_APPLIED, pb.OUTCOME_DUPLICATE},
                                    resp)
                    answered[0] += 1
                    if r % 4 == 3:
                        # An answer lost on the way: the same batch again, through the other.
                        again = self.push_until_answered(dev, batch, i + r + 1)
                        self.assertEqual({res.outcome for res in again.results},
                                         {pb.OUTCOME_DUPLICATE})
                    for m in batch:
                        sent[m.append_hour_entry.entry.id] = dev.member.id
            except BaseException as e:  # reported by the main thread
                errors.append(e)

        def pull():
            k = 0
            while not done.is_set():
                self.via(puller, self.servers[k % 2])
                k += 1
                try:
                    puller.sync_down(limit=7)  # small pages: many cursors between commits
                except grpc.RpcError as e:
                    if e.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.UNKNOWN,
                                        grpc.StatusCode.INTERNAL, grpc.StatusCode.CANCELLED):
                        errors.append(e)
                        return
                time.sleep(rng.random() * 0.02)

        threads = [threading.Thread(target=write, args=(i, d)) for i, d in enumerate(writers)]
        reader = threading.Thread(target=pull)
        for t in threads:
            t.start()
        reader.start()
        if kill_after is not None:
            while answered[0] < kill_after and any(t.is_alive() for t in threads):
                time.sleep(0.001)
            self.a.kill()  # SIGKILL, in the middle of the pushes
            at_kill = answered[0]
            time.sleep(0.3)
            self.a.start()
        for t in threads:
            t.join()
        done.set()
        reader.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(sent), WRITERS * ROUNDS * BATCH)
        if kill_after is not None:  # it did fall between the first and the last push
            self.assertTrue(0 < at_kill < WRITERS * ROUNDS, at_kill)

        # The puller, having pulled a little at a time through both, has every entry once.
        self.via(puller, self.b)
        puller.sync_down()
        self.assertEqual(set(puller.entries), set(sent))
        # A device pulling everything afresh agrees, through either server.
        for server in self.servers:
            fresh = Device(server, self.a.invite("beheerder"), name="fresh")
            fresh.sync_down()
            self.assertEqual(set(fresh.entries), set(sent))
            self.assertEqual({e: fresh.entries[e].member_id for e in sent}, sent)

    def test_pulls_miss_nothing_across_two_servers(self):
        self.run_devices()

    def test_a_server_killed_mid_push_loses_and_doubles_nothing(self):
        self.run_devices(kill_after=WRITERS * ROUNDS // 4)
        self.assertEqual(self.b.stop(), 0)
        self.assertEqual(self.a.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
