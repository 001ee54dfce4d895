package dev.statsemulator.getresponse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.getresponse.JsonRpcEnvelopes.Protocol;
import dev.statsemulator.web.ErrorTexts;

import org.springframework.stereotype.Component;

/**
 * JSON-RPC 1.0 and 2.0 over one endpoint: reads a request or a 2.0 batch, calls the
 * methods, and answers in the envelope each request spoke. Only a 2.0 request without an
 * {@code id} member is a notification and gets no answer. A 1.0 request without an
 * {@code id} is answered with {@code "id": null}: GetResponse's own Java (json-lib) and
 * Ruby samples send {@code method} and {@code params} alone and read {@code result}.
 * {@code "id": null} is a call in both versions (old wrappers send it and wait).
 */
@Component
class JsonRpcDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(JsonRpcDispatcher.class);

	/** How an unreadable body is guessed to be 2.0, to answer in its envelope. */
	private static final Pattern SPEAKS_VERSION_2 = Pattern.compile("\"jsonrpc\"\\s*:\\s*\"2\\.0\"");

	/**
	 * The parser's note on where an unclosed object or array began, naming the source it
	 * hides: noise to a caller.
	 */
	private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

	/** Any other note on the hidden source, wherever the parser puts one. */
	private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*(at )?\\[Source:[^\\]]*\\]");

	/** The most calls one batch may hold; a larger batch is one -32600 error. */
	static final int MAX_BATCH_CALLS = 100;

	private final JsonMapper json;

	/**
	 * Reads numbers without a double in between, so an id comes back with every digit it
	 * was sent with (1e999 stays a number, not "Infinity").
	 */
	private final ObjectReader reader;

	private final GetResponseMethods methods;

	JsonRpcDispatcher(JsonMapper json, GetResponseMethods methods) {
		this.json = json;
		this.reader = json.reader()
			.with(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
		this.methods = methods;
	}

	/** The answer's body, or empty when nothing is to be answered (notifications). */
	Optional<byte[]> dispatch(byte[] body) {
		JsonNode request;
		try {
			request = this.reader.readTree(body);
		}
		catch (JacksonException ex) {
			return answer(guessProtocol(body).failure(JsonRpcError.parseError(describe(ex)), null));
		}
		if (request == null || request.isMissingNode()) {
			return answer(guessProtocol(body).failure(JsonRpcError.parseError("The request body is empty"), null));
		}
		if (!request.isArray()) {
			return handle(request).flatMap(this::answer);
		}
		if (request.isEmpty()) {
			return answer(
					Protocol.V2.failure(JsonRpcError.invalidRequest("A batch must hold at least one request"), null));
		}
		if (request.size() > MAX_BATCH_CALLS) {
			// One error for the whole batch, before any call runs: the batch as a whole
			// is not a valid request.
			return answer(Protocol.V2.failure(JsonRpcError.invalidRequest("A batch holds " + request.size()
					+ " requests; at most " + MAX_BATCH_CALLS + " are accepted in one batch"), null));
		}
		List<Object> replies = new ArrayList<>();
		for (JsonNode call : request) {
			handle(call).ifPresent(replies::add);
		}
		return replies.isEmpty() ? Optional.empty() : answer(replies);
	}

	/** The answer to a body larger than the vendor's request size limit. */
	byte[] tooLarge(byte[] prefix, int limit) {
		return answer(guessProtocol(prefix)
			.failure(JsonRpcError.invalidRequest("The request is larger than the limit of " + limit + " bytes"), null))
			.orElseThrow();
	}

	private Optional<Object> handle(JsonNode request) {
		if (!request.isObject()) {
			return Optional.of(Protocol.V2.failure(
					JsonRpcError.invalidRequest("A request must be a JSON object with method, params and id"), null));
		}
		JsonNode version = request.get("jsonrpc");
		Protocol protocol = (version == null) ? Protocol.V1 : Protocol.V2;
		JsonNode id = request.get("id");
		if (id != null && !(id.isString() || id.isNumber() || id.isNull())) {
			return Optional
				.of(protocol.failure(JsonRpcError.invalidRequest("id must be a string, a number or null"), null));
		}
		if (version != null && !(version.isString() && JsonRpcEnvelopes.VERSION_2.equals(version.stringValue()))) {
			return Optional.of(protocol
				.failure(JsonRpcError.invalidRequest("jsonrpc must be \"2.0\", or left out for JSON-RPC 1.0"), id));
		}
		JsonNode method = request.get("method");
		if (method == null || !method.isString()) {
			return Optional.of(protocol.failure(JsonRpcError.invalidRequest("method must be a string"), id));
		}
		Object reply;
		try {
			reply = protocol.success(this.methods.call(method.stringValue(), request.get("params")), id);
		}
		catch (JsonRpcException ex) {
			reply = protocol.failure(ex.error(), id);
		}
		catch (RuntimeException ex) {
			logger.error("GetResponse method {} failed", method.stringValue(), ex);
			reply = protocol.failure(JsonRpcError.internalError(), id);
		}
		boolean notification = (id == null) && (protocol == Protocol.V2);
		return notification ? Optional.empty() : Optional.of(reply);
	}

	private Optional<byte[]> answer(Object reply) {
		return Optional.of(this.json.writeValueAsBytes(reply));
	}

	private static Protocol guessProtocol(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
		return SPEAKS_VERSION_2.matcher(text).find() ? Protocol.V2 : Protocol.V1;
	}

	private static String describe(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (message != null) {
			message = ErrorTexts.withoutClassNames(
					SOURCE_NOTE.matcher(START_MARKER.matcher(message).replaceAll("")).replaceAll("").trim());
		}
		if (message != null && message.length() > 300) {
			message = message.substring(0, 300) + "...";
		}
		return (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? message + " (line "
				+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : message;
	}

}
