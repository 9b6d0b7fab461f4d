#!/usr/bin/env bash
# The real app, started as a user starts it (the demo, in a fresh data folder): it must stay up
# with its window (a QML error makes it exit at once) and print no QML error. The QML tests load
# the same screens with engines of their own; this proves the app's own engine loads them too.
set -u
app="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
# Then as a phone in Ukrainian (long words; the screens not yet shown are laid out at a width of
# 0): no layout may loop ("Polish loop detected") or bind to itself ("Binding loop detected").
start() {
  local name="$1"
  shift
  timeout 6 "$app" --demo --data-dir "$dir/data-$name" "$@" >"$dir/out-$name" 2>&1
  rc=$?
  if [ "$rc" -ne 124 ]; then
    echo "gangwerk ($name) exited with $rc instead of running:"
    cat "$dir/out-$name"
    exit 1
  fi
  if grep -E "is not a type|failed to load|is not installed|ReferenceError|TypeError|Polish loop|Binding loop" "$dir/out-$name"; then
    echo "gangwerk ($name) printed QML errors (above)"
    exit 1
  fi
}
# The help says where the store is kept when no --data-dir is given (without a display).
help="$(env -u XDG_DATA_HOME HOME="$dir/home" "$app" --help 2>&1)" || {
  echo "gangwerk --help failed: $help"
  exit 1
}
if ! tr -s ' \n' ' ' <<<"$help" | grep -q -- "DIR instead of ~/.local/share/Gangwerk/Gangwerk"; then
  echo "gangwerk --help does not say where the store is kept by default:"
  echo "$help"
  exit 1
fi
start desktop
start uk-phone --language uk --window-size 390x844
echo "gangwerk started and kept running, as a desktop and as a phone in Ukrainian; its help names its folder"
