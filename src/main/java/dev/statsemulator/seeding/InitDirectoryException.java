package dev.statsemulator.seeding;

/**
 * Bad content in the init directory: names the file, and where known the line and field,
 * so start-up fails with what to fix.
 */
public class InitDirectoryException extends RuntimeException {

	InitDirectoryException(String message) {
		super(message);
	}

	InitDirectoryException(String message, Throwable cause) {
		super(message, cause);
	}

}
