package dev.statsemulator.eventstore;

import java.util.List;

/** A batch with at least one invalid item; nothing of it was stored. */
public class InvalidBatchException extends RuntimeException {

	private final List<BatchError> errors;

	public InvalidBatchException(String what, List<BatchError> errors) {
		super(errors.size() + " problem(s) in the " + what + "; nothing was stored");
		this.errors = List.copyOf(errors);
	}

	public List<BatchError> errors() {
		return this.errors;
	}

}
