package dev.strata.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls on as many threads at once, released together by a barrier. */
public final class Concurrently {

    /** A call numbered from 0. */
    @FunctionalInterface
    public interface Call<T> {
        T run(int index) throws Exception;
    }

    private Concurrently() {
    }

    public static <T> List<T> run(int threads, Call<T> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<T> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        }
        return results;
    }
}
