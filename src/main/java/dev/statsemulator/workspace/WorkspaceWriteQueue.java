package dev.statsemulator.workspace;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Writes to one workspace (ingest on the embedded database, catalogue writes, settings,
 * delete) wait their turn here, first come first served, before their transaction starts.
 * The embedded database gives up on a row lock after a short timeout, so without this
 * queue concurrent writers to one workspace would fail instead of waiting. A writer that
 * waits longer than {@code emulator.writes.max-queue-wait} gets
 * {@link WorkspaceBusyException} (a 503 with Retry-After): that is a real overload.
 * <p>
 * Every write also holds a shared turn on the whole store ({@link #shared}); a reset
 * takes it exclusively ({@link #exclusive}): it waits for the writes in progress, and the
 * writes that arrive meanwhile wait for it, so a reset never interleaves with a write.
 */
@Component
public class WorkspaceWriteQueue {

	private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

	private final Duration maxWait;

	/**
	 * Writes share it, a reset holds it alone; fair, so a waiting reset is not starved.
	 */
	private final ReentrantReadWriteLock store = new ReentrantReadWriteLock(true);

	WorkspaceWriteQueue(Settings settings) {
		this.maxWait = settings.maxQueueWait();
	}

	/**
	 * @param maxQueueWait how long a write waits for the writes queued before it on the
	 * same workspace before it is answered 503
	 */
	@Validated
	@ConfigurationProperties("emulator.writes")
	public record Settings(@NotNull @DefaultValue("60s") Duration maxQueueWait) {
	}

	/**
	 * Runs {@code write} once the writes to the workspace queued before it are done. A
	 * thread already writing to the workspace goes on at once.
	 * @throws WorkspaceBusyException when the wait exceeds the bound
	 */
	public <T> T run(String workspaceId, Supplier<T> write) {
		return shared(workspaceId, () -> inTurn(workspaceId, write));
	}

	/**
	 * Runs a write that needs no turn of its workspace (PostgreSQL's side-by-side ingest)
	 * while no reset runs.
	 * @throws WorkspaceBusyException when a reset holds the store longer than the bound
	 */
	public <T> T shared(String workspaceId, Supplier<T> write) {
		return holding(this.store.readLock(), workspaceId, write);
	}

	/**
	 * Runs {@code write} (a reset) alone: once every write in progress is done, while
	 * every other write waits.
	 * @throws WorkspaceBusyException when the writes in progress take longer than the
	 * bound
	 */
	public <T> T exclusive(Supplier<T> write) {
		return holding(this.store.writeLock(), "*", write);
	}

	private <T> T holding(Lock lock, String workspaceId, Supplier<T> write) {
		boolean acquired;
		try {
			acquired = lock.tryLock(this.maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WorkspaceBusyException(workspaceId, retryAfterSeconds());
		}
		if (!acquired) {
			throw new WorkspaceBusyException(workspaceId, retryAfterSeconds());
		}
		try {
			return write.get();
		}
		finally {
			lock.unlock();
		}
	}

	private <T> T inTurn(String workspaceId, Supplier<T> write) {
		Turn turn = this.turns.compute(workspaceId, (id, existing) -> {
			Turn next = (existing != null) ? existing : new Turn();
			next.users++;
			return next;
		});
		try {
			return holding(turn.lock, workspaceId, write);
		}
		finally {
			this.turns.computeIfPresent(workspaceId, (id, existing) -> (--existing.users == 0) ? null : existing);
		}
	}

	public void run(String workspaceId, Runnable write) {
		run(workspaceId, () -> {
			write.run();
			return null;
		});
	}

	private long retryAfterSeconds() {
		return Math.max(1, this.maxWait.toSeconds() / 4);
	}

	/** One workspace's queue: a fair lock and how many threads use it. */
	private static final class Turn {

		private final ReentrantLock lock = new ReentrantLock(true);

		private int users;

	}

}
