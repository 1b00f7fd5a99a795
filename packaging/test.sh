#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, checks formatting and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/setup-deps.sh --test
echo "== clang-format"
git ls-files -- '*.cpp' '*.h' | xargs -r clang-format --dry-run --Werror
echo "== build"
cmake --preset ci
cmake --build --preset ci
echo "== tests"
ctest --preset ci -j2
echo "== packaging"
desktop-file-validate packaging/tessera.desktop
appstreamcli validate --no-net --pedantic packaging/org.tessera.Tessera.metainfo.xml
(cd build-ci && cpack -G DEB >/dev/null && dpkg-deb -c tessera_*_amd64.deb | grep -q '/usr/bin/tessera-cli$' \
  && echo "built $(ls build-ci/tessera_*_amd64.deb 2>/dev/null || ls tessera_*_amd64.deb)")
