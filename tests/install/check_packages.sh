#!/usr/bin/env bash
# tests/install: the Debian packages of the build in $1 (CPack, as `./dev package` makes them),
# installed into a clean Debian 12 root (debootstrap, minbase: not even systemd) as a provider's
# IT person installs them: `apt-get install ./gangwerk-server_*.deb ./gangwerk_*.deb`, without
# recommended packages, every dependency from Debian, after lintian found nothing wrong in them.
# Then, from that root: the service's user exists, the installed server passes the conformance
# suite (tests/integration, run against it), the installed app starts and shows its window
# (tests/qml/app_starts.sh), and the README's backup and restore bring a project's records back
# (backup_restore.py), and the service runs under systemd as the README sets it up
# (check_service.sh). Removing and purging the server keeps its data. Fails with what is wrong.
#
# The clean root is made once per build folder (a minute: Debian's packages are fetched from the
# machine's own apt sources) and kept as build/pkgtest/bookworm-minbase.tar.
# GANGWERK_PKGTEST_KEEP=1 keeps the root and the logs to look into.
set -euo pipefail
build="$(cd "$1" && pwd)"
src="$(cd "$(dirname "$0")/../.." && pwd)"
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ $EUID -eq 0 ]] || fail "installing packages into a root needs root (./dev test runs as root)"
for tool in cpack lintian debootstrap chroot dpkg-deb systemd-nspawn openssl /usr/bin/python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing (./dev test installs it)"
done

# A run killed outright (a test time limit sends SIGKILL, and then no EXIT trap runs) leaves its
# root with /proc mounted, and removing the build folder then fails. Such leftovers (older than
# any run takes) are unmounted and removed first.
for stale in "$build"/pkgtest.*; do
  [[ -d "$stale" && -n "$(find "$stale" -maxdepth 0 -mmin +60)" ]] || continue
  if mountpoint -q "$stale/root/proc"; then umount -l "$stale/root/proc" || true; fi
  mountpoint -q "$stale/root/proc" || rm -rf "$stale"
done

work="$(mktemp -d "$build/pkgtest.XXXXXX")"
root="$work/root"
cleanup() {
  # Nothing of the host is mounted in the root but its own /proc; out of it before removing.
  if mountpoint -q "$root/proc"; then umount -l "$root/proc" || true; fi
  if [[ -n "${GANGWERK_PKGTEST_KEEP:-}" ]]; then
    echo "kept for a look: $work (chroot $root)"
  elif ! mountpoint -q "$root/proc"; then
    rm -rf "$work"
  fi
}
trap cleanup EXIT

# The packages, from this build.
cpack --config "$build/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack could not make the packages"; }
server_deb="$(ls "$work"/packages/gangwerk-server_*_amd64.deb)"
app_deb="$(ls "$work"/packages/gangwerk_*_amd64.deb)"
# What Debian's own checker finds wrong in them (policy: copyright, changelog, man pages, ...).
lintian --allow-root --fail-on error,warning --tag-display-limit 0 "$server_deb" "$app_deb" \
  || fail "lintian finds the packages wrong (above)"

# A clean Debian 12 root, from the same mirror the machine's apt uses.
tarball="$build/pkgtest/bookworm-minbase.tar"
if [[ ! -f "$tarball" ]]; then
  mkdir -p "$build/pkgtest"
  mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)"
  mirror="${mirror:-http://deb.debian.org/debian}"
  echo "making a clean Debian 12 root (debootstrap --variant=minbase bookworm $mirror)"
  debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log"; fail "debootstrap failed (is the Debian mirror reachable?)"; }
  tar -C "$work/base" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
  rm -rf "$work/base"
fi
mkdir "$root"
tar -C "$root" -xf "$tarball"
# The host's apt sources (with its updates and security), its name resolution, and no service
# started inside the root (policy-rc.d, as Debian's build roots do).
if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
  rm -f "$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

cp "$server_deb" "$app_deb" "$root/tmp/"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update in the root failed"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$server_deb")" "/tmp/$(basename "$app_deb")" >>"$work/apt.log" 2>&1 \
  || { tail -n 40 "$work/apt.log"; fail "apt-get install of the packages failed"; }
echo "installed: $(in_root dpkg-query -W -f='${Package} ${Version}, ' gangwerk gangwerk-server)" \
     "with $(in_root dpkg-query -W -f='.\n' | wc -l) packages in the root"

# What the packages put in place.
user="$(in_root getent passwd gangwerk-server)" || fail "the package made no gangwerk-server user"
[[ "$(cut -d: -f6 <<<"$user")" == /var/lib/gangwerk-server ]] || fail "gangwerk-server's home: $user"
[[ "$(cut -d: -f7 <<<"$user")" == */nologin ]] || fail "gangwerk-server can log in: $user"
grep -q '^ExecStart=/usr/bin/gangwerk-server serve ' "$root/usr/lib/systemd/system/gangwerk-server.service" \
  || fail "the installed unit does not start /usr/bin/gangwerk-server"
