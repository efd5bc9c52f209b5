# syntax=docker/dockerfile:1
#
# Strata image: build with JDK 25, run on the Temurin 25 JRE as a non-root user, from Spring
# Boot's extracted layout with a JDK 25 AOT cache (JEP 483/514) trained at build time.
#
#   docker build -t strata .
#   docker run --rm -p 8080:8080 strata                  # zero-setup: embedded PostgreSQL + Redis
#   docker run --rm --env-file .env -p 8080:8080 strata  # a real database (JWT_SECRET required)
#   docker run --rm --env-file .env strata db current    # the CLI: arguments go to `strata`
#
# Only classic Dockerfile features are used (no --chmod, cache mounts or heredocs), so the
# legacy builder of docker-compose v1 builds it as well as BuildKit does.

# ---------------------------------------------------------------------------------------------
# build: compile and package target/strata.jar, then split it into Spring Boot's layers
# ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src

# Wrapper and POM first: the dependency layer stays cached until one of them changes. The image
# has no curl, wget or unzip; the wrapper then downloads Maven 3.9.16's .tar.gz with Java itself.
# `sh ./mvnw` does not depend on the executable bit surviving the checkout.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN sh ./mvnw -B -q dependency:go-offline

COPY src/ src/
# The toolchains plugin selects this image's JDK 25 (the pom asks for [21,)).
RUN sh ./mvnw -B -q -DskipTests package

# Extracted layout as in the Spring Boot reference ("Dockerfiles", "AOT cache"): without
# --launcher every layer directory holds part of a plain layout, libraries in lib/ and a thin
# strata.jar whose manifest Class-Path names them. That layout is what `java -jar strata.jar`
# runs and what the AOT cache needs (it has no effect on the fat jar). spring-boot-loader/ and
# snapshot-dependencies/ may be empty; copying an empty directory is fine.
RUN java -Djarmode=tools -jar target/strata.jar extract --layers --destination /extracted

# ---------------------------------------------------------------------------------------------
# runtime: the image without the AOT cache (the final stage adds it)
# ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre AS runtime

# The JRE image has neither curl nor wget. curl serves the HEALTHCHECK: it speaks real HTTP,
# has its own time limit and fails on any non-2xx status, unlike a hand-written request over
# bash's /dev/tcp. The uid is fixed (10001) so volume permissions are predictable.
COPY docker/strata /usr/local/bin/strata
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl; \
    rm -rf /var/lib/apt/lists/*; \
    chmod 0755 /usr/local/bin/strata; \
    groupadd --gid 10001 strata; \
    useradd --uid 10001 --gid 10001 --no-log-init --create-home --home-dir /var/lib/strata \
        --shell /usr/sbin/nologin strata

WORKDIR /app
# One COPY per layer, least to most often changed. Owned by root: the app only reads them.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./

# docker/strata (ENTRYPOINT, the CLI and the AOT training run below) starts the JVM with Strata's
# defaults (a 192 MB heap, the serial collector: README, "JVM defaults"), then JAVA_OPTS, which
# overrides them (e.g. JAVA_OPTS=-Xmx512m). Changing it at run time is allowed, but flags that differ
# from the training run can make the JVM ignore the AOT cache (with a warning): rebuild after changing them.
# STRATA_HOME: embedded data and the development JWT secret, in the strata user's home (the
# zero-setup mode needs a writable directory; /app is read-only for that user).
ENV JAVA_OPTS="" \
    STRATA_HOME=/var/lib/strata

USER strata
EXPOSE 8080

# /health checks PostgreSQL and Redis; a start period covers JVM start, the database wait
# (STRATA_DB_WAIT) and migrations on startup. `|| exit 1` because Docker reserves exit code 2 and
# curl has many.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null --max-time 4 "http://localhost:${SERVER_PORT:-8080}/health" || exit 1

# The launcher execs java, so the JVM is PID 1 and gets SIGTERM from `docker stop`. This
# replaces the Temurin image's /__cacert_entrypoint.sh, so USE_SYSTEM_CA_CERTS has no effect.
ENTRYPOINT ["strata"]

# ---------------------------------------------------------------------------------------------
# aot-train: the AOT cache training run (its own stage, so nothing but app.aot leaves it)
# ---------------------------------------------------------------------------------------------
FROM runtime AS aot-train
# Why no database is needed: with DATABASE_URL and REDIS_URL unset, Strata starts in its
# zero-setup mode with an embedded PostgreSQL (data in STRATA_HOME) and an embedded Redis, and
# migrations run, so the training run loads the same Spring, R2DBC, Flyway and Lettuce classes a
# real deployment does. It runs as the non-root user (inherited above), as production does.
# The training run is a whole life: boot, the requests a first client sends (so the cache holds
# the HTTP and JSON path of /health too: 2.5 s instead of 3.0 s to the first 200 in bench/), then
# SIGTERM, on which the JVM writes the cache as it exits and the embedded servers are stopped.
# STRATA_AOT=train makes docker/strata add -XX:AOTCacheOutput to the very same command line
# (JAVA_OPTS, class path) the container runs later. This stage is separate so that the embedded
# data and the binaries unpacked into /tmp never reach the final image; only the caches do. A
# failed training run, or no cache written, fails the build.
# A second, shorter run trains the CLI's own cache (/app/cli.aot, which docker/strata uses for
# `strata db ...`): `db current` on the database the first run migrated (the embedded PostgreSQL
# starts again on the same data). One run trains one cache, and the CLI loads other classes than
# the service: with the service's cache `db current` took 1.1 s, with its own 0.6 s.
RUN set -eu; \
    export STRATA_HOME=/tmp/strata-train STRATA_AOT=train STRATA_AOT_CACHE=/tmp/app.aot; \
    strata > /tmp/train.log 2>&1 & pid=$!; \
    ok=; for i in $(seq 1200); do \
        if curl -fs -o /dev/null http://localhost:8080/health; then ok=1; break; fi; \
        kill -0 "$pid" 2>/dev/null || break; sleep 0.1; \
    done; \
    if [ -z "$ok" ]; then cat /tmp/train.log; exit 1; fi; \
    for i in $(seq 30); do \
        curl -fs -o /dev/null http://localhost:8080/health; \
        curl -fs -o /dev/null http://localhost:8080/actuator/health/readiness; \
    done; \
    kill -TERM "$pid"; wait "$pid" || true; \
    test -s /tmp/app.aot || { cat /tmp/train.log; exit 1; }; \
    STRATA_AOT_CLI_CACHE=/tmp/cli.aot strata db current > /tmp/train-cli.log 2>&1 \
        || { cat /tmp/train-cli.log; exit 1; }; \
    test -s /tmp/cli.aot || { cat /tmp/train-cli.log; exit 1; }

# ---------------------------------------------------------------------------------------------
# final image: runtime + the AOT caches (docker/strata uses /app/app.aot, and /app/cli.aot for
# `strata db ...`, when they exist)
# ---------------------------------------------------------------------------------------------
# Built FROM the same runtime stage as the training run, so the jars are the very same files
# (path, size, modification time), which the JVM checks before it uses the cache.
FROM runtime
COPY --from=aot-train /tmp/app.aot /tmp/cli.aot /app/
