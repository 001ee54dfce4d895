package dev.statsemulator.startup;

import java.nio.file.Path;

/**
 * The data directory (emulator.data-dir) cannot be created, read or written; reported at
 * start-up by {@link StartupFailureAnalyzer}.
 */
public class DataDirectoryNotWritableException extends RuntimeException {

	private final transient Path directory;

	public DataDirectoryNotWritableException(Path directory, String message, Throwable cause) {
		super(message, cause);
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

}
