package dev.statsemulator.citus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.statsemulator.support.PostgresTestDatabase;

/**
 * The test's own view of the Citus cluster behind the test database, over plain JDBC on
 * the coordinator: where a workspace's shards are, EXPLAIN of a statement, and the tenant
 * operations.
 */
final class CitusCluster implements AutoCloseable {

	private final Connection connection;

	private CitusCluster(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Connects to the test database, which must be a Citus coordinator: these tests are
	 * never skipped, they fail where Citus is missing.
	 */
	static CitusCluster connect() {
		Map<String, Object> properties = PostgresTestDatabase.properties();
		try {
			Connection connection = DriverManager.getConnection((String) properties.get("spring.datasource.url"),
					(String) properties.get("spring.datasource.username"),
					(String) properties.get("spring.datasource.password"));
			CitusCluster cluster = new CitusCluster(connection);
			if (cluster.strings("SELECT extname FROM pg_extension WHERE extname = 'citus'").isEmpty()) {
				throw new IllegalStateException("The tests tagged citus need TEST_DATABASE_URL to name a Citus "
						+ "coordinator (.ci/citus starts one); " + properties.get("spring.datasource.url")
						+ " has no citus extension");
			}
			return cluster;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Connection connection() {
		return this.connection;
	}

	/** The port of the worker that holds the workspace's shard group. */
	int nodePortOf(String workspaceId) {
		return Integer.parseInt(strings("""
				SELECT n.nodeport FROM pg_dist_placement p JOIN pg_dist_node n ON n.groupid = p.groupid
				WHERE p.shardid = get_shard_id_for_distribution_column('workspace', ?)""", workspaceId).get(0));
	}

	/** The workspace's shard of every distributed table, by shard id. */
	Map<Long, String> shardsOf(String workspaceId) {
		Map<Long, String> shards = new LinkedHashMap<>();
		for (String table : strings(
				"SELECT logicalrelid::text FROM pg_dist_partition WHERE partmethod = 'h' " + "ORDER BY 1")) {
			shards.put(Long.parseLong(
					strings("SELECT get_shard_id_for_distribution_column(?::regclass, ?)", table, workspaceId).get(0)),
					table);
		}
		return shards;
	}

	/** The shards of the reference tables, by shard id. */
	Map<Long, String> referenceShards() {
		Map<Long, String> shards = new LinkedHashMap<>();
		for (String row : strings("SELECT s.shardid || ' ' || s.logicalrelid::text FROM pg_dist_shard s "
				+ "JOIN pg_dist_partition p USING (logicalrelid) WHERE p.partmethod = 'n' ORDER BY 1")) {
			String[] parts = row.split(" ");
			shards.put(Long.parseLong(parts[0]), parts[1]);
		}
		return shards;
	}

	/** Every Citus table, with its kind. */
	Map<String, String> citusTables() {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String row : strings("SELECT logicalrelid::text || ' ' || "
				+ "CASE partmethod WHEN 'h' THEN 'distributed:' || column_to_column_name(logicalrelid, partkey) "
				+ "WHEN 'n' THEN 'reference' ELSE partmethod::text END FROM pg_dist_partition ORDER BY 1")) {
			String[] parts = row.split(" ");
			tables.put(parts[0], parts[1]);
		}
		return tables;
	}

	/** The tables of the current schema. */
	Set<String> tables() {
		return new TreeSet<>(strings("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));
	}

	Set<Integer> workerPorts() {
		Set<Integer> ports = new TreeSet<>();
		strings("SELECT nodeport FROM pg_dist_node WHERE isactive AND shouldhaveshards AND groupid <> 0")
			.forEach((port) -> ports.add(Integer.parseInt(port)));
		return ports;
	}

	/** EXPLAIN of a statement the service ran, with the parameters it ran it with. */
	String explain(SqlCapture.Execution execution) {
		try (PreparedStatement statement = this.connection.prepareStatement("EXPLAIN " + execution.sql())) {
			for (SqlCapture.Parameter parameter : execution.parameters().values()) {
				parameter.applyTo(statement);
			}
			StringBuilder plan = new StringBuilder();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("EXPLAIN " + execution.sql() + ": " + ex.getMessage(), ex);
		}
	}

	List<String> strings(String sql, Object... parameters) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			List<String> values = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	void execute(String sql) {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// closing anyway
		}
	}

}
