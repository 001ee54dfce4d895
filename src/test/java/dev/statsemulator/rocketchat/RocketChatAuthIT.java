package dev.statsemulator.rocketchat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login, the headers, the permission, the license and the parameters: every error body
 * byte for byte, and the order the checks run in.
 */
class RocketChatAuthIT extends PostgresIntegrationTest {

	private static final String NOT_LOGGED_IN = "{\"success\":false,\"error\":\"You must be logged in to do this.\","
			+ "\"status\":\"error\",\"message\":\"You must be logged in to do this.\"}";

	private static final String NOT_PERMITTED = "{\"success\":false,"
			+ "\"error\":\"User does not have the permissions required for this action [error-unauthorized]\"}";

	private static final String NOT_LICENSED = "{\"success\":false,"
			+ "\"error\":\"This is an enterprise feature [error-action-not-allowed]\","
			+ "\"errorType\":\"error-action-not-allowed\"}";

	private static final String LOGIN_FAILED = "{\"status\":\"error\",\"error\":\"Unauthorized\",\"message\":\"Unauthorized\"}";

	private static final List<String> ROUTES = List.of("/api/v1/engagement-dashboard/messages/messages-sent",
			"/api/v1/engagement-dashboard/messages/origin",
			"/api/v1/engagement-dashboard/messages/top-five-popular-channels");

	private static final String VALID = "?start=2023-05-20T00:00:00.000Z&end=2023-05-30T00:00:00.000Z";

	private Http user(String userId, String token) {
		return http().withHeader("X-User-Id", userId).withHeader("X-Auth-Token", token);
	}

