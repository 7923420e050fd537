#!/usr/bin/env bash
# Sets up phiguard on Debian/Ubuntu and optionally runs it or its tests. Safe to run again.
#
#   ./bootstrap.sh                       install missing system packages, build the release binary
#   ./bootstrap.sh init --repo PATH      ... then run `phiguard init --repo PATH` (any phiguard command works)
#   ./bootstrap.sh test                  ... then build and run the whole test suite
#   ./bootstrap.sh install [--prefix D]  ... then install phiguard, its man page and bash/zsh/fish
#                                        completions under D (default /usr/local as root, else ~/.local)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packages=(git pkg-config libjson-c-dev libvectorscan-dev libsqlite3-dev libssl-dev sqlite3)
# The test suite also renders the audit report in a headless browser and validates FHIR in a venv.
if [ "${1:-}" = "test" ]; then
  packages+=(python3 python3-venv chromium nodejs)
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

install_prefix=""
if [ "${1:-}" = "install" ]; then
  shift
  install_prefix=$([ "$(id -u)" -eq 0 ] && echo /usr/local || echo "$HOME/.local")
  if [ "${1:-}" = "--prefix" ]; then
    if [ -z "${2:-}" ]; then echo "bootstrap: --prefix needs a folder" >&2; exit 2; fi
    install_prefix=$2
    shift 2
  fi
  if (($#)); then echo "bootstrap: install takes only --prefix DIR (got: $*)" >&2; exit 2; fi
fi

# The Swift runtime and Foundation are linked in: the binary starts in half the time (guard runs on
# every prompt) and runs on a machine without the Swift toolchain.
swift build -c release --product phiguard --static-swift-stdlib >&2
binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/phiguard"
echo "bootstrap: built $binary" >&2
if [ -n "$install_prefix" ]; then
  # swift-argument-parser's man page generator, built once (it reads the binary's own help).
  swift build --product generate-manual >&2
  exec Scripts/install.sh "$binary" "$install_prefix" "$(swift build --show-bin-path)/generate-manual"
fi
if (($#)); then
  exec "$binary" "$@"
fi
