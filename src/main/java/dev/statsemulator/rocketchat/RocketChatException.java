package dev.statsemulator.rocketchat;

import org.springframework.http.HttpStatus;

/**
 * An answer that ends a request with a Rocket.Chat error (RocketChatErrors builds them).
 */
final class RocketChatException extends RuntimeException {

	private final HttpStatus status;

	private final transient Object body;

	RocketChatException(HttpStatus status, Object body) {
		super(body.toString(), null, false, false);
		this.status = status;
		this.body = body;
	}

	HttpStatus status() {
		return this.status;
	}

	Object body() {
		return this.body;
	}

}