	private static void assertError(Response response, int status, String body) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.body()).isEqualTo(body);
	}

	@Test
	void withoutValidHeadersEveryRouteAnswersNotLoggedIn() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		for (String route : ROUTES) {
			assertError(http().get(route + VALID), 401, NOT_LOGGED_IN);
			assertError(http().withHeader("X-User-Id", id + "-admin").get(route + VALID), 401, NOT_LOGGED_IN);
			assertError(user(id + "-admin", "wrong").get(route + VALID), 401, NOT_LOGGED_IN);
			assertError(user("nobody", id + "-token").get(route + VALID), 401, NOT_LOGGED_IN);
			// The viewer's own token does not open the admin's account.
			assertError(user(id + "-admin", id + "-viewer-token").get(route + VALID), 401, NOT_LOGGED_IN);
			// Authentication comes before the parameters.
			assertError(http().get(route), 401, NOT_LOGGED_IN);
		}
	}

	@Test
	void aUserWithoutThePermissionIsForbiddenBeforeTheParametersAreRead() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		for (String route : ROUTES) {
			assertError(user(id + "-viewer", id + "-viewer-token").get(route + VALID), 403, NOT_PERMITTED);
			assertError(user(id + "-viewer", id + "-viewer-token").get(route + "?start=bad"), 403, NOT_PERMITTED);
		}
	}

	@Test
	void aWorkspaceWithoutTheLicenseIsRefusedBeforeTheParametersAreRead() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", false);
		for (String route : ROUTES) {
			assertError(user(id + "-admin", id + "-token").get(route + VALID), 400, NOT_LICENSED);
			assertError(user(id + "-admin", id + "-token").get(route), 400, NOT_LICENSED);
		}
		// Without the license the permission is still checked first.
		assertError(user(id + "-viewer", id + "-viewer-token").get(ROUTES.get(0)), 403, NOT_PERMITTED);
	}

	@Test
	void badParametersAnswerMeteorsMatchErrors() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		Http user = user(id + "-admin", id + "-token");
		for (String route : ROUTES) {
			assertError(user.get(route), 400, "{\"success\":false,\"error\":\"Match error: Missing key 'start'\"}");
			assertError(user.get(route + "?start=2023-05-20T00:00:00.000Z"), 400,
					"{\"success\":false,\"error\":\"Match error: Missing key 'end'\"}");
			assertError(user.get(route + "?start=2023-05-20&end=2023-05-30T00:00:00.000Z"), 400,
					"{\"success\":false,\"error\":\"Match error: Failed Match.Where validation in field start\"}");
			assertError(user.get(route + "?start=2023-05-20T00:00:00Z&end=2023-05-30T00:00:00.000Z"), 400,
					"{\"success\":false,\"error\":\"Match error: Failed Match.Where validation in field start\"}");
			assertError(user.get(route + "?start=2023-05-20T00:00:00.000Z&end=2023-05-30T00:00:00.000%2B00:00"), 400,
					"{\"success\":false,\"error\":\"Match error: Failed Match.Where validation in field end\"}");
			// A present key is checked before a missing one.
			assertError(user.get(route + "?end=yesterday"), 400,
					"{\"success\":false,\"error\":\"Match error: Failed Match.Where validation in field end\"}");
		}
	}

	@Test
	void loginIssuesATokenThatOpensTheDashboard() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		Response login = http().postJson("/api/v1/login", "{\"user\": \"" + id + "-user\", \"password\": \"pw\"}");
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		JsonNode body = login.json();
		assertThat(body.path("status").asString()).isEqualTo("success");
		assertThat(body.path("data").path("userId").asString()).isEqualTo(id + "-admin");
		assertThat(body.path("data").path("me").path("_id").asString()).isEqualTo(id + "-admin");
		assertThat(body.path("data").path("me").path("username").asString()).isEqualTo(id + "-user");
		String token = body.path("data").path("authToken").asString();
		assertThat(token).hasSize(43).isNotEqualTo(id + "-token");

		assertThat(user(id + "-admin", token).get(ROUTES.get(0) + VALID).status()).isEqualTo(200);
		// The token is the admin's only.
		assertError(user(id + "-viewer", token).get(ROUTES.get(0) + VALID), 401, NOT_LOGGED_IN);

		// Each login issues another token; earlier ones keep working.
		Response form = http().post("/api/v1/login", "application/x-www-form-urlencoded",
				"username=" + id + "-user&password=pw");
		assertThat(form.status()).as(form.toString()).isEqualTo(200);
		String second = form.json().path("data").path("authToken").asString();
		assertThat(second).isNotEqualTo(token);
		assertThat(user(id + "-admin", second).get(ROUTES.get(1) + VALID).status()).isEqualTo(200);
		assertThat(user(id + "-admin", token).get(ROUTES.get(2) + VALID).status()).isEqualTo(200);

		// Replacing the workspace's settings ends issued tokens; the configured one
		// stays.
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + id, RocketChatWorkspaces.settings(id, "UTC", true))
			.status()).isEqualTo(200);
		assertError(user(id + "-admin", token).get(ROUTES.get(0) + VALID), 401, NOT_LOGGED_IN);
		assertThat(user(id + "-admin", id + "-token").get(ROUTES.get(0) + VALID).status()).isEqualTo(200);
	}

	@Test
	void aFailedLoginAnswersUnauthorized() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		assertError(http().postJson("/api/v1/login", "{\"user\": \"" + id + "-user\", \"password\": \"nope\"}"), 401,
				LOGIN_FAILED);
		assertError(http().postJson("/api/v1/login", "{\"user\": \"nobody-" + id + "\", \"password\": \"pw\"}"), 401,
				LOGIN_FAILED);
		assertError(http().postJson("/api/v1/login", "{\"user\": \"" + id + "-user\"}"), 401, LOGIN_FAILED);
		assertError(http().postJson("/api/v1/login", "{\"user\": \"" + id + "-user\", \"password\": 7}"), 401,
				LOGIN_FAILED);
		assertError(http().postJson("/api/v1/login", "[]"), 401, LOGIN_FAILED);
		assertError(http().postJson("/api/v1/login", ""), 401, LOGIN_FAILED);
		// The viewer has no username and password: it cannot log in.
		assertError(http().postJson("/api/v1/login", "{\"user\": \"" + id + "-viewer\", \"password\": \"\"}"), 401,
				LOGIN_FAILED);
	}

	@Test
	void badRequestsGetRocketChatFailuresNeverA500() {
		String id = RocketChatWorkspaces.create(admin(), "UTC", true);
		String notJson = "{\"success\":false,\"error\":\"The request body is not valid JSON\"}";
		assertError(http().postJson("/api/v1/login", "{\"user\": "), 400, notJson);
		assertError(http().post("/api/v1/login", "text/plain", "hello"), 400, notJson);
		assertError(http().post("/api/v1/login", "not a media type", "{"), 400, notJson);

		String notFound = "{\"success\":false,\"error\":\"Resource not found\"}";
		Http user = user(id + "-admin", id + "-token");
		assertError(user.post(ROUTES.get(0) + VALID, "application/json", "{}"), 404, notFound);
		assertError(user.send("DELETE", ROUTES.get(1), null, null), 404, notFound);
		assertError(user.get("/api/v1/engagement-dashboard/messages/unknown" + VALID), 404, notFound);
		assertError(http().get("/api/v1/login"), 404, notFound);
		assertError(user.get(ROUTES.get(0) + "?start=%25&end=2023-05-30T00:00:00.000Z"), 400,
				"{\"success\":false,\"error\":\"Match error: Failed Match.Where validation in field start\"}");
	}

	@Test
	void browsersOnOtherOriginsMayCallTheApi() {
		Response preflight = http().withHeader("Origin", "http://127.0.0.1:8081")
			.withHeader("Access-Control-Request-Method", "GET")
			.withHeader("Access-Control-Request-Headers", "x-user-id,x-auth-token")
			.send("OPTIONS", ROUTES.get(0), null, null);
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:8081");
	}

}
