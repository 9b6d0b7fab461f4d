#!/usr/bin/env bash
# Benchmarks, run by `./dev bench`: Gangwerk through a real gangwerk-server on loopback, and
# beside it, in the same run, a peer. Sync: the PouchDB peer on the same record counts. Sign-up
# storm (bench/signupstorm.py): 500 devices signing up for 20 activities at once, beside the
# grpc health check and an empty Push on the same connections; it exits non-zero when a place is
# given wrongly. Take storm (bench/takestorm.py): 200 devices taking 50 requests for help at once,
# beside the same two peers; it exits non-zero when a request gets two helpers (or none), or a
# losing take is not refused ALREADY_TAKEN. Ends with four lines:
#   signups: N sign-ups/s, p50 N ms, p99 N ms (health check N/s, ratio R; empty push N/s, ratio R; …)
#   takes: N takes/s, p50 N ms, p99 N ms (health check N/s, ratio R; empty push N/s, ratio R; …)
#   pull: N records/s (pouchdb N/s, ratio R)
#   push: N mutations/s (pouchdb N/s, ratio R)
# Usage: bench/run.sh BUILD_DIR     env: RECORDS (250000), PUSH (10000), RUNS (3), POUCH_RUNS (1),
#                                        ONLY (storm | takes | sync; default all), DEVICES (500),
#                                        TAKERS (200)
set -euo pipefail
build="${1:?usage: bench/run.sh BUILD_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
records=${RECORDS:-250000}; push=${PUSH:-10000}; runs=${RUNS:-3}; pouch_runs=${POUCH_RUNS:-1}
peer="$here/../../shared/peers/pouchdb/run.sh"
[[ -x "$peer" || -f "$peer" ]] || peer=/work/shared/peers/pouchdb/run.sh

only=${ONLY:-}

# The storm's client is generated from sync.proto alone, like the integration tests' (Debian's
# python3, never a pyenv one that may come first on PATH).
storm_line=""
if [[ -z "$only" || "$only" == storm ]]; then
  echo "== sign-up storm: ${DEVICES:-500} devices, 20 activities, through a real server" >&2
  storm_out=$(GANGWERK_SERVER="$build/sync/server/gangwerk-server" \
    PYTHONPATH="$build/tests/integration/py:$here/../tests/integration" PYTHONDONTWRITEBYTECODE=1 \
    TZ=Europe/Amsterdam /usr/bin/python3 "$here/signupstorm.py" --devices "${DEVICES:-500}") \
    || { printf '%s\n' "$storm_out"; echo "sign-up storm: FAILED" >&2; exit 1; }
  printf '%s\n' "$storm_out" >&2
  storm_line=$(grep '^signups:' <<<"$storm_out")
  if [[ "$only" == storm ]]; then printf '%s\n' "$storm_line"; exit 0; fi
fi

# The take storm: bounded (each phase gives up after 90 s; about 10 s in all here).
takes_line=""
if [[ -z "$only" || "$only" == takes ]]; then
  echo "== take storm: ${TAKERS:-200} devices, 50 requests, through a real server" >&2
  takes_out=$(GANGWERK_SERVER="$build/sync/server/gangwerk-server" \
    PYTHONPATH="$build/tests/integration/py:$here/../tests/integration" PYTHONDONTWRITEBYTECODE=1 \
    TZ=Europe/Amsterdam timeout 300 /usr/bin/python3 "$here/takestorm.py" --devices "${TAKERS:-200}") \
    || { printf '%s\n' "$takes_out"; echo "take storm: FAILED" >&2; exit 1; }
  printf '%s\n' "$takes_out" >&2
  takes_line=$(grep '^takes: [0-9]' <<<"$takes_out")
  if [[ "$only" == takes ]]; then printf '%s\n' "$takes_line"; exit 0; fi
fi

echo "== gangwerk: pull of $records records, push of $push mutations, $runs runs each" >&2
gw_out=$("$build/bench/gangwerk-syncbench" --records "$records" --push "$push" --runs "$runs")
printf '%s\n' "$gw_out" >&2
gw_pull=$(sed -n 's/.*median_pull_per_s=\([0-9]*\).*/\1/p' <<<"$gw_out" | tail -1)
gw_push=$(sed -n 's/.*median_push_per_s=\([0-9]*\).*/\1/p' <<<"$gw_out" | tail -1)

# PouchDB replicates N documents each way per run: its pull figure on the pull's record count,
# its push figure on the push's.
echo "== pouchdb: $records records ($pouch_runs runs), $push records ($runs runs)" >&2
pd_pull_out=$(bash "$peer" "$records" "$pouch_runs")
printf '%s\n' "$pd_pull_out" >&2
pd_push_out=$(bash "$peer" "$push" "$runs")
printf '%s\n' "$pd_push_out" >&2
pd_pull=$(tail -1 <<<"$pd_pull_out" | sed -n 's/.*"median_pull_per_s":\([0-9.]*\).*/\1/p')
pd_push=$(tail -1 <<<"$pd_push_out" | sed -n 's/.*"median_push_per_s":\([0-9.]*\).*/\1/p')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
[[ -n "$storm_line" ]] && printf '%s\n' "$storm_line"
[[ -n "$takes_line" ]] && printf '%s\n' "$takes_line"
printf 'pull: %d records/s (pouchdb %d/s, ratio %s)\n' "$gw_pull" "${pd_pull%.*}" "$(ratio "$gw_pull" "$pd_pull")"
printf 'push: %d mutations/s (pouchdb %d/s, ratio %s)\n' "$gw_push" "${pd_push%.*}" "$(ratio "$gw_push" "$pd_push")"
