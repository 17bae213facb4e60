#!/usr/bin/env bash
# Installs everything CLiKC! Desktop needs to build, run and test on Debian 12 (as root, or via sudo).
# Used by the README's Quick start and by CI. Does nothing when every package is already present.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ ccache pkgconf clang-format file dpkg-dev help2man
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-webengine-dev qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libsqlite3-dev libarchive-dev libgl-dev libssl-dev libsodium-dev
  # run
  libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libsecret-1-0 qt6-qpa-plugins
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-tools
  # test
  xvfb xauth gnome-keyring dbus-x11 dbus fonts-dejavu-core desktop-file-utils appstream lintian man-db
  nginx
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
