#!/usr/bin/env bash
# Runs test_atspi_walk.py in a session of its own: its own D-Bus session bus (with a keyring for
# the app's store key), its own X display and so its own accessibility bus. The walk sends keys
# through XTest, which go to the display's focused window: beside other GUI tests on a shared
# display they would reach the wrong window.
#
# The session bus starts the accessibility bus launcher and its registry (which sends the keys)
# with the bus's own environment: the display ./dev test's other GUI tests use, or none. So the
# bus is started without a display, and told the walk's display before anything is started on
# it; otherwise the walk's Tab keys land in another test's window (and that test's focus checks
# fail) while the walk waits for them.
set -euo pipefail
cd "$(dirname "$0")"
exec env -u DISPLAY -u XAUTHORITY dbus-run-session -- bash -c '
  printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  exec xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
    dbus-update-activation-environment DISPLAY XAUTHORITY
    exec /usr/bin/python3 -m unittest -v \"\$@\"" bash "$@"' bash \
  "${@:-test_atspi_walk}"
