package dev.statsemulator.eventstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Looks rows up by a list of keys on an index's last column, so that each database does
 * one index lookup per key whatever its statistics say: PostgreSQL with
 * {@code = ANY(array)} (a join against a VALUES list can become a hash join over the
 * whole workspace while the table has no statistics), H2 with a join against a VALUES
 * list (an IN list can make it scan the workspace).
 */
@Component
class KeyLookupStore {

	/** Keys per statement: a VALUES list (H2) of one parameter per key. */
	static final int CHUNK = 500;

	/** Keys per statement with PostgreSQL, where they travel as one array parameter. */
	static final int ARRAY_CHUNK = 10_000;

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	KeyLookupStore(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL;
	}

	/**
	 * Rows of {@code table} (aliased {@code t}) that meet {@code condition} (on
	 * {@code t}, with {@code args} for its parameters) and whose {@code keyColumn} is one
	 * of {@code keys}.
	 * @param select the selected columns, e.g. {@code t.id, t.name}
	 */
	void query(String select, String table, String condition, List<Object> args, String keyColumn, List<String> keys,
			RowCallbackHandler handler) {
		for (List<String> chunk : chunks(keys, this.postgres ? ARRAY_CHUNK : CHUNK)) {
			if (this.postgres) {
				String sql = "SELECT " + select + " FROM " + table + " t WHERE " + condition + " AND t." + keyColumn
						+ " = ANY(?)";
				this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
					try (PreparedStatement statement = connection.prepareStatement(sql)) {
						int index = 1;
						for (Object arg : args) {
							statement.setObject(index++, arg);
						}
						statement.setArray(index, connection.createArrayOf("varchar", chunk.toArray()));
						try (ResultSet rs = statement.executeQuery()) {
							while (rs.next()) {
								handler.processRow(rs);
							}
						}
					}
					return null;
				});
			}
			else {
				List<Object> all = new ArrayList<>(chunk);
				all.addAll(args);
				this.jdbc.query(
						"SELECT " + select + " FROM (VALUES "
								+ String.join(", ", Collections.nCopies(chunk.size(), "(CAST(? AS VARCHAR(400)))"))
								+ ") AS v(k) JOIN " + table + " t ON " + condition + " AND t." + keyColumn + " = v.k",
						handler, all.toArray());
			}
		}
	}

	private static List<List<String>> chunks(List<String> values, int size) {
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < values.size(); i += size) {
			chunks.add(values.subList(i, Math.min(values.size(), i + size)));
		}
		return chunks;
	}

}
