"""Helpers for gangwerk-server's integration tests: real server processes on loopback, driven by
an independent client generated from sync.proto alone (python3-grpcio, python3-protobuf).

Environment (set by CMake): GANGWERK_SERVER (the binary), PYTHONPATH (the generated modules),
GANGWERK_TEST_FAULTS=1 (enables the server's test hooks), GANGWERK_TEST_STORE=postgresql (each
server's store in a database of a private PostgreSQL 15 cluster, instead of a SQLCipher file)."""

import atexit
import datetime
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest
import uuid
import zoneinfo

import grpc

from gangwerk.sync.v1 import sync_pb2 as pb
from gangwerk.sync.v1 import sync_pb2_grpc as pb_grpc

SERVER = os.environ["GANGWERK_SERVER"]
PROTOCOL = pb.PROTOCOL_VERSION_CURRENT
TZ = zoneinfo.ZoneInfo("Europe/Amsterdam")
SERVING_RE = re.compile(r"serving on (\S+):(\d+)")


def today():
    return datetime.datetime.now(TZ).date()


def day(offset):
    """ISO day relative to today in the project's time zone."""
    return (today() + datetime.timedelta(days=offset)).isoformat()


def new_id():
    return str(uuid.uuid4())


def run_cli(*args, check=True, env=None):
    """Runs a gangwerk-server subcommand; returns the CompletedProcess."""
    proc = subprocess.run([SERVER, *args], capture_output=True, text=True, timeout=60, env=env)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args[0]} failed ({proc.returncode}): {proc.stderr}")
    return proc


def last_line(text):
    return text.strip().splitlines()[-1].strip()


def channel(address, ready=False):
    """A channel with connections of its own. By default grpc shares a connection among all
    channels to one address, so a channel made after a server restart on a reused port would
    first be handed the dead server's connection (UNAVAILABLE "Broken pipe"). @p ready: wait
    until it is connected (a phone's open connection), so that calls sent at one moment race
    each other and not their connects."""
    made = grpc.insecure_channel(address, options=(("grpc.use_local_subchannel_pool", 1),))
    if ready:
        try:
            grpc.channel_ready_future(made).result(timeout=20)
        except BaseException:
            made.close()
            raise
    return made


def guess_at_once(addresses, count=40):
    """@p count wrong invite codes sent at one moment from this address, spread over the servers
    at @p addresses (8 channels each). Returns each call's status code; a RESOURCE_EXHAUSTED
    that is not about wrong codes (a busy server) is returned as its details."""
    channels = [channel(a, ready=True) for a in addresses for _ in range(8)]
    stubs = [pb_grpc.SyncServiceStub(c) for c in channels]
    start = threading.Barrier(count, timeout=60)
    outcomes = []
    lock = threading.Lock()

    def guess(i):
        request = pb.EnrollRequest(invite_code=f"AAAA-BBBB-CCCC-{2222 + i:04d}",
                                   device_name="x", protocol_version=PROTOCOL)
        start.wait()
        try:
            stubs[i % len(stubs)].Enroll(request, timeout=30)
            result = grpc.StatusCode.OK
        except grpc.RpcError as e:
            result = (e.code() if e.code() != grpc.StatusCode.RESOURCE_EXHAUSTED
                      or "wrong invite codes" in e.details() else e.details())
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in channels:
        c.close()
    return outcomes


