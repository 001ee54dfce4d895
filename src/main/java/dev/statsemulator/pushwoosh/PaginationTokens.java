package dev.statsemulator.pushwoosh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.statsemulator.eventstore.EventCursor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * getMessageLog's pagination tokens: opaque, base64url of the last event's position
 * ({@link EventCursor}: time, and rank among the listed events of that millisecond) and
 * an HMAC over that position and the request's filters. So a token is only good for the
 * filters it was issued for, and cannot be forged; it names no storage detail, so a
 * workspace imported from a snapshot issues the same tokens as its original; the HMAC key
 * comes from {@code emulator.pushwoosh.pagination-secret}, or is random per start.
 */
@Component
class PaginationTokens {

	private static final int POSITION_BYTES = 16;

	private static final int MAC_BYTES = 16;

	private final SecretKeySpec key;

	@Autowired
	PaginationTokens(PushwooshProperties properties) {
		this(properties.paginationSecret());
	}

	PaginationTokens(String secret) {
		byte[] material;
		if (secret.isEmpty()) {
			material = new byte[32];
			new SecureRandom().nextBytes(material);
		}
		else {
			material = secret.getBytes(StandardCharsets.UTF_8);
		}
		this.key = new SecretKeySpec(material, "HmacSHA256");
	}

	/** A token for the page after {@code last}, valid with these filters only. */
	String issue(EventCursor last, String filters) {
		byte[] position = ByteBuffer.allocate(POSITION_BYTES).putLong(last.atMillis()).putLong(last.rank()).array();
		byte[] token = ByteBuffer.allocate(POSITION_BYTES + MAC_BYTES)
			.put(position)
			.put(mac(position, filters))
			.array();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

	/**
	 * The position a token continues after.
	 * @throws PushwooshException (400) for a token that was not issued for these filters
	 */
	EventCursor read(String token, String filters) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(token.trim());
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (bytes.length != POSITION_BYTES + MAC_BYTES) {
			throw invalid();
		}
		byte[] position = Arrays.copyOf(bytes, POSITION_BYTES);
		byte[] presented = Arrays.copyOfRange(bytes, POSITION_BYTES, bytes.length);
		if (!MessageDigest.isEqual(presented, mac(position, filters))) {
			throw invalid();
		}
		ByteBuffer buffer = ByteBuffer.wrap(position);
		return new EventCursor(buffer.getLong(), buffer.getLong());
	}

	private byte[] mac(byte[] position, String filters) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(position);
			mac.update(filters.getBytes(StandardCharsets.UTF_8));
			return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static PushwooshException invalid() {
		return PushwooshException
			.badRequest("invalid pagination_token: it does not belong to this query (same filters required)");
	}

}
