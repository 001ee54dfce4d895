package dev.statsemulator.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Autovacuum's ANALYZE, for a server that runs with {@code autovacuum = off}: every 10
 * seconds, a table changed by more than 50 rows + 10% of its rows since its last analyze
 * (autovacuum's default thresholds) is analyzed, on a connection of its own, while the
 * ingest goes on. Without it, the planner keeps believing that the event table a fresh
 * database starts with is empty, which is not what a deployed PostgreSQL does.
 */
final class AutoAnalyzer implements AutoCloseable {

	private static final List<String> TABLES = List.of("event", "count_bucket", "first_touch", "message", "room");

	private final Thread thread;

	private final AtomicInteger analyses = new AtomicInteger();

	private volatile boolean running = true;

	private AutoAnalyzer(BenchmarkOptions options) {
		this.thread = new Thread(() -> loop(options), "auto-analyze");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	static AutoAnalyzer start(BenchmarkOptions options) {
		return new AutoAnalyzer(options);
	}

	int analyses() {
		return this.analyses.get();
	}

	private void loop(BenchmarkOptions options) {
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(),
				options.jdbcPassword());
				PreparedStatement changes = connection.prepareStatement("SELECT s.n_mod_since_analyze, c.reltuples "
						+ "FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE s.relname = ?");
				Statement analyze = connection.createStatement()) {
			while (this.running) {
				for (int tick = 0; tick < 100 && this.running; tick++) {
					Thread.sleep(100);
				}
				for (String table : TABLES) {
					if (!this.running) {
						break;
					}
					changes.setString(1, table);
					try (ResultSet result = changes.executeQuery()) {
						if (result.next() && result.getLong(1) > 50 + 0.1 * Math.max(0, result.getDouble(2))) {
							analyze.execute("ANALYZE " + table);
							this.analyses.incrementAndGet();
						}
					}
				}
			}
		}
		catch (SQLException ex) {
			System.err.println("[benchmark] auto-analyze stopped: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.thread.join(60_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
