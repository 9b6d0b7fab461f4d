"""Backing up and restoring a server whose store is in PostgreSQL, as the README's "Backing up
and restoring the server" says for it: a dump of the database (pg_dump, made while the server
serves) and the key file; restored into a new database, then rotate-epoch. A device finds
exactly what the dump holds, with every sealed note opened, and sends again what the dump
lacks. Runs with GANGWERK_TEST_STORE=postgresql."""

import os
import shutil
import subprocess
import tempfile
import unittest
import urllib.parse

import gwtest
from gwtest import Device, Server, pb, run_cli


def pg(tool, *args):
    proc = subprocess.run([os.path.join(gwtest.PG_BIN, tool), *args], capture_output=True,
                          text=True, timeout=120)
    if proc.returncode != 0:
        raise AssertionError(f"{tool} failed: {proc.stderr}")
    return proc.stdout


@unittest.skipUnless(gwtest.on_postgresql(), "PostgreSQL's own backup")
class BackupAndRestore(unittest.TestCase):
    def test_a_dump_and_the_key_file_bring_the_project_back(self):
        server = Server()
        backup = tempfile.mkdtemp(prefix="gw-backup-")
        try:
            server.start()
            boss = Device(server, server.beheerder_code, name="kantoor")
            anna = Device(server, server.invite("resident"), name="anna")
            for minutes in (30, 45, 60, 75, 90):
                r = anna.push_one(anna.entry_mutation(minutes=minutes, note=f"koken {minutes}"))
                self.assertEqual(r.outcome, pb.OUTCOME_APPLIED, r.message)
            boss.sync_down()
            backed_up = {i: (e.minutes, e.note) for i, e in boss.entries.items()}
            self.assertEqual(len(backed_up), 5)

            # Back up, while it serves: the dump, and the key file once.
            url = server.store_url
            dump = os.path.join(backup, "gangwerk.dump")
            pg("pg_dump", "--format=custom", f"--file={dump}", url)
            shutil.copy2(os.path.join(server.data, "server.key"), backup)

            # An entry after the backup: the restore loses it on the server, not on the phone.
            late = anna.entry_mutation(minutes=15, note="na de back-up")
            self.assertEqual(anna.push_one(late).outcome, pb.OUTCOME_APPLIED)
            self.assertEqual(server.stop(), 0)

            # The database is lost, and the data folder with it; restore.
            db = urllib.parse.urlsplit(url).path.lstrip("/")
            admin = url.replace(f"/{db}?", "/postgres?")
            gwtest.psql(admin, f'ALTER DATABASE "{db}" RENAME TO "{db}_lost"')
            pg("createdb", "-h", gwtest.cluster().dir, "-U", "gangwerk", db)
            pg("pg_restore", "--no-owner", f"--dbname={url}", dump)
            shutil.rmtree(server.data)
            os.makedirs(server.data, mode=0o700)
            with open(os.path.join(server.data, "store-url"), "w") as f:
                f.write(url + "\n")
            # Without the key file the folder is refused in words, and nothing changes.
            out = run_cli("rotate-epoch", "--data", server.data, check=False)
            self.assertNotEqual(out.returncode, 0)
            self.assertIn("key file", out.stderr)
            shutil.copy2(os.path.join(backup, "server.key"), server.data)
            run_cli("rotate-epoch", "--data", server.data)
            server.start()
            for d in (boss, anna):
                d.reconnect()

            # Told to start over, the devices find exactly the dump's entries, notes opened.
            self.assertTrue(boss.pull_page().reset)
            boss.cursor, boss.entries = b"", {}
            boss.sync_down()
            self.assertEqual({i: (e.minutes, e.note) for i, e in boss.entries.items()},
                             backed_up)
            # The phone sends the lost entry again (as the app does after a reset): taken.
            anna.sync_down()
            again = anna.push_one(late)
            self.assertEqual(again.outcome, pb.OUTCOME_APPLIED, again.message)
            boss.sync_down()
            self.assertEqual(boss.entries[late.append_hour_entry.entry.id].note, "na de back-up")
            self.assertEqual(server.stop(), 0)
        finally:
            server.cleanup()
            shutil.rmtree(backup, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
