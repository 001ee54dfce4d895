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
 * value sum. Complete when the aggregation service hands it out, and never changed after:
 * the answer cache hands the same counts to every caller of the same query.
 */
public final class Counts {

	private final List<TimeInterval> buckets;

	private final Map<Metric, Map<String, long[]>> counts;

	private final Map<Metric, Map<String, double[]>> sums;

	Counts(List<TimeInterval> buckets) {
		this(buckets, new HashMap<>(), new HashMap<>());
	}

	private Counts(List<TimeInterval> buckets, Map<Metric, Map<String, long[]>> counts,
			Map<Metric, Map<String, double[]>> sums) {
		this.buckets = List.copyOf(buckets);
		this.counts = counts;
		this.sums = sums;
	}

	/**
	 * The same counts in other buckets of the same number (a total over a range that
	 * holds the same events). Shares the values: neither may change afterwards.
	 */
	Counts inBuckets(List<TimeInterval> buckets) {
		if (buckets.size() != this.buckets.size()) {
			throw new IllegalArgumentException(buckets.size() + " buckets for counts of " + this.buckets.size());
		}
		return new Counts(buckets, this.counts, this.sums);
	}

	/** About how many bytes of heap these counts hold (for the answer cache's bound). */
	int estimatedBytes() {
		long bytes = 64 + this.buckets.size() * 72L;
		for (Map<String, long[]> groups : this.counts.values()) {
			for (Map.Entry<String, long[]> group : groups.entrySet()) {
				// A count and a sum per bucket, two arrays and two map entries.
				bytes += 2 * (64 + group.getKey().length() * 2L) + group.getValue().length * 16L + 32;
			}
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
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
