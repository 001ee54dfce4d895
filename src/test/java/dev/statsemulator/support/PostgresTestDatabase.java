package dev.statsemulator.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL that integration tests run on: the one named by
 * {@code TEST_DATABASE_URL} (what {@code .ci/run} provides), else a Testcontainers
 * PostgreSQL where Docker runs, else the local server on 127.0.0.1:5432. When none
 * answers, the tests fail with a message saying so: they are never skipped.
 */
public final class PostgresTestDatabase {

	private static Map<String, Object> properties;

	private PostgresTestDatabase() {
	}

	/** Spring properties pointing at the test database (started on first use). */
	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			properties = resolve();
		}
		return properties;
	}

	private static Map<String, Object> resolve() {
		String url = System.getenv("TEST_DATABASE_URL");
		String username = env("TEST_DATABASE_USERNAME", "postgres");
		String password = env("TEST_DATABASE_PASSWORD", "postgres");
		if (url == null && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			url = container.getJdbcUrl();
			username = container.getUsername();
			password = container.getPassword();
		}
		if (url == null) {
			url = "jdbc:postgresql://127.0.0.1:5432/emulator_test";
		}
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The PostgreSQL integration tests need a database: set TEST_DATABASE_URL "
					+ "(and TEST_DATABASE_USERNAME / TEST_DATABASE_PASSWORD), run Docker, or run .ci/run, which starts "
					+ "PostgreSQL and creates emulator_test. Tried " + url + ": " + ex.getMessage(), ex);
		}
		Map<String, Object> resolved = new LinkedHashMap<>();
		resolved.put("spring.datasource.url", url);
		resolved.put("spring.datasource.username", username);
		resolved.put("spring.datasource.password", password);
		return resolved;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
