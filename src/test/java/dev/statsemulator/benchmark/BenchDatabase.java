package dev.statsemulator.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The benchmark's own side of PostgreSQL: a fresh database, the raw COPY baseline, the
 * naive queries and table sizes, over plain JDBC.
 */
final class BenchDatabase implements AutoCloseable {

	/** The event table's columns that a COPY row fills (seq comes from its identity). */
	static final String COPY_COLUMNS = "workspace_id, content_hash, client_id, type, at_ms, channel, platform, message, "
			+ "campaign, application, contact, user_id, link, bounce, name, revenue, currency, room_id, room_name, "
			+ "room_type, status";

	private final Connection connection;

	private BenchDatabase(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Drops and creates the benchmark database. Refuses a database whose name does not
	 * say "bench", so a mistyped URL cannot drop the test or development database.
	 */
	static void recreate(BenchmarkOptions options) {
		recreate(options, options.databaseName());
		if (options.citus()) {
			recreateOnWorkers(options);
		}
	}

	/**
	 * Drops and creates a database of the benchmark's server (one whose name says
	 * "bench").
	 */
	static void recreate(BenchmarkOptions options, String name) {
		if (!name.matches("[a-z0-9_]*bench[a-z0-9_]*")) {
			throw new IllegalArgumentException("benchmark.jdbcUrl names database '" + name
					+ "': the benchmark drops and recreates its database, so its name must contain 'bench'");
		}
		try (Connection admin = DriverManager.getConnection(options.maintenanceUrl(), options.jdbcUser(),
				options.jdbcPassword()); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not recreate " + name + " through " + options.maintenanceUrl() + ": "
					+ ex.getMessage() + " (is PostgreSQL running on " + options.databasePort() + "?)", ex);
		}
	}

	/** Drops a database the benchmark created. */
	static void drop(BenchmarkOptions options, String name) {
		try (Connection admin = DriverManager.getConnection(options.maintenanceUrl(), options.jdbcUser(),
				options.jdbcPassword()); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop " + name + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Citus: the database again on every worker, the extension on all nodes, and the
	 * workers registered with the coordinator. The service's migrations then distribute
	 * the tables.
	 */
	private static void recreateOnWorkers(BenchmarkOptions options) {
		String name = options.databaseName();
		try {
			for (int port : options.citusWorkers()) {
				try (Connection admin = DriverManager.getConnection(options.onPort(options.maintenanceUrl(), port),
						options.jdbcUser(), options.jdbcPassword()); Statement statement = admin.createStatement()) {
					statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
					statement.execute("CREATE DATABASE " + name);
				}
				try (Connection worker = DriverManager.getConnection(options.onPort(options.jdbcUrl(), port),
						options.jdbcUser(), options.jdbcPassword()); Statement statement = worker.createStatement()) {
					statement.execute("CREATE EXTENSION citus");
				}
			}
			try (Connection coordinator = DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(),
					options.jdbcPassword()); Statement statement = coordinator.createStatement()) {
				statement.execute("CREATE EXTENSION citus");
				statement.execute("SELECT citus_set_coordinator_host('127.0.0.1', " + options.databasePort() + ")");
				for (int port : options.citusWorkers()) {
					statement.execute("SELECT citus_add_node('127.0.0.1', " + port + ")");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up " + name + " on the Citus cluster (coordinator "
					+ options.databasePort() + ", workers " + options.citusWorkers()
					+ "; start it with ../shared/tools/citus/citus-up): " + ex.getMessage(), ex);
		}
	}

	/** Whether this database is a Citus coordinator. */
	/**
	 * The SQL of a table's total size, its indexes included: on Citus the sum over its
	 * shards (the coordinator's own relation of a distributed table is empty).
	 */
	String totalSize(String table) {
		return (citus() ? "citus_total_relation_size" : "pg_total_relation_size") + "('" + table + "')";
	}

	boolean citus() {
		return longValue("SELECT count(*) FROM pg_extension WHERE extname = 'citus'") > 0;
	}

	static BenchDatabase connect(BenchmarkOptions options) {
		try {
			return new BenchDatabase(
					DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The raw baseline: the same rows COPYed into a plain table with the event table's
	 * columns and no index, timed from the first byte to the commit; or, {@code indexed},
	 * into a table with the event table's indexes too ({@code LIKE event INCLUDING ALL}:
	 * its primary key, the unique index of ids and the secondary ones), the floor that
	 * storing the events with the guarantees the indexes serve imposes.
	 * @return seconds and the table's size in bytes
	 */
	double[] copyBaseline(EventFiles files, boolean indexed) {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS copy_baseline");
			statement.execute("CREATE TABLE copy_baseline (LIKE event "
					+ (indexed ? "INCLUDING ALL" : "INCLUDING DEFAULTS INCLUDING IDENTITY") + ")");
			if (citus()) {
				// Like the events: rows of one workspace go through the coordinator to
				// its worker.
				statement.execute("SELECT create_distributed_table('copy_baseline', 'workspace_id', "
						+ "colocate_with => 'none')");
			}
			long start = System.nanoTime();
			long rows;
			try (InputStream in = files.copyRows()) {
				rows = this.connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY copy_baseline (" + COPY_COLUMNS + ") FROM STDIN", in, 1 << 16);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			if (rows != files.events()) {
				throw new IllegalStateException("COPY stored " + rows + " rows of " + files.events());
			}
			long bytes = longValue("SELECT " + totalSize("copy_baseline"));
			statement.execute("DROP TABLE copy_baseline");
			return new double[] { seconds, bytes };
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY baseline failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Brings the planner's statistics and the visibility map up to date. */
	double vacuumAnalyze() {
		long start = System.nanoTime();
		try (Statement statement = this.connection.createStatement()) {
			// Citus runs VACUUM on the shards of the tables it is given by name; a bare
			// VACUUM stays on the coordinator.
			statement.execute("VACUUM ANALYZE" + (citus()
					? " " + text("SELECT string_agg(logicalrelid::text, ', ') " + "FROM pg_dist_partition") : ""));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	long longValue(String sql) {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	String text(String sql) {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	/** Runs a query and reads every row; the nanoseconds it took. */
	long time(String sql, Object[] parameters) {
		long start = System.nanoTime();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					for (int column = 1; column <= columns; column++) {
						result.getObject(column);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
		return System.nanoTime() - start;
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
