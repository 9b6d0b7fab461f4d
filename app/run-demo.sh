#!/usr/bin/env bash
# Starts Gangwerk on the demo project (its own store, never a real user's).
# Usage: app/run-demo.sh <build-dir> [extra gangwerk options]
set -euo pipefail
build="${1:?usage: run-demo.sh <build-dir> [options]}"
shift
app="$build/app/gangwerk"
if [[ ! -x "$app" ]]; then
  echo "Gangwerk is not built yet in $build. Run: ./dev run" >&2
  exit 1
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display found. Run: xvfb-run -a ./dev run" >&2
  exit 1
fi
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
  # No session bus (a bare X server or xvfb-run): bring a private one with a keyring, so
  # the store key really lives in a keystore.
  exec dbus-run-session -- bash -c '
    printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    exec "$@"' bash "$app" --demo "$@"
fi
exec "$app" --demo "$@"
