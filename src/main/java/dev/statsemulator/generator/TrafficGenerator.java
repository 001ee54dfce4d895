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
		Sink sink = new Sink(workspaceId, request.from(), end);
		long startedAt = System.nanoTime();
		long cpuAtStart = THREADS.getCurrentThreadCpuTime();
		try (GenerationProgress.Tracker tracker = this.progress.start(workspaceId, days.size())) {
			generateDays(workspaceId, request, zone, days, sink, tracker, listener, startedAt);
		}
		long nanos = System.nanoTime() - startedAt;
		// CPU time too: on a busy machine the wall-clock rate says little about the code.
		long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
		logger.info(
				"Generated {} events ({} stored) for workspace '{}' in {} ms: {} events/s ({} ms of CPU, {} events "
						+ "per CPU second)",
				sink.generated, sink.stored, workspaceId, nanos / 1_000_000, perSecond(sink.generated, nanos),
				cpuNanos / 1_000_000, perSecond(sink.generated, cpuNanos));
		return new GenerationResult(sink.generated, sink.stored, sink.messages);
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
			listener.day(i + 1, days.size(), sink.generated, sink.stored);
			if ((i + 1) % 30 == 0 || i + 1 == days.size()) {
				logger.info("Generating traffic for workspace '{}': {}/{} days, {} events so far ({} s)", workspaceId,
						i + 1, days.size(), sink.generated, (System.nanoTime() - startedAt) / 1_000_000_000);
			}
		}
		sink.flush();
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
	 * them in batches.
	 */
	final class Sink {

		private final String workspaceId;

		private final Instant from;

		private final Instant to;

		private final List<Event> pending = new ArrayList<>();

		private final List<MessageRegistration> pendingMessages = new ArrayList<>();

		long generated;

		long stored;

		int messages;

		Sink(String workspaceId, Instant from, Instant to) {
			this.workspaceId = workspaceId;
			this.from = from;
			this.to = to;
		}

		void event(Event event) {
			if (!event.at().isBefore(this.from) && event.at().isBefore(this.to)) {
				this.pending.add(event);
				this.generated++;
			}
		}

		void message(MessageRegistration message) {
			this.pendingMessages.add(message);
		}

		void flushIfFull() {
			if (this.pending.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			if (!this.pendingMessages.isEmpty()) {
				// Messages first, so the events' catalogue entries carry their metadata.
				TrafficGenerator.this.events.registerMessages(this.workspaceId, this.pendingMessages,
						TrafficGenerator.this.clock.now());
				this.messages += this.pendingMessages.size();
				this.pendingMessages.clear();
			}
			for (int i = 0; i < this.pending.size(); i += BATCH) {
				IngestResult result = TrafficGenerator.this.events.ingest(this.workspaceId,
						this.pending.subList(i, Math.min(this.pending.size(), i + BATCH)));
				this.stored += result.stored();
			}
			this.pending.clear();
		}

	}

}
