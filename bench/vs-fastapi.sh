#!/usr/bin/env bash
# Strata against the stack it replaces (FastAPI + SQLAlchemy async/asyncpg + Redis + PyJWT, the
# reference in shared/peers/fastapi), side by side on this machine, in one run, on the SAME
# PostgreSQL 15 (127.0.0.1:55432, a database of its own per side and round) and the SAME Redis
# (127.0.0.1:56379; Strata under a key prefix of its own), both started by the reference's infra.sh.
#
# Rounds alternate reference, Strata, reference, Strata, ... For each side and round:
#   1. a new, empty database; process start -> first 200 from GET /health, migrations included
#      (reference: start.sh = alembic upgrade head + uvicorn with 2 workers; Strata: java -jar
#      target/strata.jar with STRATA_MIGRATE_ON_STARTUP=true)
#   2. one registered user and its access token
#   3. warm-up (BENCH_WARMUP on /health, then on /auth/me; not reported)
#   4. wrk -t2 -c64 GET /health, then GET /auth/me (BENCH_DURATION each): req/s, p99, and the
#      service's CPU (utime+stime of its processes: uvicorn master + workers, or the JVM) per request
#   5. RSS after load: VmRSS summed over the service's processes
# Then a table of medians over the rounds with the ratio Strata/reference, and a JSON file
# bench/out/vs-fastapi-<timestamp>.json. Everything listens on and targets 127.0.0.1 only.
#
# Settings (environment):
#   BENCH_ROUNDS     rounds per side (default 2)
#   BENCH_DURATION   wrk duration of each measured run (default 20s)
#   BENCH_WARMUP     warm-up per path before measuring, both sides alike (default 30s; 0 = none)
#   BENCH_STRATA     how Strata runs: jar (default: java -jar target/strata.jar, the JVM's own
#                    defaults), launcher (bin/strata: Strata's JVM defaults), or image (the image's
#                    mode: the jar extracted, an AOT cache trained on one run with load first, and
#                    docker/strata with Strata's JVM defaults); image also times `db current`
#   BENCH_JAVA_OPTS  extra JVM flags for Strata (default none; in launcher and image, JAVA_OPTS)
#   BENCH_START_LIMIT  seconds a service may take to its first healthy /health (default 90)
#   BENCH_JFR=1      after the last Strata round, one more (unmeasured) /auth/me wrk run under a
#                    JFR recording (settings=profile, BENCH_JFR_SECONDS, default 15): writes
#                    bench/out/vs-fastapi-<timestamp>.jfr, its hot methods and a breakdown by library
#   PEERS            the reference's folder (default <repo>/../shared/peers/fastapi, else
#                    /work/shared/peers/fastapi); run as it is, never written to
#   JAVA_HOME        a JDK >= 21 (default /usr/lib/jvm/temurin-25-jdk-amd64)
# Needs: the Debian packages of the reference (see its README), wrk, PostgreSQL 15 and redis-server
# (infra.sh), curl, target/strata.jar. Runs as root (infra.sh starts PostgreSQL as user postgres).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/out
rounds=${BENCH_ROUNDS:-2}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-30s}
jfr_seconds=${BENCH_JFR_SECONDS:-15}
read -r -a java_opts <<<"${BENCH_JAVA_OPTS:-}"
mode=${BENCH_STRATA:-jar}
start_limit=${BENCH_START_LIMIT:-90}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$jdk/bin/java
peers=${PEERS:-}
if [[ -z $peers ]]; then
    for p in "$root/../shared/peers/fastapi" /work/shared/peers/fastapi; do
        [[ -x $p/start.sh ]] && { peers=$(cd "$p" && pwd); break; }
    done
fi
die() { echo "vs-fastapi.sh: $*" >&2; exit 1; }
PY=/usr/bin/python3                               # Debian's interpreter sees the python3-* packages

# --- prerequisites --------------------------------------------------------------------------------
[[ -n $peers && -x $peers/start.sh && -x $peers/infra.sh ]] \
    || die "the FastAPI reference was not found (set PEERS=/path/to/shared/peers/fastapi)"
