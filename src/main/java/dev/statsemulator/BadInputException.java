package dev.statsemulator;

/**
 * A caller's input that no module can answer (a range with too many buckets, a range that
 * ends before it starts, an impossible generation): the one exception type the entry
 * points turn into a 400 in their own shape. Any other {@link IllegalArgumentException}
 * is a defect and answers a 500. It extends IllegalArgumentException so code that checks
 * arguments keeps catching it.
 */
public class BadInputException extends IllegalArgumentException {

	public BadInputException(String message) {
		super(message);
	}

}
