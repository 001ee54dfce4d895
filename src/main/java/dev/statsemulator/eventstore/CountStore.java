package dev.statsemulator.eventstore;

import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.statsemulator.answercache.AnswerCache;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads counts: from the pre-aggregated buckets (cost grows with the number of buckets
 * read, never with events), or exactly from the events for the slivers of a range that
 * are not slot-aligned. The aggregation service decides which to read where. What a count
 * needs to know about a workspace besides the counts (its day-bucket zone, its latest
 * event) comes from the answer cache while the workspace is unchanged.
 */
@Component
public class CountStore {

	private final JdbcTemplate jdbc;

	private final EventRepository events;

	private final FirstTouchStore firstTouches;

	private final DayRollupStore dayRollup;

	private final AnswerCache answers;

	CountStore(JdbcTemplate jdbc, EventRepository events, FirstTouchStore firstTouches, DayRollupStore dayRollup,
			AnswerCache answers) {
		this.jdbc = jdbc;
		this.events = events;
		this.firstTouches = firstTouches;
		this.dayRollup = dayRollup;
		this.answers = answers;
	}

	/**
	 * The zone whose local days the workspace's {@link Granularity#LOCAL_DAY} buckets
	 * are, if it has any: day buckets answer for whole local days of that zone only.
	 */
	public Optional<ZoneId> dayRollupZone(String workspaceId) {
		return this.answers.get(workspaceId, WorkspaceFact.DAY_ROLLUP_ZONE, () -> this.dayRollup.zone(workspaceId));
	}

	/**
	 * The time of the workspace's latest event in epoch ms, empty when it has none: no
	 * bucket and no first occurrence lies after it.
	 */
	public OptionalLong latestEventMillis(String workspaceId) {
		return this.answers.get(workspaceId, WorkspaceFact.LATEST_EVENT, () -> {
			Long latest = this.jdbc.queryForObject("SELECT MAX(at_ms) FROM event WHERE workspace_id = ?", Long.class,
					workspaceId);
			return (latest != null) ? OptionalLong.of(latest) : OptionalLong.empty();
		});
	}

	/**
	 * Bucket counts whose start lies in one of the ranges given for their granularity
	 * (each {@code [from, to)} in epoch ms), summed per (metric, bucket start, group):
	 * every granularity in one statement, so one round trip to the database.
	 */
	public Map<Granularity, List<CountRow>> readBuckets(String workspaceId, Map<Granularity, List<long[]>> ranges,
			List<Metric> metrics, CountFilter filter, Dimension groupBy) {
		Map<Granularity, List<CountRow>> rows = new EnumMap<>(Granularity.class);
		if (metrics.isEmpty() || (filter.messageKeys() != null && filter.messageKeys().isEmpty())) {
			return rows;
		}
		boolean perMessage = filter.perMessage() || groupBy == Dimension.MESSAGE
				|| groupBy == Dimension.MESSAGE_AND_PLATFORM;
		String group = switch (groupBy) {
			case NONE -> "''";
			case CHANNEL -> "channel";
			case PLATFORM -> "platform";
			case MESSAGE -> "message_key";
			case DETAIL -> "detail";
			// Two columns, joined into one key below.
			case MESSAGE_AND_PLATFORM -> "message_key, platform";
		};
		StringBuilder sql = new StringBuilder();
		List<Object> args = new ArrayList<>();
		ranges.forEach((granularity, runs) -> {
			if (runs.isEmpty()) {
				return;
			}
			sql.append(sql.isEmpty() ? "" : " UNION ALL ")
				.append("SELECT granularity, metric, bucket_start, ")
				.append(group)
				.append(", SUM(event_count), SUM(value_sum) FROM count_bucket")
				.append(" WHERE workspace_id = ? AND granularity = ? AND rollup = ? AND metric IN (")
				.append(placeholders(metrics.size()))
				.append(")");
			args.addAll(List.of(workspaceId, granularity.minutes(),
					perMessage ? BucketDeltas.PER_MESSAGE : BucketDeltas.ALL_MESSAGES));
			metrics.forEach((metric) -> args.add(metric.code()));
			if (!perMessage) {
				sql.append(" AND message_key = ''");
			}
			else if (filter.messageKey() != null) {
				sql.append(" AND message_key = ?");
				args.add(filter.messageKey());
			}
			if (filter.messageKeys() != null) {
				in(sql, args, "message_key", filter.messageKeys().stream().sorted().toList());
			}
			in(sql, args, "channel", filter.channels().stream().map(Channel::code).toList());
			in(sql, args, "platform", List.copyOf(filter.platforms()));
			in(sql, args, "detail", List.copyOf(filter.details()));
			sql.append(" AND (");
			for (int i = 0; i < runs.size(); i++) {
				sql.append((i > 0) ? " OR " : "").append("(bucket_start >= ? AND bucket_start < ?)");
				args.add(runs.get(i)[0]);
				args.add(runs.get(i)[1]);
			}
			sql.append(") GROUP BY granularity, metric, bucket_start")
				.append(groupBy == Dimension.NONE ? "" : ", " + group);
		});
		if (sql.isEmpty()) {
			return rows;
		}
		boolean twoColumns = groupBy == Dimension.MESSAGE_AND_PLATFORM;
		this.jdbc.query(sql.toString(), (ResultSet rs) -> {
			Granularity granularity = Granularity.ofMinutes(rs.getInt(1));
			String key = twoColumns ? Dimension.messageAndPlatform(rs.getString(4), rs.getString(5)) : rs.getString(4);
			int next = twoColumns ? 6 : 5;
			rows.computeIfAbsent(granularity, (g) -> new ArrayList<>())
				.add(new CountRow(rs.getString(2), rs.getLong(3), key, rs.getLong(next), rs.getDouble(next + 1)));
		}, args.toArray());
		return rows;
	}

