#!/usr/bin/env bash
# Sets up phiguard on Debian/Ubuntu and optionally runs it or its tests. Safe to run again.
#
#   ./bootstrap.sh                       install missing system packages, build the release binary
#   ./bootstrap.sh init --repo PATH      ... then run `phiguard init --repo PATH` (any phiguard command works)
#   ./bootstrap.sh test                  ... then build and run the whole test suite
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packages=(git pkg-config libjson-c-dev libvectorscan-dev libsqlite3-dev libssl-dev sqlite3)
# The test suite also renders the audit report in a headless browser and validates FHIR in a venv.
if [ "${1:-}" = "test" ]; then
  packages+=(python3 python3-venv chromium)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "bootstrap: missing system packages: ${missing[*]}" >&2
    echo "bootstrap: install them as root (apt-get install ${missing[*]}) and run ./bootstrap.sh again." >&2
    exit 2
  fi
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "bootstrap: the Swift toolchain (6.1 or newer) is not on PATH; install it from swift.org and run again." >&2
  exit 2
fi

if [ "${1:-}" = "test" ]; then
  shift
  exec Scripts/run-tests.sh "$@"
fi

# The Swift runtime and Foundation are linked in: the binary starts in half the time (guard runs on
# every prompt) and runs on a machine without the Swift toolchain.
swift build -c release --product phiguard --static-swift-stdlib >&2
binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/phiguard"
echo "bootstrap: built $binary" >&2
if (($#)); then
  exec "$binary" "$@"
fi
