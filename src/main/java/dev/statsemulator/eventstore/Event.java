package dev.statsemulator.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A validated event, with the model's defaults applied (channel by type, platform by
 * channel, bounce type, complaint handling, send status).
 *
 * @param id optional client id, unique per workspace
 * @param type what happened
 * @param at when it happened
 * @param channel email, sms, push or chat
 * @param platform device or delivery platform, if known
 * @param message the message it belongs to (its id or code)
 * @param campaign campaign code
 * @param application application code
 * @param contact the recipient: address, phone number, device HWID or chat user
 * @param user application user id
 * @param link the clicked URL
 * @param bounce bounce type (bounced)
 * @param reason free text (bounced, complained, failed)
 * @param handled whether a complaint was handled (complained)
 * @param name conversion event name (conversion)
 * @param revenue conversion value (conversion)
 * @param currency conversion currency (conversion)
 * @param room chat room (chat_message)
 * @param status success or error (sent)
 */
public record Event(String id, EventType type, Instant at, Channel channel, Platform platform, String message,
		String campaign, String application, String contact, String user, String link, BounceType bounce, String reason,
		Boolean handled, String name, Double revenue, String currency, Room room, String status) {

	public Event {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(channel, "channel");
	}

	/**
	 * What counts are kept per: the message, or for chat messages the room; empty when
	 * the event belongs to neither.
	 */
	public String messageKey() {
		if (this.type == EventType.CHAT_MESSAGE) {
			return this.room.id();
		}
		return (this.message != null) ? this.message : "";
	}

	/**
	 * The one breakdown of a type that vendors report separately: bounce type, complaint
	 * handling, conversion name, room type, send status; empty for other types.
	 */
	public String detail() {
		return switch (this.type) {
			case BOUNCED -> this.bounce.code();
			case COMPLAINED -> Boolean.TRUE.equals(this.handled) ? "handled" : "unhandled";
			case CONVERSION -> (this.name != null) ? this.name : "";
			case CHAT_MESSAGE -> this.room.type();
			case SENT -> (this.status != null) ? this.status : "success";
			default -> "";
		};
	}

	public String platformCode() {
		return (this.platform != null) ? this.platform.code() : "";
	}

	/**
	 * A digest of everything but the id: re-sending an id with the same content is a
	 * no-op.
	 */
	public String contentHash() {
		String canonical = String.join("\u0001", this.type.code(), Long.toString(this.at.toEpochMilli()),
				this.channel.code(), platformCode(), str(this.message), str(this.campaign), str(this.application),
				str(this.contact), str(this.user), str(this.link), (this.bounce != null) ? this.bounce.code() : "",
				str(this.reason), String.valueOf(this.handled), str(this.name), String.valueOf(this.revenue),
				str(this.currency),
				(this.room != null) ? this.room.id() + "\u0002" + this.room.name() + "\u0002" + this.room.type() : "",
				str(this.status));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static String str(String value) {
		return (value != null) ? value : "\u0000";
	}

}
