package dev.statsemulator.pushwoosh;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.JsonNode;

/**
 * The answer envelope of Pushwoosh's Remote API 1.3; {@code response} is null on errors.
 *
 * @param statusCode 200 OK, 210 argument error, 400 malformed request, 500 internal error
 * @param statusMessage "OK" or what went wrong
 * @param response the method's answer
 */
@JsonPropertyOrder({ "status_code", "status_message", "response" })
record RemoteApi13Envelope(@JsonProperty("status_code") int statusCode,
		@JsonProperty("status_message") String statusMessage,
		@JsonProperty("response") @JsonInclude(Include.ALWAYS) JsonNode response) {
}
