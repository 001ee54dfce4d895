package dev.statsemulator.generator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.BadInputException;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.aggregation.TimeInterval;
import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.Event;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.IngestResult;
import dev.statsemulator.eventstore.MessageRegistration;
import dev.statsemulator.generator.GenerationRequest.Domain;
import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.stereotype.Service;

/**
 * Generates realistic, deterministic traffic: day by day in the workspace's time zone,
 * with a daily and weekly rhythm, through every vendor's funnel. Each day's traffic
 * depends only on the seed, the date and the volume, so overlapping generations agree and
 * a repeated one stores nothing new.
 */
@Service
public class TrafficGenerator {

	private static final Logger logger = LoggerFactory.getLogger(TrafficGenerator.class);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Most days a single generation may cover. */
	public static final int MAX_DAYS = 3660;

	/**
	 * Events stored per transaction: larger batches spend less on commits and on the
	 * count buckets that many events of a batch share.
	 */
	private static final int BATCH = 20_000;

	private final WorkspaceService workspaces;

	private final EventStore events;

	private final EmulatorClock clock;

	private final GenerationProgress progress;

	TrafficGenerator(WorkspaceService workspaces, EventStore events, EmulatorClock clock, GenerationProgress progress) {
		this.workspaces = workspaces;
		this.events = events;
		this.clock = clock;
		this.progress = progress;
	}

	/**
	 * @throws IllegalArgumentException for an empty or too long range, or a non-positive
	 * volume
	 */
	public GenerationResult generate(String workspaceId, GenerationRequest request) {
		return generate(workspaceId, request, GenerationListener.NONE);
	}

	/**
	 * Checks a request as {@link #generate} would, without generating anything.
	 * @return the number of local days the generation covers
	 * @throws IllegalArgumentException for an empty or too long range, or a non-positive
	 * volume
	 */
	public int plan(String workspaceId, GenerationRequest request) {
		Workspace workspace = this.workspaces.require(workspaceId);
		ZoneId zone = workspace.timezone();
		Instant now = this.clock.now();
		Instant end = request.to().isAfter(now) ? now : request.to();
		check(request, end);
		Instant firstDay = TimeBucketer.unitStart(request.from(), BucketUnit.DAY, zone, DayOfWeek.MONDAY);
		return TimeBucketer.buckets(firstDay, end, BucketUnit.DAY, zone, DayOfWeek.MONDAY, MAX_DAYS).size();
	}

	private static void check(GenerationRequest request, Instant end) {
		if (request.eventsPerDay() < 1 || request.eventsPerDay() > 1_000_000) {
			throw new BadInputException("eventsPerDay must be between 1 and 1000000");
		}
		if (!end.isAfter(request.from())) {
			throw new BadInputException("nothing to generate: the range [" + request.from() + ", " + end
					+ ") is empty (traffic is never generated after the emulator's now)");
		}
	}

	/**
	 * Generates, telling {@code listener} after every day.
	 * @throws IllegalArgumentException for an empty or too long range, or a non-positive
	 * volume
	 */
	public GenerationResult generate(String workspaceId, GenerationRequest request, GenerationListener listener) {
		Workspace workspace = this.workspaces.require(workspaceId);
		ZoneId zone = workspace.timezone();
		Instant now = this.clock.now();
		Instant end = request.to().isAfter(now) ? now : request.to();
		check(request, end);
		// Whole local days, so a day's traffic is the same whichever range it is
		// generated in.
		Instant firstDay = TimeBucketer.unitStart(request.from(), BucketUnit.DAY, zone, DayOfWeek.MONDAY);
		List<TimeInterval> days = TimeBucketer.buckets(firstDay, end, BucketUnit.DAY, zone, DayOfWeek.MONDAY, MAX_DAYS);
		long startedAt = System.nanoTime();
		long cpuAtStart = THREADS.getCurrentThreadCpuTime();
		Sink sink = new Sink(workspaceId, request.from(), end);
		try (sink; GenerationProgress.Tracker tracker = this.progress.start(workspaceId, days.size())) {
			generateDays(workspaceId, request, zone, days, sink, tracker, listener, startedAt);
		}
		long nanos = System.nanoTime() - startedAt;
		// CPU time too (the generating and the writing thread's; an embedded database
		// works on the writer's): on a busy machine the wall-clock rate says little about
		// the code.
		long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart + sink.writerCpuNanos();
		logger.info(
				"Generated {} events ({} stored) for workspace '{}' in {} ms: {} events/s ({} ms of CPU, {} events "
						+ "per CPU second)",
				sink.generated, sink.stored(), workspaceId, nanos / 1_000_000, perSecond(sink.generated, nanos),
				cpuNanos / 1_000_000, perSecond(sink.generated, cpuNanos));
		return new GenerationResult(sink.generated, sink.stored(), sink.messages());
	}

