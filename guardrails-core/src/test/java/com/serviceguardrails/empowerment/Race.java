package com.serviceguardrails.empowerment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** Starts many threads at the same instant and waits for them all; the first failure fails the race. */
public final class Race {

    /** What thread number {@code index} does. */
    @FunctionalInterface
    public interface Runner {
        void run(int index) throws Exception;
    }

    private Race() {
    }

    public static void run(int threads, Runner runner) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> running = new ArrayList<>(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    runner.run(index);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            });
            thread.start();
            running.add(thread);
        }
        start.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a racing thread failed", failure.get());
        }
    }
}
