"""Sign-up storm (run by bench/run.sh, never by ctest): a real gangwerk-server on loopback with a
fresh project, DEVICES enrolled devices (members spread over GANGS corridors, one gangmaker each),
ACTIVITIES activities planned by the gangmakers and the beheerder with capacities (some smaller
than the demand, so waiting lists form), then every device pushes its sign-ups at the same
moment (alone, or some "samen gaan" with a neighbour), one Push per sign-up as a phone sends it
right after the tap. Measures per-call latency and prints sign-ups/s with p50/p99, and beside
it, in the same run on the same connections at the same concurrency, two peer figures: the
standard grpc.health.v1 Check (the transport's and this client's ceiling) and an authenticated
Push without mutations (the server's round trip without a sign-up). Then pulls as the beheerder
and checks every activity: confirmed places within capacity and equal to the server's count,
the waiting list numbered 1..n in server order, the places given first-come-first-served in
server order (a pair together), nobody waiting who fits, and every sign-up accounted for exactly
once. A violation exits 1.

The load generator is Python (Debian's python3-grpcio, its asyncio API, one channel per
device): the health-check peer shows how many calls/s this client can drive, so the sign-up
figure can be read against it (see the "client ceiling" line).

    GANGWERK_SERVER=... PYTHONPATH=<generated>:tests/integration python3 bench/signupstorm.py
"""

import argparse
import asyncio
import math
import os
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import grpc
from grpc import aio

import gwtest
from gwtest import PROTOCOL, Device, Server, new_id, pb, pb_grpc, run_cli, last_line

HOUR_MS = 3600 * 1000
DAY_MS = 24 * HOUR_MS


def say(*a):
    print(*a, flush=True)


def pct(values, p):
    s = sorted(values)
    if not s:
        return 0.0
    # Nearest rank: the smallest value with at least p% of the values at or below it.
    return s[max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))]


class Member:
    def __init__(self, index, gang, role):
        self.index, self.gang, self.role = index, gang, role
        self.code = ""
        self.token = ""
        self.id = ""
        self.seq = 0
        self.channel = None
        self.stub = None

    @property
    def metadata(self):
        return (("authorization", f"Bearer {self.token}"),)


async def timed_calls(calls, limit_s):
    """Starts every call at once (each an awaitable factory); returns (latencies, results, wall)."""
    latencies = [0.0] * len(calls)
    results = [None] * len(calls)
    go = asyncio.Event()

    async def one(i, make):
        await go.wait()
        t0 = time.perf_counter()
        results[i] = await make()
        latencies[i] = time.perf_counter() - t0

    tasks = [asyncio.create_task(one(i, c)) for i, c in enumerate(calls)]
    await asyncio.sleep(0)
    t0 = time.perf_counter()
    go.set()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=limit_s)
    return latencies, results, time.perf_counter() - t0


async def with_backoff(make, rnd):
    """One call as the app makes it: refused with RESOURCE_EXHAUSTED (the server's 32 threads are
    busy), it is sent again after the app's backoff (1 s doubling, half of it jitter; the same
    mutation, which the server applies once). Returns (reply, seconds from the first try to the
    answer, seconds of the answered try, tries refused)."""
    t0 = time.perf_counter()
    shed = 0
    while True:
        t1 = time.perf_counter()
        try:
            reply = await make()
            now = time.perf_counter()
            return reply, now - t0, now - t1, shed
        except aio.AioRpcError as e:
            if e.code() != grpc.StatusCode.RESOURCE_EXHAUSTED:
                raise
            shed += 1
            ceiling = min(300.0, 1.0 * 2 ** (shed - 1))
            await asyncio.sleep(ceiling / 2 + rnd.random() * ceiling / 2)


def device_calls(members, per_member, rnd):
    """A device's calls in sequence (a phone sends one after the other), devices at once."""
    flat = []

    def chain(makers):
        async def run():
            return [await with_backoff(make, rnd) for make in makers]
        return run

    for m in members:
        makers = per_member(m)
        if makers:
            flat.append(chain(makers))
    return flat


