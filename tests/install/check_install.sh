#!/usr/bin/env bash
# tests/install: installs the build in $1 into a temporary prefix and checks what a packager and
# a desktop rely on. Fails with what is wrong.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir "$root"
fail() { echo "FAIL: $*" >&2; exit 1; }
# The tools the checks call (./dev installs them); a missing one says so, not a bare exit.
for tool in cmake desktop-file-validate appstreamcli groff systemd-analyze; do
  command -v "$tool" >/dev/null || fail "$tool is missing (./dev test installs it)"
done

# Into a package's tree, at the prefix the build was configured with (a package configures
# /usr; this build /usr/local): the service names the program by its full path.
prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")"
DESTDIR="$root" cmake --install "$build" >"$work/install.log" \
  || { cat "$work/install.log"; fail "cmake --install failed"; }
usr="$root$prefix"
id=nl.gangwerk.Gangwerk
expected=(bin/gangwerk bin/gangwerk-server
          share/applications/$id.desktop share/metainfo/$id.metainfo.xml
          share/icons/hicolor/scalable/apps/$id.svg share/man/man1/gangwerk-server.1.gz share/man/man1/gangwerk.1.gz
          lib/systemd/system/gangwerk-server.service lib/sysusers.d/gangwerk-server.conf
          share/doc/gangwerk/copyright share/doc/gangwerk/changelog.gz
          share/doc/gangwerk-server/copyright share/doc/gangwerk-server/changelog.gz)
for f in "${expected[@]}"; do
  [[ -e "$usr/$f" ]] || fail "not installed: $prefix/$f"
done
[[ -x "$usr/bin/gangwerk" && -x "$usr/bin/gangwerk-server" ]] || fail "programs not executable"
# Nothing of the build's own (tests, benches, static libraries) ends up on a user's machine.
extra="$(cd "$root" && find . -type f | sed 's|^\.||' | sort \
  | grep -vxF -f <(printf "$prefix/%s\n" "${expected[@]}") || true)"
[[ -z "$extra" ]] || fail "installed but not meant for users: $extra"

desktop-file-validate "$usr/share/applications/$id.desktop" || fail "desktop entry invalid"
grep -qx "Icon=$id" "$usr/share/applications/$id.desktop" || fail "desktop entry names another icon"
appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml" \
  || fail "AppStream metainfo invalid"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
  "$usr/share/metainfo/$id.metainfo.xml" || fail "metainfo does not launch the desktop entry"

# The man page: no troff warnings, and every command the program knows is described.
man="$work/gangwerk-server.1"
zcat "$usr/share/man/man1/gangwerk-server.1.gz" >"$man" || fail "the man page is not gzip"
warnings="$(groff -man -ww -z "$man" 2>&1)" || fail "groff could not read the man page: $warnings"
[[ -z "$warnings" ]] || fail "man page: $warnings"
help="$("$usr/bin/gangwerk-server" --help 2>&1)" || fail "installed gangwerk-server --help failed: $help"
commands="$(awk '/^Commands:/{on=1;next} on && /^  [a-z]/{print $1}' <<<"$help")"
[[ -n "$commands" ]] || fail "gangwerk-server --help lists no commands"
for c in $commands; do
  grep -q "^\.SS ${c//-/\\\\-}\$" "$man" || fail "man page lacks the command $c"
done
grep -q -- '\\fB\\-\\-tls\\-cert\\fR' "$man" || fail "man page lacks serve's options"

# The service: systemd finds nothing wrong in it (the man page is checked above; the root has
# no systemd of its own to start it with), and its sandbox leaves little exposed.
unit="$usr/lib/systemd/system/gangwerk-server.service"
grep -q "^ExecStart=$prefix/bin/gangwerk-server serve " "$unit" || fail "the service starts another program"
verify="$(systemd-analyze verify --root="$root" --man=no --recursive-errors=no "$unit" 2>&1)" \
  || fail "systemd-analyze verify: $verify"
[[ -z "$verify" ]] || fail "systemd-analyze verify: $verify"
security="$(systemd-analyze security --offline=true --root="$root" "$unit" 2>&1)" \
  || fail "systemd-analyze security failed: $security"
exposure="$(sed -n 's/.*Overall exposure level for gangwerk-server.service: \([0-9.]*\).*/\1/p' \
  <<<"$security")"
[[ -n "$exposure" ]] || fail "systemd-analyze security gave no exposure level"
awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }' \
  || fail "the service's exposure is $exposure (more than 2.0): a sandbox setting was lost"
grep -q '^u gangwerk-server ' "$usr/lib/sysusers.d/gangwerk-server.conf" \
  || fail "no system user for the service"

# The installed server does its work from there: a project, its devices (none yet).
data="$work/data"
mkdir "$data"
"$usr/bin/gangwerk-server" init-project --data "$data" --name "Install test" >"$work/init.log" \
  || { cat "$work/init.log"; fail "installed gangwerk-server could not make a project"; }
"$usr/bin/gangwerk-server" list-devices --data "$data" >/dev/null \
  || fail "installed gangwerk-server could not read its store"
echo "install layout: ${#expected[@]} files under $prefix, all valid; service exposure $exposure"
