#!/usr/bin/env bash
# Runs test_atspi_walk.py in a session of its own: its own D-Bus session bus (with a keyring for
# the app's store key), its own X display and so its own accessibility bus. The walk sends keys
# through XTest, which go to the display's focused window: beside other GUI tests on a shared
# display they would reach the wrong window.
set -euo pipefail
cd "$(dirname "$0")"
exec dbus-run-session -- bash -c '
  printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  exec xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 -m unittest -v "$@"' bash \
  "${@:-test_atspi_walk}"
