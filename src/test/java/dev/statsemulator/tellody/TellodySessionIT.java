package dev.statsemulator.tellody;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The session layer: ping, XSRF token, form login, remember-me, UserInfo, tenancy. */
class TellodySessionIT extends TellodyIntegrationTest {

	private static final String DAY_REPORT = "{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\","
			+ "\"window\":\"day\",\"dow\":0}";

	@Test
	void pingCreatesASessionAndAnswersItsTokenInTheResponseHeader() {
		TellodyClient client = client();
		Response first = client.ping();
		assertThat(first.header("Set-Cookie")).startsWith("JSESSIONID=");
		assertThat(first.body()).isEqualTo("{\"authenticated\":false}");
		String token = client.token();
		// The same session keeps its token.
		assertThat(client.ping().header("X-XSRF-TOKEN")).isEqualTo(token);
		// Another client (another cookie jar) gets another session and token.
		assertThat(client().ping().header("X-XSRF-TOKEN")).isNotEqualTo(token);
	}

	@Test
	void browserDashboardsOnLoopbackOriginsCanReadTheTokenAndSendTheCookie() {
		Response preflight = http().withHeader("Origin", "http://127.0.0.1:5173")
			.withHeader("Access-Control-Request-Method", "POST")
			.withHeader("Access-Control-Request-Headers", "content-type,x-xsrf-token")
			.send("OPTIONS", TellodyClient.CONTACT_CHART, null, null);
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:5173");
		assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
		Response ping = http().withHeader("Origin", "http://127.0.0.1:5173").get(TellodyClient.PING);
		assertThat(ping.header("Access-Control-Expose-Headers")).contains("X-XSRF-TOKEN");
	}

	@Test
	void callsToTheOtherApisWithTheSameCookieJarLeaveTheSessionAlone() {
		String id = workspace("Europe/Athens");
		TellodyClient client = loggedIn(id);
		ok(client.contactChart(DAY_REPORT));
		// A test suite's one HTTP client sends the session cookie everywhere: the
		// stateless APIs must neither replace nor rotate the session.
		Response control = client.http()
			.withHeader("Authorization", "Bearer " + ADMIN_TOKEN)
			.get("/_emulator/v1/workspaces/" + id);
		assertThat(control.status()).isEqualTo(200);
		assertThat(control.header("Set-Cookie")).isNull();
		Response getResponse = client.http()
			.postJson("/", "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"no-such-key\"],\"id\":1}");
		assertThat(getResponse.header("Set-Cookie")).isNull();
		assertThat(client.contactChart(DAY_REPORT).status()).isEqualTo(200);
	}

