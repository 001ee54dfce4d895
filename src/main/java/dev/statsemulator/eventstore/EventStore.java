package dev.statsemulator.eventstore;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.answercache.AnswerCache;
import dev.statsemulator.answercache.WorkspaceVersions;
import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceDeleted;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceTimezoneChanged;
import dev.statsemulator.workspace.WorkspaceWriteQueue;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store's facade: validates and stores events all-or-nothing, de-duplicates
 * them by id, and keeps the pre-aggregated count buckets and first-occurrence records in
 * step, in the same transaction. What depends on earlier writes to a workspace (its
 * catalogue, first occurrences and buckets) is written under a lock on its row. Every
 * write moves the workspace's write version on ({@link WorkspaceVersions}) once it is
 * committed and before it returns, so no cached answer outlives it.
 */
@Service
public class EventStore {

	/**
	 * How often a batch that looks its ids up inserts: each retry follows a batch in
	 * flight that committed some of the same ids, of which there are at most as many as
	 * concurrent requests.
	 */
	private static final int MAX_INSERT_ATTEMPTS = 100;

	private final WorkspaceService workspaces;

	private final EventRepository events;

	private final MessageCatalogueStore catalogue;

	private final ChatRoomStore rooms;

	private final FirstTouchStore firstTouches;

	private final BucketStore buckets;

	private final DayRollupStore dayRollup;

	private final LocalDays localDays;

	private final TransactionTemplate transactions;

	private final WorkspaceWriteQueue writeQueue;

	private final PlannerStatistics statistics;

	private final WorkspaceVersions versions;

	private final AnswerCache answers;

	EventStore(WorkspaceWriteQueue writeQueue, WorkspaceService workspaces, EventRepository events,
			MessageCatalogueStore catalogue, ChatRoomStore rooms, FirstTouchStore firstTouches, BucketStore buckets,
			DayRollupStore dayRollup, LocalDays localDays, PlannerStatistics statistics,
			PlatformTransactionManager transactionManager, WorkspaceVersions versions, AnswerCache answers) {
		this.statistics = statistics;
		this.versions = versions;
		this.answers = answers;
		this.transactions = new TransactionTemplate(transactionManager);
		this.writeQueue = writeQueue;
		this.workspaces = workspaces;
		this.events = events;
		this.catalogue = catalogue;
		this.rooms = rooms;
		this.firstTouches = firstTouches;
		this.buckets = buckets;
		this.dayRollup = dayRollup;
		this.localDays = localDays;
	}

