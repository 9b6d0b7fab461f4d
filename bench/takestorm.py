"""Take storm (run by bench/run.sh, never by ctest): a real gangwerk-server on loopback with a
fresh project, DEVICES enrolled residents in GANGS corridors and REQUESTS requests for help for
the whole project (posted by ASKERS other residents), then every device takes PER_DEVICE of them
at the same moment, one Push per take as a phone sends it right after the tap, so that each
request has DEVICES × PER_DEVICE / REQUESTS neighbours racing for it. Measures per-call latency
(from the first try to the answer, so the app's backoff counts) and prints takes/s with
p50/p99; beside it, in the same run on the same connections at the same concurrency, the
standard grpc.health.v1 Check (this client's ceiling) and an authenticated Push without
mutations (the server's round trip without a take), as the sign-up storm does.

Then it checks what users rely on, and exits 1 on any violation: every request got exactly one
APPLIED take and every other take of it was refused with ALREADY_TAKEN, bringing the post back
taken and without its helper; the beheerder's pull shows each request taken by exactly the
device whose take was applied; nothing else was refused.

The server refuses calls beyond its 32 worker threads with RESOURCE_EXHAUSTED (issue 11): a
refused call is sent again after the app's backoff (1 s doubling, jittered; the same mutation)
and counted, never treated as a failure.

    GANGWERK_SERVER=... PYTHONPATH=<generated>:tests/integration python3 bench/takestorm.py
"""

import argparse
import asyncio
import os
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import grpc
from grpc import aio

import gwtest
from gwtest import PROTOCOL, Device, Server, new_id, pb, pb_grpc, run_cli, last_line
from signupstorm import Member, device_calls, pct, say, timed_calls


async def storm(args, server, members, plan):
    """Runs the three phases (health, empty push, takes) on one connection per device; returns
    their figures."""
    for m in members:
        m.channel = aio.insecure_channel(server.address)
        m.stub = pb_grpc.SyncServiceStub(m.channel)
    # Connect every channel first: the storm measures calls, not TCP and HTTP/2 set-up.
    await asyncio.gather(*(asyncio.wait_for(m.channel.channel_ready(), 20) for m in members))
    health_check = {m.index: m.channel.unary_unary("/grpc.health.v1.Health/Check",
                                                   request_serializer=lambda b: b,
                                                   response_deserializer=lambda b: b)
                    for m in members}

    def takes(m):
        # Made once, in the device's order: a retry sends the same mutation again.
        muts = []
        for post_id in plan.get(m.index, []):
            m.seq += 1
            muts.append(pb.Mutation(mutation_id=new_id(), client_seq=m.seq,
                                    take_service=pb.TakeService(post_id=post_id)))
        return [(lambda m=m, mu=mu: m.stub.Push(
                    pb.PushRequest(protocol_version=PROTOCOL, mutations=[mu]),
                    metadata=m.metadata, timeout=args.deadline))
                for mu in muts]

    def empty_pushes(m):
        n = len(plan.get(m.index, []))
        return [(lambda m=m: m.stub.Push(pb.PushRequest(protocol_version=PROTOCOL),
                                         metadata=m.metadata, timeout=args.deadline))] * n

    def health(m):
        n = len(plan.get(m.index, []))
        return [(lambda m=m: health_check[m.index](b"", timeout=args.deadline))] * n

    figures = {}
    rnd = random.Random(11)
    try:
        for name, per in (("health", health), ("empty_push", empty_pushes), ("take", takes)):
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
        await asyncio.gather(*(m.channel.close() for m in members))
    return figures