async def storm(args, server, members, beheerder, plan):
    for m in members + [beheerder]:
        m.channel = aio.insecure_channel(server.address)
        m.stub = pb_grpc.SyncServiceStub(m.channel)
    # Connect every channel first: the storm measures calls, not TCP and HTTP/2 set-up.
    await asyncio.gather(*(asyncio.wait_for(m.channel.channel_ready(), 20) for m in members))
    health_check = {m.index: m.channel.unary_unary("/grpc.health.v1.Health/Check",
                                                   request_serializer=lambda b: b,
                                                   response_deserializer=lambda b: b)
                    for m in members}

    def mutation(m, su):
        m.seq += 1
        return pb.Mutation(mutation_id=new_id(), client_seq=m.seq,
                           sign_up_for_activity=pb.SignUpForActivity(
                               sign_up_id=su["id"], activity_id=su["activity"],
                               member_id=m.id, companion_id=su["companion"]))

    def sign_ups(m):
        # Made once, in the device's order: a retry sends the same mutation again.
        mutations = [mutation(m, su) for su in plan.get(m.index, [])]
        return [(lambda m=m, mu=mu: m.stub.Push(
                    pb.PushRequest(protocol_version=PROTOCOL, mutations=[mu]),
                    metadata=m.metadata, timeout=args.deadline))
                for mu in mutations]

    def empty_pushes(m):
        n = len(plan.get(m.index, []))
        return [(lambda m=m: m.stub.Push(pb.PushRequest(protocol_version=PROTOCOL),
                                         metadata=m.metadata, timeout=args.deadline))] * n

    def health(m):
        n = len(plan.get(m.index, []))
        # HealthCheckRequest{service=""} is the empty message.
        return [(lambda m=m: health_check[m.index](b"", timeout=args.deadline))] * n

    figures = {}
    rnd = random.Random(5)
    try:
        # The peers first (they change nothing), then the storm; each on the same connections.
        for name, per in (("health", health), ("empty_push", empty_pushes),
                          ("signup", sign_ups)):
            _, results, wall = await timed_calls(device_calls(members, per, rnd), args.limit)
            calls = [c for r in results for c in r]
            lat = [c[1] for c in calls]
            tried = [c[2] for c in calls]
            figures[name] = dict(calls=len(calls), wall=wall, per_s=len(calls) / wall,
                                 p50=pct(lat, 50) * 1000, p99=pct(lat, 99) * 1000,
                                 max=max(lat) * 1000, try_p50=pct(tried, 50) * 1000,
                                 try_p99=pct(tried, 99) * 1000,
                                 shed=sum(c[3] for c in calls),
                                 retried=sum(1 for c in calls if c[3]),
                                 replies=[c[0] for c in calls])
    finally:
        await asyncio.gather(*(m.channel.close() for m in members + [beheerder]))
    return figures


