#!/usr/bin/env bash
# Autogenerate benchmark: wall time of `strata db revision --autogenerate`, from process start to
# the files written (or "No changes detected"), with the embedded scratch server warm (its data
# directory kept in bench/out/autogenerate-home/shadow; one untimed run first). Five cases:
#   project-aligned   this project as it is: every phase, no changes, nothing written
#   project-change    this project's db folder without its newest migration: that table is written again
#   gen30-aligned     a generated project of 30 entities and the migration that matches them: no changes
#   gen200-initial    a generated project of 200 entities and no migrations: one migration of 200 tables
#   gen200-change     the same after that migration, with one field added to one entity
# Each run's stderr progress lines carry per-phase times; the script splits them into PostgreSQL
# executing SQL (migrations, entity DDL, declarative SQL, catalog reads, verification) and Strata's
# own work in the JVM (Hibernate rendering, Flyway's bookkeeping, diff), the rest being JVM start-up
# and class loading. See bench/README.md.
#
# Settings (environment):
#   BENCH_RUNS       timed runs per case (default 3); the median is reported
#   BENCH_CASES      the cases to run, blank-separated (default: all five)
#   BENCH_JAR        the jar to time (default target/strata.jar), e.g. a copy built before a change
#   BENCH_JAVA_OPTS  extra JVM flags for every run
#   SHADOW_KEEP_SECONDS  passed to every run (default 600, Strata's): the embedded scratch server
#                    stays up between runs; 0 starts and stops it in every run (the cold figures).
#                    The script stops a server it left up when it ends.
#   STRATA_CLI_CACHE  passed to every run (default true, Strata's outside CI): every run is in a
#                    second JVM from an unpacked jar with a class archive of the verb (HELP.md, "A
#                    faster java -jar"); the warm-up lists the classes and the script waits for the
#                    archive. false: in the JVM java -jar started.
#   JAVA_HOME        a JDK >= 21 (else /usr/lib/jvm/temurin-25-jdk-amd64 is used when present)
# Needs target/strata.jar (./mvnw -B -DskipTests package). Output: a table on stdout,
# bench/out/autogenerate.json, every run's stderr in bench/out/autogenerate/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/bench/out/autogenerate
runs=${BENCH_RUNS:-3}
read -r -a java_opts <<<"${BENCH_JAVA_OPTS-}"
die() { echo "autogenerate.sh: $*" >&2; exit 1; }

java=${JAVA_HOME:-/nonexistent}/bin/java
[[ -x $java ]] || java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[[ -x $java ]] || java=$(command -v java) || die "no java found: set JAVA_HOME"
javac=$(dirname "$java")/javac
jartool=$(dirname "$java")/jar
jar=${BENCH_JAR:-$root/target/strata.jar}
[[ -f $jar ]] || die "$jar not found: run ./mvnw -B -DskipTests package first"

rm -rf "$out" && mkdir -p "$out"
home=$root/bench/out/autogenerate-home      # STRATA_HOME: the warm scratch server's data stays here
mkdir -p "$home"
stop_scratch() {   # the embedded scratch server the runs kept up (SHADOW_KEEP_SECONDS), if any
    local pid
    pid=$(head -n 1 "$home/shadow/postmaster.pid" 2>/dev/null) || return 0
    kill -INT "$pid" 2>/dev/null || true
}
trap stop_scratch EXIT

