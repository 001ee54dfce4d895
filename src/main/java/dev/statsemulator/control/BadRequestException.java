package dev.statsemulator.control;

import java.util.List;

/** A request the control API cannot take, with what to fix. */
class BadRequestException extends RuntimeException {

	private final List<String> errors;

	BadRequestException(String message) {
		this(message, List.of());
	}

	BadRequestException(String message, List<String> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	List<String> errors() {
		return this.errors;
	}

}
