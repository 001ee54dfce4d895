package dev.statsemulator.web;

import java.io.IOException;

/**
 * A request body longer than its endpoint's limit, found while reading it: answered 413
 * in the endpoint's error shape.
 */
public class BodyTooLargeException extends IOException {

	private final long limit;

	public BodyTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

	/** The body limit exception among the causes of {@code ex}, if any. */
	public static BodyTooLargeException in(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}
