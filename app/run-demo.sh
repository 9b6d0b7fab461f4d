#!/usr/bin/env bash
# Starts Gangwerk on the demo project, synced with a local gangwerk-server: the server keeps its
# demo data in its own folder, the app its own demo store (never a real user's store).
# Usage: app/run-demo.sh <build-dir> [extra gangwerk options]
#   GANGWERK_DEMO_PORT   loopback port for the demo server (default 50443)
#   GANGWERK_DEMO_DIR    the demo server's folder (default ~/.local/share/Gangwerk-demo-server)
set -euo pipefail
build="${1:?usage: run-demo.sh <build-dir> [options]}"
shift
app="$build/app/gangwerk"
server="$build/sync/server/gangwerk-server"
for bin in "$app" "$server"; do
  if [[ ! -x "$bin" ]]; then
    echo "Gangwerk is not built yet in $build. Run: ./dev run" >&2
    exit 1
  fi
done
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display found. Run: xvfb-run -a ./dev run" >&2
  exit 1
fi
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
  # No session bus (a bare X server or xvfb-run): bring a private one with a keyring, so
  # the store key really lives in a keystore.
  exec dbus-run-session -- bash -c '
    printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    exec bash "$@"' bash "$0" "$build" "$@"
fi

port="${GANGWERK_DEMO_PORT:-50443}"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
demo_dir="${GANGWERK_DEMO_DIR:-$data_home/Gangwerk-demo-server}"
server_data="$demo_dir/server"
app_data="$demo_dir/app"
url="http://127.0.0.1:$port"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

mkdir -p "$demo_dir"
chmod 700 "$demo_dir"
# A new server store means new device tokens: an app store enrolled with an older one would
# only hear "this device is no longer connected". Start both afresh together.
if [[ ! -d "$server_data" ]]; then
  rm -rf "$app_data"
fi

# seed-demo creates the project the first time and prints new single-use codes every time
# (the resident's is the last line). The app uses its code only while it is not enrolled, so
# a deleted app store simply enrols again with the fresh code.
say "preparing the demo server in $demo_dir"
seed_out="$("$server" seed-demo --data "$server_data")"
resident_code="$(printf '%s\n' "$seed_out" | tail -n 1 | tr -d '[:space:]')"
beheerder_code="$(printf '%s\n' "$seed_out" | sed -n 's/^Beheerder invite ([^)]*): *//p' | tr -d '[:space:]')"
if [[ -z "$resident_code" || -z "$beheerder_code" ]]; then
  echo "gangwerk-server seed-demo did not print invite codes:" >&2
  printf '%s\n' "$seed_out" >&2
  exit 1
fi
umask 077
printf '%s\n' "$beheerder_code" >"$demo_dir/beheerder-invite.txt"

log="$demo_dir/server.log"
"$server" serve --data "$server_data" --listen "127.0.0.1:$port" --plaintext >"$log" 2>&1 &
server_pid=$!
app_pid=""
stop_all() {
  for pid in $app_pid $server_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM HUP

for _ in $(seq 1 100); do
  grep -q "serving on 127.0.0.1:$port" "$log" 2>/dev/null && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "The demo server did not start:" >&2
    cat "$log" >&2
    echo "Is port $port in use? Try: GANGWERK_DEMO_PORT=50444 ./dev run" >&2
    exit 1
  fi
  sleep 0.1
done
if ! grep -q "serving on 127.0.0.1:$port" "$log"; then
  echo "The demo server did not start listening on 127.0.0.1:$port in time:" >&2
  cat "$log" >&2
  exit 1
fi

cat >&2 <<EOF
$(say "demo server on $url (log: $log)" 2>&1)
    You are Samira, a resident. To look at the same project as the beheerder (Inge), start
    a second Gangwerk in another terminal while this one runs (the code works once):

      $app --data-dir /tmp/gangwerk-beheerder \\
          --server $url --invite $beheerder_code

    (The code is also in $demo_dir/beheerder-invite.txt; every ./dev run makes a new one.)
EOF

say "starting Gangwerk as demo resident Samira"
# In the background, so that a signal to this script ends the app and the server at once.
"$app" --demo --data-dir "$app_data" --server "$url" --invite "$resident_code" "$@" &
app_pid=$!
status=0
wait "$app_pid" || status=$?
exit "$status"
