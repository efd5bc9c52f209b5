#!/usr/bin/env bash
# Generated diff cases at scale: GeneratedSchemaTests (jqwik) with 10,000 tries instead of CI's
# 200. Each try is a random schema and a random edit through diff, apply, converge and round trip
# on real PostgreSQL (the test server: TEST_DATABASE_URL, else embedded PostgreSQL 17).
# GENERATED_TRIES overrides the count; GENERATED_SEED reruns one failing case by its seed.
# Output: the surefire report (target/surefire-reports/*GeneratedSchemaTests*) and a summary line.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tries=${GENERATED_TRIES:-10000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cd "$root"
args=(-B -q -o test -Dtest=GeneratedSchemaTests -Dsurefire.failIfNoSpecifiedTests=false "-Djqwik.tries.default=$tries")
[[ -n ${GENERATED_SEED:-} ]] && args+=("-Dgenerated.seed=$GENERATED_SEED")
start=$(date +%s)
status=0
./mvnw "${args[@]}" || status=$?
end=$(date +%s)
report=target/surefire-reports/dev.strata.schema.GeneratedSchemaTests-output.txt
echo "generated.sh: $tries tries in $((end - start)) s, exit $status"
[[ -f $report ]] && grep -E "tries|checks|seed" "$report" | tail -5 || true
exit $status
