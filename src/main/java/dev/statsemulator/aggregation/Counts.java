package dev.statsemulator.aggregation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.Metric;

/**
 * The answer to a {@link CountQuery}: per metric, per group, per bucket, a count and a
 * value sum.
 */
public final class Counts {

	private final List<TimeInterval> buckets;

	private final Map<Metric, Map<String, long[]>> counts = new HashMap<>();

	private final Map<Metric, Map<String, double[]>> sums = new HashMap<>();

	Counts(List<TimeInterval> buckets) {
		this.buckets = List.copyOf(buckets);
	}

	void add(Metric metric, String group, int bucket, long count, double sum) {
		this.counts.computeIfAbsent(metric, (m) -> new HashMap<>())
			.computeIfAbsent(group, (g) -> new long[this.buckets.size()])[bucket] += count;
		this.sums.computeIfAbsent(metric, (m) -> new HashMap<>())
			.computeIfAbsent(group, (g) -> new double[this.buckets.size()])[bucket] += sum;
	}

	/** The buckets, oldest first. */
	public List<TimeInterval> buckets() {
		return this.buckets;
	}

	/** The count in one bucket, all groups together. */
	public long count(Metric metric, int bucket) {
		long total = 0;
		for (long[] values : this.counts.getOrDefault(metric, Map.of()).values()) {
			total += values[bucket];
		}
		return total;
	}

	/** The count of one group in one bucket. */
	public long count(Metric metric, String group, int bucket) {
		long[] values = this.counts.getOrDefault(metric, Map.of()).get(group);
		return (values != null) ? values[bucket] : 0;
	}

	/** The counts of every bucket, all groups together, oldest first. */
	public long[] series(Metric metric) {
		long[] series = new long[this.buckets.size()];
		for (int i = 0; i < series.length; i++) {
			series[i] = count(metric, i);
		}
		return series;
	}

	/** The sum of values (conversion revenue) of one group in one bucket. */
	public double sum(Metric metric, String group, int bucket) {
		double[] values = this.sums.getOrDefault(metric, Map.of()).get(group);
		return (values != null) ? values[bucket] : 0;
	}

	/** The count over all buckets and groups. */
	public long total(Metric metric) {
		long total = 0;
		for (long[] values : this.counts.getOrDefault(metric, Map.of()).values()) {
			for (long value : values) {
				total += value;
			}
		}
		return total;
	}

	/** The count of one group over all buckets. */
	public long total(Metric metric, String group) {
		long total = 0;
		long[] values = this.counts.getOrDefault(metric, Map.of()).get(group);
		if (values != null) {
			for (long value : values) {
				total += value;
			}
		}
		return total;
	}

	/** The groups that have at least one event of the metric, sorted. */
	public Set<String> groups(Metric metric) {
		Set<String> groups = new TreeSet<>();
		this.counts.getOrDefault(metric, Map.of()).forEach((group, values) -> {
			for (long value : values) {
				if (value != 0) {
					groups.add(group);
					return;
				}
			}
		});
		return groups;
	}

	/**
	 * The groups of a {@link Dimension#MESSAGE_AND_PLATFORM} breakdown that have an event
	 * of any of the metrics, decoded, in the order of their keys.
	 */
	public List<MessageAndPlatform> messagesAndPlatforms(Collection<Metric> metrics) {
		Set<String> keys = new TreeSet<>();
		metrics.forEach((metric) -> keys.addAll(groups(metric)));
		return keys.stream()
			.map((key) -> new MessageAndPlatform(Dimension.messageOf(key), Dimension.platformOf(key), key))
			.toList();
	}

	/**
	 * A group of a {@link Dimension#MESSAGE_AND_PLATFORM} breakdown.
	 *
	 * @param message the message id
	 * @param platform the platform code ("" when unknown)
	 * @param group the group key, as {@link #total(Metric, String)} takes it
	 */
	public record MessageAndPlatform(String message, String platform, String group) {
	}

}
