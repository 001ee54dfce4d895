package dev.statsemulator.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Object mother for events as the control API takes them. */
public final class TestEvents {

	private TestEvents() {
	}

	public static Builder event(String type, String at) {
		return new Builder().with("type", type).with("at", at);
	}

	/** A JSON array of the events. */
	public static String array(Collection<Builder> events) {
		return JsonMapper.shared().writeValueAsString(events.stream().map(Builder::fields).toList());
	}

	public static String array(Builder... events) {
		return array(List.of(events));
	}

	/** The events as NDJSON, one per line. */
	public static String ndjson(Collection<Builder> events) {
		StringBuilder body = new StringBuilder();
		for (Builder event : events) {
			body.append(JsonMapper.shared().writeValueAsString(event.fields())).append('\n');
		}
		return body.toString();
	}

	/** One event's fields, in the order they were given. */
	public static final class Builder {

		private final Map<String, Object> fields = new LinkedHashMap<>();

		public Builder with(String field, Object value) {
			this.fields.put(field, value);
			return this;
		}

		public Builder id(String id) {
			return with("id", id);
		}

		public Builder message(String message) {
			return with("message", message);
		}

		public Builder contact(String contact) {
			return with("contact", contact);
		}

		public Builder channel(String channel) {
			return with("channel", channel);
		}

		public Builder platform(String platform) {
			return with("platform", platform);
		}

		public Builder room(String id, String name, String type) {
			return with("room", Map.of("id", id, "name", name, "type", type));
		}

		public Map<String, Object> fields() {
			return this.fields;
		}

		public Builder copy() {
			Builder copy = new Builder();
			copy.fields.putAll(this.fields);
			return copy;
		}

	}

	/** Lists of builders, for readability in tests. */
	public static List<Builder> list(Builder... events) {
		return new ArrayList<>(List.of(events));
	}

}
