#!/usr/bin/env bash
# Installs what is missing, builds, and starts Tessera. With no plan argument and no recent plan,
# Tessera opens the bundled demo plan (generated on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
./packaging/setup-deps.sh
cmake --preset dev
cmake --build --preset dev
exec ./build/app/tessera "$@"
