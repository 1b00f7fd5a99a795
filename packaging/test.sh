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
