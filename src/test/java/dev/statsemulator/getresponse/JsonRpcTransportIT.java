package dev.statsemulator.getresponse;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-RPC endpoint as the vendor's clients use it: both protocol versions mirrored,
 * ids echoed, notifications, batches, any Content-Type, the size limit, and every error
 * of the spec with HTTP 200.
 */
class JsonRpcTransportIT extends GetResponseIntegrationTest {

	private Account account;

	private String key;

	@BeforeEach
	void createAccount() {
		this.account = account("UTC");
		this.key = this.account.apiKey();
	}

	private String ping2(Object id) {
		return "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + this.key + "\"],\"id\":" + id + "}";
	}

	@Test
	void pingAnswersInTheCallersProtocol() {
		assertThat(rpc(ping2(1)).body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"ping\":\"pong\"},\"id\":1}");
		assertThat(rpc("{\"method\":\"ping\",\"params\":[\"" + this.key + "\"],\"id\":1}").body())
			.isEqualTo("{\"result\":{\"ping\":\"pong\"},\"error\":null,\"id\":1}");
	}

	@Test
	void idsAreEchoedAsSent() {
		for (String id : List.of("\"abc-1\"", "42", "4.5", "12345678901234567890", "-7", "\"\"")) {
			assertThat(rpc(ping2(id)).body()).as(id).endsWith(",\"id\":" + id + "}");
		}
		// Numbers keep every digit: no double in between (which would give 1.1111E29,
		// or "Infinity" for 1e999). The value is exact; exponents come back in
		// BigDecimal's notation.
		for (String id : List.of("111111111111111111111111111111.5", "123456789012345678901234567890123",
				"0.10000000000000000000000001", "1.10", "4.50", "1E+999")) {
			assertThat(rpc(ping2(id)).body()).as(id).endsWith(",\"id\":" + id + "}");
		}
		assertThat(rpc(ping2("1e999")).body()).endsWith(",\"id\":1E+999}");
		assertThat(rpc(ping2("-1e999")).body()).endsWith(",\"id\":-1E+999}");
		assertThat(rpc(ping2("2.5e-400")).body()).endsWith(",\"id\":2.5E-400}");
		assertThat(rpc("{\"method\":\"ping\",\"params\":[\"" + this.key + "\"],\"id\":1e999}").body())
			.isEqualTo("{\"result\":{\"ping\":\"pong\"},\"error\":null,\"id\":1E+999}");
		// "id": null is a call, not a notification: old wrappers send it and wait.
		assertThat(rpc("{\"method\":\"ping\",\"params\":[\"" + this.key + "\"],\"id\":null}").body())
			.isEqualTo("{\"result\":{\"ping\":\"pong\"},\"error\":null,\"id\":null}");
		assertThat(rpc(ping2("null")).body())
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"ping\":\"pong\"},\"id\":null}");
	}

	@Test
	void twoPointZeroNotificationsAreAnswered200WithAnEmptyBody() {
		// 200 and nothing else: jsonrpclib (GetResponse's Python sample) raises on a 204.
		for (String body : List.of("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + this.key + "\"]}",
				"{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"wrong-key\"]}",
				"{\"jsonrpc\":\"2.0\",\"method\":\"no_such_method\"}")) {
			Response response = http().post("/", "application/json", body);
			assertThat(response.status()).as(body).isEqualTo(200);
			assertThat(response.body()).as(body).isEmpty();
		}
	}

	@Test
	void oneZeroRequestsWithoutIdAreAnsweredWithIdNull() {
		// GetResponse's own Java (json-lib) and Ruby samples send method and params
		// alone.
		assertThat(rpc("{\"method\":\"ping\",\"params\":[\"" + this.key + "\"]}").body())
			.isEqualTo("{\"result\":{\"ping\":\"pong\"},\"error\":null,\"id\":null}");
		assertThat(rpc("{\"method\":\"ping\",\"params\":[\"wrong-key\"]}").body())
			.isEqualTo("{\"result\":null,\"error\":{\"code\":-1,\"message\":\"API key verification failed\"},"
					+ "\"id\":null}");
	}

	@Test
	void parseErrorsNameNoParserInternals() {
		for (String body : List.of("{\"method\":\"ping\"", "[{\"method\":\"ping\"", "{\"jsonrpc\":\"2.0\",\"method\":[",
				"{\"a\":tru}", "{\"a\":\"x", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "{\"a\":1}}")) {
			String answer = rpc(body).body();
			assertThat(answer).as(body)
				.contains("\"code\":-32700")
				.doesNotContain("Source")
				.doesNotContain("REDACTED")
				.doesNotContain("StreamReadFeature");
		}
	}

	@Test
	void batchesAnswerEveryCallButNotifications() {
		String batch = "[" + ping2("\"a\"") + ",{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + this.key
				+ "\"]}," + "{\"jsonrpc\":\"2.0\",\"method\":\"get_message_stats\",\"params\":[\"" + this.key
				+ "\",{\"message\":\"none\"}],\"id\":2}," + "{\"method\":\"ping\",\"params\":[\"" + this.key
				+ "\"],\"id\":3}, 7]";
		assertThat(rpc(batch).body()).isEqualTo("[{\"jsonrpc\":\"2.0\",\"result\":{\"ping\":\"pong\"},\"id\":\"a\"},"
				+ "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-1,\"message\":\"Missing message\"},\"id\":2},"
				+ "{\"result\":{\"ping\":\"pong\"},\"error\":null,\"id\":3},"
				+ "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
				+ "\"data\":\"A request must be a JSON object with method, params and id\"},\"id\":null}]");
		Response onlyNotifications = http().post("/", "application/json",
				"[{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + this.key + "\"]}]");
		assertThat(onlyNotifications.status()).isEqualTo(200);
		assertThat(onlyNotifications.body()).isEmpty();
		assertThat(rpc("[]").body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,"
				+ "\"message\":\"Invalid Request\",\"data\":\"A batch must hold at least one request\"},\"id\":null}");
	}

	@Test
	void anyContentTypeAndAcceptIsServed() {
		String expected = "{\"jsonrpc\":\"2.0\",\"result\":{\"ping\":\"pong\"},\"id\":1}";
		for (String contentType : new String[] { null, "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=xyz", "application/json-rpc", "application/json; charset=utf-8" }) {
			Response response = http().withHeader("Accept", "text/html").post("/", contentType, ping2(1));
			assertThat(response.status()).as(contentType).isEqualTo(200);
			assertThat(response.header("Content-Type")).isEqualTo("application/json");
			assertThat(response.body()).as(contentType).isEqualTo(expected);
		}
	}

	@Test
	void aWrongKeyFailsVerification() {
		String failed = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-1,\"message\":\"API key verification failed\"},\"id\":1}";
		assertThat(call("ping", "wrong-key", null).body()).isEqualTo(failed);
		assertThat(call("get_message_stats", "", "{\"message\":\"x\"}").body()).isEqualTo(failed);
		assertThat(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"get_messages\",\"params\":[42,{}],\"id\":1}").body())
			.isEqualTo(failed);
		assertThat(rpc("{\"method\":\"ping\",\"params\":[null],\"id\":1}").body()).isEqualTo(
				"{\"result\":null,\"error\":{\"code\":-1,\"message\":\"API key verification failed\"},\"id\":1}");
		// A key stops working when its workspace is deleted.
		assertThat(admin().delete("/_emulator/v1/workspaces/" + this.account.workspaceId()).status()).isEqualTo(204);
		assertThat(call("ping", this.key, null).body()).isEqualTo(failed);
	}

	@Test
	void unreadableBodiesAreParseErrors() {
		JsonNode broken = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",").json();
		assertThat(broken.path("jsonrpc").asString()).isEqualTo("2.0");
		assertThat(broken.path("error").path("code").asInt()).isEqualTo(-32700);
		assertThat(broken.path("error").path("message").asString()).isEqualTo("Parse error");
		assertThat(broken.path("error").path("data").asString()).startsWith("Unexpected end-of-input")
			.endsWith("(line 1, column 34)");
		// A clean message with where it broke, none of the parser's internals.
		String unclosed = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"x\"").json()
			.path("error")
			.path("data")
			.asString();
		assertThat(unclosed).startsWith("Unexpected end-of-input: expected close marker for Array")
			.endsWith("(line 1, column 47)")
			.doesNotContain("Source", "REDACTED", "start marker", "StreamReadFeature");
		assertThat(broken.path("id").isNull()).isTrue();
		assertThat(broken.has("result")).isFalse();
		// Without a recognizable 2.0 member the answer is 1.0-shaped.
		assertThat(rpc("").body()).isEqualTo(
				"{\"result\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error\",\"data\":\"The request body is empty\"},\"id\":null}");
		assertThat(rpc("method=ping&params=x").json().path("error").path("code").asInt()).isEqualTo(-32700);
		assertThat(rpc(ping2(1) + " trailing").json().path("error").path("code").asInt()).isEqualTo(-32700);
	}

	@Test
	void malformedRequestsAreInvalidRequests() {
		assertInvalidRequest("\"ping\"", "A request must be a JSON object with method, params and id", "null");
		assertInvalidRequest("{\"jsonrpc\":\"2.0\",\"params\":[],\"id\":5}", "method must be a string", "5");
		assertInvalidRequest("{\"jsonrpc\":\"2.0\",\"method\":7,\"id\":5}", "method must be a string", "5");
		assertInvalidRequest("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":{\"a\":1}}",
				"id must be a string, a number or null", "null");
		assertInvalidRequest("{\"jsonrpc\":\"1.0\",\"method\":\"ping\",\"params\":[\"k\"],\"id\":5}",
				"jsonrpc must be \"2.0\", or left out for JSON-RPC 1.0", "5");
		// 1.0-shaped when the request spoke 1.0.
		assertThat(rpc("{\"params\":[],\"id\":9}").body()).isEqualTo(
				"{\"result\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request\",\"data\":\"method must be a string\"},\"id\":9}");
	}

	private void assertInvalidRequest(String body, String data, String id) {
		assertThat(rpc(body).body()).as(body)
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\",\"data\":\""
					+ data.replace("\"", "\\\"") + "\"},\"id\":" + id + "}");
	}

	@Test
	void unknownMethodsAreNotFound() {
		String data = "\"data\":\"The emulator does not know '%s'; it emulates ping, get_messages, get_message, get_message_stats\"";
		assertThat(call("get_campaigns", this.key, null).body())
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
					+ data.formatted("get_campaigns") + "},\"id\":1}");
		// Method names are case sensitive; the method is looked up before the key.
		assertThat(call("PING", "wrong-key", null).json().path("error").path("code").asInt()).isEqualTo(-32601);
	}

	@Test
	void malformedParamsAreInvalidParams() {
		assertInvalidParams("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}",
				"params must be an array: [\\\"API_KEY\\\", {conditions}]");
		assertInvalidParams(
				"{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":{\"key\":\"" + this.key + "\"},\"id\":1}",
				"params must be an array: [\\\"API_KEY\\\", {conditions}]");
		assertInvalidParams("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[],\"id\":1}",
				"params must be an array: [\\\"API_KEY\\\", {conditions}]");
		assertInvalidParams(
				"{\"jsonrpc\":\"2.0\",\"method\":\"get_messages\",\"params\":[\"" + this.key + "\",{},{}],\"id\":1}",
				"params must be [\\\"API_KEY\\\"] or [\\\"API_KEY\\\", {conditions}], got 3 items");
		// The vendor's own text for conditions that are not an object.
		for (String conditions : List.of("[\"x\"]", "\"nl-1\"", "5", "true")) {
			assertInvalidParams("{\"jsonrpc\":\"2.0\",\"method\":\"get_message_stats\",\"params\":[\"" + this.key
					+ "\"," + conditions + "],\"id\":1}", "Attribute params must be reference to hash");
		}
		assertInvalidParams(
				"{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + this.key + "\",{\"a\":1}],\"id\":1}",
				"Unknown condition 'a' for ping (it takes none)");
		// The key is checked before the conditions.
		assertThat(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"get_message_stats\",\"params\":[\"bad\",[]],\"id\":1}").json()
			.path("error")
			.path("code")
			.asInt()).isEqualTo(-1);
	}

	private void assertInvalidParams(String body, String data) {
		assertThat(rpc(body).body()).as(body)
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params\",\"data\":\""
					+ data + "\"},\"id\":1}");
	}

	@Test
	void bodiesOverTheSizeLimitAreRejectedCleanly() {
		String call = ping2(1);
		String padded = call + " ".repeat(JsonRpcController.MAX_REQUEST_BYTES - call.length());
		assertThat(padded).hasSize(1_048_576);
		assertThat(rpc(padded).body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"ping\":\"pong\"},\"id\":1}");
		String tooLarge = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
				+ "\"data\":\"The request is larger than the limit of 1048576 bytes\"},\"id\":null}";
		assertThat(rpc(padded + " ").body()).isEqualTo(tooLarge);
		assertThat(rpc(call + " ".repeat(5 * 1_048_576)).body()).isEqualTo(tooLarge);
		// The service goes on answering.
		assertThat(rpc(ping2(2)).body()).endsWith("\"id\":2}");
	}

	@Test
	void browsersMayCallFromOtherOrigins() {
		Http browser = http().withHeader("Origin", "http://localhost:3000");
		Response response = browser.post("/", "application/json", ping2(1));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
		Response preflight = http().withHeader("Origin", "http://localhost:3000")
			.withHeader("Access-Control-Request-Method", "POST")
			.withHeader("Access-Control-Request-Headers", "content-type")
			.send("OPTIONS", "/", null, null);
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
	}

	@Test
	void aCallerSeesOnlyItsOwnWorkspace() {
		Account other = account("UTC");
		ingest(other, List.of(event("sent", "2024-01-01T10:00:00Z").message("theirs").contact("a@example.com")));
		registerMessages(other, "[{\"id\": \"theirs\", \"subject\": \"Private\"}]");
		assertThat(result("get_messages", this.key, null).toString()).isEqualTo("{}");
		assertThat(result("get_message", this.key, "{\"message\":\"theirs\"}").toString()).isEqualTo("{}");
		assertThat(error("get_message_stats", this.key, "{\"message\":\"theirs\"}").path("message").asString())
			.isEqualTo("Missing message");
		assertThat(result("get_messages", other.apiKey(), null).propertyNames()).containsExactly("theirs");
	}

}
