package dev.statsemulator.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys and tokens are stored as HMAC-SHA256 with the installation's secret; rows an
 * earlier version stored as plain SHA-256 keep working and are rewritten on their first
 * match.
 */
class KeyHashIT extends PostgresIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	private static String sha256(String value) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

	private String column(String column, String workspace, String vendor) {
		return this.jdbc
			.sql("SELECT " + column + " FROM credential WHERE workspace_id = ? AND vendor = ? AND kind <> ?")
			.params(workspace, vendor, "username")
			.query(String.class)
			.single();
	}

	private Response ping(String key) {
		return http().postJson("/",
				"{\"jsonrpc\": \"2.0\", \"method\": \"ping\", \"params\": [\"" + key + "\"], \"id\": 1}");
	}

	private Response dashboard(String id, String token) {
		return http().withHeader("X-User-Id", id + "-admin")
			.withHeader("X-Auth-Token", token)
			.get("/api/v1/engagement-dashboard/messages/origin"
					+ "?start=2023-05-20T00:00:00.000Z&end=2023-05-30T00:00:00.000Z");
	}

	@Test
	void keysAreStoredAsAKeyedHashAndLegacyDigestsKeepWorkingUntilRewritten() throws Exception {
		String id = newWorkspaceId("keyhash");
		String key = id + "-gr-key";
		String token = id + "-token";
		Response put = admin().putJson("/_emulator/v1/workspaces/" + id, """
				{"getresponse": {"apiKeys": ["%s"]},
				 "rocketchat": {"users": [{"userId": "%s-admin", "authToken": "%s", "username": "%s-user",
				                           "password": "pw", "permissions": ["view-engagement-dashboard"]}]}}"""
			.formatted(key, id, token, id));
		assertThat(put.status()).as(put.toString()).isEqualTo(201);

		// Stored keyed: neither the key nor its plain digest is in the database.
		String principal = column("principal", id, "getresponse");
		String secret = column("secret_hash", id, "rocketchat");
		assertThat(List.of(principal, secret)).allMatch((stored) -> stored.startsWith("h1:") && stored.length() == 67);
		assertThat(principal).doesNotContain(key).doesNotContain(sha256(key));
		assertThat(secret).doesNotContain(sha256(token));
		assertThat(ping(key).json().has("result")).isTrue();

		// As an earlier version stored them: plain SHA-256.
		this.jdbc.sql("UPDATE credential SET principal = ? WHERE workspace_id = ? AND vendor = 'getresponse'")
			.params(sha256(key), id)
			.update();
		this.jdbc
			.sql("UPDATE credential SET secret_hash = ? WHERE workspace_id = ? AND vendor = 'rocketchat' "
					+ "AND kind = 'user-id'")
			.params(sha256(token), id)
			.update();
		assertThat(ping(id + "-wrong").json().has("error")).isTrue();
		assertThat(dashboard(id, id + "-wrong").status()).isEqualTo(401);
		assertThat(column("principal", id, "getresponse")).isEqualTo(sha256(key));

		// They still work, and the first match rewrites them as the keyed hashes.
		assertThat(ping(key).json().has("result")).as(ping(key).toString()).isTrue();
		assertThat(dashboard(id, token).status()).isEqualTo(200);
		assertThat(column("principal", id, "getresponse")).isEqualTo(principal);
		assertThat(column("secret_hash", id, "rocketchat")).isEqualTo(secret);
		assertThat(ping(key).json().has("result")).isTrue();
		assertThat(dashboard(id, token).status()).isEqualTo(200);

		// A legacy row still owns its key: another workspace cannot take it.
		this.jdbc.sql("UPDATE credential SET principal = ? WHERE workspace_id = ? AND vendor = 'getresponse'")
			.params(sha256(key), id)
			.update();
		Response conflict = admin().putJson("/_emulator/v1/workspaces/" + id + "-other",
				"{\"getresponse\": {\"apiKeys\": [\"" + key + "\"]}}");
		assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
	}

}
