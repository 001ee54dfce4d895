package dev.statsemulator.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.web.BodyTooLargeException;
import dev.statsemulator.web.ErrorTexts;

import org.springframework.stereotype.Component;

/**
 * Reads control API bodies strictly: an unknown field is a 400 naming it (a typo such as
 * {@code timeZone} must not silently fall back to a default).
 */
@Component
class ControlJson {

	private final JsonMapper json;

	/**
	 * The parser factory of event ingest, whose body may be 64 MB: no string longer than
	 * {@link #MAX_EVENT_STRING} characters (an event's longest field holds 4,000), so one
	 * huge string is refused as it is read rather than held twice over as characters.
	 */
	private final JsonFactory ingest;

	/** The longest JSON string an ingested event may hold. */
	static final int MAX_EVENT_STRING = 100_000;

	/**
	 * Reads one value where the parser stands: what follows it is the caller's (the next
	 * element of an array).
	 */
	private final ObjectReader element;

	ControlJson(JsonMapper json) {
		this.json = json;
		this.element = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.ingest = ((JsonFactory) json.tokenStreamFactory()).rebuild()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_EVENT_STRING).build())
			.build();
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

	/**
	 * The JSON values of a top-level array read from {@code body} one at a time: at most
	 * {@code max} of them (the next one is {@code tooMany}), so memory follows what the
	 * caller accepts, not the body's size.
	 * @param notAnArray the error when the body starts with another token than an array
	 */
	List<JsonNode> arrayElements(InputStream body, int max, Supplier<BadRequestException> tooMany,
			Function<JsonToken, BadRequestException> notAnArray) throws BodyTooLargeException {
		try (JsonParser parser = this.ingest.createParser(ObjectReadContext.empty(), body)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new BadRequestException("The request body is empty; send JSON");
			}
			if (first != JsonToken.START_ARRAY) {
				throw notAnArray.apply(first);
			}
			List<JsonNode> items = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				if (items.size() == max) {
					throw tooMany.get();
				}
				items.add(this.element.readTree(parser));
			}
			trailing(parser);
			return items;
		}
		catch (JacksonException ex) {
			BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
			if (tooLarge != null) {
				throw tooLarge;
			}
			throw malformed(ex);
		}
	}

	/** One line of NDJSON, read as {@link #arrayElements} reads an event. */
	JsonNode eventTree(String text) {
		try (JsonParser parser = this.ingest.createParser(ObjectReadContext.empty(), text)) {
			JsonNode tree = this.element.readTree(parser);
			trailing(parser);
			return tree;
		}
		catch (JacksonException ex) {
			throw malformed(ex);
		}
	}

	private static void trailing(JsonParser parser) {
		if (parser.nextToken() != null) {
			throw new BadRequestException("Malformed JSON: more content after the end of the value (line "
					+ parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr()
					+ ")");
		}
	}

	/**
	 * A 400 naming where the JSON broke (a parser limit's message without the setting
	 * that holds it).
	 */
	private static BadRequestException malformed(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage()).replaceAll(", from `[^`]*`", "");
		return new BadRequestException("Malformed JSON: " + ErrorTexts.withoutClassNames(message)
				+ ((ex.getLocation() != null)
						? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
						: ""));
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
