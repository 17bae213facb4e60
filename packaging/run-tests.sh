#!/usr/bin/env bash
# Installs what is missing, builds CLiKC! Desktop with warnings as errors, checks the formatting,
# and runs the whole test suite (under a virtual X display, with a private D-Bus session).
# The README's test command and CI (.ci/run) run exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

build=${CLIKC_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLIKC_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"

echo "== clang-format"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app tests bench -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${sources[@]}"
echo "clang-format: ${#sources[@]} files clean"

echo "== tests"
export QTWEBENGINE_DISABLE_SANDBOX=1
# GUI tests need a real X display; the others run offscreen. A private D-Bus session keeps the
# tests away from the user's own services.
suite=passed
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    ctest --test-dir "$build" --output-on-failure --timeout 300 "$@" || suite=failed

# The tests that need no display again, built with AddressSanitizer and UndefinedBehaviorSanitizer:
# a memory error, a leak or undefined behaviour fails them. CLIKC_SANITIZE=0 skips this part.
sanitized=skipped
if [ "${CLIKC_SANITIZE:-1}" != 0 ]; then
    echo "== tests under AddressSanitizer and UBSan"
    asan=${CLIKC_ASAN_BUILD_DIR:-build-asan}
    cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g" \
        -DCLIKC_SANITIZE=ON -DCLIKC_WERROR=ON
    cmake --build "$asan" --parallel "$(nproc)"
    sanitized=passed
    dbus-run-session -- ctest --test-dir "$asan" --output-on-failure --timeout 600 \
        --parallel "$(nproc)" "$@" || sanitized=failed
fi

echo "== summary: whole suite $suite; suite without a display under AddressSanitizer and UBSan $sanitized"
[ "$suite" = passed ] && [ "$sanitized" != failed ]
