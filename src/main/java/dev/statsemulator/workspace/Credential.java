package dev.statsemulator.workspace;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A stored credential as a vendor module sees it when it looks one up.
 */
public final class Credential {

	/**
	 * Rewrites a stored legacy digest as a keyed hash once a presented token matched it.
	 */
	@FunctionalInterface
	interface SecretUpgrade {

		void upgrade(String keyedHash);

	}

	private final String workspaceId;

	private final String principal;

	private final JsonNode attributes;

	private final @Nullable String secretHash;

	private final @Nullable Instant issuedAt;

	private final KeyHasher hasher;

	private final SecretUpgrade upgrade;

	Credential(String workspaceId, String principal, JsonNode attributes, @Nullable String secretHash,
			@Nullable Instant issuedAt, KeyHasher hasher, SecretUpgrade upgrade) {
		this.workspaceId = workspaceId;
		this.principal = principal;
		this.attributes = attributes;
		this.secretHash = secretHash;
		this.issuedAt = issuedAt;
		this.hasher = hasher;
		this.upgrade = upgrade;
	}

	/** The one workspace it belongs to. */
	public String workspaceId() {
		return this.workspaceId;
	}

	/** What it was found by: a name, or a token's keyed hash. */
	public String principal() {
		return this.principal;
	}

	/** The attributes the vendor stored with it. */
	public JsonNode attributes() {
		return this.attributes;
	}

	/**
	 * When a token issued by a vendor login was issued (emulator time); null otherwise.
	 */
	public @Nullable Instant issuedAt() {
		return this.issuedAt;
	}

	/** Whether {@code password} is this credential's password. */
	public boolean passwordMatches(String password) {
		return Secrets.passwordMatches(password, this.secretHash);
	}

	/** Whether {@code token} is this credential's token. */
	public boolean tokenMatches(String token) {
		if (!this.hasher.matches(token, this.secretHash)) {
			return false;
		}
		if (KeyHasher.isLegacy(this.secretHash)) {
			this.upgrade.upgrade(this.hasher.hash(token));
		}
		return true;
	}

}
