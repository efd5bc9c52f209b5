#!/usr/bin/env bash
# Start-up benchmark: process start -> first 200 from GET /health, with V1 applied to a new, empty
# database on every run. Three modes, interleaved (fat, extracted, aot, fat, ...) so machine noise
# hits all of them alike:
#   fat        java -jar target/strata.jar                 (the baseline: how users run it)
#   extracted  java -jar bench/out/extracted/strata.jar    (Spring Boot's extracted layout)
#   aot        the same + -XX:AOTCache (JDK 25, JEP 514/515), trained first by this script
# Results are medians, and ratios against the fat-jar median of the same run. See bench/README.md.
#
# Settings (environment):
#   BENCH_RUNS       runs per mode (default 5)
#   BENCH_PG         admin URL for psql (default postgresql://postgres@127.0.0.1:5432/postgres; it
#                    must end in /<database>). Each run gets a new database on that server (CREATE
#                    DATABASE, then DROP ... WITH (FORCE)) and the service the same URL with its name.
#   BENCH_REDIS      Redis URL (default redis://127.0.0.1:6379/0); keys go under bench:<random>:
#   BENCH_JAVA_OPTS  extra JVM flags, applied to every mode and to the training run alike
#   JAVA_HOME        a JDK >= 25 (else /usr/lib/jvm/temurin-25-jdk-amd64 is used when present)
# Output: a table on stdout, bench/out/startup.json, one log per run in bench/out/. Exits 0 even when
# a target is missed (this is a measurement, not a test); non-zero only when a run fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/out
runs=${BENCH_RUNS:-5}
pg=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432/postgres}
redis=${BENCH_REDIS:-redis://127.0.0.1:6379/0}
# Default JVM flags: the image's JAVA_OPTS (Dockerfile) in a 1 GB container (-XX:MaxRAM=1g makes
# the JVM size itself as it would under that limit). BENCH_JAVA_OPTS= (empty) measures this host's
# ergonomics instead, which on a large machine start with a much larger heap.
read -r -a java_opts <<<"${BENCH_JAVA_OPTS--XX:MaxRAM=1g -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError}"
die() { echo "startup.sh: $*" >&2; exit 1; }
fail() { tail -25 "$2" >&2; die "$1 (log: $2)"; }   # fail <message> <log>: shows the log's tail

# --- JDK 25 -------------------------------------------------------------------------------------
java_major() { "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }
java=${JAVA_HOME:-/nonexistent}/bin/java
if ! [[ -x $java && $(java_major "$java") -ge 25 ]]; then
    java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
    [[ -x $java ]] || die "need a JDK >= 25 (the AOT cache is JDK 25): set JAVA_HOME to one"
fi

# --- prerequisites ------------------------------------------------------------------------------
fat=$root/target/strata.jar
[[ -f $fat ]] || die "$fat not found: run ./mvnw -B -DskipTests package first"
base=${pg%%\?*}                                   # URL without ?query
[[ ${base#*://} == */* ]] || die "BENCH_PG must end in /<database>, e.g. .../postgres"
query=${pg#"$base"}
db_url() { echo "${base%/*}/$1$query"; }          # the same server, another database
psql -X -q -v ON_ERROR_STOP=1 "$pg" -c 'SELECT 1' >/dev/null || die "PostgreSQL not reachable at $pg"
if command -v redis-cli >/dev/null; then
    [[ $(redis-cli -u "$redis" ping 2>&1) == PONG ]] || die "Redis not reachable at $redis"
fi
mkdir -p "$out"
tag=$$_$RANDOM
secret=$(head -c 48 /dev/urandom | base64 -w0)    # JWT_SECRET: 64 bytes of base64

# --- one JVM ------------------------------------------------------------------------------------
# The JVM runs from bench/out under `env -i` with only the service's variables, so neither a .env
# in the repository nor the caller's environment (e.g. MIGRATION_DATABASE_URL) changes what runs.
pid='' db=''
launch() {  # launch <db> <port> <log> <java args...>: starts java in the background, sets $pid
    local name=$1 port=$2 log=$3; shift 3
    (cd "$out" && exec env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 DATABASE_URL="$(db_url "$name")" \
        REDIS_URL="$redis" JWT_SECRET="$secret" STRATA_MIGRATE_ON_STARTUP=true SERVER_PORT="$port" \
        STRATA_REDIS_KEY_PREFIX="bench:$tag:" "$java" "${java_opts[@]}" "$@" >"$log" 2>&1) &
    pid=$!                                        # exec twice: this is the JVM's own pid
}
create_db() { db=$1; psql -X -q -v ON_ERROR_STOP=1 "$pg" -c "CREATE DATABASE \"$db\"" >/dev/null; }
drop_db() {
    if [[ -n $db ]]; then psql -X -q "$pg" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null; fi
    db=
}
stop() {  # SIGTERM (graceful shutdown), SIGKILL after 40 s
    [[ -n $pid ]] || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
}
trap 'stop; drop_db' EXIT                         # also after a failure, Ctrl-C or SIGTERM:
trap 'exit 130' INT; trap 'exit 143' TERM         # (a bare SIGINT to bash alone would be ignored)
free_port() {  # a random port nothing listens on, below the ephemeral range (32768+) outgoing connections use
    local p; while p=$((20000 + RANDOM % 12000)); (: >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do :; done; echo "$p"
}
rss_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

# --- AOT cache: extract, then train against its own empty database --------------------------------
echo "JDK: $java ($("$java" -version 2>&1 | head -1)); $(nproc) CPUs; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM flags of every mode: ${java_opts[*]:-(none: the JVM ergonomics of this host)}"
rm -rf "$out/extracted" "$out/app.aot"
"$java" -Djarmode=tools -jar "$fat" extract --destination "$out/extracted" >/dev/null
thin=$out/extracted/strata.jar                    # absolute: the cache records the class path
create_db "strata_bench_${tag}_train"
t0=$(date +%s%N) port=$(free_port)
# A full training run: boot, then the requests a first client sends (so the cache also holds the
# HTTP and JSON path of /health), then SIGTERM; the JVM writes the cache as it exits.
launch "$db" "$port" "$out/train.log" -XX:AOTCacheOutput="$out/app.aot" -jar "$thin"
for _ in $(seq 600); do
    [[ $(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "http://127.0.0.1:$port/health") == 200 ]] && break
    kill -0 "$pid" 2>/dev/null || fail "the AOT training run exited early" "$out/train.log"
    sleep 0.1
done
for _ in $(seq 30); do
    curl -s -o /dev/null "http://127.0.0.1:$port/health"
    curl -s -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"
done
stop; drop_db
echo "AOT cache: trained in $((($(date +%s%N) - t0) / 1000000)) ms, $(($(stat -c %s "$out/app.aot") >> 20)) MB"

# --- measured runs --------------------------------------------------------------------------------
modes=(fat extracted aot)
declare -A args=(
    [fat]="-jar $fat"
    [extracted]="-jar $thin"
    # AOTMode=on: fail loudly instead of silently running without a rejected cache
    [aot]="-XX:AOTMode=on -XX:AOTCache=$out/app.aot -jar $thin"
)
declare -A ms rss idle anon                       # per mode: space-separated values
for i in $(seq "$runs"); do
    for m in "${modes[@]}"; do
        create_db "strata_bench_${tag}_${m}_$i"
        port=$(free_port) log=$out/run-$m-$i.log
        read -r -a a <<<"${args[$m]}"
        start=$(date +%s%N)
        launch "$db" "$port" "$log" "${a[@]}"
        deadline=$((start + 60000000000))
        until [[ $(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "http://127.0.0.1:$port/health") == 200 ]]; do
            kill -0 "$pid" 2>/dev/null || fail "run $m #$i: the JVM exited before /health answered 200" "$log"
            (($(date +%s%N) < deadline)) || fail "run $m #$i: no 200 from /health within 60 s" "$log"
            sleep 0.02
        done
        t=$((($(date +%s%N) - start) / 1000000))
        r=$(rss_kb "$pid" VmRSS) an=$(rss_kb "$pid" RssAnon); sleep 2; r2=$(rss_kb "$pid" VmRSS)
        stop; drop_db
        ms[$m]+="$t " rss[$m]+="$((r / 1024)) " idle[$m]+="$((r2 / 1024)) " anon[$m]+="$((an / 1024)) "
        printf 'run %d/%d %-9s %6d ms  RSS %4d MB (anon %d), %4d MB after 2 s\n' \
            "$i" "$runs" "$m" "$t" $((r / 1024)) $((an / 1024)) $((r2 / 1024))
    done
done

# --- report ---------------------------------------------------------------------------------------
stats() {  # "<numbers>" -> "median min max" (median of an even count: mean of the middle two)
    tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 }
        END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}
med() { stats "$1" | cut -d' ' -f1; }
list() { tr -s ' ' <<<"${1% }" | tr ' ' ','; }   # "1 2 3 " -> 1,2,3
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
below() { if awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; then echo PASS; else echo FAIL; fi; }
row() { printf '%-10s %9s %7s %7s %8s %13s %15s %11s\n' "$@"; }
echo
echo "Process start -> first 200 from /health, V1 on an empty database; $runs runs per mode, medians"
row mode median_ms min_ms max_ms vs_fat rss_mb_at_200 rss_mb_after_2s rss_anon_mb
json="{\"runs\": $runs, \"cpus\": $(nproc), \"java\": \"$(java_major "$java")\", \"modes\": {"
for m in "${modes[@]}"; do
    read -r md mn mx <<<"$(stats "${ms[$m]}")"
    rs=$(med "${rss[$m]}") ri=$(med "${idle[$m]}") ra=$(med "${anon[$m]}") q=$(ratio "$md" "$(med "${ms[fat]}")")
    row "$m" "$md" "$mn" "$mx" "$q" "$rs" "$ri" "$ra"
    json+="\"$m\": {\"median_ms\": $md, \"min_ms\": $mn, \"max_ms\": $mx, \"ratio_vs_fat\": $q, \"median_rss_mb\": $rs,"
    json+=" \"median_rss_after_2s_mb\": $ri, \"median_rss_anon_mb\": $ra, \"ms\": [$(list "${ms[$m]}")],"
    json+=" \"rss_mb\": [$(list "${rss[$m]}")], \"rss_pass\": $([[ $(below "$rs" 300) == PASS ]] && echo true || echo false)}, "
done
aot_ms=$(med "${ms[aot]}") aot_rss=$(med "${rss[aot]}") fat_ms=$(med "${ms[fat]}")
cache=$(ratio "$aot_ms" "$fat_ms") extr=$(ratio "$(med "${ms[extracted]}")" "$fat_ms")
echo
echo "cache/plain ratio     (aot median / fat median):       $cache"
echo "extracted/plain ratio (extracted median / fat median): $extr"
echo "target start-up < 3000 ms with the cache:    $(below "$aot_ms" 3000) (aot median $aot_ms ms)"
echo "target RSS after boot < 300 MB (at first 200, median): $(below "$aot_rss" 300) with the cache ($aot_rss MB);" \
    "fat $(below "$(med "${rss[fat]}")" 300), extracted $(below "$(med "${rss[extracted]}")" 300)"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
json="${json%, }}, \"cache_vs_plain\": $cache, \"extracted_vs_plain\": $extr,"
json+=" \"target_ms_pass\": $([[ $(below "$aot_ms" 3000) == PASS ]] && echo true || echo false)}"
echo "$json" >"$out/startup.json"
echo "written: $out/startup.json and the logs in $out/"
