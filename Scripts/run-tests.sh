#!/usr/bin/env bash
# Builds everything and runs the whole test suite; called by `./bootstrap.sh test` and CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
swift build --build-tests
swift test --skip-build "$@"
