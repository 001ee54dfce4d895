package dev.statsemulator.apidocs;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.statsemulator.apidocs.SwaggerUiTryItOut.Answer;
import dev.statsemulator.support.Browser;
import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI's "Try it out" in a real browser (headless Chromium, as the dashboard's page
 * tests): for one operation of each of the five API documents, Swagger UI's own answer is
 * a 200 with exactly what the API answers the same request, the demo workspace's numbers.
 * HtmlUnit cannot run Swagger UI's scripts: without Chromium the test says so and is
 * reported as skipped, never silently.
 */
class SwaggerUiBrowserIT extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void tryItOutAnswersWithTheDemosNumbersForAnOperationOfEveryApi() throws Exception {
		ApiDocsIT.putDemoWorkspace(admin());
		assertThat(admin().postJson("/_emulator/v1/workspaces/demo/generate", "{\"days\": 6, \"eventsPerDay\": 400}")
			.status()).isEqualTo(200);
		String base = "http://localhost:" + this.port;

		try (Browser browser = Browser.open()) {
			if (!browser.isChromium()) {
				htmlUnitCannotRunSwaggerUi(browser, base);
				return;
			}
			SwaggerUiTryItOut ui = new SwaggerUiTryItOut(browser, base);
			long started = System.nanoTime();
			List<Answer> answers;
			try {
				answers = ui.all(ADMIN_TOKEN);
			}
			catch (RuntimeException ex) {
				System.out.println("Swagger UI failed; its page: " + ui.screenshot("failure"));
				throw ex;
			}
			System.out.println("Swagger UI Try it out (headless Chromium): " + answers.size()
					+ " operations executed in " + (System.nanoTime() - started) / 1_000_000 + " ms; screenshot "
					+ ui.screenshot("after-try-it-out"));
			answers.forEach((answer) -> System.out.println("  " + answer.api() + ": " + answer.operation() + " -> "
					+ answer.status() + " (" + answer.requestUrl() + ")"));
			assertThat(answers).extracting(Answer::api)
				.containsOnly(SwaggerUiTryItOut.CONTROL, SwaggerUiTryItOut.TELLODY, SwaggerUiTryItOut.GETRESPONSE,
						SwaggerUiTryItOut.ROCKETCHAT, SwaggerUiTryItOut.PUSHWOOSH);
			assertThat(answers)
				.allSatisfy((answer) -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));

			// Control: Authorize with the admin token; the stats of the demo's sends.
			Answer stats = answer(answers, SwaggerUiTryItOut.CONTROL, "GET /_emulator/v1/workspaces/{id}/stats");
			assertThat(stats.requestUrl()).startsWith(base + "/_emulator/v1/workspaces/demo/stats?type=sent");
			JsonNode shownStats = JSON.readTree(stats.body());
			assertThat(shownStats).isEqualTo(admin().get(pathOf(stats, base)).json());
			assertThat(shownStats.path("total").asLong()).isPositive();

			// Tellody: ping, login (prefilled demo / demo-pass), ping, UniqueCode.
			List<Answer> tellody = answers.stream().filter((a) -> a.api().equals(SwaggerUiTryItOut.TELLODY)).toList();
			assertThat(tellody).extracting(Answer::operation)
				.containsExactly("GET /CampaignCloud/RememberMeController/ping", "POST /CampaignCloud/login",
						"GET /CampaignCloud/RememberMeController/ping", "POST /CampaignCloud/Report/UniqueCode");
			assertThat(JSON.readTree(tellody.get(0).body()).path("authenticated").asBoolean()).isFalse();
			assertThat(JSON.readTree(tellody.get(1).body()).path("status").asString()).isEqualTo("success");
			assertThat(JSON.readTree(tellody.get(2).body()).path("username").asString()).isEqualTo("demo");
			JsonNode shownCodes = JSON.readTree(tellody.get(3).body());
			JsonNode report = example(document("tellody"), "/CampaignCloud/Report/UniqueCode", "the last seven days");
			Http session = new Http(base);
			String xsrf = session.get("/CampaignCloud/RememberMeController/ping").header("X-XSRF-TOKEN");
			assertThat(session.withHeader("X-XSRF-TOKEN", xsrf)
				.post("/CampaignCloud/login", "application/x-www-form-urlencoded", "username=demo&password=demo-pass")
				.status()).isEqualTo(200);
			xsrf = session.get("/CampaignCloud/RememberMeController/ping").header("X-XSRF-TOKEN");
			assertThat(shownCodes).isEqualTo(session.withHeader("X-XSRF-TOKEN", xsrf)
				.postJson("/CampaignCloud/Report/UniqueCode", JSON.writeValueAsString(report))
				.json());
			assertThat(shownCodes.path("EMAIL_SENT").asLong()).isPositive();

