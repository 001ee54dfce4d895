package dev.statsemulator.tellody;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tellody flow on the embedded default (H2), over generated traffic: its numbers are
 * the ones the vendor-neutral stats endpoint counts.
 */
class TellodyEmbeddedSmokeIT {

	@Test
	void theDocumentedFlowOnTheEmbeddedDatabase(@TempDir Path dataDir) {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			String admin = "/_emulator/v1/workspaces/smoke";
			assertThat(emulator.admin()
				.putJson(admin,
						"{\"timezone\":\"Europe/Athens\",\"tellody\":{\"users\":[{\"username\":\"smoke\","
								+ "\"password\":\"smoke-pass\"}]}}")
				.status()).isEqualTo(201);
			Response generated = emulator.admin()
				.postJson(admin + "/generate", "{\"seed\":7,\"from\":\"2015-08-01T00:00:00+03:00\","
						+ "\"to\":\"2015-08-11T00:00:00+03:00\",\"eventsPerDay\":800}");
			assertThat(generated.status()).as(generated.toString()).isEqualTo(200);

			TellodyClient client = new TellodyClient(emulator.http()).loggedIn("smoke", "smoke-pass");
			// 4 August 00:00 to 10 August 23:59:59.999 in Athens.
			JsonNode totals = client
				.uniqueCode("{\"from\":1438635600000,\"to\":1439240399999,\"unit\":\"day\",\"dow\":0}")
				.json();
			String range = "&from=2015-08-04&to=2015-08-11&unit=year";
			assertThat(totals.path("SMS_SENT").asLong()).isPositive()
				.isEqualTo(total(emulator, admin, "type=sent&channel=sms" + range));
			assertThat(totals.path("EMAIL_SENT").asLong())
				.isEqualTo(total(emulator, admin, "type=sent&channel=email" + range));
			assertThat(totals.path("URL").asLong()).isEqualTo(total(emulator, admin, "type=clicked" + range));
			assertThat(totals.path("DL").asLong()).isEqualTo(total(emulator, admin, "type=downloaded" + range));

			Response chart = client.contactChart(
					"{\"from\":1438376400000,\"to\":1441054799999,\"unit\":\"day\",\"window\":\"month\",\"dow\":0}");
			assertThat(chart.status()).isEqualTo(200);
			long added = 0;
			for (JsonNode day : chart.json().path("contactsAdded")) {
				added += day.asLong();
			}
			assertThat(chart.json().path("contactsAdded").size()).isEqualTo(31);
			assertThat(added).isPositive()
				.isEqualTo(total(emulator, admin, "type=contact_added&from=2015-08-01&to=2015-09-01&unit=year"));
			assertThat(client.http().get(TellodyClient.USER_INFO).json().path("creditsSpent").asLong()).isEqualTo(
					total(emulator, admin, "type=sent&channel=sms,email&from=2015-01-01&to=2016-01-01&unit=year"));
		}
	}

	private static long total(RunningEmulator emulator, String workspace, String query) {
		Response stats = emulator.admin().get(workspace + "/stats?" + query);
		assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
		return stats.json().path("total").asLong();
	}

}
