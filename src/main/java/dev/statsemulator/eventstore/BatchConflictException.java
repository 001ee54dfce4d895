package dev.statsemulator.eventstore;

import java.util.List;

/**
 * Items whose identity was already used for other content; nothing of the batch was
 * stored.
 */
public class BatchConflictException extends RuntimeException {

	private final List<BatchError> conflicts;

	public BatchConflictException(String message, List<BatchError> conflicts) {
		super(message);
		this.conflicts = List.copyOf(conflicts);
	}

	public List<BatchError> conflicts() {
		return this.conflicts;
	}

}
