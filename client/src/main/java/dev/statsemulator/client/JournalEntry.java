package dev.statsemulator.client;

import java.util.List;
import java.util.Map;

/**
 * One call a client made to a vendor API, as the emulator's journal recorded it (secrets
 * masked as {@code ***}).
 *
 * @param sequence increasing position in the emulator's journal
 * @param workspace the workspace the call's credential matched, or null
 * @param vendor tellody, getresponse, rocketchat or pushwoosh
 * @param method HTTP method
 * @param path request path
 * @param query raw query string, or null
 * @param headers request headers (lower-case names)
 * @param body the request body up to the journal's limit, or null
 * @param status the answer's HTTP status
 * @param durationMillis time to answer
 * @param emulatorTime the emulator clock's time of the call
 * @param wallTime the system clock's time of the call
 * @param injected the injected fault, or null
 */
public record JournalEntry(long sequence, String workspace, String vendor, String method, String path, String query,
		Map<String, List<String>> headers, String body, int status, long durationMillis, String emulatorTime,
		String wallTime, String injected) {

	@SuppressWarnings("unchecked")
	static JournalEntry of(Map<String, Object> json) {
		return new JournalEntry(number(json.get("sequence")), (String) json.get("workspace"),
				(String) json.get("vendor"), (String) json.get("method"), (String) json.get("path"),
				(String) json.get("query"), (Map<String, List<String>>) (Map<?, ?>) json.get("headers"),
				(String) json.get("body"), (int) number(json.get("status")), number(json.get("durationMillis")),
				(String) json.get("emulatorTime"), (String) json.get("wallTime"), (String) json.get("injected"));
	}

	/** The first value of a header (name in any case), or null. */
	public String header(String name) {
		List<String> values = (this.headers != null) ? this.headers.get(name.toLowerCase(java.util.Locale.ROOT)) : null;
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
