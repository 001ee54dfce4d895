package dev.statsemulator.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The emulator's control API ({@code /_emulator/v1}) as typed calls. Every call throws
 * {@link ControlApiException} when the emulator refuses it.
 */
public final class Control {

	private final String baseUrl;

	private final String adminToken;

	private final HttpClient http;

	private final Map<String, Credentials> credentials = new ConcurrentHashMap<>();

	public Control(String baseUrl, String adminToken) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.adminToken = adminToken;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	// Workspaces

	/**
	 * Creates or replaces a workspace from settings JSON (as PUT /workspaces/{id} takes
	 * it), and remembers its credentials for {@link #credentials(String)}.
	 */
	public Map<String, Object> putWorkspace(String id, String settingsJson) {
		Map<String, Object> answer = object(send("PUT", "/workspaces/" + id, settingsJson));
		this.credentials.put(id, Credentials.of(id, Json.parseObject(settingsJson)));
		return answer;
	}

	/** The workspace as the control API shows it (secrets masked). */
	public Map<String, Object> workspace(String id) {
		return object(send("GET", "/workspaces/" + id, null));
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> workspaces() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Object item : Json.parseArray(send("GET", "/workspaces", null))) {
			list.add((Map<String, Object>) item);
		}
		return list;
	}

	public void deleteWorkspace(String id) {
		send("DELETE", "/workspaces/" + id, null);
		this.credentials.remove(id);
	}

	/**
	 * The credentials of a workspace created through this client or seeded from files it
	 * read.
	 */
	public Credentials credentials(String workspaceId) {
		Credentials known = this.credentials.get(workspaceId);
		if (known == null) {
			throw new IllegalStateException("No credentials known for workspace '" + workspaceId
					+ "': create it with putWorkspace or seed it from an init directory");
		}
		return known;
	}

	void rememberCredentials(Credentials credentials) {
		this.credentials.put(credentials.workspace(), credentials);
	}

	// Events, messages, stats, generation

	/** Ingests events given as JSON objects (maps), all-or-nothing. */
	public IngestResult ingest(String workspaceId, List<? extends Map<String, ?>> events) {
		return ingestJson(workspaceId, Json.write(events));
	}

	/** Ingests a JSON array of events. */
	public IngestResult ingestJson(String workspaceId, String jsonArray) {
		return ingestResult(object(send("POST", "/workspaces/" + workspaceId + "/events", jsonArray)));
	}

	/** Ingests NDJSON, one event per line. */
	public IngestResult ingestNdjson(String workspaceId, String ndjson) {
		return ingestResult(
				object(send("POST", "/workspaces/" + workspaceId + "/events", ndjson, "application/x-ndjson")));
	}

	/** Registers or updates message metadata (a JSON array of messages). */
	public List<Object> registerMessages(String workspaceId, String jsonArray) {
		return Json.parseArray(send("POST", "/workspaces/" + workspaceId + "/messages", jsonArray));
	}

	public List<Object> messages(String workspaceId) {
		return Json.parseArray(send("GET", "/workspaces/" + workspaceId + "/messages", null));
	}

	/**
	 * Vendor-neutral bucketed counts, e.g. {@code stats("shop", "opened", "2024-08-01",
	 * "2024-09-01", "day")}; see the answer's {@code total} and {@code buckets}.
	 */
	public Map<String, Object> stats(String workspaceId, String type, String from, String to, String unit) {
		return object(send("GET",
				"/workspaces/" + workspaceId + "/stats?type=" + type + "&from=" + from + "&to=" + to + "&unit=" + unit,
				null));
	}

	/** The total count of one event type over [from, to). */
	public long total(String workspaceId, String type, String from, String to) {
		return JournalEntry.number(stats(workspaceId, type, from, to, "year").get("total"));
	}

	/** Generates deterministic synthetic traffic; see the control API for the fields. */
	public Map<String, Object> generate(String workspaceId, long seed, Instant from, Instant to, int eventsPerDay) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("seed", seed);
		request.put("from", from.toString());
		request.put("to", to.toString());
		request.put("eventsPerDay", eventsPerDay);
		return object(send("POST", "/workspaces/" + workspaceId + "/generate", Json.write(request)));
	}

	// Clock

	/** Freezes the emulator's "now". */
	public void freezeClock(Instant now) {
		send("PUT", "/clock", Json.write(Map.of("now", now.toString())));
	}

	/** Returns to the system clock. */
	public void releaseClock() {
		send("DELETE", "/clock", null);
	}

	// Journal

	/** The workspace's newest journaled calls (up to 100), oldest first. */
	public List<JournalEntry> journal(String workspaceId) {
		return journal(workspaceId, JournalQuery.all());
	}

	public List<JournalEntry> journal(String workspaceId, JournalQuery query) {
		return entries(object(send("GET", "/workspaces/" + workspaceId + "/journal" + query.queryString(true), null)));
	}

	public long journalCount(String workspaceId, JournalQuery query) {
		return JournalEntry.number(
				object(send("GET", "/workspaces/" + workspaceId + "/journal/count" + query.queryString(false), null))
					.get("count"));
	}

	public void clearJournal(String workspaceId) {
		send("DELETE", "/workspaces/" + workspaceId + "/journal", null);
	}

	/** Calls whose credential matched no workspace. */
	public List<JournalEntry> unmatchedJournal(JournalQuery query) {
		return entries(object(send("GET", "/journal/unmatched" + query.queryString(true), null)));
	}

	// Faults

	/** Adds a fault rule to the workspace; the answer carries its id. */
	public Fault addFault(String workspaceId, Fault fault) {
		return Fault.of(object(send("POST", "/workspaces/" + workspaceId + "/faults", Json.write(fault.toJson()))));
	}

	@SuppressWarnings("unchecked")
	public List<Fault> faults(String workspaceId) {
		List<Fault> faults = new ArrayList<>();
		for (Object item : Json.parseArray(send("GET", "/workspaces/" + workspaceId + "/faults", null))) {
			faults.add(Fault.of((Map<String, Object>) item));
		}
		return faults;
	}

	public void removeFault(String workspaceId, String faultId) {
		send("DELETE", "/workspaces/" + workspaceId + "/faults/" + faultId, null);
	}

	public void clearFaults(String workspaceId) {
		send("DELETE", "/workspaces/" + workspaceId + "/faults", null);
	}

	// Reset and seeding

	/**
	 * Deletes every workspace, the journal and every fault, releases the clock, and seeds
	 * the emulator's init directory again.
	 */
	public Map<String, Object> reset() {
		return reset(true, false);
	}

	/** As {@link #reset()}, choosing whether to re-seed and to re-create the demo. */
	public Map<String, Object> reset(boolean reseed, boolean demo) {
		return object(send("POST", "/reset", Json.write(Map.of("reseed", reseed, "demo", demo))));
	}

	/**
	 * Clears one workspace's events, catalogue, journal and faults; keeps credentials.
	 */
	public void resetWorkspace(String workspaceId) {
		send("POST", "/workspaces/" + workspaceId + "/reset", null);
	}

	/**
	 * Seeds an emulator through the control API from a directory laid out as
	 * {@code emulator.init-dir} (one sub-directory per workspace: workspace.json,
	 * messages.json, *.ndjson), for an emulator that does not read the directory itself.
	 */
	public void seed(Path directory) {
		for (Path workspace : list(directory, true)) {
			String id = workspace.getFileName().toString();
			Path settings = workspace.resolve("workspace.json");
			putWorkspace(id, Files.exists(settings) ? read(settings) : "{}");
			Path messages = workspace.resolve("messages.json");
			if (Files.exists(messages)) {
				registerMessages(id, read(messages));
			}
			for (Path events : list(workspace, false)) {
				if (events.getFileName().toString().endsWith(".ndjson")) {
					ingestNdjson(id, read(events));
				}
			}
		}
	}

	/** Reads the credentials of every workspace.json under an init directory. */
	void rememberCredentialsOf(Path directory) {
		for (Path workspace : list(directory, true)) {
			Path settings = workspace.resolve("workspace.json");
			if (Files.exists(settings)) {
				String id = workspace.getFileName().toString();
				rememberCredentials(Credentials.of(id, Json.parseObject(read(settings))));
			}
		}
	}

	/** Whether the emulator answers its health check with UP. */
	public boolean isReady() {
		try {
			HttpResponse<String> health = this.http
				.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private String send(String method, String path, String body) {
		return send(method, path, body, "application/json");
	}

	private String send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/_emulator/v1" + path))
			.timeout(Duration.ofMinutes(5))
			.header("Authorization", "Bearer " + this.adminToken)
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() >= 300) {
				throw new ControlApiException(method + " " + path, response.statusCode(), response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + this.baseUrl + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static Map<String, Object> object(String body) {
		return (body == null || body.isBlank()) ? Map.of() : Json.parseObject(body);
	}

	private static IngestResult ingestResult(Map<String, Object> json) {
		return new IngestResult(JournalEntry.number(json.get("received")), JournalEntry.number(json.get("stored")),
				JournalEntry.number(json.get("duplicates")));
	}

	@SuppressWarnings("unchecked")
	private static List<JournalEntry> entries(Map<String, Object> page) {
		List<JournalEntry> entries = new ArrayList<>();
		for (Object item : (List<Object>) page.getOrDefault("entries", List.of())) {
			entries.add(JournalEntry.of((Map<String, Object>) item));
		}
		return entries;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> list(Path directory, boolean directories) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter((path) -> Files.isDirectory(path) == directories).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
