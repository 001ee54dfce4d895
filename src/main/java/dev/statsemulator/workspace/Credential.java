package dev.statsemulator.workspace;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A stored credential as a vendor module sees it when it looks one up.
 *
 * @param workspaceId the one workspace it belongs to
 * @param principal what it was found by: a name, or a token's digest
 * @param attributes the attributes the vendor stored with it
 * @param secretHash what a presented secret is checked against
 */
public record Credential(String workspaceId, String principal, JsonNode attributes, @Nullable String secretHash) {

	/** Whether {@code password} is this credential's password. */
	public boolean passwordMatches(String password) {
		return Secrets.passwordMatches(password, this.secretHash);
	}

	/** Whether {@code token} is this credential's token. */
	public boolean tokenMatches(String token) {
		return Secrets.digestMatches(token, this.secretHash);
	}

}
