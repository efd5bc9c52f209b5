package dev.strata.health;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * One check shared by the callers that arrive while it runs: the first caller starts a round trip,
 * everyone who asks before it completes gets that round trip's outcome, and the next caller after
 * it completes starts a new one. So every answer comes from a round trip that completed after the
 * caller asked, and under load a dependency sees one check at a time, not one per request. A caller
 * that goes away does not cancel the round trip the others wait for.
 */
final class Coalesced<T> {

    private final Supplier<Mono<T>> check;
    private final AtomicReference<CompletableFuture<T>> inFlight = new AtomicReference<>();

    /** {@code check} must end on its own (within its bound) and never fail. */
    Coalesced(Supplier<Mono<T>> check) {
        this.check = check;
    }

    Mono<T> next() {
        return Mono.defer(() -> Mono.fromFuture(join(), true));
    }

    private CompletableFuture<T> join() {
        while (true) {
            CompletableFuture<T> running = inFlight.get();
            if (running != null && !running.isDone()) {
                return running;
            }
            if (running != null) {
                // Done, but the callback that forgets it has not run yet (its waiters' callbacks run
                // first): its answer predates this caller, so it starts a new round trip instead.
                inFlight.compareAndSet(running, null);
                continue;
            }
            CompletableFuture<T> started = new CompletableFuture<>();
            if (inFlight.compareAndSet(null, started)) {
                started.whenComplete((value, error) -> inFlight.compareAndSet(started, null));
                check.get().subscribe(started::complete, started::completeExceptionally,
                        () -> started.completeExceptionally(new IllegalStateException("the check gave no outcome")));
                return started;
            }
        }
    }
}