missing=()
for c in wrk:wrk curl:curl psql:postgresql-client-15 redis-server:redis-server redis-cli:redis-tools \
         runuser:util-linux; do
    command -v "${c%%:*}" >/dev/null || missing+=("${c#*:}")
done
[[ -x /usr/lib/postgresql/15/bin/initdb ]] || missing+=(postgresql-15)
[[ -x $PY ]] || missing+=(python3)
if [[ -x $PY ]]; then
    for m in fastapi:python3-fastapi uvicorn:python3-uvicorn asyncpg:python3-asyncpg \
             sqlalchemy:python3-sqlalchemy alembic:python3-alembic redis:python3-redis jwt:python3-jwt \
             psycopg2:python3-psycopg2 bcrypt:python3-bcrypt uvloop:python3-uvloop httptools:python3-httptools; do
        "$PY" -c "import ${m%%:*}" 2>/dev/null || missing+=("${m#*:}")
    done
fi
if ((${#missing[@]})); then
    echo "vs-fastapi.sh: missing prerequisites; install them with:" >&2
    echo "  apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
[[ $(id -u) == 0 ]] || die "run as root: the reference's infra.sh runs PostgreSQL as user postgres"
[[ -x $java ]] || die "no JDK at $jdk: set JAVA_HOME to a JDK >= 21"
[[ -f $root/target/strata.jar ]] || die "target/strata.jar not found: run ./mvnw -B -DskipTests package first"
[[ ${BENCH_JFR:-0} != 1 || ( -x $jdk/bin/jcmd && -x $jdk/bin/jfr ) ]] || die "BENCH_JFR=1 needs jcmd and jfr in $jdk/bin"
command -v nproc >/dev/null || die "coreutils missing"
[[ $mode == jar || $mode == launcher || $mode == image ]] || die "BENCH_STRATA: expected jar, launcher or image, got '$mode'"

mkdir -p "$out"
ts=$(date -u +%Y%m%dT%H%M%SZ)
tag=$$_$RANDOM
logdir=$out/vs-fastapi-$ts
mkdir -p "$logdir"
results=$logdir/results.tsv                       # side round metric value
: >"$results"
secret=$(head -c 48 /dev/urandom | base64 -w0)    # one JWT_SECRET for both sides
peer_base=${PEER_BASE:-${TMPDIR:-/tmp}/strata-peer} # where infra.sh keeps its data
pg_host=127.0.0.1 pg_port=55432 redis_port=56379
psql_admin=(psql -h "$pg_host" -p "$pg_port" -U postgres -X -q -v ON_ERROR_STOP=1 -d postgres)
export PGOPTIONS='-c client_min_messages=warning'
hz=$(getconf CLK_TCK)
ncpu=$(nproc)
export WRK_DIR=$peers/wrk                          # the reference's wrk scripts: one RESULT line each

# --- what we start, and the trap that stops it ----------------------------------------------------
started_pg=0 started_redis=0 svc_pid='' svc_side='' db='' wrk_pid=''
stop_service() {  # SIGTERM to the service (uvicorn master or JVM), SIGKILL after 30 s, then any leftover child
    [[ -n $svc_pid ]] || return 0
    local kids; kids=$(tree_pids "$svc_pid" | tr '\n' ' ')
    kill -TERM "$svc_pid" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$svc_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$svc_pid" 2>/dev/null || true
    wait "$svc_pid" 2>/dev/null || true
    for k in $kids; do kill -0 "$k" 2>/dev/null && kill -KILL "$k" 2>/dev/null || true; done
    svc_pid='' svc_side=''
}
drop_db() {
    [[ -n $db ]] || return 0
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
    db=''
}
cleanup() {
    [[ -n $wrk_pid ]] && { kill "$wrk_pid" 2>/dev/null || true; wait "$wrk_pid" 2>/dev/null || true; }
    stop_service
    drop_db
    if [[ $started_redis == 0 ]] && redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1; then
        redis-cli -h 127.0.0.1 -p "$redis_port" --scan --pattern "vs:$tag:*" \
            | xargs -r redis-cli -h 127.0.0.1 -p "$redis_port" del >/dev/null 2>&1 || true
    fi
    [[ $started_pg == 1 ]] && { "$peers/infra.sh" stop-pg || true; }
    [[ $started_redis == 1 ]] && { "$peers/infra.sh" stop-redis || true; }
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT; trap 'exit 143' TERM

# --- infra: the reference's own PostgreSQL 15 and Redis -------------------------------------------
status=$("$peers/infra.sh" status)
if ! grep -q 'pg: running' <<<"$status"; then "$peers/infra.sh" start-pg; started_pg=1; fi
if ! grep -q 'redis: running' <<<"$status"; then "$peers/infra.sh" start-redis; started_redis=1; fi
"${psql_admin[@]}" -c 'SELECT 1' >/dev/null || die "PostgreSQL not reachable on 127.0.0.1:$pg_port"
[[ $(redis-cli -h 127.0.0.1 -p "$redis_port" ping) == PONG ]] || die "Redis not reachable on 127.0.0.1:$redis_port"

# --- process accounting ---------------------------------------------------------------------------
tree_pids() {  # tree_pids <pid>: the pid and all its descendants
    ps -e -o pid=,ppid= | awk -v r="$1" '{ kids[$2] = kids[$2] " " $1 }
        END { q[1] = r; n = 1; for (i = 1; i <= n; i++) { print q[i]; m = split(kids[q[i]], k, " ");
              for (j = 1; j <= m; j++) q[++n] = k[j] } }'
}
ticks() {  # ticks <pid>...: utime+stime summed (clock ticks); processes gone meanwhile count 0
    local p line rest t=0 f
    for p in "$@"; do
        line=$(cat "/proc/$p/stat" 2>/dev/null) || continue
        rest=${line##*) }                             # after "pid (comm) ": field 1 is the state
        read -r -a f <<<"$rest"
        t=$((t + f[11] + f[12]))
    done
    echo "$t"
}
machine_ticks() { awk '/^cpu / { s = 0; for (i = 2; i <= 9; i++) s += $i; print s, s - $5 - $6 }' /proc/stat; }  # total busy
rss_kb() {  # rss_kb <pid>...: VmRSS summed
    local p t=0 v
    for p in "$@"; do v=$(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status" 2>/dev/null); t=$((t + ${v:-0})); done
    echo "$t"
}
infra_pids() {
    local pm; pm=$(head -n1 "$peer_base/pgdata/postmaster.pid" 2>/dev/null || true)
    [[ -n $pm ]] && tree_pids "$pm"
    cat "$peer_base/redis.pid" 2>/dev/null || true
}
free_port() {  # a port nothing listens on, below the ephemeral range
    local p; while p=$((20000 + RANDOM % 12000)); (: >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do :; done; echo "$p"
}
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results"; }

# --- the two services -----------------------------------------------------------------------------
image_dir='' aot_mode=auto
strata_cmd() {  # sets cmd: Strata's command line in BENCH_STRATA's mode (arguments follow it)
    case $mode in
        jar) cmd=("$java" "${java_opts[@]}" -jar "$root/target/strata.jar") ;;
        launcher) cmd=(env JAVA_HOME="$jdk" JAVA_OPTS="${java_opts[*]}" "$root/bin/strata") ;;
        image) cmd=(env JAVA_HOME="$jdk" JAVA_OPTS="${java_opts[*]}" STRATA_APP_DIR="$image_dir" \
                    STRATA_AOT="$aot_mode" "$root/docker/strata") ;;
    esac
}
launch() {  # launch <side> <db> <port> <log>: starts the service under env -i, sets $svc_pid
    local side=$1 name=$2 port=$3 log=$4 cmd
    if [[ $side == reference ]]; then
        # start.sh execs uvicorn: $! is the uvicorn master, its workers are its children.
        # PYTHONPYCACHEPREFIX: bytecode of the reference's own modules is cached outside its
        # (read-only) folder, as a deployed app would have it after its first start.
        env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 PORT="$port" HOST=127.0.0.1 \
            DATABASE_URL="postgresql+asyncpg://postgres@$pg_host:$pg_port/$name" \
            DATABASE_URL_SYNC="postgresql+psycopg2://postgres@$pg_host:$pg_port/$name" \
            REDIS_URL="redis://127.0.0.1:$redis_port/0" JWT_SECRET="$secret" \
            PYTHONPYCACHEPREFIX="$out/vs-fastapi-pycache" "$peers/start.sh" >"$log" 2>&1 &
    else
        # launcher and image exec through docker/strata, so $! is the JVM in every mode.
        strata_cmd
        (cd "$out" && exec env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 \
            DATABASE_URL="postgresql://postgres@$pg_host:$pg_port/$name" \
            REDIS_URL="redis://127.0.0.1:$redis_port/0" STRATA_REDIS_KEY_PREFIX="vs:$tag:" \
            JWT_SECRET="$secret" STRATA_MIGRATE_ON_STARTUP=true SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" \
            "${cmd[@]}" >"$log" 2>&1) &
    fi
    svc_pid=$! svc_side=$side
}

run_wrk() {  # run_wrk <side> <round> <name> <path> <lua> <duration> <base>: one measured wrk run
    local side=$1 r=$2 name=$3 path=$4 lua=$5 dur=$6 base=$7
    local f=$logdir/wrk-$side-$r-$name.txt pids infra t0 s0 i0 m0 t1 s1 i1 m1 res n
    read -r -a pids <<<"$(tree_pids "$svc_pid" | tr '\n' ' ')"
    read -r -a infra <<<"$(infra_pids | tr '\n' ' ')"
    read -r t0 m0 <<<"$(machine_ticks)"; s0=$(ticks "${pids[@]}"); i0=$(ticks "${infra[@]}")
    wrk -t2 -c64 -d"$dur" --timeout 10s -s "$WRK_DIR/$lua" "$base$path" >"$f" 2>&1 &
    wrk_pid=$!
    wait "$wrk_pid" || { cat "$f" >&2; die "$side round $r: wrk $name failed"; }
    read -r t1 m1 <<<"$(machine_ticks)"; s1=$(ticks "${pids[@]}"); i1=$(ticks "${infra[@]}")
    wrk_pid=''
    res=$(grep '^RESULT' "$f") || { cat "$f" >&2; die "$side round $r: no RESULT from wrk $name"; }
    kv() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<" ${res#RESULT }"; }
    n=$(($(kv requests) - $(kv non2xx)))
    # On an overloaded machine a service's /health may answer 503 (its own bound): count only the
    # successful answers in req/s and CPU per request, and report the failures.
    local bad; bad=$(kv non2xx)
    ((bad == 0)) || echo "  warning: $side round $r $name: $bad non-2xx answers, left out of req/s (see $f)" >&2
    record "$side" "$r" "${name}_non2xx" "$bad"
    local errs=$(($(kv connect_err) + $(kv read_err) + $(kv write_err) + $(kv timeouts)))
    ((errs == 0)) || echo "  warning: $side round $r $name: $errs socket errors/timeouts (see $f)" >&2
    record "$side" "$r" "${name}_rps" "$(awk -v n="$n" -v d="$(kv duration_s)" 'BEGIN { printf "%.1f", n / d }')"
    record "$side" "$r" "${name}_p50_ms" "$(kv p50_ms)"
    record "$side" "$r" "${name}_p99_ms" "$(kv p99_ms)"
    local cpu_ms infra_ms svc_pct busy_pct
    cpu_ms=$(awk -v d=$((s1 - s0)) -v hz="$hz" -v n="$n" 'BEGIN { printf "%.4f", d * 1000 / hz / n }')
    infra_ms=$(awk -v d=$((i1 - i0)) -v hz="$hz" -v n="$n" 'BEGIN { printf "%.4f", d * 1000 / hz / n }')
    svc_pct=$(awk -v d=$((s1 - s0)) -v t=$((t1 - t0)) 'BEGIN { printf "%.0f", 100 * d / t }')
    busy_pct=$(awk -v d=$((m1 - m0)) -v t=$((t1 - t0)) 'BEGIN { printf "%.0f", 100 * d / t }')
    record "$side" "$r" "${name}_cpu_ms_per_req" "$cpu_ms"
    record "$side" "$r" "${name}_infra_cpu_ms_per_req" "$infra_ms"
    record "$side" "$r" "${name}_service_cpu_pct" "$svc_pct"
    record "$side" "$r" "${name}_machine_busy_pct" "$busy_pct"
    printf '  %-9s round %d %-7s %9.1f req/s  p99 %8.2f ms  service CPU %.3f ms/req (%s%% of the machine; machine busy %s%%)  PG+Redis CPU %.3f ms/req\n' \
        "$side" "$r" "$name" "$(awk -v n="$n" -v d="$(kv duration_s)" 'BEGIN { printf "%.1f", n / d }')" "$(kv p99_ms)" "$cpu_ms" "$svc_pct" "$busy_pct" "$infra_ms"
}

start_service() {  # start_service <side> <what>: a new empty database, the service on it, its first 200
    local side=$1 what=$2 start
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\"" >/dev/null
    port=$(free_port) base=http://127.0.0.1:$port
    sleep 1                                       # let the previous side's exit settle
    start=$(date +%s%N)
    launch "$side" "$db" "$port" "$log"
    until [[ $(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$base/health") == 200 ]]; do
        kill -0 "$svc_pid" 2>/dev/null || { tail -25 "$log" >&2; die "$what: the service exited before /health answered 200"; }
        (($(date +%s%N) - start < start_limit * 1000000000)) || { tail -25 "$log" >&2; die "$what: no 200 from /health within $start_limit s"; }
        sleep 0.02
    done
    started_ms=$((($(date +%s%N) - start) / 1000000))
}

register() {  # register <what> <email>: a new user; exports its access token as TOKEN for the wrk scripts
    local what=$1 email=$2 body code token
    body=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"bench password 123\",\"full_name\":\"Bench User\"}" "$base/auth/register")
    code=$(tail -n1 <<<"$body")
    [[ $code == 200 || $code == 201 ]] || die "$what: register answered $code: $(head -n1 <<<"$body")"
    token=$(head -n1 <<<"$body" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
    [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/auth/me") == 200 ]] \
        || die "$what: GET /auth/me with the new token is not 200"
    export TOKEN=$token
}

cli_current() {  # cli_current <side> <round>: wall time of the migration tool's `current` on the migrated database
    local side=$1 r=$2 t0 f=$logdir/current-$side-$r.txt cmd
    t0=$(date +%s%N)
    if [[ $side == reference ]]; then
        (cd "$peers" && env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 \
            DATABASE_URL="postgresql+asyncpg://postgres@$pg_host:$pg_port/$db" \
            DATABASE_URL_SYNC="postgresql+psycopg2://postgres@$pg_host:$pg_port/$db" \
            PYTHONPYCACHEPREFIX="$out/vs-fastapi-pycache" "$PY" -m alembic -c alembic.ini current) >"$f" 2>&1
    else
        strata_cmd
        (cd "$out" && env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 \
            DATABASE_URL="postgresql://postgres@$pg_host:$pg_port/$db" "${cmd[@]}" db current) >"$f" 2>&1
    fi || { cat "$f" >&2; die "$side round $r: the migration tool's current failed"; }
    local t=$((($(date +%s%N) - t0) / 1000000))
    record "$side" "$r" cli_current_ms "$t"
    printf '  %-9s round %d migration tool current (alembic current | strata db current): %d ms\n' "$side" "$r" "$t"
}

train_aot() {  # image mode: extract the jar, then one run with load under -XX:AOTCacheOutput writes the cache
    image_dir=$out/vs-fastapi-image
    rm -rf "$image_dir"
    "$java" -Djarmode=tools -jar "$root/target/strata.jar" extract --destination "$image_dir" >/dev/null
    db=vs_train_${tag} log=$logdir/strata-train.log aot_mode=train
    start_service strata "AOT training"
    register "AOT training" "vs-train-$tag@example.com"
    wrk -t2 -c64 -d10s --timeout 10s -s "$WRK_DIR/health.lua" "$base/health" >/dev/null 2>&1 || true
    wrk -t2 -c64 -d20s --timeout 10s -s "$WRK_DIR/me.lua" "$base/auth/me" >/dev/null 2>&1 || true
    kill -TERM "$svc_pid"                         # the JVM writes the cache as it exits: give it time
    for _ in $(seq 900); do kill -0 "$svc_pid" 2>/dev/null || break; sleep 0.2; done
    stop_service
    [[ -s $image_dir/app.aot ]] || { tail -25 "$logdir/strata-train.log" >&2; die "AOT training wrote no cache"; }
    echo "  strata    AOT cache trained on boot + 10 s /health + 20 s /auth/me: $(du -m "$image_dir/app.aot" | cut -f1) MB"
    # The CLI's own cache (docker/strata picks cli.aot for `db ...`), as the Dockerfile trains it.
    local cmd
    strata_cmd
    (cd "$out" && env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 \
        DATABASE_URL="postgresql://postgres@$pg_host:$pg_port/$db" "${cmd[@]}" db current) \
        >"$logdir/strata-train-cli.log" 2>&1 || { cat "$logdir/strata-train-cli.log" >&2; die "the CLI's AOT training run failed"; }
    [[ -s $image_dir/cli.aot ]] || { cat "$logdir/strata-train-cli.log" >&2; die "the CLI's AOT training wrote no cache"; }
    echo "  strata    CLI AOT cache trained on db current: $(du -m "$image_dir/cli.aot" | cut -f1) MB"
    drop_db
    aot_mode=auto
}

one_round() {  # one_round <side> <round>
    local side=$1 r=$2 port log base started_ms
    db=vs_${side}_${tag}_$r log=$logdir/$side-$r.log
    start_service "$side" "$side round $r"
    record "$side" "$r" startup_ms "$started_ms"
    printf '  %-9s round %d start -> first healthy /health (migrations on an empty database): %d ms\n' "$side" "$r" "$started_ms"
    register "$side round $r" "vs-$side-$r-$tag@example.com"

    if [[ $warmup != 0 && $warmup != 0s ]]; then
        wrk -t2 -c64 -d"$warmup" --timeout 10s -s "$WRK_DIR/health.lua" "$base/health" >/dev/null 2>&1 || true
        wrk -t2 -c64 -d"$warmup" --timeout 10s -s "$WRK_DIR/me.lua" "$base/auth/me" >/dev/null 2>&1 || true
        sleep 1
    fi
    run_wrk "$side" "$r" health /health health.lua "$duration" "$base"
    sleep 1
    run_wrk "$side" "$r" me /auth/me me.lua "$duration" "$base"
    local pids kb
    read -r -a pids <<<"$(tree_pids "$svc_pid" | tr '\n' ' ')"
    kb=$(rss_kb "${pids[@]}")
    record "$side" "$r" rss_mib "$((kb / 1024))"
    record "$side" "$r" processes "${#pids[@]}"
    printf '  %-9s round %d RSS after load: %d MiB (%d processes)\n' "$side" "$r" $((kb / 1024)) "${#pids[@]}"
    cli_current "$side" "$r"

    if [[ $side == strata && $r == "$rounds" && ${BENCH_JFR:-0} == 1 ]]; then profile "$base"; fi
    stop_service
    drop_db
}

profile() {  # profile <base>: JFR (settings=profile) during one more /auth/me wrk run, not measured
    local base=$1 jfr=$out/vs-fastapi-$ts.jfr
    "$jdk/bin/jcmd" "$svc_pid" JFR.configure stackdepth=256 >/dev/null 2>&1 \
        || echo "  (JFR.configure stackdepth=256 refused: default stack depth 64)" >&2
    "$jdk/bin/jcmd" "$svc_pid" JFR.start name=vs settings=profile duration="${jfr_seconds}s" filename="$jfr" >/dev/null
    echo "  strata    JFR: recording ${jfr_seconds}s of /auth/me under wrk -t2 -c64 -> $jfr"
    wrk -t2 -c64 -d"$((jfr_seconds + 2))s" --timeout 10s -s "$WRK_DIR/me.lua" "$base/auth/me" >"$logdir/wrk-jfr.txt" 2>&1
    for _ in $(seq 100); do [[ -s $jfr ]] && break; sleep 0.2; done
    sleep 1
    local v views=$out/vs-fastapi-$ts-jfr-views.txt
    : >"$views"
    for v in hot-methods cpu-load thread-cpu-load gc allocation-by-class; do
        "$jdk/bin/jfr" view --width 200 "$v" "$jfr" >>"$views" 2>&1 || true
    done
    "$jdk/bin/jfr" print --json --stack-depth 256 --events jdk.ExecutionSample "$jfr" \
        | "$PY" "$root/bench/jfr-breakdown.py" >"$out/vs-fastapi-$ts-profile.txt" 2>&1 || true
    echo "  strata    JFR views (hot-methods, cpu-load, thread-cpu-load, gc, allocation-by-class) -> $views"
    echo "  strata    JFR samples by library -> $out/vs-fastapi-$ts-profile.txt:"
    sed '/^top methods/,$d' "$out/vs-fastapi-$ts-profile.txt" | sed 's/^/    /'
}

# --- run ------------------------------------------------------------------------------------------
echo "machine: $ncpu CPUs, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "reference: $peers ($("$PY" -c 'import fastapi,uvicorn,sqlalchemy,asyncpg,sys; print("python", sys.version.split()[0], "fastapi", fastapi.__version__, "uvicorn", uvicorn.__version__, "sqlalchemy", sqlalchemy.__version__, "asyncpg", asyncpg.__version__)')), 2 uvicorn workers"
echo "strata:    $root/target/strata.jar on $("$java" -version 2>&1 | head -1), BENCH_STRATA=$mode${java_opts[*]:+ with ${java_opts[*]}}"
echo "wrk -t2 -c64, $duration per measured run, $warmup warm-up per path; $rounds rounds, alternating; logs in $logdir"
[[ $mode == image ]] && train_aot
for r in $(seq "$rounds"); do
    one_round reference "$r"
    one_round strata "$r"
done

# --- report ---------------------------------------------------------------------------------------
json=$out/vs-fastapi-$ts.json
"$PY" - "$results" "$json" "$ts" "$rounds" "$duration" "$warmup" "$ncpu" "${java_opts[*]:-}" "$mode" <<'PY'
import json, statistics, sys
res, path, ts, rounds, duration, warmup, ncpu, jopts, mode = sys.argv[1:]
vals = {}
for line in open(res):
    side, r, metric, v = line.rstrip("\n").split("\t")
    vals.setdefault(metric, {}).setdefault(side, []).append(float(v))
rows = [  # metric, label, better
    ("me_rps", "GET /auth/me req/s", "higher"),
    ("me_p99_ms", "GET /auth/me p99 ms", "lower"),
    ("me_cpu_ms_per_req", "service CPU ms per /auth/me", "lower"),
    ("me_infra_cpu_ms_per_req", "PG+Redis CPU ms per /auth/me", "lower"),
    ("health_rps", "GET /health req/s", "higher"),
    ("health_p99_ms", "GET /health p99 ms", "lower"),
    ("startup_ms", "start -> healthy, migrated (ms)", "lower"),
    ("rss_mib", "RSS after load MiB (all processes)", "lower"),
    ("cli_current_ms", "alembic current | db current (ms)", "lower"),
]
print()
print(f"Strata as BENCH_STRATA={mode}; medians over {rounds} rounds per side (wrk -t2 -c64, {duration} each, {ncpu} CPUs shared by wrk, services, PostgreSQL, Redis)")
print(f"{'figure':<36} {'reference':>11} {'strata':>11} {'strata/ref':>11}  better")
figures = {}
for m, label, better in rows:
    ref = statistics.median(vals[m]["reference"]); st = statistics.median(vals[m]["strata"])
    ratio = st / ref if ref else float("nan")
    figures[m] = {"label": label, "reference": round(ref, 3), "strata": round(st, 3), "strata_over_reference": round(ratio, 3),
                  "better": better, "rounds": {"reference": vals[m]["reference"], "strata": vals[m]["strata"]}}
    fmt = (lambda x: f"{x:.3f}") if "cpu" in m else (lambda x: f"{x:.1f}")
    print(f"{label:<36} {fmt(ref):>11} {fmt(st):>11} {ratio:>11.2f}  {better}")
others = {m: {s: v for s, v in d.items()} for m, d in vals.items() if m not in figures}
json.dump({"timestamp": ts, "rounds": int(rounds), "duration": duration, "warmup": warmup, "cpus": int(ncpu),
           "wrk": "-t2 -c64 --timeout 10s", "strata_mode": mode, "strata_java_opts": jopts, "figures": figures, "other": others},
          open(path, "w"), indent=2)
print(f"\nwritten: {path}")
PY
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
