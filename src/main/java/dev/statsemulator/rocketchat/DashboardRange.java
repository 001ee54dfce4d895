package dev.statsemulator.rocketchat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code start} and {@code end} query parameters of the engagement dashboard's
 * message routes, validated the way the real server's {@code check(queryParams,
 * Match.ObjectIncluding({start, end}))} does: first every parameter present, in the order
 * the query string gives them, then the missing ones, start before end. A parameter given
 * twice, or with brackets ({@code start[]=...}), is not a string to the server and fails
 * like a malformed date.
 *
 * @param start the start instant
 * @param end the end instant
 */
record DashboardRange(Instant start, Instant end) {

	private static final List<String> KEYS = List.of("start", "end");

	/**
	 * @throws RocketChatException with the first failed check's 400
	 */
	static DashboardRange parse(String queryString) {
		Map<String, String> present = new LinkedHashMap<>();
		if (queryString != null) {
			for (String pair : queryString.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
				String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
				int bracket = name.indexOf('[');
				if (bracket > 0) {
					// start[]=..., start[x]=...: an array or object, never a string.
					present.put(name.substring(0, bracket), null);
				}
				else if (present.containsKey(name)) {
					// Repeated: the server sees an array.
					present.put(name, null);
				}
				else {
					present.put(name, value);
				}
			}
		}
		Map<String, Instant> instants = new LinkedHashMap<>();
		for (Map.Entry<String, String> parameter : present.entrySet()) {
			if (KEYS.contains(parameter.getKey())) {
				Instant instant = JsIsoInstant.parse(parameter.getValue())
					.orElseThrow(() -> RocketChatErrors.failedValidation(parameter.getKey()));
				instants.put(parameter.getKey(), instant);
			}
		}
		for (String key : KEYS) {
			if (!instants.containsKey(key)) {
				throw RocketChatErrors.missingKey(key);
			}
		}
		return new DashboardRange(instants.get("start"), instants.get("end"));
	}

	/** Percent-decoding as a query string parser does it, lenient with stray percents. */
	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
