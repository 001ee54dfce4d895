package dev.statsemulator.eventstore;

/**
 * Counts of one metric at one stored time slot, for one group.
 *
 * @param metric {@link Metric#code()}
 * @param time start of the stored bucket (epoch ms), or the event's own time for exact
 * reads
 * @param group the group's key (see {@link Dimension}); "" without a breakdown
 * @param count how many events
 * @param sum the sum of their values (conversion revenue)
 */
public record CountRow(String metric, long time, String group, long count, double sum) {
}
