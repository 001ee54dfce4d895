package dev.statsemulator.workspace;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.workspace.WorkspaceRepository.WorkspaceRow;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The workspace feature's facade: create, read, replace and delete workspaces, and find
 * the vendor credentials that map a caller to the one workspace it belongs to.
 */
@Service
public class WorkspaceService {

	private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

	private static final SecureRandom ISSUED_TOKENS = new SecureRandom();

	private static final Logger logger = LoggerFactory.getLogger(WorkspaceService.class);

	private final WorkspaceRepository repository;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	/** Resolved when used: vendor modules look credentials up through this service. */
	private final ObjectProvider<VendorCredentials> vendors;

	private final Clock clock = Clock.systemUTC();

	private final KeyHasher hasher;

	WorkspaceService(WorkspaceRepository repository, ApplicationEventPublisher events, JsonMapper json,
			ObjectProvider<VendorCredentials> vendors, KeyHasher hasher) {
		this.hasher = hasher;
		this.repository = repository;
		this.events = events;
		this.json = json;
		this.vendors = vendors;
	}

	/** The outcome of a PUT: the workspace as stored, and whether it was new. */
	public record PutResult(Workspace workspace, boolean created) {
	}

	/**
	 * Creates the workspace or replaces its settings (its events and messages stay).
	 * @throws InvalidWorkspaceException for an invalid id or settings
	 * @throws CredentialConflictException when a credential belongs to another workspace
	 */
	@Transactional
	public PutResult put(String id, WorkspaceSettings settings) {
		List<String> problems = new ArrayList<>();
		if (id == null || !ID.matcher(id).matches()) {
			problems.add("id: '" + id + "' must be 1 to 64 characters of a-z, 0-9 and -");
		}
		WorkspaceSettings given = (settings != null) ? settings : WorkspaceSettings.inTimezone(null);
		ZoneId zone = parseZone(given.timezone(), problems);
		CredentialPlan plan = CredentialPlan.of(id, given, this.vendors.orderedStream().toList(), problems, this.json,
				this.hasher);
		if (!problems.isEmpty()) {
			throw new InvalidWorkspaceException(problems);
		}
		for (CredentialRow row : plan.rows()) {
			List<String> principals = new ArrayList<>(List.of(row.principal()));
			if (row.legacyPrincipal() != null) {
				// A row an earlier version stored, not yet rewritten as a keyed hash.
				principals.add(row.legacyPrincipal());
			}
			for (String principal : principals) {
				this.repository.ownerOf(row.vendor(), row.kind(), principal)
					.filter((owner) -> !owner.equals(id))
					.ifPresent((owner) -> {
						throw new CredentialConflictException(row.describe(), owner);
					});
			}
		}
		String view = this.json.writeValueAsString(new WorkspaceSettings(zone.getId(), plan.view()));
		long now = this.clock.millis();
		Optional<WorkspaceRow> existing = this.repository.lock(id);
		boolean created = existing.isEmpty();
		try {
			if (created) {
				this.repository.insert(new WorkspaceRow(id, zone.getId(), view, true, now, now));
			}
			else {
				this.repository.update(id, zone.getId(), view, now);
				if (!existing.get().timezone().equals(zone.getId())) {
					this.events.publishEvent(new WorkspaceTimezoneChanged(id, zone));
				}
			}
			this.repository.replaceCredentials(id, plan.rows());
		}
		catch (DuplicateKeyException ex) {
			// Another workspace took one of these credentials (or this id) concurrently.
			throw new CredentialConflictException("A credential or the workspace id", "another request");
		}
		return new PutResult(require(id), created);
	}

