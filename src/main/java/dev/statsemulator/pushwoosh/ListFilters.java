package dev.statsemulator.pushwoosh;

import java.util.Collection;

/**
 * The cap on list filters (hwid, messages_codes, messages_ids, platforms, actions): a
 * list longer than {@link #MAX_VALUES} is a 400 naming the limit, before any query runs.
 * Each value becomes a bind parameter, and a database statement takes a bounded number of
 * them (PostgreSQL at most 65,535).
 */
final class ListFilters {

	static final int MAX_VALUES = 1000;

	private ListFilters() {
	}

	/**
	 * @throws PushwooshException (400) when the list holds more than {@link #MAX_VALUES}
	 */
	static void check(String field, Collection<?> values) {
		if (values != null && values.size() > MAX_VALUES) {
			throw PushwooshException
				.badRequest(field + ": at most " + MAX_VALUES + " values are accepted, got " + values.size());
		}
	}

	static void check(String field, int size) {
		if (size > MAX_VALUES) {
			throw PushwooshException
				.badRequest(field + ": at most " + MAX_VALUES + " values are accepted, got " + size);
		}
	}

}