	/**
	 * Exact counts from the events (and first occurrences) in the slivers (each
	 * {@code [from, to)} in epoch ms): one row per event, at the event's own time; one
	 * statement for the events and one for the first occurrences, however many slivers.
	 * For short slivers only.
	 */
	public List<CountRow> readExact(String workspaceId, List<Metric> metrics, CountFilter filter, Dimension groupBy,
			List<long[]> slivers) {
		List<CountRow> rows = new ArrayList<>();
		if (slivers.isEmpty()) {
			return rows;
		}
		List<String> allTypes = metrics.stream()
			.filter((metric) -> !metric.first())
			.map((m) -> m.type().code())
			.toList();
		if (!allTypes.isEmpty()) {
			this.events.forEachInRanges(workspaceId, allTypes, slivers, (event) -> {
				if (filter.matches(event.channel(), event.platformCode(), event.messageKey(), event.detail())) {
					rows.add(new CountRow(event.type().code(), event.at().toEpochMilli(),
							groupOf(groupBy, event.channel(), event.platformCode(), event.messageKey(), event.detail()),
							1, (event.revenue() != null) ? event.revenue() : 0));
				}
			});
		}
		List<String> firstTypes = metrics.stream().filter(Metric::first).map((m) -> m.type().code()).toList();
		if (!firstTypes.isEmpty()) {
			this.firstTouches.forEachInRanges(workspaceId, firstTypes, slivers,
					(type, at, channel, platform, messageKey, detail) -> {
						if (filter.matches(channel, platform, messageKey, detail)) {
							rows.add(new CountRow("first:" + type, at,
									groupOf(groupBy, channel, platform, messageKey, detail), 1, 0));
						}
					});
		}
		return rows;
	}

	private static String groupOf(Dimension groupBy, Channel channel, String platform, String messageKey,
			String detail) {
		return switch (groupBy) {
			case NONE -> "";
			case CHANNEL -> channel.code();
			case PLATFORM -> platform;
			case MESSAGE -> messageKey;
			case DETAIL -> detail;
			case MESSAGE_AND_PLATFORM -> Dimension.messageAndPlatform(messageKey, platform);
		};
	}

	private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
		if (!values.isEmpty()) {
			sql.append(" AND ").append(column).append(" IN (").append(placeholders(values.size())).append(")");
			args.addAll(values);
		}
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/** Keys of what the answer cache keeps about a workspace for counting. */
	private enum WorkspaceFact {

		DAY_ROLLUP_ZONE, LATEST_EVENT

	}

}
