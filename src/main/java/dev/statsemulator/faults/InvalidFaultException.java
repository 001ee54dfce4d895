package dev.statsemulator.faults;

import java.util.List;

/** A fault rule the control API cannot take, with what to fix. */
public class InvalidFaultException extends RuntimeException {

	private final List<String> problems;

	InvalidFaultException(List<String> problems) {
		super("Invalid fault: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
