package dev.statsemulator.tellody;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page on another site, run in a logged-in user's browser, must not read that user's
 * Tellody reports: the browser sends the victim's cookies with the page's Origin, and the
 * emulator grants credentials to configured (loopback) origins only.
 */
class TellodyCorsIT extends TellodyIntegrationTest {

	private static final String EVIL = "http://evil.example.com";

	@Test
	void aForeignOriginCannotReadAReportWithTheVictimsCookie() {
		String workspace = workspace("UTC");
		ingest(workspace, List.of(TestEvents.event("sent", "2024-03-05T10:00:00Z").channel("sms")));
		TellodyClient victim = loggedIn(workspace);
		String report = "{\"from\":1709596800000,\"to\":1709683199999,\"unit\":\"day\"}";
		assertThat(ok(victim.uniqueCode(report)).json().path("SMS_SENT").asLong()).isEqualTo(1);

		// The same cookie jar (the victim's browser), the attacker's origin.
		Response ping = victim.http().withHeader("Origin", EVIL).get(TellodyClient.PING);
		assertThat(ping.header("Access-Control-Allow-Origin")).isNull();
		assertThat(ping.header("Access-Control-Allow-Credentials")).isNull();
		assertThat(ping.header("X-XSRF-TOKEN")).isNull();
		Response stolen = victim.http()
			.withHeader("Origin", EVIL)
			.withHeader("X-XSRF-TOKEN", victim.token())
			.postJson(TellodyClient.UNIQUE_CODE, report);
		assertThat(stolen.status()).isEqualTo(403);
		assertThat(stolen.header("Access-Control-Allow-Origin")).isNull();
		assertThat(stolen.body()).doesNotContain("SMS_SENT");
		Response preflight = victim.http()
			.withHeader("Origin", EVIL)
			.withHeader("Access-Control-Request-Method", "POST")
			.withHeader("Access-Control-Request-Headers", "content-type,x-xsrf-token")
			.send("OPTIONS", TellodyClient.UNIQUE_CODE, null, null);
		assertThat(preflight.status()).isEqualTo(403);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

		// A dashboard on loopback (any port) is trusted.
		Response local = victim.http()
			.withHeader("Origin", "http://localhost:5173")
			.withHeader("X-XSRF-TOKEN", victim.token())
			.postJson(TellodyClient.UNIQUE_CODE, report);
		assertThat(local.status()).isEqualTo(200);
		assertThat(local.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
		assertThat(local.header("Access-Control-Allow-Credentials")).isEqualTo("true");
	}

	@Test
	void sessionAndRememberMeCookiesAreSameSiteLax() {
		String workspace = workspace("UTC");
		TellodyClient client = client();
		client.ping();
		Response login = client.login(workspace, password(workspace), true);
		assertThat(login.status()).isEqualTo(200);
		List<String> cookies = login.raw().headers().allValues("Set-Cookie");
		assertThat(cookies).isNotEmpty()
			.filteredOn((cookie) -> !cookie.contains("Max-Age=0"))
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("remember-me="));
	}

}
