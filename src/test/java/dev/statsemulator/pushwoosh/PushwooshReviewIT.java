package dev.statsemulator.pushwoosh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static dev.statsemulator.pushwoosh.PushwooshFixture.CAMPAIGN;
import static dev.statsemulator.pushwoosh.PushwooshFixture.EMAIL_APP;
import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_APP;
import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_CODE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL: oversized lists and bodies, extreme dates, framework refusals, spans of
 * decades, events without an application or with their own campaign, and other edges,
 * each answered as a 2xx or a 4xx in the endpoint's style, never a 500 or a broken 200.
 */
class PushwooshReviewIT extends PostgresIntegrationTest {

	private static final String LOG = "/api/v2/statistics/getMessageLog";

	private static final String LIST = "/api/v2/messages:list";

	private static final String TOTALS = "/api/v2/statistics/messages/totalsByIntervals";

	private static final String LINKS = "/api/v2/statistics/emails/linksInteractions";

	private static final String DEVICES = "/api/v2/statistics/emails/linksInteractionsDevices";

	private static final String BOUNCES = "/api/v2/statistics/emails/bouncedEmails";

	private String workspace;

	private Http pushwoosh;

	@BeforeEach
	void createWorkspace() {
		this.workspace = newWorkspaceId("pw-review");
		PushwooshFixture.create(admin(), this.workspace);
		this.pushwoosh = http().withHeader("Authorization", "Api " + PushwooshFixture.token(this.workspace));
	}

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	private void ingest(Builder... events) {
		Response ingested = admin().postJson("/_emulator/v1/workspaces/" + this.workspace + "/events",
				TestEvents.array(events));
		assertThat(ingested.status()).as(ingested.toString()).isEqualTo(200);
	}

	private static String strings(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "\"" + i + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	@Test
	void listFiltersAreCappedWithA400BeforeAnyQuery() {
		Response log = this.pushwoosh.postJson(LOG, "{\"hwid\": " + strings(110_000) + "}");
		assertThat(log.status()).as(log.toString()).isEqualTo(400);
		assertThat(log.body()).isEqualTo("{\"error\":\"hwid: at most 1000 values are accepted, got 110000\"}");
		Response links = this.pushwoosh.postJson(LINKS,
				"{\"filters\": {\"messages_codes\": " + strings(110_000) + "}}");
		assertThat(links.status()).as(links.toString()).isEqualTo(400);
		assertThat(links.body())
			.isEqualTo("{\"error\":\"filters.messages_codes: at most 1000 values are accepted, got 110000\"}");
		Response devices = this.pushwoosh.postJson(DEVICES,
				"{\"filters\": {\"messages_codes\": " + strings(1001) + "}}");
		assertThat(devices.status()).isEqualTo(400);
		assertThat(devices.body())
			.isEqualTo("{\"error\":\"filters.messages_codes: at most 1000 values are accepted, got 1001\"}");
		Response list = this.pushwoosh.postJson(LIST,
				"{\"filters\": {\"application\": \"" + PUSH_APP + "\", \"messages_codes\": " + strings(1001) + "}}");
		assertThat(list.body()).isEqualTo("{\"code\":3,\"message\":\"filters.messages_codes: at most 1000 values "
				+ "are accepted, got 1001\",\"details\":[]}");
		Response actions = this.pushwoosh.postJson(LOG, "{\"hwid\": \"x\", \"actions\": ["
				+ String.join(",", java.util.Collections.nCopies(1001, "\"sent\"")) + "]}");
		assertThat(actions.body()).isEqualTo("{\"error\":\"actions: at most 1000 values are accepted, got 1001\"}");
		// At the cap: answered.
		Response atCap = this.pushwoosh.postJson(LOG, "{\"hwid\": " + strings(1000) + "}");
		assertThat(atCap.status()).isEqualTo(200);
		assertThat(atCap.body()).isEqualTo("{\"pagination_token\":\"\",\"data\":[]}");
	}

	@Test
	void bodiesAreReadWholeUpToFourMebibytesAndRefusedAbove() {
		String padding = "a".repeat(1_300_000);
		Response log = this.pushwoosh.postJson(LOG,
				"{\"hwid\": \"aaazzzqqqqxxx\", \"actions\": [\"sent\"], \"padding\": \"" + padding + "\"}");
		assertThat(log.status()).as(log.toString()).isEqualTo(200);
		assertThat(log.json().path("data").size()).isEqualTo(1);
		// The auth member of a large body is found.
		Response bodyAuth = http().postJson(LIST, "{\"auth\": \"" + PushwooshFixture.token(this.workspace)
				+ "\", \"filters\": {\"application\": \"" + PUSH_APP + "\"}, \"padding\": \"" + padding + "\"}");
		assertThat(bodyAuth.status()).as(bodyAuth.toString()).isEqualTo(200);
		assertThat(bodyAuth.json().path("total").asInt()).isEqualTo(1);
		String huge = "a".repeat(PushwooshTokenFilter.MAX_BODY_BYTES);
		Response tooLarge = this.pushwoosh.postJson(LOG, "{\"hwid\": \"x\", \"padding\": \"" + huge + "\"}");
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.body())
			.isEqualTo("{\"error\":\"request body too large: at most 4194304 bytes are accepted\"}");
		Response tooLargeList = this.pushwoosh.postJson(LIST, "{\"padding\": \"" + huge + "\"}");
		assertThat(tooLargeList.status()).isEqualTo(413);
		assertThat(tooLargeList.body()).isEqualTo(
				"{\"code\":3,\"message\":\"request body too large: at most 4194304 bytes are accepted\",\"details\":[]}");
	}