def verify(activities, plan_by_id, applied_ids):
    """Every rule of the places, per activity; returns the list of violations."""
    bad = []
    seen = set()
    for aid, wanted in plan_by_id.items():
        a = activities.get(aid)
        if a is None:
            bad.append(f"{aid}: activity missing from the beheerder's pull")
            continue
        name = a.title
        ups = list(a.sign_ups)
        orders = [s.server_order for s in ups]
        if any(o <= 0 for o in orders) or orders != sorted(orders) or len(set(orders)) != len(orders):
            bad.append(f"{name}: sign-ups not in strictly increasing server order {orders[:10]}…")
        seats = lambda s: 2 if s.companion_id else 1
        confirmed = [s for s in ups if s.state == pb.SIGN_UP_STATE_CONFIRMED]
        waiting = [s for s in ups if s.state == pb.SIGN_UP_STATE_WAITLISTED]
        other = [s for s in ups if s.state not in (pb.SIGN_UP_STATE_CONFIRMED,
                                                   pb.SIGN_UP_STATE_WAITLISTED)]
        taken = sum(seats(s) for s in confirmed)
        if other:
            bad.append(f"{name}: {len(other)} sign-ups neither confirmed nor waiting")
        if a.capacity and taken > a.capacity:
            bad.append(f"{name}: {taken} places confirmed for a capacity of {a.capacity}")
        if taken != a.places_taken:
            bad.append(f"{name}: places_taken {a.places_taken}, confirmed seats {taken}")
        # The server counts people waiting (a pair is two).
        if sum(seats(s) for s in waiting) != a.waiting_count:
            bad.append(f"{name}: waiting_count {a.waiting_count}, people waiting "
                       f"{sum(seats(s) for s in waiting)}")
        places = [s.waiting_place for s in sorted(waiting, key=lambda s: s.server_order)]
        if places != list(range(1, len(waiting) + 1)):
            bad.append(f"{name}: waiting places {places[:10]}… are not 1..{len(waiting)}")
        # First come, first served in the server's order (a pair takes two or waits together;
        # one who fits may pass a waiting pair): the states must be exactly that walk's.
        free = a.capacity if a.capacity else 10 ** 9
        for s in sorted(ups, key=lambda s: s.server_order):
            expect = pb.SIGN_UP_STATE_CONFIRMED if seats(s) <= free else pb.SIGN_UP_STATE_WAITLISTED
            if seats(s) <= free:
                free -= seats(s)
            if s.state != expect:
                bad.append(f"{name}: sign-up #{s.server_order} is "
                           f"{pb.SignUpState.Name(s.state)}, first-come-first-served says "
                           f"{pb.SignUpState.Name(expect)}")
                break
        if any(seats(s) <= (a.capacity - taken if a.capacity else 10 ** 9) for s in waiting):
            bad.append(f"{name}: someone waits who fits in the free places")
        ids = {s.id for s in ups}
        if ids != wanted:
            bad.append(f"{name}: {len(wanted - ids)} sign-ups lost, {len(ids - wanted)} unknown")
        seen |= ids
    if seen != applied_ids:
        bad.append(f"{len(applied_ids - seen)} applied sign-ups not found in any activity")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", type=int, default=500)
    ap.add_argument("--activities", type=int, default=20)
    ap.add_argument("--gangs", type=int, default=5)
    ap.add_argument("--deadline", type=float, default=30.0, help="per call, seconds")
    ap.add_argument("--limit", type=float, default=60.0, help="per phase, seconds")
    args = ap.parse_args()
    rnd = random.Random(8)
    t_start = time.perf_counter()
    gangs = [chr(ord("A") + g) for g in range(args.gangs)]
    per_gang = max(1, (args.activities * 3 // 4) // args.gangs)  # 3 per gang of 5 for 20
    hall_count = args.activities - per_gang * args.gangs
    if hall_count < 1:
        sys.exit("need more activities than gangs × their own ones")

    server = Server(project="Storm")
    try:
        rooms = {}
        for g in gangs:
            rooms[g] = last_line(run_cli("add-place", "--data", server.data, "--project",
                                         "Storm", "--name", f"Huiskamer {g}", "--gang", g).stdout)
        rooms[""] = last_line(run_cli("add-place", "--data", server.data, "--project", "Storm",
                                      "--name", "Centrale hal").stdout)
        members = [Member(i, gangs[i % args.gangs], "gangmaker" if i < args.gangs else "resident")
                   for i in range(args.devices)]
        t0 = time.perf_counter()
        # Invites are made with the CLI, as a beheerder does, before serving; one after the
        # other (the CLI opens the store exclusively).
        def invite(m):
            m.code = last_line(run_cli("invite", "--data", server.data, "--project", "Storm",
                                       "--role", m.role, "--gang", m.gang,
                                       "--name", f"Bewoner {m.index}").stdout)
        for m in members:
            invite(m)
        t_invites = time.perf_counter() - t0
        server.start()
        beheerder = Device(server, server.beheerder_code, name="beheerder")
        bm = Member(-1, "", "beheerder")
        bm.token, bm.id = beheerder.token, beheerder.member.id

        t0 = time.perf_counter()

        def enrol(m):
            ch = gwtest.channel(server.address)
            r = pb_grpc.SyncServiceStub(ch).Enroll(pb.EnrollRequest(
                invite_code=m.code, device_name=f"phone {m.index}",
                protocol_version=PROTOCOL), timeout=30)
            ch.close()
            m.token, m.id = r.device_token, r.member.id
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(enrol, members))
        t_enrol = time.perf_counter() - t0

        # The programme: each gang's gangmaker plans per_gang activities in its common room, the
        # beheerder the rest in the hall; capacities below, at and above the demand.
        now = int(time.time() * 1000)
        activities = []  # (id, gang, capacity)
        gang_caps = [20, 40, 0, 30]
        hall_caps = [50, 80, 100, 150, 0, 60]
        for gi, g in enumerate(gangs):
            gm = members[gi]
            for k in range(per_gang):
                activities.append(dict(id=new_id(), gang=g, room=rooms[g], planner=gm,
                                       capacity=gang_caps[k % len(gang_caps)], slot=k))
        for k in range(hall_count):
            activities.append(dict(id=new_id(), gang="", room=rooms[""], planner=bm,
                                   capacity=hall_caps[k % len(hall_caps)], slot=k))
        for a in activities:
            start = now + DAY_MS + a["slot"] * 3 * HOUR_MS
            p = a["planner"]
            p.seq += 1
            ch = gwtest.channel(server.address)
            r = pb_grpc.SyncServiceStub(ch).Push(pb.PushRequest(
                protocol_version=PROTOCOL, mutations=[pb.Mutation(
                    mutation_id=new_id(), client_seq=p.seq,
                    plan_activity=pb.PlanActivity(activity=pb.Activity(
                        id=a["id"], title=f"Activiteit {a['gang'] or 'hal'} {a['slot'] + 1}",
                        place_id=a["room"], start_ms=start, end_ms=start + 2 * HOUR_MS,
                        capacity=a["capacity"], gang=a["gang"])))]),
                metadata=p.metadata, timeout=30)
            ch.close()
            if r.results[0].outcome != pb.OUTCOME_APPLIED:
                sys.exit(f"planning refused: {r.results[0].reason_code} {r.results[0].message}")
        gang_acts = {g: [a for a in activities if a["gang"] == g] for g in gangs}
        hall_acts = [a for a in activities if a["gang"] == ""]

        # Who signs up for what: one activity of their corridor and one in the hall, spread
        # evenly; one in ten comes together with a neighbour of their corridor to the
        # corridor's activity (the neighbour then does not sign up for it alone).
        plan = {}
        plan_by_id = {a["id"]: set() for a in activities}
        companions = set()
        by_gang = {g: [m for m in members if m.gang == g] for g in gangs}
        for g in gangs:
            ms = by_gang[g]
            for j, m in enumerate(ms):
                act = gang_acts[g][j % per_gang]
                partner = ms[j + per_gang] if j + per_gang < len(ms) else None
                if m.index in companions:
                    continue
                companion = ""
                if partner and rnd.random() < 0.1 and partner.index not in companions:
                    companion = partner.id
                    companions.add(partner.index)
                plan.setdefault(m.index, []).append(dict(id=new_id(), activity=act["id"],
                                                         companion=companion))
        for m in members:
            act = hall_acts[(m.index // args.gangs) % len(hall_acts)]
            plan.setdefault(m.index, []).append(dict(id=new_id(), activity=act["id"],
                                                     companion=""))
        for m in members:
            rnd.shuffle(plan[m.index])
            for su in plan[m.index]:
                plan_by_id[su["activity"]].add(su["id"])
        total = sum(len(v) for v in plan.values())
        demand = {a["id"]: 0 for a in activities}
        for m in members:
            for su in plan[m.index]:
                demand[su["activity"]] += 2 if su["companion"] else 1
        say(f"storm: {args.devices} devices in {args.gangs} corridors, {len(activities)} "
            f"activities (capacities {sorted(a['capacity'] for a in activities)}; 0 = no limit), "
            f"{total} sign-ups of which {len(companions)} together; invites {t_invites:.1f} s, "
            f"enrolment {t_enrol:.1f} s")

        figures = asyncio.run(storm(args, server, members, bm, plan))
        applied, refused = set(), []
        signup_ids = [su["id"] for m in members for su in plan.get(m.index, [])]
        for resp in figures["signup"]["replies"]:
            r = resp.results[0]
            if r.outcome == pb.OUTCOME_APPLIED:
                applied.add(r.mutation_id)
            else:
                refused.append(f"{pb.Outcome.Name(r.outcome)} {r.reason_code}")

        beheerder.sync_down()
        violations = verify(beheerder.activities, plan_by_id, set(signup_ids))
        if refused:
            violations.append(f"{len(refused)} sign-ups refused: {refused[:5]}")
        if len(applied) != total:
            violations.append(f"{len(applied)} of {total} sign-ups applied")
        full = sum(1 for a in activities if a["capacity"] and demand[a["id"]] > a["capacity"])
        waiting = sum(a.waiting_count for a in beheerder.activities.values())

        for name in ("health", "empty_push", "signup"):
            f = figures[name]
            say(f"  {name:10s} {f['calls']:4d} calls in {f['wall']:.2f} s: {f['per_s']:.0f}/s, "
                f"p50 {f['p50']:.1f} ms, p99 {f['p99']:.1f} ms, max {f['max']:.1f} ms; "
                f"{f['retried']} calls refused busy at first ({f['shed']} tries, "
                f"RESOURCE_EXHAUSTED), sent again after the app's backoff; the answered try "
                f"p50 {f['try_p50']:.1f} ms, p99 {f['try_p99']:.1f} ms")
        s, h, e = figures["signup"], figures["health"], figures["empty_push"]
        say(f"  client ceiling: python3-grpcio asyncio drove {h['per_s']:.0f} health checks/s; "
            f"the sign-ups ran at {100 * s['per_s'] / h['per_s']:.0f}% of that")
        say(f"  {full} activities over-asked, {waiting} people waiting; "
            f"took {time.perf_counter() - t_start:.0f} s in all")
        if violations:
            for v in violations:
                say("VIOLATION: " + v)
        say(f"signups: {s['per_s']:.0f} sign-ups/s, p50 {s['p50']:.1f} ms, p99 {s['p99']:.1f} ms "
            f"(health check {h['per_s']:.0f}/s, ratio {s['per_s'] / h['per_s']:.2f}; "
            f"empty push {e['per_s']:.0f}/s, ratio {s['per_s'] / e['per_s']:.2f}; "
            f"{'no capacity exceeded' if not violations else f'{len(violations)} VIOLATIONS'})")
        rc = server.stop()
        if rc != 0:
            say(f"server stopped with {rc}")
            return 1
        return 1 if violations else 0
    finally:
        server.cleanup()


if __name__ == "__main__":
    try:
        code = main()
    except BaseException:
        import traceback
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    # grpc's asyncio threads can keep the interpreter from ending after an error.
    os._exit(code)
