#!/bin/sh
# Runs a command in a private D-Bus session with its own freshly unlocked gnome-keyring, in a
# throwaway HOME: a real Secret Service that knows nothing of the user's own secrets.
# (The password is a newline, not empty input, or the login collection is never created.)
exec dbus-run-session -- sh -ec '
    export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
    chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(echo "" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL CLIKC_KEYRING_HOME="$HOME"
    "$@"' sh "$@"
