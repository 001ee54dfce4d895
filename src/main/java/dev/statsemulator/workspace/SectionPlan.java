package dev.statsemulator.workspace;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@link VendorCredentials} builds its credentials with while a workspace is PUT:
 * secrets are hashed here (passwords with bcrypt, tokens as their keyed hash), names are
 * checked for width and uniqueness, and problems are collected for one answer.
 */
public final class SectionPlan {

	/** The widths of the credential table's columns. */
	private static final int MAX_NAME = 200;

	private static final int MAX_ATTRIBUTES = 10_000;

	private final String workspaceId;

	private final String vendor;

	private final List<CredentialRow> rows;

	private final Set<String> seen;

	private final List<String> problems;

	private final JsonMapper json;

	private final Map<CredentialRow, String> passwords;

	private final KeyHasher hasher;

	SectionPlan(String workspaceId, String vendor, List<CredentialRow> rows, Set<String> seen, List<String> problems,
			JsonMapper json, Map<CredentialRow, String> passwords, KeyHasher hasher) {
		this.passwords = passwords;
		this.hasher = hasher;
		this.workspaceId = workspaceId;
		this.vendor = vendor;
		this.rows = rows;
		this.seen = seen;
		this.problems = problems;
		this.json = json;
	}

	/** The workspace being PUT (its id may itself be invalid). */
	public String workspaceId() {
		return this.workspaceId;
	}

	/**
	 * Reads the section strictly (an unknown field is an error, as everywhere in the
	 * control API).
	 * @throws InvalidSectionException when the section does not fit the type
	 */
	public <T> T read(JsonNode section, Class<T> type) {
		try {
			return this.json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(section);
		}
		catch (JacksonException ex) {
			StringBuilder path = new StringBuilder(this.vendor);
			for (JacksonException.Reference reference : ex.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append('.').append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			throw new InvalidSectionException(ex.getOriginalMessage() + " (at " + path + ")");
		}
	}

	/** Reports an invalid entry: {@code field} names it as the caller wrote it. */
	public void problem(String field, String message) {
		this.problems.add(field + ": " + message);
	}

	/**
	 * A credential found by its name and checked with a password (kept as bcrypt hash).
	 */
	public void addPassword(String field, String kind, String name, String password, Map<String, ?> attributes) {
		CredentialRow row = new CredentialRow(this.vendor, kind, name, Secrets.hashPassword(password),
				attributes(attributes), true);
		this.passwords.put(row, password);
		add(field, row);
	}

	/**
	 * A credential found by its name and checked with a token (kept as its keyed hash).
	 */
	public void addNameWithToken(String field, String kind, String name, String token, Map<String, ?> attributes) {
		add(field, new CredentialRow(this.vendor, kind, name, this.hasher.hash(token), attributes(attributes), true));
	}

	/**
	 * A credential that is a token alone: found by the token's keyed hash, never shown.
	 */
	public void addToken(String field, String kind, String token, Map<String, ?> attributes) {
		add(field, new CredentialRow(this.vendor, kind, this.hasher.hash(token), null, attributes(attributes), false,
				KeyHasher.legacyDigest(token)));
	}

	/**
	 * A hint of a secret for display: its first characters when it is long enough, never
	 * the whole.
	 */
	public static String mask(String secret) {
		return Secrets.mask(secret);
	}

	private void add(String field, CredentialRow row) {
		if (row.principal().length() > MAX_NAME) {
			problem(field, "names and ids are at most " + MAX_NAME + " characters");
		}
		if (row.attributes() != null && row.attributes().length() > MAX_ATTRIBUTES) {
			problem(field, "too many permissions or applications");
		}
		if (!this.seen.add(row.vendor() + "/" + row.kind() + "/" + row.principal())) {
			problem(field, row.describe() + " appears twice");
		}
		this.rows.add(row);
	}

	private String attributes(Map<String, ?> values) {
		return this.json.writeValueAsString(values);
	}

}
