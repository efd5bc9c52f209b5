#!/usr/bin/env bash
# Schema diff benchmark: `strata db diff --from A --to B --unsafe` end to end (JVM start included)
# on generated schemas of 100, 500 and 2000 tables (about 10 columns each, enums, indexes, foreign
# keys; 5% of the tables changed in B), against a baseline measured in the same run: pg_dump
# --schema-only of A, which reads the same catalog. First, a diff of two tiny databases (JVM start
# dominates it). Medians of BENCH_RUNS runs. See bench/README.md.
#
# Settings (environment):
#   BENCH_DATABASE_URL  admin URL for psql and pg_dump (default postgresql://postgres@127.0.0.1:5432/postgres;
#                       it must end in /<database>). Each size gets two new databases on that server,
#                       dropped at the end (also on failure or Ctrl-C).
#   BENCH_SIZES         table counts (default "100 500 2000")
#   BENCH_RUNS          timed runs per measurement (default 5)
#   BENCH_JAVA_OPTS     extra JVM flags for strata (default none)
#   JAVA_HOME           a JDK >= 21 (else the newest one under /usr/lib/jvm, as .ci/run picks it)
# Needs psql and pg_dump. strata runs with STRATA_DIFF_TIMINGS=1: the engine's per-phase times
# (printed on stderr) are shown next to the end-to-end figures.
# Output: a table on stdout and bench/out/diff.json. Exits 0 whether targets are met or not.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/out
pg=${BENCH_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
read -r -a sizes <<<"${BENCH_SIZES:-100 500 2000}"
runs=${BENCH_RUNS:-5}
read -r -a java_opts <<<"${BENCH_JAVA_OPTS:-}"
die() { echo "diff.sh: $*" >&2; exit 1; }

# --- JDK >= 21, chosen as .ci/run does ------------------------------------------------------------
pick_jdk() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [[ -n $candidate && -x $candidate/bin/javac ]] || continue
        version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | awk -F'= ' '/java.specification.version/ {print $2}')
        if [[ ${version%%.*} -ge 21 ]] 2>/dev/null; then echo "$candidate"; return 0; fi
    done
    return 1
}
JAVA_HOME=$(pick_jdk) || die "need a JDK >= 21: set JAVA_HOME to one"
export JAVA_HOME
java=$JAVA_HOME/bin/java

# --- prerequisites ---------------------------------------------------------------------------------
command -v psql >/dev/null && command -v pg_dump >/dev/null || die "psql and pg_dump are needed"
jar=$root/target/strata.jar
if [[ ! -f $jar ]]; then
    echo "building $jar"
    (cd "$root" && ./mvnw -B -q -DskipTests package) || die "the build failed"
