package dev.strata.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * The migration state as Prometheus gauges, read from the database once the application is ready
 * (after the start's own upgrade) and every 30 s from then on (a scrape
 * never waits for the database): {@code strata_migrations_pending} (shipped migrations not applied;
 * -1 while unknown) and {@code strata_migrations_up_to_date} (1 when none is pending, else 0).
 */
final class MigrationGauges implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Duration EVERY = Duration.ofSeconds(30);

    private final AtomicInteger pending = new AtomicInteger(-1);
    private final DependencyChecks checks;
    private volatile @Nullable Disposable refresh;

    MigrationGauges(DependencyChecks checks, MeterRegistry registry) {
        Gauge.builder("strata.migrations.pending", pending, AtomicInteger::get)
                .description("Shipped migrations not applied to the database; -1 while unknown").register(registry);
        Gauge.builder("strata.migrations.up_to_date", pending, value -> value.get() == 0 ? 1 : 0)
                .description("1 when the database has every shipped migration").register(registry);
        this.checks = checks;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (refresh == null) {
            refresh = Flux.interval(Duration.ZERO, EVERY)
                    .concatMap(tick -> checks.migrations())
                    .subscribe(state -> pending.set(state.pending() == null ? -1 : state.pending()));
        }
    }

    @Override
    public void destroy() {
        Disposable running = refresh;
        if (running != null) {
            running.dispose();
        }
    }
}
