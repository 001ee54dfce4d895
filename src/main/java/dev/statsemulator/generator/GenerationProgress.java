package dev.statsemulator.generator;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The generations running now, by workspace, so the control API and the health endpoint
 * can say that a workspace's numbers are still growing, and how far along it is.
 */
@Component
public class GenerationProgress {

	private final Map<String, Tracker> running = new ConcurrentHashMap<>();

	/** How far a running generation is, or empty when none runs for the workspace. */
	public Optional<Snapshot> of(String workspaceId) {
		Tracker tracker = this.running.get(workspaceId);
		return (tracker != null) ? Optional.of(tracker.snapshot()) : Optional.empty();
	}

	Tracker start(String workspaceId, int days) {
		Tracker tracker = new Tracker(workspaceId, days, Instant.now());
		this.running.put(workspaceId, tracker);
		return tracker;
	}

	/**
	 * @param percent share of the days generated and stored, 0 to 99 (100 is a finished
	 * generation, which is no longer listed)
	 * @param events events generated so far
	 * @param daysDone days generated so far
	 * @param days days to generate
	 * @param startedAt when the generation started
	 */
	public record Snapshot(int percent, long events, int daysDone, int days, Instant startedAt) {
	}

	/** One running generation; closing it removes it. */
	final class Tracker implements AutoCloseable {

		private final String workspaceId;

		private final int days;

		private final Instant startedAt;

		private volatile int daysDone;

		private volatile long events;

		private Tracker(String workspaceId, int days, Instant startedAt) {
			this.workspaceId = workspaceId;
			this.days = days;
			this.startedAt = startedAt;
		}

		void update(int daysDone, long events) {
			this.daysDone = daysDone;
			this.events = events;
		}

		Snapshot snapshot() {
			// The last batch is still being stored when every day is generated.
			int percent = (this.days > 0) ? Math.min(99, (int) (100L * this.daysDone / this.days)) : 0;
			return new Snapshot(percent, this.events, this.daysDone, this.days, this.startedAt);
		}

		@Override
		public void close() {
			GenerationProgress.this.running.remove(this.workspaceId, this);
		}

	}

}
