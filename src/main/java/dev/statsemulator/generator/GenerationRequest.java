package dev.statsemulator.generator;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to generate. The same request gives the same events (ids included), so generating
 * twice stores nothing new the second time.
 *
 * @param seed the random seed
 * @param from start of the traffic
 * @param to end of the traffic (events after it, or after now, are not generated)
 * @param eventsPerDay approximate events per day, before the weekly rhythm
 * @param domains which kinds of traffic (all when empty)
 */
public record GenerationRequest(long seed, Instant from, Instant to, int eventsPerDay, Set<Domain> domains) {

	/** Kinds of traffic, one per vendor domain. */
	public enum Domain {

		/**
		 * Email newsletters: sends, deliveries, opens, clicks, goals, bounces,
		 * complaints, unsubscribes.
		 */
		EMAIL,
		/** Push notifications per platform, with inbox actions and conversions. */
		PUSH,
		/**
		 * SMS campaigns with landing-page codes (URL clicks, downloads, vouchers,
		 * opt-outs).
		 */
		SMS,
		/** Contacts and groups added, contacts served, opt-outs completed. */
		CONTACTS,
		/** Chat messages in public, private, direct and livechat rooms. */
		CHAT

	}

	public GenerationRequest {
		// In declaration order, so a generation runs the same way every time.
		domains = Collections.unmodifiableSet(
				(domains == null || domains.isEmpty()) ? EnumSet.allOf(Domain.class) : EnumSet.copyOf(domains));
	}

}
