#!/usr/bin/env bash
# Installs what is missing, builds CLiKC! Desktop and starts it. Arguments go to the application
# (for example --data-dir DIR). The README's "run" command.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

build=${CLIKC_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-app: no display found (DISPLAY/WAYLAND_DISPLAY are unset)." >&2
    echo "run-app: on a headless machine, try: xvfb-run -a bash packaging/run-app.sh" >&2
    exit 1
fi
exec "$build/app/gui/clikc-desktop" "$@"
