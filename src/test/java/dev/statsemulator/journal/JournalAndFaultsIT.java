package dev.statsemulator.journal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request journal and fault injection through the control API, with each vendor's own
 * failure shapes.
 */
class JournalAndFaultsIT extends PostgresIntegrationTest {

	private String workspace(String prefix) {
		String id = newWorkspaceId(prefix);
		String suffix = id.substring(id.length() - 8);
		Response put = admin().putJson("/_emulator/v1/workspaces/" + id, """
				{"tellody": {"users": [{"username": "t-%1$s", "password": "tp"}]},
				 "getresponse": {"apiKeys": ["gr-%1$s"]},
				 "rocketchat": {"users": [{"userId": "u-%1$s", "authToken": "rc-%1$s",
				   "permissions": ["view-engagement-dashboard"]}]},
				 "pushwoosh": {"tokens": [{"token": "pw-%1$s", "applications": ["APP-1"]}]}}""".formatted(suffix));
		assertThat(put.status()).as(put.toString()).isEqualTo(201);
		return id;
	}

	private static String suffix(String id) {
		return id.substring(id.length() - 8);
	}

	private Response ping(String key) {
		return http().postJson("/", "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + key + "\"],\"id\":7}");
	}

	@Test
	void everyVendorCallIsJournaledWithItsSecretsMasked() {
		String id = workspace("journal");
		String s = suffix(id);
		assertThat(ping("gr-" + s).status()).isEqualTo(200);
		Response rocket = http().withHeader("X-User-Id", "u-" + s)
			.withHeader("X-Auth-Token", "rc-" + s)
			.get("/api/v1/engagement-dashboard/messages/messages-sent?start=2024-01-01T00:00:00.000Z&end=2024-01-02T00:00:00.000Z");
		Response pushwoosh = http().withHeader("Authorization", "Token pw-" + s)
			.postJson("/api/v2/messages:list", "{\"auth\": \"pw-" + s + "\", \"limit\": 1}");
		http().postJson("/", "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"no-such-key\"],\"id\":1}");

		JsonNode page = admin().get("/_emulator/v1/workspaces/" + id + "/journal").json();
		assertThat(page.path("total").asInt()).isEqualTo(3);
		JsonNode entries = page.path("entries");
		JsonNode call = entries.path(0);
		assertThat(call.path("vendor").asString()).isEqualTo("getresponse");
		assertThat(call.path("method").asString()).isEqualTo("POST");
		assertThat(call.path("path").asString()).isEqualTo("/");
		assertThat(call.path("status").asInt()).isEqualTo(200);
		assertThat(call.path("body").asString()).contains("\"method\":\"ping\"").contains("\"params\":[\"***\"]");
		assertThat(call.path("emulatorTime").asString()).isNotEmpty();
		assertThat(call.path("wallTime").asString()).isNotEmpty();
		assertThat(entries.path(1).path("vendor").asString()).isEqualTo("rocketchat");
		assertThat(entries.path(1).path("status").asInt()).isEqualTo(rocket.status());
		assertThat(entries.path(1).path("headers").path("x-auth-token").path(0).asString()).isEqualTo("***");
		assertThat(entries.path(1).path("query").asString()).startsWith("start=");
		assertThat(entries.path(2).path("vendor").asString()).isEqualTo("pushwoosh");
		assertThat(entries.path(2).path("status").asInt()).isEqualTo(pushwoosh.status());
		assertThat(entries.path(2).path("headers").path("authorization").path(0).asString()).isEqualTo("Token ***");
		assertThat(entries.path(2).path("body").asString()).contains("\"auth\": \"***\"");
		assertThat(entries.toString()).doesNotContain("gr-" + s).doesNotContain("rc-" + s).doesNotContain("pw-" + s);

		// Filters and count.
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/journal?vendor=rocketchat")
			.json()
			.path("total")
			.asInt()).isEqualTo(1);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/journal/count?path=/api/v2/")
			.json()
			.path("count")
			.asInt()).isEqualTo(1);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/journal?status=200&vendor=getresponse")
			.json()
			.path("total")
			.asInt()).isEqualTo(1);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/journal?from=2999-01-01T00:00:00Z")
			.json()
			.path("total")
			.asInt()).isZero();
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/journal?color=red").status()).isEqualTo(400);
		// The call with an unknown key matched no workspace.
		JsonNode unmatched = admin().get("/_emulator/v1/journal/unmatched?vendor=getresponse").json().path("entries");
		assertThat(unmatched.path(unmatched.size() - 1).path("body").asString()).contains("\"params\":[\"***\"]");
		assertThat(unmatched.toString()).doesNotContain("no-such-key");

		assertThat(admin().delete("/_emulator/v1/workspaces/" + id + "/journal").status()).isEqualTo(204);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/journal/count").json().path("count").asInt())
			.isZero();
	}

	@Test
	void tellodyLoginFormsAreJournaledWithTheirPasswordMasked() throws Exception {
		String id = workspace("tellody-journal");
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://localhost:" + this.port;
		HttpResponse<String> ping = client.send(
				HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/RememberMeController/ping")).build(),
				HttpResponse.BodyHandlers.ofString());
		String xsrf = ping.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("username=t-" + suffix(id) + "&password=tp"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		JsonNode entries = admin().get("/_emulator/v1/workspaces/" + id + "/journal").json().path("entries");
		assertThat(entries.size()).isEqualTo(1);
		assertThat(entries.path(0).path("body").asString()).contains("username=t-" + suffix(id))
			.contains("password=***");
		assertThat(entries.path(0).path("headers").path("x-xsrf-token").path(0).asString()).isEqualTo("***");

		// An injected session expiry ends the session: the vendor's not-logged-in 401.
		admin().postJson("/_emulator/v1/workspaces/" + id + "/faults",
				"{\"vendor\": \"tellody\", \"failNext\": 1, \"failure\": \"session-expired\"}");
		HttpResponse<String> report = client.send(
				HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/UserInfo")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(report.statusCode()).isEqualTo(401);
		assertThat(report.body()).contains("notLoggedIn");
	}

	@Test
	void aTellodyCallWithOnlyTheRememberMeCookieIsJournaledToItsUsersWorkspace() throws Exception {
		String id = workspace("tellody-remember");
		String base = "http://localhost:" + this.port;
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String xsrf = client
			.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/RememberMeController/ping")).build(),
					HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("X-XSRF-TOKEN")
			.orElseThrow();
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("username=t-" + suffix(id) + "&password=tp&remember-me=true"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("remember-me="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow();
		int unmatchedBefore = admin().get("/_emulator/v1/journal/unmatched/count?vendor=tellody")
			.json()
			.path("count")
			.asInt();

		// A new client with the cookie only (no session): it logs in on the way.
		HttpResponse<String> userInfo = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/UserInfo")).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
		JsonNode entries = admin().get("/_emulator/v1/workspaces/" + id + "/journal?path=/CampaignCloud/UserInfo")
			.json()
			.path("entries");
		assertThat(entries.size()).isEqualTo(1);
		assertThat(entries.path(0).path("workspace").asString()).isEqualTo(id);
		assertThat(entries.path(0).path("status").asInt()).isEqualTo(200);
		assertThat(entries.path(0).path("headers").path("cookie").path(0).asString()).isEqualTo("remember-me=***");
		assertThat(admin().get("/_emulator/v1/journal/unmatched/count?vendor=tellody").json().path("count").asInt())
			.isEqualTo(unmatchedBefore);

		// So the workspace's faults apply to it too; a forged cookie matches no
		// workspace.
		admin().postJson("/_emulator/v1/workspaces/" + id + "/faults", "{\"vendor\": \"tellody\", \"failNext\": 1}");
		assertThat(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/UserInfo")).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(429);
		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/UserInfo"))
				.header("Cookie", cookie.substring(0, cookie.length() - 4) + "AAAA")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(admin().get("/_emulator/v1/journal/unmatched/count?vendor=tellody").json().path("count").asInt())
			.isEqualTo(unmatchedBefore + 1);
	}

	@Test
	void theNextCallsFailInEachVendorsOwnShapeAndShowInTheJournal() {
		String id = workspace("faults");
		String s = suffix(id);
		Response added = admin().postJson("/_emulator/v1/workspaces/" + id + "/faults",
				"{\"vendor\": \"getresponse\", \"failNext\": 2}");
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.json().path("failure").asString()).isEqualTo("rate-limit");
		assertThat(ping("gr-" + s).body())
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-1,\"message\":\"Too many requests\"},\"id\":7}");
		assertThat(ping("gr-" + s).json().path("error").path("code").asInt()).isEqualTo(-1);
		assertThat(ping("gr-" + s).json().path("result").path("ping").asString()).isEqualTo("pong");
		JsonNode injected = admin().get("/_emulator/v1/workspaces/" + id + "/journal?injected=true").json();
		assertThat(injected.path("total").asInt()).isEqualTo(2);
		assertThat(injected.path("entries").path(0).path("injected").asString()).isEqualTo("rate-limit");
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/faults").json().path(0).path("injected").asLong())
			.isEqualTo(2);

		admin().postJson("/_emulator/v1/workspaces/" + id + "/faults", "{\"vendor\": \"rocketchat\", \"failNext\": 1}");
		Response rocket = http().withHeader("X-User-Id", "u-" + s)
			.withHeader("X-Auth-Token", "rc-" + s)
			.get("/api/v1/engagement-dashboard/messages/messages-sent?start=2024-01-01T00:00:00.000Z&end=2024-01-02T00:00:00.000Z");
		assertThat(rocket.status()).isEqualTo(429);
		assertThat(rocket.json().path("success").asBoolean()).isFalse();
		assertThat(rocket.json().path("error").asString()).endsWith("[error-too-many-requests]");
		assertThat(rocket.header("X-RateLimit-Remaining")).isEqualTo("0");

		admin().postJson("/_emulator/v1/workspaces/" + id + "/faults", "{\"vendor\": \"pushwoosh\", \"failNext\": 1}");
		Response pushwoosh = http().withHeader("Authorization", "Token pw-" + s)
			.postJson("/api/v2/messages:list", "{\"limit\": 1}");
		assertThat(pushwoosh.status()).isEqualTo(429);
		assertThat(pushwoosh.json().path("code").asInt()).isEqualTo(8);

		admin().postJson("/_emulator/v1/workspaces/" + id + "/faults",
				"{\"vendor\": \"pushwoosh\", \"failNext\": 1, \"failure\": \"unavailable\"}");
		Response unavailable = http().withHeader("Authorization", "Token pw-" + s)
			.postJson("/api/v2/messages:list", "{\"limit\": 1}");
		assertThat(unavailable.status()).isEqualTo(503);

		assertThat(admin().delete("/_emulator/v1/workspaces/" + id + "/faults").status()).isEqualTo(204);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/faults").json().size()).isZero();
	}

	@Test
	void anErrorRateIsDeterministicForASeedAndDelaysAreApplied() {
		String id = workspace("rate");
		String s = suffix(id);
		List<List<Integer>> runs = new ArrayList<>();
		for (int run = 0; run < 2; run++) {
			admin().delete("/_emulator/v1/workspaces/" + id + "/faults");
			admin().postJson("/_emulator/v1/workspaces/" + id + "/faults",
					"{\"errorRate\": 0.5, \"seed\": 99, \"failure\": \"unavailable\"}");
			List<Integer> statuses = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				statuses.add(ping("gr-" + s).status());
			}
			runs.add(statuses);
		}
		assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200, 503);
		admin().delete("/_emulator/v1/workspaces/" + id + "/faults");
		admin().postJson("/_emulator/v1/workspaces/" + id + "/faults", "{\"delayMillis\": 300}");
		long started = System.nanoTime();
		assertThat(ping("gr-" + s).status()).isEqualTo(200);
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
		JsonNode last = admin().get("/_emulator/v1/workspaces/" + id + "/journal?limit=1")
			.json()
			.path("entries")
			.path(0);
		assertThat(last.path("injected").asString()).isEqualTo("delay 300ms");
		assertThat(last.path("durationMillis").asLong()).isGreaterThanOrEqualTo(300);
	}

	@Test
	void badFaultRulesAreRefusedWithWhatToFix() {
		String id = workspace("bad-fault");
		Response bad = admin().postJson("/_emulator/v1/workspaces/" + id + "/faults",
				"{\"vendor\": \"mailchimp\", \"errorRate\": 2}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").toString()).contains("vendor").contains("errorRate");
		assertThat(admin().postJson("/_emulator/v1/workspaces/nope-none/faults", "{\"failNext\": 1}").status())
			.isEqualTo(404);
	}

	@Test
	void resettingAWorkspaceKeepsItsCredentialsAndClearsItsData() {
		String id = workspace("reset");
		String s = suffix(id);
		Response ingest = admin().postJson("/_emulator/v1/workspaces/" + id + "/events",
				"[{\"id\":\"e1\",\"type\":\"sent\",\"at\":\"2024-01-01T10:00:00Z\",\"message\":\"m1\"}]");
		assertThat(ingest.status()).as(ingest.toString()).isEqualTo(200);
		ping("gr-" + s);
		admin().putJson("/_emulator/v1/clock", "{\"now\": \"2023-05-30T12:00:00Z\"}");
		Response reset = admin().postJson("/_emulator/v1/workspaces/" + id + "/reset", "");
		assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
		assertThat(this.clock.frozenAt()).isEmpty();
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/messages").json().size()).isZero();
		assertThat(admin()
			.get("/_emulator/v1/workspaces/" + id + "/stats?type=sent&from=2024-01-01&to=2024-01-02&unit=day")
			.json()
			.path("total")
			.asLong()).isZero();
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/journal/count").json().path("count").asInt())
			.isZero();
		// The credentials still work, and the same event id can be stored again.
		assertThat(ping("gr-" + s).json().path("result").path("ping").asString()).isEqualTo("pong");
		assertThat(admin()
			.postJson("/_emulator/v1/workspaces/" + id + "/events",
					"[{\"id\":\"e1\",\"type\":\"sent\",\"at\":\"2024-01-01T10:00:00Z\",\"message\":\"m1\"}]")
			.json()
			.path("stored")
			.asInt()).isEqualTo(1);
		assertThat(admin().postJson("/_emulator/v1/workspaces/nope-none/reset", "").status()).isEqualTo(404);
	}

}
