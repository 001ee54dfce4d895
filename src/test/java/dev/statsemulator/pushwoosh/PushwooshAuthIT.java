package dev.statsemulator.pushwoosh;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;

import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_APP;
import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_CODE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens: where they may come from, what 401 and 403 look like in both error styles, and
 * that a token never reads another application or another workspace.
 */
class PushwooshAuthIT extends PostgresIntegrationTest {

	private static final String MISSING = "API access token is missing: send it as 'Authorization: Api <token>'";

	private static final String LIST_BODY = "{\"filters\": {\"application\": \"" + PUSH_APP + "\"}}";

	private static final String LOG_BODY = "{\"message_code\": \"" + PUSH_CODE + "\"}";

	private String workspace;

	@BeforeEach
	void createWorkspace() {
		this.workspace = newWorkspaceId("pw-auth");
		PushwooshFixture.create(admin(), this.workspace);
	}

	private String token() {
		return PushwooshFixture.token(this.workspace);
	}

	@Test
	void theTokenTravelsInTheHeaderWithAnyOfTheVendorsSchemesOrInTheBody() {
		for (String scheme : List.of("Api", "Token", "Key", "api")) {
			Response response = http().withHeader("Authorization", scheme + " " + token())
				.postJson("/api/v2/messages:list", LIST_BODY);
			assertThat(response.status()).as(scheme).isEqualTo(200);
			assertThat(response.json().path("total").asLong()).isEqualTo(1);
		}
		Response inBody = http().postJson("/api/v2/statistics/getMessageLog",
				"{\"auth\": \"" + token() + "\", \"message_code\": \"" + PUSH_CODE + "\"}");
		assertThat(inBody.status()).as(inBody.toString()).isEqualTo(200);
		assertThat(inBody.json().path("data").size()).isEqualTo(9);
		Response wrapped = http().postJson("/api/v2/messages:list",
				"{\"request\": {\"auth\": \"" + token() + "\", \"filters\": {\"application\": \"" + PUSH_APP + "\"}}}");
		assertThat(wrapped.status()).isEqualTo(200);
		// curl -d without a Content-Type sends a form; the body is still JSON.
		Response form = http().withHeader("Authorization", "Api " + token())
			.post("/api/v2/messages:list", "application/x-www-form-urlencoded", LIST_BODY);
		assertThat(form.status()).as(form.toString()).isEqualTo(200);
	}

	@Test
	void noOrAnUnknownTokenIsA401InTheEndpointsStyle() {
		Response noneGrpc = http().postJson("/api/v2/messages:list", LIST_BODY);
		assertThat(noneGrpc.status()).isEqualTo(401);
		assertThat(noneGrpc.header("Content-Type")).startsWith("application/json");
		assertThat(noneGrpc.body()).isEqualTo("{\"code\":16,\"message\":\"" + MISSING + "\",\"details\":[]}");
		Response unknownGrpc = http().withHeader("Authorization", "Api wrong")
			.postJson("/api/v2/statistics/messages/totalsByIntervals", "{\"message_code\": \"" + PUSH_CODE + "\"}");
		assertThat(unknownGrpc.status()).isEqualTo(401);
		assertThat(unknownGrpc.body()).isEqualTo("{\"code\":16,\"message\":\"account not found\",\"details\":[]}");

		for (String path : List.of("/api/v2/statistics/getMessageLog", "/api/v2/statistics/emails/linksInteractions",
				"/api/v2/statistics/emails/linksInteractionsDevices", "/api/v2/statistics/emails/bouncedEmails")) {
			Response none = http().postJson(path, LOG_BODY);
			assertThat(none.status()).as(path).isEqualTo(401);
			assertThat(none.body()).as(path).isEqualTo("{\"error\":\"" + MISSING + "\"}");
			Response unknown = http().withHeader("Authorization", "Key wrong").postJson(path, LOG_BODY);
			assertThat(unknown.status()).as(path).isEqualTo(401);
			assertThat(unknown.body()).as(path).isEqualTo("{\"error\":\"account not found\"}");
		}
		// Another scheme is not a Pushwoosh token.
		assertThat(http().withHeader("Authorization", "Bearer " + token())
			.postJson("/api/v2/messages:list", LIST_BODY)
			.status()).isEqualTo(401);
	}

