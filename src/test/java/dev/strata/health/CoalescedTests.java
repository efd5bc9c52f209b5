package dev.strata.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Callers that arrive while a check runs share it; a caller after it completed gets a new one. */
class CoalescedTests {

    private final AtomicInteger started = new AtomicInteger();
    private volatile Sinks.One<String> outcome = Sinks.one();
    private final Coalesced<String> check = new Coalesced<>(() -> Mono.defer(() -> {
        started.incrementAndGet();
        return outcome.asMono();
    }));

    @Test
    void callersDuringARoundTripShareIt() {
        Mono<String> first = caller();
        Mono<String> second = caller();

        outcome.tryEmitValue("one");

        assertThat(first.block(Duration.ofSeconds(10))).isEqualTo("one");
        assertThat(second.block(Duration.ofSeconds(10))).isEqualTo("one");
        assertThat(started).hasValue(1);
    }

    @Test
    void aCallerAfterTheRoundTripCompletedStartsANewOne() {
        Mono<String> first = caller();
        outcome.tryEmitValue("one");
        assertThat(first.block(Duration.ofSeconds(10))).isEqualTo("one");

        outcome = Sinks.one();
        Mono<String> later = caller();
        outcome.tryEmitValue("two");

        assertThat(later.block(Duration.ofSeconds(10))).isEqualTo("two");
        assertThat(started).hasValue(2);
    }

    @Test
    void aCallerArrivingWhileTheRoundTripIsCompletingStartsANewOne() {
        // Asked again from the first answer itself: the round trip is done, but the callback that
        // forgets it may not have run yet (on a loaded machine, for a while).
        AtomicReference<Mono<String>> again = new AtomicReference<>();
        check.next().subscribe(value -> again.set(caller()));
        Sinks.One<String> first = outcome;
        outcome = Sinks.one();

        first.tryEmitValue("one");
        outcome.tryEmitValue("two");

        assertThat(again.get().block(Duration.ofSeconds(10))).isEqualTo("two");
        assertThat(started).hasValue(2);
    }

    @Test
    void aCallerThatGoesAwayDoesNotCancelTheRoundTripOthersWaitFor() {
        Disposable gone = check.next().subscribe();
        Mono<String> staying = caller();

        gone.dispose();
        outcome.tryEmitValue("one");

        assertThat(staying.block(Duration.ofSeconds(10))).isEqualTo("one");
        assertThat(started).hasValue(1);
    }

    @Test
    void nothingStartsUntilACallerSubscribes() {
        Mono<String> notYet = check.next();

        assertThat(started).hasValue(0);
        outcome.tryEmitValue("one");
        assertThat(notYet.block(Duration.ofSeconds(10))).isEqualTo("one");
        assertThat(started).hasValue(1);
    }

    /** A caller that has asked: subscribed now, its answer read later. */
    private Mono<String> caller() {
        Mono<String> answer = check.next().cache();
        answer.subscribe();
        return answer;
    }
}
