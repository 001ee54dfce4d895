package dev.statsemulator.rocketchat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login tokens expire on the emulator clock (90 days, as the server's
 * Accounts_LoginExpiration) and a user keeps at most 50 (the server's
 * MAX_RESUME_LOGIN_TOKENS): past either, a token fails exactly as an unknown one.
 */
class RocketChatLoginTokensIT extends PostgresIntegrationTest {

	private static final String NOT_LOGGED_IN = "{\"success\":false,\"error\":\"You must be logged in to do this.\","
			+ "\"status\":\"error\",\"message\":\"You must be logged in to do this.\"}";

	private static final String ROUTE = "/api/v1/engagement-dashboard/messages/origin"
			+ "?start=2023-05-20T00:00:00.000Z&end=2023-05-30T00:00:00.000Z";

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	private String login(String id) {
		Response login = http().postJson("/api/v1/login", "{\"user\": \"" + id + "-user\", \"password\": \"pw\"}");
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		return login.json().path("data").path("authToken").asString();
	}

	private Response dashboard(String id, String token) {
		return http().withHeader("X-User-Id", id + "-admin").withHeader("X-Auth-Token", token).get(ROUTE);
	}

	@Test
	void aLoginTokenExpiresNinetyDaysAfterItWasIssuedOnTheEmulatorClock() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		Instant issued = Instant.parse("2024-01-01T00:00:00Z");
		this.clock.freeze(issued);
		String token = login(id);
		assertThat(dashboard(id, token).status()).isEqualTo(200);

		// Exactly 90 days later it still works (the server drops tokens older than that).
		this.clock.freeze(issued.plus(Duration.ofDays(90)));
		assertThat(dashboard(id, token).status()).isEqualTo(200);

		// One millisecond more and it fails as any unknown token does, byte for byte.
		this.clock.freeze(issued.plus(Duration.ofDays(90)).plusMillis(1));
		Response expired = dashboard(id, token);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.body()).isEqualTo(NOT_LOGGED_IN);
		assertThat(expired.body()).isEqualTo(dashboard(id, "never-issued").body());

		// The configured token does not expire, and a new login works again.
		assertThat(dashboard(id, id + "-token").status()).isEqualTo(200);
		assertThat(dashboard(id, login(id)).status()).isEqualTo(200);

		// Moving the clock back does not revive a token dropped at the next login.
		this.clock.freeze(issued);
		assertThat(dashboard(id, token).status()).isEqualTo(401);
	}

	@Test
	void aUserKeepsTheFiftyNewestLoginTokens() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 53; i++) {
			tokens.add(login(id));
		}
		// The three oldest are gone, the 50 newest work.
		for (int i = 0; i < 3; i++) {
			assertThat(dashboard(id, tokens.get(i)).body()).as("token " + i).isEqualTo(NOT_LOGGED_IN);
		}
		for (int i = 3; i < 53; i++) {
			assertThat(dashboard(id, tokens.get(i)).status()).as("token " + i).isEqualTo(200);
		}
		// The configured token is not a login token: it still works.
		assertThat(dashboard(id, id + "-token").status()).isEqualTo(200);
	}

}
