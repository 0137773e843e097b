#!/bin/sh
# Kills kessan builds outright (SIGKILL) at random moments, KILLS times (default 200), and checks after each that the
# out folder holds one whole build and that the next build removes the leftovers
# (tests/Kessan.Tests/Cli/KilledBuildTest.cs). A failure names the kill and its moment; replay with
# KESSAN_KILL_SEED=<seed> (printed first).
set -eu
cd "$(dirname "$0")/.."
seed=${SEED:-$(od -An -N3 -tu4 /dev/urandom | tr -d ' ')}
echo "kill-test: ${KILLS:-200} kills, KESSAN_KILL_SEED=$seed"
dotnet build tests/Kessan.Tests -v q >/dev/null
KESSAN_KILLS=${KILLS:-200} KESSAN_KILL_SEED=$seed dotnet test tests/Kessan.Tests --no-build \
  --filter "FullyQualifiedName~KilledBuildTest" --logger "console;verbosity=minimal"
