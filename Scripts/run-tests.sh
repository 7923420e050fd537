#!/usr/bin/env bash
# Builds everything and runs the whole test suite; called by `./bootstrap.sh test` and CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Tests that need Chromium or the Python validators fail rather than skip when run through here.
export PHIGUARD_REQUIRE_BROWSER=1
export PHIGUARD_REQUIRE_VALIDATORS=1
# Independent validators for phiguard's output, in a venv of their own: the SARIF 2.1.0 schema
# (jsonschema) and FHIR R4 (fhir.resources 6.4 is the last release whose default model is R4 4.0.1);
# and the real hook managers that run what `init` writes (pre-commit; lefthook, whose wheel ships its binary).
venv=.build/test-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import jsonschema, fhir.resources' 2>/dev/null \
    || [ ! -x "$venv/bin/pre-commit" ] || [ ! -x "$venv/bin/lefthook" ]; then
  mkdir -p .build
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check jsonschema "fhir.resources==6.4.0" "pydantic>=1.10,<2" \
    "pre-commit==4.*" "lefthook==2.*"
fi
export PHIGUARD_TEST_PYTHON="$PWD/$venv/bin/python"
swift build --build-tests
swift test --skip-build "$@"
