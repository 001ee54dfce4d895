package dev.statsemulator.pushwoosh;

import java.util.HashSet;
import java.util.Set;

/** Sets of message codes, as filters narrow them down (null: not narrowed yet). */
final class MessageSets {

	private MessageSets() {
	}

	static Set<String> intersect(Set<String> current, Set<String> more) {
		if (current == null) {
			return more;
		}
		Set<String> both = new HashSet<>(current);
		both.retainAll(more);
		return Set.copyOf(both);
	}

}
