package dev.statsemulator.tellody;

/**
 * The body of a Tellody error that is not about access: the HTTP status carries the error
 * (as the vendor documents), the message says what to fix.
 *
 * @param message what went wrong and what to send instead
 * @param status always {@code error}, as the login's success body says {@code success}
 */
record TellodyError(String message, String status) {

	static final String ERROR = "error";

	static TellodyError of(String message) {
		return new TellodyError(message, ERROR);
	}

}
