#!/usr/bin/env bash
# Builds the Debian package from the build folder and checks it as apt would see it: its
# dependencies (including the run-time plugins shlibdeps cannot find), the files it installs,
# the desktop entry and AppStream data, and that the packaged `clikc` runs from the unpacked
# tree and imports the sample course.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null
deb=$(ls "$work"/out/clikc-desktop_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

fail() { echo "FAIL: $*" >&2; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6sql6-sqlite libqt6svg6 libsecret-1-0 gstreamer1.0-plugins-base \
            gstreamer1.0-plugins-good gstreamer1.0-libav qt6-translations-l10n libqt6webenginecore6; do
    grep -q "$need" <<<"$depends" || fail "Depends lacks $need"
done
[ "$(dpkg-deb -f "$deb" Package)" = clikc-desktop ] || fail "wrong package name"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/clikc-desktop ./usr/bin/clikc \
            ./usr/share/applications/org.wcoomd.ClikcDesktop.desktop \
            ./usr/share/metainfo/org.wcoomd.ClikcDesktop.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.wcoomd.ClikcDesktop.svg \
            ./usr/share/icons/hicolor/48x48/apps/org.wcoomd.ClikcDesktop.png; do
    grep -qx "$path" <<<"$files" || fail "package lacks $path"
done

dpkg-deb -x "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/org.wcoomd.ClikcDesktop.desktop"
fi
grep -q '^Exec=clikc-desktop' "$work/root/usr/share/applications/org.wcoomd.ClikcDesktop.desktop" \
    || fail "desktop entry does not start clikc-desktop"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.wcoomd.ClikcDesktop.metainfo.xml" >/dev/null
fi

"$work/root/usr/bin/clikc" --version | grep -q '^clikc ' || fail "packaged clikc does not run"
out=$("$work/root/usr/bin/clikc" --data-dir "$work/data" library list --json)
grep -q '"remoteId": "clikc-sample-101"' <<<"$out" || fail "packaged clikc did not import the sample"
grep -q '"state": "on_this_machine"' <<<"$out" || fail "sample course not complete"
echo "package checks passed"
