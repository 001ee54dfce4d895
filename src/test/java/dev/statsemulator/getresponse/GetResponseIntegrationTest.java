package dev.statsemulator.getresponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the GetResponse integration tests: a workspace with its own API key, events
 * ingested through the control API, and JSON-RPC calls sent as raw bodies to POST /, as
 * the vendor's clients send them.
 */
abstract class GetResponseIntegrationTest extends PostgresIntegrationTest {

	/** A workspace and the GetResponse API key that maps to it. */
	record Account(String workspaceId, String apiKey) {
	}

	protected Account account(String timezone) {
		String id = newWorkspaceId("gr");
		String key = id + "-api-key";
		Response created = admin().putJson("/_emulator/v1/workspaces/" + id,
				"{\"timezone\": \"" + timezone + "\", \"getresponse\": {\"apiKeys\": [\"" + key + "\"]}}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Account(id, key);
	}

	protected void ingest(Account account, List<Builder> events) {
		Response response = admin().postJson("/_emulator/v1/workspaces/" + account.workspaceId() + "/events",
				TestEvents.array(events));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	/** Ingests the events shuffled, in batches of {@code batchSize}. */
	protected void ingestShuffled(Account account, List<Builder> events, long seed, int batchSize) {
		List<Builder> shuffled = new ArrayList<>(events);
		Collections.shuffle(shuffled, new Random(seed));
		for (int i = 0; i < shuffled.size(); i += batchSize) {
			ingest(account, shuffled.subList(i, Math.min(shuffled.size(), i + batchSize)));
		}
	}

	protected void registerMessages(Account account, String json) {
		Response response = admin().postJson("/_emulator/v1/workspaces/" + account.workspaceId() + "/messages", json);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	/** POSTs a raw body to the JSON-RPC endpoint; asserts HTTP 200 and JSON. */
	protected Response rpc(String body) {
		Response response = http().post("/", "application/json", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("application/json");
		return response;
	}

	/** A JSON-RPC 2.0 call with id 1: {@code params} is the JSON after the key. */
	protected Response call(String method, String apiKey, String conditions) {
		return rpc("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":["
				+ JsonMapper.shared().writeValueAsString(apiKey) + ((conditions != null) ? "," + conditions : "")
				+ "],\"id\":1}");
	}

	/** The result of a successful 2.0 call. */
	protected JsonNode result(String method, String apiKey, String conditions) {
		JsonNode answer = call(method, apiKey, conditions).json();
		assertThat(answer.has("error")).as(answer.toString()).isFalse();
		return answer.path("result");
	}

	/** The error of a failed 2.0 call. */
	protected JsonNode error(String method, String apiKey, String conditions) {
		JsonNode answer = call(method, apiKey, conditions).json();
		assertThat(answer.has("result")).as(answer.toString()).isFalse();
		return answer.path("error");
	}

	/** Compact JSON of a (pretty) JSON text, member order kept. */
	protected static String compact(String json) {
		return JsonMapper.shared().readTree(json).toString();
	}

}