	/**
	 * Whether the workspace exists with exactly these settings and credentials, so that a
	 * {@link #put} would change nothing (used to re-apply seed files without touching
	 * what is already there).
	 */
	public boolean isUpToDate(String id, WorkspaceSettings settings) {
		Optional<WorkspaceRow> row = this.repository.find(id);
		if (row.isEmpty() || settings == null) {
			return row.isPresent() && settings == null;
		}
		List<String> problems = new ArrayList<>();
		ZoneId zone = parseZone(settings.timezone(), problems);
		CredentialPlan plan = CredentialPlan.of(id, settings, this.vendors.orderedStream().toList(), problems,
				this.json, this.hasher);
		if (!problems.isEmpty() || !row.get().timezone().equals(zone.getId())) {
			return false;
		}
		String view = this.json.writeValueAsString(new WorkspaceSettings(zone.getId(), plan.view()));
		if (!this.json.readTree(view).equals(this.json.readTree(row.get().settings()))) {
			return false;
		}
		// As many stored credentials of each planned kind as planned (tokens a login
		// issued are of other kinds and do not count).
		Map<String, Long> planned = new HashMap<>();
		plan.rows()
			.forEach((credential) -> planned.merge(credential.vendor() + "\u0000" + credential.kind(), 1L, Long::sum));
		for (Map.Entry<String, Long> kind : planned.entrySet()) {
			String[] parts = kind.getKey().split("\u0000");
			if (this.repository.credentialCount(id, parts[0], parts[1]) != kind.getValue()) {
				return false;
			}
		}
		for (CredentialRow credential : plan.rows()) {
			Optional<WorkspaceRepository.StoredCredential> stored = this.repository.findCredential(credential.vendor(),
					credential.kind(), credential.principal());
			if (stored.isEmpty() || !stored.get().workspaceId().equals(id)
					|| !this.json.readTree(String.valueOf(credential.attributes()))
						.equals(this.json.readTree(String.valueOf(stored.get().attributes())))) {
				return false;
			}
			String password = plan.passwords().get(credential);
			boolean secretMatches = (password != null) ? Secrets.passwordMatches(password, stored.get().secretHash())
					: Objects.equals(credential.secretHash(), stored.get().secretHash());
			if (!secretMatches) {
				return false;
			}
		}
		return true;
	}

	public Optional<Workspace> find(String id) {
		return this.repository.find(id).map(this::toWorkspace);
	}

	/**
	 * @throws WorkspaceNotFoundException when there is no such workspace
	 */
	public Workspace require(String id) {
		return find(id).orElseThrow(() -> new WorkspaceNotFoundException(id));
	}

	public List<Workspace> list() {
		return this.repository.findAll().stream().map(this::toWorkspace).toList();
	}

	/**
	 * Locks the workspace row until the current transaction ends, so writes to one
	 * workspace's data are serialized (first-occurrence records and message numbers
	 * depend on it).
	 * @throws WorkspaceNotFoundException when there is no such workspace
	 */
	@Transactional
	public Workspace lockForWrite(String id) {
		return this.repository.lock(id).map(this::toWorkspace).orElseThrow(() -> new WorkspaceNotFoundException(id));
	}

	/** Deletes the workspace and, through {@link WorkspaceDeleted}, all of its data. */
	@Transactional
	public void delete(String id) {
		if (this.repository.lock(id).isEmpty()) {
			throw new WorkspaceNotFoundException(id);
		}
		this.events.publishEvent(new WorkspaceDeleted(id));
		this.repository.delete(id);
	}

	/**
	 * Whether the workspace's initial data is complete (false while the demo is being
	 * generated).
	 */
	public boolean isReady(String id) {
		return this.repository.find(id).map(WorkspaceRow::ready).orElse(false);
	}

	@Transactional
	public void setReady(String id, boolean ready) {
		this.repository.markReady(id, ready);
	}

	/**
	 * The credential a caller names, found by its name or id; the caller's secret still
	 * has to be checked ({@link Credential#passwordMatches},
	 * {@link Credential#tokenMatches}).
	 */
	public Optional<Credential> findCredential(String vendor, String kind, String name) {
		if (!isLookupable(name)) {
			return Optional.empty();
		}
		return this.repository.findCredential(vendor, kind, name).map((stored) -> toCredential(stored, vendor, kind));
	}