missing="$(in_root ldd /usr/bin/gangwerk-server /usr/bin/gangwerk | grep 'not found' || true)"
[[ -z "$missing" ]] || fail "libraries the packages do not depend on: $missing"
in_root /usr/bin/gangwerk-server --help >/dev/null || fail "the installed gangwerk-server --help failed"

# Paths the tests hand to the program (temporary folders) are the same inside the root and
# outside: $tmp is a folder in the root's /tmp, and the root has a link at $tmp's host path.
tmp="$root/tmp/gw"
mkdir -p "$tmp" "$root$(dirname "$tmp")"
ln -s /tmp/gw "$root$tmp"
cat >"$work/server-in-root" <<EOF
#!/bin/sh
exec chroot "$root" /usr/bin/gangwerk-server "\$@"
EOF
# The app on the session's display (its X cookie copied in) and D-Bus (the keyring).
[[ -z "${XAUTHORITY:-}" ]] || cp "$XAUTHORITY" "$tmp/Xauthority"
cat >"$work/app-in-root" <<EOF
#!/bin/sh
exec chroot "$root" env HOME=/root DISPLAY="\$DISPLAY" XAUTHORITY=/tmp/gw/Xauthority \
  DBUS_SESSION_BUS_ADDRESS="\$DBUS_SESSION_BUS_ADDRESS" LANG=C.UTF-8 TZ=Europe/Amsterdam \
  /usr/bin/gangwerk "\$@"
EOF
chmod 755 "$work/server-in-root" "$work/app-in-root"

# The conformance suite runs with Debian's python3 (its grpcio), as in tests/integration.
echo "the installed server against the conformance suite"
(cd "$src/tests/integration" && TMPDIR="$tmp" GANGWERK_SERVER="$work/server-in-root" \
  PYTHONPATH="$build/tests/integration/py:$src/tests/integration" PYTHONDONTWRITEBYTECODE=1 \
  TZ=Europe/Amsterdam LANG=C.UTF-8 /usr/bin/python3 -m unittest test_conformance >"$work/conformance.log" 2>&1) \
  || { tail -n 60 "$work/conformance.log"; fail "the installed server failed the conformance suite"; }
tail -n 3 "$work/conformance.log"

[[ -n "${DISPLAY:-}" ]] || fail "no display to start the installed app on (run in ./dev test's session)"
# A D-Bus session of its own whose socket is in $tmp (reachable from inside the root), with a
# keyring on it (the host's gnome-keyring): the app opens its store and shows its screens.
cat >"$work/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$tmp</listen>
  <standard_session_servicedirs/>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
echo "the installed app, started as a user starts it"
TMPDIR="$tmp" HOME="$tmp" dbus-run-session --config-file="$work/session.conf" -- bash -c '
  printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec bash "$1" "$2"' bash "$src/tests/qml/app_starts.sh" "$work/app-in-root" \
  || fail "the installed app did not start (its dependencies?)"

# README "Backing up and restoring the server", each step on the installed server, as its user.
echo "backup and restore of the installed server, as the README says"
(cd "$src/tests/install" && GANGWERK_SERVER="$work/server-in-root" \
  PYTHONPATH="$build/tests/integration/py:$src/tests/integration" PYTHONDONTWRITEBYTECODE=1 \
  TZ=Europe/Amsterdam LANG=C.UTF-8 /usr/bin/python3 backup_restore.py "$root") \
  || fail "backup and restore as the README says did not bring the records back"

# The service under a real systemd, booted from the root (check_service.sh); the root's /proc is
# its own there.
umount "$root/proc"
bash "$src/tests/install/check_service.sh" "$root" "$build" "$src" \
  || fail "the packaged service did not work under systemd"
mount -t proc proc "$root/proc"

# Removed and purged: the program goes, a project's records (restored above) stay.
[[ -f "$root/var/lib/gangwerk-server/server.db" ]] || fail "no store in /var/lib/gangwerk-server"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq gangwerk-server >>"$work/apt.log" 2>&1 \
  || { tail -n 20 "$work/apt.log"; fail "apt-get purge gangwerk-server failed"; }
[[ ! -e "$root/usr/bin/gangwerk-server" ]] || fail "purged, but /usr/bin/gangwerk-server is still there"
[[ -f "$root/var/lib/gangwerk-server/server.db" && -f "$root/var/lib/gangwerk-server/server.key" ]] \
  || fail "purging the package removed the server's data"
echo "packages: installed into a clean Debian 12 root, server conformant, app started, data kept on purge"
