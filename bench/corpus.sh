#!/usr/bin/env bash
# Runs the diff engine over every real-world case of ../shared/corpus (RealWorldHistoryTests with
# -Dcorpus.all=true: every step of every ordered history, all 346 of Kratos's), then prints one
# line per case (PASS, FAIL, or XFAIL for an expected failure, the engine time: inspect both
# sides plus diff, the fastest of CORPUS_REPEAT rounds) and the totals per corpus.
# Usage: bench/corpus.sh [name-part,name-part]   (only the cases whose name contains a part)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
corpus="${CORPUS_DIR:-../shared/corpus}"
repeat="${CORPUS_REPEAT:-3}"
only="${1:-}"
out=target/surefire-reports/dev.strata.schema.corpus.RealWorldHistoryTests-output.txt
mkdir -p target && rm -f "$out"
start=$(date +%s)
status=0
./mvnw -B -q -o test -Dtest=RealWorldHistoryTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcorpus.all=true -Dcorpus.repeat="$repeat" -Dstrata.corpus="$corpus" ${only:+"-Dcorpus.only=$only"} \
    > target/corpus-bench.log 2>&1 || status=$?
end=$(date +%s)
if [ ! -f "$out" ]; then
    echo "no case ran; see target/corpus-bench.log" >&2
    exit 1
fi
grep '^corpus-case' "$out" | cut -f2- | awk -F'\t' '{ printf "%-5s %9s %13s  %s%s\n", $2, $3, $4, $1, ($5 == "" ? "" : "\n        " substr($5, 1, 300)) }'
echo
grep '^corpus-case' "$out" | cut -f2,3 | awk -F'\t' '{
    split($1, parts, /[ :]/); c = parts[1]; total[c]++; if ($2 == "PASS") pass[c]++; else if ($2 == "XFAIL") xfail[c]++ }
    END { for (c in total) printf "%-22s %4d passed of %4d (%d expected failures)\n", c, pass[c], total[c], xfail[c] }' | sort
echo "wall time $((end - start)) s; maven exit $status (log: target/corpus-bench.log)"
exit "$status"
