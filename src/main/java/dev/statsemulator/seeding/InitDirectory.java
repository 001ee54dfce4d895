package dev.statsemulator.seeding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.BatchConflictException;
import dev.statsemulator.eventstore.BatchError;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.IngestResult;
import dev.statsemulator.eventstore.InvalidBatchException;
import dev.statsemulator.eventstore.MessageRegistration;
import dev.statsemulator.workspace.CredentialConflictException;
import dev.statsemulator.workspace.InvalidWorkspaceException;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds workspaces from files at every start ({@code emulator.init-dir}): one
 * sub-directory per workspace, named by its id, with {@code workspace.json} (the body of
 * PUT /workspaces/{id}), {@code messages.json} (an array, as POST .../messages) and
 * {@code *.ndjson} event files (one event per line, applied in name order). Applying is
 * idempotent: an unchanged workspace is not written again, messages are registered with
 * the same content, and events come back as duplicates by their ids (give every seeded
 * event an {@code id}). Bad content stops the start with the file, line and field.
 */
@Component
public class InitDirectory implements SmartInitializingSingleton {

	static final String WORKSPACE_FILE = "workspace.json";

	static final String MESSAGES_FILE = "messages.json";

	private static final Logger logger = LoggerFactory.getLogger(InitDirectory.class);

	private final SeedingProperties properties;

	private final WorkspaceService workspaces;

	private final EventStore events;

	private final EmulatorClock clock;

	private final JsonMapper json;

	InitDirectory(SeedingProperties properties, WorkspaceService workspaces, EventStore events, EmulatorClock clock,
			JsonMapper json) {
		this.properties = properties;
		this.workspaces = workspaces;
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Seeds once every bean is ready and before the web server starts, so a client never
	 * sees the service healthy but not yet seeded.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		apply();
	}

	/**
	 * Applies the init directory, if one is set.
	 * @return how many files were applied
	 * @throws InitDirectoryException for bad content, naming file, line and field
	 */
	public int apply() {
		if (this.properties.initDir() == null || this.properties.initDir().isBlank()) {
			return 0;
		}
		Path root = Path.of(this.properties.initDir());
		if (!Files.isDirectory(root)) {
			throw new InitDirectoryException("emulator.init-dir '" + root + "' is not a directory");
		}
		int files = 0;
		for (Path directory : list(root, Files::isDirectory)) {
			files += applyWorkspace(directory.getFileName().toString(), directory);
		}
		logger.info("Init directory {}: {} file(s) applied", root, files);
		return files;
	}

	private int applyWorkspace(String id, Path directory) {
		int files = 0;
		Path workspaceFile = directory.resolve(WORKSPACE_FILE);
		WorkspaceSettings settings = Files.exists(workspaceFile) ? readSettings(workspaceFile)
				: WorkspaceSettings.inTimezone(null);
		if (this.workspaces.isUpToDate(id, settings)) {
			logger.info("Init directory: {} unchanged", describe(workspaceFile));
		}
		else {
			try {
				boolean created = this.workspaces.put(id, settings).created();
				logger.info("Init directory: {} {}", describe(workspaceFile),
						created ? "created workspace '" + id + "'" : "updated workspace '" + id + "'");
			}
			catch (InvalidWorkspaceException ex) {
				throw new InitDirectoryException(
						"Init directory: " + describe(workspaceFile) + ": " + String.join("; ", ex.problems()), ex);
			}
			catch (CredentialConflictException ex) {
				throw new InitDirectoryException("Init directory: " + describe(workspaceFile) + ": " + ex.getMessage(),
						ex);
			}
		}
		files++;
		Path messagesFile = directory.resolve(MESSAGES_FILE);
		if (Files.exists(messagesFile)) {
			applyMessages(id, messagesFile);
			files++;
		}
		for (Path eventFile : list(directory, (path) -> path.getFileName().toString().endsWith(".ndjson"))) {
			applyEvents(id, eventFile);
			files++;
		}
		return files;
	}

