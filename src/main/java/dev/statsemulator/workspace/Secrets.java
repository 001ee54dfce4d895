package dev.statsemulator.workspace;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are kept: they are checked, never looked up, so they get bcrypt. Tokens
 * and keys are presented alone and must be looked up, so they are kept as a keyed hash
 * ({@link KeyHasher}).
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

	/**
	 * A hint of a secret for display: its first characters when it is long enough, never
	 * the whole.
	 */
	static String mask(String secret) {
		int shown = Math.min(4, secret.length() / 3);
		return secret.substring(0, shown) + "****";
	}

}
