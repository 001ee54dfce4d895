package dev.statsemulator.eventstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the first event of each tracked type per (message, contact), and the "first:"
 * count buckets that follow from it. "First" is by event time, ties broken by the event's
 * dimensions, never by arrival: so any ingestion order or batching ends in the same
 * records and the same counts.
 */
@Component
class FirstTouchStore {

	record Key(String messageKey, String type, String contact) {
	}

	/** The part of an event that decides where its first occurrence is counted. */
	record Touch(long atMillis, String channel, String platform, String detail) {

		static final Comparator<Touch> EARLIEST_FIRST = Comparator.comparingLong(Touch::atMillis)
			.thenComparing(Touch::channel)
			.thenComparing(Touch::platform)
			.thenComparing(Touch::detail);

		static Touch of(Event event) {
			return new Touch(event.at().toEpochMilli(), event.channel().code(), event.platformCode(), event.detail());
		}

	}

	private static final String LOAD_WITH_ARRAYS = """
			SELECT k.m, k.t, k.c, f.at_ms, f.channel, f.platform, f.detail
			FROM unnest(?::varchar[], ?::varchar[], ?::varchar[]) AS k (m, t, c)
			CROSS JOIN LATERAL (SELECT at_ms, channel, platform, detail FROM first_touch
			                    WHERE workspace_id = ? AND message_key = k.m AND type = k.t AND contact = k.c
			                    LIMIT 1) AS f""";

	private final JdbcTemplate jdbc;

	private final KeyLookupStore keys;

	private final boolean postgres;

	FirstTouchStore(JdbcTemplate jdbc, KeyLookupStore keys, DataSource dataSource) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.postgres = SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL;
	}

	void apply(String workspaceId, List<Event> events, BucketDeltas deltas) {
		Map<Key, Touch> candidates = new LinkedHashMap<>();
		for (Event event : events) {
			if (!event.type().firstOccurrenceTracked() || event.contact() == null || event.messageKey().isEmpty()) {
				continue;
			}
			candidates.merge(new Key(event.messageKey(), event.type().code(), event.contact()), Touch.of(event),
					(a, b) -> (Touch.EARLIEST_FIRST.compare(a, b) <= 0) ? a : b);
		}
		if (candidates.isEmpty()) {
			return;
		}
		Map<Key, Touch> existing = load(workspaceId, candidates.keySet());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		candidates.forEach((key, touch) -> {
			Touch previous = existing.get(key);
			String metric = "first:" + key.type();
			if (previous == null) {
				inserts.add(new Object[] { workspaceId, key.messageKey(), key.type(), key.contact(), touch.atMillis(),
						touch.channel(), touch.platform(), touch.detail() });
			}
			else if (Touch.EARLIEST_FIRST.compare(touch, previous) < 0) {
				updates.add(new Object[] { touch.atMillis(), touch.channel(), touch.platform(), touch.detail(),
						workspaceId, key.messageKey(), key.type(), key.contact() });
				count(deltas, metric, key, previous, -1);
			}
			else {
				return;
			}
			count(deltas, metric, key, touch, 1);
		});
		this.jdbc.batchUpdate("""
				INSERT INTO first_touch (workspace_id, message_key, type, contact, at_ms, channel, platform, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
		this.jdbc.batchUpdate("""
				UPDATE first_touch SET at_ms = ?, channel = ?, platform = ?, detail = ?
				WHERE workspace_id = ? AND message_key = ? AND type = ? AND contact = ?""", updates);
	}

	private static void count(BucketDeltas deltas, String metric, Key key, Touch touch, int sign) {
		deltas.add(metric, touch.atMillis(), Channel.fromCode(touch.channel()).orElseThrow(), touch.platform(),
				key.messageKey(), touch.detail(), 0, sign);
	}

	private Map<Key, Touch> load(String workspaceId, Collection<Key> keys) {
		Map<Key, Touch> found = new HashMap<>();
		if (this.postgres) {
			loadWithArrays(workspaceId, List.copyOf(keys), found);
			return found;
		}
		Map<List<String>, List<String>> contactsByGroup = new HashMap<>();
		for (Key key : keys) {
			contactsByGroup.computeIfAbsent(List.of(key.messageKey(), key.type()), (group) -> new ArrayList<>())
				.add(key.contact());
		}
		contactsByGroup.forEach((group, contacts) -> {
			this.keys.query("t.contact, t.at_ms, t.channel, t.platform, t.detail", "first_touch",
					"t.workspace_id = ? AND t.message_key = ? AND t.type = ?",
					List.of(workspaceId, group.get(0), group.get(1)), "contact", contacts, (ResultSet rs) -> {
						found.put(new Key(group.get(0), group.get(1), rs.getString(1)),
								new Touch(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
					});
		});
		return found;
	}

	/**
	 * PostgreSQL: all keys in one statement, as three arrays. The lateral subquery with
	 * its LIMIT is one primary-key lookup per key, whatever the planner's statistics say
	 * about the table.
	 */
	private void loadWithArrays(String workspaceId, List<Key> keys, Map<Key, Touch> found) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(LOAD_WITH_ARRAYS)) {
				statement.setArray(1,
						connection.createArrayOf("varchar", keys.stream().map(Key::messageKey).toArray()));
				statement.setArray(2, connection.createArrayOf("varchar", keys.stream().map(Key::type).toArray()));
				statement.setArray(3, connection.createArrayOf("varchar", keys.stream().map(Key::contact).toArray()));
				statement.setString(4, workspaceId);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						found.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3)),
								new Touch(rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)));
					}
				}
			}
			return null;
		});
	}

	/**
	 * First occurrences of the given types whose time is in one of the ranges (each
	 * {@code [from, to)} in epoch ms), in one statement.
	 */
	void forEachInRanges(String workspaceId, List<String> typeCodes, List<long[]> ranges, FirstTouchConsumer consumer) {
		List<Object> args = new ArrayList<>(List.of(workspaceId));
		args.addAll(typeCodes);
		StringBuilder times = new StringBuilder();
		for (long[] range : ranges) {
			times.append(times.isEmpty() ? "" : " OR ").append("(at_ms >= ? AND at_ms < ?)");
			args.add(range[0]);
			args.add(range[1]);
		}
		this.jdbc.query("""
				SELECT type, at_ms, channel, platform, message_key, detail FROM first_touch
				WHERE workspace_id = ? AND type IN (%s) AND (%s)"""
			.formatted(String.join(", ", Collections.nCopies(typeCodes.size(), "?")), times), (ResultSet rs) -> {
				consumer.accept(rs.getString(1), rs.getLong(2), Channel.fromCode(rs.getString(3)).orElseThrow(),
						rs.getString(4), rs.getString(5), rs.getString(6));
			}, args.toArray());
	}

	@FunctionalInterface
	interface FirstTouchConsumer {

		void accept(String type, long atMillis, Channel channel, String platform, String messageKey, String detail);

	}

}