	private WorkspaceSettings readSettings(Path file) {
		try {
			return this.json.readerFor(WorkspaceSettings.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(file.toFile());
		}
		catch (JacksonException ex) {
			throw new InitDirectoryException(
					"Init directory: " + describe(file) + where(ex) + ": " + ex.getOriginalMessage() + field(ex), ex);
		}
	}

	private void applyMessages(String id, Path file) {
		List<MessageRegistration> messages = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (JsonParser parser = this.json.createParser(file.toFile())) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new InitDirectoryException("Init directory: " + describe(file) + " line "
						+ parser.currentTokenLocation().getLineNr() + ": expected a JSON array of messages");
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				lines.add(parser.currentTokenLocation().getLineNr());
				JsonNode node = parser.readValueAsTree();
				try {
					messages.add(this.json.readerFor(MessageRegistration.class)
						.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
						.readValue(node));
				}
				catch (JacksonException ex) {
					throw new InitDirectoryException("Init directory: " + describe(file) + " line "
							+ lines.get(lines.size() - 1) + ": " + ex.getOriginalMessage() + field(ex), ex);
				}
			}
		}
		catch (JacksonException ex) {
			throw new InitDirectoryException(
					"Init directory: " + describe(file) + where(ex) + ": " + ex.getOriginalMessage(), ex);
		}
		try {
			this.events.registerMessages(id, messages, this.clock.now());
		}
		catch (InvalidBatchException ex) {
			throw batchError(file, ex.errors(), lines);
		}
		catch (BatchConflictException ex) {
			throw batchError(file, ex.conflicts(), lines);
		}
		logger.info("Init directory: {} registered {} message(s)", describe(file), messages.size());
	}

	private void applyEvents(String id, Path file) {
		List<JsonNode> nodes = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (Stream<String> stream = Files.lines(file)) {
			int lineNumber = 0;
			for (String line : (Iterable<String>) stream::iterator) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = this.json.readTree(line);
				}
				catch (JacksonException ex) {
					throw new InitDirectoryException("Init directory: " + describe(file) + " line " + lineNumber
							+ ": not a JSON event: " + ex.getOriginalMessage(), ex);
				}
				if (node.isObject() && !node.path("id").isString()) {
					// Without ids, every start would store the events again.
					throw new InitDirectoryException("Init directory: " + describe(file) + " line " + lineNumber
							+ ", field 'id': seeded events need a string id, so that applying the file again "
							+ "at the next start stores nothing twice");
				}
				nodes.add(node);
				lines.add(lineNumber);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InitDirectoryException("Init directory: " + describe(file) + " cannot be read: " + ex, ex);
		}
		if (nodes.isEmpty()) {
			logger.info("Init directory: {} has no events", describe(file));
			return;
		}
		try {
			IngestResult result = this.events.ingestJson(id, nodes);
			logger.info("Init directory: {} {} event(s): {} new, {} duplicate(s)", describe(file), result.received(),
					result.stored(), result.duplicates());
		}
		catch (InvalidBatchException ex) {
			throw batchError(file, ex.errors(), lines);
		}
		catch (BatchConflictException ex) {
			throw batchError(file, ex.conflicts(), lines);
		}
	}

	private static InitDirectoryException batchError(Path file, List<BatchError> errors, List<Integer> lines) {
		List<String> described = new ArrayList<>();
		for (BatchError error : errors.subList(0, Math.min(errors.size(), 10))) {
			String line = (error.index() >= 0 && error.index() < lines.size()) ? "line " + lines.get(error.index())
					: "item " + error.index();
			described.add(line + ", field '" + error.field() + "': " + error.message());
		}
		return new InitDirectoryException("Init directory: " + describe(file) + ": " + String.join("; ", described)
				+ ((errors.size() > 10) ? "; and " + (errors.size() - 10) + " more" : "")
				+ " (nothing of this file was stored)");
	}

	private static String where(JacksonException ex) {
		return (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? " line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
	}

	private static String field(JacksonException ex) {
		String path = ex.getPathReference();
		return (path != null && !path.isEmpty()) ? " (field " + path + ")" : "";
	}

	private static String describe(Path file) {
		Path parent = file.getParent();
		return ((parent != null) ? parent.getFileName() + "/" : "") + file.getFileName();
	}

	private static List<Path> list(Path directory, java.util.function.Predicate<Path> filter) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter(filter).sorted().toList();
		}
		catch (IOException ex) {
			throw new InitDirectoryException("Init directory: " + directory + " cannot be read: " + ex, ex);
		}
	}

}