	@Test
	void loginAnswersTheVendorsBodies() {
		String id = workspace("Europe/Athens");
		TellodyClient client = client();
		client.ping();
		Response wrong = client.login(id, "not-the-password", false);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body())
			.isEqualTo("{\"access-denied\":true,\"cause\":\"badCredentials\",\"message\":\"Bad credentials\"}");
		assertThat(wrong.header("Content-Type")).startsWith("application/json");
		Response unknown = client.login("nobody-" + id, "x", false);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo(wrong.body());
		Response right = client.login(id, password(id), false);
		assertThat(right.status()).isEqualTo(200);
		assertThat(right.body()).isEqualTo("{\"message\":\"You have logged in with success.\",\"status\":\"success\"}");
		assertThat(client.ping().body()).isEqualTo("{\"authenticated\":true,\"username\":\"" + id + "\"}");
	}

	@Test
	void everyPostNeedsTheSessionsToken() {
		String id = workspace("Europe/Athens");
		TellodyClient client = client();
		client.ping();
		// Login without the header.
		Response login = client.http()
			.post(TellodyClient.LOGIN, "application/x-www-form-urlencoded",
					"username=" + id + "&password=" + password(id));
		assertThat(login.status()).isEqualTo(403);
		assertThat(login.json().path("cause").asString()).isEqualTo("missingXsrfToken");
		assertThat(login.json().path("message").asString()).contains("X-XSRF-TOKEN", TellodyClient.PING);
		// A token of another session.
		Response foreign = client.http()
			.withHeader("X-XSRF-TOKEN", client().ping().header("X-XSRF-TOKEN"))
			.post(TellodyClient.LOGIN, "application/x-www-form-urlencoded",
					"username=" + id + "&password=" + password(id));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.json().path("cause").asString()).isEqualTo("invalidXsrfToken");
		// Logged in, the token of before the login is no longer valid: ping again.
		assertThat(client.login(id, password(id), false).status()).isEqualTo(200);
		Response stale = client.contactChart(DAY_REPORT);
		assertThat(stale.status()).isEqualTo(403);
		assertThat(stale.json().path("message").asString()).contains("rotated at login");
		client.ping();
		ok(client.contactChart(DAY_REPORT));
		// Without the header, a logged-in session is refused too.
		Response missing = client.http().postJson(TellodyClient.CONTACT_CHART, DAY_REPORT);
		assertThat(missing.status()).isEqualTo(403);
		assertThat(missing.json().path("access-denied").asBoolean()).isTrue();
	}

	@Test
	void reportsAndUserInfoNeedALogin() {
		TellodyClient client = client();
		client.ping();
		for (Response response : List.of(client.contactChart(DAY_REPORT), client.uniqueCode(DAY_REPORT),
				client.http().get(TellodyClient.USER_INFO))) {
			assertThat(response.status()).as(response.toString()).isEqualTo(401);
			assertThat(response.json().path("access-denied").asBoolean()).isTrue();
			assertThat(response.json().path("cause").asString()).isEqualTo("notLoggedIn");
			assertThat(response.json().path("message").asString()).contains(TellodyClient.LOGIN);
		}
		// Without a session and token at all, the XSRF check answers first, as in Spring.
		assertThat(new Http("http://localhost:" + this.port).postJson(TellodyClient.CONTACT_CHART, DAY_REPORT).status())
			.isEqualTo(403);
	}

	@Test
	void rememberMeLogsInANewSession() {
		String id = workspace("Europe/Athens");
		TellodyClient client = client();
		client.ping();
		Response login = client.login(id, password(id), true);
		assertThat(login.status()).isEqualTo(200);
		String cookie = login.raw()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("remember-me="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("Path=/CampaignCloud", "HttpOnly", "Max-Age=1209600");
		String rememberMe = cookie.substring(0, cookie.indexOf(';'));

		// A new cookie jar with only the remember-me cookie: the ping logs it in.
		TellodyClient later = new TellodyClient(http().withHeader("Cookie", rememberMe));
		assertThat(later.ping().body()).isEqualTo("{\"authenticated\":true,\"username\":\"" + id + "\"}");
		assertThat(ok(later.http().get(TellodyClient.USER_INFO)).json().path("username").asString()).isEqualTo(id);
		ok(later.contactChart(DAY_REPORT));

		// A tampered cookie logs nobody in.
		String tampered = rememberMe.substring(0, rememberMe.length() - 2) + (rememberMe.endsWith("AA") ? "BB" : "AA");
		TellodyClient forged = new TellodyClient(http().withHeader("Cookie", tampered));
		assertThat(forged.ping().body()).isEqualTo("{\"authenticated\":false}");
		assertThat(forged.http().get(TellodyClient.USER_INFO).status()).isEqualTo(401);

		// Without remember-me, a new session is not logged in.
		TellodyClient once = client();
		once.ping();
		Response plain = once.login(id, password(id), false);
		assertThat(plain.raw().headers().allValues("Set-Cookie"))
			.noneMatch((value) -> value.startsWith("remember-me=") && !value.startsWith("remember-me=;"));

		// A deleted workspace's cookie no longer logs in.
		assertThat(admin().delete("/_emulator/v1/workspaces/" + id).status()).isEqualTo(204);
		TellodyClient gone = new TellodyClient(http().withHeader("Cookie", rememberMe));
		assertThat(gone.ping().body()).isEqualTo("{\"authenticated\":false}");
	}

	@Test
	void rememberMeExpiresByTheEmulatorClock() {
		String id = workspace("Europe/Athens");
		try {
			this.clock.freeze(Instant.parse("2000-01-01T00:00:00Z"));
			TellodyClient client = client();
			client.ping();
			Response login = client.login(id, password(id), true);
			String rememberMe = login.raw()
				.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((value) -> value.startsWith("remember-me="))
				.map((value) -> value.substring(0, value.indexOf(';')))
				.findFirst()
				.orElseThrow();
			// The cookie's expiry is 14 days after the emulator's "now".
			assertThat(rememberMe.split("\\.")[2])
				.isEqualTo(String.valueOf(Instant.parse("2000-01-15T00:00:00Z").toEpochMilli()));
			this.clock.freeze(Instant.parse("2000-01-14T23:59:59Z"));
			assertThat(new TellodyClient(http().withHeader("Cookie", rememberMe)).ping().body())
				.isEqualTo("{\"authenticated\":true,\"username\":\"" + id + "\"}");
			this.clock.freeze(Instant.parse("2000-01-15T00:00:01Z"));
			assertThat(new TellodyClient(http().withHeader("Cookie", rememberMe)).ping().body())
				.isEqualTo("{\"authenticated\":false}");
		}
		finally {
			this.clock.release();
		}
	}

	@Test
	void userInfoCountsCreditsFromTheWorkspacesSmsAndEmailAttempts() {
		String id = workspace("Europe/Athens");
		ingest(id,
				List.of(event("sent", "2015-07-21T10:00:00Z").channel("sms"),
						event("sent", "2015-07-21T10:00:01Z").channel("sms").with("status", "error"),
						event("sent", "2015-07-21T10:00:02Z").channel("email"),
						// Push sends cost nothing; other events neither.
						event("sent", "2015-07-21T10:00:03Z").channel("push"),
						event("delivered", "2015-07-21T10:00:04Z").channel("sms")));
		Response info = ok(loggedIn(id).http().get(TellodyClient.USER_INFO));
		long userId = info.json().path("userId").asLong();
		assertThat(userId).isPositive();
		assertThat(info.body()).isEqualTo("{\"username\":\"" + id + "\",\"creditsSpent\":3,\"creditsAvailable\":"
				+ (TellodyReportService.CREDIT_BUNDLE - 3) + ",\"userId\":" + userId + ",\"email\":\"" + id
				+ "@example.com\"}");
	}

	@Test
	void aLoginNeverSeesAnotherWorkspacesEvents() {
		String mine = workspace("Europe/Athens");
		String theirs = workspace("Europe/Athens");
		ingest(theirs,
				List.of(event("contact_added", "2015-07-21T14:10:00+03:00"),
						event("sent", "2015-07-21T14:10:00+03:00").channel("sms"),
						event("downloaded", "2015-07-21T14:10:00+03:00").channel("sms")));
		ingest(mine, List.of(event("contact_added", "2015-07-21T09:10:00+03:00")));
		TellodyClient client = loggedIn(mine);
		String zeros23 = ",0".repeat(14);
		assertThat(ok(client.contactChart(DAY_REPORT)).json().path("contactsAdded").toString())
			.isEqualTo("[0,0,0,0,0,0,0,0,0,1" + zeros23 + "]");
		assertThat(ok(client.uniqueCode("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"day\",\"dow\":0}"))
			.body()).isEqualTo("{\"SMS_SENT\":0,\"DL\":0,\"OPTOUT\":0,\"URL\":0,\"VOUCHER\":0,\"EMAIL_SENT\":0}");
		assertThat(ok(client.http().get(TellodyClient.USER_INFO)).json().path("creditsSpent").asLong()).isZero();
		// The other workspace's login sees its own.
		assertThat(ok(loggedIn(theirs).contactChart(DAY_REPORT)).json().path("contactsAdded").get(14).asLong())
			.isEqualTo(1);
	}

	@Test
	void aSessionWhoseWorkspaceWasDeletedMustLogInAgain() {
		String id = workspace("UTC");
		TellodyClient client = loggedIn(id);
		assertThat(admin().delete("/_emulator/v1/workspaces/" + id).status()).isEqualTo(204);
		Response response = client.http().get(TellodyClient.USER_INFO);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("cause").asString()).isEqualTo("notLoggedIn");
	}

	private void putWorkspace(String id, String... usernames) {
		StringBuilder users = new StringBuilder();
		for (String username : usernames) {
			users.append((users.length() > 0) ? "," : "")
				.append("{\"username\":\"" + username + "\",\"password\":\"" + password(username) + "\"}");
		}
		Response response = admin().putJson("/_emulator/v1/workspaces/" + id,
				"{\"timezone\":\"Europe/Athens\",\"tellody\":{\"users\":[" + users + "]}}");
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
	}

	@Test
	void aLoginEndsWhenItsUserIsRemovedFromTheWorkspace() {
		String id = newWorkspaceId("tellody");
		String alice = id + "-alice";
		putWorkspace(id, alice);
		TellodyClient client = client().loggedIn(alice, password(alice));
		TellodyClient reporting = client().loggedIn(alice, password(alice));
		ok(client.http().get(TellodyClient.USER_INFO));
		ok(reporting.contactChart(DAY_REPORT));
		// The workspace now has only bob: alice's sessions end.
		putWorkspace(id, id + "-bob");
		Response info = client.http().get(TellodyClient.USER_INFO);
		assertThat(info.status()).as(info.toString()).isEqualTo(401);
		assertThat(info.json().path("cause").asString()).isEqualTo("notLoggedIn");
		assertThat(info.json().path("message").asString()).startsWith("The user of this login no longer belongs");
		Response report = reporting.contactChart(DAY_REPORT);
		assertThat(report.status()).as(report.toString()).isEqualTo(401);
		assertThat(report.json().path("cause").asString()).isEqualTo("notLoggedIn");
		// The session was invalidated: a new one, not logged in.
		assertThat(client.ping().body()).isEqualTo("{\"authenticated\":false}");
		assertThat(client.http().get(TellodyClient.USER_INFO).status()).isEqualTo(401);
	}

	@Test
	void anOldLoginNeverReadsAWorkspaceRecreatedForOtherUsers() {
		String id = newWorkspaceId("tellody");
		String alice = id + "-alice";
		String carol = id + "-carol";
		putWorkspace(id, alice);
		TellodyClient reporting = client().loggedIn(alice, password(alice));
		TellodyClient asking = client().loggedIn(alice, password(alice));
		ok(reporting.contactChart(DAY_REPORT));
		assertThat(admin().delete("/_emulator/v1/workspaces/" + id).status()).isEqualTo(204);
		putWorkspace(id, carol);
		ingest(id, List.of(event("contact_added", "2015-07-21T09:10:00+03:00"),
				event("sent", "2015-07-21T10:00:00Z").channel("sms")));
		// Carol sees her data; alice's old sessions see nothing of it.
		assertThat(ok(loggedIn(carol, password(carol)).contactChart(DAY_REPORT)).json()
			.path("contactsAdded")
			.get(9)
			.asLong()).isEqualTo(1);
		Response report = reporting.contactChart(DAY_REPORT);
		assertThat(report.status()).as(report.toString()).isEqualTo(401);
		assertThat(report.body()).doesNotContain("contactsAdded");
		Response info = asking.http().get(TellodyClient.USER_INFO);
		assertThat(info.status()).as(info.toString()).isEqualTo(401);
		assertThat(info.body()).doesNotContain("creditsSpent");
	}

	private TellodyClient loggedIn(String username, String password) {
		return client().loggedIn(username, password);
	}

}
