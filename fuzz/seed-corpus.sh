#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with the project's own real inputs: the recorded Moodle 4.4
# answers, the SCORM manifests of the tests, and the sample course's mirror. The corpus is
# committed; run this again when new fixtures arrive.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/corpus
mkdir -p "$out/fuzz_scormmanifest" "$out/fuzz_mirror" "$out/fuzz_moodleprotocol"
for f in tests/data/scorm/*.xml; do
    cp "$f" "$out/fuzz_scormmanifest/$(basename "$f")"
done
cp resources/sample/mirror/catalogue.json "$out/fuzz_mirror/catalogue.json"
for f in resources/sample/mirror/courses/*.json; do
    cp "$f" "$out/fuzz_mirror/course-$(basename "$f")"
done
# fuzz_moodleprotocol: the first byte picks the HTTP status (0: 200).
for f in tests/data/moodle-4.4/*.json; do
    { printf '\000'; cat "$f"; } > "$out/fuzz_moodleprotocol/$(basename "$f")"
done
echo "seed corpus: $(find "$out" -type f | wc -l) files"