	/** The credential that is this token (as added by {@link SectionPlan#addToken}). */
	public Optional<Credential> findToken(String vendor, String kind, String token) {
		if (!StringUtils.hasText(token)) {
			return Optional.empty();
		}
		String keyed = this.hasher.hash(token);
		Optional<WorkspaceRepository.StoredCredential> stored = this.repository.findCredential(vendor, kind, keyed);
		if (stored.isEmpty()) {
			// Stored by an earlier version as a plain digest: rewrite it as a keyed hash.
			stored = this.repository.findCredential(vendor, kind, KeyHasher.legacyDigest(token));
			stored.ifPresent((legacy) -> upgrade(
					() -> this.repository.updatePrincipal(vendor, kind, legacy.principal(), keyed)));
		}
		return stored.map((found) -> toCredential(found, vendor, kind));
	}

	/**
	 * Rewrites a legacy digest. Best effort: a row another request rewrote or replaced
	 * meanwhile, or a busy database, leaves it for the next match.
	 */
	private void upgrade(Runnable rewrite) {
		try {
			rewrite.run();
		}
		catch (DataAccessException ex) {
			logger.debug("A legacy token digest was not rewritten this time: {}", ex.getMessage());
		}
	}

	/**
	 * Issues a new random token, as a vendor's login does, and keeps its keyed hash as an
	 * additional credential of the workspace, issued at {@code issuedAt} for
	 * {@code owner}. The owner's tokens issued before {@code dropIssuedBefore} are
	 * dropped, and of the rest only the newest {@code keepNewest} are kept (the oldest
	 * go). Tokens also end when the workspace is PUT again: a PUT replaces every
	 * credential of the workspace (as a password reset logs a user out) while configured
	 * credentials keep working.
	 * @return the token, shown only this once
	 */
	@Transactional
	public String issueToken(String workspaceId, String vendor, String kind, String owner, Map<String, ?> attributes,
			Instant issuedAt, Instant dropIssuedBefore, int keepNewest) {
		byte[] random = new byte[32];
		ISSUED_TOKENS.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.repository.insertIssuedToken(workspaceId, new CredentialRow(vendor, kind, this.hasher.hash(token), null,
				this.json.writeValueAsString(attributes), false), owner, issuedAt.toEpochMilli());
		this.repository.deleteIssuedBefore(workspaceId, vendor, kind, owner, dropIssuedBefore.toEpochMilli());
		List<String> issued = this.repository.issuedTokens(workspaceId, vendor, kind, owner);
		for (String dropped : issued.subList(Math.min(Math.max(keepNewest, 1), issued.size()), issued.size())) {
			this.repository.deleteCredential(workspaceId, vendor, kind, dropped);
		}
		return token;
	}

	/**
	 * Whether a name can be looked up at all: text without NUL characters, which no
	 * stored name has and PostgreSQL refuses in a query.
	 */
	private static boolean isLookupable(String name) {
		return StringUtils.hasText(name) && name.indexOf('\u0000') < 0;
	}

	private Credential toCredential(WorkspaceRepository.StoredCredential stored, String vendor, String kind) {
		return new Credential(stored.workspaceId(), stored.principal(),
				this.json.readTree((stored.attributes() != null) ? stored.attributes() : "{}"), stored.secretHash(),
				(stored.issuedAt() != null) ? Instant.ofEpochMilli(stored.issuedAt()) : null, this.hasher,
				(keyed) -> upgrade(() -> this.repository.updateSecretHash(vendor, kind, stored.principal(),
						stored.secretHash(), keyed)));
	}

	private Workspace toWorkspace(WorkspaceRow row) {
		return new Workspace(row.id(), ZoneId.of(row.timezone()),
				this.json.readValue(row.settings(), WorkspaceSettings.class), Instant.ofEpochMilli(row.createdAt()),
				Instant.ofEpochMilli(row.updatedAt()));
	}

	private static ZoneId parseZone(String timezone, List<String> problems) {
		if (timezone == null) {
			return ZoneId.of("UTC");
		}
		try {
			return ZoneId.of(timezone);
		}
		catch (DateTimeException ex) {
			problems.add("timezone: '" + timezone + "' is not a time zone id (use an IANA name such as Europe/Athens)");
			return ZoneId.of("UTC");
		}
	}

}
