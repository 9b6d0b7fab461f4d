#!/usr/bin/env bash
# Sync benchmark, run by `./dev bench`: Gangwerk through a real gangwerk-server on loopback, and
# beside it, in the same run, the PouchDB peer on the same record counts. Ends with two lines:
#   pull: N records/s (pouchdb N/s, ratio R)
#   push: N mutations/s (pouchdb N/s, ratio R)
# Usage: bench/run.sh BUILD_DIR     env: RECORDS (250000), PUSH (10000), RUNS (3), POUCH_RUNS (1)
set -euo pipefail
build="${1:?usage: bench/run.sh BUILD_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
records=${RECORDS:-250000}; push=${PUSH:-10000}; runs=${RUNS:-3}; pouch_runs=${POUCH_RUNS:-1}
peer="$here/../../shared/peers/pouchdb/run.sh"
[[ -x "$peer" || -f "$peer" ]] || peer=/work/shared/peers/pouchdb/run.sh

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
printf 'pull: %d records/s (pouchdb %d/s, ratio %s)\n' "$gw_pull" "${pd_pull%.*}" "$(ratio "$gw_pull" "$pd_pull")"
printf 'push: %d mutations/s (pouchdb %d/s, ratio %s)\n' "$gw_push" "${pd_push%.*}" "$(ratio "$gw_push" "$pd_push")"
