#!/usr/bin/env bash
# Builds the test Collector (test/collector/build/otelcol-rounds) from the modules pinned in
# go.mod/go.sum. Idempotent: does nothing when the binary is newer than every source file, and
# concurrent callers wait for one another. Exit 127 with one line when Go is missing.
#   test/collector/build.sh            build if stale
#   test/collector/build.sh --print    also print the binary's path on stdout
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out_dir="$here/build"
binary="$out_dir/otelcol-rounds"
sources=("$here/go.mod" "$here/go.sum" "$here"/*.go)

# go.mod declares `go 1.26.0` (what the v0.161 Collector modules ask for). Debian's golang-go
# is far older, so look at the official install location before PATH.
find_go() {
  local candidate version
  for candidate in "${GO:-}" /usr/local/go/bin/go "$(command -v go 2>/dev/null || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$("$candidate" env GOVERSION 2>/dev/null || true)   # e.g. go1.26.8
    if [[ "$version" =~ ^go1\.([0-9]+) ]] && [ "${BASH_REMATCH[1]}" -ge 26 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

stale() {
  [ -x "$binary" ] || return 0
  local f
  for f in "${sources[@]}"; do
    [ "$f" -nt "$binary" ] && return 0
  done
  return 1
}

if stale; then
  if ! go_bin=$(find_go); then
    echo "test/collector/build.sh: Go >= 1.26 not found (looked at \$GO, /usr/local/go/bin/go, PATH); install it from https://go.dev/dl/ and rerun — the Collector end-to-end tests need it" >&2
    exit 127
  fi
  mkdir -p "$out_dir"
  # One build at a time; a caller that waited finds the binary fresh and returns.
  if command -v flock >/dev/null; then
    exec 9>"$out_dir/.lock"
    flock 9
  fi
  if stale; then
    started=$SECONDS
    cd "$here"
    # -mod=readonly: go.sum is committed and must already hold every module.
    "$go_bin" build -mod=readonly -trimpath -buildvcs=false -o "$binary.tmp" .
    mv -f "$binary.tmp" "$binary"
    echo "test/collector/build.sh: built $binary with $("$go_bin" env GOVERSION) in $((SECONDS - started))s" >&2
  fi
fi
if [ "${1:-}" = "--print" ]; then
  echo "$binary"
fi
