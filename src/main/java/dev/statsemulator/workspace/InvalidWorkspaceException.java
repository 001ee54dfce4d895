package dev.statsemulator.workspace;

import java.util.List;

/**
 * Thrown when workspace settings are invalid; each problem names the field and what is
 * wrong.
 */
public class InvalidWorkspaceException extends RuntimeException {

	private final List<String> problems;

	public InvalidWorkspaceException(List<String> problems) {
		super("Invalid workspace: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
