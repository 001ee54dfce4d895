package dev.statsemulator.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Adds a batch's {@link BucketDeltas} to the count buckets, in one JDBC batch. */
@Component
class BucketStore {

	/**
	 * One statement for the whole batch: the rows travel as arrays, so thousands of
	 * buckets cost one round trip instead of thousands. The rows are joined to the
	 * workspace's own row: on Citus, an INSERT ... SELECT whose rows come only from a
	 * function is run by pulling them through the coordinator, while one that reads a
	 * colocated table by its distribution column is routed whole to the workspace's
	 * shard, as one task (docs/scaling.md). On one PostgreSQL it costs an index lookup.
	 */
	private static final String POSTGRESQL_UPSERT = """
			INSERT INTO count_bucket (workspace_id, granularity, rollup, metric, message_key, bucket_start, channel,
			                          platform, detail, event_count, value_sum)
			SELECT w.id, g, r, m, k, b, c, p, d, n, v
			FROM workspace w
			CROSS JOIN unnest(?::smallint[], ?::smallint[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[],
			                  ?::varchar[], ?::varchar[], ?::bigint[], ?::float8[]) AS t (g, r, m, k, b, c, p, d, n, v)
			WHERE w.id = ?
			ON CONFLICT (workspace_id, granularity, rollup, metric, message_key, bucket_start, channel, platform, detail)
			DO UPDATE SET event_count = count_bucket.event_count + EXCLUDED.event_count,
			              value_sum = count_bucket.value_sum + EXCLUDED.value_sum""";

	private static final String H2_MERGE = """
			MERGE INTO count_bucket t
			USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS SMALLINT), CAST(? AS SMALLINT), CAST(? AS VARCHAR(32)),
			               CAST(? AS VARCHAR(128)), CAST(? AS BIGINT), CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(16)),
			               CAST(? AS VARCHAR(200)), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION)))
			  AS s (workspace_id, granularity, rollup, metric, message_key, bucket_start, channel, platform, detail,
			        event_count, value_sum)
			ON t.workspace_id = s.workspace_id AND t.granularity = s.granularity AND t.rollup = s.rollup
			   AND t.metric = s.metric AND t.message_key = s.message_key AND t.bucket_start = s.bucket_start
			   AND t.channel = s.channel AND t.platform = s.platform AND t.detail = s.detail
			WHEN MATCHED THEN UPDATE SET event_count = t.event_count + s.event_count, value_sum = t.value_sum + s.value_sum
			WHEN NOT MATCHED THEN INSERT (workspace_id, granularity, rollup, metric, message_key, bucket_start, channel,
			                              platform, detail, event_count, value_sum)
			  VALUES (s.workspace_id, s.granularity, s.rollup, s.metric, s.message_key, s.bucket_start, s.channel,
			          s.platform, s.detail, s.event_count, s.value_sum)""";

	/** As {@link #POSTGRESQL_UPSERT}, for the link click buckets. */
	private static final String POSTGRESQL_LINK_UPSERT = """
			INSERT INTO link_click_bucket (workspace_id, granularity, bucket_start, message_key, application, campaign,
			                               channel, link_key, link, click_count)
			SELECT w.id, g, b, k, a, c, h, l, u, n
			FROM workspace w
			CROSS JOIN unnest(?::smallint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
			                  ?::varchar[], ?::varchar[], ?::bigint[]) AS t (g, b, k, a, c, h, l, u, n)
			WHERE w.id = ?
			ON CONFLICT (workspace_id, granularity, bucket_start, message_key, application, campaign, channel, link_key)
			DO UPDATE SET click_count = link_click_bucket.click_count + EXCLUDED.click_count""";

	private static final String H2_LINK_MERGE = """
			MERGE INTO link_click_bucket t
			USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS SMALLINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(128)),
			               CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(64)),
			               CAST(? AS VARCHAR(4000)), CAST(? AS BIGINT)))
			  AS s (workspace_id, granularity, bucket_start, message_key, application, campaign, channel, link_key, link,
			        click_count)
			ON t.workspace_id = s.workspace_id AND t.granularity = s.granularity AND t.bucket_start = s.bucket_start
			   AND t.message_key = s.message_key AND t.application = s.application AND t.campaign = s.campaign
			   AND t.channel = s.channel AND t.link_key = s.link_key
			WHEN MATCHED THEN UPDATE SET click_count = t.click_count + s.click_count
			WHEN NOT MATCHED THEN INSERT (workspace_id, granularity, bucket_start, message_key, application, campaign,
			                              channel, link_key, link, click_count)
			  VALUES (s.workspace_id, s.granularity, s.bucket_start, s.message_key, s.application, s.campaign, s.channel,
			          s.link_key, s.link, s.click_count)""";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	BucketStore(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL;
	}

