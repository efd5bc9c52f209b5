#!/usr/bin/env bash
# Auth benchmark: GET /auth/me with a valid token (JWT check, Redis session lookup, profile read)
# against GET /health as the baseline, both with wrk at 64 connections on this machine; and the
# p50 latency of POST /auth/register with the built-in provider (dominated by the bcrypt hash).
# Needs: target/strata.jar, a JDK >= 21, local PostgreSQL and Redis (BENCH_PG, BENCH_REDIS as in
# startup.sh), wrk (apt-get install wrk), curl, python3. Output: a table and bench/out/auth.json.
# BENCH_JAVA_OPTS: extra JVM flags for the service.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/out
pg=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432/postgres}
redis=${BENCH_REDIS:-redis://127.0.0.1:6379/0}
duration=${BENCH_DURATION:-15s}
registrations=${BENCH_REGISTRATIONS:-40}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
die() { echo "auth.sh: $*" >&2; exit 1; }
[[ -x $java ]] || die "set JAVA_HOME to a JDK >= 21"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
[[ -f $root/target/strata.jar ]] || die "run ./mvnw -B -DskipTests package first"
mkdir -p "$out"

db=strata_bench_auth_$$ port=$((20000 + RANDOM % 12000)) pid=
psql -X -q -v ON_ERROR_STOP=1 "$pg" -c "CREATE DATABASE $db" >/dev/null
cleanup() {
    [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
    psql -X -q "$pg" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT; trap 'exit 143' TERM

(cd "$out" && exec env -i PATH="$PATH" HOME="$HOME" DATABASE_URL="${pg%/*}/$db" REDIS_URL="$redis" \
    JWT_SECRET="$(head -c 48 /dev/urandom | base64 -w0)" STRATA_MIGRATE_ON_STARTUP=true SERVER_PORT="$port" \
    STRATA_REDIS_KEY_PREFIX="bench:$$:" STRATA_RATE_LIMIT_IP=1000000 "$java" ${BENCH_JAVA_OPTS:-} -jar "$root/target/strata.jar" \
    >"$out/auth-service.log" 2>&1) &
pid=$!
base=http://127.0.0.1:$port
for _ in $(seq 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/health") == 200 ]] && break
    kill -0 "$pid" 2>/dev/null || { tail -20 "$out/auth-service.log"; die "the service exited"; }
    sleep 0.1
done

register() {  # register <email>: prints the total time in ms and the access token
    curl -s -o "$out/register.json" -w '%{time_total}' -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"bench password 1\",\"full_name\":\"Bench\"}" "$base/auth/register"
}
times=()
for i in $(seq "$registrations"); do
    times+=("$(register "bench-$i@example.com")")
done
token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access_token"])' "$out/register.json")
register_p50=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] * 1000 }')

run_wrk() {  # run_wrk <name> <path> [header]: wrk with latency percentiles, output kept in bench/out
    wrk -t2 -c64 -d"$duration" --latency ${3:+-H "$3"} "$base$2" >"$out/wrk-$1.txt"
    [[ $(grep -c 'Non-2xx' "$out/wrk-$1.txt") == 0 ]] || die "$1: non-2xx answers (see $out/wrk-$1.txt)"
}
wrk -t2 -c64 -d3s "$base/health" >/dev/null                     # warm-up, both paths
wrk -t2 -c64 -d3s -H "Authorization: Bearer $token" "$base/auth/me" >/dev/null
run_wrk health /health
run_wrk me /auth/me "Authorization: Bearer $token"
rps() { awk '/Requests\/sec/ { print $2 }' "$out/wrk-$1.txt"; }
p99() { awk '$1 == "99%" { print $2 }' "$out/wrk-$1.txt"; }

printf '%-12s %12s %10s\n' endpoint requests/s p99 "GET /health" "$(rps health)" "$(p99 health)" \
    "GET /auth/me" "$(rps me)" "$(p99 me)"
ratio=$(awk -v a="$(rps me)" -v b="$(rps health)" 'BEGIN { printf "%.2f", a / b }')
echo "me/health throughput ratio: $ratio"
echo "POST /auth/register p50 over $registrations registrations: ${register_p50} ms (bcrypt cost 10)"
printf '{"health_rps": %s, "health_p99": "%s", "me_rps": %s, "me_p99": "%s", "me_vs_health": %s, "register_p50_ms": %s}\n' \
    "$(rps health)" "$(p99 health)" "$(rps me)" "$(p99 me)" "$ratio" "$register_p50" >"$out/auth.json"
