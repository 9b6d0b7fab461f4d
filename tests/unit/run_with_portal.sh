#!/usr/bin/env bash
# Runs "$@" in a desktop session of its own: a private D-Bus session on which the bus starts
# the real settings portal (xdg-desktop-portal with its GTK backend, as on a GNOME desktop),
# with GNOME's settings in a throw-away keyfile that `gsettings set` changes. Needs the display
# the tests run on (./dev test gives one).
set -euo pipefail
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CURRENT_DESKTOP=GNOME GSETTINGS_BACKEND=keyfile
exec dbus-run-session -- bash -c '
  dbus-update-activation-environment DISPLAY XAUTHORITY XDG_CURRENT_DESKTOP GSETTINGS_BACKEND \
    HOME XDG_CONFIG_HOME
  exec "$@"' bash "$@"
