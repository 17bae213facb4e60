#!/usr/bin/env bash
# Benchmark: bringing a mirror into the library, and re-checking the library.
#   import  — `clikc library import` (read, SHA-256, fsync, atomic rename, one transaction per
#             course) against the anchor `cp -r` followed by `sha256sum` over the copy.
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
"$clikc" --data-dir "$work/data" library list >/dev/null

drop_caches; t0=$(now)
"$clikc" --data-dir "$work/data" library import "$mirror" >/dev/null
t1=$(now)
drop_caches; t2=$(now)
cp -r "$mirror/files" "$work/copy"
find "$work/copy" -type f -exec sha256sum {} + > "$work/sums"
sync
t3=$(now)

drop_caches; t4=$(now)
"$clikc" --data-dir "$work/data" library verify >/dev/null
t5=$(now)
drop_caches; t6=$(now)
sha256sum --quiet -c "$work/sums" >/dev/null
t7=$(now)

project_import=$(rate "$t0" "$t1"); anchor_import=$(rate "$t2" "$t3")
project_verify=$(rate "$t4" "$t5"); anchor_verify=$(rate "$t6" "$t7")
echo "import: clikc $(secs "$t0" "$t1") s, cp + sha256sum + sync $(secs "$t2" "$t3") s"
printf '%-8s %10s %22s %8s\n' "bench" "clikc MB/s" "anchor MB/s" "ratio"
printf '%-8s %10s %22s %8s\n' "import" "$project_import" "$anchor_import (cp+sha256sum)" \
    "$(python3 -c "print(f'{$project_import / $anchor_import:.2f}')")"
printf '%-8s %10s %22s %8s\n' "verify" "$project_verify" "$anchor_verify (sha256sum -c)" \
    "$(python3 -c "print(f'{$project_verify / $anchor_verify:.2f}')")"
