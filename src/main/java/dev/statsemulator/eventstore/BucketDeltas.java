package dev.statsemulator.eventstore;

import java.time.ZoneId;
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

	/**
	 * A link click bucket ({@code link_click_bucket}): granularity {@link #LINK_DAY} (the
	 * UTC day from {@code bucketStart}) or {@link #LINK_ALL_TIME} (bucket start 0);
	 * application and campaign are the click's own, "" when it has none.
	 */
	record LinkKey(short granularity, long bucketStart, String messageKey, String application, String campaign,
			String channel, String link) {
	}

	/** Link click buckets of one UTC day. */
	static final short LINK_DAY = 1440;

	/** Link click buckets of all time. */
	static final short LINK_ALL_TIME = 0;

	static final long DAY_MILLIS = 86_400_000L;

	private final Map<Key, Delta> deltas = new HashMap<>();

	private final Map<LinkKey, Delta> linkDeltas = new HashMap<>();

	private final LocalDays localDays;

	private final ZoneId dayZone;

	/** The last local day looked up: events of a batch mostly share few days. */
	private LocalDays.Day lastDay;

	/**
	 * @param localDays the calendar of the day buckets
	 * @param dayZone the zone of the day buckets
	 */
	BucketDeltas(LocalDays localDays, ZoneId dayZone) {
		this.localDays = localDays;
		this.dayZone = dayZone;
	}

	/**
	 * Counts one event of {@code metric} (or takes it back, with sign -1) in every bucket
	 * it belongs to.
	 */
	void add(String metric, long atMillis, Channel channel, String platform, String messageKey, String detail,
			double value, int sign) {
		for (Granularity granularity : Granularity.values()) {
			long start = granularity.utcAligned() ? granularity.floor(atMillis) : dayStart(atMillis);
			short code = (short) granularity.minutes();
			if (!messageKey.isEmpty()) {
				bump(new Key(code, PER_MESSAGE, metric, messageKey, start, channel.code(), platform, detail), value,
						sign);
			}
			bump(new Key(code, ALL_MESSAGES, metric, "", start, channel.code(), platform, detail), value, sign);
		}
	}

	void add(Event event) {
		add(Metric.all(event.type()).code(), event.at().toEpochMilli(), event.channel(), event.platformCode(),
				event.messageKey(), event.detail(), (event.revenue() != null) ? event.revenue() : 0, 1);
		if (event.type() == EventType.CLICKED && event.link() != null) {
			addLinkClick(event);
		}
	}

	/** Counts a click in its link's buckets: its UTC day's and all time's. */
	private void addLinkClick(Event event) {
		long at = event.at().toEpochMilli();
		String message = event.messageKey();
		String application = (event.application() != null) ? event.application() : "";
		String campaign = (event.campaign() != null) ? event.campaign() : "";
		String channel = event.channel().code();
		this.linkDeltas.computeIfAbsent(new LinkKey(LINK_DAY, Math.floorDiv(at, DAY_MILLIS) * DAY_MILLIS, message,
				application, campaign, channel, event.link()), (k) -> new Delta()).count++;
		this.linkDeltas.computeIfAbsent(
				new LinkKey(LINK_ALL_TIME, 0, message, application, campaign, channel, event.link()),
				(k) -> new Delta()).count++;
	}

	/**
	 * Adds a stored quarter-hour bucket to the day bucket it starts in: how day buckets
	 * are rebuilt in another zone.
	 */
	void addQuarterToDay(Key quarter, long count, double sum) {
		Key day = new Key((short) Granularity.LOCAL_DAY.minutes(), quarter.rollup(), quarter.metric(),
				quarter.messageKey(), dayStart(quarter.bucketStart()), quarter.channel(), quarter.platform(),
				quarter.detail());
		Delta delta = this.deltas.computeIfAbsent(day, (k) -> new Delta());
		delta.count += count;
		delta.sum += sum;
	}

	private long dayStart(long atMillis) {
		if (this.lastDay == null || !this.lastDay.contains(atMillis)) {
			this.lastDay = this.localDays.dayAt(atMillis, this.dayZone);
		}
		return this.lastDay.start();
	}

	private void bump(Key key, double value, int sign) {
		Delta delta = this.deltas.computeIfAbsent(key, (k) -> new Delta());
		delta.count += sign;
		delta.sum += sign * value;
	}

	Collection<Map.Entry<Key, Delta>> entries() {
		return this.deltas.entrySet();
	}

	Collection<Map.Entry<LinkKey, Delta>> linkEntries() {
		return this.linkDeltas.entrySet();
	}

	int size() {
		return this.deltas.size();
	}

	void clear() {
		this.deltas.clear();
		this.linkDeltas.clear();
	}

}
