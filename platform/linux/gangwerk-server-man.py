#!/usr/bin/env python3
"""Writes gangwerk-server's man page from the program's own help, so that the two never differ:
the commands and options are read from `gangwerk-server --help` and `COMMAND --help`; the
sections around them are written here.

    gangwerk-server-man.py GANGWERK_SERVER VERSION OUT
"""
import re
import subprocess
import sys


def roff(text):
    """Text as troff reads it literally: backslashes, hyphens, a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text[:1] in (".", "'"):
        text = "\\&" + text
    return text


def entries(lines):
    """Pairs of (an indented head line, the deeper indented lines under it joined)."""
    out = []
    for line in lines:
        if re.match(r"^  \S", line):
            out.append([line.strip(), ""])
        elif re.match(r"^ {6}\S", line) and out:
            out[-1][1] = (out[-1][1] + " " + line.strip()).strip()
    return out


def help_of(binary, *args):
    run = subprocess.run([binary, *args, "--help"], capture_output=True, text=True, timeout=30)
    return (run.stdout + run.stderr).splitlines()


def main():
    binary, version, out_path = sys.argv[1:4]
    top = help_of(binary)
    commands_at = top.index("Commands:")
    commands = entries(top[commands_at + 1:])
    if not commands:
        sys.exit("gangwerk-server-man.py: no commands in gangwerk-server --help")

    page = [
        '.TH GANGWERK\\-SERVER 1 "" "Gangwerk %s" "User Commands"' % roff(version),
        ".SH NAME",
        "gangwerk\\-server \\- the sync server for Gangwerk housing projects",
        ".SH SYNOPSIS",
        ".B gangwerk\\-server",
        ".I COMMAND",
        "[\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        "gangwerk\\-server keeps the projects of a housing provider: their members, hours,"
        " activities, buurtdiensten and signals, in an encrypted store (SQLCipher) in one folder"
        " (\\fB\\-\\-data\\fR), and syncs them with the Gangwerk app on residents', gangmakers' and"
        " beheerders' devices over gRPC. Each device receives only what its member may see.",
        ".PP",
        "Every command but \\fBserve\\fR does its work and exits. A command prints what it made"
        " (an invite code, an id) as its last line, for scripts.",
        ".SH COMMANDS",
    ]
    for name, summary in commands:
        page += [".SS %s" % roff(name), roff(summary)]
        options_at = None
        lines = help_of(binary, name)
        if "Options:" in lines:
            options_at = lines.index("Options:")
        for head, text in entries(lines[options_at + 1:]) if options_at is not None else []:
            flag, _, value = head.partition(" ")
            page += [".TP", "\\fB%s\\fR%s" % (roff(flag), " \\fI%s\\fR" % roff(value) if value else ""),
                     roff(text)]
    page += [
        ".SH FILES",
        ".TP",
        "\\fIDATA\\fB/server.db\\fR (and its write\\-ahead log)",
        "The encrypted store of every project on this server.",
        ".TP",
        "\\fIDATA\\fB/server.key\\fR",
        "The store's key. Back it up apart from the store: a copy of one without the other is of"
        " no use, and the two together are all of the data.",
        ".PP",
        "As the service of the Debian package (\\fBgangwerk\\-server.service\\fR):",
        ".TP",
        "\\fB/var/lib/gangwerk\\-server/\\fR",
        "\\fIDATA\\fR, owned by the system user \\fBgangwerk\\-server\\fR (mode 0700); kept when"
        " the package is purged.",
        ".TP",
        "\\fB/etc/gangwerk\\-server/tls\\-cert.pem\\fR, \\fB/etc/gangwerk\\-server/tls\\-key.pem\\fR",
        "The TLS certificate chain and key (root's, mode 0600); systemd hands copies to the"
        " service when it starts.",
        ".TP",
        "\\fB/etc/default/gangwerk\\-server\\fR",
        "Optional: \\fBGANGWERK_LISTEN=\\fR\\fIHOST\\fB:\\fIPORT\\fR (default 0.0.0.0:8443).",
        ".SH EXIT STATUS",
        "0 when the command did its work; 1 when it could not (the reason is on standard error);"
        " 2 when the command line was wrong.",
        ".SH EXAMPLES",
        "A project, and a beheerder's one\\-time code:",
        ".PP",
        ".nf",
        ".RS",
        "gangwerk\\-server init\\-project \\-\\-data /var/lib/gangwerk\\-server \\-\\-name \"De Gang\"",
        ".RE",
        ".fi",
        ".PP",
        "Serving it with TLS:",
        ".PP",
        ".nf",
        ".RS",
        "gangwerk\\-server serve \\-\\-data /var/lib/gangwerk\\-server \\-\\-listen 0.0.0.0:8443 \\e",
        "    \\-\\-tls\\-cert cert.pem \\-\\-tls\\-key key.pem",
        ".RE",
        ".fi",
        ".PP",
        "A backup while it serves (copy the key file too):",
        ".PP",
        ".nf",
        ".RS",
        "gangwerk\\-server backup \\-\\-data /var/lib/gangwerk\\-server \\-\\-to /backup/gangwerk.db",
        ".RE",
        ".fi",
        ".SH SEE ALSO",
        "\\fBsystemctl\\fR(1), \\fBjournalctl\\fR(1) \\(em the service and its log. The README of"
        " Gangwerk's sources: the demo, the sync contract, installing, backups and restores.",
    ]
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("\n".join(page) + "\n")


if __name__ == "__main__":
    main()
