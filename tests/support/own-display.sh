#!/bin/sh
# Runs a command on an X display of its own (a private Xvfb), so that what it grabs from the
# screen shows its own windows only, not those of the tests running beside it (ctest -j2).
exec xvfb-run -a -s "-screen 0 1280x800x24" sh "$(dirname "$0")/with-keyring.sh" "$@"
