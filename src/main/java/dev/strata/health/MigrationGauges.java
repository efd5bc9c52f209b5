package dev.strata.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * The migration state as Prometheus gauges, read from the database now and every 30 s (a scrape
 * never waits for the database): {@code strata_migrations_pending} (shipped migrations not applied;
 * -1 while unknown) and {@code strata_migrations_up_to_date} (1 when none is pending, else 0).
 */
final class MigrationGauges implements DisposableBean {

    private static final Duration EVERY = Duration.ofSeconds(30);

    private final AtomicInteger pending = new AtomicInteger(-1);
    private final Disposable refresh;

    MigrationGauges(DependencyChecks checks, MeterRegistry registry) {
        Gauge.builder("strata.migrations.pending", pending, AtomicInteger::get)
                .description("Shipped migrations not applied to the database; -1 while unknown").register(registry);
        Gauge.builder("strata.migrations.up_to_date", pending, value -> value.get() == 0 ? 1 : 0)
                .description("1 when the database has every shipped migration").register(registry);
        refresh = Flux.interval(Duration.ZERO, EVERY)
                .concatMap(tick -> checks.migrations())
                .subscribe(state -> pending.set(state.pending() == null ? -1 : state.pending()));
    }

    @Override
    public void destroy() {
        refresh.dispose();
    }
}
