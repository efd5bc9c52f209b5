package dev.strata.migration.autogenerate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work on a thread of its own, so that rendering the models overlaps with the migrations. */
final class Background {

    private Background() {
    }

    /** Starts {@code work} on a daemon thread whose context class loader is {@code loader} (the models'). */
    static <T> CompletableFuture<T> start(ClassLoader loader, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "strata-models");
        thread.setContextClassLoader(loader);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Waits for the work to end, whatever its outcome, when the caller fails for its own reason. */
    static void settle(CompletableFuture<?> pending) {
        pending.handle((done, failed) -> null).join();
    }

    /** The result, or the work's own exception rather than a wrapper. */
    static <T> T join(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
