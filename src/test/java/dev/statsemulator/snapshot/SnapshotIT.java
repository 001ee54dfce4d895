package dev.statsemulator.snapshot;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export then import gives a workspace that every vendor API answers exactly as the
 * original.
 */
class SnapshotIT extends PostgresIntegrationTest {

	private static final String PUSH_APPLICATION = "1DC69-73EDB";

	private static final String EMAIL_APPLICATION = "E2F1A-B0C4D";

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	private String workspace(String prefix) {
		String id = newWorkspaceId(prefix);
		Response put = admin().putJson("/_emulator/v1/workspaces/" + id, settings(id));
		assertThat(put.status()).as(put.toString()).isIn(200, 201);
		return id;
	}

	private static String settings(String id) {
		return """
				{"timezone": "Europe/Athens",
				 "tellody": {"users": [{"username": "t-%1$s", "password": "tp"}]},
				 "getresponse": {"apiKeys": ["gr-%1$s"]},
				 "rocketchat": {"users": [{"userId": "u-%1$s", "authToken": "rc-%1$s",
				   "permissions": ["view-engagement-dashboard"]}]},
				 "pushwoosh": {"tokens": [{"token": "pw-%1$s", "applications": ["%2$s", "%3$s"]}]}}""".formatted(id,
				PUSH_APPLICATION, EMAIL_APPLICATION);
	}

	@Test
	void exportThenImportAnswersIdenticallyFromEveryVendorApi() throws Exception {
		this.clock.freeze(Instant.parse("2024-05-16T12:00:00Z"));
		String original = workspace("snap-src");
		Response generated = admin().postJson("/_emulator/v1/workspaces/" + original + "/generate",
				"{\"seed\": 11, \"from\": \"2024-05-01T00:00:00Z\", \"to\": \"2024-05-16T00:00:00Z\", \"eventsPerDay\": 300}");
		assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
		long events = generated.json().path("events").asLong();

		Response exported = admin().get("/_emulator/v1/workspaces/" + original + "/snapshot");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.header("Content-Type")).startsWith("application/x-ndjson");
		String snapshot = exported.body();
		assertThat(snapshot).doesNotContain("gr-" + original)
			.doesNotContain("pw-" + original)
			.doesNotContain("rc-" + original);
		String[] lines = snapshot.split("\n");
		assertThat(lines[0]).contains("\"kind\":\"workspace\"").contains("\"timezone\":\"Europe/Athens\"");
		assertThat(lines).filteredOn((line) -> line.contains("\"kind\":\"event\"")).hasSize((int) events);

