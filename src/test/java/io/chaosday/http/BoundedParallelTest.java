package io.chaosday.http;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class BoundedParallelTest {

    @Test
    public void resultsComeBackInTheOrderOfTheCalls() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            calls.add(() -> {
                Thread.sleep((20 - n) % 5);
                return n;
            });
        }

        List<Integer> results = new BoundedParallel(4).all(calls);

        for (int i = 0; i < 20; i++) {
            assertEquals(Integer.valueOf(i), results.get(i));
        }
    }

    @Test
    public void neverMoreThanTheBoundRunAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(2);
                running.decrementAndGet();
                return 0;
            });
        }

        new BoundedParallel(3).all(calls);

        assertTrue("at most 3 at once, saw " + most.get(), most.get() <= 3);
    }

    @Test
    public void theFirstFailureIsThrownAndTheRestAreStopped() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicBoolean slowOneFinished = new AtomicBoolean();
        List<Callable<Integer>> calls = List.of(
                () -> {
                    Thread.sleep(5_000);
                    slowOneFinished.set(true);
                    return 1;
                },
                () -> {
                    throw boom;
                });

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new BoundedParallel(2).all(calls));

        assertSame(boom, thrown);
        assertTrue(!slowOneFinished.get());
    }

    @Test
    public void anInterruptIsPassedOnAndCancelsTheCalls() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch callInterrupted = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                new BoundedParallel(1).all(List.of(() -> {
                    started.countDown();
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        callInterrupted.countDown();
                        throw e;
                    }
                    return 1;
                }));
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        caller.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));

        caller.interrupt();
        caller.join(5_000);

        assertTrue(outcome.get() instanceof InterruptedException);
        assertTrue("the running call was interrupted too", callInterrupted.await(5, TimeUnit.SECONDS));
    }
}
