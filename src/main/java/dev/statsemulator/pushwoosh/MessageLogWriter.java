package dev.statsemulator.pushwoosh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.LogRow;

/**
 * Writes a getMessageLog answer straight from the listed rows into a buffer of fixed size
 * that goes to the client whenever it is full: the bytes Jackson would write for the same
 * answer (compact, its escapes), without a generator, an event or a formatted date per
 * row. Memory does not grow with the page.
 */
final class MessageLogWriter {

	static final int BUFFER_BYTES = 64 * 1024;

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] TIMESTAMP = ascii("{\"timestamp\":\"");

	private static final byte[] APPLICATION = ascii("\",\"application_code\":\"");

	private static final byte[] MESSAGE_ID = ascii("\",\"message_id\":");

	private static final byte[] MESSAGE_CODE = ascii(",\"message_code\":\"");

	private static final byte[] CAMPAIGN = ascii("\",\"campaign_code\":\"");

	private static final byte[] HWID = ascii("\",\"hwid\":\"");

	private static final byte[] USER = ascii("\",\"user_id\":\"");

	private static final byte[] PLATFORM = ascii("\",\"platform\":\"");

	private static final byte[] ACTION = ascii("\",\"action\":\"");

	private static final byte[] STATUS = ascii("\",\"status\":\"");

	private static final byte[] END = ascii("\",\"push_alerts_enabled\":\"true\"}");

	/** The log's platform names by the emulator's platform codes. */
	private static final Map<String, String> PLATFORMS = new HashMap<>();

	static {
		for (PushwooshPlatform platform : PushwooshPlatform.values()) {
			PLATFORMS.put(platform.emulatorCode(), platform.logName());
		}
	}

	private final OutputStream out;

	private final byte[] buffer;

	private int length;

	private boolean first = true;

	/** The second whose timestamp is in {@link #second}, and the timestamp's bytes. */
	private long secondOf = Long.MIN_VALUE;

	private byte[] second = new byte[0];

	MessageLogWriter(OutputStream out, int bufferBytes) {
		this.out = out;
		this.buffer = new byte[Math.max(64, bufferBytes)];
	}

	/** Starts the answer: its pagination token, then the rows. */
	void begin(String paginationToken) throws IOException {
		raw(ascii("{\"pagination_token\":\""));
		string(paginationToken);
		raw(ascii("\",\"data\":["));
	}

	void row(LogRow row) throws IOException {
		if (!this.first) {
			put((byte) ',');
		}
		this.first = false;
		raw(TIMESTAMP);
		raw(timestamp(row.atMillis()));
		raw(APPLICATION);
		string(row.application());
		raw(MESSAGE_ID);
		number(row.messageNumber());
		raw(MESSAGE_CODE);
		string(row.message());
		raw(CAMPAIGN);
		string(row.campaign());
		raw(HWID);
		string(row.contact());
		raw(USER);
		string(row.user());
		raw(PLATFORM);
		String platform = PLATFORMS.get(row.platform());
		string((platform != null) ? platform : row.platform());
		raw(ACTION);
		string(row.type().code());
		if (row.type() == EventType.SENT) {
			raw(STATUS);
			string(row.detail());
		}
		raw(END);
	}

	/** Ends the answer and sends what is left. */
	void end() throws IOException {
		raw(ascii("]}"));
		flush();
	}

	/** The time as {@code 2000-01-25T11:18:47Z} (UTC, whole seconds). */
	private byte[] timestamp(long millis) {
		long seconds = Math.floorDiv(millis, 1000);
		if (seconds != this.secondOf) {
			LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
			if (utc.getYear() < 0 || utc.getYear() > 9999) {
				this.second = ascii(PushwooshTimes.format(PushwooshTimes.SECONDS, Instant.ofEpochSecond(seconds)));
			}
			else {
				byte[] text = new byte[20];
				digits(text, 0, utc.getYear(), 4);
				text[4] = '-';
				digits(text, 5, utc.getMonthValue(), 2);
				text[7] = '-';
				digits(text, 8, utc.getDayOfMonth(), 2);
				text[10] = 'T';
				digits(text, 11, utc.getHour(), 2);
				text[13] = ':';
				digits(text, 14, utc.getMinute(), 2);
				text[16] = ':';
				digits(text, 17, utc.getSecond(), 2);
				text[19] = 'Z';
				this.second = text;
			}
			this.secondOf = seconds;
		}
		return this.second;
	}

	private static void digits(byte[] text, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
	}

	private void number(long value) throws IOException {
		raw(ascii(Long.toString(value)));
	}

	/**
	 * A string's content as Jackson writes it: UTF-8; {@code "} and {@code \} escaped,
	 * control characters as their short escape or {@code \}{@code u00XX}. Null is empty.
	 */
	private void string(@Nullable String value) throws IOException {
		if (value == null) {
			return;
		}
		int count = value.length();
		for (int i = 0; i < count; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				if (c >= 0x20 && c != '"' && c != '\\') {
					put((byte) c);
				}
				else {
					escape(c);
				}
			}
			else if (c < 0x800) {
				ensure(2);
				this.buffer[this.length++] = (byte) (0xC0 | (c >> 6));
				this.buffer[this.length++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(value.charAt(i + 1))) {
				int code = Character.toCodePoint(c, value.charAt(++i));
				ensure(4);
				this.buffer[this.length++] = (byte) (0xF0 | (code >> 18));
				this.buffer[this.length++] = (byte) (0x80 | ((code >> 12) & 0x3F));
				this.buffer[this.length++] = (byte) (0x80 | ((code >> 6) & 0x3F));
				this.buffer[this.length++] = (byte) (0x80 | (code & 0x3F));
			}
			else {
				ensure(3);
				this.buffer[this.length++] = (byte) (0xE0 | (c >> 12));
				this.buffer[this.length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				this.buffer[this.length++] = (byte) (0x80 | (c & 0x3F));
			}
		}
	}

	private void escape(char c) throws IOException {
		char shorter = switch (c) {
			case '"' -> '"';
			case '\\' -> '\\';
			case '\b' -> 'b';
			case '\t' -> 't';
			case '\n' -> 'n';
			case '\f' -> 'f';
			case '\r' -> 'r';
			default -> 0;
		};
		if (shorter != 0) {
			ensure(2);
			this.buffer[this.length++] = '\\';
			this.buffer[this.length++] = (byte) shorter;
			return;
		}
		ensure(6);
		this.buffer[this.length++] = '\\';
		this.buffer[this.length++] = 'u';
		this.buffer[this.length++] = '0';
		this.buffer[this.length++] = '0';
		this.buffer[this.length++] = HEX[c >> 4];
		this.buffer[this.length++] = HEX[c & 0xF];
	}

	private void put(byte value) throws IOException {
		if (this.length == this.buffer.length) {
			flush();
		}
		this.buffer[this.length++] = value;
	}

	private void raw(byte[] bytes) throws IOException {
		if (bytes.length > this.buffer.length - this.length) {
			flush();
			if (bytes.length > this.buffer.length) {
				this.out.write(bytes);
				return;
			}
		}
		System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
		this.length += bytes.length;
	}

	private void ensure(int bytes) throws IOException {
		if (this.buffer.length - this.length < bytes) {
			flush();
		}
	}

	private void flush() throws IOException {
		if (this.length > 0) {
			this.out.write(this.buffer, 0, this.length);
			this.length = 0;
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
