package dev.statsemulator.pushwoosh;

import org.springframework.http.HttpStatus;

/**
 * A request Pushwoosh refuses, with the status and text it answers; the error style
 * (gRPC-gateway envelope or {@code {"error": ...}}) depends on the endpoint.
 */
class PushwooshException extends RuntimeException {

	private final HttpStatus status;

	PushwooshException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

	static PushwooshException badRequest(String message) {
		return new PushwooshException(HttpStatus.BAD_REQUEST, message);
	}

	static PushwooshException notFound(String message) {
		return new PushwooshException(HttpStatus.NOT_FOUND, message);
	}

	/** 403: the token's workspace has no right to read this application. */
	static PushwooshException applicationDenied(String application) {
		return new PushwooshException(HttpStatus.FORBIDDEN,
				"access denied: the API access token may not read application " + application);
	}

}
