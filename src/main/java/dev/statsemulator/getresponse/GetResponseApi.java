package dev.statsemulator.getresponse;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.calls.VendorApi;
import dev.statsemulator.faults.FaultKind;
import dev.statsemulator.getresponse.JsonRpcEnvelopes.Protocol;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * GetResponse for the journal and fault injection: the JSON-RPC endpoint at the root, the
 * workspace of the API key that opens the (first) call's params, and failures as JSON-RPC
 * errors in the envelope the call spoke (HTTP 200, as every answer of the endpoint).
 */
@Component
class GetResponseApi implements VendorApi {

	/**
	 * Decided: the vendor's own error code (-1) with this text when calls come too fast.
	 */
	static final JsonRpcError TOO_MANY_REQUESTS = JsonRpcError.vendor("Too many requests");

	private final GetResponseCredentials credentials;

	private final JsonMapper json;

	GetResponseApi(GetResponseCredentials credentials, JsonMapper json) {
		this.credentials = credentials;
		this.json = json;
	}

	@Override
	public String name() {
		return "getresponse";
	}

	@Override
	public boolean owns(String method, String path) {
		return "POST".equals(method) && GetResponseSecurityConfiguration.PATH.equals(path);
	}

	@Override
	public Optional<String> workspaceOf(HttpServletRequest request, byte[] body) {
		JsonNode call = firstCall(body);
		JsonNode key = (call != null) ? call.path("params").path(0) : null;
		return (key != null && key.isString()) ? this.credentials.workspaceOf(key.stringValue()) : Optional.empty();
	}

	@Override
	public void writeFailure(FaultKind failure, HttpServletRequest request, byte[] body, HttpServletResponse response)
			throws IOException {
		if (failure == FaultKind.UNAVAILABLE) {
			VendorApi.writeUnavailable(response);
			return;
		}
		JsonNode call = firstCall(body);
		Protocol protocol = (call != null && call.has("jsonrpc")) ? Protocol.V2 : Protocol.V1;
		JsonRpcError error = (failure == FaultKind.RATE_LIMIT) ? TOO_MANY_REQUESTS
				: JsonRpcError.API_KEY_VERIFICATION_FAILED;
		Object answer = protocol.failure(error, (call != null) ? call.get("id") : null);
		byte[] bytes = this.json
			.writeValueAsBytes((body.length > 0 && isBatch(body)) ? new Object[] { answer } : answer);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private JsonNode firstCall(byte[] body) {
		try {
			JsonNode root = this.json.readTree(body);
			JsonNode call = (root != null && root.isArray()) ? root.path(0) : root;
			return (call != null && call.isObject()) ? call : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private boolean isBatch(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '[';
			}
		}
		return false;
	}

}
