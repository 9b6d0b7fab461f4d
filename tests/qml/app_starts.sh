#!/usr/bin/env bash
# The real app, started as a user starts it (the demo, in a fresh data folder): it must stay up
# with its window (a QML error makes it exit at once) and print no QML error. The QML tests load
# the same screens with engines of their own; this proves the app's own engine loads them too.
set -u
app="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
timeout 6 "$app" --demo --data-dir "$dir/data" >"$dir/out" 2>&1
rc=$?
if [ "$rc" -ne 124 ]; then
  echo "gangwerk exited with $rc instead of running:"
  cat "$dir/out"
  exit 1
fi
if grep -E "is not a type|failed to load|is not installed|ReferenceError|TypeError" "$dir/out"; then
  echo "gangwerk printed QML errors (above)"
  exit 1
fi
echo "gangwerk started and kept running"
