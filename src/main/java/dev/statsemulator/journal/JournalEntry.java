package dev.statsemulator.journal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One recorded call to a vendor API, secrets masked.
 *
 * @param sequence position in the emulator's journal, increasing
 * @param workspace the workspace the call's credential matched, or null
 * @param vendor tellody, getresponse, rocketchat or pushwoosh
 * @param method the HTTP method
 * @param path the request path
 * @param query the raw query string, or null
 * @param headers request headers, secrets masked
 * @param body the request body up to the journal's limit, secrets masked
 * @param bodyBytes the body's full length in bytes as far as it was read
 * @param bodyTruncated whether {@code body} is cut at the limit
 * @param status the answer's HTTP status
 * @param durationMillis time to answer, injected delay included
 * @param emulatorTime the emulator clock's "now" when the call came in
 * @param wallTime the system clock when the call came in
 * @param injected the injected fault that answered or delayed the call, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(long sequence, String workspace, String vendor, String method, String path, String query,
		Map<String, List<String>> headers, String body, long bodyBytes, boolean bodyTruncated, int status,
		long durationMillis, String emulatorTime, String wallTime, String injected) {
}
