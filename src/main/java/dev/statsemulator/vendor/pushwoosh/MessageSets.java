package dev.statsemulator.vendor.pushwoosh;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.statsemulator.eventstore.CatalogueMessage;

/** Sets of message codes, as filters narrow them down (null: not narrowed yet). */
final class MessageSets {

	private MessageSets() {
	}

	static Set<String> ids(List<CatalogueMessage> messages, Predicate<CatalogueMessage> filter) {
		return messages.stream().filter(filter).map(CatalogueMessage::id).collect(Collectors.toUnmodifiableSet());
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
