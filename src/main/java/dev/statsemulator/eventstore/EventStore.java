package dev.statsemulator.eventstore;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.workspace.WorkspaceDeleted;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceTimezoneChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event store's facade: validates and stores events all-or-nothing, de-duplicates
 * them by id, and keeps the pre-aggregated count buckets and first-occurrence records in
 * step, in the same transaction. Writes to one workspace are serialized by a lock on its
 * row.
 */
@Service
public class EventStore {

	private final WorkspaceService workspaces;

	private final EventRepository events;

	private final MessageCatalogue catalogue;

	private final FirstTouches firstTouches;

	private final BucketWriter buckets;

	private final DayRollup dayRollup;

	private final LocalDays localDays;

	EventStore(WorkspaceService workspaces, EventRepository events, MessageCatalogue catalogue,
			FirstTouches firstTouches, BucketWriter buckets, DayRollup dayRollup, LocalDays localDays) {
		this.workspaces = workspaces;
		this.events = events;
		this.catalogue = catalogue;
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
	@Transactional
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

	/** Stores already validated events; see {@link #ingestJson}. */
	@Transactional
	public IngestResult ingest(String workspaceId, List<Event> batch) {
		ZoneId zone = this.workspaces.lockForWrite(workspaceId).timezone();
		Map<String, Integer> indexById = new HashMap<>();
		List<BatchError> conflicts = new ArrayList<>();
		List<Event> fresh = new ArrayList<>(batch.size());
		List<Event> identified = new ArrayList<>();
		int duplicates = 0;
		for (int i = 0; i < batch.size(); i++) {
			Event event = batch.get(i);
			if (event.id() == null) {
				fresh.add(event);
				continue;
			}
			Integer earlier = indexById.putIfAbsent(event.id(), i);
			if (earlier == null) {
				identified.add(event);
			}
			else if (batch.get(earlier).contentHash().equals(event.contentHash())) {
				duplicates++;
			}
			else {
				conflicts.add(new BatchError(i, "id",
						"id '" + event.id() + "' is used by event " + earlier + " of this batch with other content"));
			}
		}
		Map<String, String> stored = this.events.hashesOf(workspaceId, identified.stream().map(Event::id).toList());
		for (Event event : identified) {
			String storedHash = stored.get(event.id());
			if (storedHash == null) {
				fresh.add(event);
			}
			else if (storedHash.equals(event.contentHash())) {
				duplicates++;
			}
			else {
				conflicts.add(new BatchError(indexById.get(event.id()), "id",
						"id '" + event.id() + "' was stored before with other content"));
			}
		}
		if (!conflicts.isEmpty()) {
			throw new BatchConflictException(
					conflicts.size() + " event id(s) already used for other content; nothing was stored", conflicts);
		}
		if (!fresh.isEmpty()) {
			this.events.insert(workspaceId, fresh);
			this.catalogue.ensureFromEvents(workspaceId, fresh);
			this.catalogue.ensureRooms(workspaceId, fresh);
			this.dayRollup.ensure(workspaceId, zone);
			BucketDeltas deltas = new BucketDeltas(this.localDays, zone);
			fresh.forEach(deltas::add);
			this.firstTouches.apply(workspaceId, fresh, deltas);
			this.buckets.apply(workspaceId, deltas);
		}
		return new IngestResult(batch.size(), fresh.size(), duplicates);
	}

	/**
	 * Registers or updates message metadata, all-or-nothing.
	 * @throws InvalidBatchException when any message is invalid
	 * @throws BatchConflictException when a number belongs to another message
	 */
	@Transactional
	public List<CatalogueMessage> registerMessages(String workspaceId, List<MessageRegistration> messages,
			Instant now) {
		this.workspaces.lockForWrite(workspaceId);
		return this.catalogue.register(workspaceId, messages, now);
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

	public List<Room> rooms(String workspaceId) {
		return this.catalogue.rooms(workspaceId);
	}

	/** Day buckets follow the workspace's zone at once, not only at the next ingest. */
	@EventListener
	void on(WorkspaceTimezoneChanged changed) {
		this.dayRollup.ensure(changed.workspaceId(), changed.timezone());
	}

	@EventListener
	void on(WorkspaceDeleted deleted) {
		this.events.deleteWorkspace(deleted.workspaceId());
	}

}
