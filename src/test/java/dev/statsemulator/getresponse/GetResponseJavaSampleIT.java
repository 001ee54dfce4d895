package dev.statsemulator.getresponse;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;

import net.sf.json.JSONObject;
import org.apache.commons.httpclient.HttpClient;
import org.apache.commons.httpclient.HttpStatus;
import org.apache.commons.httpclient.methods.PostMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GetResponse's own Java sample, call for call: Hashtables made into a request with
 * json-lib ({@code {"method": ..., "params": [api_key, {...}]}}, no id, no jsonrpc),
 * posted with commons-httpclient 3's PostMethod, the answer read with
 * {@code JSONObject.fromObject(...).getJSONObject("result")} and its keys iterated. Only
 * the URL is the emulator's. Before 1.0 requests without an id were answered, json-lib
 * threw "JSONException: null object" on the empty 204.
 */
class GetResponseJavaSampleIT extends GetResponseIntegrationTest {

	private String url;

	private Account account;

	@BeforeEach
	void sample() {
		this.url = "http://localhost:" + this.port + "/";
		this.account = account("UTC");
		registerMessages(this.account, """
				[{"id": "sample-msg", "campaign": "sample_marketing", "channel": "email", "name": "sample_newsletter",
				  "subject": "Hello", "createdAt": "2024-03-01T07:00:00Z", "sendAt": "2024-03-01T08:00:00Z"}]""");
		ingest(this.account,
				List.of(event("sent", "2024-03-01T08:00:01Z").message("sample-msg").contact("a@example.com"),
						event("sent", "2024-03-01T08:00:02Z").message("sample-msg").contact("b@example.com"),
						event("opened", "2024-03-01T09:00:00Z").message("sample-msg").contact("a@example.com"),
						event("opened", "2024-03-02T09:00:00Z").message("sample-msg").contact("a@example.com"),
						event("opened", "2024-03-02T10:00:00Z").message("sample-msg").contact("b@example.com")));
	}

	@Test
	void theSamplesCallsReadTheirResults() throws Exception {
		// As the sample looks its campaign up by name: an EQUALS operator in a Hashtable.
		Hashtable<String, Object> operator = new Hashtable<>();
		operator.put("EQUALS", "sample_newsletter");
		Hashtable<String, Object> name = new Hashtable<>();
		name.put("name", operator);
		JSONObject messages = call("get_messages", new Object[] { this.account.apiKey(), name });
		Iterator<?> keys = messages.getJSONObject("result").keys();
		String messageId = null;
		while (keys.hasNext()) {
			messageId = (String) keys.next();
		}
		assertThat(messageId).isEqualTo("sample-msg");
		assertThat(messages.has("id")).isTrue();
		assertThat(messages.get("id").toString()).isEqualTo("null");

		Hashtable<String, Object> conditions = new Hashtable<>();
		conditions.put("message", messageId);
		conditions.put("grouping", "daily");
		JSONObject result = call("get_message_stats", new Object[] { this.account.apiKey(), conditions })
			.getJSONObject("result");
		List<String> days = new ArrayList<>();
		result.keys().forEachRemaining((day) -> days.add((String) day));
		assertThat(days).containsExactlyInAnyOrder("2024-03-01", "2024-03-02");
		JSONObject first = result.getJSONObject("2024-03-01");
		assertThat(first.getInt("sent")).isEqualTo(2);
		assertThat(first.getInt("opened")).isEqualTo(1);
		assertThat(first.getInt("unique_opened")).isEqualTo(1);
		JSONObject second = result.getJSONObject("2024-03-02");
		assertThat(second.getInt("sent")).isZero();
		assertThat(second.getInt("opened")).isEqualTo(2);
		assertThat(second.getInt("unique_opened")).isEqualTo(1);

		JSONObject ping = call("ping", new Object[] { this.account.apiKey() });
		assertThat(ping.getJSONObject("result").getString("ping")).isEqualTo("pong");
	}

	@Test
	void aWrongKeyIsAnErrorTheSampleCanRead() throws Exception {
		JSONObject answer = call("ping", new Object[] { "wrong-key" });
		assertThat(answer.getJSONObject("error").getInt("code")).isEqualTo(-1);
		assertThat(answer.getJSONObject("error").getString("message")).isEqualTo("API key verification failed");
	}

	/** The sample's request, line for line. */
	@SuppressWarnings("deprecation")
	private JSONObject call(String methodName, Object[] params) throws Exception {
		HttpClient client = new HttpClient();
		Hashtable<String, Object> request = new Hashtable<>();
		request.put("method", methodName);
		request.put("params", params);
		PostMethod method = new PostMethod(this.url);
		method.setRequestBody(JSONObject.fromObject(request).toString());
		try {
			int statusCode = client.executeMethod(method);
			assertThat(statusCode).isEqualTo(HttpStatus.SC_OK);
			String responseString = new String(method.getResponseBody());
			return JSONObject.fromObject(responseString);
		}
		finally {
			method.releaseConnection();
		}
	}

}
