package dev.statsemulator.getresponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GetResponse's JSON-RPC endpoint at the host root. It takes any Content-Type (some
 * wrappers send none, curl sends a form type) and reads the body itself, bounded by the
 * vendor's request size limit. Every answer, errors included, is HTTP 200 with a JSON-RPC
 * body; a notification (or a batch of them only) gets HTTP 200 with an empty body, as
 * jsonrpclib's own server answers it: the Python library GetResponse's sample uses takes
 * only a 200 (a 204 raises its TransportError) and reads an empty body as "no answer".
 * The answer bypasses content negotiation, so any Accept header gets JSON.
 */
@RestController
class JsonRpcController {

	/** The vendor's request size limit. */
	static final int MAX_REQUEST_BYTES = 1_048_576;

	/**
	 * How much of an oversized body is read and dropped, so the client can read the
	 * answer.
	 */
	private static final long MAX_DRAINED_BYTES = 16L * MAX_REQUEST_BYTES;

	private final JsonRpcDispatcher dispatcher;

	JsonRpcController(JsonRpcDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@PostMapping("/")
	void call(HttpServletRequest request, HttpServletResponse response) throws IOException {
		InputStream body = request.getInputStream();
		byte[] bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
		Optional<byte[]> answer;
		if (bytes.length > MAX_REQUEST_BYTES) {
			drain(body);
			answer = Optional.of(this.dispatcher.tooLarge(bytes, MAX_REQUEST_BYTES));
		}
		else {
			answer = this.dispatcher.dispatch(bytes);
		}
		if (answer.isEmpty()) {
			response.setStatus(HttpStatus.OK.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setContentLength(0);
			return;
		}
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(answer.get().length);
		response.getOutputStream().write(answer.get());
	}

	private static void drain(InputStream body) throws IOException {
		byte[] sink = new byte[64 * 1024];
		long drained = 0;
		int read;
		while (drained < MAX_DRAINED_BYTES && (read = body.read(sink)) != -1) {
			drained += read;
		}
	}

}
