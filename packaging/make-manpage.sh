#!/usr/bin/env bash
# Writes a program's gzipped manual page from its own --help, at build time:
#   make-manpage.sh BINARY NAME VERSION INCLUDE.h2m CHANGELOG OUTPUT.1.gz
# The program runs offscreen, in English, with a throw-away home and library folder, so building
# never reads or touches anyone's data. The page's date is the changelog's (reproducible builds).
set -euo pipefail
binary=$1 name=$2 version=$3 include=$4 changelog=$5 output=$6

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/home"
# Run it as NAME, not as the build path, so the synopsis names the installed command.
ln -s "$(realpath "$binary")" "$tmp/bin/$name"

SOURCE_DATE_EPOCH=$(dpkg-parsechangelog -l "$changelog" -S Timestamp)
export SOURCE_DATE_EPOCH
env -i PATH="$tmp/bin:/usr/bin:/bin" HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp" \
    XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config" \
    CLIKC_DATA_DIR="$tmp/library" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH" \
    help2man --no-info --section=1 --include="$include" --version-string="$name $version" \
        --source="CLiKC! Desktop $version" --manual="User Commands" --output="$tmp/page" "$name"
grep -q '^\.SH NAME' "$tmp/page" || { echo "make-manpage: no page for $name" >&2; exit 1; }
gzip -9n <"$tmp/page" >"$output.tmp"
mv "$output.tmp" "$output"