	@Test
	void extremeDatesAreA400() {
		Response bounced = this.pushwoosh.postJson(BOUNCES, "{\"application\": \"" + EMAIL_APP
				+ "\", \"date_from\": \"2000-01-01T00:00:00.000Z\", \"date_to\": \"+1000000000-01-01T00:00:00Z\", "
				+ "\"per_page\": 10}");
		assertThat(bounced.status()).as(bounced.toString()).isEqualTo(400);
		assertThat(bounced.body()).isEqualTo("{\"error\":\"date_to: '+1000000000-01-01T00:00:00Z' is not an ISO 8601 "
				+ "time such as 2024-07-20T00:00:00.000Z\"}");
		Response list = this.pushwoosh.postJson(LIST, "{\"filters\": {\"application\": \"" + PUSH_APP
				+ "\", \"date_range\": {\"date_to\": \"+999999999-12-31\"}}}");
		assertThat(list.status()).as(list.toString()).isEqualTo(400);
		assertThat(list.body()).isEqualTo("{\"code\":3,\"message\":\"filters.date_range.date_to: '+999999999-12-31' "
				+ "is not a date in the format YYYY-MM-DD\",\"details\":[]}");
		Response fiveDigits = this.pushwoosh.postJson(LIST, "{\"filters\": {\"application\": \"" + PUSH_APP
				+ "\", \"date_range\": {\"date_from\": \"+10000-01-01\"}}}");
		assertThat(fiveDigits.status()).isEqualTo(400);
		for (String path : List.of(LINKS, DEVICES)) {
			Response links = this.pushwoosh.postJson(path, "{\"filters\": {\"messages_ids\": [500], "
					+ "\"date_range\": {\"date_from\": \"-999999999-01-01\", \"date_to\": \"2000-01-31\"}}}");
			assertThat(links.status()).as(path + " " + links).isEqualTo(400);
			assertThat(links.body()).isEqualTo("{\"error\":\"filters.date_range.date_from: '-999999999-01-01' is not "
					+ "a date in the format YYYY-MM-DD\"}");
		}
		Response log = this.pushwoosh.postJson(LOG, "{\"hwid\": \"x\", \"date_to\": \"+10000-01-01 00:00:00\"}");
		assertThat(log.status()).isEqualTo(400);
		// The last day of year 9999 is fine.
		Response last = this.pushwoosh.postJson(LIST, "{\"filters\": {\"application\": \"" + PUSH_APP
				+ "\", \"date_range\": {\"date_from\": \"0001-01-01\", \"date_to\": \"9999-12-31\"}}}");
		assertThat(last.status()).as(last.toString()).isEqualTo(200);
		assertThat(last.json().path("total").asInt()).isEqualTo(1);
		Response lastBounce = this.pushwoosh.postJson(BOUNCES,
				"{\"application\": \"" + EMAIL_APP
						+ "\", \"date_from\": \"2000-01-01T00:00:00.000Z\", \"date_to\": \"9999-12-31T23:59:59.999Z\", "
						+ "\"per_page\": 10}");
		assertThat(lastBounce.json().path("total").asInt()).isEqualTo(3);
	}

