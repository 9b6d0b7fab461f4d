#!/usr/bin/env bash
# tests/install: the packaged gangwerk-server as a provider runs it, under a real systemd. Boots
# the Debian root that check_packages.sh installed the packages into (systemd-nspawn: systemd as
# its PID 1, the host's network), and follows README "Running the server as a service": the TLS
# certificate and key in /etc/gangwerk-server, GANGWERK_LISTEN in /etc/default/gangwerk-server,
# `systemctl start gangwerk-server`. Then a device enrolls over TLS, logs an entry and pulls it
# (service_client.py); the journal holds the service's lines but not the entry's note; systemd
# rates the sandbox; `systemctl stop` ends it cleanly.
#
#   check_service.sh ROOT BUILD SRC     (the project "De Gang" in ROOT's /var/lib/gangwerk-server)
set -euo pipefail
root="$1"
build="$2"
src="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v systemd-nspawn >/dev/null || fail "systemd-nspawn is missing (./dev test installs systemd-container)"

work="$(mktemp -d)"
nspawn=""
stop_container() {
  if [[ -n "$nspawn" ]] && kill -0 "$nspawn" 2>/dev/null; then
    kill -TERM "$nspawn" 2>/dev/null || true # systemd halts the container
    for _ in $(seq 1 100); do kill -0 "$nspawn" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$nspawn" 2>/dev/null || true
    wait "$nspawn" 2>/dev/null || true
  fi
}
trap 'stop_container; rm -rf "$work"' EXIT

# A certificate of the test's own, for the name the device uses.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost" -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null \
  || fail "openssl could not make a test certificate"
install -d -m 0755 "$root/etc/gangwerk-server"
install -m 0600 "$work/cert.pem" "$root/etc/gangwerk-server/tls-cert.pem"
install -m 0600 "$work/key.pem" "$root/etc/gangwerk-server/tls-key.pem"
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
echo "GANGWERK_LISTEN=127.0.0.1:$port" >"$root/etc/default/gangwerk-server"
code="$(chroot "$root" runuser -u gangwerk-server -- gangwerk-server invite \
  --data /var/lib/gangwerk-server --project "De Gang" --role beheerder | tail -n 1)"

# Boot it. Without machined here: not registered, in this test's own cgroup.
rm -f "$root/usr/sbin/policy-rc.d" # the container may start services; the chroot may not
systemd-nspawn --quiet --register=no --keep-unit -D "$root" -b --console=pipe \
  >"$work/boot.log" 2>&1 &
nspawn=$!
pid1=""
for _ in $(seq 1 100); do
  pid1="$(pgrep -P "$nspawn" || true)"
  [[ -n "$pid1" ]] && [[ "$(cat "/proc/$pid1/comm" 2>/dev/null)" == systemd ]] && break
  kill -0 "$nspawn" 2>/dev/null || { cat "$work/boot.log"; fail "systemd-nspawn could not boot the root"; }
  sleep 0.1
done
[[ "$(cat "/proc/$pid1/comm" 2>/dev/null)" == systemd ]] || fail "no systemd in the container"
in_container() { nsenter -t "$pid1" -a "$@"; }
# Until systemd answers on its own socket (early in the boot it is not there yet), then until
# the boot is done.
state=""
for _ in $(seq 1 300); do
  state="$(in_container systemctl is-system-running 2>/dev/null || true)"
  [[ -n "$state" && "$state" != offline ]] && break
  sleep 0.1
done
state="$(in_container systemctl is-system-running --wait 2>&1 || true)"
[[ "$state" == running || "$state" == degraded ]] || fail "the container's systemd is: $state"

in_container systemctl start gangwerk-server \
  || { in_container journalctl -u gangwerk-server --no-pager | tail -n 20; fail "systemctl start gangwerk-server failed"; }
for _ in $(seq 1 50); do
  in_container journalctl -u gangwerk-server --no-pager | grep -q "serving on 127.0.0.1:$port (TLS)" && break
  sleep 0.1
done
[[ "$(in_container systemctl is-active gangwerk-server)" == active ]] \
  || { in_container journalctl -u gangwerk-server --no-pager | tail -n 20; fail "the service is not active"; }

note="Voorgelezen-$RANDOM$RANDOM"
(cd "$src/tests/install" && GANGWERK_SERVER=/bin/false PYTHONDONTWRITEBYTECODE=1 \
  PYTHONPATH="$build/tests/integration/py:$src/tests/integration" TZ=Europe/Amsterdam \
  /usr/bin/python3 service_client.py "127.0.0.1:$port" "$work/cert.pem" "$code" "$note") \
  || { in_container journalctl -u gangwerk-server --no-pager | tail -n 20; fail "a device could not sync with the service"; }

journal="$(in_container journalctl -u gangwerk-server --no-pager)"
grep -q "enrolled device" <<<"$journal" || fail "the journal has no line of the enrolment"
! grep -q "$note" <<<"$journal" || fail "the journal holds what a record says"
exposure="$(in_container systemd-analyze security gangwerk-server --no-pager | tail -n 1)"
echo "systemd-analyze security in the container: ${exposure#→ }"

in_container systemctl stop gangwerk-server
[[ "$(in_container systemctl show -p Result --value gangwerk-server)" == success ]] \
  || fail "the service did not end cleanly on stop"
echo "the packaged service ran under systemd with its sandbox: TLS from its credentials, a device synced, nothing of the record in the journal, stopped cleanly"
