package dev.statsemulator.pushwoosh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.web.ErrorTexts;

/**
 * Reads request bodies the way the vendor does: strict JSON (the comments in the vendor's
 * own examples are a syntax error), unknown members ignored (the gateway discards them),
 * whatever the Content-Type says. A fraction is no integer ({@code "per_page": 1.5}) and
 * a number, boolean or object is no string ({@code "application": 5}): both are a 400; a
 * number sent as a string is read.
 */
final class PushwooshJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
		.build();

	private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

	private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*(at )?\\[Source:[^\\]]*\\]");

	private PushwooshJson() {
	}

	/** The raw body; read from the stream, so a form Content-Type does not mangle it. */
	static byte[] body(HttpServletRequest request) {
		try {
			return request.getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The body as a JSON tree, unwrapped from {@code {"request": ...}} (see
	 * {@link #unwrapped}); an empty body is an empty object.
	 */
	static JsonNode tree(byte[] body) {
		if (isBlank(body)) {
			return MAPPER.createObjectNode();
		}
		return unwrapped(MAPPER.readTree(body));
	}

	static <T> T read(JsonNode tree, Class<T> type) {
		if (!tree.isObject()) {
			throw PushwooshException.badRequest("the request body must be a JSON object");
		}
		return MAPPER.treeToValue(tree, type);
	}

	static <T> T read(byte[] body, Class<T> type) {
		return read(tree(body), type);
	}

	/**
	 * The {@code auth} member old clients send in the body: at the top level, or inside
	 * {@code request} when the body is wrapped (see {@link #unwrapped}); null when there
	 * is none or the body is not JSON.
	 */
	static String authOf(byte[] body) {
		if (isBlank(body)) {
			return null;
		}
		try {
			JsonNode root = MAPPER.readTree(body);
			JsonNode auth = root.path("auth");
			if (!auth.isString()) {
				auth = unwrapped(root).path("auth");
			}
			return auth.isString() ? auth.asString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * The request a body carries. The vendor's docs and its Remote API 1.3 clients wrap
	 * it as {@code {"request": {...}}}: a body whose members are {@code request} (an
	 * object) and at most a top-level {@code auth} is read as that inner object, for the
	 * token and the filters alike, on every endpoint. Any other body is the request
	 * itself.
	 */
	static JsonNode unwrapped(JsonNode root) {
		if (root == null || !root.isObject() || !root.path("request").isObject()) {
			return root;
		}
		for (String member : root.propertyNames()) {
			if (!member.equals("request") && !member.equals("auth")) {
				return root;
			}
		}
		return root.get("request");
	}

	/** What a reader of the vendor's API needs to fix in a body Jackson rejected. */
	static String describe(JacksonException ex) {
		String path = ex.getPath().isEmpty() ? null : pathOf(ex);
		String where = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
		if (path != null) {
			return "invalid value for " + path + where;
		}
		return "malformed JSON: " + ErrorTexts.withoutClassNames(withoutSource(ex.getOriginalMessage())) + where;
	}

	/**
	 * The parser's message without its notes on the source it hides ("start marker at
	 * [Source: REDACTED ...]"): parser internals, noise to a caller.
	 */
	static String withoutSource(String message) {
		if (message == null) {
			return "unreadable JSON";
		}
		return SOURCE_NOTE.matcher(START_MARKER.matcher(message).replaceAll("")).replaceAll("").trim();
	}

	private static String pathOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static boolean isBlank(byte[] body) {
		return body == null || new String(body, StandardCharsets.UTF_8).isBlank();
	}

}
