#!/usr/bin/env bash
# Benchmarks, run by `./dev bench`: Gangwerk through a real gangwerk-server on loopback, and
# beside it, in the same run, a peer. Sync: the PouchDB peer on the same record counts. Sign-up
# storm (bench/signupstorm.py): 500 devices signing up for 20 activities at once, beside the
# grpc health check and an empty Push on the same connections; it exits non-zero when a place is
# given wrongly. Take storm (bench/takestorm.py): 200 devices taking 50 requests for help at once,
# beside the same two peers; it exits non-zero when a request gets two helpers (or none), or a
# losing take is not refused ALREADY_TAKEN. Server load (bench/serverload.cpp,
# gangwerk-serverload): 500 devices calling on a schedule for 20 s, 5000 calls/s together (a
# Pull, then a Push of one hour entry, and so on; grpc++'s async API; latency counted from the
# planned moment), beside the grpc health check at full concurrency (the echo limit); busy
# refusals (RESOURCE_EXHAUSTED, UNAVAILABLE) are counted and sent again after the app's backoff,
# any other failure exits non-zero. The pull is printed beside the raw SQLCipher insert limit
# measured in the same run, and the cost growth at 25k, 250k and 1M records. The app (its real
# binary, under the session's display) syncs the same project as a beheerder and starts cold:
# its memory (resident, and its own part without shared libraries) and time to the first frame,
# with the renderer Qt picks and with Qt Quick's software renderer. Ends with:
#   signups: N sign-ups/s, p50 N ms, p99 N ms (health check N/s, ratio R; empty push N/s, ratio R; …)
#   takes: N takes/s, p50 N ms, p99 N ms (health check N/s, ratio R; empty push N/s, ratio R; …)
#   load (embedded store): N calls/s of R offered by D devices, p50 X ms, p99 Y ms, errors E (echo limit …); server memory Z MB
#   load (postgresql, 1 server): … and load (postgresql, 2 servers): … (the same load with the
#     store in a private PostgreSQL 15 cluster, every commit on disk; bench/pgcluster.py)
#   pull: N records/s (raw insert limit N/s in this run, ratio R; pouchdb N/s, ratio R)
#   push: N mutations/s (pouchdb N/s, ratio R)
#   app (default|software renderer): first sync of N records in N ms, memory peak N MB, … cold start …
#   growth: pull 25k N/s, 250k N/s, 1M N/s (1M/25k R); push …
# Usage: bench/run.sh BUILD_DIR     env: RECORDS (250000), PUSH (10000), RUNS (3), POUCH_RUNS (3),
#                                        ONLY (storm | takes | load | sync; default all),
#                                        DEVICES (500), TAKERS (200), LOAD_DEVICES (500),
#                                        LOAD_SECONDS (20), LOAD_RATE (5000 calls/s offered;
#                                        0: closed loop, every device's call always in flight),
#                                        GROWTH (1; 0 leaves out pull/push at 25k, 250k and 1M)
set -euo pipefail
build="${1:?usage: bench/run.sh BUILD_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
records=${RECORDS:-250000}; push=${PUSH:-10000}; runs=${RUNS:-3}; pouch_runs=${POUCH_RUNS:-3}
peer="$here/../../shared/peers/pouchdb/run.sh"
[[ -x "$peer" || -f "$peer" ]] || peer=/work/shared/peers/pouchdb/run.sh

only=${ONLY:-}

# The storm's client is generated from sync.proto alone, like the integration tests' (Debian's
# python3, never a pyenv one that may come first on PATH).
storm_line=""
if [[ -z "$only" || "$only" == storm ]]; then
  echo "== sign-up storm: ${DEVICES:-500} devices, 20 activities, through a real server" >&2
  storm_out=$(GANGWERK_SERVER="$build/sync/server/gangwerk-server" \
    GANGWERK_SERVER="$build/sync/server/gangwerk-server" PYTHONDONTWRITEBYTECODE=1 \
      PYTHONPATH="$build/tests/integration/py:$here/../tests/integration" \
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
    GANGWERK_SERVER="$build/sync/server/gangwerk-server" PYTHONDONTWRITEBYTECODE=1 \
      PYTHONPATH="$build/tests/integration/py:$here/../tests/integration" \
    TZ=Europe/Amsterdam timeout 300 /usr/bin/python3 "$here/takestorm.py" --devices "${TAKERS:-200}") \
    || { printf '%s\n' "$takes_out"; echo "take storm: FAILED" >&2; exit 1; }
  printf '%s\n' "$takes_out" >&2
  takes_line=$(grep '^takes: [0-9]' <<<"$takes_out")
  if [[ "$only" == takes ]]; then printf '%s\n' "$takes_line"; exit 0; fi