def psql(url, text):
    """Runs @p text in the database at @p url; its output (unaligned, tuples only)."""
    proc = subprocess.run([os.path.join(PG_BIN, "psql"), url, "-qAtc", text],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise AssertionError(f"psql failed: {proc.stderr}")
    return proc.stdout.strip()


def stop_process(proc, sig, timeout):
    """Sends @p sig to @p proc (if it runs) and waits for it, SIGKILL after @p timeout s."""
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PG_BIN = "/usr/lib/postgresql/15/bin"


class PgCluster:
    """A private PostgreSQL 15 cluster (as tests/unit/pgcluster.h): a temporary folder, run as
    nobody when we are root, reachable only through a socket in that folder, no fsync (unless
    @p durable: every commit on disk, as a production database; for the bench).

    Its server is a child of this process that dies with it (setpriv --pdeathsig), so a test
    that is killed (a CTest timeout) leaves no PostgreSQL running; @p outlives: started with
    pg_ctl instead, to be stopped by a later process (the bench's start and stop)."""

    def __init__(self, durable=False, outlives=False, standby_of=None):
        """@p standby_of: a cluster whose changes this one streams (pg_basebackup -R), to be
        promoted to take over (promote())."""
        self.durable = durable
        self.outlives = outlives
        self.server = None
        if not os.path.exists(os.path.join(PG_BIN, "initdb")):
            raise AssertionError("PostgreSQL 15 is not installed (./dev installs postgresql-15)")
        self.dir = tempfile.mkdtemp(prefix="gw-pg-")
        self.as_nobody = os.geteuid() == 0
        if self.as_nobody:
            os.chown(self.dir, 65534, 65534)
        self.databases = 0
        if standby_of:
            self._run("pg_basebackup", "-h", standby_of.dir, "-U", "gangwerk", "-D", self.data,
                      "-R", "-X", "stream", "--no-sync", "--checkpoint=fast")
        else:
            self._run("initdb", "-D", self.data, "-U", "gangwerk", "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
        self.resume()

    @classmethod
    def at(cls, folder):
        """The cluster an earlier process started with @p outlives in @p folder (its stop())."""
        cluster = cls.__new__(cls)
        cluster.dir = folder
        cluster.durable = cluster.outlives = True
        cluster.server = None
        cluster.as_nobody = os.geteuid() == 0
        cluster.databases = 0
        return cluster

    def _options(self):
        return (["-c", "listen_addresses=", "-c", f"unix_socket_directories={self.dir}",
                 "-c", "max_connections=300"]
                + ([] if self.durable else ["-c", "fsync=off", "-c", "full_page_writes=off",
                                            "-c", "synchronous_commit=off"]))

    def _as_owner(self, pdeathsig=None):
        """setpriv: as nobody when we are root; with @p pdeathsig, the child dies with us."""
        cmd = ["setpriv"]
        if self.as_nobody:
            cmd += ["--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        if pdeathsig:
            cmd += [f"--pdeathsig={pdeathsig}"]
        return cmd + ["--"]

    def resume(self):
        """Starts the cluster (again) and waits until it takes connections."""
        if self.outlives:
            self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w",
                      "-t", "300", "-o", " ".join(f"'{o}'" if o.endswith("=") else o
                                                  for o in self._options()), "start")
            return
        with open(os.path.join(self.dir, "log"), "ab") as log:
            # SIGQUIT is PostgreSQL's immediate shutdown: its sessions end with it.
            self.server = subprocess.Popen(
                [*self._as_owner("SIGQUIT"), os.path.join(PG_BIN, "postgres"), "-D", self.data,
                 *self._options()], stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        deadline = time.time() + 300
        while subprocess.run([os.path.join(PG_BIN, "pg_isready"), "-q", "-h", self.dir],
                             timeout=60).returncode != 0:
            if self.server.poll() is not None or time.time() > deadline:
                with open(os.path.join(self.dir, "log")) as f:
                    raise AssertionError(f"PostgreSQL did not start: {f.read()[-2000:]}")
            time.sleep(0.05)

    def promote(self):
        """A standby becomes a primary that takes writes (as after its primary failed)."""
        psql(self.url(), "SELECT pg_promote(true, 60)")

    def crash(self):
        """Ends the cluster as a crash would (PostgreSQL's immediate shutdown)."""
        stop_process(self.server, signal.SIGQUIT, 120)

    def halt(self):
        """Stops the cluster, ending every session (as a restart for an upgrade or a
        switchover does); resume() brings it back. Not as a crash: with synchronous_commit off
        the last commits would be lost with it."""
        if self.outlives:
            self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
            return
        stop_process(self.server, signal.SIGINT, 120)  # PostgreSQL's fast shutdown

    @property
    def data(self):
        return os.path.join(self.dir, "data")

    def _run(self, tool, *args):
        cmd = [*self._as_owner(), os.path.join(PG_BIN, tool), *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            raise AssertionError(f"{tool} failed: {proc.stdout}{proc.stderr}")

    def new_database(self):
        """An empty database of its own; returns its URL."""
        self.databases += 1
        name = f"gw{os.getpid()}_{self.databases}"
        self._run("createdb", "-h", self.dir, "-U", "gangwerk", name)
        return self.url(name)

    def url(self, database="postgres"):
        return f"postgresql://gangwerk@/{database}?host={self.dir}"

    def stop(self):
        if self.server is not None:
            stop_process(self.server, signal.SIGQUIT, 60)
        else:
            subprocess.run([*self._as_owner(), os.path.join(PG_BIN, "pg_ctl"), "-D", self.data,
                            "-m", "immediate", "stop"], capture_output=True, timeout=120)
        shutil.rmtree(self.dir, ignore_errors=True)


_cluster = None


def on_postgresql():
    return os.environ.get("GANGWERK_TEST_STORE") == "postgresql"


def cluster():
    """This test process's PostgreSQL cluster (started on first use)."""
    global _cluster
    if _cluster is None:
        _cluster = PgCluster()
        atexit.register(_cluster.stop)
    return _cluster


def cluster_holds(server, texts):
    """Which of @p texts are in the clear in any file of the PostgreSQL cluster holding
    @p server's store (after a checkpoint, so that every committed change is in them)."""
    psql(server.store_url, "CHECKPOINT")
    found = {t: False for t in texts}
    for root, _, names in os.walk(cluster().data):
        for name in names:
            with open(os.path.join(root, name), "rb") as fh:
                blob = fh.read()
            for t in texts:
                found[t] |= t.encode() in blob
    return found


def store_args():
    """--store for a new server's data folder: a new database when the tests run on
    PostgreSQL (one cluster per test process), else nothing (a SQLCipher file)."""
    return ["--store", cluster().new_database()] if on_postgresql() else []


class Server:
    """A data folder with one project, and a gangwerk-server serving it."""

    def __init__(self, project="Hof van Twaalf", requirement="10h/month", extra_serve_args=(),
                 tmp=None, in_file=False, store_url=None):
        self.tmp = tmp or tempfile.mkdtemp(prefix="gw-it-")
        self.data = os.path.join(self.tmp, "data")
        self.project = project
        where = (["--store", store_url] if store_url else [] if in_file else store_args())
        out = run_cli("init-project", "--data", self.data, *where,
                      "--name", project,
                      "--timezone", "Europe/Amsterdam", "--requirement", requirement).stdout
        self.beheerder_code = last_line(out)
        self.extra = list(extra_serve_args)
        self.proc = None
        self.port = 0
        self.log_path = os.path.join(self.tmp, "server.log")

    @classmethod
    def sharing(cls, other, extra_serve_args=()):
        """A second server on @p other's store: a data folder of its own holding a copy of the
        key file and the store's URL (PostgreSQL: several servers, one database)."""
        self = cls.__new__(cls)
        self.tmp = tempfile.mkdtemp(prefix="gw-it-")
        self.data = os.path.join(self.tmp, "data")
        shutil.copytree(other.data, self.data, ignore=shutil.ignore_patterns("serve.lock"))
        self.project = other.project
        self.beheerder_code = None
        self.extra = list(extra_serve_args)
        self.proc = None
        self.port = 0
        self.log_path = os.path.join(self.tmp, "server.log")
        return self

    def invite(self, role="resident", *extra):
        out = run_cli("invite", "--data", self.data, "--project", self.project,
                      "--role", role, *extra).stdout
        return last_line(out)

    def start(self, port=None):
        """Starts serving; on a given port (a restart) or a free one. Waits until it listens."""
        listen = f"127.0.0.1:{port if port is not None else 0}"
        env = dict(os.environ, GANGWERK_TEST_FAULTS="1")
        deadline = time.time() + 20
        while True:
            with open(self.log_path, "a") as log:
                self.proc = subprocess.Popen(
                    [SERVER, "serve", "--data", self.data, "--listen", listen, "--plaintext",
                     *self.extra], stdout=subprocess.PIPE, stderr=log, text=True, env=env)
            line = self.proc.stdout.readline()
            m = SERVING_RE.search(line)
            if m:
                break
            self.proc.wait()
            self.proc.stdout.close()
            # A restart right after SIGKILL may find the port or the serve lock still held.
            if time.time() > deadline:
                raise AssertionError(f"server did not start: {line!r}, see {self.log_path}")
            time.sleep(0.1)
        self.port = int(m.group(2))
        # Keep draining stdout so that the server never blocks on a full pipe.
        proc = self.proc

        def drain():
            proc.stdout.read()
            proc.stdout.close()
        threading.Thread(target=drain, daemon=True).start()
        return self

    @property
    def address(self):
        return f"127.0.0.1:{self.port}"

    @property
    def store_url(self):
        """The PostgreSQL database the data folder names (init-project --store)."""
        with open(os.path.join(self.data, "store-url")) as f:
            return f.read().strip()

    def stop(self):
        if self.proc:
            stop_process(self.proc, signal.SIGTERM, 15)
        return self.proc.returncode if self.proc else None

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def log(self):
        with open(self.log_path) as f:
            return f.read()

    def cleanup(self):
        self.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Device:
    """One enrolled device speaking the protocol, as any stock gRPC client can."""

    def __init__(self, server, code, name="phone", display_name="", enrol_key=b""):
        self.server = server
        self.channel = channel(server.address)
        self.stub = pb_grpc.SyncServiceStub(self.channel)
        resp = self.stub.Enroll(pb.EnrollRequest(invite_code=code, device_name=name,
                                                 protocol_version=PROTOCOL,
                                                 display_name=display_name,
                                                 enrol_key=enrol_key), timeout=10)
        self.token = resp.device_token
        self.device_id = resp.device_id
        self.member = resp.member
        self.project = resp.project
        self.seq = 0
        self.cursor = b""
        # The device's view of the server: id -> record, as a real client would apply it.
        self.entries = {}
        self.members = {}
        self.projects = {}
        self.devices = {}
        self.activities = {}
        self.posts = {}  # service posts (buurtdiensten)

    def reconnect(self):
        self.channel.close()
        self.channel = channel(self.server.address)
        self.stub = pb_grpc.SyncServiceStub(self.channel)

    @property
    def metadata(self):
        return (("authorization", f"Bearer {self.token}"),)

    def entry_mutation(self, minutes=60, offset=-2, category="buurtdienst", note="",
                       member_id=None, corrects="", voids=False, seq=None):
        if seq is None:
            self.seq += 1
            seq = self.seq
        entry = pb.HourEntry(id=new_id(), member_id=member_id or self.member.id, day=day(offset),
                             minutes=minutes, category=category, note=note,
                             source=pb.ENTRY_SOURCE_MANUAL, corrects=corrects, voids=voids,
                             created_at_ms=int(time.time() * 1000))
        return pb.Mutation(mutation_id=new_id(), client_seq=seq,
                           append_hour_entry=pb.AppendHourEntry(entry=entry))

    def pause_mutation(self, member_id, until):
        self.seq += 1
        return pb.Mutation(mutation_id=new_id(), client_seq=self.seq,
                           pause_requirement=pb.PauseRequirement(member_id=member_id,
                                                                 paused_until=until))

    def revoke_mutation(self, device_id):
        self.seq += 1
        return pb.Mutation(mutation_id=new_id(), client_seq=self.seq,
                           revoke_device=pb.RevokeDevice(device_id=device_id))

    def mutation(self, **body):
        """The next mutation of this device with one body, e.g. plan_activity=...."""
        self.seq += 1
        return pb.Mutation(mutation_id=new_id(), client_seq=self.seq, **body)

    def plan_mutation(self, activity):
        return self.mutation(plan_activity=pb.PlanActivity(activity=activity))

    def cancel_mutation(self, activity_id, reason):
        return self.mutation(cancel_activity=pb.CancelActivity(activity_id=activity_id,
                                                               reason=reason))

    def sign_up_mutation(self, activity_id, member_id=None, companion_id="", sign_up_id=None):
        return self.mutation(sign_up_for_activity=pb.SignUpForActivity(
            sign_up_id=sign_up_id or new_id(), activity_id=activity_id,
            member_id=member_id or self.member.id, companion_id=companion_id))

    def withdraw_mutation(self, activity_id, sign_up_id, member_id=None):
        return self.mutation(withdraw_sign_up=pb.WithdrawSignUp(
            activity_id=activity_id, sign_up_id=sign_up_id,
            member_id=member_id or self.member.id))

    def push_one(self, mutation, timeout=10):
        """Pushes one mutation; returns its MutationResult."""
        resp = self.push([mutation], timeout=timeout)
        assert len(resp.results) == 1, resp
        return resp.results[0]

    def push(self, mutations, timeout=10):
        return self.stub.Push(pb.PushRequest(protocol_version=PROTOCOL, mutations=mutations),
                              metadata=self.metadata, timeout=timeout)

    def pull_page(self, cursor=None, limit=0, timeout=10):
        return self.stub.Pull(pb.PullRequest(protocol_version=PROTOCOL,
                                             cursor=self.cursor if cursor is None else cursor,
                                             limit=limit),
                              metadata=self.metadata, timeout=timeout)

    def sync_down(self, limit=0):
        """Pulls until has_more is false, applying every change; returns the number applied."""
        n = 0
        while True:
            resp = self.pull_page(limit=limit)
            if resp.reset:
                self.entries.clear()
                self.members.clear()
                self.projects.clear()
                self.devices.clear()
                self.activities.clear()
                self.posts.clear()
            last = 0
            for c in resp.changes:
                assert c.seq > last, "changes out of order"
                last = c.seq
                kind = c.WhichOneof("record")
                if kind == "hour_entry":
                    self.entries[c.hour_entry.id] = c.hour_entry
                elif kind == "member":
                    self.members[c.member.id] = c.member
                elif kind == "project":
                    self.projects[c.project.id] = c.project
                elif kind == "device":
                    self.devices[c.device.id] = c.device
                elif kind == "activity":
                    self.activities[c.activity.id] = c.activity
                elif kind == "service_post":
                    self.posts[c.service_post.id] = c.service_post
                n += 1
            self.cursor = resp.next_cursor
            if not resp.has_more:
                return n


class RpcAssertions:
    """assertRpcError for any TestCase (mixed in before unittest.TestCase)."""

    def assertRpcError(self, code, fn, *args, **kwargs):
        with self.assertRaises(grpc.RpcError) as ctx:
            fn(*args, **kwargs)
        self.assertEqual(ctx.exception.code(), code, ctx.exception.details())
        return ctx.exception


class ServerTestCase(RpcAssertions, unittest.TestCase):
    """One server for the whole class (started once: it is the expensive part)."""

    server_args = ()

    @classmethod
    def setUpClass(cls):
        cls.server = Server(extra_serve_args=cls.server_args).start()

    @classmethod
    def tearDownClass(cls):
        rc = cls.server.stop()
        log = cls.server.log()
        cls.server.cleanup()
        assert rc == 0, f"server did not stop cleanly ({rc}):\n{log}"

    def enrol(self, role="resident", name="phone", display_name="", extra=()):
        return Device(self.server, self.server.invite(role, *extra), name=name,
                      display_name=display_name)

