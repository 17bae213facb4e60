#!/usr/bin/env bash
# Benchmark: "LAN first" — what a training centre's internet link carries when LEARNERS learners
# each sync the same site course on their own computer, without and with a course source (a
# coordinator's mirror) on the LAN.
#
# The project's test server (tests/server, `clikc-test-server --site benchmark`: one video and N
# small files) runs inside ../shared/netsim's namespace, behind an emulated link (the centre's
# internet link; satellite unless BENCH_PROFILE says otherwise). In the same run:
#   A  without a LAN mirror: each learner, in a fresh library, `clikc login` + `clikc sync --all`
#   B  with a LAN mirror: a coordinator's library signs in, syncs the course once over the link and
#      `clikc mirror export`s it to a folder that a local nginx serves on 127.0.0.1 (the server
#      block packaging/nginx/clikc-mirror.conf ships, its `listen` and `root` lines changed, as
#      tests/sync/tst_coursesources.cpp runs it); then each learner, in a fresh library,
#      `clikc sources add http://127.0.0.1:PORT/ --trust-signer`, `clikc login`, `clikc sync --all`
# Every learner's library is checked: the sync reported ok, `library list` has the site's course
# (once) entirely on this computer with the payload's size, and `library verify` finds nothing
# damaged. Prints, per run: internet bytes (the link's downlink, as netsim counts it on the client
# side, headers included, over the whole run: the coordinator is part of B), the uplink, internet
# bytes per learner, wall time and how many learners verified; then B's internet bytes as a ratio
# of A's, against the ideal (the course's payload crossing the link once), and each learner's
# internet bytes in both runs (in B only API calls should remain) with, in B, the bytes the LAN
# mirror served them (nginx's access log) and whether those cover the course's payload.
#
# Needs root, iproute2, nftables, python3, nginx-light (netsim, and the LAN mirror); not run by CI.
# Usage: bench/lan-first.sh BUILD_DIR [LEARNERS]          (default 20 learners)
#   BENCH_PROFILE=satellite   the link's netsim profile (lan, dsl, 3g, satellite, flaky)
#   BENCH_VIDEO_MB=1 BENCH_SMALL_FILES=10 BENCH_SMALL_KB=20 change the course (MB and kB are 10^6
#   and 10^3 bytes; the video may be a fraction). With the defaults (1.2 MB) a satellite learner
#   takes about 29 s in run A and 6 s in run B, the coordinator 30 s: about 12 minutes for 20
#   learners; BENCH_VIDEO_MB=0.5 brings it under 10.
# Exits with 1 when a learner's library did not verify (the table is printed all the same).
set -euo pipefail
# `clikc login` keeps its token in the keychain: without one the sign-in ends with the command and
# `clikc sync` would find itself signed out. A private keyring, as the tests use.
if [ -z "${CLIKC_KEYRING_HOME:-}" ]; then
    exec sh "$(dirname "$0")/../tests/support/with-keyring.sh" bash "$0" "$@"
