package dev.statsemulator.control;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads control API bodies strictly: an unknown field is a 400 naming it (a typo such as
 * {@code timeZone} must not silently fall back to a default).
 */
@Component
class ControlJson {

	private final JsonMapper json;

	ControlJson(JsonMapper json) {
		this.json = json;
	}

	<T> T read(byte[] body, Class<T> type) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("The request body is empty; send JSON");
		}
		try {
			return this.json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
		}
		catch (JacksonException ex) {
			throw new BadRequestException(
					"Invalid JSON for " + type.getSimpleName() + ": " + ex.getOriginalMessage() + pathOf(ex));
		}
	}

	<T> List<T> readArray(byte[] body, Class<T> elementType) {
		JsonNode root = tree(body);
		if (!root.isArray()) {
			throw new BadRequestException("Expected a JSON array of " + elementType.getSimpleName() + " objects");
		}
		List<T> items = new ArrayList<>();
		int index = 0;
		for (JsonNode node : root) {
			try {
				items.add(this.json.readerFor(elementType)
					.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.readValue(node));
			}
			catch (JacksonException ex) {
				throw new BadRequestException("Item " + index + ": " + ex.getOriginalMessage() + pathOf(ex));
			}
			index++;
		}
		return items;
	}

	JsonNode tree(byte[] body) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("The request body is empty; send JSON");
		}
		return this.json.readTree(body);
	}

	private static String pathOf(JacksonException ex) {
		String path = ex.getPathReference();
		return (path != null && !path.isEmpty()) ? " (at " + path + ")" : "";
	}

}