	/**
	 * Validates and stores JSON events.
	 * @throws InvalidBatchException when any event is invalid (nothing is stored)
	 * @throws BatchConflictException when an id was stored before with other content
	 * @throws dev.statsemulator.workspace.WorkspaceNotFoundException for an unknown
	 * workspace
	 */
	public IngestResult ingestJson(String workspaceId, List<JsonNode> nodes) {
		List<BatchError> errors = new ArrayList<>();
		List<Event> parsed = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			parsed.add(EventParser.parse(i, nodes.get(i), errors));
		}
		if (!errors.isEmpty()) {
			this.workspaces.require(workspaceId);
			throw new InvalidBatchException("events", errors);
		}
		return ingest(workspaceId, parsed);
	}

	/**
	 * Stores already validated events, all-or-nothing, in a transaction of its own; see
	 * {@link #ingestJson}.
	 */
	public IngestResult ingest(String workspaceId, List<Event> batch) {
		IngestBatch prepared = IngestBatch.of(batch);
		IngestResult result;
		try {
			if (this.events.insertsSideBySide()) {
				// PostgreSQL: batches insert side by side and wait for the workspace's
				// row
				// lock without a timeout; queueing them here would serialize the inserts.
				result = this.writeQueue.shared(workspaceId,
						() -> this.transactions.execute((status) -> store(workspaceId, prepared, status)));
			}
			else {
				// The embedded database locks the workspace first and gives up on a lock
				// after a timeout: batches wait their turn here instead.
				result = this.writeQueue.run(workspaceId,
						() -> this.transactions.execute((status) -> store(workspaceId, prepared, status)));
			}
		}
		finally {
			this.versions.changed(workspaceId);
		}
		IngestMeters.record(result);
		this.statistics.stored(result.stored());
		return result;
	}

	/**
	 * Stores generated events, all-or-nothing, in a transaction of its own, with the same
	 * outcome as {@link #ingest}: the same events, duplicates and conflicts, catalogue,
	 * first occurrences and count buckets. What differs is only how: on the embedded
	 * database the batch takes the workspace's lock first (as every batch there does) and
	 * then inserts its events without looking their ids up, which a fresh series never
	 * needs; an insert that meets a stored id is undone and the batch looks its ids up as
	 * {@link #ingest} does. On PostgreSQL it is {@link #ingest}.
	 */
	public IngestResult ingestGenerated(String workspaceId, List<Event> batch) {
		IngestBatch prepared = IngestBatch.of(batch);
		IngestResult result;
		try {
			if (this.events.insertsSideBySide()) {
				result = this.transactions.execute((status) -> store(workspaceId, prepared, status));
			}
			else {
				result = this.writeQueue.run(workspaceId, () -> this.transactions.execute((status) -> {
					this.workspaces.lockForWrite(workspaceId);
					return store(workspaceId, prepared, status, true);
				}));
			}
		}
		finally {
			this.versions.changed(workspaceId);
		}
		IngestMeters.record(result);
		return result;
	}

	/**
	 * Brings the database's planner statistics of the first occurrences up to date
	 * (PostgreSQL; nothing elsewhere), as autovacuum would, but at once: a generation
	 * grows a workspace from nothing within seconds, before autovacuum looks, and the
	 * plan of the look-up of first occurrences is chosen by these statistics (without
	 * them, a demo's look-ups took 13.6 of its 28.6 seconds).
	 */
	public void refreshStatistics() {
		this.events.analyze();
	}

	private IngestResult store(String workspaceId, IngestBatch batch, TransactionStatus status) {
		return store(workspaceId, batch, status, this.events.insertsSideBySide());
	}

	/**
	 * Stores a batch. On PostgreSQL the events go in first, without the workspace's lock,
	 * so batches to one workspace insert their events side by side, and the unique index
	 * on ids de-duplicates them. When that insert reports an id stored before (a re-sent
	 * event) or would wait for a batch in flight with one of its ids, it is undone, and
	 * the batch looks its ids up and inserts the rest, one such batch at a time per
	 * workspace; an id that a batch in flight stores meanwhile shows up as a duplicate
	 * once that batch commits, and the batch looks again. Then, under the workspace's
	 * lock, the catalogue, first occurrences and count buckets, which depend on what was
	 * stored before.
	 */
	private IngestResult store(String workspaceId, IngestBatch batch, TransactionStatus status, boolean insertFirst) {
		// Unknown workspaces are refused before anything is written.
		this.workspaces.require(workspaceId);
		List<Event> fresh = batch.firstOfEachId();
		int duplicates = batch.duplicatesInBatch();
		boolean lookUpIds = !batch.conflicts().isEmpty() || !insertFirst;
		if (!lookUpIds && !fresh.isEmpty()) {
			Object savepoint = status.createSavepoint();
			try {
				if (this.events.insertsSideBySide()) {
					this.events.insertWithoutWaiting(workspaceId, fresh);
				}
				else {
					// The embedded database: under the workspace's lock already.
					this.events.insert(workspaceId, fresh);
				}
				status.releaseSavepoint(savepoint);
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
				status.rollbackToSavepoint(savepoint);
				lookUpIds = true;
			}
		}
		Workspace locked = null;
		if (lookUpIds) {
			if (this.events.insertsSideBySide()) {
				this.events.serializeIdChecks(workspaceId);
			}
			else {
				// Re-entrant: a generated batch holds it already.
				locked = this.workspaces.lockForWrite(workspaceId);
			}
			for (int attempt = 1; !fresh.isEmpty(); attempt++) {
				List<Event> unstored = unstored(workspaceId, batch, fresh);
				duplicates += fresh.size() - unstored.size();
				fresh = unstored;
				if (fresh.isEmpty()) {
					break;
				}
				Object savepoint = status.createSavepoint();
				try {
					this.events.insert(workspaceId, fresh);
					status.releaseSavepoint(savepoint);
					break;
				}
				catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
					// A batch that inserted first committed one of the ids: look again.
					status.rollbackToSavepoint(savepoint);
					if (attempt == MAX_INSERT_ATTEMPTS) {
						throw ex;
					}
				}
			}
		}
		ZoneId zone = ((locked != null) ? locked : this.workspaces.lockForWrite(workspaceId)).timezone();
		if (!fresh.isEmpty()) {
			this.catalogue.ensureFromEvents(workspaceId, fresh);
			this.rooms.ensureRooms(workspaceId, fresh);
			this.dayRollup.ensure(workspaceId, zone);
			BucketDeltas deltas = new BucketDeltas(this.localDays, zone);
			fresh.forEach(deltas::add);
			this.firstTouches.apply(workspaceId, fresh, deltas);
			this.buckets.apply(workspaceId, deltas);
		}
		return new IngestResult(batch.size(), fresh.size(), duplicates);
	}

	/**
	 * The events whose id is not stored yet; the others are duplicates when their content
	 * is the same.
	 * @throws BatchConflictException when the batch uses an id for two contents, or one
	 * stored before for other content
	 */
	private List<Event> unstored(String workspaceId, IngestBatch batch, List<Event> events) {
		List<BatchError> conflicts = new ArrayList<>(batch.conflicts());
		Map<String, String> stored = this.events.hashesOf(workspaceId,
				events.stream().map(Event::id).filter(Objects::nonNull).toList());
		List<Event> unstored = new ArrayList<>(events.size());
		for (Event event : events) {
			String storedHash = (event.id() != null) ? stored.get(event.id()) : null;
			if (storedHash == null) {
				unstored.add(event);
			}
			else if (!storedHash.equals(event.contentHash())) {
				conflicts.add(new BatchError(batch.indexOf(event.id()), "id",
						"id '" + event.id() + "' was stored before with other content"));
			}
		}
		if (!conflicts.isEmpty()) {
			throw new BatchConflictException(
					conflicts.size() + " event id(s) already used for other content; nothing was stored", conflicts);
		}
		return unstored;
	}

	/**
	 * Registers or updates message metadata, all-or-nothing.
	 * @throws InvalidBatchException when any message is invalid
	 * @throws BatchConflictException when a number belongs to another message
	 */
	public List<CatalogueMessage> registerMessages(String workspaceId, List<MessageRegistration> messages,
			Instant now) {
		try {
			return this.writeQueue.run(workspaceId, () -> this.transactions.execute((status) -> {
				this.workspaces.lockForWrite(workspaceId);
				return this.catalogue.register(workspaceId, messages, now);
			}));
		}
		finally {
			// Listings read the catalogue (a message's campaign and application).
			this.versions.changed(workspaceId);
		}
	}

	public List<CatalogueMessage> messages(String workspaceId) {
		return this.catalogue.list(workspaceId);
	}

	/** The catalogue messages of one application. */
	public List<CatalogueMessage> messagesOfApplication(String workspaceId, String application) {
		return this.catalogue.listOfApplication(workspaceId, application);
	}

	public Optional<CatalogueMessage> message(String workspaceId, String id) {
		return this.catalogue.find(workspaceId, id);
	}

	public Optional<CatalogueMessage> messageByNumber(String workspaceId, long number) {
		return this.catalogue.findByNumber(workspaceId, number);
	}

	/** The workspace's chat rooms, by id. */
	public List<Room> rooms(String workspaceId) {
		return this.answers.get(workspaceId, RoomsKey.ALL, () -> List.copyOf(this.rooms.rooms(workspaceId)),
				(rooms) -> 32 + rooms.size() * 160);
	}

	/** The key of the cached room list. */
	private enum RoomsKey {

		ALL

	}

	/**
	 * Deletes the workspace's events, catalogue, rooms and counts, keeping the workspace
	 * and its credentials, all-or-nothing, while no other write runs. A table that holds
	 * only this workspace's rows is truncated; from the others its rows go in one
	 * set-based delete per table (so the time does not grow with the events when the
	 * workspace is the only one with data, the usual case in a test suite).
	 * @throws dev.statsemulator.workspace.WorkspaceNotFoundException for an unknown
	 * workspace
	 */
	public void clear(String workspaceId) {
		try {
			this.writeQueue.exclusive(() -> this.transactions.execute((status) -> {
				this.workspaces.lockForWrite(workspaceId);
				this.events.clearWorkspace(workspaceId);
				return null;
			}));
		}
		finally {
			this.versions.changed(workspaceId);
		}
	}

	/**
	 * Deletes every workspace's events, catalogue, rooms and counts (truncating the
	 * tables), in the caller's transaction; the caller holds
	 * {@link WorkspaceWriteQueue#exclusive}.
	 */
	@Transactional
	public void clearAll() {
		this.events.truncateAll();
		this.versions.changedAll();
	}

	/**
	 * Hands every event of the workspace to {@code consumer}, in the order stored,
	 * streaming: memory does not grow with the number of events.
	 */
	@Transactional(readOnly = true)
	public void forEachEvent(String workspaceId, java.util.function.Consumer<Event> consumer) {
		this.events.forEach(workspaceId, consumer);
	}

	/** Day buckets follow the workspace's zone at once, not only at the next ingest. */
	@EventListener
	void on(WorkspaceTimezoneChanged changed) {
		this.dayRollup.ensure(changed.workspaceId(), changed.timezone());
		this.versions.changed(changed.workspaceId());
	}

	@EventListener
	void on(WorkspaceDeleted deleted) {
		this.events.deleteWorkspace(deleted.workspaceId());
		this.versions.changed(deleted.workspaceId());
	}

}
