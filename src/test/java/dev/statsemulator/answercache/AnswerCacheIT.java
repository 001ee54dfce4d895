package dev.statsemulator.answercache;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.support.PostgresTestDatabase;
import dev.statsemulator.support.RunningEmulator;

/**
 * {@link AnswerCacheScenario} on PostgreSQL, each run in a schema of its own (the
 * scenario resets everything): one service with the cache and its versions in memory; and
 * two services with the cache and their versions in the database, writing in turn, each
 * of which must answer the other's writes at once.
 */
class AnswerCacheIT {

	@Test
	void oneServiceWithVersionsInMemory(@TempDir Path dataDir, @TempDir Path initDir) throws Exception {
		AnswerCacheScenario.writeInitDirectory(initDir);
		inSchemaOfItsOwn(dataDir, initDir, (properties) -> {
			try (RunningEmulator cached = RunningEmulator.postgres(with(properties, "local", true));
					RunningEmulator oracle = RunningEmulator.postgres(with(properties, "local", false))) {
				AnswerCacheScenario.run(List.of(cached), oracle, initDir);
			}
		});
	}

	@Test
	void twoServicesWithVersionsInTheDatabase(@TempDir Path dataDir, @TempDir Path initDir) throws Exception {
		AnswerCacheScenario.writeInitDirectory(initDir);
		inSchemaOfItsOwn(dataDir, initDir, (properties) -> {
			try (RunningEmulator first = RunningEmulator.postgres(with(properties, "database", true));
					RunningEmulator second = RunningEmulator.postgres(with(properties, "database", true));
					RunningEmulator oracle = RunningEmulator.postgres(with(properties, "database", false))) {
				AnswerCacheScenario.run(List.of(first, second), oracle, initDir);
			}
		});
	}

	private static Map<String, Object> with(Map<String, Object> properties, String versions, boolean enabled) {
		Map<String, Object> all = new LinkedHashMap<>(properties);
		all.put("emulator.answer-cache.versions", versions);
		all.put("emulator.answer-cache.enabled", enabled);
		return all;
	}

	interface Scenario {

		void run(Map<String, Object> properties) throws Exception;

	}

	private static void inSchemaOfItsOwn(Path dataDir, Path initDir, Scenario scenario) throws Exception {
		String schema = "answer_cache_it_" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> database = PostgresTestDatabase.properties();
		String url = (String) database.get("spring.datasource.url");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		properties.put("spring.flyway.schemas", schema);
		properties.put("spring.flyway.default-schema", schema);
		properties.put("emulator.data-dir", dataDir.toString());
		properties.put("emulator.init-dir", initDir.toString());
		try {
			scenario.run(properties);
		}
		finally {
			try (Connection connection = DriverManager.getConnection(url,
					(String) database.get("spring.datasource.username"),
					(String) database.get("spring.datasource.password"));
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		}
	}

}