	@Test
	void browsersMayCallFromLoopbackOrigins() {
		Response preflight = http().withHeader("Origin", "http://localhost:3000")
			.withHeader("Access-Control-Request-Method", "POST")
			.withHeader("Access-Control-Request-Headers", "authorization, content-type")
			.send("OPTIONS", "/api/v2/statistics/getMessageLog", null, null);
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
		Response unauthorized = http().withHeader("Origin", "http://localhost:3000")
			.postJson("/api/v2/messages:list", LIST_BODY);
		assertThat(unauthorized.status()).isEqualTo(401);
		assertThat(unauthorized.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
	}

	@Test
	void anApplicationTheTokenMayNotReadIsA403() {
		Http pushwoosh = http().withHeader("Authorization", "Api " + token());
		Response list = pushwoosh.postJson("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"" + PushwooshFixture.OTHER_APP + "\"}}");
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.body()).isEqualTo("{\"code\":7,\"message\":\"access denied: the API access token may not "
				+ "read application FORBI-DDEN1\",\"details\":[]}");
		Response totals = pushwoosh.postJson("/api/v2/statistics/messages/totalsByIntervals",
				"{\"message_code\": \"" + PushwooshFixture.OTHER_CODE + "\"}");
		assertThat(totals.status()).isEqualTo(403);
		assertThat(totals.json().path("code").asInt()).isEqualTo(7);
		for (String body : List.of("{\"filters\": {\"application\": \"FORBI-DDEN1\", \"link_template\": \"x\"}}")) {
			Response links = pushwoosh.postJson("/api/v2/statistics/emails/linksInteractions", body);
			assertThat(links.status()).isEqualTo(403);
			assertThat(links.body())
				.isEqualTo("{\"error\":\"access denied: the API access token may not read application FORBI-DDEN1\"}");
			assertThat(pushwoosh.postJson("/api/v2/statistics/emails/linksInteractionsDevices", body).status())
				.isEqualTo(403);
		}
		assertThat(pushwoosh
			.postJson("/api/v2/statistics/emails/bouncedEmails",
					"{\"application\": \"FORBI-DDEN1\", \"campaign\": \"x\", \"per_page\": 5}")
			.status()).isEqualTo(403);
		// Listings that do not name an application leave out the ones it may not read.
		assertThat(pushwoosh.postJson("/api/v2/statistics/getMessageLog", "{\"hwid\": \"other-device\"}").body())
			.isEqualTo("{\"pagination_token\":\"\",\"data\":[]}");
	}

	@Test
	void aTokenNeverReadsAnotherWorkspace() {
		// A second workspace with the same application and message code, and its own
		// events.
		String other = newWorkspaceId("pw-other");
		admin().putJson("/_emulator/v1/workspaces/" + other, "{\"pushwoosh\": {\"tokens\": [{\"token\": \""
				+ PushwooshFixture.token(other) + "\", \"applications\": [\"" + PUSH_APP + "\"]}]}}");
		admin().postJson("/_emulator/v1/workspaces/" + other + "/events", TestEvents
			.array(PushwooshFixture.push("sent", "2000-01-25T11:00:00Z", PUSH_CODE, "chrome", "other-hwid", "u")));
		Http mine = http().withHeader("Authorization", "Api " + token());
		Http theirs = http().withHeader("Authorization", "Api " + PushwooshFixture.token(other));

		assertThat(theirs.postJson("/api/v2/statistics/getMessageLog", LOG_BODY).json().path("data").size())
			.isEqualTo(1);
		assertThat(mine.postJson("/api/v2/statistics/getMessageLog", LOG_BODY).json().path("data").size()).isEqualTo(9);
		assertThat(mine.postJson("/api/v2/statistics/getMessageLog", "{\"hwid\": \"other-hwid\"}").json().path("data"))
			.isEmpty();
		assertThat(theirs.postJson("/api/v2/messages:list", LIST_BODY + "")
			.json()
			.path("items")
			.get(0)
			.path("id")
			.asLong()).isNotEqualTo(PushwooshFixture.PUSH_ID);
		assertThat(theirs
			.postJson("/api/v2/statistics/messages/totalsByIntervals", "{\"message_code\": \"" + PUSH_CODE + "\"}")
			.json()
			.path("conversion")
			.path("sends")
			.asString()).isEqualTo("1");
		assertThat(mine
			.postJson("/api/v2/statistics/messages/totalsByIntervals", "{\"message_code\": \"" + PUSH_CODE + "\"}")
			.json()
			.path("conversion")
			.path("sends")
			.asString()).isEqualTo("3");
		// The other workspace's token knows nothing of this one's email application.
		assertThat(theirs
			.postJson("/api/v2/statistics/emails/bouncedEmails",
					"{\"application\": \"E2F1A-B0C4D\", \"campaign\": \"CMP-EMAIL\", \"per_page\": 5}")
			.status()).isEqualTo(403);
		// A page token is only good with the filters it was issued for (their
		// applications differ).
		String token = mine
			.postJson("/api/v2/statistics/getMessageLog", "{\"message_code\": \"" + PUSH_CODE + "\", \"limit\": 1}")
			.json()
			.path("pagination_token")
			.asString();
		assertThat(
				theirs
					.postJson("/api/v2/statistics/getMessageLog",
							"{\"message_code\": \"" + PUSH_CODE + "\", \"limit\": 1, \"pagination_token\": \"" + token
									+ "\"}")
					.status())
			.isEqualTo(400);
	}

}
