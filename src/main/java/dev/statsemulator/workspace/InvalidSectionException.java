package dev.statsemulator.workspace;

/**
 * Thrown when a vendor section of the workspace JSON does not have its vendor's shape (a
 * string where an object belongs, an unknown field); the message names the place, as
 * {@code <section>.users[0].foo}.
 */
public class InvalidSectionException extends RuntimeException {

	public InvalidSectionException(String message) {
		super(message);
	}

}
