package dev.statsemulator.reset;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.faults.FaultInjection;
import dev.statsemulator.generator.DemoWorkspace;
import dev.statsemulator.journal.RequestJournal;
import dev.statsemulator.seeding.InitDirectory;
import dev.statsemulator.workspace.AllWorkspacesDeleted;
import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceWriteQueue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting over, for test suites that reset before every test: the whole emulator, or one
 * workspace's data.
 */
@Service
public class EmulatorReset {

	private static final Logger logger = LoggerFactory.getLogger(EmulatorReset.class);

	private final WorkspaceService workspaces;

	private final EventStore events;

	private final RequestJournal journal;

	private final FaultInjection faults;

	private final EmulatorClock clock;

	private final DemoWorkspace demo;

	private final InitDirectory initDirectory;

	private final WorkspaceWriteQueue writeQueue;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher publisher;

	EmulatorReset(WorkspaceService workspaces, EventStore events, RequestJournal journal, FaultInjection faults,
			EmulatorClock clock, DemoWorkspace demo, InitDirectory initDirectory, WorkspaceWriteQueue writeQueue,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.writeQueue = writeQueue;
		this.transactions = new TransactionTemplate(transactionManager);
		this.workspaces = workspaces;
		this.events = events;
		this.journal = journal;
		this.faults = faults;
		this.clock = clock;
		this.demo = demo;
		this.initDirectory = initDirectory;
	}

	/**
	 * What a reset did.
	 *
	 * @param deletedWorkspaces the workspaces deleted
	 * @param seededFiles the init directory's files applied again
	 * @param demo whether the demo workspace is being generated again
	 * @param millis how long the reset took
	 */
	public record Outcome(List<String> deletedWorkspaces, int seededFiles, boolean demo, long millis) {
	}

	/**
	 * Deletes every workspace, forgets the journal, every fault and every failed-login
	 * count (by {@link AllWorkspacesDeleted}), releases the clock; the data tables are
	 * truncated (not deleted row by row) while no other write runs, then the workspaces
	 * and credentials deleted, in one transaction. Then applies the init directory again
	 * (when {@code reseed} and one is set) and starts generating the demo workspace again
	 * (when {@code demo}).
	 */
	public Outcome resetAll(boolean reseed, boolean demo) {
		long started = System.nanoTime();
		List<String> deleted = new ArrayList<>();
		this.writeQueue.exclusive(() -> this.transactions.execute((status) -> {
			deleted.clear();
			this.events.clearAll();
			for (Workspace workspace : this.workspaces.list()) {
				// The data is gone already: this deletes the settings and credentials,
				// and tells the journal and faults.
				this.workspaces.delete(workspace.id());
				deleted.add(workspace.id());
			}
			return null;
		}));
		this.publisher.publishEvent(new AllWorkspacesDeleted());
		this.journal.clearAll();
		this.faults.clearAll();
		this.clock.release();
		int seeded = reseed ? this.initDirectory.apply() : 0;
		if (demo) {
			this.demo.recreate();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		logger.info("Reset: {} workspace(s) deleted, {} init file(s) applied, demo {} ({} ms)", deleted.size(), seeded,
				demo ? "regenerating" : "not created", millis);
		return new Outcome(List.copyOf(deleted), seeded, demo, millis);
	}

	/**
	 * Clears one workspace: its events, catalogue, rooms, journal and faults; its
	 * settings and credentials stay. Releases the clock.
	 * @return how long it took, in milliseconds
	 * @throws dev.statsemulator.workspace.WorkspaceNotFoundException for an unknown
	 * workspace
	 */
	public long resetWorkspace(String workspaceId) {
		long started = System.nanoTime();
		this.events.clear(workspaceId);
		this.journal.clear(workspaceId);
		this.faults.clear(workspaceId);
		this.clock.release();
		return (System.nanoTime() - started) / 1_000_000;
	}

}
