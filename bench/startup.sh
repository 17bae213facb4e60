#!/usr/bin/env bash
# Benchmark: from exec to the first frame that shows the library's rows, and the memory then,
# with a coordinator's library (bench/make-library.py: 1,000 courses, 20,000 files), against an
# empty Qt Widgets window started the same way in the same run (the anchor).
# Prints the medians of RUNS starts of each and the ratios (below 1 = closer to the anchor).
# Usage: bench/startup.sh BUILD_DIR [RUNS] [MIRROR]   (a MIRROR of another shape may be given)
set -euo pipefail
build=${1:?build dir}
runs=${2:-7}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mirror=${3:-}
if [ -z "$mirror" ]; then
    mirror="$work/mirror"
    python3 "$here/make-library.py" "$mirror"
fi
"$build/app/cli/clikc" --data-dir "$work/data" library import "$mirror" >/dev/null
echo "library: $("$build/app/cli/clikc" --data-dir "$work/data" library list --json |
    python3 -c 'import json,sys; print(len(json.load(sys.stdin)["courses"]), "courses")')"

run() {
    python3 - "$runs" "$@" <<'PY'
import os, re, statistics, subprocess, sys, time
runs, argv = int(sys.argv[1]), sys.argv[2:]
env = dict(os.environ, CLIKC_STARTUP_PROBE="1")
times, rss = [], []
for _ in range(runs):
    start = time.time()
    out = subprocess.run(argv, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                         timeout=120).stderr.decode(errors="replace")
    m = re.search(r"first-rows-frame-epoch-ms=(\d+) rss-kib=(\d+)", out)
    if not m:
        sys.exit("no probe line from " + argv[0] + ":\n" + out[-2000:])
    times.append(int(m.group(1)) - start * 1000)
    rss.append(int(m.group(2)) / 1024)
print(f"{statistics.median(times):.0f} {min(times):.0f} {max(times):.0f} {statistics.median(rss):.0f}")
PY
}

display=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    display=(xvfb-run -a -s "-screen 0 1280x800x24")
fi
# Warm the disk cache for both (the figure is a start on a machine in use, not a cold boot).
read -r app app_min app_max app_rss < <("${display[@]}" dbus-run-session -- bash -c \
    "$(declare -f run); runs=$runs; run '$build/app/gui/clikc-desktop' --data-dir '$work/data'")
read -r anchor anchor_min anchor_max anchor_rss < <("${display[@]}" bash -c \
    "$(declare -f run); runs=$runs; run '$build/bench/clikc-bench-emptywindow'")

printf '%-26s %16s %26s %8s\n' "measure" "clikc-desktop" "anchor (empty Qt window)" "ratio"
printf '%-26s %16s %26s %8s\n' "start to rows shown, ms" "$app ($app_min–$app_max)" \
    "$anchor ($anchor_min–$anchor_max)" "$(python3 -c "print(f'{$app / $anchor:.1f}')")"
printf '%-26s %16s %26s %8s\n' "memory then (RSS), MB" "$app_rss" "$anchor_rss" \
    "$(python3 -c "print(f'{$app_rss / $anchor_rss:.1f}')")"
