package dev.statsemulator.eventstore;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The lookup from stored codes to the constants of the event model's enums. */
final class Codes {

	private Codes() {
	}

	static <E extends Enum<E>> Map<String, E> byCode(E[] values, Function<E, String> code) {
		Map<String, E> byCode = new HashMap<>();
		for (E value : values) {
			byCode.put(code.apply(value), value);
		}
		return byCode;
	}

}
