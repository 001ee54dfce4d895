package dev.statsemulator.workspace;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workspace and credential rows. */
@Repository
class WorkspaceRepository {

	private final JdbcClient jdbc;

	WorkspaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record WorkspaceRow(String id, String timezone, String settings, boolean ready, long createdAt, long updatedAt) {
	}

	Optional<WorkspaceRow> find(String id) {
		return this.jdbc.sql("SELECT id, timezone, settings, ready, created_at, updated_at FROM workspace WHERE id = ?")
			.param(id)
			.query(WorkspaceRow.class)
			.optional();
	}

	Optional<WorkspaceRow> lock(String id) {
		return this.jdbc
			.sql("SELECT id, timezone, settings, ready, created_at, updated_at FROM workspace WHERE id = ? FOR UPDATE")
			.param(id)
			.query(WorkspaceRow.class)
			.optional();
	}

	List<WorkspaceRow> findAll() {
		return this.jdbc.sql("SELECT id, timezone, settings, ready, created_at, updated_at FROM workspace ORDER BY id")
			.query(WorkspaceRow.class)
			.list();
	}

	void insert(WorkspaceRow row) {
		this.jdbc.sql(
				"INSERT INTO workspace (id, timezone, settings, ready, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(row.id(), row.timezone(), row.settings(), row.ready(), row.createdAt(), row.updatedAt())
			.update();
	}

	void update(String id, String timezone, String settings, long updatedAt) {
		this.jdbc.sql("UPDATE workspace SET timezone = ?, settings = ?, updated_at = ? WHERE id = ?")
			.params(timezone, settings, updatedAt, id)
			.update();
	}

	void markReady(String id, boolean ready) {
		this.jdbc.sql("UPDATE workspace SET ready = ? WHERE id = ?").params(ready, id).update();
	}

	void delete(String id) {
		this.jdbc.sql("DELETE FROM credential WHERE workspace_id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM workspace WHERE id = ?").param(id).update();
	}

	Optional<String> ownerOf(String vendor, String kind, String principal) {
		return this.jdbc.sql("SELECT workspace_id FROM credential WHERE vendor = ? AND kind = ? AND principal = ?")
			.params(vendor, kind, principal)
			.query(String.class)
			.optional();
	}

	Optional<StoredCredential> findCredential(String vendor, String kind, String principal) {
		return this.jdbc.sql("""
				SELECT workspace_id, principal, secret_hash, attributes, issued_at FROM credential
				WHERE vendor = ? AND kind = ? AND principal = ?""")
			.params(vendor, kind, principal)
			.query(StoredCredential.class)
			.optional();
	}

	void replaceCredentials(String workspaceId, List<CredentialRow> rows) {
		this.jdbc.sql("DELETE FROM credential WHERE workspace_id = ?").param(workspaceId).update();
		for (CredentialRow row : rows) {
			this.jdbc.sql("""
					INSERT INTO credential (workspace_id, vendor, kind, principal, secret_hash, attributes)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(workspaceId, row.vendor(), row.kind(), row.principal(), row.secretHash(), row.attributes())
				.update();
		}
	}

	/**
	 * Adds one credential to a workspace without touching its others (tokens issued by a
	 * vendor login).
	 */
	void insertCredential(String workspaceId, CredentialRow row) {
		this.jdbc.sql("""
				INSERT INTO credential (workspace_id, vendor, kind, principal, secret_hash, attributes)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(workspaceId, row.vendor(), row.kind(), row.principal(), row.secretHash(), row.attributes())
			.update();
	}

	/** How many credentials of one vendor and kind the workspace has. */
	int credentialCount(String workspaceId, String vendor, String kind) {
		return this.jdbc.sql("SELECT COUNT(*) FROM credential WHERE workspace_id = ? AND vendor = ? AND kind = ?")
			.params(workspaceId, vendor, kind)
			.query(Integer.class)
			.single();
	}

	/**
	 * Adds a token a vendor login issued for {@code owner}, numbered after the owner's
	 * earlier ones.
	 */
	void insertIssuedToken(String workspaceId, CredentialRow row, String owner, long issuedAt) {
		// Two statements: Citus takes no subquery in an INSERT (credential is a reference
		// table there).
		Long last = this.jdbc.sql("""
				SELECT MAX(issued_serial) FROM credential
				WHERE workspace_id = ? AND vendor = ? AND kind = ? AND owner = ?""")
			.params(workspaceId, row.vendor(), row.kind(), owner)
			.query(Long.class)
			.optional()
			.orElse(null);
		this.jdbc
			.sql("""
					INSERT INTO credential (workspace_id, vendor, kind, principal, secret_hash, attributes, owner, issued_at,
					    issued_serial)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(workspaceId, row.vendor(), row.kind(), row.principal(), row.secretHash(), row.attributes(), owner,
					issuedAt, ((last != null) ? last : 0) + 1)
			.update();
	}

	/** The principals of the tokens issued for {@code owner}, newest first. */
	List<String> issuedTokens(String workspaceId, String vendor, String kind, String owner) {
		return this.jdbc.sql("""
				SELECT principal FROM credential WHERE workspace_id = ? AND vendor = ? AND kind = ? AND owner = ?
				ORDER BY issued_serial DESC, principal""")
			.params(workspaceId, vendor, kind, owner)
			.query(String.class)
			.list();
	}

	/** Drops the owner's issued tokens issued before {@code before} (epoch ms). */
	int deleteIssuedBefore(String workspaceId, String vendor, String kind, String owner, long before) {
		return this.jdbc.sql("""
				DELETE FROM credential WHERE workspace_id = ? AND vendor = ? AND kind = ? AND owner = ?
				AND issued_at < ?""").params(workspaceId, vendor, kind, owner, before).update();
	}

	void deleteCredential(String workspaceId, String vendor, String kind, String principal) {
		this.jdbc.sql("DELETE FROM credential WHERE workspace_id = ? AND vendor = ? AND kind = ? AND principal = ?")
			.params(workspaceId, vendor, kind, principal)
			.update();
	}

	/** Rewrites a token's legacy digest principal as its keyed hash. */
	int updatePrincipal(String vendor, String kind, String legacy, String keyed) {
		return this.jdbc.sql("UPDATE credential SET principal = ? WHERE vendor = ? AND kind = ? AND principal = ?")
			.params(keyed, vendor, kind, legacy)
			.update();
	}

	/** Rewrites a legacy digest secret as its keyed hash. */
	int updateSecretHash(String vendor, String kind, String principal, String legacy, String keyed) {
		return this.jdbc.sql("""
				UPDATE credential SET secret_hash = ? WHERE vendor = ? AND kind = ? AND principal = ?
				AND secret_hash = ?""").params(keyed, vendor, kind, principal, legacy).update();
	}

	record StoredCredential(String workspaceId, String principal, String secretHash, String attributes,
			@Nullable Long issuedAt) {
	}

}