	private void generateDays(String workspaceId, GenerationRequest request, ZoneId zone, List<TimeInterval> days,
			Sink sink, GenerationProgress.Tracker tracker, GenerationListener listener, long startedAt) {
		for (int i = 0; i < days.size(); i++) {
			if (Thread.currentThread().isInterrupted()) {
				throw new GenerationInterruptedException(workspaceId);
			}
			TimeInterval day = TimeBucketer.unitAt(days.get(i).start(), BucketUnit.DAY, zone, DayOfWeek.MONDAY);
			LocalDate date = TimeBucketer.localDate(day.start(), zone);
			for (Domain domain : request.domains()) {
				SplittableRandom random = new SplittableRandom(
						request.seed() * 1_000_003L + date.toEpochDay() * 131L + domain.ordinal());
				// Days differ: +-15% around the weekly rhythm.
				double noise = 0.85 + 0.3 * random.nextDouble();
				int budget = (int) Math
					.round(request.eventsPerDay() * share(domain) * weekly(date.getDayOfWeek()) * noise);
				DayTraffic traffic = new DayTraffic(request.seed(), date, day, random, sink);
				switch (domain) {
					case EMAIL -> traffic.newsletter(budget);
					case PUSH -> traffic.pushes(budget);
					case SMS -> traffic.sms(budget);
					case CONTACTS -> traffic.contacts(budget);
					case CHAT -> traffic.chat(budget);
				}
			}
			sink.flushIfFull();
			tracker.update(i + 1, sink.generated);
			listener.day(i + 1, days.size(), sink.generated, sink.stored());
			if ((i + 1) % 30 == 0 || i + 1 == days.size()) {
				logger.info("Generating traffic for workspace '{}': {}/{} days, {} events so far ({} s)", workspaceId,
						i + 1, days.size(), sink.generated, (System.nanoTime() - startedAt) / 1_000_000_000);
			}
		}
		sink.flush();
		sink.awaitWriter();
	}

	private static long perSecond(long events, long nanos) {
		return (nanos > 0) ? events * 1_000_000_000L / nanos : 0;
	}

	private static double share(Domain domain) {
		return switch (domain) {
			case EMAIL -> 0.40;
			case PUSH -> 0.35;
			case SMS -> 0.08;
			case CONTACTS -> 0.05;
			case CHAT -> 0.12;
		};
	}

	private static double weekly(DayOfWeek day) {
		return switch (day) {
			case SATURDAY -> 0.65;
			case SUNDAY -> 0.55;
			case MONDAY -> 1.10;
			default -> 1.0;
		};
	}

	/**
	 * Collects generated events and messages, keeps those inside the range, and stores
	 * them in chunks, in order, on a writer thread of its own: while one chunk is stored,
	 * the next is generated. Each chunk is a transaction of its own (all or nothing), as
	 * an ingest batch is.
	 */
	final class Sink implements AutoCloseable {

		private final String workspaceId;

		private final Instant from;

		private final Instant to;

		private List<Event> pending = new ArrayList<>();

		private List<MessageRegistration> pendingMessages = new ArrayList<>();

