#!/usr/bin/env bash
# Builds the Debian package from the build folder and checks it as apt and lintian would see it:
# its dependencies (including the run-time plugins shlibdeps cannot find), the files it installs
# (licence, changelog, manual pages, screenshots), no lintian error, the desktop entry and
# AppStream data valid and agreeing with the package, and that the packaged `clikc` runs from the
# unpacked tree and imports the sample course. Needs lintian, appstream, desktop-file-utils and
# man-db (bash packaging/install-deps.sh); works offline.
set -euo pipefail
build=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in lintian appstreamcli desktop-file-validate man dpkg-parsechangelog; do
    command -v "$tool" >/dev/null || fail "$tool is missing (bash packaging/install-deps.sh installs it)"
done

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null
deb=$(ls "$work"/out/clikc-desktop_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
version=$(dpkg-deb -f "$deb" Version)

depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6sql6-sqlite libqt6svg6 libsecret-1-0 gstreamer1.0-plugins-base \
            gstreamer1.0-plugins-good gstreamer1.0-libav qt6-translations-l10n libqt6webenginecore6; do
    grep -q "$need" <<<"$depends" || fail "Depends lacks $need"
done
[ "$(dpkg-deb -f "$deb" Package)" = clikc-desktop ] || fail "wrong package name"

doc=./usr/share/doc/clikc-desktop
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/clikc-desktop ./usr/bin/clikc \
            ./usr/share/applications/org.wcoomd.ClikcDesktop.desktop \
            ./usr/share/metainfo/org.wcoomd.ClikcDesktop.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.wcoomd.ClikcDesktop.svg \
            ./usr/share/icons/hicolor/48x48/apps/org.wcoomd.ClikcDesktop.png \
            $doc/copyright $doc/changelog.gz $doc/examples/clikc-mirror.conf \
            ./usr/share/man/man1/clikc.1.gz ./usr/share/man/man1/clikc-desktop.1.gz \
            ./usr/lib/clikc-desktop/plugins/libclikc-players.so \
            ./usr/lib/systemd/user/clikc-sync.service ./usr/lib/systemd/user/clikc-sync.timer; do
    grep -qx "$path" <<<"$files" || fail "package lacks $path"
done

# lintian as the archive would run it; any error fails, warnings are shown.
lintian_args=()
if [ "$(id -u)" -eq 0 ]; then lintian_args+=(--allow-root); fi
report=$(lintian "${lintian_args[@]}" --no-cfg "$deb" 2>&1 || true)
[ -z "$report" ] || echo "$report"
if grep -q '^E: ' <<<"$report"; then fail "lintian reports errors"; fi

dpkg-deb -x "$deb" "$work/root"
root=$work/root

# The night sync: a user timer that starts the packaged command in the night's hours, off until
# a coordinator enables it (no [Install] in the service, nothing enabled by the package).
service=$root/usr/lib/systemd/user/clikc-sync.service
grep -qx 'ExecStart=/usr/bin/clikc sync --all --window 22:00-06:00 --report %S/clikc/last-sync.json' \
    "$service" || fail "clikc-sync.service does not run the night sync"
grep -qx 'WantedBy=timers.target' "$root/usr/lib/systemd/user/clikc-sync.timer" \
    || fail "clikc-sync.timer cannot be enabled"
if dpkg-deb -c "$deb" | grep -q 'timers.target.wants'; then fail "the timer is enabled by the package"; fi

# The licence: DEP-5, and the one the AppStream data declares.
metainfo=$root/usr/share/metainfo/org.wcoomd.ClikcDesktop.metainfo.xml
copyright=$root/$doc/copyright
head -1 "$copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || fail "copyright is not in the DEP-5 format"
license=$(sed -n 's:.*<project_license>\(.*\)</project_license>.*:\1:p' "$metainfo")
[ -n "$license" ] || fail "the AppStream data declares no project_license"
grep -qx "License: $license" "$copyright" || fail "copyright does not give the $license licence"
grep -q '^ Permission is hereby granted' "$copyright" || fail "copyright lacks the licence text"

# The changelog: a Debian changelog for this very version, compressed the way lintian wants.
gzip -t "$root/$doc/changelog.gz" || fail "changelog.gz is not gzip"
zcat "$root/$doc/changelog.gz" >"$work/changelog"
[ "$(dpkg-parsechangelog -l "$work/changelog" -S Version)" = "$version" ] \
    || fail "the changelog's newest entry is not version $version"

# Both manual pages render without a warning and name their program.
for program in clikc clikc-desktop; do
    page=$root/usr/share/man/man1/$program.1.gz
    text=$(LC_ALL=C MANWIDTH=80 man --warnings -l "$page" 2>"$work/man-warnings")
    [ ! -s "$work/man-warnings" ] || { cat "$work/man-warnings" >&2; fail "man page of $program has warnings"; }
    grep -Eq "^ *$program +- " <<<"$text" || fail "man page of $program lacks its NAME line"
    grep -q -- '--data-dir' <<<"$text" || fail "man page of $program does not list --data-dir"
done

desktop-file-validate "$root/usr/share/applications/org.wcoomd.ClikcDesktop.desktop" \
    || fail "desktop entry does not validate"
grep -q '^Exec=clikc-desktop' "$root/usr/share/applications/org.wcoomd.ClikcDesktop.desktop" \
    || fail "desktop entry does not start clikc-desktop"
appstreamcli validate --no-net "$metainfo" >"$work/appstream" 2>&1 \
    || { cat "$work/appstream" >&2; fail "AppStream data does not validate"; }
first_release=$(grep -m1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$first_release" = "$version" ] || fail "AppStream's newest release is $first_release, not $version"

# Screenshots: https under the homepage, and each one shipped and in the repository.
homepage=$(sed -n 's:.*<url type="homepage">\(.*\)</url>.*:\1:p' "$metainfo")
shots=$(grep -o '<image[^>]*>[^<]*</image>' "$metainfo" | sed 's:<[^>]*>::g')
[ -n "$shots" ] || fail "AppStream data has no screenshots"
for url in $shots; do
    [[ $url == "$homepage"/* ]] || fail "screenshot $url is not under $homepage"
    name=$(basename "$url")
    [ -s "$source_dir/packaging/screenshots/$name" ] || fail "packaging/screenshots/$name is missing"
    cmp -s "$source_dir/packaging/screenshots/$name" "$root/$doc/screenshots/$name" \
        || fail "the package does not ship screenshot $name"
    file -b "$root/$doc/screenshots/$name" | grep -q '^PNG image data' || fail "$name is not a PNG"
done

"$root/usr/bin/clikc" --version | grep -q '^clikc ' || fail "packaged clikc does not run"

# The players plugin takes the application's own code from the program: every symbol of ours
# it needs must be exported by the packaged (stripped) clikc-desktop.
plugin=$root/usr/lib/clikc-desktop/plugins/libclikc-players.so
needed=$(nm -D --undefined-only "$plugin" | awk '{print $2}' | grep '5clikc' | sort -u)
[ -n "$needed" ] || fail "the plugin uses nothing of the program's: is it a copy?"
exported=$(nm -D --defined-only "$root/usr/bin/clikc-desktop" | awk '{print $3}' | sort -u)
missing=$(comm -23 <(echo "$needed") <(echo "$exported"))
[ -z "$missing" ] || fail "clikc-desktop does not export what its plugin needs: $(head -3 <<<"$missing")"
out=$("$root/usr/bin/clikc" --data-dir "$work/data" library list --json)
grep -q '"remoteId": "clikc-sample-101"' <<<"$out" || fail "packaged clikc did not import the sample"
grep -q '"state": "on_this_machine"' <<<"$out" || fail "sample course not complete"
echo "package checks passed"
