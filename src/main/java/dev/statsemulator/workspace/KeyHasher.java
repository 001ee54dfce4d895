package dev.statsemulator.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.startup.DataDirectorySecret;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How tokens and keys are kept: as HMAC-SHA256 with a secret of this installation, so a
 * copy of the database alone does not let anyone test guesses of a key offline. The
 * secret is {@code emulator.key-hash.secret} when configured, else the one kept in
 * {@code <data-dir>/key-hash-secret} (made on first start, readable by its owner only).
 * <p>
 * A keyed hash is written as {@code h1:} and 64 hex digits. Rows written before it are
 * the token's plain SHA-256 (64 hex digits, no prefix): they still match, and the
 * workspace service rewrites them as keyed hashes when they do.
 */
@Component
class KeyHasher {

	static final String FILE_NAME = "key-hash-secret";

	static final String PREFIX = "h1:";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Logger logger = LoggerFactory.getLogger(KeyHasher.class);

	private final SecretKeySpec key;

	@Autowired
	KeyHasher(WorkspaceProperties properties, EmulatorProperties emulator) {
		this(secret(properties, emulator));
	}

	KeyHasher(byte[] secret) {
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	/** The keyed hash of a token, as stored. */
	String hash(String token) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** The unsalted SHA-256 digest that earlier versions stored. */
	static String legacyDigest(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Whether a stored value is an earlier version's plain digest. */
	static boolean isLegacy(@Nullable String stored) {
		return stored != null && !stored.startsWith(PREFIX);
	}

	/** Whether {@code token} is the one whose hash (keyed, or legacy) is stored. */
	boolean matches(String token, @Nullable String stored) {
		if (stored == null) {
			return false;
		}
		String expected = isLegacy(stored) ? legacyDigest(token) : hash(token);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				stored.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] secret(WorkspaceProperties properties, EmulatorProperties emulator) {
		if (StringUtils.hasText(properties.secret())) {
			return properties.secret().getBytes(StandardCharsets.UTF_8);
		}
		Path file = Path.of(emulator.dataDir()).resolve(FILE_NAME).normalize();
		DataDirectorySecret secret = DataDirectorySecret.readOrCreate(file, 32);
		if (secret.generated()) {
			logger.info("Keys and tokens are stored as HMAC-SHA256 with the secret generated now in {} (readable by "
					+ "you only; keep it with the database, or set emulator.key-hash.secret)", file);
		}
		return secret.value().getBytes(StandardCharsets.UTF_8);
	}

}
