"""gangwerk-server's command line: clear errors and exit code 2 for bad arguments (nothing
written), clear errors for a missing or wrong key, TLS, backup while serving."""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.parse

import grpc

import gwtest
from gwtest import (PROTOCOL, SERVER, SERVING_RE, Device, Server, last_line, pb, pb_grpc,
                    run_cli)

CODE_RE = r"^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$"


class Cli(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gw-cli-")
        self.data = os.path.join(self.tmp, "data")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def bad(self, *args, expect, rc=2, env=None):
        proc = run_cli(*args, check=False, env=env)
        self.assertEqual(proc.returncode, rc, (args, proc.stdout, proc.stderr))
        self.assertIn(expect, proc.stderr, args)
        self.assertEqual(proc.stdout, "", args)
        return proc

    def init(self, name="Proj"):
        return last_line(run_cli("init-project", "--data", self.data, "--name", name,
                                 "--timezone", "Europe/Amsterdam",
                                 "--requirement", "10h/month").stdout)

    def test_help(self):
        self.assertIn("init-project", run_cli("--help").stdout)
        self.assertIn("--plaintext", run_cli("serve", "--help").stdout)
        self.bad(expect="no command")
        # A mistyped command is answered with every command there is, as --help lists them.
        listed = re.findall(r"^  ([a-z-]+)$", run_cli("--help").stdout, re.M)
        self.assertIn("signal-settings", listed)
        wrong = self.bad("frobnicate", expect="unknown command")
        for name in listed:
            self.assertIn(name, wrong.stderr)

    def test_init_project_bad_arguments_write_nothing(self):
        d = ["--data", self.data]
        cases = [
            (["init-project", *d], "--name is required"),
            (["init-project", "--name", "X"], "--data is required"),
            (["init-project", *d, "--name", "X", "--timezone", "Mars/Olympus"], "time zone"),
            (["init-project", *d, "--name", "X", "--requirement", "10 hours"], "10h/month"),
            (["init-project", *d, "--name", "X", "--requirement", "0h/week"], "10h/month"),
            (["init-project", *d, "--name", "X", "--backdating-days", "lots"], "whole number"),
            (["init-project", *d, "--name", "X", "--colour", "red"], "unknown option --colour"),
            (["init-project", *d, "--name"], "--name needs a value"),
            (["init-project", *d, "--name", ""], "non-empty"),
            (["init-project", *d, "--name", "X", "--name", "Y"], "twice"),
            (["init-project", *d, "--name", "X", "stray"], "unexpected argument"),
        ]
        for args, expect in cases:
            proc = self.bad(*args, expect=expect)
            self.assertIn("--help", proc.stderr)
            self.assertFalse(os.path.exists(self.data), args)

    def test_init_and_invite(self):
        code = self.init()
        self.assertRegex(code, CODE_RE)
        self.assertEqual(oct(os.stat(self.data).st_mode & 0o777), "0o700")
        self.assertEqual(oct(os.stat(os.path.join(self.data, "server.key")).st_mode & 0o777),
                         "0o600")
        # One server, several projects; names are unique.
        self.assertRegex(self.init("Second"), CODE_RE)
        self.bad("init-project", "--data", self.data, "--name", "Second", expect="exists already")
        d = ["--data", self.data]
        for role in ("resident", "gangmaker", "beheerder", "RESIDENT"):
            out = run_cli("invite", *d, "--project", "Second", "--role", role, "--gang", "Oost",
                          "--expires-days", "3").stdout
            self.assertRegex(last_line(out), CODE_RE)
        self.bad("invite", *d, "--project", "Second", "--role", "janitor", expect="not a role")
        self.bad("invite", *d, "--project", "Nope", "--role", "resident", expect="no project")
        self.bad("invite", *d, "--project", "Second", expect="--role is required")
        self.bad("invite", *d, "--project", "Second", "--role", "resident",
                 "--expires-days", "0", expect="1 to 365")
        self.bad("invite", *d, "--project", "Second", "--member", "abc",
                 expect="no member with id")
        self.bad("invite", *d, "--project", "Second", "--role", "resident",
                 "--name", "Anna\nInge", expect="--name holds a line break")
        self.bad("invite", *d, "--project", "Second", "--role", "resident",
                 "--gang", "Oost\u202e", expect="--gang holds a line break")
        self.bad("revoke-device", *d, "--device", "abc", expect="no device with id")
        self.bad("backup", *d, "--to", os.path.join(self.data, "server.key"),
                 expect="exists already")

    def test_service_settings(self):
        """Buurtdiensten settings: bad ones are refused with what to do and change nothing; good
        ones reach every device with the project."""
        server = Server(tmp=self.tmp)
        d = ["--data", server.data, "--project", server.project]
        self.bad("service-settings", *d, expect="--categories, --expiry-days or both")
        self.bad("service-settings", *d, "--categories", "Boodschappen", expect="lower-case")
        self.bad("service-settings", *d, "--categories", "groceries,care",
                 expect="not light help")
        self.bad("service-settings", *d, "--categories", " , ", expect="1 to 20 keys")
        self.bad("service-settings", *d, "--expiry-days", "0", expect="1 to 90")
        self.bad("service-settings", "--data", server.data, "--project", "Nope",
                 "--expiry-days", "3", expect="no project")
        out = run_cli("service-settings", *d, "--categories", "groceries, chat,bike_repair,chat",
                      "--expiry-days", "10").stdout
        self.assertIn("groceries, chat, bike_repair", out)
        self.assertIn("10 days", out)
        server.start()
        try:
            device = Device(server, server.invite("resident"))
            device.sync_down()
            project = device.projects[device.project.id]
            self.assertEqual(list(project.service_categories), ["groceries", "chat", "bike_repair"])
            self.assertEqual(project.service_expiry_days, 10)
        finally:
            server.stop()

    def test_serve_refuses_bad_listen_and_plaintext_off_loopback(self):
        self.init()
        d = ["--data", self.data]
        for host in ("0.0.0.0", "192.168.1.10", "[::]", "example.org"):
            proc = self.bad("serve", *d, "--listen", f"{host}:8443", "--plaintext",
                            expect="only allowed on a loopback address")
            self.assertIn("--tls-cert", proc.stderr)
        self.bad("serve", *d, "--listen", "127.0.0.1:8443", expect="--tls-cert")
        self.bad("serve", *d, "--listen", "8443", "--plaintext", expect="HOST:PORT")
        self.bad("serve", *d, "--listen", "127.0.0.1:99999", "--plaintext", expect="HOST:PORT")
        self.bad("serve", *d, "--listen", "127.0.0.1:0", "--tls-cert", "/nonexistent",
                 "--tls-key", "/nonexistent", expect="not a readable PEM file")
        env = {k: v for k, v in os.environ.items() if k != "GANGWERK_TEST_FAULTS"}
        self.bad("serve", *d, "--listen", "127.0.0.1:0", "--plaintext", "--test-fault",
                 "drop-after-commit", expect="GANGWERK_TEST_FAULTS=1", env=env)

    def test_serve_says_why_it_cannot_listen(self):
        self.init()
        d = ["--data", self.data]
        paths = []  # two certificates, each with its key
        for name in ("a", "b"):
            cert = os.path.join(self.tmp, f"{name}.pem")
            key = os.path.join(self.tmp, f"{name}.key")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                            "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out",
                            cert, "-days", "2", "-subj", "/CN=localhost"],
                           check=True, capture_output=True)
            paths.append((cert, key))
        tls = ["--tls-cert", paths[0][0], "--tls-key", paths[0][1]]
        # The port taken by another program.
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            self.bad("serve", *d, "--listen", f"127.0.0.1:{port}", "--plaintext",
                     expect=f"port {port} is in use by another program", rc=1)
        # An address of another machine (TEST-NET-1, never assigned).
        self.bad("serve", *d, "--listen", "192.0.2.1:0", *tls,
                 expect="192.0.2.1 is not an address of this machine", rc=1)
        # A certificate with another certificate's key.
        self.bad("serve", *d, "--listen", "127.0.0.1:0", "--tls-cert", paths[0][0],
                 "--tls-key", paths[1][1], expect="the TLS certificate and key do not match",
                 rc=1)

    def test_missing_or_wrong_key(self):
        self.init()
        key = os.path.join(self.data, "server.key")
        args = ("invite", "--data", self.data, "--project", "Proj", "--role", "resident")
        with open(key, "rb") as f:
            good = f.read()
        os.rename(key, key + ".away")
        self.bad(*args, expect="key file", rc=1)
        self.bad(*args, expect="missing", rc=1)
        os.rename(key + ".away", key)
        with open(key, "wb") as f:
            f.write(os.urandom(32))
        self.bad(*args, expect="does not open", rc=1)
        with open(key, "wb") as f:
            f.write(good[:31])
        self.bad(*args, expect="damaged", rc=1)
        with open(key, "wb") as f:
            f.write(good)
        os.chmod(key, 0o644)
        self.bad(*args, expect="chmod 600", rc=1)
        os.chmod(key, 0o600)
        run_cli(*args)
        self.bad("serve", "--data", os.path.join(self.tmp, "empty"), "--listen", "127.0.0.1:0",
                 "--plaintext", expect="init-project", rc=1)

    def test_tls(self):
        self.init()
        cert = os.path.join(self.tmp, "cert.pem")
        key = os.path.join(self.tmp, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "2", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                       check=True, capture_output=True)
        proc = subprocess.Popen([SERVER, "serve", "--data", self.data, "--listen",
                                 "127.0.0.1:0", "--tls-cert", cert, "--tls-key", key],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            m = SERVING_RE.search(proc.stdout.readline())
            self.assertTrue(m)
            port = m.group(2)
            with open(cert, "rb") as f:
                creds = grpc.ssl_channel_credentials(root_certificates=f.read())
            # 127.0.0.1 with the certificate's name: no DNS (a machine without /etc/hosts
            # cannot resolve "localhost"), and the name is still checked.
            with grpc.secure_channel(f"127.0.0.1:{port}", creds, options=(
                    ("grpc.ssl_target_name_override", "localhost"),)) as ch:
                code = run_cli("invite", "--data", self.data, "--project", "Proj",
                               "--role", "resident").stdout
                resp = pb_grpc.SyncServiceStub(ch).Enroll(
                    pb.EnrollRequest(invite_code=last_line(code), device_name="tls",
                                     protocol_version=PROTOCOL), timeout=10)
                self.assertEqual(resp.member.role, pb.ROLE_RESIDENT)
            with gwtest.channel(f"127.0.0.1:{port}") as ch:
                with self.assertRaises(grpc.RpcError) as ctx:
                    pb_grpc.SyncServiceStub(ch).Pull(pb.PullRequest(), timeout=5)
                self.assertEqual(ctx.exception.code(), grpc.StatusCode.UNAVAILABLE)
        finally:
            proc.terminate()
            self.assertEqual(proc.wait(timeout=15), 0)
            proc.stdout.close()


class BackupWhileServing(unittest.TestCase):

    def test_backup_restores_and_second_server_refused(self):
        server = Server()
        try:
            server.start()
            boss = Device(server, server.beheerder_code)
            boss.push([boss.entry_mutation(minutes=10 + i) for i in range(20)])
            boss.sync_down()
            # One store, one server.
            proc = run_cli("serve", "--data", server.data, "--listen", "127.0.0.1:0",
                           "--plaintext", check=False)
            self.assertEqual(proc.returncode, 1)
            self.assertIn("already serving", proc.stderr)

            copy = os.path.join(server.tmp, "backup.db")
            out = run_cli("backup", "--data", server.data, "--to", copy).stdout
            self.assertIn("key file", out)
            self.assertEqual(oct(os.stat(copy).st_mode & 0o777), "0o600")
            boss.push([boss.entry_mutation(minutes=99)])  # after the backup: not in it
            self.assertEqual(server.stop(), 0)

            # Restore: the copy and the key file make a data folder again.
            restored = Server.__new__(Server)
            restored.__dict__.update(server.__dict__)
            restored.data = os.path.join(server.tmp, "restored")
            os.mkdir(restored.data, 0o700)
            shutil.copy(copy, os.path.join(restored.data, "server.db"))
            shutil.copy2(os.path.join(server.data, "server.key"), restored.data)
            restored.start()
            boss.server = restored
            boss.reconnect()
            # The copy has an epoch of its own: the device's cursor (which has seen the entry
            # the copy lacks) is answered with a reset, so it starts over, no rotate-epoch needed.
            self.assertTrue(boss.pull_page().reset)
            before = dict(boss.entries)
            boss.cursor, boss.entries = b"", {}
            boss.sync_down()
            self.assertEqual(boss.entries, before)  # the entry pushed after the backup is gone
            self.assertEqual(restored.stop(), 0)
        finally:
            server.cleanup()



def scan_invite_sheet(svg_path):
    """Reads a printed invite as a phone camera would: draws the SVG's QR modules into an image
    and decodes it with ZBar (an independent QR reader). Returns the text it found."""
    with open(svg_path, encoding="utf-8") as f:
        svg = f.read()
    side = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
    qr = re.search(r'<g id="qr"[^>]*>(.*?)</g>', svg, re.S).group(1)
    dark = {(int(x), int(y)) for x, y in
            re.findall(r'<rect x="(\d+)" y="(\d+)" width="1" height="1"/>', qr)}
    scale = 6
    rows = bytearray()
    for y in range(side * scale):
        rows += bytes(0 if (x // scale, y // scale) in dark else 255
                      for x in range(side * scale))
    image = os.path.join(os.path.dirname(svg_path), "scanned.pgm")
    with open(image, "wb") as f:
        f.write(b"P5 %d %d 255\n" % (side * scale, side * scale) + bytes(rows))
    proc = subprocess.run(["zbarimg", "-q", "--raw", image], capture_output=True, text=True)
    return proc.stdout.strip()


class PrintedInvite(unittest.TestCase):
    """`invite --address --qr` writes a sheet to print: its QR code holds the invite link, the
    link carries this server and a fresh code, and that code enrols a device."""

    def test_qr_sheet_scans_to_a_link_that_enrols(self):
        server = Server(project="Hof van Twaalf")
        self.addCleanup(server.cleanup)
        server.start()
        address = f"http://{server.address}"
        sheet = os.path.join(server.tmp, "invite.svg")
        out = run_cli("invite", "--data", server.data, "--project", server.project,
                      "--role", "resident", "--gang", "Noord", "--address", address,
                      "--qr", sheet).stdout
        code = last_line(out)
        self.assertRegex(code, CODE_RE)
        link = re.search(r"Invite link: (\S+)", out).group(1)
        self.assertEqual(scan_invite_sheet(sheet), link)
        parsed = urllib.parse.urlsplit(link)
        self.assertEqual((parsed.scheme, parsed.netloc), ("gangwerk", "enrol"))
        query = urllib.parse.parse_qs(parsed.query)
        self.assertEqual(query["server"], [address])
        self.assertEqual(query["code"], [code])
        # The address and the code are written out for typing too.
        with open(sheet, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(f">{code}</text>", text)
        self.assertIn(f">{address}</text>", text)
        device = Device(server, query["code"][0], name="scanned")
        self.assertEqual(device.member.gang, "Noord")
        self.assertEqual(device.member.role, pb.ROLE_RESIDENT)

    def test_bad_qr_requests_make_no_invite(self):
        server = Server(project="Hof van Twaalf")
        self.addCleanup(server.cleanup)
        d = ["invite", "--data", server.data, "--project", server.project, "--role", "resident"]
        for args, expect, rc in [
            (["--qr", "x.svg"], "--qr needs --address", 2),
            (["--address", "ftp://example.nl"], "not a server address", 2),
            (["--address", "https://gangwerk.example.nl", "--qr",
              os.path.join(server.tmp, "no-such-folder", "x.svg")], "No invite was made", 1),
        ]:
            proc = run_cli(*d, *args, check=False)
            self.assertEqual(proc.returncode, rc, (args, proc.stderr))
            self.assertIn(expect, proc.stderr)
            self.assertEqual(proc.stdout, "", args)


class SeedDemo(unittest.TestCase):
    """`seed-demo` gives `./dev run` its living demo: the same records as the app's offline demo,
    each member's view filtered as for any project, and codes that enrol existing members."""

    def test_seed_demo_twice_and_enrol(self):
        server = Server(project="Eigen project")
        self.addCleanup(server.cleanup)
        first = run_cli("seed-demo", "--data", server.data).stdout
        self.assertIn('Created the demo project "De Gang"', first)
        beheerder_code = re.search(r"Beheerder invite \(Inge de Vries\): (\S+)", first).group(1)
        resident_code = last_line(first)
        server.start()

        samira = Device(server, resident_code, name="samira-phone")
        self.assertEqual(samira.member.display_name, "Samira")
        self.assertEqual(samira.member.role, pb.ROLE_RESIDENT)
        self.assertEqual(samira.project.name, "De Gang")
        samira.sync_down()
        self.assertGreater(len(samira.entries), 20)
        self.assertEqual({e.member_id for e in samira.entries.values()}, {samira.member.id})
        self.assertTrue(any(e.voids for e in samira.entries.values()))
        self.assertTrue(any(e.corrects and not e.voids for e in samira.entries.values()))

        inge = Device(server, beheerder_code, name="inge-laptop")
        self.assertEqual(inge.member.role, pb.ROLE_BEHEERDER)
        inge.sync_down()
        owners = {e.member_id for e in inge.entries.values()}
        self.assertGreaterEqual(len(owners), 3)
        self.assertTrue(any(m.paused_until for m in inge.members.values()))
        total = len(inge.entries)

        # Again: the project is not made twice, and the new codes enrol further devices.
        second = run_cli("seed-demo", "--data", server.data).stdout
        self.assertIn("exists already", second)
        again = Device(server, last_line(second), name="samira-tablet")
        self.assertEqual(again.member.id, samira.member.id)
        inge.sync_down()
        self.assertEqual(len(inge.entries), total)


if __name__ == "__main__":
    unittest.main(verbosity=2)
