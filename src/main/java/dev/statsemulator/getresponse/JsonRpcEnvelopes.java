package dev.statsemulator.getresponse;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The response envelopes. A caller gets the envelope of the protocol it spoke: JSON-RPC
 * 2.0 answers carry either {@code result} or {@code error}, never both (strict 2.0
 * clients reject that); JSON-RPC 1.0 answers always carry both, one of them null.
 */
final class JsonRpcEnvelopes {

	static final String VERSION_2 = "2.0";

	private JsonRpcEnvelopes() {
	}

	/** The protocol a request spoke. */
	enum Protocol {

		/** No {@code jsonrpc} member. */
		V1,
		/** {@code "jsonrpc": "2.0"}. */
		V2;

		Object success(Object result, JsonNode id) {
			return (this == V2) ? new Success2(VERSION_2, result, orNull(id)) : new Response1(result, null, orNull(id));
		}

		Object failure(JsonRpcError error, JsonNode id) {
			return (this == V2) ? new Failure2(VERSION_2, error, orNull(id)) : new Response1(null, error, orNull(id));
		}

		private static JsonNode orNull(JsonNode id) {
			return (id != null) ? id : NullNode.getInstance();
		}

	}

	/**
	 * A JSON-RPC 2.0 result.
	 *
	 * @param jsonrpc always "2.0"
	 * @param result the method's result
	 * @param id the request's id, as sent
	 */
	@JsonPropertyOrder({ "jsonrpc", "result", "id" })
	record Success2(String jsonrpc, Object result, JsonNode id) {
	}

	/**
	 * A JSON-RPC 2.0 error.
	 *
	 * @param jsonrpc always "2.0"
	 * @param error what went wrong
	 * @param id the request's id, as sent (null when it could not be read)
	 */
	@JsonPropertyOrder({ "jsonrpc", "error", "id" })
	record Failure2(String jsonrpc, JsonRpcError error, JsonNode id) {
	}

	/**
	 * A JSON-RPC 1.0 response: result or error, the other one null.
	 *
	 * @param result the method's result, or null
	 * @param error what went wrong, or null
	 * @param id the request's id, as sent
	 */
	@JsonPropertyOrder({ "result", "error", "id" })
	record Response1(Object result, JsonRpcError error, JsonNode id) {
	}

}
