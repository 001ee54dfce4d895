package dev.statsemulator.pushwoosh;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind is a 400 (or 404/405) in the endpoint's error style: never a
 * 500, never a stack trace, never the framework's error shape.
 */
class PushwooshBadInputIT extends PostgresIntegrationTest {

	private static final List<String> GRPC = List.of("/api/v2/messages:list",
			"/api/v2/statistics/messages/totalsByIntervals");

	private static final List<String> ERROR_FIELD = List.of("/api/v2/statistics/getMessageLog",
			"/api/v2/statistics/emails/linksInteractions", "/api/v2/statistics/emails/linksInteractionsDevices",
			"/api/v2/statistics/emails/bouncedEmails");

	private Http pushwoosh;

	@BeforeEach
	void createWorkspace() {
		String workspace = newWorkspaceId("pw-bad");
		PushwooshFixture.create(admin(), workspace);
		this.pushwoosh = http().withHeader("Authorization", "Api " + PushwooshFixture.token(workspace));
	}

	@Test
	void theVendorsOwnExamplesWithCommentsAreMalformedJson() {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/messages/totalsByIntervals", """
				{
				"message_code": "XXXXX-XXXXXXXXX-XXXXXXXX", // required. Unique message identifier
				"platforms": [1, 3, 7, 10, 11, 12] // optional. List of platform codes
				}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("code").asInt()).isEqualTo(3);
		assertThat(response.json().path("message").asString()).startsWith("malformed JSON: ")
			.contains("comment")
			.endsWith("(line 2, column 45)");
		Response log = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog",
				"{\n\"limit\": 1000, // optional\n\"hwid\": \"x\"\n}");
		assertThat(log.status()).isEqualTo(400);
		assertThat(log.json().path("error").asString()).startsWith("malformed JSON: ").endsWith("(line 2, column 16)");
	}

	@Test
	void everyKindOfBadBodyIsA400InTheEndpointsStyle() {
		List<String> bodies = List.of("{", "[]", "\"text\"", "{\"a\": 1} trailing", "{\"filters\": 5}",
				"{\"message_code\": {}}", "{\"per_page\": \"many\"}", "{\"platforms\": \"ios\"}",
				"{\"filters\": {\"application\": [\"x\"]}}", "{\"limit\": 1.5e99}", "null", "");
		for (String path : GRPC) {
			for (String body : bodies) {
				Response response = this.pushwoosh.postJson(path, body);
				assertThat(response.status()).as(path + " " + body).isEqualTo(400);
				assertThat(response.json().path("code").asInt()).as(path + " " + body).isEqualTo(3);
				assertThat(response.json().path("details").isArray()).isTrue();
				assertThat(response.body()).doesNotContain("Exception", "java.");
			}
		}
		for (String path : ERROR_FIELD) {
			for (String body : bodies) {
				Response response = this.pushwoosh.postJson(path, body);
				assertThat(response.status()).as(path + " " + body).isEqualTo(400);
				assertThat(response.json().size()).as(path + " " + body).isEqualTo(1);
				assertThat(response.json().path("error").isString()).as(path + " " + body).isTrue();
				assertThat(response.body()).doesNotContain("Exception", "java.");
			}
		}
	}

	@Test
	void requiredFieldsAndValuesAreChecked() {
		assertGrpc("/api/v2/messages:list", "{}", 400, 3, "filters: value is required");
		assertGrpc("/api/v2/messages:list", "{\"filters\": {}}", 400, 3, "filters.application: value is required");
		assertGrpc("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"1DC69-73EDB\", \"platforms\": [\"PALM\"]}}", 400, 3,
				"filters.platforms: invalid value 'PALM' (use IOS, ANDROID, OSX, WINDOWS, AMAZON, SAFARI, "
						+ "CHROME, FIREFOX, IE, EMAIL, HUAWEI_ANDROID, SMS, XIAOMI)");
		assertGrpc("/api/v2/messages:list", "{\"filters\": {\"application\": \"1DC69-73EDB\", \"source\": \"FAX\"}}",
				400, 3, "filters.source: invalid value 'FAX' (use AB_TEST, API, AUTO_PUSH, CP, CSV, CUSTOMER_JOURNEY, "
						+ "EMAIL_API, EMAIL_CP, GEO_ZONE, PUSH_ON_EVENT, RSS)");
		assertGrpc("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"1DC69-73EDB\", \"date_range\": {\"date_from\": \"2000-02-30\"}}}",
				400, 3, "filters.date_range.date_from: '2000-02-30' is not a date in the format YYYY-MM-DD");
		assertGrpc("/api/v2/messages:list", "{\"filters\": {\"application\": \"1DC69-73EDB\"}, \"page\": -1}", 400, 3,
				"page: value must be greater than or equal to 0");
		assertGrpc("/api/v2/statistics/messages/totalsByIntervals", "{}", 400, 3, "message_code: value is required");
		assertGrpc("/api/v2/statistics/messages/totalsByIntervals", "{\"message_code\": \"NOPE\"}", 404, 5,
				"message NOPE not found");
	}

	private void assertGrpc(String path, String body, int status, int code, String message) {
		Response response = this.pushwoosh.postJson(path, body);
		assertThat(response.status()).as(body).isEqualTo(status);
		assertThat(response.body())
			.isEqualTo("{\"code\":" + code + ",\"message\":\"" + message.replace("\"", "\\\"") + "\",\"details\":[]}");
	}

	@Test
	void otherMethodsAndPathsAnswerInTheVendorsStyle() {
		for (String path : GRPC) {
			Response get = this.pushwoosh.get(path);
			assertThat(get.status()).isEqualTo(405);
			assertThat(get.body()).isEqualTo("{\"code\":12,\"message\":\"Method Not Allowed\",\"details\":[]}");
		}
		for (String path : ERROR_FIELD) {
			Response put = this.pushwoosh.send("PUT", path, "application/json", "{}");
			assertThat(put.status()).isEqualTo(405);
			assertThat(put.body()).isEqualTo("{\"error\":\"Method Not Allowed\"}");
		}
		Response unknown = this.pushwoosh.postJson("/api/v2/statistics/nothing", "{}");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"code\":5,\"message\":\"Not Found\",\"details\":[]}");
		// Without a token an unknown path is still a 401: the token is checked first.
		assertThat(http().postJson("/api/v2/statistics/nothing", "{}").status()).isEqualTo(401);
		Response text = this.pushwoosh.post("/api/v2/statistics/getMessageLog", "text/plain", "{\"hwid\": \"x\"}");
		assertThat(text.status()).isEqualTo(200);
	}

}
