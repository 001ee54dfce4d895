package dev.statsemulator.getresponse;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.thetransactioncompany.jsonrpc2.JSONRPC2Notification;
import com.thetransactioncompany.jsonrpc2.JSONRPC2Request;
import com.thetransactioncompany.jsonrpc2.JSONRPC2Response;
import com.thetransactioncompany.jsonrpc2.client.JSONRPC2Session;
import com.thetransactioncompany.jsonrpc2.client.JSONRPC2SessionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator through a real JSON-RPC 2.0 client, the one the vendor's own Java example
 * uses. It rejects answers that break the 2.0 spec (no "jsonrpc", result and error
 * together, a foreign id, a non-JSON content type), so every call here proves the
 * envelope.
 */
class JsonRpc2ClientIT extends GetResponseIntegrationTest {

	private Account account;

	private JSONRPC2Session session;

	@BeforeEach
	void client() throws Exception {
		this.account = account("Europe/Warsaw");
		this.session = new JSONRPC2Session(URI.create("http://localhost:" + this.port + "/").toURL());
		this.session.getOptions().preserveParseOrder(true);
	}

	@Test
	void pingPongs() throws JSONRPC2SessionException {
		JSONRPC2Response response = this.session
			.send(new JSONRPC2Request("ping", List.<Object>of(this.account.apiKey()), "ping-1"));
		assertThat(response.indicatesSuccess()).isTrue();
		assertThat(response.getID()).isEqualTo("ping-1");
		assertThat(map(response.getResult())).containsExactly(Map.entry("ping", "pong"));
	}

	@Test
	void messageStatsArriveAsOrderedIntegers() throws JSONRPC2SessionException {
		ingest(this.account,
				List.of(event("opened", "2010-01-02T10:00:00Z").message("nl").contact("a@example.com"),
						event("sent", "2010-01-01T10:00:00Z").message("nl").contact("a@example.com"),
						event("opened", "2010-01-01T11:00:00Z").message("nl").contact("a@example.com")));
		JSONRPC2Response response = this.session.send(new JSONRPC2Request("get_message_stats",
				List.<Object>of(this.account.apiKey(), Map.of("message", "nl", "grouping", "daily")), 7L));
		assertThat(response.indicatesSuccess()).as(String.valueOf(response.getError())).isTrue();
		Map<String, Object> result = map(response.getResult());
		assertThat(result.keySet()).containsExactly("2010-01-01", "2010-01-02");
		Map<String, Object> first = map(result.get("2010-01-01"));
		assertThat(first.keySet()).hasSize(19).startsWith("sent", "opened", "unique_opened", "clicked");
		assertThat(first.get("sent")).isEqualTo(1L);
		assertThat(map(result.get("2010-01-02")).get("unique_opened")).isEqualTo(0L);
		assertThat(map(result.get("2010-01-02")).get("opened")).isEqualTo(1L);
	}

	@Test
	void vendorErrorsArriveAsErrorObjects() throws JSONRPC2SessionException {
		JSONRPC2Response missing = this.session.send(new JSONRPC2Request("get_message_stats",
				List.<Object>of(this.account.apiKey(), Map.of("message", "none")), 2L));
		assertThat(missing.indicatesSuccess()).isFalse();
		assertThat(missing.getError().getCode()).isEqualTo(-1);
		assertThat(missing.getError().getMessage()).isEqualTo("Missing message");
		JSONRPC2Response badKey = this.session.send(new JSONRPC2Request("ping", List.<Object>of("nope"), 3L));
		assertThat(badKey.getError().getCode()).isEqualTo(-1);
		assertThat(badKey.getError().getMessage()).isEqualTo("API key verification failed");
		JSONRPC2Response unknown = this.session.send(new JSONRPC2Request("get_campaigns", List.<Object>of("k"), 4L));
		assertThat(unknown.getError().getCode()).isEqualTo(-32601);
		JSONRPC2Response notHash = this.session
			.send(new JSONRPC2Request("get_messages", List.<Object>of(this.account.apiKey(), List.of()), 5L));
		assertThat(notHash.getError().getCode()).isEqualTo(-32602);
		assertThat(notHash.getError().getData()).isEqualTo("Attribute params must be reference to hash");
	}

	@Test
	void messagesAndNotifications() throws JSONRPC2SessionException {
		registerMessages(this.account, "[{\"id\": \"nl\", \"campaign\": \"c\", \"subject\": \"Hi\","
				+ " \"createdAt\": \"2010-01-01T09:00:00Z\", \"sendAt\": \"2010-01-01T10:00:00Z\"}]");
		JSONRPC2Response messages = this.session
			.send(new JSONRPC2Request("get_messages", List.<Object>of(this.account.apiKey()), 1L));
		Map<String, Object> message = map(map(messages.getResult()).get("nl"));
		assertThat(message.keySet()).containsExactly("campaign", "type", "subject", "name", "send_on", "created_on");
		assertThat(message.get("send_on")).isEqualTo("2010-01-01 11:00:00");
		// A notification gets 200 and an empty body, which the client accepts.
		this.session.send(new JSONRPC2Notification("ping", List.<Object>of(this.account.apiKey())));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
