#!/usr/bin/env bash
# Benchmark: syncing one course over a bad link, against aria2c and curl over the same link.
#
# The project's test server (tests/server, `clikc-test-server --site benchmark`: one video and N
# small files) runs inside ../shared/netsim's namespace, behind an emulated link. For each profile,
# in the same run:
#   clikc    `clikc login` + `clikc sync --all` (resume, verification, retries built in)
#   aria2c   `aria2c -c` with retries, in an outer loop (aria2c gives up on refused connections)
#   curl     `curl -C -` for each file, in a resume loop
# and prints, per profile and tool: wall time, bytes on the wire / payload bytes, whether every
# file verified (SHA-1 against the server's manifest), the tool's time as a share of the link's
# floor for what it sent (every byte the server put on the shaped link, lost ones included,
# over the link's rate: no tool can be faster for those bytes), and clikc's time as a ratio of
# aria2c's.
#
# NETSIM_TCP_CC=cubic makes the server's congestion control Linux's default (what most sites
# run) instead of the host's (bbr here); on a lossy link CUBIC holds one connection to a
# fraction of the line, which is where fetching one file over several connections pays (the
# kernel must allow it: sysctl -w net.ipv4.tcp_allowed_congestion_control="reno bbr cubic").
#
# Needs root, iproute2, nftables, python3, nginx-light (netsim), aria2, curl; not run by CI.
# Usage: bench/sync-netsim.sh BUILD_DIR [PROFILE ...]      (default: lan 3g satellite flaky)
#   BENCH_VIDEO_MB=15 BENCH_SMALL_FILES=50 BENCH_SMALL_KB=100 change the course.
set -euo pipefail
# `clikc login` keeps its token in the keychain: without one the sign-in ends with the command and
# `clikc sync` would find itself signed out. A private keyring, as the tests use.
if [ -z "${CLIKC_KEYRING_HOME:-}" ]; then
    exec sh "$(dirname "$0")/../tests/support/with-keyring.sh" bash "$0" "$@"
