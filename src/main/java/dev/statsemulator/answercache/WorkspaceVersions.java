package dev.statsemulator.answercache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each workspace's write version: a number that every write which can change what the
 * workspace's reads answer moves on, after its commit and before the write's caller
 * returns. A result read from the database under one version is right for as long as that
 * version is current, so a reader takes the version before it reads, and keeps what it
 * read under that version.
 * <p>
 * Kept in this service's memory ({@code emulator.answer-cache.versions=local}, the
 * default), or in the database ({@code database}), where every service on the same
 * database sees every other's writes.
 */
@Component
public class WorkspaceVersions {

	private static final Logger logger = LoggerFactory.getLogger(WorkspaceVersions.class);

	/** Hands out every local version: a version never comes back for a workspace. */
	private final AtomicLong counter = new AtomicLong();

	/** The version of the last change of each workspace (local). */
	private final Map<String, Long> changed = new ConcurrentHashMap<>();

	/** The version of the last change of every workspace at once (local). */
	private final AtomicLong allChanged = new AtomicLong();

	private final boolean shared;

	private final WriteVersionRepository repository;

	/** The database's versions are moved on in a transaction of their own. */
	private final TransactionTemplate separately;

	WorkspaceVersions(AnswerCacheProperties properties, WriteVersionRepository repository,
			PlatformTransactionManager transactions) {
		this.shared = properties.versions() == AnswerCacheProperties.Versions.DATABASE;
		this.repository = repository;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The workspace's current version. */
	public long current(String workspaceId) {
		if (this.shared) {
			return this.repository.version(workspaceId);
		}
		return Math.max(this.changed.getOrDefault(workspaceId, 0L), this.allChanged.get());
	}

	/**
	 * The workspace's data changes: its version moves on when the current transaction
	 * ends (committed or not), or now when none is active.
	 */
	public void changed(String workspaceId) {
		afterTransaction(() -> {
			if (this.shared) {
				this.separately.executeWithoutResult((status) -> this.repository.moveOn(workspaceId));
			}
			else {
				this.changed.merge(workspaceId, this.counter.incrementAndGet(), Math::max);
			}
		});
	}

	/** Every workspace's data changes (see {@link #changed}). */
	public void changedAll() {
		afterTransaction(() -> {
			if (this.shared) {
				this.separately.executeWithoutResult((status) -> this.repository.moveAllOn());
			}
			else {
				this.allChanged.accumulateAndGet(this.counter.incrementAndGet(), Math::max);
			}
		});
	}

	private void afterTransaction(Runnable moveOn) {
		Runnable guarded = () -> {
			try {
				moveOn.run();
			}
			catch (DataAccessException ex) {
				// The write itself is done; its answer must not fail now. Until the next
				// write moves the version on, other services may answer from before it.
				logger.error("A workspace's write version could not be moved on in the database", ex);
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					guarded.run();
				}

			});
		}
		else {
			guarded.run();
		}
	}

}
