package dev.statsemulator.getresponse;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The conditions object of a call (the second positional parameter), checked against the
 * conditions the method knows: an unknown name is an error, not silently ignored.
 */
final class Conditions {

	private static final Conditions NONE = new Conditions(Map.of());

	private final Map<String, JsonNode> values;

	private Conditions(Map<String, JsonNode> values) {
		this.values = values;
	}

	/**
	 * @param node the conditions as sent, or null when the call has none
	 * @throws JsonRpcException (invalid params) for a name the method does not know
	 */
	static Conditions of(JsonNode node, String method, List<String> known) {
		if (node == null || node.isNull()) {
			return NONE;
		}
		if (!node.isObject()) {
			throw JsonRpcException.invalidParams("Attribute params must be reference to hash");
		}
		Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!known.contains(entry.getKey())) {
				throw JsonRpcException.invalidParams("Unknown condition '" + entry.getKey() + "' for " + method
						+ ((known.isEmpty()) ? " (it takes none)" : " (known: " + String.join(", ", known) + ")"));
			}
			values.put(entry.getKey(), entry.getValue());
		}
		return new Conditions(values);
	}

	/** The condition's value; null when it is absent or JSON null. */
	JsonNode get(String name) {
		JsonNode value = this.values.get(name);
		return (value == null || value.isNull()) ? null : value;
	}

	/**
	 * A MESSAGE_ID: a string (a number is read as its digits); null when absent.
	 * @throws JsonRpcException (invalid params) for any other JSON type
	 */
	String messageId(String name) {
		JsonNode value = get(name);
		if (value == null) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isIntegralNumber()) {
			return value.asString();
		}
		throw JsonRpcException.invalidParams(name + " must be a MESSAGE_ID string");
	}

}
