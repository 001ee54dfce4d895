package dev.statsemulator.client;

/** The control API refused a call: its HTTP status and problem details. */
public class ControlApiException extends RuntimeException {

	private final int status;

	private final String body;

	ControlApiException(String request, int status, String body) {
		super(request + " answered " + status + ": " + body);
		this.status = status;
		this.body = body;
	}

	public int status() {
		return this.status;
	}

	/** The answer's body (RFC 9457 problem details). */
	public String body() {
		return this.body;
	}

}