fi

# The server load: bounded (enrolment, 5 s of health checks, LOAD_SECONDS of load; about 50 s
# in all here, half of it making the invites).
load_line=""
if [[ -z "$only" || "$only" == load ]]; then
  echo "== server load: ${LOAD_DEVICES:-500} devices pulling and pushing at once for ${LOAD_SECONDS:-20} s, through a real server" >&2
  load_out=$(timeout 600 "$build/bench/gangwerk-serverload" --devices "${LOAD_DEVICES:-500}" \
    --seconds "${LOAD_SECONDS:-20}" --rate "${LOAD_RATE:-5000}") \
    || { printf '%s\n' "$load_out"; echo "server load: FAILED" >&2; exit 1; }
  printf '%s\n' "$load_out" >&2
  load_line=$(grep '^load: [0-9]' <<<"$load_out")
  # The same load with the store in PostgreSQL (a private cluster, every commit on disk), served
  # by one process and by two on the one database.
  echo "== server load on PostgreSQL: 1 and 2 server processes on one database" >&2
  pgcluster() {
    GANGWERK_SERVER="$build/sync/server/gangwerk-server" PYTHONDONTWRITEBYTECODE=1 \
      PYTHONPATH="$build/tests/integration/py:$here/../tests/integration" \
      /usr/bin/python3 "$here/pgcluster.py" "$@"
  }
  pg_dir=""
  trap '[[ -z "$pg_dir" ]] || pgcluster stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
  pg_out=$(pgcluster start 2)
  pg_dir=$(sed -n 1p <<<"$pg_out")
  for n in 1 2; do
    out=$(timeout 600 "$build/bench/gangwerk-serverload" --devices "${LOAD_DEVICES:-500}" \
      --seconds "${LOAD_SECONDS:-20}" --rate "${LOAD_RATE:-5000}" \
      --store "$(sed -n "$((n + 1))p" <<<"$pg_out")" --servers "$n") \
      || { printf '%s\n' "$out"; echo "server load on PostgreSQL ($n): FAILED" >&2; exit 1; }
    printf '%s\n' "$out" >&2
    load_line+=$'\n'"$(grep '^load: [0-9]' <<<"$out" | sed "s/^load:/load (postgresql, $n server$([[ $n == 1 ]] || echo s)):/")"
  done
  pgcluster stop "$pg_dir"
  trap - EXIT
  load_line=$(sed '1s/^load:/load (embedded store):/' <<<"$load_line")
  if [[ "$only" == load ]]; then printf '%s\n' "$load_line"; exit 0; fi
fi

echo "== gangwerk: pull of $records records, push of $push mutations, $runs runs each" >&2
# 300 residents, as in a 500-studio project; the app itself (its window, its store) goes
# through a first sync of the same project as a beheerder, and starts cold three times.
gw_out=$("$build/bench/gangwerk-syncbench" --records "$records" --push "$push" --runs "$runs" \
  --members 300 --app "$build/app/gangwerk")
printf '%s\n' "$gw_out" >&2
gw_pull=$(sed -n 's/.*median_pull_per_s=\([0-9]*\).*/\1/p' <<<"$gw_out" | tail -1)
gw_push=$(sed -n 's/.*median_push_per_s=\([0-9]*\).*/\1/p' <<<"$gw_out" | tail -1)
gw_raw=$(sed -n 's/.*median_raw_insert_per_s=\([0-9]*\).*/\1/p' <<<"$gw_out" | tail -1)
gw_stall=$(sed -n 's/.*median_longest_stall_ms=\([0-9]*\).*/\1/p' <<<"$gw_out" | tail -1)
app_field() { sed -n "s/.*$1_$2=\([0-9.]*\).*/\1/p" <<<"$gw_out" | tail -1; }

