package dev.statsemulator.control;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.web.ErrorTexts;

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
			throw new BadRequestException("Invalid JSON for " + describe(type) + ": "
					+ ErrorTexts.withoutClassNames(ex.getOriginalMessage()) + pathOf(ex));
		}
	}

	<T> List<T> readArray(byte[] body, Class<T> elementType) {
		JsonNode root = tree(body);
		if (!root.isArray()) {
			throw new BadRequestException("Expected a JSON array of " + describe(elementType) + " objects");
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
				throw new BadRequestException(
						"Item " + index + ": " + ErrorTexts.withoutClassNames(ex.getOriginalMessage()) + pathOf(ex));
			}
			index++;
		}
		return items;
	}

	JsonNode tree(byte[] body) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("The request body is empty; send JSON");
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new BadRequestException("Malformed JSON: " + ErrorTexts.withoutClassNames(ex.getOriginalMessage())
					+ ((ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ", column "
							+ ex.getLocation().getColumnNr() + ")" : ""));
		}
	}

	/**
	 * What a body type is called in messages: the record's name without its enclosing
	 * class.
	 */
	private static String describe(Class<?> type) {
		return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
	}

	private static String pathOf(JacksonException ex) {
		String path = ErrorTexts.withoutClassNames(ex.getPathReference());
		return (path != null && !path.isEmpty()) ? " (at " + path + ")" : "";
	}

}
