package dev.statsemulator.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.statsemulator.client.junit.StatsEmulatorTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension against the emulator jar this build has just packaged: started as a child
 * process, seeded from files, reset before each test.
 */
@StatsEmulatorTest(initDir = "src/test/resources/init")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatsEmulatorExtensionTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static HttpResponse<String> post(String url, String body) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	@Order(1)
	void theSeededWorkspaceAnswersThroughItsVendorsAndTheControlApi(StatsEmulator emulator) throws Exception {
		Credentials shop = emulator.credentials("shop");
		assertEquals("shop-getresponse-key", shop.getResponseApiKey());
		assertEquals(2, emulator.control().total("shop", "sent", "2024-01-01", "2025-01-01"));
		HttpResponse<String> stats = post(emulator.getResponseUrl(),
				"{\"jsonrpc\":\"2.0\",\"method\":\"get_messages\",\"params\":[\"" + shop.getResponseApiKey()
						+ "\",{}],\"id\":1}");
		assertTrue(stats.body().contains("Welcome to the shop"), stats.body());
		// Changes made here must be gone in the next test.
		emulator.control().ingest("shop", List.of(Map.of("id", "s3", "type", "sent", "at", "2024-08-02T09:00:00Z")));
		emulator.control().putWorkspace("extra", "{\"getresponse\": {\"apiKeys\": [\"extra-key\"]}}");
		emulator.control().freezeClock(Instant.parse("2024-09-01T00:00:00Z"));
		assertEquals(3, emulator.control().total("shop", "sent", "2024-01-01", "2025-01-01"));
	}

	@Test
	@Order(2)
	void eachTestStartsFromTheFilesAgain(StatsEmulator emulator) {
		assertEquals(2, emulator.control().total("shop", "sent", "2024-01-01", "2025-01-01"));
		assertEquals(List.of("shop"), emulator.control().workspaces().stream().map((w) -> w.get("id")).toList());
		assertTrue(emulator.control().journal("shop").isEmpty());
		ControlApiException gone = assertThrows(ControlApiException.class, () -> emulator.control().workspace("extra"));
		assertEquals(404, gone.status());
	}

	@Test
	@Order(3)
	void faultsAndTheJournal(StatsEmulator emulator) throws Exception {
		String key = emulator.credentials("shop").getResponseApiKey();
		Fault fault = emulator.control().addFault("shop", Fault.rateLimit().vendor("getresponse").next(1));
		assertEquals("rate-limit", fault.failure());
		String ping = "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + key + "\"],\"id\":3}";
		assertEquals("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-1,\"message\":\"Too many requests\"},\"id\":3}",
				post(emulator.getResponseUrl(), ping).body());
		assertTrue(post(emulator.getResponseUrl(), ping).body().contains("pong"));
		List<JournalEntry> calls = emulator.control().journal("shop", JournalQuery.all().vendor("getresponse"));
		assertEquals(2, calls.size());
		assertEquals("rate-limit", calls.get(0).injected());
		assertEquals(null, calls.get(1).injected());
		assertTrue(calls.get(1).body().contains("\"params\":[\"***\"]"), calls.get(1).body());
		assertFalse(calls.get(1).body().contains(key));
		assertEquals(1, emulator.control().journalCount("shop", JournalQuery.all().injected(true)));
		assertEquals(1, emulator.control().faults("shop").get(0).injected());
		emulator.control().resetWorkspace("shop");
		assertEquals(0, emulator.control().total("shop", "sent", "2024-01-01", "2025-01-01"));
		assertTrue(post(emulator.getResponseUrl(), ping).body().contains("pong"));
	}

}
