package dev.statsemulator.eventstore;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Changes to the count buckets that one ingest batch makes, summed per bucket before they
 * are written, so a batch writes each bucket once however many of its events fall into
 * it.
 */
final class BucketDeltas {

	/** Per message, and across all messages (message key ""). */
	static final short PER_MESSAGE = 0;

	static final short ALL_MESSAGES = 1;

	record Key(short granularity, short rollup, String metric, String messageKey, long bucketStart, String channel,
			String platform, String detail) {
	}

	static final class Delta {

		long count;

		double sum;

	}

	private final Map<Key, Delta> deltas = new HashMap<>();

	/**
	 * Counts one event of {@code metric} (or takes it back, with sign -1) in every bucket
	 * it belongs to.
	 */
	void add(String metric, long atMillis, Channel channel, String platform, String messageKey, String detail,
			double value, int sign) {
		for (Granularity granularity : Granularity.values()) {
			long start = granularity.floor(atMillis);
			short minutes = (short) granularity.minutes();
			if (!messageKey.isEmpty()) {
				bump(new Key(minutes, PER_MESSAGE, metric, messageKey, start, channel.code(), platform, detail), value,
						sign);
			}
			bump(new Key(minutes, ALL_MESSAGES, metric, "", start, channel.code(), platform, detail), value, sign);
		}
	}

	void add(Event event) {
		add(Metric.all(event.type()).code(), event.at().toEpochMilli(), event.channel(), event.platformCode(),
				event.messageKey(), event.detail(), (event.revenue() != null) ? event.revenue() : 0, 1);
	}

	private void bump(Key key, double value, int sign) {
		Delta delta = this.deltas.computeIfAbsent(key, (k) -> new Delta());
		delta.count += sign;
		delta.sum += sign * value;
	}

	Collection<Map.Entry<Key, Delta>> entries() {
		return this.deltas.entrySet();
	}

	boolean isEmpty() {
		return this.deltas.isEmpty();
	}

}
