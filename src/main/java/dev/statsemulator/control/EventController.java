package dev.statsemulator.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.IngestResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	@PostMapping
	IngestResult ingest(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) byte[] body) {
		List<JsonNode> nodes = isNdjson(contentType) ? ndjson(body) : jsonArray(body);
		if (nodes.size() > this.maxBatchEvents) {
			throw new BadRequestException("The batch has " + nodes.size() + " events; send at most "
					+ this.maxBatchEvents + " per request (emulator.ingest.max-batch-events)");
		}
		return this.events.ingestJson(id, nodes);
	}

	private static boolean isNdjson(String contentType) {
		if (contentType == null) {
			return false;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		return type.getSubtype().equals("x-ndjson") || type.getSubtype().equals("ndjson")
				|| type.getSubtype().equals("jsonl");
	}

	private List<JsonNode> jsonArray(byte[] body) {
		JsonNode root = this.json.tree(body);
		if (root.isObject()) {
			throw new BadRequestException("Send a JSON array of events (or NDJSON with Content-Type " + NDJSON
					+ "); a single event goes in an array of one: [{...}]");
		}
		if (!root.isArray()) {
			throw new BadRequestException("Send a JSON array of events");
		}
		List<JsonNode> nodes = new ArrayList<>(root.size());
		root.forEach(nodes::add);
		return nodes;
	}

	private List<JsonNode> ndjson(byte[] body) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("The request body is empty; send one JSON event per line");
		}
		List<JsonNode> nodes = new ArrayList<>();
		String[] lines = new String(body, StandardCharsets.UTF_8).split("\r?\n");
		for (int line = 0; line < lines.length; line++) {
			if (lines[line].isBlank()) {
				continue;
			}
			try {
				nodes.add(this.json.tree(lines[line].getBytes(StandardCharsets.UTF_8)));
			}
			catch (BadRequestException ex) {
				// ControlJson's message, without class names, located by line.
				throw new BadRequestException("Line " + (line + 1) + " is not valid JSON: " + ex.getMessage());
			}
		}
		return nodes;
	}

}