# Cost growth: pull and push at 25k, 250k and 1M records in this run (one run each), so that
# the per-record cost can be seen to stay flat (GROWTH=0 leaves it out; about 6 minutes). The
# entries come day by day, oldest first, as a project's history is made (--in-day-order; the
# runs above spread each batch of 5000 over 100 days, the worst case for the indexes).
growth_line=""
if [[ "${GROWTH:-1}" != 0 ]]; then
  growth_pull=(); growth_push=()
  for n in 25000 250000 1000000; do
    echo "== growth: pull and push of $n" >&2
    g_out=$("$build/bench/gangwerk-syncbench" --records "$n" --push "$n" --runs 1 --push-as-beheerder \
      --in-day-order)
    printf '%s\n' "$g_out" >&2
    growth_pull+=("$(sed -n 's/.*median_pull_per_s=\([0-9]*\).*/\1/p' <<<"$g_out" | tail -1)")
    growth_push+=("$(sed -n 's/.*median_push_per_s=\([0-9]*\).*/\1/p' <<<"$g_out" | tail -1)")
  done
  growth_line=$(printf 'growth: pull 25k %d/s, 250k %d/s, 1M %d/s (1M/25k %s); push 25k %d/s, 250k %d/s, 1M %d/s (1M/25k %s)' \
    "${growth_pull[0]}" "${growth_pull[1]}" "${growth_pull[2]}" \
    "$(awk -v a="${growth_pull[2]}" -v b="${growth_pull[0]}" 'BEGIN { printf "%.2f", a / b }')" \
    "${growth_push[0]}" "${growth_push[1]}" "${growth_push[2]}" \
    "$(awk -v a="${growth_push[2]}" -v b="${growth_push[0]}" 'BEGIN { printf "%.2f", a / b }')")
fi

# PouchDB replicates N documents each way per run: its pull figure on the pull's record count,
# its push figure on the push's.
# Fair to the peer: on disk on both sides (the peer's default), medians of 3, and the batch
# sizes Gangwerk uses (a pull writes 20000 changes per transaction, fetched as pages of 10000;
# a push of 5000 mutations).
echo "== pouchdb: $records records ($pouch_runs runs, batch 20000), $push records ($runs runs, batch 5000)" >&2
pd_pull_out=$(BATCH=20000 bash "$peer" "$records" "$pouch_runs")
printf '%s\n' "$pd_pull_out" >&2
pd_push_out=$(BATCH=5000 bash "$peer" "$push" "$runs")
printf '%s\n' "$pd_push_out" >&2
pd_pull=$(tail -1 <<<"$pd_pull_out" | sed -n 's/.*"median_pull_per_s":\([0-9.]*\).*/\1/p')
pd_push=$(tail -1 <<<"$pd_push_out" | sed -n 's/.*"median_push_per_s":\([0-9.]*\).*/\1/p')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
[[ -n "$storm_line" ]] && printf '%s\n' "$storm_line"
[[ -n "$takes_line" ]] && printf '%s\n' "$takes_line"
[[ -n "$load_line" ]] && printf '%s\n' "$load_line"
printf 'pull: %d records/s (raw insert limit %d/s in this run, ratio %s; pouchdb %d/s, ratio %s); screen blocked at most %d ms\n' \
  "$gw_pull" "$gw_raw" "$(awk -v a="$gw_pull" -v b="$gw_raw" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')" \
  "${pd_pull%.*}" "$(ratio "$gw_pull" "$pd_pull")" "$gw_stall"
printf 'push: %d mutations/s (pouchdb %d/s, ratio %s)\n' "$gw_push" "${pd_push%.*}" "$(ratio "$gw_push" "$pd_push")"
for r in default software; do
  printf 'app (%s renderer): first sync of %d records in %d ms, memory peak %s MB, %s MB after it (own %s MB); cold start to the first frame %d ms, %s MB (own %s MB)\n' \
    "$r" "$records" "$(app_field "$r" sync_ms)" "$(app_field "$r" sync_peak_mb)" \
    "$(app_field "$r" after_sync_mb)" "$(app_field "$r" after_sync_own_mb)" \
    "$(app_field "$r" cold_start_ms)" "$(app_field "$r" cold_mb)" "$(app_field "$r" cold_own_mb)"
done
if [[ -n "$growth_line" ]]; then printf '%s\n' "$growth_line"; fi
