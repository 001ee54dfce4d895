package dev.statsemulator.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One generated event, with the fields the emulator's event table keeps. Written as an
 * NDJSON line for the control API and as a COPY text line for the raw baseline.
 */
final class BenchEvent {

	long atMs;

	String type;

	String channel;

	String platform;

	String message;

	String campaign;

	String application;

	String contact;

	String user;

	String link;

	String bounce;

	String name;

	Double revenue;

	String currency;

	String roomId;

	String roomName;

	String roomType;

	String status;

	/** Set when the event is placed in the stream. */
	String id;

	BenchEvent(long atMs, String type, String channel) {
		this.atMs = atMs;
		this.type = type;
		this.channel = channel;
	}

	/** One line of NDJSON, without the newline. Every value is plain ASCII. */
	void appendJson(StringBuilder out) {
		out.append("{\"id\":\"").append(this.id).append("\",\"type\":\"").append(this.type).append("\",\"at\":");
		out.append(this.atMs).append(",\"channel\":\"").append(this.channel).append('"');
		field(out, "platform", this.platform);
		field(out, "message", this.message);
		field(out, "campaign", this.campaign);
		field(out, "application", this.application);
		field(out, "contact", this.contact);
		field(out, "user", this.user);
		field(out, "link", this.link);
		field(out, "bounce", this.bounce);
		field(out, "name", this.name);
		if (this.revenue != null) {
			out.append(",\"revenue\":").append(this.revenue);
		}
		field(out, "currency", this.currency);
		if (this.roomId != null) {
			out.append(",\"room\":{\"id\":\"")
				.append(this.roomId)
				.append("\",\"name\":\"")
				.append(this.roomName)
				.append("\",\"type\":\"")
				.append(this.roomType)
				.append("\"}");
		}
		field(out, "status", this.status);
		out.append('}');
	}

	private static void field(StringBuilder out, String name, String value) {
		if (value != null) {
			out.append(",\"").append(name).append("\":\"").append(value).append('"');
		}
	}

	/**
	 * The COPY text columns of {@link CopyBaseline#COLUMNS}: what the service stores for
	 * this event, with the platform defaulted as the service defaults it and a SHA-256
	 * content hash of the JSON line (the service keeps one for every event with an id).
	 */
	void appendCopy(StringBuilder out, String workspaceId, String jsonLine) {
		String storedPlatform = (this.platform != null) ? this.platform : switch (this.channel) {
			case "email" -> "email";
			case "sms" -> "sms";
			default -> null;
		};
		out.append(workspaceId);
		copy(out, sha256(jsonLine));
		copy(out, this.id);
		copy(out, this.type);
		copy(out, Long.toString(this.atMs));
		copy(out, this.channel);
		copy(out, storedPlatform);
		copy(out, this.message);
		copy(out, this.campaign);
		copy(out, this.application);
		copy(out, this.contact);
		copy(out, this.user);
		copy(out, this.link);
		copy(out, this.bounce);
		copy(out, this.name);
		copy(out, (this.revenue != null) ? this.revenue.toString() : null);
		copy(out, this.currency);
		copy(out, this.roomId);
		copy(out, this.roomName);
		copy(out, this.roomType);
		copy(out, this.status);
		out.append('\n');
	}

	private static void copy(StringBuilder out, String value) {
		out.append('\t').append((value != null) ? value : "\\N");
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
