#!/usr/bin/env bash
# Installs a built phiguard with its man page and shell completions; called by `./bootstrap.sh install`.
#
#   Scripts/install.sh BINARY PREFIX [GENERATE_MANUAL]
#
# BINARY goes to PREFIX/bin, the man page (from swift-argument-parser's generate-manual, when given)
# to PREFIX/share/man/man1, and bash, zsh and fish completions (the binary writes them itself) where
# each shell looks under PREFIX.
set -euo pipefail
if (($# < 2)); then
  echo "usage: Scripts/install.sh BINARY PREFIX [GENERATE_MANUAL]" >&2
  exit 2
fi
binary=$1 prefix=$2 manual_tool=${3:-}
if [ ! -x "$binary" ]; then
  echo "install: $binary is not an executable; build phiguard first (./bootstrap.sh)." >&2
  exit 2
fi
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
# Copy then rename, so a running phiguard (a hook) never sees a half-written binary.
install -m 755 "$binary" "$prefix/bin/.phiguard.new"
mv -f "$prefix/bin/.phiguard.new" "$prefix/bin/phiguard"
installed=("$prefix/bin/phiguard")
if [ -n "$manual_tool" ]; then
  "$manual_tool" "$prefix/bin/phiguard" --output-directory "$prefix/share/man/man1" >/dev/null
  installed+=("$prefix/share/man/man1/phiguard.1")
fi
"$prefix/bin/phiguard" --generate-completion-script bash > "$prefix/share/bash-completion/completions/phiguard"
"$prefix/bin/phiguard" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_phiguard"
"$prefix/bin/phiguard" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/phiguard.fish"
installed+=("$prefix/share/bash-completion/completions/phiguard" "$prefix/share/zsh/site-functions/_phiguard"
  "$prefix/share/fish/vendor_completions.d/phiguard.fish")
printf 'install: %s\n' "${installed[@]}" >&2
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "install: add $prefix/bin to PATH to run phiguard" >&2 ;;
esac