		private final ExecutorService writer;

		private @Nullable Future<?> inFlight;

		long generated;

		private final AtomicLong stored = new AtomicLong();

		private final AtomicInteger messages = new AtomicInteger();

		/** Stored events at which the planner's statistics are refreshed next. */
		private long analyzeAt = BATCH;

		/** CPU time of the writer thread. */
		private final AtomicLong writerCpuNanos = new AtomicLong();

		Sink(String workspaceId, Instant from, Instant to) {
			this.workspaceId = workspaceId;
			this.from = from;
			this.to = to;
			this.writer = Executors.newSingleThreadExecutor((task) -> {
				Thread thread = new Thread(task, "generation-writer-" + workspaceId);
				thread.setDaemon(true);
				return thread;
			});
		}

		void event(Event event) {
			if (!event.at().isBefore(this.from) && event.at().isBefore(this.to)) {
				this.pending.add(event);
				this.generated++;
			}
		}

		/**
		 * A message sent at {@code sendAt}. Its events all follow its send, so one sent
		 * at or after the end (the emulator's now at the latest) has none and would lie
		 * in the future: it is left out.
		 */
		void message(Instant sendAt, MessageRegistration message) {
			if (sendAt.isBefore(this.to)) {
				this.pendingMessages.add(message);
			}
		}

		long stored() {
			return this.stored.get();
		}

		int messages() {
			return this.messages.get();
		}

		long writerCpuNanos() {
			return this.writerCpuNanos.get();
		}

		void flushIfFull() {
			if (this.pending.size() >= BATCH) {
				flush();
			}
		}

		/** Hands what is pending to the writer, once the chunk before it is stored. */
		void flush() {
			if (this.pending.isEmpty() && this.pendingMessages.isEmpty()) {
				return;
			}
			List<Event> events = this.pending;
			List<MessageRegistration> messages = this.pendingMessages;
			this.pending = new ArrayList<>();
			this.pendingMessages = new ArrayList<>();
			awaitWriter();
			this.inFlight = this.writer.submit(() -> {
				long cpuAtStart = THREADS.getCurrentThreadCpuTime();
				try {
					store(events, messages);
				}
				finally {
					this.writerCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuAtStart);
				}
			});
		}

		private void store(List<Event> events, List<MessageRegistration> messages) {
			if (!messages.isEmpty()) {
				// Messages first, so the events' catalogue entries carry their metadata.
				TrafficGenerator.this.events.registerMessages(this.workspaceId, messages,
						TrafficGenerator.this.clock.now());
				this.messages.addAndGet(messages.size());
			}
			for (int i = 0; i < events.size(); i += BATCH) {
				IngestResult result = TrafficGenerator.this.events.ingestGenerated(this.workspaceId,
						events.subList(i, Math.min(events.size(), i + BATCH)));
				long stored = this.stored.addAndGet(result.stored());
				if (stored >= this.analyzeAt) {
					// The workspace has doubled since the planner last looked: the plans
					// of the next chunks' look-ups depend on it knowing.
					TrafficGenerator.this.events.refreshStatistics();
					this.analyzeAt = stored * 2;
				}
			}
		}

		/** Waits for the chunk being stored; its failure is the generation's. */
		void awaitWriter() {
			Future<?> chunk = this.inFlight;
			if (chunk == null) {
				return;
			}
			try {
				chunk.get();
				this.inFlight = null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new GenerationInterruptedException(this.workspaceId);
			}
			catch (ExecutionException ex) {
				this.inFlight = null;
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException("storing generated events failed", ex.getCause());
			}
		}

		/**
		 * Stops the writer. A chunk still in flight (the generation failed or was
		 * interrupted) is interrupted, as the generating thread itself was before.
		 */
		@Override
		public void close() {
			Future<?> chunk = this.inFlight;
			if (chunk != null) {
				chunk.cancel(true);
			}
			this.writer.shutdownNow();
		}

	}

}
