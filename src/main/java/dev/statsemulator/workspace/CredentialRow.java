package dev.statsemulator.workspace;

/**
 * One stored credential.
 *
 * @param vendor tellody, getresponse, rocketchat or pushwoosh
 * @param kind what the principal is (username, api-key, user-id, token)
 * @param principal what a caller presents to be found: a name, or the digest of a token
 * @param secretHash what the caller's secret is checked against, if anything
 * @param attributes vendor attributes as JSON
 */
record CredentialRow(String vendor, String kind, String principal, String secretHash, String attributes) {

	String describe() {
		return this.vendor + " " + this.kind
				+ ("api-key".equals(this.kind) || "token".equals(this.kind) ? "" : " '" + this.principal + "'");
	}

}