	@Test
	void theAcceptHeaderIsIgnoredAndFrameworkRefusalsKeepTheirStatus() {
		Response html = this.pushwoosh.withHeader("Accept", "text/html")
			.postJson(LIST, "{\"filters\": {\"application\": \"" + PUSH_APP + "\"}}");
		assertThat(html.status()).as(html.toString()).isEqualTo(200);
		assertThat(html.header("Content-Type")).startsWith("application/json");
		assertThat(html.json().path("total").asInt()).isEqualTo(1);
		Response xml = this.pushwoosh.withHeader("Accept", "application/xml")
			.postJson(BOUNCES,
					"{\"application\": \"" + EMAIL_APP + "\", \"campaign\": \"CMP-EMAIL\", \"per_page\": 10}");
		assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
		assertThat(xml.json().path("total").asInt()).isEqualTo(3);
		Response xmlError = this.pushwoosh.withHeader("Accept", "application/xml").postJson(TOTALS, "{}");
		assertThat(xmlError.status()).isEqualTo(400);
		assertThat(xmlError.body())
			.isEqualTo("{\"code\":3,\"message\":\"message_code: value is required\",\"details\":[]}");
		Response pathParameter = this.pushwoosh.postJson(LOG + ";x=1", "{\"hwid\": \"x\"}");
		assertThat(pathParameter.status()).isEqualTo(400);
		assertThat(pathParameter.body()).isEqualTo("{\"error\":\"Bad Request\"}");
		Response listParameter = this.pushwoosh.postJson(LIST + ";x=1", "{}");
		assertThat(listParameter.status()).isEqualTo(400);
		assertThat(listParameter.body()).isEqualTo("{\"code\":3,\"message\":\"Bad Request\",\"details\":[]}");
	}

	@Test
	void messagesListMetricsBelongToTheirMessages() {
		admin().postJson("/_emulator/v1/workspaces/" + this.workspace + "/messages", """
				[{"id": "M-1", "application": "1DC69-73EDB", "channel": "push", "platforms": ["chrome", "ios"],
				  "sendAt": "2000-02-01T10:00:00Z"},
				 {"id": "M-2", "application": "1DC69-73EDB", "channel": "push", "platforms": ["ios"],
				  "sendAt": "2000-02-02T10:00:00Z"}]""");
		ingest(PushwooshFixture.push("sent", "2000-02-01T10:00:00Z", "M-1", "chrome", "c-1", "u-1"),
				PushwooshFixture.push("sent", "2000-02-01T10:00:01Z", "M-1", "chrome", "c-2", "u-2")
					.with("status", "error"),
				PushwooshFixture.push("opened", "2000-02-01T10:07:00.123Z", "M-1", "ios", "i-1", "u-3"),
				PushwooshFixture.push("sent", "2000-02-02T10:00:00Z", "M-2", "ios", "i-2", "u-4"));
		Response response = this.pushwoosh.postJson(LIST,
				"{\"filters\": {\"application\": \"1DC69-73EDB\"}, \"params\": {\"with_metrics\": true}}");
		assertThat(response.status()).isEqualTo(200);
		List<String> metrics = new ArrayList<>();
		response.json()
			.path("items")
			.forEach((item) -> metrics
				.add(item.path("code").asString() + "=" + item.path("push_info").path("metrics").toString()));
		assertThat(metrics).containsExactly(
				"M-2=[{\"sends\":1,\"opens\":0,\"deliveries\":0,\"inbox_opens\":0,\"unshowable_sends\":0,\"errors\":0,\"platform\":1}]",
				"M-1=[{\"sends\":0,\"opens\":1,\"deliveries\":0,\"inbox_opens\":0,\"unshowable_sends\":0,\"errors\":0,\"platform\":1},"
						+ "{\"sends\":2,\"opens\":0,\"deliveries\":0,\"inbox_opens\":0,\"unshowable_sends\":0,\"errors\":1,\"platform\":11}]",
				PUSH_CODE
						+ "=[{\"sends\":2,\"opens\":1,\"deliveries\":1,\"inbox_opens\":1,\"unshowable_sends\":0,\"errors\":1,\"platform\":1},"
						+ "{\"sends\":1,\"opens\":1,\"deliveries\":1,\"inbox_opens\":0,\"unshowable_sends\":0,\"errors\":0,\"platform\":3}]");
	}

