package dev.statsemulator.snapshot;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.BatchConflictException;
import dev.statsemulator.eventstore.BatchError;
import dev.statsemulator.eventstore.CatalogueMessage;
import dev.statsemulator.eventstore.Event;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.IngestResult;
import dev.statsemulator.eventstore.InvalidBatchException;
import dev.statsemulator.eventstore.MessageRegistration;
import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.stereotype.Service;

/**
 * Snapshots of a workspace as one NDJSON stream: a {@code workspace} line (timezone and
 * settings without secrets), a {@code message} line per registered catalogue message,
 * then an {@code event} line per event in the order they were stored. Both directions
 * stream: memory does not grow with the number of events.
 */
@Service
public class Snapshots {

	static final int FORMAT = 1;

	/** Events per ingest transaction while importing. */
	static final int IMPORT_BATCH = 5_000;

	private final WorkspaceService workspaces;

	private final EventStore events;

	private final EmulatorClock clock;

	private final JsonMapper json;

	Snapshots(WorkspaceService workspaces, EventStore events, EmulatorClock clock, JsonMapper json) {
		this.workspaces = workspaces;
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * What an import did.
	 *
	 * @param workspace the workspace imported into
	 * @param created whether the import created it
	 * @param messages catalogue messages registered
	 * @param events events in the snapshot
	 * @param stored events stored
	 * @param duplicates events already stored with the same id and content
	 */
	public record ImportResult(String workspace, boolean created, int messages, long events, long stored,
			long duplicates) {
	}

	/**
	 * Writes the workspace's snapshot.
	 * @throws dev.statsemulator.workspace.WorkspaceNotFoundException for an unknown
	 * workspace
	 */
	public void export(String workspaceId, OutputStream out) {
		Workspace workspace = this.workspaces.require(workspaceId);
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		try {
			Map<String, Object> header = new LinkedHashMap<>();
			header.put("kind", "workspace");
			header.put("format", FORMAT);
			header.put("id", workspace.id());
			header.put("timezone", workspace.timezone().getId());
			header.put("settings", workspace.settings());
			header.put("exportedAt", this.clock.now().toString());
			line(writer, header);
			for (CatalogueMessage message : this.events.messages(workspaceId)) {
				if (message.registered()) {
					line(writer, messageLine(message));
				}
			}
			this.events.forEachEvent(workspaceId, (event) -> line(writer, eventLine(event)));
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void line(Writer writer, Object value) {
		try {
			writer.write(this.json.writeValueAsString(value));
			writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> messageLine(CatalogueMessage message) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("kind", "message");
		line.put("id", message.id());
		line.put("number", message.number());
		putIfSet(line, "application", message.application());
		putIfSet(line, "campaign", message.campaign());
		putIfSet(line, "channel", message.channel());
		putIfSet(line, "platforms", message.platforms());
		putIfSet(line, "name", message.name());
		putIfSet(line, "subject", message.subject());
		putIfSet(line, "title", message.title());
		putIfSet(line, "content", message.content());
		putIfSet(line, "template", message.template());
		putIfSet(line, "createdAt", (message.createdAt() != null) ? message.createdAt().toString() : null);
		putIfSet(line, "sendAt", (message.sendAt() != null) ? message.sendAt().toString() : null);
		putIfSet(line, "status", message.status());
		putIfSet(line, "source", message.source());
		putIfSet(line, "type", message.type());
		return line;
	}

	private static Map<String, Object> eventLine(Event event) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("kind", "event");
		putIfSet(line, "id", event.id());
		line.put("type", event.type().code());
		line.put("at", event.at().toString());
		line.put("channel", event.channel().code());
		putIfSet(line, "platform", (event.platform() != null) ? event.platform().code() : null);
		putIfSet(line, "message", event.message());
		putIfSet(line, "campaign", event.campaign());
		putIfSet(line, "application", event.application());
		putIfSet(line, "contact", event.contact());
		putIfSet(line, "user", event.user());
		putIfSet(line, "link", event.link());
		putIfSet(line, "bounce", (event.bounce() != null) ? event.bounce().code() : null);
		putIfSet(line, "reason", event.reason());
		putIfSet(line, "handled", event.handled());
		putIfSet(line, "name", event.name());
		putIfSet(line, "revenue", event.revenue());
		putIfSet(line, "currency", event.currency());
		if (event.room() != null) {
			Map<String, Object> room = new LinkedHashMap<>();
			room.put("id", event.room().id());
			putIfSet(room, "name", event.room().name());
			room.put("type", event.room().type());
			line.put("room", room);
		}
		putIfSet(line, "status", event.status());
		return line;
	}

	private static void putIfSet(Map<String, Object> line, String name, Object value) {
		if (value != null) {
			line.put(name, value);
		}
	}

	/**
	 * Imports a snapshot into a workspace: created (with the snapshot's timezone and no
	 * credentials) when it does not exist; an existing one must have the snapshot's
	 * timezone, and keeps its credentials. When a line is bad, what this import stored is
	 * removed again (the workspace's data is cleared, and a workspace it created is
	 * deleted).
	 * @throws SnapshotException for a bad line, naming it
	 */
	public ImportResult importInto(String workspaceId, InputStream in) {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
		boolean created = false;
		int lineNumber = 0;
		int messages = 0;
		long eventCount = 0;
		long stored = 0;
		long duplicates = 0;
		List<JsonNode> batch = new ArrayList<>(IMPORT_BATCH);
		int batchFirstLine = 0;
		try {
			String header = reader.readLine();
			lineNumber = 1;
			JsonNode workspace = parse(header, lineNumber);
			if (!"workspace".equals(workspace.path("kind").asString(null))) {
				throw new SnapshotException("line 1: a snapshot starts with its {\"kind\": \"workspace\", ...} line");
			}
			if (workspace.path("format").asInt(0) != FORMAT) {
				throw new SnapshotException("line 1, field 'format': this emulator reads snapshot format " + FORMAT);
			}
			String timezone = workspace.path("timezone").asString("UTC");
			if (this.workspaces.find(workspaceId).isEmpty()) {
				this.workspaces.put(workspaceId, WorkspaceSettings.inTimezone(timezone));
				created = true;
			}
			else if (!this.workspaces.require(workspaceId).timezone().getId().equals(timezone)) {
				throw new SnapshotException("Workspace '" + workspaceId + "' is in timezone "
						+ this.workspaces.require(workspaceId).timezone().getId() + ", the snapshot in " + timezone
						+ ": PUT the workspace with timezone " + timezone + " first, or import into a new workspace");
			}
			List<MessageRegistration> registrations = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = parse(line, lineNumber);
				String kind = node.path("kind").asString(null);
				if ("message".equals(kind)) {
					if (eventCount > 0) {
						throw new SnapshotException("line " + lineNumber + ": messages come before events");
					}
					registrations.add(registration(node, lineNumber));
				}
				else if ("event".equals(kind)) {
					if (!registrations.isEmpty()) {
						messages += register(workspaceId, registrations);
						registrations.clear();
					}
					if (batch.isEmpty()) {
						batchFirstLine = lineNumber;
					}
					((ObjectNode) node).remove("kind");
					batch.add(node);
					eventCount++;
					if (batch.size() == IMPORT_BATCH) {
						IngestResult result = ingest(workspaceId, batch, batchFirstLine);
						stored += result.stored();
						duplicates += result.duplicates();
						batch.clear();
					}
				}
				else {
					throw new SnapshotException(
							"line " + lineNumber + ", field 'kind': expected message or event, got " + kind);
				}
			}
			if (!registrations.isEmpty()) {
				messages += register(workspaceId, registrations);
			}
			if (!batch.isEmpty()) {
				IngestResult result = ingest(workspaceId, batch, batchFirstLine);
				stored += result.stored();
				duplicates += result.duplicates();
			}
			return new ImportResult(workspaceId, created, messages, eventCount, stored, duplicates);
		}
		catch (IOException ex) {
			undo(workspaceId, created);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			undo(workspaceId, created);
			throw ex;
		}
	}

	private void undo(String workspaceId, boolean created) {
		if (created) {
			this.workspaces.find(workspaceId).ifPresent((workspace) -> this.workspaces.delete(workspaceId));
		}
		else if (this.workspaces.find(workspaceId).isPresent()) {
			this.events.clear(workspaceId);
		}
	}

	private int register(String workspaceId, List<MessageRegistration> registrations) {
		try {
			return this.events.registerMessages(workspaceId, registrations, this.clock.now()).size();
		}
		catch (InvalidBatchException ex) {
			throw new SnapshotException("message lines: " + describe(ex.errors()), ex);
		}
	}

	private IngestResult ingest(String workspaceId, List<JsonNode> batch, int firstLine) {
		try {
			return this.events.ingestJson(workspaceId, batch);
		}
		catch (InvalidBatchException ex) {
			throw new SnapshotException(lines(ex.errors(), firstLine), ex);
		}
		catch (BatchConflictException ex) {
			throw new SnapshotException(lines(ex.conflicts(), firstLine), ex);
		}
	}

	/** Event batches hold only event lines, one per line, from {@code firstLine}. */
	private static String lines(List<BatchError> errors, int firstLine) {
		List<String> described = new ArrayList<>();
		for (BatchError error : errors.subList(0, Math.min(errors.size(), 10))) {
			described
				.add("line " + (firstLine + error.index()) + ", field '" + error.field() + "': " + error.message());
		}
		return String.join("; ", described);
	}

	private static String describe(List<BatchError> errors) {
		return String.join("; ",
				errors.stream().limit(10).map((error) -> error.field() + ": " + error.message()).toList());
	}

	private MessageRegistration registration(JsonNode node, int lineNumber) {
		((ObjectNode) node).remove("kind");
		try {
			return this.json.readerFor(MessageRegistration.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(node);
		}
		catch (JacksonException ex) {
			throw new SnapshotException("line " + lineNumber + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private JsonNode parse(String line, int lineNumber) {
		if (line == null) {
			throw new SnapshotException("The snapshot is empty");
		}
		try {
			JsonNode node = this.json.readTree(line);
			if (!node.isObject()) {
				throw new SnapshotException("line " + lineNumber + ": expected a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new SnapshotException("line " + lineNumber + ": not JSON: " + ex.getOriginalMessage(), ex);
		}
	}

}
