package dev.statsemulator.tellody;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated logins and wrong passwords, on a service of its own with the protections on
 * (the shared test service turns them off): Rocket.Chat's REST rate limiter and "Block
 * failed login attempts", Tellody's username lock. Thresholds and times are set small so
 * the test can wait them out; the defaults are the vendors' (docs/security.md).
 */
class LoginProtectionIT {

	private static RunningEmulator emulator;

	@BeforeAll
	static void start() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("emulator.rocketchat.login-rate-limit.enabled", true);
		properties.put("emulator.rocketchat.login-rate-limit.calls", 4);
		properties.put("emulator.rocketchat.login-rate-limit.interval", "60s");
		properties.put("emulator.rocketchat.failed-logins.attempts-by-user", 2);
		properties.put("emulator.rocketchat.failed-logins.block-by-user", "2s");
		properties.put("emulator.rocketchat.failed-logins.attempts-by-ip", 3);
		properties.put("emulator.rocketchat.failed-logins.block-by-ip", "2s");
		properties.put("emulator.tellody.failed-logins.attempts", 3);
		properties.put("emulator.tellody.failed-logins.lock", "2s");
		emulator = RunningEmulator.postgres(properties);
		createWorkspace();
	}

	private static void createWorkspace() {
		Response put = emulator.admin().putJson("/_emulator/v1/workspaces/login-protection", """
				{"tellody": {"users": [{"username": "lp-tellody", "password": "right"}]},
				 "rocketchat": {"users": [
				   {"userId": "lp-a", "authToken": "lp-a-token", "username": "lp-a", "password": "right"},
				   {"userId": "lp-b", "authToken": "lp-b-token", "username": "lp-b", "password": "right"}]}}""");
		assertThat(put.status()).as(put.toString()).isIn(200, 201);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	private static Response rocketChatLogin(String address, String user, String password) {
		return emulator.http()
			.withHeader("X-Real-IP", address)
			.postJson("/api/v1/login", "{\"user\": \"" + user + "\", \"password\": \"" + password + "\"}");
	}

	@Test
	void rocketChatAnswersTooManyRequestsWithTheWaitPastTheRateLimit() {
		for (int i = 1; i <= 4; i++) {
			Response login = rocketChatLogin("10.0.0.1", "lp-b", "right");
			assertThat(login.status()).as(login.toString()).isEqualTo(200);
			assertThat(login.header("X-RateLimit-Limit")).isEqualTo("4");
			assertThat(login.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(4 - i));
		}
		Response limited = rocketChatLogin("10.0.0.1", "lp-b", "right");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Content-Type")).startsWith("application/json");
		assertThat(limited.body()).matches("\\{\"success\":false,\"error\":\"Error, too many requests\\. Please slow "
				+ "down\\. You must wait (60|59|58) seconds before trying this endpoint again\\. "
				+ "\\[error-too-many-requests\\]\"}");
		assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
		// Counted per client address.
		assertThat(rocketChatLogin("10.0.0.2", "lp-b", "right").status()).isEqualTo(200);
	}

	@Test
	void rocketChatBlocksAUserAfterRepeatedWrongPasswordsUntilTheBlockTimePasses() throws Exception {
		String unauthorized = "{\"status\":\"error\",\"error\":\"Unauthorized\",\"message\":\"Unauthorized\"}";
		assertThat(rocketChatLogin("10.0.1.1", "lp-a", "wrong").body()).isEqualTo(unauthorized);
		assertThat(rocketChatLogin("10.0.1.2", "lp-a", "wrong").body()).isEqualTo(unauthorized);
		// Blocked by user, from any address, the right password too.
		Response blocked = rocketChatLogin("10.0.1.3", "lp-a", "right");
		assertThat(blocked.status()).isEqualTo(401);
		assertThat(blocked.body()).isEqualTo("{\"success\":false,\"error\":\"error-login-blocked-for-user\","
				+ "\"status\":\"error\",\"details\":{\"function\":\"Accounts.validateLoginAttempt\"},"
				+ "\"message\":\"Login has been temporarily blocked For User\"}");
		// Another user is not blocked.
		assertThat(rocketChatLogin("10.0.1.3", "lp-b", "right").status()).isEqualTo(200);
		Thread.sleep(2_200);
		assertThat(rocketChatLogin("10.0.1.3", "lp-a", "right").status()).isEqualTo(200);

		// By address: three failures from one address, whatever the names, block it.
		for (int i = 0; i < 3; i++) {
			assertThat(rocketChatLogin("10.0.2.1", "nobody-" + i, "wrong").body()).isEqualTo(unauthorized);
		}
		Response byIp = rocketChatLogin("10.0.2.1", "lp-b", "right");
		assertThat(byIp.status()).isEqualTo(401);
		assertThat(byIp.json().path("error").asString()).isEqualTo("error-login-blocked-for-ip");
		assertThat(byIp.json().path("message").asString()).isEqualTo("Login has been temporarily blocked For IP");
	}

	@Test
	void tellodyLocksAUsernameAfterRepeatedWrongPasswords() throws Exception {
		TellodyClient client = new TellodyClient(new Http("http://localhost:" + emulator.port()));
		client.ping();
		for (int i = 0; i < 3; i++) {
			Response wrong = client.login("lp-tellody", "wrong", false);
			assertThat(wrong.status()).isEqualTo(401);
			assertThat(wrong.body()).isEqualTo(TellodyResponses.BAD_CREDENTIALS);
		}
		Response locked = client.login("lp-tellody", "right", false);
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.body())
			.isEqualTo("{\"access-denied\":true,\"cause\":\"locked\",\"message\":\"User account is locked\"}");
		assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 2);
		Thread.sleep(2_200);
		Response login = client.login("lp-tellody", "right", false);
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		// A success starts the count over: one wrong password does not lock.
		client.ping();
		assertThat(client.login("lp-tellody", "wrong", false).body()).isEqualTo(TellodyResponses.BAD_CREDENTIALS);
	}

	@Test
	void aFullResetForgetsFailedLoginsAndTheLoginRateLimit() {
		TellodyClient client = new TellodyClient(new Http("http://localhost:" + emulator.port()));
		client.ping();
		for (int i = 0; i < 3; i++) {
			assertThat(client.login("lp-tellody", "wrong", false).status()).isEqualTo(401);
		}
		assertThat(client.login("lp-tellody", "right", false).body()).contains("\"cause\":\"locked\"");
		assertThat(rocketChatLogin("10.0.3.1", "lp-a", "wrong").status()).isEqualTo(401);
		assertThat(rocketChatLogin("10.0.3.1", "lp-a", "wrong").status()).isEqualTo(401);
		assertThat(rocketChatLogin("10.0.3.1", "lp-a", "right").body()).contains("error-login-blocked-for-user");
		assertThat(rocketChatLogin("10.0.3.1", "lp-a", "right").status()).isEqualTo(401);
		// The fifth login from the address within the interval: rate-limited.
		assertThat(rocketChatLogin("10.0.3.1", "lp-a", "right").status()).isEqualTo(429);

		// A test suite's next test: reset, the same workspace again, the same users log
		// in.
		Response reset = emulator.admin().postJson("/_emulator/v1/reset", "{\"reseed\": false}");
		assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
		createWorkspace();
		TellodyClient fresh = new TellodyClient(new Http("http://localhost:" + emulator.port()));
		fresh.ping();
		Response tellody = fresh.login("lp-tellody", "right", false);
		assertThat(tellody.status()).as(tellody.toString()).isEqualTo(200);
		Response rocketChat = rocketChatLogin("10.0.3.1", "lp-a", "right");
		assertThat(rocketChat.status()).as(rocketChat.toString()).isEqualTo(200);
	}

}
