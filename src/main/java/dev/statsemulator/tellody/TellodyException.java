package dev.statsemulator.tellody;

import org.springframework.http.HttpStatus;

/** A Tellody request that cannot be answered, with its status and what to fix. */
class TellodyException extends RuntimeException {

	private final HttpStatus status;

	TellodyException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	static TellodyException badRequest(String message) {
		return new TellodyException(HttpStatus.BAD_REQUEST, message);
	}

	HttpStatus status() {
		return this.status;
	}

}