fi
base=${pg%%\?*}
[[ ${base#*://} == */* ]] || die "BENCH_DATABASE_URL must end in /<database>, e.g. .../postgres"
query=${pg#"$base"}
db_url() { echo "${base%/*}/$1$query"; }
psql -X -q -v ON_ERROR_STOP=1 "$pg" -c 'SELECT 1' >/dev/null || die "PostgreSQL not reachable at $pg"
mkdir -p "$out"
tag=$$_$RANDOM

databases=()
create_db() { databases+=("$1"); psql -X -q -v ON_ERROR_STOP=1 "$pg" -c "CREATE DATABASE \"$1\"" >/dev/null; }
cleanup() {
    for d in "${databases[@]}"; do psql -X -q "$pg" -c "DROP DATABASE IF EXISTS \"$d\" WITH (FORCE)" >/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT; trap 'exit 143' TERM

# --- measuring -------------------------------------------------------------------------------------
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
median() {  # of the numbers in "$1"; empty when there are none
    tr ' ' '\n' <<<"$1" | grep . | sort -n \
        | awk '{ v[NR] = $1 } END { if (NR) print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }' || true
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
below() { if awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; then echo PASS; else echo FAIL; fi; }

engine_sum() {  # engine_sum <stderr file>: the sum of the engine's phase times, empty without any
    grep -oE '^strata: .* [0-9]+ ms$' "$1" | grep -oE '[0-9]+ ms$' | awk '{ s += $1 } END { if (NR) print s }' || true
}
diff_times() {  # diff_times <from db> <to db> <name>: BENCH_RUNS timed runs; sets $times and $engines
    local start code
    times='' engines=''
    for _ in $(seq "$runs"); do
        start=$(date +%s%N) code=0
        # from bench/out under env -i: neither a .env nor the caller's DATABASE_URL changes what runs
        (cd "$out" && env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 STRATA_DIFF_TIMINGS=1 \
            "$java" "${java_opts[@]}" -jar "$jar" db diff --from "$(db_url "$1")" --to "$(db_url "$2")" --unsafe \
            >"$out/diff-$3.sql" 2>"$out/diff-$3.err") || code=$?
        times+="$(ms_since "$start") "
        [[ $code == 2 ]] || { tail -20 "$out/diff-$3.err" >&2; die "$3: db diff exited $code, expected 2 (changes)"; }
        engines+="$(engine_sum "$out/diff-$3.err") "
    done
}
dump_times() {  # dump_times <db>: BENCH_RUNS timed pg_dump --schema-only runs; sets $times
    local start
    times=''
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        pg_dump --schema-only "$(db_url "$1")" >/dev/null
        times+="$(ms_since "$start") "
    done
}

echo "JDK: $java ($("$java" -version 2>&1 | head -1)); $(nproc) CPUs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL: $(psql -X -At "$pg" -c 'SHOW server_version'); $runs runs per figure, medians in ms"
# Two tiny databases first: what a diff costs when JVM start dominates (it also warms the page cache).
create_db "strata_bench_${tag}_tiny_from"; create_db "strata_bench_${tag}_tiny_to"
psql -X -q -v ON_ERROR_STOP=1 "$(db_url "strata_bench_${tag}_tiny_from")" -c 'CREATE TABLE t (id int PRIMARY KEY)'
psql -X -q -v ON_ERROR_STOP=1 "$(db_url "strata_bench_${tag}_tiny_to")" -c 'CREATE TABLE t (id int PRIMARY KEY, name text)'
diff_times "strata_bench_${tag}_tiny_from" "strata_bench_${tag}_tiny_to" tiny
tiny=$(median "$times")
echo "tiny: db diff $tiny ms (runs: ${times% })"
declare -A diff_ms dump_ms phases engine
for n in "${sizes[@]}"; do
    dir=$out/diff-schema-$n
    "$java" "$root/bench/SchemaGenerator.java" --tables "$n" --changed-percent 5 --seed 1 --out "$dir" >/dev/null
    create_db "strata_bench_${tag}_${n}_from"; create_db "strata_bench_${tag}_${n}_to"
    psql -X -q -v ON_ERROR_STOP=1 "$(db_url "strata_bench_${tag}_${n}_from")" -f "$dir/from.sql" >/dev/null
    psql -X -q -v ON_ERROR_STOP=1 "$(db_url "strata_bench_${tag}_${n}_to")" -f "$dir/to.sql" >/dev/null
    diff_times "strata_bench_${tag}_${n}_from" "strata_bench_${tag}_${n}_to" "$n"
    diff_ms[$n]=$(median "$times") diff_runs=$times engine[$n]=$(median "$engines")
    dump_times "strata_bench_${tag}_${n}_from"
    dump_ms[$n]=$(median "$times")
    phases[$n]=$(grep -E '^strata: .* [0-9]+ ms$' "$out/diff-$n.err" | sed 's/^strata: *//' | tr -s ' ' | paste -sd ';' - || true)
    echo "$n tables: db diff ${diff_ms[$n]} ms (runs: ${diff_runs% }), pg_dump ${dump_ms[$n]} ms (runs: ${times% });" \
        "$(grep -c ';$' "$out/diff-$n.sql") statements"
done


# --- report ----------------------------------------------------------------------------------------
echo
printf '%-8s %11s %11s %10s %10s %15s  %s\n' tables db_diff_ms pg_dump_ms diff/dump engine_ms ms/table_net "engine phases (last run)"
json="{\"runs\": $runs, \"cpus\": $(nproc), \"tiny_ms\": $tiny, \"sizes\": {"
for n in "${sizes[@]}"; do
    # what each table adds beyond a tiny diff: flat when the cost grows linearly
    per=$(awk -v a="${diff_ms[$n]}" -v t="$tiny" -v n="$n" 'BEGIN { printf "%.2f", (a - t) / n }')
    printf '%-8s %11s %11s %10s %10s %15s  %s\n' "$n" "${diff_ms[$n]}" "${dump_ms[$n]}" \
        "$(ratio "${diff_ms[$n]}" "${dump_ms[$n]}")" "${engine[$n]:--}" "$per" "${phases[$n]:--}"
    json+="\"$n\": {\"db_diff_ms\": ${diff_ms[$n]}, \"pg_dump_ms\": ${dump_ms[$n]}, \"engine_ms\": ${engine[$n]:-null},"
    json+=" \"ms_per_table_net\": $per, \"phases\": \"${phases[$n]}\"}, "
done
first=${sizes[0]} last=${sizes[-1]}
echo
echo "tiny databases, JVM start included: $tiny ms  (target < 1500 ms: $(below "$tiny" 1500))"
if [[ -n ${diff_ms[500]:-} ]]; then
    echo "500 tables end to end: ${diff_ms[500]} ms  (target < 2000 ms: $(below "${diff_ms[500]}" 2000));" \
        "Alembic autogenerate, measured for the issue: 5700-6100 ms"
    [[ -z ${engine[500]} ]] || echo "500 tables inspect and diff: ${engine[500]} ms  (target < 600 ms: $(below "${engine[500]}" 600))"
fi
[[ $first == "$last" ]] || echo "growth ${first} -> ${last} tables: x$(ratio "${diff_ms[$last]}" "${diff_ms[$first]}") time for" \
    "x$(ratio "$last" "$first") tables (pg_dump: x$(ratio "${dump_ms[$last]}" "${dump_ms[$first]}"))"
echo "${json%, }}}" >"$out/diff.json"
echo "written: $out/diff.json, the last scripts and stderr in $out/diff-<size>.{sql,err}"
