package dev.statsemulator.control;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceApiIT extends PostgresIntegrationTest {

	@Test
	void controlApiWantsTheAdminToken() {
		Response missing = http().get("/_emulator/v1/workspaces");
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(missing.json().path("detail").asString()).contains("Authorization: Bearer");
		assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(http().withHeader("Authorization", "Bearer wrong").get("/_emulator/v1/workspaces").status())
			.isEqualTo(401);
		assertThat(admin().get("/_emulator/v1/workspaces").status()).isEqualTo(200);
	}

	@Test
	void unknownPathsAndMethodsAreProblemDetails() {
		Response notFound = admin().get("/_emulator/v1/no-such-thing");
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(notFound.json().path("status").asInt()).isEqualTo(404);
		assertThat(notFound.json().path("detail").asString())
			.isEqualTo("No control API endpoint GET /_emulator/v1/no-such-thing");
		assertThat(notFound.json().has("timestamp")).isFalse();

		Response wrongMethod = admin().send("PATCH", "/_emulator/v1/workspaces/any", "application/json", "{}");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(wrongMethod.header("Allow")).contains("PUT");
		assertThat(wrongMethod.json().path("detail").asString()).startsWith("Method PATCH is not supported");
	}

	@Test
	void healthIsPublic() {
		Response health = http().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void createReadReplaceDelete() {
		String id = newWorkspaceId("crud");
		Response created = admin().putJson("/_emulator/v1/workspaces/" + id,
				"""
						{"timezone": "Europe/Athens",
						 "tellody": {"users": [{"username": "%1$s-user", "password": "secret"}]},
						 "getresponse": {"apiKeys": ["%1$s-gr-key-long"]},
						 "rocketchat": {"license": true, "users": [{"userId": "%1$s-u1", "authToken": "t1", "username": "%1$s-admin",
						   "password": "pw", "permissions": ["view-engagement-dashboard"]}]},
						 "pushwoosh": {"tokens": [{"token": "%1$s-pw-token", "applications": ["1DC69-73EDB"]}]}}
						"""
					.formatted(id));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("timezone").asString()).isEqualTo("Europe/Athens");

		Response read = admin().get("/_emulator/v1/workspaces/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("tellody").path("users").get(0).path("username").asString())
			.isEqualTo(id + "-user");
		// Secrets are write-only.
		assertThat(read.body()).doesNotContain("secret", "\"t1\"", "\"pw\"", id + "-gr-key-long", id + "-pw-token");
		assertThat(read.json().path("pushwoosh").path("tokens").get(0).path("applications").get(0).asString())
			.isEqualTo("1DC69-73EDB");

		Response replaced = admin().putJson("/_emulator/v1/workspaces/" + id, "{\"timezone\": \"Asia/Kolkata\"}");
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.json().path("timezone").asString()).isEqualTo("Asia/Kolkata");
		assertThat(replaced.json().has("tellody")).isFalse();

		assertThat(admin().delete("/_emulator/v1/workspaces/" + id).status()).isEqualTo(204);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id).status()).isEqualTo(404);
		assertThat(admin().delete("/_emulator/v1/workspaces/" + id).status()).isEqualTo(404);
	}

	@Test
	void timezoneDefaultsToUtc() {
		String id = newWorkspaceId("utc");
		Response created = admin().putJson("/_emulator/v1/workspaces/" + id, "{}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("timezone").asString()).isEqualTo("UTC");
		Response empty = admin().send("PUT", "/_emulator/v1/workspaces/" + newWorkspaceId("nobody"), null, null);
		assertThat(empty.status()).isEqualTo(201);
	}

	@Test
	void aCredentialOfAnotherWorkspaceIsAConflict() {
		String first = newWorkspaceId("owner");
		String second = newWorkspaceId("thief");
		String key = first + "-shared-key";
		assertThat(admin()
			.putJson("/_emulator/v1/workspaces/" + first, "{\"getresponse\": {\"apiKeys\": [\"" + key + "\"]}}")
			.status()).isEqualTo(201);
		Response conflict = admin().putJson("/_emulator/v1/workspaces/" + second,
				"{\"getresponse\": {\"apiKeys\": [\"" + key + "\"]}}");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().path("detail").asString()).contains(first);
		// Nothing of the rejected workspace was written.
		assertThat(admin().get("/_emulator/v1/workspaces/" + second).status()).isEqualTo(404);
		// The owner may PUT its own credential again.
		assertThat(admin()
			.putJson("/_emulator/v1/workspaces/" + first, "{\"getresponse\": {\"apiKeys\": [\"" + key + "\"]}}")
			.status()).isEqualTo(200);
	}

	@Test
	void invalidSettingsAreRejectedWithEveryProblem() {
		Response invalid = admin().putJson("/_emulator/v1/workspaces/" + newWorkspaceId("bad"), """
				{"timezone": "Mars/Olympus", "tellody": {"users": [{"username": "x"}]},
				 "pushwoosh": {"tokens": [{"applications": ["A"]}]}}""");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").toString()).contains("timezone", "tellody.users[0]",
				"pushwoosh.tokens[0]");

		Response badId = admin().putJson("/_emulator/v1/workspaces/Not_Valid", "{}");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.body()).contains("a-z, 0-9 and -");

		Response typo = admin().putJson("/_emulator/v1/workspaces/" + newWorkspaceId("typo"),
				"{\"timeZone\": \"UTC\"}");
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.body()).contains("timeZone");

		Response malformed = admin().putJson("/_emulator/v1/workspaces/" + newWorkspaceId("json"), "{\"timezone\": ");
		assertThat(malformed.status()).isEqualTo(400);

		Response tooLong = admin().putJson("/_emulator/v1/workspaces/" + newWorkspaceId("long"),
				"{\"tellody\": {\"users\": [{\"username\": \"" + "u".repeat(300) + "\", \"password\": \"p\"}]}}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("at most 200 characters");
	}

	@Test
	void unknownWorkspaceIs404Everywhere() {
		String id = newWorkspaceId("ghost");
		assertThat(admin().get("/_emulator/v1/workspaces/" + id).status()).isEqualTo(404);
		assertThat(admin().postJson("/_emulator/v1/workspaces/" + id + "/events", "[]").status()).isEqualTo(404);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/stats?type=sent").status()).isEqualTo(404);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/messages").status()).isEqualTo(404);
		assertThat(admin().postJson("/_emulator/v1/workspaces/" + id + "/generate", "{}").status()).isEqualTo(404);
	}

	@Test
	void corsAllowsLoopbackDashboardsOnly() {
		Response preflight = http().withHeader("Origin", "http://127.0.0.1:3000")
			.withHeader("Access-Control-Request-Method", "GET")
			.withHeader("Access-Control-Request-Headers", "authorization")
			.send("OPTIONS", "/_emulator/v1/workspaces", null, null);
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:3000");
		Response foreign = http().withHeader("Origin", "http://dashboard.example")
			.withHeader("Access-Control-Request-Method", "GET")
			.withHeader("Access-Control-Request-Headers", "authorization")
			.send("OPTIONS", "/_emulator/v1/workspaces", null, null);
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
	}

}
