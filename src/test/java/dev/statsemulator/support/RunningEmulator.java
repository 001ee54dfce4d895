package dev.statsemulator.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.statsemulator.StatsEmulatorApplication;

/**
 * The whole service started as a user starts it, for tests that restart it or run two at
 * once.
 */
public final class RunningEmulator implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningEmulator(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** The embedded default: H2 files under {@code dataDir}. */
	public static RunningEmulator embedded(Path dataDir, Map<String, Object> properties) {
		Map<String, Object> all = new LinkedHashMap<>(properties);
		all.put("emulator.data-dir", dataDir.toString());
		return start(all);
	}

	/** On the PostgreSQL test database. */
	public static RunningEmulator postgres(Map<String, Object> properties) {
		Map<String, Object> all = new LinkedHashMap<>(PostgresTestDatabase.properties());
		all.putAll(properties);
		all.put("spring.profiles.active", "postgres");
		return start(all);
	}

	private static RunningEmulator start(Map<String, Object> properties) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("server.port", 0);
		all.put("emulator.demo.enabled", false);
		all.put("emulator.admin-token", PostgresIntegrationTest.ADMIN_TOKEN);
		all.putAll(properties);
		String[] args = all.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new RunningEmulator(new SpringApplicationBuilder(StatsEmulatorApplication.class).run(args));
	}

	public int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
	}

	public Http http() {
		return new Http("http://localhost:" + this.context.getEnvironment().getProperty("local.server.port"));
	}

	public Http admin() {
		return http().withHeader("Authorization", "Bearer " + PostgresIntegrationTest.ADMIN_TOKEN);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
