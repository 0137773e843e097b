#!/bin/sh
# Runs the hostile-input fuzz test (tests/Kessan.Tests/Cli/HostileInputFuzzTest.cs) with fresh random seeds,
# RUNS times (default 10): 300 mutants of the sample each. A failure prints the mutation and the seed to replay
# with KESSAN_FUZZ_SEED=<seed>.
set -eu
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
dotnet build tests/Kessan.Tests -v q >/dev/null
i=0
while [ "$i" -lt "$runs" ]; do
  KESSAN_FUZZ_SEED=random dotnet test tests/Kessan.Tests --no-build --filter "FullyQualifiedName~HostileInputFuzzTest" --logger "console;verbosity=minimal"
  i=$((i + 1))
done
