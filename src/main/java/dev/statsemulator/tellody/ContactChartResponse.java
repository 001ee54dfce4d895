package dev.statsemulator.tellody;

import java.util.List;

/**
 * Report/ContactChart's answer: per activity, one count per unit of the window, oldest
 * first.
 *
 * @param contactsAdded new contacts ({@code contact_added})
 * @param groupsAdded new groups ({@code group_added})
 * @param contactsBlocked completed opt-outs ({@code optout_completed})
 * @param contactsServed contacts served ({@code contact_served})
 */
record ContactChartResponse(List<Long> contactsAdded, List<Long> groupsAdded, List<Long> contactsBlocked,
		List<Long> contactsServed) {
}
