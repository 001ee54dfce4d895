package dev.statsemulator.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Repository;

/** The event table. */
@Repository
class EventRepository {

	static final int IN_LIST_CHUNK = 500;

	private static final String COLUMNS = "client_id, type, at_ms, channel, platform, message, campaign, application, "
			+ "contact, user_id, link, bounce, reason, handled, name, revenue, currency, room_id, room_name, room_type, status";

	private static final String INSERT = "INSERT INTO event (workspace_id, content_hash, " + COLUMNS + ") VALUES ("
			+ String.join(", ", Collections.nCopies(COLUMNS.split(",").length + 2, "?")) + ")";

	private final JdbcTemplate jdbc;

	EventRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Content hashes of already stored events, by client id. */
	Map<String, String> hashesOf(String workspaceId, List<String> clientIds) {
		Map<String, String> hashes = new HashMap<>();
		for (List<String> chunk : chunks(clientIds)) {
			List<Object> args = new ArrayList<>(chunk);
			args.add(workspaceId);
			this.jdbc.query("SELECT e.client_id, e.content_hash FROM " + valuesTable(chunk.size())
					+ " JOIN event e ON e.workspace_id = ? AND e.client_id = v.k", (ResultSet rs) -> {
						hashes.put(rs.getString(1), rs.getString(2));
					}, args.toArray());
		}
		return hashes;
	}

	/**
	 * {@code (VALUES (?), (?), ...) AS v(k)}: joined on an index's last column, both
	 * databases look each key up in the index, where an IN list can make H2 scan the
	 * workspace.
	 */
	static String valuesTable(int size) {
		return "(VALUES " + String.join(", ", Collections.nCopies(size, "(CAST(? AS VARCHAR(400)))")) + ") AS v(k)";
	}

	void insert(String workspaceId, List<Event> events) {
		List<Object[]> rows = new ArrayList<>(events.size());
		for (Event event : events) {
			rows.add(new Object[] { workspaceId, event.contentHash(), event.id(), event.type().code(),
					event.at().toEpochMilli(), event.channel().code(), nullable(event.platformCode()), event.message(),
					event.campaign(), event.application(), event.contact(), event.user(), event.link(),
					(event.bounce() != null) ? event.bounce().code() : null, event.reason(),
					new SqlParameterValue(Types.BOOLEAN, event.handled()), event.name(),
					new SqlParameterValue(Types.DOUBLE, event.revenue()), event.currency(),
					(event.room() != null) ? event.room().id() : null,
					(event.room() != null) ? event.room().name() : null,
					(event.room() != null) ? event.room().type() : null, event.status() });
		}
		this.jdbc.batchUpdate(INSERT, rows);
	}

	/**
	 * Events whose time is in {@code [fromMillis, toMillis)}, of the given types, in time
	 * order.
	 */
	void forEachInRange(String workspaceId, List<String> typeCodes, long fromMillis, long toMillis,
			Consumer<Event> consumer) {
		String placeholders = String.join(", ", Collections.nCopies(typeCodes.size(), "?"));
		List<Object> args = new ArrayList<>();
		args.add(workspaceId);
		args.add(fromMillis);
		args.add(toMillis);
		args.addAll(typeCodes);
		this.jdbc
			.query("SELECT " + COLUMNS + " FROM event WHERE workspace_id = ? AND at_ms >= ? AND at_ms < ? AND type IN ("
					+ placeholders + ") ORDER BY at_ms, seq", (ResultSet rs) -> {
						consumer.accept(toEvent(rs));
					}, args.toArray());
	}

	long count(String workspaceId) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM event WHERE workspace_id = ?", Long.class,
				workspaceId);
		return (count != null) ? count : 0;
	}

	void deleteWorkspace(String workspaceId) {
		for (String table : List.of("count_bucket", "first_touch", "event", "room", "message")) {
			this.jdbc.update("DELETE FROM " + table + " WHERE workspace_id = ?", workspaceId);
		}
	}

	static Event toEvent(ResultSet rs) throws SQLException {
		String roomId = rs.getString("room_id");
		String platform = rs.getString("platform");
		String bounce = rs.getString("bounce");
		Object handled = rs.getObject("handled");
		Object revenue = rs.getObject("revenue");
		return new Event(rs.getString("client_id"), EventType.fromCode(rs.getString("type")).orElseThrow(),
				Instant.ofEpochMilli(rs.getLong("at_ms")), Channel.fromCode(rs.getString("channel")).orElseThrow(),
				(platform != null) ? Platform.fromCode(platform).orElseThrow() : null, rs.getString("message"),
				rs.getString("campaign"), rs.getString("application"), rs.getString("contact"), rs.getString("user_id"),
				rs.getString("link"), (bounce != null) ? BounceType.fromCode(bounce).orElseThrow() : null,
				rs.getString("reason"), (handled != null) ? rs.getBoolean("handled") : null, rs.getString("name"),
				(revenue != null) ? rs.getDouble("revenue") : null, rs.getString("currency"),
				(roomId != null) ? new Room(roomId, rs.getString("room_name"), rs.getString("room_type")) : null,
				rs.getString("status"));
	}

	static <T> List<List<T>> chunks(List<T> values) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < values.size(); i += IN_LIST_CHUNK) {
			chunks.add(values.subList(i, Math.min(values.size(), i + IN_LIST_CHUNK)));
		}
		return chunks;
	}

	private static String nullable(String value) {
		return value.isEmpty() ? null : value;
	}

}
