package dev.statsemulator.getresponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.getresponse.JsonRpcEnvelopes.Protocol;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * GetResponse's errors, in one place: calls fail inside the dispatcher with their
 * JSON-RPC error objects; whatever escapes it (the connection failing while the body is
 * read) still answers a JSON-RPC error with HTTP 200, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = GetResponseExceptionAdvice.class)
class GetResponseExceptionAdvice {

	private static final Logger logger = LoggerFactory.getLogger(GetResponseExceptionAdvice.class);

	private final JsonMapper json;

	GetResponseExceptionAdvice(JsonMapper json) {
		this.json = json;
	}

	@ExceptionHandler
	ResponseEntity<byte[]> unexpected(Exception ex) {
		logger.warn("GetResponse request failed: {}", ex.toString());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsBytes(Protocol.V2.failure(JsonRpcError.internalError(), null)));
	}

}
