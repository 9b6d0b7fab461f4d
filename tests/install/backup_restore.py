"""README "Backing up and restoring the server", step by step, on the packaged server installed in
a clean Debian 12 root (tests/install/check_packages.sh runs this with the root's path).

Every command below is the README's, run as root inside the root (chroot) on the service's own
folder, /var/lib/gangwerk-server, as its own user. What cannot run there is systemd: `systemctl
start` and `stop` are the server started and stopped (SIGTERM) as the unit does, on plaintext
loopback instead of TLS. A device (tests/integration's protocol client) enrolls and logs hours
before the backup and one more after it; after the restore it is reset, finds exactly the
hours of the backup, and sends the lost one again, which the server takes."""
import os
import signal
import subprocess
import sys
import time

from gwtest import Device, SERVING_RE, last_line, pb

ROOT = sys.argv[1]
DATA = "/var/lib/gangwerk-server"


def in_root(command, check=True):
    """One line of the README, as root in the root's shell."""
    proc = subprocess.run(["chroot", ROOT, "sh", "-ec", command], capture_output=True, text=True,
                          timeout=120)
    if check and proc.returncode != 0:
        raise SystemExit(f"FAIL: `{command}` failed ({proc.returncode}): {proc.stderr}")
    return proc.stdout


class Served:
    """gangwerk-server serving the service's folder as its user (what `systemctl start` does)."""

    def __init__(self):
        self.proc = subprocess.Popen(
            # setpriv executes the server itself (runuser would stay between, as a session):
            # SIGTERM reaches it as systemd's does.
            ["chroot", ROOT, "setpriv", "--reuid=gangwerk-server", "--regid=gangwerk-server",
             "--init-groups", "gangwerk-server", "serve", "--data", DATA, "--listen",
             "127.0.0.1:0", "--plaintext"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        m = SERVING_RE.search(line)
        if not m:
            raise SystemExit(f"FAIL: the server did not start: {line!r} {self.proc.stderr.read()}")
        self.address = f"127.0.0.1:{m.group(2)}"

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout=30)
        if rc != 0:
            raise SystemExit(f"FAIL: the server ended with {rc}: {self.proc.stderr.read()}")


def check(ok, what):
    if not ok:
        raise SystemExit(f"FAIL: {what}")


# Before the first start (README "Running the server as a service", step 4).
in_root(f"install -d -m 0700 -o gangwerk-server -g gangwerk-server {DATA}")
code = last_line(in_root(f"runuser -u gangwerk-server -- gangwerk-server init-project "
                         f"--data {DATA} --name 'De Gang' --timezone Europe/Amsterdam"))
server = Served()
boss = Device(server, code, name="kantoor")
for minutes in (30, 45, 60, 75, 90):
    result = boss.push_one(boss.entry_mutation(minutes=minutes))
    check(result.outcome == pb.OUTCOME_APPLIED, f"an entry was not taken: {result}")
boss.sync_down()
backed_up = {e.id for e in boss.entries.values()}
check(len(backed_up) == 5, f"5 entries before the backup, the server has {len(backed_up)}")

# Back up, while it serves (step 1 and 2 of "Back up").
in_root(f"runuser -u gangwerk-server -- gangwerk-server backup --data {DATA} "
        f"--to {DATA}/backup.db")
in_root(f"install -d -m 0700 /root/backup && mv {DATA}/backup.db /root/backup/ "
        f"&& cp -p {DATA}/server.key /root/backup/")
check(in_root("stat -c %a /root/backup/backup.db /root/backup/server.key").split() == ["600", "600"],
      "the copy or the key file is readable by others than root")

# An entry after the backup: the restore loses it on the server, the device still has it.
late = boss.entry_mutation(minutes=15)
boss.push_one(late)
server.stop()

# The machine's disk is lost; restore (steps 1-6 of "Restore").
in_root(f"mv {DATA} {DATA}.lost")
in_root(f"install -d -m 0700 -o gangwerk-server -g gangwerk-server {DATA}")
in_root(f"install -m 0600 -o gangwerk-server -g gangwerk-server /root/backup/backup.db {DATA}/server.db")
in_root(f"install -m 0600 -o gangwerk-server -g gangwerk-server /root/backup/server.key {DATA}/server.key")
out = in_root(f"runuser -u gangwerk-server -- gangwerk-server rotate-epoch --data {DATA}")
server = Served()
boss.server = server
boss.reconnect()

# The device is told to start over and finds what the backup holds, not the late entry.
check(boss.pull_page().reset, "after the restore the device's cursor was not reset")
boss.cursor, boss.entries = b"", {}
boss.sync_down()
restored = {e.id for e in boss.entries.values()}
check(restored == backed_up, f"restored {len(restored)} entries, the backup held {len(backed_up)}")
# It sends the lost entry again (as the app does after a reset): taken, now on the server.
again = boss.push_one(late)
check(again.outcome == pb.OUTCOME_APPLIED, f"the entry sent again was not taken: {again}")
boss.sync_down()
check(late.append_hour_entry.entry.id in boss.entries, "the entry sent again is not on the server")
server.stop()
print(f"backup and restore as the README says: {len(restored)} entries back, the lost one sent "
      f"again and taken; rotate-epoch said: {last_line(out) if out.strip() else '(nothing)'}")
