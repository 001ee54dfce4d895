package com.example.newsletter;

import java.net.URL;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.thetransactioncompany.jsonrpc2.JSONRPC2Request;
import com.thetransactioncompany.jsonrpc2.JSONRPC2Response;
import com.thetransactioncompany.jsonrpc2.client.JSONRPC2Session;
import org.junit.jupiter.api.Test;

import dev.statsemulator.client.Fault;
import dev.statsemulator.client.JournalEntry;
import dev.statsemulator.client.JournalQuery;
import dev.statsemulator.client.StatsEmulator;
import dev.statsemulator.client.junit.StatsEmulatorTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A GetResponse client, as an application would use it, against the emulator: the
 * workspace "newsletter" comes from the files under ../init-dir, and each test starts
 * from them again (the extension resets before each test).
 */
@StatsEmulatorTest(initDir = "../init-dir")
class NewsletterStatsTest {

	private static JSONRPC2Session client(StatsEmulator emulator) throws Exception {
		// The only change from production: the URL.
		URL url = URI.create(emulator.getResponseUrl()).toURL();
		return new JSONRPC2Session(url);
	}

	private static JSONRPC2Response dailyStats(JSONRPC2Session client, String apiKey) throws Exception {
		return client.send(new JSONRPC2Request("get_message_stats",
				List.<Object>of(apiKey, Map.of("message", "spring-sale", "grouping", "daily")), 1L));
	}

	@Test
	void theClientReadsTheSeededNumbers(StatsEmulator emulator) throws Exception {
		String apiKey = emulator.credentials("newsletter").getResponseApiKey();
		JSONRPC2Response response = dailyStats(client(emulator), apiKey);
		assertTrue(response.indicatesSuccess(), String.valueOf(response.getError()));
		Map<String, Object> days = map(response.getResult());
		assertEquals(List.of("2024-03-01", "2024-03-02"), List.copyOf(days.keySet()));
		Map<String, Object> first = map(days.get("2024-03-01"));
		assertEquals(3L, first.get("sent"));
		assertEquals(3L, first.get("opened"));
		assertEquals(2L, first.get("unique_opened"));
		assertEquals(1L, first.get("clicked"));
		Map<String, Object> second = map(days.get("2024-03-02"));
		assertEquals(1L, second.get("opened"));
		assertEquals(1L, second.get("unique_opened"));
	}

	@Test
	void aRateLimitReachesTheClientAndTheJournalShowsWhatItSent(StatsEmulator emulator) throws Exception {
		String apiKey = emulator.credentials("newsletter").getResponseApiKey();
		JSONRPC2Session client = client(emulator);
		emulator.control().addFault("newsletter", Fault.rateLimit().vendor("getresponse").next(1));

		JSONRPC2Response limited = dailyStats(client, apiKey);
		assertFalse(limited.indicatesSuccess());
		assertEquals(-1, limited.getError().getCode());
		assertEquals("Too many requests", limited.getError().getMessage());
		// The fault was for one call: the retry gets the numbers.
		assertTrue(dailyStats(client, apiKey).indicatesSuccess());

		List<JournalEntry> calls = emulator.control().journal("newsletter", JournalQuery.all().vendor("getresponse"));
		assertEquals(2, calls.size());
		JournalEntry first = calls.get(0);
		assertEquals("rate-limit", first.injected());
		assertEquals("POST", first.method());
		assertEquals("/", first.path());
		assertTrue(first.body().contains("\"method\":\"get_message_stats\""), first.body());
		assertTrue(first.body().contains("\"grouping\":\"daily\""), first.body());
		// The API key is masked in the journal.
		assertTrue(first.body().contains("\"params\":[\"***\""), first.body());
		assertFalse(first.body().contains(apiKey));
		assertNull(calls.get(1).injected());
		assertEquals(200, calls.get(1).status());
	}

	@Test
	void resetStartsOver(StatsEmulator emulator) throws Exception {
		emulator.control()
			.ingest("newsletter", List.of(Map.of("id", "sent-d", "type", "sent", "at", "2024-03-01T10:00:00Z",
					"message", "spring-sale", "contact", "d@example.com")));
		assertEquals(4, emulator.control().total("newsletter", "sent", "2024-01-01", "2025-01-01"));
		// Back to the files: every workspace deleted, the init directory seeded again.
		emulator.control().reset();
		assertEquals(3, emulator.control().total("newsletter", "sent", "2024-01-01", "2025-01-01"));
		// Or empty one workspace, keeping its credentials.
		emulator.control().resetWorkspace("newsletter");
		assertEquals(0, emulator.control().total("newsletter", "sent", "2024-01-01", "2025-01-01"));
		JSONRPC2Response ping = client(emulator).send(new JSONRPC2Request("ping",
				List.<Object>of(emulator.credentials("newsletter").getResponseApiKey()), 2L));
		assertTrue(ping.indicatesSuccess());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
