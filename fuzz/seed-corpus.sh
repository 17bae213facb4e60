#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with the project's own real inputs: the recorded Moodle 4.4
# answers, the SCORM manifests of the tests, and the sample course's mirror. The corpus is
# committed; run this again when new fixtures arrive.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/corpus
mkdir -p "$out/fuzz_scormmanifest" "$out/fuzz_mirror" "$out/fuzz_moodleprotocol" "$out/fuzz_contenturl"
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
# fuzz_contenturl: the first byte picks the method (0: GET); the URLs a lesson really asks for.
n=0
for url in 'clikc-content://a7/index.html' 'clikc-content://a7/index.html?lang=fr#top' \
    'clikc-content://a7/images/logo.png' 'clikc-content://a7/media/a%20b.mp4' \
    'clikc-content://a7/__clikc__/player.html' 'clikc-content://a8/index.html' \
    'clikc-content://x@a7:80/%2e%2e/etc/passwd' 'data:text/plain,hi' 'blob:clikc-content://a7/1' \
    'https://example.org/' 'file:///etc/passwd'; do
    n=$((n + 1))
    { printf '\000'; printf '%s' "$url"; } > "$out/fuzz_contenturl/url-$n"
done
echo "seed corpus: $(find "$out" -type f | wc -l) files"
