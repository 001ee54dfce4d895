package dev.statsemulator.journal;

import java.time.Instant;

/**
 * Which journal entries to list or count; every part optional.
 *
 * @param vendor only this vendor's calls
 * @param pathPrefix only calls whose path starts with this
 * @param status only calls answered with this status
 * @param from only calls at or after this wall-clock instant
 * @param to only calls before this wall-clock instant
 * @param injected only calls with (true) or without (false) an injected fault
 */
public record JournalFilter(String vendor, String pathPrefix, Integer status, Instant from, Instant to,
		Boolean injected) {

	public static final JournalFilter ALL = new JournalFilter(null, null, null, null, null, null);

	boolean accepts(JournalEntry entry) {
		return (this.vendor == null || this.vendor.equals(entry.vendor()))
				&& (this.pathPrefix == null || entry.path().startsWith(this.pathPrefix))
				&& (this.status == null || this.status == entry.status())
				&& (this.from == null || !Instant.parse(entry.wallTime()).isBefore(this.from))
				&& (this.to == null || Instant.parse(entry.wallTime()).isBefore(this.to))
				&& (this.injected == null || this.injected == (entry.injected() != null));
	}

}