	@Test
	void totalsByIntervalsReportsEventsDecadesApart() {
		admin().postJson("/_emulator/v1/workspaces/" + this.workspace + "/messages", """
				[{"id": "OLD-NEW", "application": "1DC69-73EDB", "channel": "push", "platforms": ["android"],
				  "sendAt": "1990-05-01T10:00:00Z"}]""");
		ingest(PushwooshFixture.push("sent", "1990-05-01T10:15:00Z", "OLD-NEW", "android", "d-1", "u-1"),
				PushwooshFixture.push("opened", "2024-08-03T15:20:00Z", "OLD-NEW", "android", "d-1", "u-1"));
		Response response = this.pushwoosh.postJson(TOTALS, "{\"message_code\": \"OLD-NEW\"}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"metrics\":["
				+ "{\"timestamp\":\"1990-05-01 10:00:00\",\"platform\":3,\"sends\":\"1\",\"opens\":\"0\","
				+ "\"deliveries\":\"0\",\"inbox_opens\":\"0\",\"unshowable_sends\":\"0\",\"errors\":\"0\"},"
				+ "{\"timestamp\":\"2024-08-03 15:00:00\",\"platform\":3,\"sends\":\"0\",\"opens\":\"1\","
				+ "\"deliveries\":\"0\",\"inbox_opens\":\"0\",\"unshowable_sends\":\"0\",\"errors\":\"0\"}],"
				+ "\"conversion\":{\"sends\":\"1\",\"opens\":\"1\",\"events\":[]}}");
	}

	@Test
	void anEventWithoutApplicationIsListedUnderItsMessagesApplication() {
		ingest(event("sent", "2000-01-26T08:00:00Z").message(PUSH_CODE)
			.channel("push")
			.platform("android")
			.contact("no-app-device")
			.with("status", "success"));
		Response log = this.pushwoosh.postJson(LOG, "{\"hwid\": \"no-app-device\"}");
		assertThat(log.status()).isEqualTo(200);
		JsonNode data = log.json().path("data");
		assertThat(data.size()).isEqualTo(1);
		assertThat(data.get(0).path("application_code").asString()).isEqualTo(PUSH_APP);
		assertThat(data.get(0).path("campaign_code").asString()).isEqualTo(CAMPAIGN);
		assertThat(this.pushwoosh
			.postJson(LOG, "{\"hwid\": \"no-app-device\", \"application_code\": \"" + PUSH_APP + "\"}")
			.json()
			.path("data")
			.size()).isEqualTo(1);
		// It is counted too: the same event in both.
		Response totals = this.pushwoosh.postJson(TOTALS, "{\"message_code\": \"" + PUSH_CODE + "\"}");
		assertThat(totals.json().path("conversion").path("sends").asString()).isEqualTo("4");
		// A message no application owns is unknown to every token.
		ingest(event("sent", "2000-01-26T08:00:00Z").message("ORPHAN-1").channel("push").platform("ios"));
		Response orphan = this.pushwoosh.postJson(TOTALS, "{\"message_code\": \"ORPHAN-1\"}");
		assertThat(orphan.status()).isEqualTo(404);
		assertThat(orphan.body()).isEqualTo("{\"code\":5,\"message\":\"message ORPHAN-1 not found\",\"details\":[]}");
	}

	@Test
	void campaignCodeFiltersOnTheCampaignTheLogShows() {
		ingest(PushwooshFixture.push("sent", "2000-01-26T08:00:00Z", PUSH_CODE, "android", "own-campaign", "u-1")
			.with("campaign", "OWNCA-MPAIG"));
		Response own = this.pushwoosh.postJson(LOG, "{\"campaign_code\": \"OWNCA-MPAIG\"}");
		assertThat(own.json().path("data").size()).isEqualTo(1);
		assertThat(own.json().path("data").get(0).path("campaign_code").asString()).isEqualTo("OWNCA-MPAIG");
		Response catalogue = this.pushwoosh.postJson(LOG, "{\"campaign_code\": \"" + CAMPAIGN + "\"}");
		List<String> hwids = new ArrayList<>();
		catalogue.json().path("data").forEach((row) -> {
			assertThat(row.path("campaign_code").asString()).isEqualTo(CAMPAIGN);
			hwids.add(row.path("hwid").asString());
		});
		assertThat(hwids).hasSize(9).doesNotContain("own-campaign");
	}

