package dev.statsemulator.support;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.statsemulator.clock.EmulatorClock;

/**
 * Base of the HTTP integration tests: the whole service on a random port, on PostgreSQL.
 * Tests share one database and isolate themselves by workspace, which also exercises
 * tenancy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.demo.enabled=false", "emulator.admin-token=" + PostgresIntegrationTest.ADMIN_TOKEN,
				// One service for the whole suite, which fails to log in far more often
				// than the vendors' lockouts allow: LoginProtectionIT tests them (and
				// the login rate limiter, off by default) on a service of its own.
				"emulator.rocketchat.login-rate-limit.enabled=false", "emulator.rocketchat.failed-logins.enabled=false",
				"emulator.tellody.failed-logins.enabled=false" })
@ActiveProfiles("postgres")
public abstract class PostgresIntegrationTest {

	public static final String ADMIN_TOKEN = "test-admin-token";

	@LocalServerPort
	protected int port;

	@Autowired
	protected EmulatorClock clock;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	protected Http http() {
		return new Http("http://localhost:" + this.port);
	}

	protected Http admin() {
		return http().withHeader("Authorization", "Bearer " + ADMIN_TOKEN);
	}

	/** A fresh workspace id, so each test owns its data. */
	protected static String newWorkspaceId(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