fi
build=$(cd "${1:?build dir}" && pwd)
shift
profiles=("$@")
[ ${#profiles[@]} -gt 0 ] || profiles=(lan 3g satellite flaky)
here=$(cd "$(dirname "$0")" && pwd)
netsim=${NETSIM:-$here/../../shared/netsim/netsim}
clikc="$build/app/cli/clikc"
server="$build/tests/server/clikc-test-server"
video_mb=${BENCH_VIDEO_MB:-15}
small_files=${BENCH_SMALL_FILES:-50}
small_kb=${BENCH_SMALL_KB:-100}
work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    "$netsim" down >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
# Bytes received by the client side of the link (both directions' headers included).
wire() { "$netsim" counters | tr ' ' '\n' | sed -n 's/^rx_bytes=//p' | head -1; }
# Bytes the server put on the shaped downlink, lost ones included (the emulated wire's count).
# (`status` asks the wire for a fresh count and reads it 0.3 s later: tried again until it came.)
sent() {
    local n
    for _ in $(seq 1 20); do
        n=$("$netsim" status | sed -n 's/^wire: {/{/p' |
            python3 -c "import json,sys; print(json.load(sys.stdin)['down']['bytes'])" 2>/dev/null) &&
            { echo "$n"; return; }
    done
    echo 0
}
# The downlink's rate in bits per second, from the profile (e.g. "down: 512kbit +300ms ...").
rate_bits() {
    "$netsim" status | sed -n 's/^down: \([0-9]*\)\([kmg]\?\)bit.*/\1 \2/p' \
        | awk '{m = $2 == "k" ? 1e3 : $2 == "m" ? 1e6 : $2 == "g" ? 1e9 : 1; print $1 * m}'
}
# A run's time as a share of the link's floor for the bytes it made the server send.
of_floor() { python3 -c "import sys; t, b, r = map(float, sys.argv[1:]); print(f'{t / (b * 8 / r):.3f}' if r > 0 else '-')" "$@"; }

verify_dir() { # DIR: every manifest file present with its SHA-1
    local dir=$1 ok=1
    while read -r sha size path; do
        local file="$dir/$(basename "$path")"
        [ -f "$file" ] && [ "$(sha1sum "$file" | cut -d' ' -f1)" = "$sha" ] || ok=0
    done < "$work/files/manifest.txt"
    [ $ok = 1 ] && echo yes || echo NO
}

printf '%-10s %-7s %9s %12s %9s %9s %s\n' profile tool seconds wire/payload verified of-floor ratio-to-aria2c
for profile in "${profiles[@]}"; do
    mkdir -p "$work/empty"
    "$netsim" up "$profile" "$work/empty" >/dev/null
    address=$("$netsim" url | sed -E 's#^https?://([^/:]+).*#\1#')
    rm -rf "$work/files"
    "$netsim" exec "$server" --address "$address" --port 8089 --site benchmark \
        --video-mb "$video_mb" --small-files "$small_files" --small-kb "$small_kb" \
        --dump-files "$work/files" > "$work/server.out" &
    server_pid=$!
    until grep -q CLIKC_TEST_SERVER "$work/server.out" 2>/dev/null; do sleep 0.2; done
    read -r _ base user pass token < "$work/server.out"
    token=${token#token=}
    rate=$(rate_bits || echo 0)
    [ -n "$rate" ] || rate=0
    payload=$(awk '{s += $2} END {print s}' "$work/files/manifest.txt")

    # clikc
    data="$work/clikc-$profile"
    echo "${pass#password=}" | "$clikc" --data-dir "$data" login --site "$base" --username "${user#username=}" \
        --password-stdin --allow-http >/dev/null
    w0=$(wire); s0=$(sent); t0=$(now)
    "$clikc" --data-dir "$data" sync --all --json > "$work/clikc-$profile.json" || true
    t1=$(now); w1=$(wire); s1=$(sent)
    clikc_floor=$(of_floor "$(python3 -c "print($t1 - $t0)")" $((s1 - s0)) "$rate")
    clikc_ok=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('yes' if r['ok'] else 'NO')" "$work/clikc-$profile.json")
    clikc_time=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
    clikc_wire=$(python3 -c "print(f'{($w1 - $w0) / $payload:.3f}')")

    # aria2c
    awk -v base="$base" -v token="$token" '{print base $3 "?token=" token}' "$work/files/manifest.txt" > "$work/urls.txt"
    mkdir -p "$work/aria2c-$profile"
    w0=$(wire); s0=$(sent); t0=$(now)
    for _ in $(seq 1 50); do
        aria2c -q -c -x4 -j5 --max-tries=0 --retry-wait=1 --timeout=30 -d "$work/aria2c-$profile" \
            -i "$work/urls.txt" && break || sleep 1
    done
    t1=$(now); w1=$(wire); s1=$(sent)
    aria_floor=$(of_floor "$(python3 -c "print($t1 - $t0)")" $((s1 - s0)) "$rate")
    aria_time=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
    aria_wire=$(python3 -c "print(f'{($w1 - $w0) / $payload:.3f}')")
    aria_ok=$(verify_dir "$work/aria2c-$profile")

    # curl
    mkdir -p "$work/curl-$profile"
    w0=$(wire); s0=$(sent); t0=$(now)
    while read -r url; do
        name=$(basename "${url%%\?*}")
        for _ in $(seq 1 200); do
            curl -sf -C - --max-time 600 -o "$work/curl-$profile/$name" "$url" && break || sleep 1
        done
    done < "$work/urls.txt"
    t1=$(now); w1=$(wire); s1=$(sent)
    curl_floor=$(of_floor "$(python3 -c "print($t1 - $t0)")" $((s1 - s0)) "$rate")
    curl_time=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
    curl_wire=$(python3 -c "print(f'{($w1 - $w0) / $payload:.3f}')")
    curl_ok=$(verify_dir "$work/curl-$profile")

    ratio=$(python3 -c "print(f'{$clikc_time / $aria_time:.2f}')")
    printf '%-10s %-7s %9s %12s %9s %9s %s\n' "$profile" clikc "$clikc_time" "$clikc_wire" "$clikc_ok" "$clikc_floor" "$ratio"
    printf '%-10s %-7s %9s %12s %9s %9s\n' "$profile" aria2c "$aria_time" "$aria_wire" "$aria_ok" "$aria_floor"
    printf '%-10s %-7s %9s %12s %9s %9s\n' "$profile" curl "$curl_time" "$curl_wire" "$curl_ok" "$curl_floor"

    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
done
