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
(cd build-ci && cpack -G DEB >/dev/null)
deb=$(ls build-ci/tessera_*_amd64.deb)
dpkg-deb -c "$deb" > build-ci/deb-contents.txt
grep -q '/usr/bin/tessera-cli$' build-ci/deb-contents.txt
grep -q '/usr/share/applications/tessera.desktop$' build-ci/deb-contents.txt
echo "built $deb"
