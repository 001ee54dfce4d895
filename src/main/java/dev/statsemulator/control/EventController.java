package dev.statsemulator.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.IngestResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Event ingest: a JSON array, or NDJSON (one event per line), stored all-or-nothing. */
@RestController
@RequestMapping("/_emulator/v1/workspaces/{id}/events")
class EventController {

	static final String NDJSON = "application/x-ndjson";

	private final EventStore events;

	private final ControlJson json;

	private final int maxBatchEvents;

	EventController(EventStore events, ControlJson json, EmulatorProperties properties) {
		this.events = events;
		this.json = json;
		this.maxBatchEvents = properties.ingest().maxBatchEvents();
	}

	/**
	 * Reads the body as it arrives (never more than emulator.ingest.max-body-size, see
	 * ControlSecurityConfiguration) and keeps only the parsed events, at most
	 * emulator.ingest.max-batch-events of them: the next one is a 400 at once.
	 */
	@PostMapping
	IngestResult ingest(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType, InputStream body)
			throws IOException {
		List<JsonNode> nodes = isNdjson(contentType) ? ndjson(body) : jsonArray(body);
		return this.events.ingestJson(id, nodes);
	}

	private BadRequestException tooMany() {
		return new BadRequestException("The batch has more than " + this.maxBatchEvents + " events; send at most "
				+ this.maxBatchEvents + " per request (emulator.ingest.max-batch-events)");
	}

	private static boolean isNdjson(String contentType) {
		if (contentType == null) {
			return false;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		return type.getSubtype().equals("x-ndjson") || type.getSubtype().equals("ndjson")
				|| type.getSubtype().equals("jsonl");
	}

	private List<JsonNode> jsonArray(InputStream body) throws IOException {
		return this.json.arrayElements(body, this.maxBatchEvents, this::tooMany,
				(first) -> (first == JsonToken.START_OBJECT)
						? new BadRequestException("Send a JSON array of events (or NDJSON with Content-Type " + NDJSON
								+ "); a single event goes in an array of one: [{...}]")
						: new BadRequestException("Send a JSON array of events"));
	}

	private List<JsonNode> ndjson(InputStream body) throws IOException {
		List<JsonNode> nodes = new ArrayList<>();
		BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
		int number = 0;
		boolean empty = true;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			empty = false;
			if (line.isBlank()) {
				continue;
			}
			if (nodes.size() == this.maxBatchEvents) {
				throw tooMany();
			}
			try {
				nodes.add(this.json.eventTree(line));
			}
			catch (BadRequestException ex) {
				// ControlJson's message, without class names, located by line.
				throw new BadRequestException("Line " + number + " is not valid JSON: " + ex.getMessage());
			}
		}
		if (empty) {
			throw new BadRequestException("The request body is empty; send one JSON event per line");
		}
		return nodes;
	}

}
