package dev.statsemulator.getresponse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A JSON-RPC error object. GetResponse's own errors (bad key, missing message) use code
 * -1 and no data; the protocol's errors use the JSON-RPC 2.0 codes, with {@code data}
 * saying what is wrong.
 *
 * @param code the error code
 * @param message the error text
 * @param data what exactly is wrong, or null (then left out)
 */
@JsonPropertyOrder({ "code", "message", "data" })
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonRpcError(int code, String message, String data) {

	static JsonRpcError parseError(String data) {
		return new JsonRpcError(-32700, "Parse error", data);
	}

	static JsonRpcError invalidRequest(String data) {
		return new JsonRpcError(-32600, "Invalid Request", data);
	}

	static JsonRpcError methodNotFound(String data) {
		return new JsonRpcError(-32601, "Method not found", data);
	}

	static JsonRpcError invalidParams(String data) {
		return new JsonRpcError(-32602, "Invalid params", data);
	}

	static JsonRpcError internalError() {
		return new JsonRpcError(-32603, "Internal error", null);
	}

	/** GetResponse's errors: code -1, the vendor's text, nothing else. */
	static JsonRpcError vendor(String message) {
		return new JsonRpcError(-1, message, null);
	}

	static final JsonRpcError API_KEY_VERIFICATION_FAILED = vendor("API key verification failed");

	static final JsonRpcError MISSING_MESSAGE = vendor("Missing message");

}
