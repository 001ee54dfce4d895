package dev.statsemulator.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How secrets are kept. Passwords are checked, never looked up, so they get bcrypt.
 * Tokens and keys are presented alone and must be looked up, so they are kept as their
 * SHA-256 digest.
 */
final class Secrets {

	/**
	 * bcrypt cost 8: still a salted slow hash, yet workspaces with many users are created
	 * quickly.
	 */
	private static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder(8);

	private Secrets() {
	}

	static String hashPassword(String password) {
		return PASSWORDS.encode(password);
	}

	static boolean passwordMatches(String password, String hash) {
		return hash != null && PASSWORDS.matches(password, hash);
	}

	static String digest(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static boolean digestMatches(String token, String digest) {
		return digest != null && MessageDigest.isEqual(digest(token).getBytes(StandardCharsets.US_ASCII),
				digest.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A hint of a secret for display: its first characters when it is long enough, never
	 * the whole.
	 */
	static String mask(String secret) {
		int shown = Math.min(4, secret.length() / 3);
		return secret.substring(0, shown) + "****";
	}

}