def verify(posts, plan_by_post, results, ids):
    """results: post id -> [(member index, MutationResult)]. Returns the violations."""
    bad = []
    for post_id, takers in plan_by_post.items():
        got = results.get(post_id, [])
        if sorted(i for i, _ in got) != sorted(takers):
            bad.append(f"{post_id}: {len(got)} answers for {len(takers)} takes")
        winners = [i for i, r in got if r.outcome == pb.OUTCOME_APPLIED]
        if len(winners) != 1:
            bad.append(f"{post_id}: {len(winners)} takes applied (never two helpers, never "
                       f"none)")
        for i, r in got:
            if r.outcome == pb.OUTCOME_APPLIED:
                continue
            if r.outcome != pb.OUTCOME_REJECTED or r.reason_code != "ALREADY_TAKEN":
                bad.append(f"{post_id}: a take answered {pb.Outcome.Name(r.outcome)} "
                           f"{r.reason_code!r}, not ALREADY_TAKEN")
            elif not r.message:
                bad.append(f"{post_id}: ALREADY_TAKEN without words")
            else:
                c = r.current.service_post
                if (c.id, c.state, c.helper_id) != (post_id, pb.SERVICE_STATE_TAKEN, ""):
                    bad.append(f"{post_id}: a refused take brought back {c.id or 'nothing'} "
                               f"{pb.ServiceState.Name(c.state)}, helper "
                               f"{'shown' if c.helper_id else 'hidden'}")
        p = posts.get(post_id)
        if p is None:
            bad.append(f"{post_id}: missing from the beheerder's pull")
        elif len(winners) == 1 and (p.state, p.helper_id) != (pb.SERVICE_STATE_TAKEN,
                                                              ids[winners[0]]):
            bad.append(f"{post_id}: the beheerder sees {pb.ServiceState.Name(p.state)} with "
                       f"another helper than the one whose take was applied")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", type=int, default=200)
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--per-device", type=int, default=5, help="takes per device")
    ap.add_argument("--askers", type=int, default=10)
    ap.add_argument("--gangs", type=int, default=4)
    ap.add_argument("--deadline", type=float, default=30.0, help="per call, seconds")
    ap.add_argument("--limit", type=float, default=90.0, help="per phase, seconds")
    args = ap.parse_args()
    if args.per_device > args.requests:
        sys.exit("--per-device cannot exceed --requests")
    rnd = random.Random(9)
    t_start = time.perf_counter()
    gangs = [chr(ord("A") + g) for g in range(args.gangs)]

    server = Server(project="Takes")
    try:
        members = [Member(i, gangs[i % args.gangs], "resident") for i in range(args.devices)]
        askers = [Member(args.devices + i, gangs[i % args.gangs], "resident")
                  for i in range(args.askers)]
        t0 = time.perf_counter()
        # Invites with the CLI, as a beheerder makes them, before serving.
        for m in members + askers:
            m.code = last_line(run_cli("invite", "--data", server.data, "--project", "Takes",
                                       "--role", m.role, "--gang", m.gang,
                                       "--name", f"Bewoner {m.index}").stdout)
        t_invites = time.perf_counter() - t0
        server.start()
        beheerder = Device(server, server.beheerder_code, name="beheerder")

        t0 = time.perf_counter()

        def enrol(m):
            ch = gwtest.channel(server.address)
            r = pb_grpc.SyncServiceStub(ch).Enroll(pb.EnrollRequest(
                invite_code=m.code, device_name=f"phone {m.index}",
                protocol_version=PROTOCOL), timeout=30)
            ch.close()
            m.token, m.id = r.device_token, r.member.id
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(enrol, members + askers))
        t_enrol = time.perf_counter() - t0

        # The requests, for the whole project: each asker posts its share.
        post_ids = []
        categories = ["groceries", "chat", "ict", "paperwork", "small_job", "language", "other"]
        ch = gwtest.channel(server.address)
        stub = pb_grpc.SyncServiceStub(ch)
        for k in range(args.requests):
            a = askers[k % len(askers)]
            a.seq += 1
            post = pb.ServicePost(id=new_id(), kind=pb.SERVICE_KIND_REQUEST,
                                  category=categories[k % len(categories)],
                                  text=f"Vraag {k + 1}: wie helpt?", estimate_minutes=60,
                                  asker_id=a.id)
            r = stub.Push(pb.PushRequest(protocol_version=PROTOCOL, mutations=[pb.Mutation(
                mutation_id=new_id(), client_seq=a.seq,
                post_service=pb.PostService(post=post))]), metadata=a.metadata, timeout=30)
            if r.results[0].outcome != pb.OUTCOME_APPLIED:
                sys.exit(f"posting refused: {r.results[0].reason_code} {r.results[0].message}")
            post_ids.append(post.id)
        ch.close()

        # Who takes what: every device PER_DEVICE different requests, in its own random order,
        # dealt so that every request has the same number of neighbours racing for it.
        slots = [post_ids[j % len(post_ids)] for j in range(args.devices * args.per_device)]
        plan, plan_by_post = {}, {p: [] for p in post_ids}
        for m in members:
            mine = slots[m.index * args.per_device:(m.index + 1) * args.per_device]
            # Consecutive slots are distinct requests while per_device <= requests.
            rnd.shuffle(mine)
            plan[m.index] = mine
            for p in mine:
                plan_by_post[p].append(m.index)
        total = sum(len(v) for v in plan.values())
        racing = sorted({len(v) for v in plan_by_post.values()})
        say(f"take storm: {args.devices} devices in {args.gangs} corridors, {args.requests} "
            f"requests for the whole project by {args.askers} askers, {total} takes ({racing} "
            f"neighbours racing per request); invites {t_invites:.1f} s, enrolment "
            f"{t_enrol:.1f} s")

        figures = asyncio.run(storm(args, server, members, plan))
        # Each device's replies are in its plan's order.
        results = {}
        replies = iter(figures["take"]["replies"])
        for m in members:
            for post_id in plan.get(m.index, []):
                r = next(replies).results[0]
                if r.outcome == pb.OUTCOME_DUPLICATE:  # a retry after a lost answer
                    d = pb.MutationResult()
                    d.CopyFrom(r)
                    d.outcome = r.original_outcome
                    r = d
                results.setdefault(post_id, []).append((m.index, r))

        beheerder.sync_down()
        ids = {m.index: m.id for m in members}
        violations = verify(beheerder.posts, plan_by_post, results, ids)
        applied = sum(1 for rs in results.values() for _, r in rs
                      if r.outcome == pb.OUTCOME_APPLIED)

        for name in ("health", "empty_push", "take"):
            f = figures[name]
            say(f"  {name:10s} {f['calls']:4d} calls in {f['wall']:.2f} s: {f['per_s']:.0f}/s, "
                f"p50 {f['p50']:.1f} ms, p99 {f['p99']:.1f} ms, max {f['max']:.1f} ms; "
                f"{f['retried']} calls refused busy at first ({f['shed']} tries, "
                f"RESOURCE_EXHAUSTED), sent again after the app's backoff; the answered try "
                f"p50 {f['try_p50']:.1f} ms, p99 {f['try_p99']:.1f} ms")
        t, h, e = figures["take"], figures["health"], figures["empty_push"]
        say(f"  client ceiling: python3-grpcio asyncio drove {h['per_s']:.0f} health checks/s; "
            f"the takes ran at {100 * t['per_s'] / h['per_s']:.0f}% of that")
        say(f"  {applied} takes applied for {args.requests} requests, "
            f"{total - applied} refused ALREADY_TAKEN; took {time.perf_counter() - t_start:.0f} s "
            f"in all")
        for v in violations:
            say("VIOLATION: " + v)
        say(f"takes: {t['per_s']:.0f} takes/s, p50 {t['p50']:.1f} ms, p99 {t['p99']:.1f} ms "
            f"(health check {h['per_s']:.0f}/s, ratio {t['per_s'] / h['per_s']:.2f}; "
            f"empty push {e['per_s']:.0f}/s, ratio {t['per_s'] / e['per_s']:.2f}; "
            f"{t['shed']} busy refusals retried; "
            f"{'one helper per request' if not violations else f'{len(violations)} VIOLATIONS'})")
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
