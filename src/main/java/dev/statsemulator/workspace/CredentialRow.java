package dev.statsemulator.workspace;

import org.jspecify.annotations.Nullable;

/**
 * One stored credential.
 *
 * @param vendor the vendor module it belongs to ({@link VendorCredentials#vendor()})
 * @param kind what the principal is (a name, an id, a token)
 * @param principal what a caller presents to be found: a name, or the digest of a token
 * @param secretHash what the caller's secret is checked against, if anything
 * @param attributes vendor attributes as JSON
 * @param principalShown whether problems may name the principal (not for token digests)
 */
record CredentialRow(String vendor, String kind, String principal, @Nullable String secretHash,
		@Nullable String attributes, boolean principalShown) {

	String describe() {
		return this.vendor + " " + this.kind + (this.principalShown ? " '" + this.principal + "'" : "");
	}

}
