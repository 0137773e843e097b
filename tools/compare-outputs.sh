#!/usr/bin/env bash
# Builds the bundled sample with this working tree and with an earlier commit, under both rounding
# policies and in every format, and compares the files byte for byte. Use it to show that a change of
# structure changed no output:
#   tools/compare-outputs.sh [<commit>]     (default: HEAD)
# Exit code 0 when every file is identical, 1 when one differs (each named), 2 when a build fails.
set -euo pipefail
top=$(git rev-parse --show-toplevel)
cd "$top"
rev=$(git rev-parse "${1:-HEAD}")
work=$(mktemp -d "${TMPDIR:-/tmp}/kessan-compare.XXXXXX")
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

build() { # <source tree> <out dir>
  local tree=$1 out=$2
  dotnet build "$tree/src/Kessan.Cli" -c Release -v q -nologo >/dev/null || return 2
  for rounding in independent footed; do
    dotnet run --no-build -c Release --project "$tree/src/Kessan.Cli" -- \
      build "$top/samples/iij-fy2012" --out "$out/$rounding" --rounding "$rounding" >/dev/null || return 2
  done
}

git worktree add --detach "$work/tree" "$rev" >/dev/null 2>&1
echo "Building the sample with $(git rev-parse --short "$rev") ..."
build "$work/tree" "$work/before" || { echo "The build at $rev failed." >&2; exit 2; }
echo "Building the sample with the working tree ..."
build "$top" "$work/after" || { echo "The build of the working tree failed." >&2; exit 2; }

status=0
for rounding in independent footed; do
  # manifest.json names the Kessan version (its commit), which differs between the two by design.
  for name in $(ls "$work/before/$rounding" "$work/after/$rounding" | grep -v ':$' | grep -vx 'manifest.json' | sort -u); do
    if ! cmp -s "$work/before/$rounding/$name" "$work/after/$rounding/$name"; then
      echo "differs: $rounding/$name"
      status=1
    fi
  done
done
[ $status -eq 0 ] && echo "Every file is identical ($(ls "$work/after/independent" | wc -l) formats, both roundings)."
exit $status
