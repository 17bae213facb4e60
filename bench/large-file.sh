#!/usr/bin/env bash
# Benchmark: one large file over loopback, verified, against `curl -o` followed by
# `openssl sha256` over the downloaded file (the anchor), in the same run.
#   clikc   `clikc sync --all` of a course holding one SIZE_MB video: transfer, SHA-256 and the
#           site's SHA-1 checked, fsync and placement in the content store, the database updated
#   anchor  curl to a file, then openssl computing its SHA-256 (no placement, no database)
# Prints the seconds of each (the median of RUNS), MB/s and clikc's speed as a share of the
# anchor's (1.00 = as fast; the goal is 0.9 or more).
# Usage: bench/large-file.sh BUILD_DIR [SIZE_MB] [RUNS]     (default 500 MB, 3 runs)
#   BENCH_BANDWIDTH=BYTES_PER_SECOND has the server send no faster (a LAN rather than loopback).
set -euo pipefail
# `clikc login` keeps its token in the keychain: without one `clikc sync` finds itself signed out.
if [ -z "${CLIKC_KEYRING_HOME:-}" ]; then
    exec sh "$(dirname "$0")/../tests/support/with-keyring.sh" bash "$0" "$@"
fi
build=$(cd "${1:?build dir}" && pwd)
size_mb=${2:-500}
runs=${3:-3}
clikc="$build/app/cli/clikc"
server="$build/tests/server/clikc-test-server"
work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }

"$server" --address 127.0.0.1 --port 0 --site benchmark --video-mb "$size_mb" --small-files 0 \
    --bandwidth "${BENCH_BANDWIDTH:-0}" --dump-files "$work/files" > "$work/server.out" &
server_pid=$!
until grep -q CLIKC_TEST_SERVER "$work/server.out" 2>/dev/null; do sleep 0.2; done
read -r _ base user pass token < "$work/server.out"
token=${token#token=}
read -r sha1 size path < "$work/files/manifest.txt"
url="$base$path?token=$token"

clikc_times=() anchor_times=()
for run in $(seq 1 "$runs"); do
    data="$work/clikc-$run"
    echo "${pass#password=}" | "$clikc" --data-dir "$data" login --site "$base" \
        --username "${user#username=}" --password-stdin --allow-http >/dev/null
    sync
    t0=$(now)
    "$clikc" --data-dir "$data" sync --all --json > "$work/clikc.json"
    t1=$(now)
    python3 -c "import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r['ok'] else 1)" \
        "$work/clikc.json" || { echo "clikc sync failed"; cat "$work/clikc.json"; exit 1; }
    rm -rf "$data"

    sync
    t2=$(now)
    curl -sf -o "$work/anchor.bin" "$url"
    openssl sha256 "$work/anchor.bin" >/dev/null
    t3=$(now)
    [ "$(sha1sum "$work/anchor.bin" | cut -d' ' -f1)" = "$sha1" ] || { echo "curl: wrong bytes"; exit 1; }
    rm -f "$work/anchor.bin"
    clikc_times+=("$(python3 -c "print($t1 - $t0)")")
    anchor_times+=("$(python3 -c "print($t3 - $t2)")")
done

python3 - "$size" "${clikc_times[*]}" "${anchor_times[*]}" <<'PY'
import statistics, sys
size = int(sys.argv[1]) / 1e6
clikc = statistics.median(float(x) for x in sys.argv[2].split())
anchor = statistics.median(float(x) for x in sys.argv[3].split())
print(f"{'tool':<28} {'seconds':>8} {'MB/s':>8}")
print(f"{'clikc sync (verified)':<28} {clikc:8.2f} {size / clikc:8.0f}")
print(f"{'curl -o + openssl sha256':<28} {anchor:8.2f} {size / anchor:8.0f}")
print(f"clikc speed / anchor speed: {anchor / clikc:.2f}")
PY