fi
build=$(cd "${1:?build dir}" && pwd)
learners=${2:-20}
[[ $learners =~ ^[1-9][0-9]*$ ]] || { echo "LEARNERS must be a number, 1 or more" >&2; exit 2; }
profile=${BENCH_PROFILE:-satellite}
here=$(cd "$(dirname "$0")" && pwd)
netsim=${NETSIM:-$here/../../shared/netsim/netsim}
clikc="$build/app/cli/clikc"
server="$build/tests/server/clikc-test-server"
nginx_conf="$here/../packaging/nginx/clikc-mirror.conf"
nginx=$(command -v nginx || echo /usr/sbin/nginx)
video_mb=${BENCH_VIDEO_MB:-1}
small_files=${BENCH_SMALL_FILES:-10}
small_kb=${BENCH_SMALL_KB:-20}
work=$(mktemp -d)
server_pid=''
nginx_pid=''
cleanup() {
    local pid
    for pid in $nginx_pid $server_pid; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    "$netsim" down >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
log() { echo "lan-first: $*" >&2; }
# Stops the run, with the end of the log that says why.
fail() { log "$1"; [ -z "${2:-}" ] || tail -n 20 "$2" >&2; exit 1; }
# Bytes the client side of the link received (the downlink: what the internet brought) and sent.
counter() { "$netsim" counters | tr ' ' '\n' | sed -n "s/^$1=//p" | head -1; }
rx() { counter rx_bytes; }
tx() { counter tx_bytes; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }
# Body bytes nginx served from line FROM (1-based) of its access log on (combined format).
lan_bytes() {
    if [ -f "$work/nginx/access.log" ]; then
        awk -v from="$1" 'NR >= from {s += $10} END {print s + 0}' "$work/nginx/access.log"
    else
        echo 0
    fi
}
log_lines() { if [ -f "$work/nginx/access.log" ]; then wc -l < "$work/nginx/access.log"; else echo 0; fi; }

# DATA: the sync said ok, the site's course is in the library once, entirely, with the payload's
# size, every other course is entirely here too, and `library verify` finds nothing wrong.
verify_library() {
    local data=$1
    "$clikc" --data-dir "$data" library list --json > "$data.list.json" 2>> "$data.log" || return 1
    "$clikc" --data-dir "$data" library verify --json > "$data.verify.json" 2>> "$data.log" || return 1
    python3 - "$data.sync.json" "$data.list.json" "$data.verify.json" "$payload" <<'EOF'
import json, sys
sync, listing, verify = (json.load(open(p)) for p in sys.argv[1:4])
payload = int(sys.argv[4])
site = [c for c in listing["courses"] if c.get("source") == "moodle"]
ok = (sync.get("ok") is True and verify.get("ok") is True and len(site) == 1
      and site[0]["totalSize"] == payload
      and all(c["state"] in ("on_this_machine", "nothing") and c["filesOnDisk"] == c["files"]
              for c in listing["courses"]))
sys.exit(0 if ok else 1)
EOF
}

# DATA [SOURCE]: a learner's fresh library (with SOURCE as a course source), signed in and synced.
# Writes "internet-bytes uplink-bytes seconds lan-bytes verified" to DATA.result.
learner() {
    local data=$1 source=${2:-} r0 u0 t0 l0 verified=yes
    r0=$(rx); u0=$(tx); t0=$(now); l0=$(($(log_lines) + 1))
    if [ -n "$source" ]; then
        "$clikc" --data-dir "$data" sources add "$source" --trust-signer --json \
            > "$data.source.json" 2>> "$data.log" || fail "sources add failed for $data" "$data.log"
    fi
    echo "$password" | "$clikc" --data-dir "$data" login --site "$base" --username "$username" \
        --password-stdin --allow-http >> "$data.log" 2>&1 || fail "login failed for $data" "$data.log"
    "$clikc" --data-dir "$data" sync --all --json > "$data.sync.json" 2>> "$data.log" || true
    local t1 r1 u1
    t1=$(now); r1=$(rx); u1=$(tx)
    verify_library "$data" || verified=NO
    echo "$((r1 - r0)) $((u1 - u0)) $(seconds "$t0" "$t1") $(lan_bytes "$l0") $verified" > "$data.result"
}

# The site, behind the link.
mkdir -p "$work/empty"
"$netsim" up "$profile" "$work/empty" >/dev/null
address=$("$netsim" url | sed -E 's#^https?://([^/:]+).*#\1#')
"$netsim" exec "$server" --address "$address" --port 8089 --site benchmark \
    --video-mb "$video_mb" --small-files "$small_files" --small-kb "$small_kb" \
    --dump-files "$work/files" > "$work/server.out" &
server_pid=$!
until grep -q CLIKC_TEST_SERVER "$work/server.out" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || fail "the test server did not start"
    sleep 0.2
done
read -r _ base username password _ < "$work/server.out"
username=${username#username=}
password=${password#password=}
payload=$(awk '{s += $2} END {print s}' "$work/files/manifest.txt")
log "profile $profile, $learners learners, course of $payload bytes ($(wc -l < "$work/files/manifest.txt") files)"

# Run A: every learner fetches the course over the link.
a_rx0=$(rx); a_tx0=$(tx); a_t0=$(now)
for i in $(seq 1 "$learners"); do
    learner "$work/a-$i"
    read -r b _ s _ v < "$work/a-$i.result"
    log "A learner $i/$learners: $b bytes from the internet, $s s, verified $v"
done
a_t1=$(now); a_rx1=$(rx); a_tx1=$(tx)

# Run B: the coordinator fetches it once and puts it on the LAN; learners take it from there.
b_rx0=$(rx); b_tx0=$(tx); b_t0=$(now)
coordinator="$work/coordinator"
echo "$password" | "$clikc" --data-dir "$coordinator" login --site "$base" --username "$username" \
    --password-stdin --allow-http >> "$coordinator.log" 2>&1 || fail "coordinator: login failed" "$coordinator.log"
"$clikc" --data-dir "$coordinator" sync --all --json > "$coordinator.sync.json" 2>> "$coordinator.log" \
    || fail "coordinator: sync failed" "$coordinator.log"
verify_library "$coordinator" || fail "coordinator: the library did not verify" "$coordinator.log"
c_t1=$(now); c_rx=$(($(rx) - b_rx0))
mirror="$work/mirror"
"$clikc" --data-dir "$coordinator" mirror export "$mirror" --json > "$coordinator.export.json" \
    2>> "$coordinator.log" || fail "coordinator: mirror export failed" "$coordinator.log"
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r['ok'] and not r['notEntirelyHere'] and any(c['remoteId'] == '2' for c in r['exported']) else 1)" \
    "$coordinator.export.json" || fail "coordinator: the export misses the site's course" "$coordinator.export.json"

# nginx on 127.0.0.1 serving the mirror: the shipped server block, on a port and folder of ours.
mkdir -p "$work/nginx/tmp"
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
block=$(cat "$nginx_conf")
[[ $block == *"listen 80;"* && $block == *"root /srv/clikc;"* ]] \
    || fail "$nginx_conf no longer has the lines 'listen 80;' and 'root /srv/clikc;'"
block=${block/"listen 80;"/"listen 127.0.0.1:$port;"}
block=${block/"root /srv/clikc;"/"root $mirror;"}
cat > "$work/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 64; }
http {
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/tmp;
    proxy_temp_path $work/nginx/tmp;
    fastcgi_temp_path $work/nginx/tmp;
    uwsgi_temp_path $work/nginx/tmp;
    scgi_temp_path $work/nginx/tmp;
$block
}
EOF
"$nginx" -c "$work/nginx/nginx.conf" -p "$work/nginx" -e "$work/nginx/error.log" &
nginx_pid=$!
until (exec 3<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    kill -0 "$nginx_pid" 2>/dev/null || fail "nginx did not start" "$work/nginx/error.log"
    sleep 0.1
done
source_url="http://127.0.0.1:$port/"
log "coordinator: $c_rx bytes from the internet, $(seconds "$b_t0" "$c_t1") s; mirror on $source_url"

for i in $(seq 1 "$learners"); do
    learner "$work/b-$i" "$source_url"
    read -r b _ s l v < "$work/b-$i.result"
    log "B learner $i/$learners: $b bytes from the internet, $l from the LAN, $s s, verified $v"
done
b_t1=$(now); b_rx1=$(rx); b_tx1=$(tx)

# The results.
a_rx=$((a_rx1 - a_rx0)) b_rx=$((b_rx1 - b_rx0))
a_ok=$(cat "$work"/a-*.result | awk '$5 == "yes"' | wc -l)
b_ok=$(cat "$work"/b-*.result | awk '$5 == "yes"' | wc -l)
echo
echo "LAN first: $learners learners, profile $profile, course of $payload bytes" \
    "(a $video_mb MB video and $small_files files of $small_kb kB)"
printf '%-22s %14s %12s %12s %14s %9s %9s\n' run internet-bytes uplink payload per-learner seconds verified
printf '%-22s %14s %12s %12s %14s %9s %9s\n' "A without LAN mirror" "$a_rx" "$((a_tx1 - a_tx0))" \
    "$payload" "$((a_rx / learners))" "$(seconds "$a_t0" "$a_t1")" "$a_ok/$learners"
printf '%-22s %14s %12s %12s %14s %9s %9s\n' "B with LAN mirror" "$b_rx" "$((b_tx1 - b_tx0))" \
    "$payload" "$((b_rx / learners))" "$(seconds "$b_t0" "$b_t1")" "$b_ok/$learners"
printf '%-22s %14s %12s %12s %14s %9s %9s\n' "  of it: coordinator" "$c_rx" - "$payload" - \
    "$(seconds "$b_t0" "$c_t1")" yes
printf '%-22s %14s %12s %12s %14s %9s %9s\n' "ideal (course once)" "$payload" - "$payload" \
    "$((payload / learners))" - -
awk -v a="$a_rx" -v b="$b_rx" -v p="$payload" -v n="$learners" 'BEGIN {
    printf "B / A internet bytes: %.3f   (ideal: 1/%d = %.3f)   B / ideal: %.2f   A / ideal: %.2f\n",
        b / a, n, 1 / n, b / p, a / p }'
echo
echo "Per learner (bytes; B's LAN bytes are what the mirror served them):"
printf '%-8s %14s %9s %14s %12s %9s %9s %9s\n' learner A-internet A-seconds B-internet B-LAN \
    B-seconds B-verified from-LAN
for i in $(seq 1 "$learners"); do
    read -r ab _ as _ _ < "$work/a-$i.result"
    read -r bb _ bs bl bv < "$work/b-$i.result"
    from_lan=$([ "$bl" -ge "$payload" ] && echo yes || echo NO)
    printf '%-8s %14s %9s %14s %12s %9s %9s %9s\n' "$i" "$ab" "$as" "$bb" "$bl" "$bs" "$bv" "$from_lan"
done
[ "$a_ok" = "$learners" ] && [ "$b_ok" = "$learners" ]
