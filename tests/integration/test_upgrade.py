"""A server store made by an earlier release (tests/data/server-v2: the demo project, a
gangmaker in "Gang Noord" with one entry and a pause, two enrolled devices) upgrades in place:
enrolled devices keep their tokens, their cursors and their client_seq, and every member's view
is what the permission table says."""

import json
import os
import shutil
import tempfile
import unittest

import grpc

import gwtest
from gwtest import Device, Server, day, last_line, new_id, pb, pb_grpc, run_cli, PROTOCOL

FIXTURE = os.path.join(os.path.dirname(__file__), "..", "data", "server-v2")


class EnrolledDevice(Device):
    """A device enrolled before the upgrade: known token and cursor, no Enroll call."""

    def __init__(self, server, token, cursor, seq, member_id):
        self.server = server
        self.channel = gwtest.channel(server.address)
        self.stub = pb_grpc.SyncServiceStub(self.channel)
        self.token = token
        self.cursor = cursor
        self.seq = seq
        self.entries, self.members, self.projects, self.devices = {}, {}, {}, {}
        self.member = pb.Member(id=member_id)


class UpgradeInPlace(unittest.TestCase):

    def setUp(self):
        with open(os.path.join(FIXTURE, "fixture.json")) as f:
            self.fx = json.load(f)
        self.tmp = tempfile.mkdtemp(prefix="gw-upgrade-")
        data = os.path.join(self.tmp, "data")
        os.mkdir(data, 0o700)
        for name in ("server.db", "server.key"):
            shutil.copy(os.path.join(FIXTURE, name), data)
            os.chmod(os.path.join(data, name), 0o600)
        self.server = Server.__new__(Server)
        self.server.__dict__.update(tmp=self.tmp, data=data, project=self.fx["project"],
                                    extra=[], proc=None, port=0,
                                    log_path=os.path.join(self.tmp, "server.log"))
        self.addCleanup(self.server.cleanup)

    def test_devices_and_views_survive_the_upgrade(self):
        fx = self.fx
        gm_id = fx["gangmaker"]["member_id"]
        # The command line opens (and so upgrades) the store first.
        samira_code = last_line(run_cli("invite", "--data", self.server.data, "--project",
                                        fx["project"], "--member",
                                        fx["resident"]["member_id"]).stdout)
        self.server.start()

        gm = EnrolledDevice(self.server, fx["gangmaker"]["token"],
                            bytes.fromhex(fx["gangmaker"]["cursor"]), fx["gangmaker"]["last_seq"],
                            gm_id)
        # The old cursor is still this server's: no reset; what is new is only the members
        # whose running pause became a period (so that devices receive the periods), and the
        # records of this member's devices (server v3), this one synced today.
        page = gm.pull_page()
        self.assertFalse(page.reset)
        kinds = [c.WhichOneof("record") for c in page.changes]
        self.assertEqual(set(kinds) - {"member", "device"}, set())
        devices = {c.device.id: c.device for c in page.changes if c.HasField("device")}
        self.assertEqual({d.member_id for d in devices.values()}, {gm_id})
        self.assertIn(day(0), {d.last_sync_day for d in devices.values()})
        self.assertTrue(all(d.revoked_at_ms == 0 for d in devices.values()))
        relogged = {c.member.id for c in page.changes if c.HasField("member")}
        if fx["gangmaker"]["paused_until"] >= day(0):
            self.assertIn(gm_id, relogged)
        # The device's sequence carries on where it was.
        resp = gm.push([gm.entry_mutation(minutes=30, note="after upgrade")])
        self.assertEqual(resp.results[0].outcome, pb.OUTCOME_APPLIED, resp)
        self.assertEqual(resp.next_client_seq, fx["gangmaker"]["last_seq"] + 2)
        gm.cursor = b""
        gm.sync_down()
        self.assertEqual(sorted(e.note for e in gm.entries.values()),
                         ["after upgrade", fx["gangmaker"]["entry_note"]])
        me = gm.members[gm_id]
        self.assertEqual(me.gang, fx["gangmaker"]["gang"])
        self.assertEqual(me.paused_until, fx["gangmaker"]["paused_until"])
        # The pause becomes a period from the day of the upgrade (the day it was set was never
        # recorded), so it does not reach back; once its end has passed it is not kept.
        periods = [(getattr(p, "from"), p.until) for p in me.pauses]
        if fx["gangmaker"]["paused_until"] >= day(0):
            self.assertEqual(periods, [(day(0), fx["gangmaker"]["paused_until"])])
        else:
            self.assertEqual(periods, [])
        self.assertEqual(len(gm.members), fx["members"])

        boss = EnrolledDevice(self.server, fx["beheerder"]["token"], b"", 1,
                                fx["beheerder"]["member_id"])
        boss.sync_down()
        self.assertEqual(len(boss.entries), fx["entries"] + 1)
        self.assertEqual(len(boss.members), fx["members"])
        self.assertEqual(boss.members[gm_id].paused_until, fx["gangmaker"]["paused_until"])

        samira = Device(self.server, samira_code, name="second phone")
        self.assertEqual(samira.member.id, fx["resident"]["member_id"])
        samira.sync_down()
        self.assertTrue(samira.entries)
        self.assertTrue(all(e.member_id == samira.member.id for e in samira.entries.values()))
        # A neighbour's public fields, never their pause.
        self.assertEqual(samira.members[gm_id].gang, fx["gangmaker"]["gang"])
        self.assertEqual(samira.members[gm_id].paused_until, "")
        self.assertEqual(self.server.stop(), 0)

        # Opening an upgraded store again changes nothing.
        self.server.start()
        again = EnrolledDevice(self.server, fx["beheerder"]["token"], b"", 1,
                                fx["beheerder"]["member_id"])
        again.sync_down()
        self.assertEqual(again.entries.keys(), boss.entries.keys())
        self.assertEqual(self.server.stop(), 0)


if __name__ == "__main__":
    unittest.main()
