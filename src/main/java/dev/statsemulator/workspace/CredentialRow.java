package dev.statsemulator.workspace;

import org.jspecify.annotations.Nullable;

/**
 * One stored credential.
 *
 * @param vendor the vendor module it belongs to ({@link VendorCredentials#vendor()})
 * @param kind what the principal is (a name, an id, a token)
 * @param principal what a caller presents to be found: a name, or the keyed hash of a
 * token
 * @param secretHash what the caller's secret is checked against, if anything
 * @param attributes vendor attributes as JSON
 * @param principalShown whether problems may name the principal (not for token hashes)
 * @param legacyPrincipal for a token, the plain SHA-256 digest earlier versions stored as
 * its principal (to find a conflicting row not yet rewritten)
 */
record CredentialRow(String vendor, String kind, String principal, @Nullable String secretHash,
		@Nullable String attributes, boolean principalShown, @Nullable String legacyPrincipal) {

	CredentialRow(String vendor, String kind, String principal, @Nullable String secretHash,
			@Nullable String attributes, boolean principalShown) {
		this(vendor, kind, principal, secretHash, attributes, principalShown, null);
	}

	String describe() {
		return this.vendor + " " + this.kind + (this.principalShown ? " '" + this.principal + "'" : "");
	}

}
