package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * Turns JSON events into {@link Event}s, reporting every problem of every event rather
 * than the first.
 */
final class EventParser {

	static final Set<String> FIELDS = Set.of("id", "type", "at", "channel", "platform", "message", "campaign",
			"application", "contact", "user", "link", "bounce", "reason", "handled", "name", "revenue", "currency",
			"room", "status");

	/**
	 * Events outside these years are almost certainly mistakes: epoch seconds read as
	 * milliseconds land in the first months of 1970.
	 */
	private static final Instant EARLIEST = Instant.parse("1971-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

	private static final String TYPES = Stream.of(EventType.values())
		.map(EventType::code)
		.collect(Collectors.joining(", "));

	private EventParser() {
	}

	/**
	 * The parsed event, or null when {@code errors} received at least one problem for it.
	 */
	static Event parse(int index, JsonNode node, List<BatchError> errors) {
		if (node == null || !node.isObject()) {
			errors.add(new BatchError(index, null, "an event must be a JSON object"));
			return null;
		}
		Fields fields = new Fields(index, node, errors);
		for (String name : node.propertyNames()) {
			if (!FIELDS.contains(name)) {
				errors.add(new BatchError(index, name, "unknown field; the fields of an event are "
						+ FIELDS.stream().sorted().collect(Collectors.joining(", "))));
			}
		}
		String id = fields.string("id", 128);
		EventType type = fields.required("type", (code) -> EventType.fromCode(code).orElse(null),
				"must be one of " + TYPES);
		Instant at = fields.instant("at");
		Channel channel = fields.optional("channel", (code) -> Channel.fromCode(code).orElse(null),
				"must be one of email, sms, push, chat");
		Platform platform = fields.optional("platform", (code) -> Platform.fromCode(code).orElse(null),
				"must be one of " + Stream.of(Platform.values()).map(Platform::code).collect(Collectors.joining(", ")));
		String message = fields.string("message", 128);
		String campaign = fields.string("campaign", 64);
		String application = fields.string("application", 64);
		String contact = fields.string("contact", 320);
		String user = fields.string("user", 200);
		String link = fields.string("link", 4000);
		BounceType bounce = fields.optional("bounce", (code) -> BounceType.fromCode(code).orElse(null),
				"must be one of "
						+ Stream.of(BounceType.values()).map(BounceType::code).collect(Collectors.joining(", ")));
		String reason = fields.string("reason", 2000);
		Boolean handled = fields.bool("handled");
		String name = fields.string("name", 200);
		Double revenue = fields.number("revenue");
		String currency = fields.string("currency", 8);
		Room room = fields.room();
		String status = fields.optional("status", (code) -> Set.of("success", "error").contains(code) ? code : null,
				"must be success or error");
		if (type == EventType.CHAT_MESSAGE && room == null && !node.has("room")) {
			errors.add(new BatchError(index, "room", "a chat_message needs its room: {\"id\", \"name\", \"type\"}"));
		}
		if (fields.failed()) {
			return null;
		}
		Channel resolvedChannel = (channel != null) ? channel : type.defaultChannel();
		Platform resolvedPlatform = (platform != null) ? platform : switch (resolvedChannel) {
			case EMAIL -> Platform.EMAIL;
			case SMS -> Platform.SMS;
			default -> null;
		};
		return new Event(id, type, at, resolvedChannel, resolvedPlatform, message, campaign, application, contact, user,
				link, (type == EventType.BOUNCED && bounce == null) ? BounceType.OTHER_HARD : bounce, reason,
				(type == EventType.COMPLAINED && handled == null) ? Boolean.FALSE : handled, name, revenue, currency,
				room, (type == EventType.SENT && status == null) ? "success" : status);
	}

	/** Reads one event's fields, recording problems. */
	private static final class Fields {

		private final int index;

		private final JsonNode node;

		private final List<BatchError> errors;

		private final int errorsBefore;

		Fields(int index, JsonNode node, List<BatchError> errors) {
			this.index = index;
			this.node = node;
			this.errors = errors;
			this.errorsBefore = errors.size();
		}

		boolean failed() {
			return this.errors.size() > this.errorsBefore;
		}

		private void fail(String field, String message) {
			this.errors.add(new BatchError(this.index, field, message));
		}

		private JsonNode present(String field) {
			JsonNode value = this.node.get(field);
			return (value == null || value.isNull()) ? null : value;
		}

		String string(String field, int maxLength) {
			JsonNode value = present(field);
			if (value == null) {
				return null;
			}
			if (!value.isString()) {
				fail(field, "must be a string");
				return null;
			}
			String text = value.stringValue();
			if (text.isEmpty() || text.length() > maxLength) {
				fail(field, "must be 1 to " + maxLength + " characters");
				return null;
			}
			return text;
		}

		<T> T optional(String field, Function<String, T> parser, String expected) {
			JsonNode value = present(field);
			if (value == null) {
				return null;
			}
			T parsed = value.isString() ? parser.apply(value.stringValue()) : null;
			if (parsed == null) {
				fail(field, "'" + value.asString() + "' is not valid: " + expected);
			}
			return parsed;
		}

		<T> T required(String field, Function<String, T> parser, String expected) {
			if (present(field) == null) {
				fail(field, "is required: " + expected);
				return null;
			}
			return optional(field, parser, expected);
		}

		Instant instant(String field) {
			JsonNode value = present(field);
			if (value == null) {
				fail(field,
						"is required: an ISO-8601 instant with offset (2024-08-03T15:04:05Z) or epoch milliseconds");
				return null;
			}
			Instant instant = EventTimes.instantOf(value);
			if (instant == null) {
				fail(field, "'" + value.asString()
						+ "' is not an ISO-8601 instant with offset (2024-08-03T15:04:05Z, 2024-08-03T18:04:05+03:00) or epoch milliseconds");
				return null;
			}
			if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
				fail(field,
						instant + " is outside the years 1971 to 2199 (epoch seconds sent instead of milliseconds?)");
				return null;
			}
			return instant;
		}

		Boolean bool(String field) {
			JsonNode value = present(field);
			if (value == null) {
				return null;
			}
			if (!value.isBoolean()) {
				fail(field, "must be true or false");
				return null;
			}
			return value.booleanValue();
		}

		Double number(String field) {
			JsonNode value = present(field);
			if (value == null) {
				return null;
			}
			if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
				fail(field, "must be a number");
				return null;
			}
			return value.doubleValue();
		}

		Room room() {
			JsonNode value = present("room");
			if (value == null) {
				return null;
			}
			if (!value.isObject()) {
				fail("room", "must be an object {\"id\", \"name\", \"type\"}");
				return null;
			}
			Map<String, JsonNode> parts = Map.of("id", value.path("id"), "name", value.path("name"), "type",
					value.path("type"));
			List<String> problems = new ArrayList<>();
			parts.forEach((part, text) -> {
				if (!text.isString() || text.stringValue().isEmpty() || text.stringValue().length() > 128) {
					problems.add(part);
				}
			});
			if (!problems.isEmpty()) {
				fail("room", "id, name and type are required strings of 1 to 128 characters (missing or wrong: "
						+ String.join(", ", problems.stream().sorted().toList()) + ")");
				return null;
			}
			String type = value.get("type").stringValue();
			if (!Room.TYPES.contains(type)) {
				fail("room.type",
						"'" + type + "' is not valid: must be c (public), p (private), d (direct) or l (livechat)");
				return null;
			}
			return new Room(value.get("id").stringValue(), value.get("name").stringValue(), type);
		}

	}

}
