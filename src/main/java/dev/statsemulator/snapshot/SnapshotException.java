package dev.statsemulator.snapshot;

/** A snapshot that cannot be imported, with the line and what is wrong. */
public class SnapshotException extends RuntimeException {

	SnapshotException(String message) {
		super(message);
	}

	SnapshotException(String message, Throwable cause) {
		super(message, cause);
	}

}
