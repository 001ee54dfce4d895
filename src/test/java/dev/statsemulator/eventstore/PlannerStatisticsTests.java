package dev.statsemulator.eventstore;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerStatisticsTests {

	@Test
	void analyzesWhenTheStoredEventsDoubleOneAtATime() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		Semaphore done = new Semaphore(0);
		PlannerStatistics statistics = new PlannerStatistics(() -> {
			runs.incrementAndGet();
			done.release();
		});
		try {
			statistics.stored(PlannerStatistics.FIRST - 1);
			statistics.stored(0);
			assertThat(done.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
			statistics.stored(1);
			assertThat(done.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
			awaitIdle(statistics);
			// Next at twice what was stored then.
			statistics.stored(PlannerStatistics.FIRST - 1);
			assertThat(done.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
			statistics.stored(1);
			assertThat(done.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
			assertThat(runs).hasValue(2);
		}
		finally {
			statistics.destroy();
		}
	}

	@Test
	void aFailedAnalyzeIsTriedAgainAtTheNextDoubling() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		Semaphore done = new Semaphore(0);
		PlannerStatistics statistics = new PlannerStatistics(() -> {
			runs.incrementAndGet();
			done.release();
			throw new IllegalStateException("the database is away");
		});
		try {
			statistics.stored(PlannerStatistics.FIRST);
			assertThat(done.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
			awaitIdle(statistics);
			statistics.stored(PlannerStatistics.FIRST * 2);
			assertThat(done.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
			assertThat(runs).hasValue(2);
		}
		finally {
			statistics.destroy();
		}
	}

	private static void awaitIdle(PlannerStatistics statistics) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (statistics.running() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(statistics.running()).isFalse();
	}

}
