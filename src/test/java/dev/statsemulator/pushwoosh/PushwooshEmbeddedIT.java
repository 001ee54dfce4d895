package dev.statsemulator.pushwoosh;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (H2) answers every Pushwoosh endpoint exactly as PostgreSQL does,
 * page tokens aside (they carry each database's own sequence numbers).
 */
class PushwooshEmbeddedIT {

	private static final List<String[]> REQUESTS = List.of(new String[] { "/api/v2/messages:list",
			"{\"filters\": {\"application\": \"1DC69-73EDB\"}, \"params\": {\"with_details\": true, \"with_metrics\": true}}" },
			new String[] { "/api/v2/messages:list",
					"{\"filters\": {\"application\": \"E2F1A-B0C4D\"}, \"params\": {\"with_metrics\": true}}" },
			new String[] { "/api/v2/statistics/messages/totalsByIntervals",
					"{\"message_code\": \"A444-AAABBBCC-00112233\"}" },
			new String[] { "/api/v2/statistics/getMessageLog",
					"{\"campaign_code\": \"AAAAA-XXXXX\", \"platforms\": [\"ios\", \"android\"]}" },
			new String[] { "/api/v2/statistics/getMessageLog",
					"{\"message_code\": \"A444-AAABBBCC-00112233\", \"limit\": 4}" },
			new String[] { "/api/v2/statistics/emails/linksInteractions",
					"{\"filters\": {\"application\": \"E2F1A-B0C4D\", \"link_template\": \"https://shop.example.com/*\"}, \"params\": {\"with_full_links\": true}}" },
			new String[] { "/api/v2/statistics/emails/linksInteractions",
					"{\"filters\": {\"messages_ids\": [500], \"link_template\": \"https://blog.example.com/post\"}}" },
			new String[] { "/api/v2/statistics/emails/linksInteractionsDevices",
					"{\"filters\": {\"messages_codes\": [\"E1A2-B3C4D5E6-F7A8B9C0\"]}, \"per_page\": 3, \"page\": 1}" },
			new String[] { "/api/v2/statistics/emails/bouncedEmails",
					"{\"application\": \"E2F1A-B0C4D\", \"campaign\": \"CMP-EMAIL\", \"per_page\": 10, \"type\": \"Softbounce\"}" });

	@Test
	void h2AndPostgresqlGiveTheSameAnswers(@TempDir Path dataDir) {
		String workspace = "pw-parity-" + UUID.randomUUID().toString().substring(0, 8);
		List<String> embedded;
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			embedded = answers(emulator, workspace);
		}
		List<String> postgres;
		try (RunningEmulator emulator = RunningEmulator.postgres(Map.of())) {
			postgres = answers(emulator, workspace);
			emulator.admin().delete("/_emulator/v1/workspaces/" + workspace);
		}
		assertThat(embedded).isEqualTo(postgres);
		assertThat(embedded.get(4)).contains("\"pagination_token\":\"<token>\"");
	}

	private static List<String> answers(RunningEmulator emulator, String workspace) {
		PushwooshFixture.create(emulator.admin(), workspace);
		Http pushwoosh = emulator.http().withHeader("Authorization", "Api " + PushwooshFixture.token(workspace));
		return REQUESTS.stream().map((request) -> {
			Response response = pushwoosh.postJson(request[0], request[1]);
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			return response.body().replaceAll("\"pagination_token\":\"[^\"]+\"", "\"pagination_token\":\"<token>\"");
		}).toList();
	}

}