# --- one command --------------------------------------------------------------------------------
# run <name> <dir> <db folder> [<jar> <packages>]: one timed command under env -i,
# so no .env or shell variable changes what runs; prints the wall milliseconds.
run() {
    local name=$1 dir=$2 db=$3 app=${4:-$jar} packages=${5:-dev.strata} start end
    local -a launch=("$java" "${java_opts[@]}" -jar "$app")
    start=$(date +%s%N)
    (cd "$dir" && env -i PATH="$PATH" HOME="$HOME" STRATA_HOME="$home" STRATA_ENTITY_PACKAGES="$packages" \
        SHADOW_KEEP_SECONDS="${SHADOW_KEEP_SECONDS:-600}" STRATA_CLI_CACHE="${STRATA_CLI_CACHE:-true}" \
        "${launch[@]}" db revision --autogenerate -m "bench $name" --dir "$db" \
        >"$out/$name.out" 2>"$out/$name.err") || { cat "$out/$name.err" >&2; die "$name failed"; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

# split <stderr file>: "<postgres ms> <strata ms>" from the progress lines (see the header).
split() {
    awk '
        /^Migrations applied [0-9]+\/[0-9]+ \(/ { m = $0; sub(/.*\(/, "", m); pg += m + 0; mig += m + 0 }
        /^Current schema: .* applied in / { t = $0; sub(/.* in /, "", t); flyway += t + 0 }
        /^Entities rendered:/ { r = $0; sub(/.* statements in /, "", r); ours += r + 0
                                a = $0; sub(/.*applied in /, "", a); pg += a + 0 }
        /^Declarative SQL applied:/ || /^Inspected / || /^Verify:/ || /^Current schema: .* copied from / { t = $0; sub(/.* in /, "", t); pg += t + 0 }
        /^Diff:/ { t = $0; sub(/.* in /, "", t); ours += t + 0 }
        END { printf "%d %d\n", pg, ours + (flyway - mig) }' "$1"
}

all_cases="project-aligned project-change gen30-aligned gen200-initial gen200-change"
cases=${BENCH_CASES:-$all_cases}
for case in $cases; do [[ " $all_cases " == *" $case "* ]] || die "BENCH_CASES: unknown case $case"; done
wanted() { [[ " $cases " == *" $1 "* ]]; }

# The warm-up lists the classes it loads; a detached process dumps them into the verb's archive: wait for it.
await_cli_cache() {
    local i
    for ((i = 0; i < 600; i++)); do
        compgen -G "$home/cache/cli/*/*.classlist*" >/dev/null || return 0
        sleep 0.1
    done
    die "the CLI's class archive was not written within a minute"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure <case> <reset command> <run arguments...>: one untimed warm-up, then $runs timed runs.
declare -A wall pg ours
measure() {
    local case=$1 reset=$2; shift 2
    local walls=() pgs=() ourss=() i ms parts
    $reset; run "$case-warmup" "$@" >/dev/null
    await_cli_cache
    for ((i = 1; i <= runs; i++)); do
        $reset
        ms=$(run "$case-$i" "$@")
        read -r -a parts <<<"$(split "$out/$case-$i.err")"
        walls+=("$ms") pgs+=("${parts[0]}") ourss+=("${parts[1]}")
        echo "$case run $i: ${ms} ms (PostgreSQL ${parts[0]} ms, Strata ${parts[1]} ms)"
    done
    wall[$case]=$(printf '%s\n' "${walls[@]}" | median)
    pg[$case]=$(printf '%s\n' "${pgs[@]}" | median)
    ours[$case]=$(printf '%s\n' "${ourss[@]}" | median)
}

# --- this project -------------------------------------------------------------------------------
project_db=$out/project-db
newest=$(ls "$root/src/main/resources/db/migration" | sort -V | tail -1)
reset_project_aligned() { rm -rf "$project_db"; cp -r "$root/src/main/resources/db" "$project_db"; }
reset_project_change() {
    reset_project_aligned
    rm "$project_db/migration/$newest" "$project_db/downgrade/$newest"
}
if wanted project-aligned; then measure project-aligned reset_project_aligned "$root" "$project_db"; fi
if wanted project-change; then measure project-change reset_project_change "$root" "$project_db"; fi

# --- generated projects -------------------------------------------------------------------------
entity() {   # entity <n> [extra field]: an entity with the usual column kinds and a foreign key
    local n=$1 extra=${2:-} parent=''
    ((n > 1)) && parent="@ManyToOne private E$(printf %03d $((n - 1))) parent;"
    cat <<EOF
package bench.gen;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
@Entity
@Table(name = "e$(printf %03d "$n")", indexes = @Index(columnList = "created_at"))
public class E$(printf %03d "$n") {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false, length = 100) private String name;
    @Column(nullable = false, unique = true, length = 40) private String code;
    @Column(precision = 12, scale = 2) private BigDecimal amount;
    @Column(nullable = false) @ColumnDefault("true") private boolean active;
    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Column(nullable = false)
    @ColumnDefault("'NEW'") private GenState state;
    @Column(nullable = false) @ColumnDefault("now()") private OffsetDateTime createdAt;
    $parent
    $extra
}
EOF
}
# compile_gen <project folder> <entities> <extra field for the last entity>: the entities compiled
# into <project folder>/classes and added to a copy of the jar, <project folder>/strata.jar, as an
# application's own entities are (BOOT-INF/classes).
compile_gen() {
    local gen=$1 count=$2 n extra
    rm -rf "$gen/src" "$gen/classes" && mkdir -p "$gen/src/bench/gen" "$gen/classes"
    printf 'package bench.gen;\npublic enum GenState { NEW, ACTIVE, CLOSED }\n' >"$gen/src/bench/gen/GenState.java"
    for ((n = 1; n <= count; n++)); do
        extra=''; ((n == count)) && extra=$3
        entity "$n" "$extra" >"$gen/src/bench/gen/E$(printf %03d "$n").java"
    done
    "$javac" -proc:none -nowarn -d "$gen/classes/BOOT-INF/classes" -cp "$libs" $(find "$gen/src" -name '*.java')
    cp "$jar" "$gen/strata.jar"
    (cd "$gen/classes" && "$jartool" uf "$gen/strata.jar" BOOT-INF)
}
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out/extracted" >/dev/null
libs="$out/extracted/lib/*"

# A generated 30-entity project, aligned: its one migration (written by an untimed run) matches the entities.
gen30=$out/gen30
reset_gen30_aligned() { rm -rf "$gen30/db" && cp -r "$gen30/base" "$gen30/db"; }
if wanted gen30-aligned; then
    mkdir -p "$gen30" && compile_gen "$gen30" 30 ""
    rm -rf "$gen30/db" && mkdir -p "$gen30/db/migration" "$gen30/db/downgrade" "$gen30/db/schema"
    run gen30-setup "$gen30" "$gen30/db" "$gen30/strata.jar" bench.gen >/dev/null
    rm -rf "$gen30/base" && cp -r "$gen30/db" "$gen30/base"
    measure gen30-aligned reset_gen30_aligned "$gen30" "$gen30/db" "$gen30/strata.jar" bench.gen
    grep -q 'No changes detected' "$out/gen30-aligned-1.out" || die "gen30-aligned found changes"
fi

# A generated 200-entity project.
gen=$out/gen200
reset_gen_initial() {
    rm -rf "$gen/db" && mkdir -p "$gen/db/migration" "$gen/db/downgrade" "$gen/db/schema"
}
reset_gen_change() { rm -rf "$gen/db" && cp -r "$gen/base" "$gen/db"; }
if wanted gen200-initial || wanted gen200-change; then
    mkdir -p "$gen" && compile_gen "$gen" 200 ""
    measure gen200-initial reset_gen_initial "$gen" "$gen/db" "$gen/strata.jar" bench.gen
fi
if wanted gen200-change; then
    # The last run's migration is the project's state from here on; the change is one new column.
    rm -rf "$gen/base" && mkdir -p "$gen/base" && cp -r "$gen/db/." "$gen/base/"
    compile_gen "$gen" 200 '@Column(length = 200) private String note;'
    measure gen200-change reset_gen_change "$gen" "$gen/db" "$gen/strata.jar" bench.gen
    grep -rq 'ADD COLUMN note' "$gen/db/migration" || die "gen200-change did not write the new column"
fi

# --- report -------------------------------------------------------------------------------------
printf '\n%-16s %9s %15s %12s %12s\n' case wall_ms postgres_sql_ms strata_ms jvm_other_ms
json='{'
for case in $all_cases; do
    wanted "$case" || continue
    other=$((wall[$case] - pg[$case] - ours[$case]))
    printf '%-16s %9d %15d %12d %12d\n' "$case" "${wall[$case]}" "${pg[$case]}" "${ours[$case]}" "$other"
    json+="\"$case\":{\"wall_ms\":${wall[$case]},\"postgres_sql_ms\":${pg[$case]},\"strata_ms\":${ours[$case]},\"jvm_other_ms\":$other},"
done
echo "${json%,}}" >"$root/bench/out/autogenerate.json"
echo "(medians of $runs runs; postgres and strata phases of the two branches overlap, see bench/README.md)"
