package dev.statsemulator.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcOperations;

/** The two databases the store runs on; only upserts differ between them. */
enum SqlDialect {

	POSTGRESQL, H2;

	static SqlDialect of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			if (product.contains("postgres")) {
				return POSTGRESQL;
			}
			if (product.contains("h2")) {
				return H2;
			}
			throw new IllegalStateException("Unsupported database: " + product + " (use H2 or PostgreSQL)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database", ex);
		}
	}

	/** Whether a PostgreSQL database is a Citus coordinator (the extension is there). */
	static boolean citus(JdbcOperations jdbc) {
		return Boolean.TRUE.equals(jdbc
			.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')", Boolean.class));
	}

}
