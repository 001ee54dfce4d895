package dev.statsemulator.eventstore;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The event table. */
@Repository
class EventRepository {

	private static final String COLUMNS = "client_id, type, at_ms, channel, platform, message, campaign, application, "
			+ "contact, user_id, link, bounce, reason, handled, name, revenue, currency, room_id, room_name, room_type, status";

	private static final String INSERT = "INSERT INTO event (workspace_id, content_hash, " + COLUMNS + ") VALUES ("
			+ String.join(", ", Collections.nCopies(COLUMNS.split(",").length + 2, "?")) + ")";

	/** How long an insert without waiting waits for a lock before it gives up. */
	static final String WAIT_FOR_OTHERS = "100ms";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final boolean postgres;

	private final KeyLookupStore keys;

	EventRepository(JdbcTemplate jdbc, DataSource dataSource, KeyLookupStore keys) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.postgres = SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL;
		this.keys = keys;
	}

	/** Content hashes of already stored events, by client id. */
	Map<String, String> hashesOf(String workspaceId, List<String> clientIds) {
		Map<String, String> hashes = new HashMap<>();
		this.keys.query("t.client_id, t.content_hash", "event", "t.workspace_id = ?", List.of(workspaceId), "client_id",
				clientIds, (ResultSet rs) -> {
					hashes.put(rs.getString(1), rs.getString(2));
				});
		return hashes;
	}

	/**
	 * Whether batches can insert their events side by side, before they take the
	 * workspace's lock: on PostgreSQL, whose unique index on ids waits for a concurrent
	 * insert of the same id to end and then reports it. H2 takes the lock first.
	 */
	boolean insertsSideBySide() {
		return this.postgres;
	}

	/**
	 * Inserts the events, but gives up at once (within {@link #WAIT_FOR_OTHERS}) rather
	 * than wait for another transaction that inserts one of the same ids: then the batch
	 * takes {@link #serializeIdChecks} and looks its ids up instead. So two batches that
	 * share ids never wait for each other in both directions.
	 * @throws org.springframework.dao.PessimisticLockingFailureException when it would
	 * have waited
	 * @throws org.springframework.dao.DuplicateKeyException when an id is stored
	 */
	void insertWithoutWaiting(String workspaceId, List<Event> events) {
		this.jdbc.execute("SET LOCAL lock_timeout = '" + WAIT_FOR_OTHERS + "'");
		try {
			insert(workspaceId, events);
		}
		catch (DataAccessException ex) {
			if (ex.getMostSpecificCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState())
					&& !(ex instanceof PessimisticLockingFailureException)) {
				throw new CannotAcquireLockException("another batch is inserting one of these ids", ex);
			}
			throw ex;
		}
		this.jdbc.execute("SET LOCAL lock_timeout TO DEFAULT");
	}

	/**
	 * Serializes, until the transaction ends, the batches of one workspace that look
	 * their ids up (PostgreSQL: a transaction-level advisory lock on the workspace id's
	 * hash). It is not the workspace's row lock, which a batch takes after inserting, so
	 * a batch holding this lock may wait for one that inserted first without a cycle.
	 */
	void serializeIdChecks(String workspaceId) {
		this.jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (ResultSet rs) -> {
		}, workspaceId);
	}

	/**
	 * Inserts the events in one JDBC batch. Every parameter is set with its SQL type: a
	 * null set without one makes the driver ask the server for the parameter's type.
	 */
	void insert(String workspaceId, List<Event> events) {
		if (this.postgres) {
			copy(workspaceId, events);
			return;
		}
		this.jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				Event event = events.get(i);
				Room room = event.room();
				int column = 1;
				ps.setString(column++, workspaceId);
				// Only an event with an id can be re-sent; only its content needs
				// comparing.
				setString(ps, column++, (event.id() != null) ? event.contentHash() : null);
				setString(ps, column++, event.id());
				ps.setString(column++, event.type().code());
				ps.setLong(column++, event.at().toEpochMilli());
				ps.setString(column++, event.channel().code());
				setString(ps, column++, (event.platform() != null) ? event.platform().code() : null);
				setString(ps, column++, event.message());
				setString(ps, column++, event.campaign());
				setString(ps, column++, event.application());
				setString(ps, column++, event.contact());
				setString(ps, column++, event.user());
				setString(ps, column++, event.link());
				setString(ps, column++, (event.bounce() != null) ? event.bounce().code() : null);
				setString(ps, column++, event.reason());
				if (event.handled() != null) {
					ps.setBoolean(column++, event.handled());
				}
				else {
					ps.setNull(column++, Types.BOOLEAN);
				}
				setString(ps, column++, event.name());
				if (event.revenue() != null) {
					ps.setDouble(column++, event.revenue());
				}
				else {
					ps.setNull(column++, Types.DOUBLE);
				}
				setString(ps, column++, event.currency());
				setString(ps, column++, (room != null) ? room.id() : null);
				setString(ps, column++, (room != null) ? room.name() : null);
				setString(ps, column++, (room != null) ? room.type() : null);
				setString(ps, column, event.status());
			}

			@Override
			public int getBatchSize() {
				return events.size();
			}

		});
	}

	/**
	 * PostgreSQL: the batch goes in one COPY, several times faster than batched INSERTs,
	 * in the transaction of the ingest (the connection is the transaction's).
	 */
	private void copy(String workspaceId, List<Event> events) {
		StringBuilder rows = new StringBuilder(events.size() * 200);
		for (Event event : events) {
			Room room = event.room();
			field(rows, workspaceId, true);
			field(rows, (event.id() != null) ? event.contentHash() : null, false);
			field(rows, event.id(), false);
			field(rows, event.type().code(), false);
			field(rows, Long.toString(event.at().toEpochMilli()), false);
			field(rows, event.channel().code(), false);
			field(rows, (event.platform() != null) ? event.platform().code() : null, false);
			field(rows, event.message(), false);
			field(rows, event.campaign(), false);
			field(rows, event.application(), false);
			field(rows, event.contact(), false);
			field(rows, event.user(), false);
			field(rows, event.link(), false);
			field(rows, (event.bounce() != null) ? event.bounce().code() : null, false);
			field(rows, event.reason(), false);
			field(rows, (event.handled() != null) ? (event.handled() ? "t" : "f") : null, false);
			field(rows, event.name(), false);
			field(rows, (event.revenue() != null) ? Double.toString(event.revenue()) : null, false);
			field(rows, event.currency(), false);
			field(rows, (room != null) ? room.id() : null, false);
			field(rows, (room != null) ? room.name() : null, false);
			field(rows, (room != null) ? room.type() : null, false);
			field(rows, event.status(), false);
			rows.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY event (workspace_id, content_hash, " + COLUMNS + ") FROM STDIN",
						new StringReader(rows.toString()));
		}
		catch (SQLException ex) {
			// Translated as any statement's error is: a duplicate id or a deadlock is
			// something the store handles.
			DataAccessException translated = this.jdbc.getExceptionTranslator()
				.translate("COPY", null, withWorkerState(ex));
			throw (translated != null) ? translated
					: new DataAccessResourceFailureException("COPY of " + events.size() + " events failed", ex);
		}
		catch (IOException ex) {
			throw new DataAccessResourceFailureException("COPY of " + events.size() + " events failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * A COPY into a Citus distributed table reports a worker's error with the worker's
	 * message but SQLSTATE XX000 (internal error); the store handles three of them by
	 * their state, so they get it back, recognized by PostgreSQL's own (English) message.
	 */
	static SQLException withWorkerState(SQLException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		if (!"XX000".equals(ex.getSQLState())) {
			return ex;
		}
		String state = message.contains("duplicate key value violates unique constraint") ? "23505"
				: message.contains("deadlock detected") ? "40P01"
						: message.contains("canceling statement due to lock timeout") ? "55P03" : null;
		return (state != null) ? new SQLException(message, state, ex) : ex;
	}

	/**
	 * One field of COPY's text format: tab-separated, {@code \N} for null, backslash
	 * escapes.
	 */
	private static void field(StringBuilder row, String value, boolean first) {
		if (!first) {
			row.append('\t');
		}
		if (value == null) {
			row.append("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
	}

	private static void setString(PreparedStatement ps, int column, String value) throws SQLException {
		if (value != null) {
			ps.setString(column, value);
		}
		else {
			ps.setNull(column, Types.VARCHAR);
		}
	}

	/**
	 * Events whose time is in one of the ranges (each {@code [from, to)} in epoch ms), of
	 * the given types, in time order, in one statement.
	 */
	void forEachInRanges(String workspaceId, List<String> typeCodes, List<long[]> ranges, Consumer<Event> consumer) {
		String placeholders = String.join(", ", Collections.nCopies(typeCodes.size(), "?"));
		List<Object> args = new ArrayList<>();
		args.add(workspaceId);
		StringBuilder times = new StringBuilder();
		for (long[] range : ranges) {
			times.append(times.isEmpty() ? "" : " OR ").append("(at_ms >= ? AND at_ms < ?)");
			args.add(range[0]);
			args.add(range[1]);
		}
		args.addAll(typeCodes);
		this.jdbc.query("SELECT " + COLUMNS + " FROM event WHERE workspace_id = ? AND (" + times + ") AND type IN ("
				+ placeholders + ") ORDER BY at_ms, seq", (ResultSet rs) -> {
					consumer.accept(toEvent(rs));
				}, args.toArray());
	}

	/**
	 * Every event of the workspace in the order stored, read with a cursor (a bounded
	 * number of rows in memory at a time; on PostgreSQL only inside a transaction).
	 */
	void forEach(String workspaceId, java.util.function.Consumer<Event> consumer) {
		JdbcTemplate streaming = new JdbcTemplate(this.dataSource);
		streaming.setFetchSize(1_000);
		streaming.query("SELECT " + COLUMNS + " FROM event WHERE workspace_id = ? ORDER BY seq",
				(ResultSet rs) -> consumer.accept(toEvent(rs)), workspaceId);
	}

	/** Every table that holds a workspace's data (not its settings and credentials). */
	private static final List<String> DATA_TABLES = List.of("count_bucket", "link_click_bucket", "day_rollup",
			"first_touch", "event", "room", "message");

	/**
	 * PostgreSQL: fresh planner statistics for the first occurrences, whose look-up by
	 * key (one per key, {@code FirstTouchStore}) the planner sends through the wrong
	 * index while the table has none: a scan of the workspace's first occurrences per
	 * key. Not on Citus, where an ANALYZE reaches every shard of every workspace (and the
	 * workers' autovacuum keeps their statistics).
	 */
	void analyze() {
		if (this.postgres && !SqlDialect.citus(this.jdbc)) {
			this.jdbc.execute("ANALYZE first_touch");
		}
	}

	void deleteWorkspace(String workspaceId) {
		for (String table : DATA_TABLES) {
			this.jdbc.update("DELETE FROM " + table + " WHERE workspace_id = ?", workspaceId);
		}
	}

	/**
	 * Deletes the workspace's data: a table whose rows all belong to it (the smallest and
	 * the largest workspace id are its own, read from the primary key's first column) is
	 * truncated, the others lose its rows in one delete each. The caller excludes every
	 * other write (a truncate would lose another workspace's rows inserted meanwhile).
	 * PostgreSQL truncates inside the transaction; H2 commits at a truncate, so there the
	 * deletes and truncates are all-or-nothing only by that exclusion.
	 */
	void clearWorkspace(String workspaceId) {
		List<String> truncate = new ArrayList<>();
		for (String table : DATA_TABLES) {
			Boolean own = onlyOwnRows(table, workspaceId);
			if (own == null) {
				continue;
			}
			if (own) {
				truncate.add(table);
			}
			else {
				this.jdbc.update("DELETE FROM " + table + " WHERE workspace_id = ?", workspaceId);
			}
		}
		truncate(truncate);
	}

	/** Empties every data table (a full reset; the caller excludes every other write). */
	void truncateAll() {
		truncate(DATA_TABLES);
	}

	/** Whether every row is the workspace's; null when the table is empty. */
	private Boolean onlyOwnRows(String table, String workspaceId) {
		List<String> ends = this.jdbc.query("SELECT MIN(workspace_id), MAX(workspace_id) FROM " + table,
				(ResultSet rs) -> {
					List<String> values = new ArrayList<>(2);
					if (rs.next()) {
						values.add(rs.getString(1));
						values.add(rs.getString(2));
					}
					return values;
				});
		if (ends == null || ends.size() != 2 || ends.get(0) == null) {
			return null;
		}
		return workspaceId.equals(ends.get(0)) && workspaceId.equals(ends.get(1));
	}

	private void truncate(List<String> tables) {
		if (tables.isEmpty()) {
			return;
		}
		if (this.postgres) {
			// One statement: the tables' locks are taken together.
			this.jdbc.execute("TRUNCATE TABLE " + String.join(", ", tables));
		}
		else {
			for (String table : tables) {
				this.jdbc.execute("TRUNCATE TABLE " + table);
			}
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

}
