#!/usr/bin/env python3
"""Where the sampled CPU of a JFR recording goes, by library.

Reads `jfr print --json --stack-depth 256 --events jdk.ExecutionSample FILE` on stdin and prints:
  - self: each sample charged to the library of its top frame, and, since the top frame is often
    JDK code (collections, strings, locks), to the first frame that is not JDK code ("self, first
    non-JDK frame");
  - "self, first frame outside JDK and Reactor": the same, skipping Reactor's operators too (they
    are the plumbing every reactive call goes through), so the library doing the work is charged;
  - inclusive: the share of samples with at least one frame of the library anywhere on the stack
    (shares add up to more than 100%);
  - named hot spots: the share of samples with a frame matching each pattern on the stack;
  - the top 25 methods by self samples and by first non-JDK frame.
Used by bench/vs-fastapi.sh (BENCH_JFR=1).
"""
import collections
import json
import sys

# first match wins; order from the most specific to the most general
CATEGORIES = [
    ("strata", ("dev.strata.",)),
    ("spring security (filter chain)", ("org.springframework.security.",)),
    ("jjwt (JWT parsing)", ("io.jsonwebtoken.",)),
    ("jackson (JSON)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("r2dbc (postgresql driver, pool, spring r2dbc)", ("io.r2dbc.", "org.springframework.r2dbc.", "org.springframework.data.r2dbc.")),
    ("lettuce (redis)", ("io.lettuce.", "org.springframework.data.redis.")),
    ("logging", ("ch.qos.logback.", "org.slf4j.", "org.apache.logging.")),
    ("reactor netty (http server)", ("reactor.netty.",)),
    ("netty (io, buffers, codecs)", ("io.netty.",)),
    ("reactor core (operators)", ("reactor.core.", "reactor.util.")),
    ("spring web / webflux", ("org.springframework.web.", "org.springframework.http.")),
    ("spring other", ("org.springframework.",)),
    ("micrometer / observation", ("io.micrometer.",)),
    ("jdk", ("java.", "javax.", "jdk.", "sun.", "com.sun.")),
]


# inclusive share of samples whose stack holds a frame (class.method) containing the pattern
HOT_SPOTS = [
    ("debug messages rendered although DEBUG is off (LogMessage.toString)", "org.springframework.core.log.LogMessage.toString"),
    ("logback level checks and logging calls", "ch.qos.logback."),
    ("Micrometer observations (start/stop, long task timers)", "io.micrometer."),
    ("JWT parsing and HMAC check (jjwt)", "io.jsonwebtoken."),
    ("JSON writing (Jackson encoder)", "Jackson"),
    ("R2DBC row decoding (PostgresqlRow.get)", "io.r2dbc.postgresql.PostgresqlRow.get"),
    ("R2DBC entity mapping (MappingR2dbcConverter.read)", "MappingR2dbcConverter.read"),
    ("R2DBC connection pool (reactor.pool)", "reactor.pool."),
    ("Lettuce (Redis session lookup)", "io.lettuce."),
    ("Netty channel writes and flushes", "io.netty.channel.AbstractChannelHandlerContext.write"),
    ("Reactor InnerOperator.currentContext (context walks)", "reactor.core.publisher.InnerOperator.currentContext"),
    ("HttpHeaders case-insensitive maps (LinkedCaseInsensitiveMap)", "LinkedCaseInsensitiveMap"),
]


def category(cls):
    for name, prefixes in CATEGORIES:
        if cls.startswith(prefixes):
            return name
    return "other: " + ".".join(cls.split(".")[:2])


def frame_name(frame):
    m = frame.get("method") or {}
    t = m.get("type") or {}
    cls = (t.get("name") or "?").replace("/", ".")
    return cls, cls + "." + (m.get("name") or "?")


def main():
    data = json.load(sys.stdin)
    events = data["recording"]["events"]
    n = 0
    self_cat, first_cat, incl = collections.Counter(), collections.Counter(), collections.Counter()
    self_m, first_m, truncated = collections.Counter(), collections.Counter(), 0
    outer_cat, spots = collections.Counter(), collections.Counter()
    for e in events:
        st = (e.get("values") or {}).get("stackTrace") or {}
        frames = st.get("frames") or []
        if not frames:
            continue
        n += 1
        truncated += bool(st.get("truncated"))
        names = [frame_name(f) for f in frames]
        cats = [category(c) for c, _ in names]
        self_cat[cats[0]] += 1
        self_m[names[0][1]] += 1
        first = next((i for i, c in enumerate(cats) if c != "jdk"), 0)
        first_cat[cats[first]] += 1
        first_m[names[first][1]] += 1
        outer = next((i for i, c in enumerate(cats) if c not in ("jdk", "reactor core (operators)")), 0)
        outer_cat[cats[outer]] += 1
        for c in set(cats):
            incl[c] += 1
        full = [m for _, m in names]
        for label, pattern in HOT_SPOTS:
            if any(pattern in m for m in full):
                spots[label] += 1
    if not n:
        print("no jdk.ExecutionSample events")
        return
    pct = lambda k: f"{100.0 * k / n:5.1f}%"
    print(f"{n} execution samples ({truncated} with a truncated stack)")
    print(f"\n{'library':<48} {'self':>7} {'first non-JDK':>14} {'first non-JDK/Reactor':>22} {'inclusive':>10}")
    for c in sorted(set(self_cat) | set(first_cat) | set(incl), key=lambda c: (-outer_cat[c], -first_cat[c])):
        print(f"{c:<48} {pct(self_cat[c]):>7} {pct(first_cat[c]):>14} {pct(outer_cat[c]):>22} {pct(incl[c]):>10}")
    print("\nnamed hot spots (inclusive: samples with such a frame anywhere on the stack):")
    for label, _ in HOT_SPOTS:
        print(f"  {pct(spots[label])}  {label}")
    print("\ntop methods, self (top frame):")
    for m, k in self_m.most_common(25):
        print(f"  {pct(k)}  {m}")
    print("\ntop methods, first non-JDK frame:")
    for m, k in first_m.most_common(25):
        print(f"  {pct(k)}  {m}")


if __name__ == "__main__":
    main()
