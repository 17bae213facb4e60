#!/usr/bin/env bash
# Benchmark: bringing a mirror into the library, and re-checking the library.
#   import  — `clikc library import` (read, SHA-256, sync, atomic rename, a transaction per group
#             of courses) against the anchor `cp -r` followed by `sha256sum` over the copy and
#             `sync`; the median of three rounds of each.
#   verify  — `clikc library verify` (re-hash every stored file) against `sha256sum -c`.
# Prints MB/s for each and the project/anchor ratio (above 1 = the project is faster).
# Usage: bench/import-verify.sh BUILD_DIR [MIRROR]
#   Without MIRROR, a coordinator's library is generated (bench/make-library.py: 1,000 courses,
#   20,000 files, 185 MB); BENCH_VIDEOS=1 generates the old shape instead (64 files, 256 MB).
set -euo pipefail
build=${1:?build dir}
here=$(cd "$(dirname "$0")" && pwd)
clikc="$build/app/cli/clikc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mirror=${2:-}
if [ -z "$mirror" ] && [ "${BENCH_VIDEOS:-}" = 1 ]; then
files=64
size_mb=256
per_file=$((size_mb * 1024 * 1024 / files))
mirror="$work/mirror"
mkdir -p "$mirror/courses" "$mirror/files"
python3 - "$mirror" "$files" "$per_file" <<'PY'
import hashlib, json, os, sys
root, count, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
entries = []
for i in range(count):
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    os.makedirs(f"{root}/files/{sha[:2]}", exist_ok=True)
    open(f"{root}/files/{sha[:2]}/{sha}", "wb").write(data)
    entries.append({"path": f"video-{i}.webm", "mime": "video/webm", "size": size, "sha256": sha})
course = {"id": "bench", "title": "Benchmark", "sections": [{"id": "1", "title": "All",
          "activities": [{"id": f"a{i}", "kind": "video", "title": f"Video {i}", "entry": e["path"],
                          "files": [e]} for i, e in enumerate(entries)]}]}
blob = (json.dumps(course, indent=2) + "\n").encode()
open(f"{root}/courses/bench.json", "wb").write(blob)
catalogue = {"format": "clikc-mirror", "version": 1, "source": {"id": "bench", "title": "Bench"},
             "courses": [{"id": "bench", "path": "courses/bench.json",
                          "sha256": hashlib.sha256(blob).hexdigest(), "size": size * count}]}
open(f"{root}/catalogue.json", "w").write(json.dumps(catalogue, indent=2))
PY
elif [ -z "$mirror" ]; then
    mirror="$work/mirror"
    python3 "$here/make-library.py" "$mirror"
fi
size_mb=$(du -sm "$mirror/files" | cut -f1)
file_count=$(find "$mirror/files" -type f | wc -l)
echo "mirror: $file_count files, $size_mb MB"

drop_caches() { sync; [ -w /proc/sys/vm/drop_caches ] && echo 3 > /proc/sys/vm/drop_caches || true; }
now() { date +%s.%N; }
rate() { python3 -c "print(f'{$size_mb / ($2 - $1):.1f}')"; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }

# Warm the sample import out of the way so only the mirror is measured.
"$clikc" --data-dir "$work/data-1" library list >/dev/null
"$clikc" --data-dir "$work/data-2" library list >/dev/null
"$clikc" --data-dir "$work/data-3" library list >/dev/null

# Three rounds, the order alternating, nothing deleted in between, and the medians compared.
# Whichever of the two runs first after many files were deleted on this file system (the last
# run's clean-up) pays for ext4's search for a free inode that was not freed "recently" (the
# last five minutes): a measured 85% of `cp -r` right after an `rm -rf` of 20,000 files. Not a
# figure of either tool.
import_clikc() { # ROUND
    drop_caches; local t0; t0=$(now)
    "$clikc" --data-dir "$work/data-$1" library import "$mirror" >/dev/null
    clikc_times+=("$(secs "$t0" "$(now)")")
}
import_anchor() { # ROUND
    drop_caches; local t0; t0=$(now)
    cp -r "$mirror/files" "$work/copy-$1"
    find "$work/copy-$1" -type f -exec sha256sum {} + > "$work/sums-$1"
    sync
    anchor_times+=("$(secs "$t0" "$(now)")")
}
clikc_times=() anchor_times=()
import_clikc 1; import_anchor 1
import_anchor 2; import_clikc 2
import_clikc 3; import_anchor 3
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
clikc_s=$(median "${clikc_times[@]}")
anchor_s=$(median "${anchor_times[@]}")

drop_caches; t4=$(now)
"$clikc" --data-dir "$work/data-1" library verify >/dev/null
t5=$(now)
drop_caches; t6=$(now)
sha256sum --quiet -c "$work/sums-1" >/dev/null
t7=$(now)

project_import=$(python3 -c "print(f'{$size_mb / $clikc_s:.1f}')")
anchor_import=$(python3 -c "print(f'{$size_mb / $anchor_s:.1f}')")
project_verify=$(rate "$t4" "$t5"); anchor_verify=$(rate "$t6" "$t7")
echo "import (median of 3): clikc $clikc_s s (${clikc_times[*]}), cp + sha256sum + sync $anchor_s s (${anchor_times[*]}): $(python3 -c "print(f'{$clikc_s / $anchor_s:.2f}')")x"
printf '%-8s %10s %22s %8s\n' "bench" "clikc MB/s" "anchor MB/s" "ratio"
printf '%-8s %10s %22s %8s\n' "import" "$project_import" "$anchor_import (cp+sha256sum)" \
    "$(python3 -c "print(f'{$project_import / $anchor_import:.2f}')")"
printf '%-8s %10s %22s %8s\n' "verify" "$project_verify" "$anchor_verify (sha256sum -c)" \
    "$(python3 -c "print(f'{$project_verify / $anchor_verify:.2f}')")"
