#!/usr/bin/env bash
# Builds everything and runs the whole test suite; called by `./bootstrap.sh test` and CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Tests that need Chromium or the Python validators fail rather than skip when run through here.
export PHIGUARD_REQUIRE_BROWSER=1
export PHIGUARD_REQUIRE_VALIDATORS=1
# Independent validators for phiguard's output (SARIF schema), in a venv of their own.
venv=.build/test-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import jsonschema' 2>/dev/null; then
  mkdir -p .build
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check jsonschema
fi
export PHIGUARD_TEST_PYTHON="$PWD/$venv/bin/python"
swift build --build-tests
swift test --skip-build "$@"
