#!/usr/bin/env bash
# tests/install: installs the build in $1 into a temporary prefix and checks what a packager and
# a desktop rely on. Fails with what is wrong.
set -euo pipefail
build="$1"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR="$root" cmake --install "$build" --prefix /usr >"$root/install.log" \
  || { cat "$root/install.log"; fail "cmake --install failed"; }
usr="$root/usr"
id=nl.gangwerk.Gangwerk
for f in bin/gangwerk bin/gangwerk-server \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/man/man1/gangwerk-server.1; do
  [[ -e "$usr/$f" ]] || fail "not installed: /usr/$f"
done
[[ -x "$usr/bin/gangwerk" && -x "$usr/bin/gangwerk-server" ]] || fail "programs not executable"
# Nothing of the build's own (tests, benches, static libraries) ends up on a user's machine.
extra="$(cd "$usr" && find . -type f | sort | grep -v -e '^./bin/gangwerk$' -e '^./bin/gangwerk-server$' \
  -e "^./share/applications/$id.desktop\$" -e "^./share/metainfo/$id.metainfo.xml\$" \
  -e "^./share/icons/hicolor/scalable/apps/$id.svg\$" -e '^./share/man/man1/gangwerk-server.1$' || true)"
[[ -z "$extra" ]] || fail "installed but not meant for users: $extra"

desktop-file-validate "$usr/share/applications/$id.desktop" || fail "desktop entry invalid"
grep -qx "Icon=$id" "$usr/share/applications/$id.desktop" || fail "desktop entry names another icon"
appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml" \
  || fail "AppStream metainfo invalid"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
  "$usr/share/metainfo/$id.metainfo.xml" || fail "metainfo does not launch the desktop entry"

# The man page: no troff warnings, and every command the program knows is described.
man="$usr/share/man/man1/gangwerk-server.1"
warnings="$(groff -man -ww -z "$man" 2>&1)"
[[ -z "$warnings" ]] || fail "man page: $warnings"
commands="$("$usr/bin/gangwerk-server" --help | awk '/^Commands:/{on=1;next} on && /^  [a-z]/{print $1}')"
[[ -n "$commands" ]] || fail "gangwerk-server --help lists no commands"
for c in $commands; do
  grep -q "^\.SS ${c//-/\\\\-}\$" "$man" || fail "man page lacks the command $c"
done
grep -q -- '\\fB\\-\\-tls\\-cert\\fR' "$man" || fail "man page lacks serve's options"

# The installed server does its work from there: a project, its devices (none yet).
data="$root/data"
mkdir "$data"
"$usr/bin/gangwerk-server" init-project --data "$data" --name "Install test" >"$root/init.log" \
  || { cat "$root/init.log"; fail "installed gangwerk-server could not make a project"; }
"$usr/bin/gangwerk-server" list-devices --data "$data" >/dev/null \
  || fail "installed gangwerk-server could not read its store"
echo "install layout: $(cd "$usr" && find . -type f | wc -l) files, all valid"
