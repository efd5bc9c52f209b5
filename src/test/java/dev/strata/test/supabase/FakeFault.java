package dev.strata.test.supabase;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** A fault for the next calls of a route: a failure status, or a delay before the real answer. */
final class FakeFault {

    private final AtomicInteger left;
    private final int status;
    private final Duration delay;

    FakeFault(int times, int status, Duration delay) {
        this.left = new AtomicInteger(times);
        this.status = status;
        this.delay = delay;
    }

    /** The failure to answer instead of the real one; null to answer for real (after any delay). */
    @Nullable FakeAnswer take() throws InterruptedException {
        if (left.getAndDecrement() <= 0) {
            return null;
        }
        if (!delay.isZero()) {
            Thread.sleep(delay);
            return null;
        }
        return status == 502 ? new FakeAnswer.Plain(502, "upstream connect error or disconnect/reset before headers")
                : FakeAnswer.error(status, "unexpected_failure", "Service temporarily unavailable");
    }
}
