#!/usr/bin/env bash
# Scopekeeper set-up on Debian 12, run as root from the repository folder:
#   bash setup.sh run    install what is missing, build, start the app on the default database
#   bash setup.sh test   install what is missing, build, run the whole test suite through ctest
# Any further arguments after `run` go to the app (for example --db PATH).
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  build-essential cmake pkg-config                    # toolchain
  libicu-dev libsqlitecpp-dev libsqlite3-dev          # core: text, ledger
  nettle-dev                                          # ledger: SHA-256 of the stored files
  libpoppler-cpp-dev libzip-dev libpugixml-dev         # import: PDF text, zip and XML formats
  libxml2-dev                                         # import: HTML as browsers parse it
  libpng-dev libjpeg-dev                              # import: images
  libhpdf-dev libkainjow-mustache-dev                 # notices: PDF and templates
  libfontconfig-dev fonts-dejavu-core fonts-nanum     # notices: finding and embedding fonts
  poppler-utils qpdf                                  # notice tests: pdftotext, pdffonts, qpdf --check
  nlohmann-json3-dev libcli11-dev                     # CLI: JSON output, argument parsing
  libwxgtk3.2-dev                                     # desktop app
  gettext                                             # translations: msgfmt builds the Korean and Romanian catalogs
  catch2 xvfb xauth x11-utils imagemagick jq          # tests: unit tests, GUI tests under Xvfb
  python3                                             # tests: Python's email package reads the .eml drafts
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build -j2
}

case "${1:-}" in
  run)
    shift
    install_missing
    build
    exec ./build/src/gui/scopekeeper "$@"
    ;;
  test)
    install_missing
    build
    ctest --test-dir build --output-on-failure -j2
    ;;
  *)
    echo "usage: bash setup.sh run [--db PATH] | bash setup.sh test" >&2
    exit 1
    ;;
esac
