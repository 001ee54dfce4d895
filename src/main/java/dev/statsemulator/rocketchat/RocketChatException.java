package dev.statsemulator.rocketchat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An answer that ends a request with a Rocket.Chat error (RocketChatErrors builds them).
 */
final class RocketChatException extends RuntimeException {

	private final HttpStatus status;

	private final transient Object body;

	private final transient HttpHeaders headers;

	RocketChatException(HttpStatus status, Object body) {
		this(status, body, new HttpHeaders());
	}

	RocketChatException(HttpStatus status, Object body, HttpHeaders headers) {
		super(body.toString(), null, false, false);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}

	/** Headers to answer with (the rate limiter's). */
	HttpHeaders headers() {
		return this.headers;
	}

	HttpStatus status() {
		return this.status;
	}

	Object body() {
		return this.body;
	}

}