	void apply(String workspaceId, BucketDeltas deltas) {
		applyCounts(workspaceId, deltas);
		applyLinkClicks(workspaceId, deltas);
	}

	private void applyCounts(String workspaceId, BucketDeltas deltas) {
		List<Object[]> rows = new ArrayList<>();
		for (Map.Entry<BucketDeltas.Key, BucketDeltas.Delta> entry : deltas.entries()) {
			BucketDeltas.Key key = entry.getKey();
			BucketDeltas.Delta delta = entry.getValue();
			if (delta.count == 0 && delta.sum == 0) {
				continue;
			}
			rows.add(new Object[] { workspaceId, key.granularity(), key.rollup(), key.metric(), key.messageKey(),
					key.bucketStart(), key.channel(), key.platform(), key.detail(), delta.count, delta.sum });
		}
		if (rows.isEmpty()) {
			return;
		}
		// A stable order keeps concurrent writers of one bucket set from deadlocking each
		// other.
		rows.sort(BucketStore::compareRows);
		if (this.postgres) {
			upsertWithArrays(workspaceId, rows);
		}
		else {
			this.jdbc.batchUpdate(H2_MERGE, rows);
		}
	}

	private void applyLinkClicks(String workspaceId, BucketDeltas deltas) {
		List<Object[]> rows = new ArrayList<>();
		for (Map.Entry<BucketDeltas.LinkKey, BucketDeltas.Delta> entry : deltas.linkEntries()) {
			BucketDeltas.LinkKey key = entry.getKey();
			if (entry.getValue().count == 0) {
				continue;
			}
			rows.add(new Object[] { workspaceId, key.granularity(), key.bucketStart(), key.messageKey(),
					key.application(), key.campaign(), key.channel(), linkKey(key.link()), key.link(),
					entry.getValue().count });
		}
		if (rows.isEmpty()) {
			return;
		}
		rows.sort((a, b) -> compareRows(a, b, 8));
		if (this.postgres) {
			upsertWithArrays(POSTGRESQL_LINK_UPSERT, workspaceId, rows, new String[] { "int2", "int8", "varchar",
					"varchar", "varchar", "varchar", "varchar", "varchar", "int8" });
		}
		else {
			this.jdbc.batchUpdate(H2_LINK_MERGE, rows);
		}
	}

	/**
	 * The key of a link in the link click buckets: the lower-case hex SHA-256 of its
	 * UTF-8 bytes (what the migration that filled them computes in SQL).
	 */
	static String linkKey(String link) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is a required algorithm", ex);
		}
	}

	private void upsertWithArrays(String workspaceId, List<Object[]> rows) {
		upsertWithArrays(POSTGRESQL_UPSERT, workspaceId, rows, new String[] { "int2", "int2", "varchar", "varchar",
				"int8", "varchar", "varchar", "varchar", "int8", "float8" });
	}

	private void upsertWithArrays(String sql, String workspaceId, List<Object[]> rows, String[] types) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int column = 1; column <= types.length; column++) {
					Object[] values = new Object[rows.size()];
					for (int i = 0; i < values.length; i++) {
						values[i] = rows.get(i)[column];
					}
					statement.setArray(column, connection.createArrayOf(types[column - 1], values));
				}
				statement.setString(types.length + 1, workspaceId);
				statement.executeUpdate();
			}
			return null;
		});
	}

	private static int compareRows(Object[] a, Object[] b) {
		return compareRows(a, b, 9);
	}

	/** Compares rows by their columns 1 (after the workspace) to {@code end} - 1. */
	private static int compareRows(Object[] a, Object[] b, int end) {
		for (int i = 1; i < end; i++) {
			@SuppressWarnings("unchecked")
			int order = ((Comparable<Object>) a[i]).compareTo(b[i]);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

}
