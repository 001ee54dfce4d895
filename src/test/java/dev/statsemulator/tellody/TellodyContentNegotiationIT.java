package dev.statsemulator.tellody;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http.Response;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor ignores the Accept header: every answer, success or error, is JSON whatever
 * the client accepts.
 */
class TellodyContentNegotiationIT extends TellodyIntegrationTest {

	private static final String DAY_REPORT = "{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\","
			+ "\"window\":\"day\",\"dow\":0}";

	private static final List<String> ACCEPTS = List.of("text/html", "application/xml", "text/csv",
			"text/html,application/xhtml+xml;q=0.9", "image/png");

	private static Response json(Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/json");
		assertThat(response.json().isObject()).as(response.toString()).isTrue();
		return response;
	}

	@Test
	void everyAnswerIsJsonWhateverTheAcceptHeader() {
		String id = workspace("Europe/Athens");
		ingest(id, List.of(event("contact_added", "2015-07-21T09:10:00+03:00")));
		for (String accept : ACCEPTS) {
			TellodyClient client = new TellodyClient(http().withHeader("Accept", accept));
			assertThat(json(client.ping(), 200).body()).as(accept).isEqualTo("{\"authenticated\":false}");
			json(client.http().get(TellodyClient.USER_INFO), 401);
			assertThat(json(client.login(id, password(id), false), 200).json().path("status").asString())
				.isEqualTo("success");
			client.ping();
			assertThat(json(client.http().get(TellodyClient.USER_INFO), 200).json().path("username").asString())
				.isEqualTo(id);
			assertThat(json(client.contactChart(DAY_REPORT), 200).json().path("contactsAdded").get(9).asLong())
				.as(accept)
				.isEqualTo(1);
			json(client.uniqueCode("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"day\"}"), 200);
			// Errors too: bad bodies, content types, methods and paths.
			assertThat(json(client.contactChart("{\"from\":"), 400).json().path("message").asString())
				.startsWith("Malformed JSON");
			json(client.contactChart("{\"from\":1437426000000}"), 400);
			json(client.http()
				.withHeader("X-XSRF-TOKEN", client.token())
				.post(TellodyClient.CONTACT_CHART, "text/plain", DAY_REPORT), 415);
			json(client.http().get(TellodyClient.CONTACT_CHART), 405);
			json(client.http().get("/CampaignCloud/Report/Nothing"), 404);
			json(client.http().post(TellodyClient.CONTACT_CHART, "application/json", DAY_REPORT), 403);
		}
	}

}
