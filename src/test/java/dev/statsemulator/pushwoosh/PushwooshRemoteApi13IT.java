package dev.statsemulator.pushwoosh;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;

import static dev.statsemulator.pushwoosh.PushwooshFixture.EMAIL_APP;
import static dev.statsemulator.pushwoosh.PushwooshFixture.EMAIL_CODE;
import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_APP;
import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_CODE;
import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote API 1.3 (the protocol of the vendor's published clients) on both path forms, the
 * {@code {"request": ...}} wrapper read the same way by every v2 endpoint, and failed
 * deliveries counted as errors.
 */
class PushwooshRemoteApi13IT extends PostgresIntegrationTest {

	/** One call per statistics method: its v2 path and a body of its filters. */
	private static final Map<String, List<String>> CALLS = Map.of("getMessageLog",
			List.of("/api/v2/statistics/getMessageLog", "{\"message_code\": \"" + PUSH_CODE + "\", \"limit\": 3}"),
			"totalsByIntervals",
			List.of("/api/v2/statistics/messages/totalsByIntervals",
					"{\"message_code\": \"" + PUSH_CODE + "\", \"platforms\": [1, 3]}"),
			"linksInteractions",
			List.of("/api/v2/statistics/emails/linksInteractions",
					"{\"filters\": {\"messages_codes\": [\""
							+ EMAIL_CODE + "\"]}," + " \"params\": {\"with_full_links\": true}}"),
			"linksInteractionsDevices",
			List.of("/api/v2/statistics/emails/linksInteractionsDevices",
					"{\"filters\": {\"messages_codes\": [\"" + EMAIL_CODE + "\"]}, \"per_page\": 10}"),
			"bouncedEmails", List.of("/api/v2/statistics/emails/bouncedEmails", "{\"application\": \"" + EMAIL_APP
					+ "\", \"message_code\": \"" + EMAIL_CODE + "\", \"per_page\": 10, \"page\": 0}"));

	private String workspace;

	private String token;

	private Http pushwoosh;

	@BeforeEach
	void createWorkspace() {
		this.workspace = newWorkspaceId("pw13");
		PushwooshFixture.create(admin(), this.workspace);
		this.token = PushwooshFixture.token(this.workspace);
		this.pushwoosh = http().withHeader("Authorization", "Api " + this.token);
	}

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	@Test
	void everyStatisticsMethodAnswersTheV2BodyInTheEnvelopeOnBothPaths() {
		this.clock.freeze(Instant.parse("2000-02-11T00:00:00Z"));
		CALLS.forEach((method, call) -> {
			Response v2 = this.pushwoosh.postJson(call.get(0), call.get(1));
			assertThat(v2.status()).as(method + " " + v2).isEqualTo(200);
			String wrapped = wrap(call.get(1));
			for (String prefix : List.of("/json/1.3/", "/api/1.3/")) {
				Response answer = http().postJson(prefix + method, wrapped);
				assertThat(answer.status()).as(prefix + method + " " + answer).isEqualTo(200);
				assertThat(answer.header("Content-Type")).startsWith("application/json");
				assertThat(answer.body()).as(prefix + method)
					.isEqualTo("{\"status_code\":200,\"status_message\":\"OK\",\"response\":" + v2.body() + "}");
			}
		});
	}

	@Test
	void theMessageLogOfTheVendorPageInTheEnvelope() {
		Response answer = http().post("/json/1.3/getMessageLog", "application/json",
				wrap("{\"message_code\": \"" + PUSH_CODE + "\", \"hwid\": \"aaazzzqqqqxxx\"}"));
		assertThat(answer.json().path("status_code").asInt()).isEqualTo(200);
		assertThat(answer.json().path("response").path("data").size()).isEqualTo(3);
		assertThat(answer.json().path("response").path("data").get(0).path("action").asString()).isEqualTo("sent");
		assertThat(answer.json().path("response").path("pagination_token").asString()).isEmpty();
	}

	@Test
	void refusalsAreArgumentErrorsWithTheV2Message() {
		// Unknown token, missing filter, unknown message, an application the token may
		// not read: HTTP 200, status_code 210 (the clients' "Argument error").
		assertArgumentError(
				http().postJson("/json/1.3/getMessageLog",
						"{\"request\": {\"auth\": \"nobody\", \"message_code\": \"" + PUSH_CODE + "\"}}"),
				"account not found");
		assertArgumentError(http().postJson("/json/1.3/getMessageLog", wrap("{}")),
				"at least one filter is required: message_id, message_code, campaign_code, hwid, user_id, "
						+ "or date_from and date_to");
		assertArgumentError(http().postJson("/api/1.3/totalsByIntervals", wrap("{\"message_code\": \"NOPE\"}")),
				"message NOPE not found");
		assertArgumentError(
				http().postJson("/api/1.3/totalsByIntervals",
						wrap("{\"message_code\": \"" + PushwooshFixture.OTHER_CODE + "\"}")),
				"access denied: the API access token may not read application FORBI-DDEN1");
		// The token may also come in the header.
		Response header = this.pushwoosh.postJson("/api/1.3/totalsByIntervals",
				"{\"request\": {\"message_code\": \"" + PUSH_CODE + "\"}}");
		assertThat(header.json().path("status_code").asInt()).isEqualTo(200);
	}

	@Test
	void aBodyThatIsNoWrappedRequestIsMalformed() {
		for (String body : List.of("{\"request\": {\"auth\": \"x\"", "[]", "{\"message_code\": \"x\"}",
				"{\"request\": \"x\"}", "{\"request\": {}, \"limit\": 1}", "")) {
			Response answer = http().postJson("/json/1.3/getMessageLog", body);
			assertThat(answer.status()).as(body).isEqualTo(400);
			assertThat(answer.json().path("status_code").asInt()).as(body).isEqualTo(400);
			assertThat(answer.json().path("status_message").asString()).as(body)
				.startsWith("Malformed request string: ")
				.doesNotContain("Source")
				.doesNotContain("StreamReadFeature");
			assertThat(answer.json().has("response")).isTrue();
			assertThat(answer.json().path("response").isNull()).isTrue();
		}
	}

	@Test
	void aBodyOverTheLimitIsRefusedWithoutBeingRead() {
		String padded = wrap("{\"message_code\": \"" + PUSH_CODE + "\"}");
		String overLimit = padded + " ".repeat(PushwooshTokenFilter.MAX_BODY_BYTES + 1 - padded.length());
		Response answer = http().postJson("/json/1.3/getMessageLog", overLimit);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.json().path("status_code").asInt()).isEqualTo(413);
		String atLimit = overLimit.substring(0, overLimit.length() - 1);
		assertThat(http().postJson("/json/1.3/getMessageLog", atLimit).json().path("status_code").asInt())
			.isEqualTo(200);
	}

	@Test
	void unknownMethodsAndOtherHttpMethodsAreRefusedInTheEnvelope() {
		Response unknown = http().postJson("/json/1.3/createMessage", wrap("{}"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body())
			.isEqualTo("{\"status_code\":404,\"status_message\":\"Unknown method: createMessage\",\"response\":null}");
		Response get = http().get("/api/1.3/getMessageLog");
		assertThat(get.status()).isEqualTo(405);
		assertThat(get.json().path("status_code").asInt()).isEqualTo(405);
	}

	@Test
	void everyV2EndpointReadsTheWrapperForTheTokenAndTheFiltersAlike() {
		this.clock.freeze(Instant.parse("2000-02-11T00:00:00Z"));
		Map<String, List<String>> calls = new java.util.HashMap<>(CALLS);
		calls.put("messages:list", List.of("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"" + PUSH_APP + "\"}, \"params\": {\"with_metrics\": true}}"));
		calls.forEach((method, call) -> {
			String bare = this.pushwoosh.postJson(call.get(0), call.get(1)).body();
			// Token and filters both inside the wrapper.
			Response wrapped = http().postJson(call.get(0), wrap(call.get(1)));
			assertThat(wrapped.status()).as(method + " " + wrapped).isEqualTo(200);
			assertThat(wrapped.body()).as(method).isEqualTo(bare);
			// Token in the header, filters in the wrapper.
			assertThat(this.pushwoosh.postJson(call.get(0), "{\"request\": " + call.get(1) + "}").body()).as(method)
				.isEqualTo(bare);
			// A body with other members beside "request" is not wrapped: neither the
			// token nor the filters are read from inside it.
			Response neither = http().postJson(call.get(0),
					"{\"request\": {\"auth\": \"" + this.token + "\"}, \"page\": 0}");
			assertThat(neither.status()).as(method + " " + neither).isEqualTo(401);
		});
	}

	@Test
	void v2ParseErrorsNameNoParserInternals() {
		for (String path : List.of("/api/v2/statistics/getMessageLog", "/api/v2/statistics/messages/totalsByIntervals",
				"/api/v2/messages:list")) {
			for (String body : List.of("{\"message_code\":\"x\"", "[{\"a\":1", "{\"a\":tru}", "{\"a\":\"x",
					"{\"a\":1}}")) {
				Response answer = this.pushwoosh.postJson(path, body);
				assertThat(answer.status()).as(path + " " + body).isEqualTo(400);
				assertThat(answer.body()).as(path + " " + body)
					.contains("malformed JSON")
					.doesNotContain("Source")
					.doesNotContain("REDACTED")
					.doesNotContain("StreamReadFeature");
			}
		}
	}

	@Test
	void failedDeliveriesAreErrorsButNoSends() {
		Response ingested = admin().postJson("/_emulator/v1/workspaces/" + this.workspace + "/events",
				TestEvents.array(List.of(
						event("failed", "2000-01-25T13:10:00Z").with("channel", "push")
							.with("platform", "android")
							.with("message", PUSH_CODE)
							.with("application", PUSH_APP)
							.contact("dead-device")
							.with("reason", "token expired"),
						event("failed", "2000-01-20T09:30:00Z").with("channel", "email")
							.with("platform", "email")
							.with("message", EMAIL_CODE)
							.with("application", EMAIL_APP)
							.contact("z@example.com"))));
		assertThat(ingested.status()).as(ingested.toString()).isEqualTo(200);
		Response totals = this.pushwoosh.postJson("/api/v2/statistics/messages/totalsByIntervals",
				"{\"message_code\": \"" + PUSH_CODE + "\", \"platforms\": [3]}");
		// The fixture's android hour, and a row of its own for the failure's hour.
		assertThat(totals.body()).startsWith("{\"metrics\":["
				+ "{\"timestamp\":\"2000-01-25 11:00:00\",\"platform\":3,\"sends\":\"1\",\"opens\":\"1\","
				+ "\"deliveries\":\"1\",\"inbox_opens\":\"0\",\"unshowable_sends\":\"0\",\"errors\":\"0\"},"
				+ "{\"timestamp\":\"2000-01-25 13:00:00\",\"platform\":3,\"sends\":\"0\",\"opens\":\"0\","
				+ "\"deliveries\":\"0\",\"inbox_opens\":\"0\",\"unshowable_sends\":\"0\",\"errors\":\"1\"}],"
				+ "\"conversion\":{\"sends\":\"1\",");
		Response pushList = this.pushwoosh.postJson("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"" + PUSH_APP + "\"}, \"params\": {\"with_metrics\": true}}");
		// iOS: 1 error send; android: the failure.
		assertThat(pushList.body())
			.contains("\"metrics\":[{\"sends\":2,\"opens\":1,\"deliveries\":1,\"inbox_opens\":1,\"unshowable_sends\":0,"
					+ "\"errors\":1,\"platform\":1},{\"sends\":1,\"opens\":1,\"deliveries\":1,\"inbox_opens\":0,"
					+ "\"unshowable_sends\":0,\"errors\":1,\"platform\":3}]");
		Response emailList = this.pushwoosh.postJson("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"" + EMAIL_APP + "\"}, \"params\": {\"with_metrics\": true}}");
		// Five sends, one with status error; the failure adds an error, not a send, and
		// confirmed sends stay sends without an error status.
		assertThat(emailList.json().path("items").get(0).path("email_info").path("metrics").get(0).toString())
			.contains("\"sends\":5,")
			.contains("\"confirmed_sends\":4,")
			.endsWith("\"errors\":2}");
	}

	private String wrap(String filters) {
		String inner = filters.trim();
		String auth = "\"auth\": \"" + this.token + "\"";
		return "{\"request\": {" + auth + (inner.equals("{}") ? "" : ", " + inner.substring(1, inner.length() - 1))
				+ "}}";
	}

	private static void assertArgumentError(Response answer, String message) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.body())
			.isEqualTo("{\"status_code\":210,\"status_message\":\"" + message + "\",\"response\":null}");
	}

}
