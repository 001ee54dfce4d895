package dev.statsemulator.eventstore;

import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which zone a workspace's local-day buckets are in, and their rebuild when the
 * workspace's zone changes. Day buckets are rebuilt from the quarter-hour buckets, which
 * is exact wherever a local day starts on a quarter hour (every zone of today; the
 * aggregation service does not use day buckets for the rare historical days that do not).
 */
@Component
class DayRollupStore {

	private static final Logger logger = LoggerFactory.getLogger(DayRollupStore.class);

	/** Day buckets gathered before they are written, during a rebuild. */
	private static final int FLUSH_EVERY = 50_000;

	private final JdbcTemplate jdbc;

	/** Reads the quarter-hour buckets in chunks rather than all at once. */
	private final JdbcTemplate streaming;

	private final BucketStore writer;

	private final LocalDays localDays;

	DayRollupStore(JdbcTemplate jdbc, BucketStore writer, LocalDays localDays) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(5_000);
		this.writer = writer;
		this.localDays = localDays;
	}

	Optional<ZoneId> zone(String workspaceId) {
		return this.jdbc.queryForList("SELECT zone FROM day_rollup WHERE workspace_id = ?", String.class, workspaceId)
			.stream()
			.findFirst()
			.map(ZoneId::of);
	}

	/**
	 * Makes sure the workspace's day buckets are in {@code zone}, rebuilding them if they
	 * are in another. Runs under the workspace's write lock.
	 */
	void ensure(String workspaceId, ZoneId zone) {
		Optional<ZoneId> current = zone(workspaceId);
		if (current.isPresent() && current.get().equals(zone)) {
			return;
		}
		long started = System.nanoTime();
		this.jdbc.update("DELETE FROM count_bucket WHERE workspace_id = ? AND granularity = ?", workspaceId,
				Granularity.LOCAL_DAY.minutes());
		BucketDeltas days = new BucketDeltas(this.localDays, zone);
		int[] quarters = { 0 };
		this.streaming.query("""
				SELECT rollup, metric, message_key, bucket_start, channel, platform, detail, event_count, value_sum
				FROM count_bucket WHERE workspace_id = ? AND granularity = ?""", (rs) -> {
			days.addQuarterToDay(
					new BucketDeltas.Key((short) Granularity.QUARTER_HOUR.minutes(), rs.getShort(1), rs.getString(2),
							rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)),
					rs.getLong(8), rs.getDouble(9));
			quarters[0]++;
			// Adding is additive, so partial sums can be written as they fill up.
			if (days.size() >= FLUSH_EVERY) {
				this.writer.apply(workspaceId, days);
				days.clear();
			}
		}, workspaceId, Granularity.QUARTER_HOUR.minutes());
		this.writer.apply(workspaceId, days);
		if (current.isPresent()) {
			this.jdbc.update("UPDATE day_rollup SET zone = ? WHERE workspace_id = ?", zone.getId(), workspaceId);
		}
		else {
			this.jdbc.update("INSERT INTO day_rollup (workspace_id, zone) VALUES (?, ?)", workspaceId, zone.getId());
		}
		if (quarters[0] > 0) {
			logger.info("Rebuilt the day buckets of workspace '{}' in {} from {} quarter-hour buckets ({} ms)",
					workspaceId, zone, quarters[0], (System.nanoTime() - started) / 1_000_000);
		}
	}

}