	@Test
	void aPaginationTokenIsBoundToTheExactHwids() {
		ingest(PushwooshFixture.push("sent", "2000-01-26T08:00:00Z", PUSH_CODE, "android", "dev-1", "u-1"),
				PushwooshFixture.push("sent", "2000-01-26T08:00:01Z", PUSH_CODE, "android", "dev-2", "u-2"));
		JsonNode first = this.pushwoosh.postJson(LOG, "{\"hwid\": [\"dev-1\", \"dev-2\"], \"limit\": 1}").json();
		String token = first.path("pagination_token").asString();
		assertThat(token).isNotEmpty();
		assertThat(this.pushwoosh
			.postJson(LOG, "{\"hwid\": [\"dev-2\", \"dev-1\"], \"limit\": 1, \"pagination_token\": \"" + token + "\"}")
			.status()).isEqualTo(200);
		Response joined = this.pushwoosh.postJson(LOG,
				"{\"hwid\": \"dev-1\\u0002dev-2\", \"limit\": 1, \"pagination_token\": \"" + token + "\"}");
		assertThat(joined.status()).isEqualTo(400);
		assertThat(joined.json().path("error").asString()).startsWith("invalid pagination_token");
	}

	@Test
	void bouncedEmailsListsEmailBouncesOnly() {
		ingest(event("bounced", "2000-01-20T09:07:00Z").message("PUSH-BOUNCE")
			.channel("push")
			.platform("android")
			.contact("dev-4")
			.with("application", EMAIL_APP)
			.with("bounce", "user_unknown"));
		Response response = this.pushwoosh.postJson(BOUNCES,
				"{\"application\": \"" + EMAIL_APP
						+ "\", \"date_from\": \"2000-01-20T00:00:00.000Z\", \"date_to\": \"2000-01-21T00:00:00.000Z\", "
						+ "\"per_page\": 10}");
		assertThat(response.json().path("total").asInt()).isEqualTo(3);
		assertThat(response.body()).doesNotContain("dev-4");
	}

	@Test
	void messagesListRefusesWhatItsSchemaRefuses() {
		Response whatsapp = this.pushwoosh.postJson(LIST,
				"{\"filters\": {\"application\": \"" + PUSH_APP + "\", \"platforms\": [\"WHATSAPP\"]}}");
		assertThat(whatsapp.status()).isEqualTo(400);
		assertThat(whatsapp.json().path("message").asString())
			.startsWith("filters.platforms: invalid value 'WHATSAPP'");
		Response fraction = this.pushwoosh.postJson(LIST,
				"{\"filters\": {\"application\": \"" + PUSH_APP + "\"}, \"per_page\": 1.5}");
		assertThat(fraction.status()).isEqualTo(400);
		assertThat(fraction.json().path("code").asInt()).isEqualTo(3);
		assertThat(fraction.json().path("message").asString()).startsWith("invalid value for per_page");
		Response number = this.pushwoosh.postJson(LIST, "{\"filters\": {\"application\": 5}}");
		assertThat(number.status()).isEqualTo(400);
		assertThat(number.json().path("code").asInt()).isEqualTo(3);
		assertThat(number.json().path("message").asString()).startsWith("invalid value for filters.application");
		// Numbers as strings are still read.
		assertThat(this.pushwoosh
			.postJson(LIST, "{\"filters\": {\"application\": \"" + PUSH_APP + "\"}, \"per_page\": \"2\"}")
			.status()).isEqualTo(200);
	}

	@Test
	void thirtyDaysAgoToTheSecondIsAccepted() {
		this.clock.freeze(Instant.parse("2000-02-11T00:00:00.500Z"));
		Response response = this.pushwoosh.postJson(LOG,
				"{\"date_from\": \"2000-01-12 00:00:00\", \"date_to\": \"2000-01-26 00:00:00\", \"actions\": [\"opened\"]}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("data").size()).isEqualTo(3);
		Response older = this.pushwoosh.postJson(LOG,
				"{\"date_from\": \"2000-01-11 23:59:59\", \"date_to\": \"2000-01-26 00:00:00\"}");
		assertThat(older.status()).isEqualTo(400);
	}

}
