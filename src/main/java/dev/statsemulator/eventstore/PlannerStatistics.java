package dev.statsemulator.eventstore;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics of the first occurrences up to date while ingest
 * grows them, as autovacuum's ANALYZE would if it were on and on time. The look-up of
 * first occurrences by key is planned from these statistics: on a table that grew from
 * nothing without them, the planner picked the wrong index and ingest of 1,000,000 events
 * into a fresh database stalled after 130,000 (issue 16). Every database starts fresh,
 * autovacuum's first ANALYZE comes only after its naptime, and some servers run without
 * it: so the service does it itself, each time the events it stored since it started have
 * doubled (the first time at {@value #FIRST}), on a thread of its own after the batch
 * committed, never two at a time. {@link EventRepository#analyze} does nothing on H2 and
 * on Citus.
 */
@Component
class PlannerStatistics implements DisposableBean {

	/** Events stored before the first ANALYZE. */
	static final long FIRST = 2_000;

	private static final Logger logger = LoggerFactory.getLogger(PlannerStatistics.class);

	private final Runnable analyze;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "planner-statistics");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong stored = new AtomicLong();

	private final AtomicLong analyzeAt = new AtomicLong(FIRST);

	private final AtomicBoolean running = new AtomicBoolean();

	@Autowired
	PlannerStatistics(EventRepository events) {
		this(events::analyze);
	}

	PlannerStatistics(Runnable analyze) {
		this.analyze = analyze;
	}

	/** Counts events a committed batch stored; starts an ANALYZE when they doubled. */
	void stored(long events) {
		if (events <= 0) {
			return;
		}
		long total = this.stored.addAndGet(events);
		long due = this.analyzeAt.get();
		if (total < due || !this.running.compareAndSet(false, true)) {
			// Not yet, or one runs: a batch after it tries again.
			return;
		}
		if (this.analyzeAt.compareAndSet(due, total * 2)) {
			this.worker.execute(this::run);
		}
		else {
			this.running.set(false);
		}
	}

	/** Whether an ANALYZE is running or about to. */
	boolean running() {
		return this.running.get();
	}

	private void run() {
		try {
			this.analyze.run();
		}
		catch (RuntimeException ex) {
			logger.debug("Refreshing the planner statistics failed; the next doubling tries again", ex);
		}
		finally {
			this.running.set(false);
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