		String copy = newWorkspaceId("snap-copy");
		Response imported = admin().post("/_emulator/v1/workspaces/" + copy + "/snapshot", "application/x-ndjson",
				snapshot);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().path("created").asBoolean()).isTrue();
		assertThat(imported.json().path("events").asLong()).isEqualTo(events);
		// Secrets are not in a snapshot: the copy gets credentials of its own.
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + copy, settings(copy)).status()).isEqualTo(200);

		// The copy exports the same messages and events, in the same order.
		String again = admin().get("/_emulator/v1/workspaces/" + copy + "/snapshot").body();
		assertThat(withoutHeader(again)).isEqualTo(withoutHeader(snapshot));

		assertThat(answers(copy)).isEqualTo(answers(original));
	}

	@Test
	void aBadLineIsRefusedByNumberAndNothingStays() {
		String original = workspace("snap-bad");
		admin().postJson("/_emulator/v1/workspaces/" + original + "/events",
				"[{\"id\":\"e1\",\"type\":\"sent\",\"at\":\"2024-01-01T10:00:00Z\",\"message\":\"m1\"}]");
		String snapshot = admin().get("/_emulator/v1/workspaces/" + original + "/snapshot").body()
				+ "{\"kind\":\"event\",\"type\":\"teleported\",\"at\":\"2024-01-01T10:00:00Z\"}\n";
		String copy = newWorkspaceId("snap-bad-copy");
		Response refused = admin().post("/_emulator/v1/workspaces/" + copy + "/snapshot", "application/x-ndjson",
				snapshot);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("detail").asString()).contains("line 3").contains("type");
		assertThat(admin().get("/_emulator/v1/workspaces/" + copy).status()).isEqualTo(404);
		assertThat(
				admin().post("/_emulator/v1/workspaces/" + copy + "/snapshot", "application/x-ndjson", "{}\n").status())
			.isEqualTo(400);
	}

	private static List<String> withoutHeader(String snapshot) {
		return java.util.Arrays.stream(snapshot.split("\n")).skip(1).toList();
	}

	/** What every vendor API answers for the workspace, with its own credentials. */
	private List<String> answers(String id) throws Exception {
		List<String> answers = new ArrayList<>();
		// GetResponse
		JsonNode messages = jsonRpc(id, "get_messages", "{}");
		answers.add(messages.toString());
		String newsletter = messages.path("result").propertyNames().iterator().next();
		answers.add(jsonRpc(id, "get_message_stats", "{\"message\":\"" + newsletter + "\",\"grouping\":\"daily\"}")
			.toString());
		answers.add(jsonRpc(id, "get_message_stats", "{\"message\":\"" + newsletter + "\",\"grouping\":\"hourly\"}")
			.toString());
		// Pushwoosh
		var pushwoosh = http().withHeader("Authorization", "Token pw-" + id);
		Response list = pushwoosh.postJson("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"" + PUSH_APPLICATION + "\"}, \"limit\": 100}");
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		answers.add(list.body());
		String pushCode = list.json().path("items").path(0).path("code").asString();
		answers.add(
				pushwoosh
					.postJson("/api/v2/statistics/messages/totalsByIntervals",
							"{\"message_code\": \"" + pushCode + "\", \"platforms\": [1, 3, 7, 10, 11, 12]}")
					.body());
		// Every page of the log, as answered (pagination tokens and the order of the
		// events of one second included): tokens name a position in the listing, not in
		// the workspace's storage, and the copy keeps the original's order.
		String logRequest = "\"limit\": 997, \"application_code\": \"" + PUSH_APPLICATION
				+ "\", \"date_from\": \"2024-05-01 00:00:00\", \"date_to\": \"2024-05-15 23:59:59\"";
		String token = "";
		int pages = 0;
		do {
			Response page = pushwoosh.postJson("/api/v2/statistics/getMessageLog",
					"{" + logRequest + (token.isEmpty() ? "" : ", \"pagination_token\": \"" + token + "\"") + "}");
			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			answers.add(page.body());
			token = page.json().path("pagination_token").asString();
			pages++;
		}
		while (!token.isEmpty() && pages < 100);
		assertThat(pages).isGreaterThan(1);
		// Paged by number: messages:list and the bounce list, page after page.
		for (int page = 0; page < 3; page++) {
			answers.add(
					pushwoosh
						.postJson("/api/v2/messages:list",
								"{\"filters\": {\"application\": \"" + PUSH_APPLICATION
										+ "\"}, \"per_page\": 7, \"page\": " + page + "}")
						.body());
			answers.add(pushwoosh
				.postJson("/api/v2/statistics/emails/bouncedEmails",
						"{\"application_code\": \"" + EMAIL_APPLICATION + "\", \"per_page\": 5, \"page\": " + page
								+ ", \"date_from\": \"2024-05-01 00:00:00\", \"date_to\": \"2024-05-15 23:59:59\"}")
				.body());
		}
		answers.add(pushwoosh
			.postJson("/api/v2/statistics/emails/bouncedEmails",
					"{\"application_code\": \"" + EMAIL_APPLICATION
							+ "\", \"date_from\": \"2024-05-01 00:00:00\", \"date_to\": \"2024-05-15 23:59:59\"}")
			.body());
		// Rocket.Chat
		var rocket = http().withHeader("X-User-Id", "u-" + id).withHeader("X-Auth-Token", "rc-" + id);
		String range = "?start=2024-05-01T00:00:00.000Z&end=2024-05-15T23:59:59.999Z";
		for (String path : List.of("messages-sent", "origin", "top-five-popular-channels")) {
			Response answer = rocket.get("/api/v1/engagement-dashboard/messages/" + path + range);
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			answers.add(answer.body());
		}
		// Tellody
		answers.add(tellodyContactChart(id));
		assertThat(String.join("\n", answers)).doesNotContain("\"error\":{");
		return answers;
	}

	private JsonNode jsonRpc(String id, String method, String conditions) {
		Response response = http().postJson("/", "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"gr-"
				+ id + "\"," + conditions + "],\"id\":1}");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private String tellodyContactChart(String id) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + this.port;
		String token = ping(client, base);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("username=t-" + id + "&password=tp"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		token = ping(client, base);
		long from = Instant.parse("2024-05-06T21:00:00Z").toEpochMilli();
		HttpResponse<String> chart = client
			.send(HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/Report/ContactChart"))
				.header("Content-Type", "application/json")
				.header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString("{\"from\":" + from + ",\"to\":" + (from + 86_399_999)
						+ ",\"unit\":\"hour\",\"window\":\"day\",\"dow\":0}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chart.statusCode()).as(chart.body()).isEqualTo(200);
		return chart.body();
	}

	private static String ping(HttpClient client, String base) throws Exception {
		HttpResponse<String> ping = client.send(
				HttpRequest.newBuilder(URI.create(base + "/CampaignCloud/RememberMeController/ping")).build(),
				HttpResponse.BodyHandlers.ofString());
		return ping.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
	}

}