			// GetResponse: the get_messages example, the demo's key in its params.
			Answer messages = answer(answers, SwaggerUiTryItOut.GETRESPONSE, "POST /");
			JsonNode shownMessages = JSON.readTree(messages.body());
			assertThat(shownMessages).isEqualTo(
					http().postJson("/", JSON.writeValueAsString(example(document("getresponse"), "/", "get_messages")))
						.json());
			assertThat(shownMessages.path("result").size()).isPositive();

			// Rocket.Chat: prefilled demo headers, start and end.
			Answer sent = answer(answers, SwaggerUiTryItOut.ROCKETCHAT,
					"GET /api/v1/engagement-dashboard/messages/messages-sent");
			JsonNode shownSent = JSON.readTree(sent.body());
			assertThat(shownSent).isEqualTo(http().withHeader("X-User-Id", "demo-user-id")
				.withHeader("X-Auth-Token", "demo-rocketchat-token")
				.get(pathOf(sent, base))
				.json());
			assertThat(shownSent.path("period").path("count").asLong()).isPositive();

			// Pushwoosh: the example body, whose auth member is the demo's token.
			Answer list = answer(answers, SwaggerUiTryItOut.PUSHWOOSH, "POST /api/v2/messages:list");
			JsonNode shownList = JSON.readTree(list.body());
			assertThat(shownList)
				.isEqualTo(
						http()
							.postJson("/api/v2/messages:list",
									JSON.writeValueAsString(
											example(document("pushwoosh"), "/api/v2/messages:list", "the demo")))
							.json());
			assertThat(shownList.path("total").asLong()).isPositive();
			assertThat(browser.consoleErrors()).as("Swagger UI's console").isEmpty();
		}
	}

	/**
	 * HtmlUnit's JavaScript engine cannot parse Swagger UI's bundle (ES2015 classes): say
	 * so loudly, check that this is the reason (so the day it can, this test fails and is
	 * made to drive it), and report the test as skipped.
	 */
	private void htmlUnitCannotRunSwaggerUi(Browser browser, String base) {
		assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
		assertThat(http().get("/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
		String reason;
		try {
			browser.driver().get(base + "/swagger-ui.html");
			reason = null;
		}
		catch (WebDriverException ex) {
			reason = ex.getMessage().lines().findFirst().orElse("");
		}
		assertThat(reason).as("HtmlUnit ran Swagger UI's scripts: drive Try it out in it too").isNotNull();
		assertThat(reason).contains("swagger-ui-bundle.js");
		String message = "Swagger UI Try it out NOT tested in a browser: HtmlUnit (the pure-Java fallback) cannot run "
				+ "Swagger UI's scripts (" + reason + "). Install Chromium and chromedriver (.ci/browser) to run it; "
				+ "ApiDocsIT still sends the documents' examples over HTTP.";
		System.out.println("*** " + message);
		Assumptions.abort(message);
	}

	private static Answer answer(List<Answer> answers, String api, String operation) {
		return answers.stream()
			.filter((a) -> a.api().equals(api) && a.operation().equals(operation))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("Swagger UI ran no " + operation + " of " + api));
	}

	private static String pathOf(Answer answer, String base) {
		assertThat(answer.requestUrl()).startsWith(base + "/");
		return answer.requestUrl().substring(base.length());
	}

	private JsonNode document(String group) {
		Response doc = http().get("/v3/api-docs/" + group);
		assertThat(doc.status()).isEqualTo(200);
		return doc.json();
	}

	private static JsonNode example(JsonNode doc, String path, String name) {
		JsonNode example = doc.path("paths")
			.path(path)
			.path("post")
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples")
			.path(name)
			.path("value");
		assertThat(example.isMissingNode()).as(path + " example " + name).isFalse();
		return example;
	}

}
