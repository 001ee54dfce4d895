package dev.statsemulator.tellody;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.web.ErrorTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a report body strictly and explains every problem: the wrong content type (and
 * the python requests trap of headers sent as a form), malformed JSON, missing or
 * mistyped fields, unknown fields (a misspelt {@code window} must not silently select the
 * flexible variant).
 */
@Component
class ReportRequestReader {

	/** 9999-12-31T23:59:59.999Z: beyond it no calendar answers. */
	static final long MAX_MILLIS = 253402300799999L;

	static final Set<String> FIELDS = Set.of("from", "to", "unit", "window", "dow");

	static final List<BucketUnit> UNITS = List.of(BucketUnit.HOUR, BucketUnit.DAY, BucketUnit.WEEK, BucketUnit.MONTH);

	static final List<BucketUnit> WINDOWS = List.of(BucketUnit.DAY, BucketUnit.WEEK, BucketUnit.MONTH, BucketUnit.YEAR);

	/**
	 * The largest report body read: a report's parameters are a JSON object of some 100
	 * bytes; a larger body is refused (413) without being held in memory.
	 */
	static final int MAX_BODY_BYTES = 1_048_576;

	/** How much of an oversized body is read and dropped, so the client reads the 413. */
	private static final long MAX_DRAINED_BYTES = 16L * MAX_BODY_BYTES;

	private static final String EXAMPLE = "{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\","
			+ "\"window\":\"day\",\"dow\":0}";

	private final JsonMapper json;

	ReportRequestReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param endpoint the report's name, for messages
	 * @param windowRequired whether {@code window} must be given (ContactChart)
	 * @throws TellodyException with status 400 or 415 and what to fix
	 */
	ReportRequest read(String endpoint, HttpServletRequest request, boolean windowRequired) {
		JsonNode root = body(endpoint, request);
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> field : root.properties()) {
			if (!FIELDS.contains(field.getKey())) {
				problems.add("'" + field.getKey() + "' is not a parameter of " + endpoint + " (send from, to, unit, "
						+ (windowRequired ? "window" : "optionally window") + ", dow)");
			}
		}
		Long from = millis(root, "from", problems);
		Long to = millis(root, "to", problems);
		BucketUnit unit = unit(root, "unit", UNITS, true, problems);
		BucketUnit window = unit(root, "window", WINDOWS, windowRequired, problems);
		// The flexible variant (no window) ignores dow, whatever it is.
		boolean calendar = windowRequired || (root.get("window") != null && !root.get("window").isNull());
		Integer dow = calendar ? dow(root, problems) : Integer.valueOf(0);
		if (from != null && to != null && to < from) {
			problems.add("to: " + to + " is before from " + from);
		}
		if (unit != null && window != null && unit.compareTo(window) > 0) {
			problems.add("unit: a " + unit.label() + " does not fit in a " + window.label() + " window; use a unit of "
					+ String.join(", ",
							UNITS.stream().filter((u) -> u.compareTo(window) <= 0).map(BucketUnit::label).toList()));
		}
		if (!problems.isEmpty()) {
			throw TellodyException.badRequest("Invalid " + endpoint + " request: " + String.join("; ", problems));
		}
		return new ReportRequest(from, to, unit, window, dow);
	}

	private JsonNode body(String endpoint, HttpServletRequest request) {
		String contentType = request.getContentType();
		if (HeadersAsBodyFilter.isForm(contentType)) {
			throw TellodyException.badRequest(formBody(endpoint, List.copyOf(request.getParameterMap().keySet())));
		}
		if (!isJson(contentType)) {
			throw new TellodyException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Content-Type " + ((contentType != null) ? "'" + contentType + "'" : "missing")
							+ ": send the parameters as JSON with Content-Type: application/json, e.g. " + EXAMPLE);
		}
		byte[] bytes;
		try {
			InputStream in = request.getInputStream();
			bytes = in.readNBytes(MAX_BODY_BYTES + 1);
			if (bytes.length > MAX_BODY_BYTES) {
				drain(in);
				throw new TellodyException(HttpStatus.PAYLOAD_TOO_LARGE,
						"The request body is larger than " + MAX_BODY_BYTES + " bytes (1 MiB), the limit for the "
								+ "parameters of " + endpoint + "; send a small JSON object such as " + EXAMPLE);
			}
		}
		catch (IOException ex) {
			throw TellodyException.badRequest("The request body could not be read: " + ex.getMessage());
		}
		if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
			throw TellodyException.badRequest("The request body is empty; send the parameters of " + endpoint
					+ " as a JSON object, e.g. " + EXAMPLE);
		}
		String text = new String(bytes, StandardCharsets.UTF_8).trim();
		if (isFormEncoded(text)) {
			throw TellodyException.badRequest("The body is form-encoded (" + abbreviate(text)
					+ ") but labelled application/json: send the parameters as a JSON object, e.g. " + EXAMPLE
					+ ". With python requests pass json=data, not data=data");
		}
		JsonNode root;
		try {
			root = this.json.readTree(bytes);
		}
		catch (JacksonException ex) {
			// Jackson's message names the source it hides ("[Source: REDACTED ...]") and
			// Java types: noise to a caller.
			String problem = ErrorTexts.withoutClassNames(
					ex.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", ""));
			throw TellodyException
				.badRequest("Malformed JSON: " + problem
						+ ((ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ", column "
								+ ex.getLocation().getColumnNr() + ")" : "")
						+ "; send a JSON object such as " + EXAMPLE);
		}
		if (root == null || !root.isObject()) {
			throw TellodyException
				.badRequest("Expected the parameters of " + endpoint + " as a JSON object, e.g. " + EXAMPLE);
		}
		return root;
	}

	/**
	 * Whether the text is {@code name=value&name=value...}, what a form encoder makes of
	 * a dict: a name ({@code [A-Za-z_][A-Za-z0-9_.%-]*}) and {@code =} first, and none of
	 * JSON's {@code {}[]"} anywhere (a value may hold {@code &} and {@code =}, so that is
	 * all the form's grammar asks). One pass over the text: a regular expression of this
	 * grammar backtracks for minutes on a long body ending in a quote.
	 */
	static boolean isFormEncoded(String text) {
		if (text.isEmpty() || !isNameStart(text.charAt(0))) {
			return false;
		}
		int i = 1;
		while (i < text.length() && isNamePart(text.charAt(i))) {
			i++;
		}
		if (i == text.length() || text.charAt(i) != '=') {
			return false;
		}
		for (int j = i + 1; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == '{' || c == '}' || c == '[' || c == ']' || c == '"') {
				return false;
			}
		}
		return true;
	}

	private static boolean isNameStart(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
	}

	private static boolean isNamePart(char c) {
		return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '%' || c == '-';
	}

	private static void drain(InputStream in) throws IOException {
		byte[] sink = new byte[64 * 1024];
		long drained = 0;
		int read;
		while (drained < MAX_DRAINED_BYTES && (read = in.read(sink)) != -1) {
			drained += read;
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

	static String formBody(String endpoint, List<String> fields) {
		if (fields.size() == 1 && fields.get(0).trim().startsWith("{")) {
			return "The body looks like JSON but was sent as a form (Content-Type: application/x-www-form-urlencoded, "
					+ "what curl -d sends by default): add the header Content-Type: application/json";
		}
		if (fields.stream()
			.anyMatch((field) -> field.equalsIgnoreCase("X-XSRF-TOKEN") || field.equalsIgnoreCase("Content-Type"))) {
			return "Received a form body (application/x-www-form-urlencoded) with the fields "
					+ String.join(", ", fields) + ": the request headers were sent as the body and the parameters of "
					+ endpoint
					+ " were not sent. Expected a JSON object with Content-Type: application/json. With python "
					+ "requests, a dict given as the second positional argument of session.post() becomes the form "
					+ "body: call session.post(url, json=data, headers=header)";
		}
		return "Received a form body (application/x-www-form-urlencoded)"
				+ (fields.isEmpty() ? "" : " with the fields " + String.join(", ", fields))
				+ "; expected the parameters of " + endpoint
				+ " as a JSON object with Content-Type: application/json, e.g. " + EXAMPLE;
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Long millis(JsonNode root, String name, List<String> problems) {
		JsonNode node = root.get(name);
		String expected = name + ": must be a date in epoch milliseconds (an integer such as 1437426000000)";
		if (node == null || node.isNull()) {
			problems.add(name + ": is required; " + expected.substring(name.length() + 2));
			return null;
		}
		String range = "use epoch milliseconds between 0 and " + MAX_MILLIS;
		if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
			// 1e999: beyond a double, the JSON reader makes it an infinity.
			problems.add(name + ": the number is out of range (" + ((node.doubleValue() > 0) ? "" : "-")
					+ "infinite as a double); " + range);
			return null;
		}
		BigDecimal value = null;
		if (node.isNumber()) {
			value = node.decimalValue();
		}
		else if (node.isString() && node.asString().trim().matches("-?\\d{1,19}")) {
			value = new BigDecimal(node.asString().trim());
		}
		if (value == null || value.stripTrailingZeros().scale() > 0) {
			problems.add(expected + ", got " + node);
			return null;
		}
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_MILLIS)) > 0) {
			problems.add(name + ": " + value.toPlainString() + " is out of range; " + range);
			return null;
		}
		return value.longValueExact();
	}

	private static BucketUnit unit(JsonNode root, String name, List<BucketUnit> allowed, boolean required,
			List<String> problems) {
		JsonNode node = root.get(name);
		String choices = String.join(", ", allowed.stream().map(BucketUnit::label).toList());
		if (node == null || node.isNull()) {
			if (required) {
				problems.add(name + ": is required, one of " + choices);
			}
			return null;
		}
		BucketUnit unit = node.isString() ? BucketUnit.parse(node.asString().trim()).orElse(null) : null;
		if (unit == null || !allowed.contains(unit)) {
			problems.add(name + ": " + node + " must be one of " + choices);
			return null;
		}
		return unit;
	}

	private static Integer dow(JsonNode root, List<String> problems) {
		JsonNode node = root.get("dow");
		if (node == null || node.isNull()) {
			return 0;
		}
		String text = node.isString() ? node.asString().trim() : node.isIntegralNumber() ? node.asString() : "";
		if (!text.matches("[0-6]")) {
			problems.add("dow: " + node + " must be the first day of the week as an integer, 0 = Sunday, 1 = Monday, "
					+ "... 6 = Saturday");
			return null;
		}
		return Integer.parseInt(text);
	}

}
