package dev.statsemulator.pushwoosh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.LogRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message log's writer writes, byte for byte, what the Jackson generator of the
 * Pushwoosh module wrote for the same rows (the writer it replaced, kept here as the
 * reference), whatever the strings hold and wherever its buffer fills.
 */
class MessageLogWriterTests {

	private static final String[] PIECES = { "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f",
			"\u0000", "\u0001", "\u001f", "\u007f", "é", "ß", "\u00a0", "\u2028", "€", "日本", "\ud83d\ude00", "<", ">",
			"&", "'", "%", "+", "=", "?", "#", "-", "_", "~" };

	@Test
	void writesTheBytesJacksonWrote() throws IOException {
		Random random = new Random(20261202);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			rows.add(randomRow(random));
		}
		rows.add(new Row(0, EventType.SENT, null, null, null, 0, null, null, "", "success"));
		rows.add(new Row(-1, EventType.OPENED, "", "", "", -5, "", "", "unknown-platform", ""));
		rows.add(new Row(253402300799999L, EventType.SENT, "m", "c", "a", Long.MAX_VALUE, "h", "u", "ios", "error"));
		rows.add(new Row(253402300800000L, EventType.DELIVERED, "m", "c", "a", 1, "h", "u", "android", ""));
		rows.add(new Row(-62167219200001L, EventType.DELIVERED, "m", "c", "a", 1, "h", "u", "chrome", ""));
		byte[] expected = jackson("AAAB-token_x", rows);
		for (int buffer : new int[] { 64, 100, 1_000, MessageLogWriter.BUFFER_BYTES }) {
			byte[] written = written("AAAB-token_x", rows, buffer);
			assertThat(new String(written, StandardCharsets.UTF_8)).as("buffer of %d bytes", buffer)
				.isEqualTo(new String(expected, StandardCharsets.UTF_8));
			assertThat(written).isEqualTo(expected);
		}
		assertThat(written("", List.of(), 64)).isEqualTo(jackson("", List.of()));
	}

	private static Row randomRow(Random random) {
		EventType[] types = { EventType.SENT, EventType.DELIVERED, EventType.OPENED, EventType.INBOX_OPENED };
		String[] platforms = { "ios", "android", "chrome", "huawei_android", "email", "", "odd" };
		long at = 1_700_000_000_000L + random.nextInt(1_000_000_000);
		return new Row(at, types[random.nextInt(types.length)], text(random), text(random), text(random),
				random.nextBoolean() ? random.nextLong() & Long.MAX_VALUE : 0, text(random), text(random),
				platforms[random.nextInt(platforms.length)], random.nextBoolean() ? "success" : text(text(random)));
	}

	private static String text(Random random) {
		if (random.nextInt(10) == 0) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return text.toString();
	}

	private static byte[] written(String token, List<Row> rows, int buffer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MessageLogWriter writer = new MessageLogWriter(out, buffer);
		writer.begin(token);
		for (Row row : rows) {
			writer.row(row);
		}
		writer.end();
		return out.toByteArray();
	}

	/** What the controller wrote with a Jackson generator before. */
	private static byte[] jackson(String token, List<Row> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator json = PushwooshJson.MAPPER.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("pagination_token", token);
			json.writeName("data");
			json.writeStartArray();
			for (Row row : rows) {
				json.writeStartObject();
				json.writeStringProperty("timestamp",
						PushwooshTimes.format(PushwooshTimes.SECONDS, Instant.ofEpochMilli(row.atMillis())));
				json.writeStringProperty("application_code", text(row.application()));
				json.writeNumberProperty("message_id", row.messageNumber());
				json.writeStringProperty("message_code", text(row.message()));
				json.writeStringProperty("campaign_code", text(row.campaign()));
				json.writeStringProperty("hwid", text(row.contact()));
				json.writeStringProperty("user_id", text(row.user()));
				json.writeStringProperty("platform",
						PushwooshPlatform.ofEmulatorCode(row.platform())
							.map(PushwooshPlatform::logName)
							.orElse(row.platform()));
				json.writeStringProperty("action", row.type().code());
				if (row.type() == EventType.SENT) {
					json.writeStringProperty("status", row.detail());
				}
				json.writeStringProperty("push_alerts_enabled", "true");
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private record Row(long atMillis, EventType type, String message, String campaign, String application,
			long messageNumber, String contact, String user, String platform, String detail) implements LogRow {
	}

}
