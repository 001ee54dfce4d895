package dev.statsemulator.workspace;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.workspace.Accounts.PushwooshAccess;
import dev.statsemulator.workspace.Accounts.RocketChatAccount;
import dev.statsemulator.workspace.Accounts.TellodyAccount;
import dev.statsemulator.workspace.WorkspaceRepository.WorkspaceRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The workspace feature's facade: create, read, replace and delete workspaces, and
 * resolve a vendor credential to the one workspace it belongs to.
 */
@Service
public class WorkspaceService {

	private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

	/** The credential kind of tokens issued by Rocket.Chat's POST /api/v1/login. */
	private static final String ROCKETCHAT_LOGIN_TOKEN = "login-token";

	private static final SecureRandom LOGIN_TOKENS = new SecureRandom();

	private final WorkspaceRepository repository;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	WorkspaceService(WorkspaceRepository repository, ApplicationEventPublisher events, JsonMapper json) {
		this.repository = repository;
		this.events = events;
		this.json = json;
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
		WorkspaceSettings given = (settings != null) ? settings : new WorkspaceSettings(null, null, null, null, null);
		ZoneId zone = parseZone(given.timezone(), problems);
		CredentialPlan plan = CredentialPlan.of(id, given, problems);
		if (!problems.isEmpty()) {
			throw new InvalidWorkspaceException(problems);
		}
		for (CredentialRow row : plan.rows()) {
			this.repository.ownerOf(row.vendor(), row.kind(), row.principal())
				.filter((owner) -> !owner.equals(id))
				.ifPresent((owner) -> {
					throw new CredentialConflictException(row.describe(), owner);
				});
		}
		String view = this.json.writeValueAsString(new WorkspaceSettings(zone.getId(), plan.view().tellody(),
				plan.view().getresponse(), plan.view().rocketchat(), plan.view().pushwoosh()));
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
		CredentialPlan plan = CredentialPlan.of(id, settings, problems);
		if (!problems.isEmpty() || !row.get().timezone().equals(zone.getId())) {
			return false;
		}
		String view = this.json.writeValueAsString(new WorkspaceSettings(zone.getId(), plan.view().tellody(),
				plan.view().getresponse(), plan.view().rocketchat(), plan.view().pushwoosh()));
		if (!this.json.readTree(view).equals(this.json.readTree(row.get().settings()))
				|| this.repository.credentialCount(id, ROCKETCHAT_LOGIN_TOKEN) != plan.rows().size()) {
			return false;
		}
		Map<String, String> passwords = new java.util.HashMap<>();
		if (settings.tellody() != null && settings.tellody().users() != null) {
			settings.tellody().users().forEach((user) -> passwords.put("tellody/" + user.username(), user.password()));
		}
		if (settings.rocketchat() != null && settings.rocketchat().users() != null) {
			settings.rocketchat()
				.users()
				.forEach((user) -> passwords.put("rocketchat/" + user.username(), user.password()));
		}
		for (CredentialRow planned : plan.rows()) {
			Optional<WorkspaceRepository.StoredCredential> stored = this.repository.findCredential(planned.vendor(),
					planned.kind(), planned.principal());
			if (stored.isEmpty() || !stored.get().workspaceId().equals(id)
					|| !this.json.readTree(String.valueOf(planned.attributes()))
						.equals(this.json.readTree(String.valueOf(stored.get().attributes())))) {
				return false;
			}
			boolean secretMatches = "username".equals(planned.kind())
					? Secrets.passwordMatches(passwords.get(planned.vendor() + "/" + planned.principal()),
							stored.get().secretHash())
					: java.util.Objects.equals(planned.secretHash(), stored.get().secretHash());
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

	public Optional<String> workspaceForGetResponseKey(String apiKey) {
		if (!StringUtils.hasText(apiKey)) {
			return Optional.empty();
		}
		return this.repository.findCredential("getresponse", "api-key", Secrets.digest(apiKey))
			.map(WorkspaceRepository.StoredCredential::workspaceId);
	}

	public Optional<TellodyAccount> authenticateTellody(String username, String password) {
		if (!StringUtils.hasText(username) || password == null) {
			return Optional.empty();
		}
		return this.repository.findCredential("tellody", "username", username)
			.filter((stored) -> Secrets.passwordMatches(password, stored.secretHash()))
			.map((stored) -> toTellodyAccount(stored, username));
	}

	/**
	 * The Tellody user {@code username} as currently configured, without checking a
	 * password: for a signed remember-me cookie, which must still name an existing user
	 * of the same workspace.
	 */
	public Optional<TellodyAccount> tellodyAccount(String username) {
		if (!StringUtils.hasText(username)) {
			return Optional.empty();
		}
		return this.repository.findCredential("tellody", "username", username)
			.map((stored) -> toTellodyAccount(stored, username));
	}

	private TellodyAccount toTellodyAccount(WorkspaceRepository.StoredCredential stored, String username) {
		JsonNode attributes = this.json.readTree(stored.attributes());
		return new TellodyAccount(stored.workspaceId(), username, attributes.path("email").asString(),
				attributes.path("userId").asLong());
	}

	/**
	 * The Rocket.Chat user whose X-User-Id and X-Auth-Token these are: the user's
	 * configured token, or one issued by {@link #issueRocketChatLoginToken}.
	 */
	public Optional<RocketChatAccount> rocketChatByToken(String userId, String authToken) {
		if (!StringUtils.hasText(userId) || !StringUtils.hasText(authToken)) {
			return Optional.empty();
		}
		return this.repository.findCredential("rocketchat", "user-id", userId)
			.filter((stored) -> Secrets.digestMatches(authToken, stored.secretHash())
					|| isLoginTokenOf(stored, userId, authToken))
			.map((stored) -> toRocketChatAccount(stored.workspaceId(), userId, stored.attributes()));
	}

	/**
	 * Issues a new random auth token for the user, as Rocket.Chat's login does, and keeps
	 * its SHA-256 digest as an additional credential of the user's workspace. The token
	 * works until the workspace is PUT again: a PUT replaces every credential of the
	 * workspace, so issued login tokens end with it (as a password reset logs a
	 * Rocket.Chat user out) while the configured authToken keeps working.
	 * @return the token, shown only this once
	 */
	@Transactional
	public String issueRocketChatLoginToken(RocketChatAccount account) {
		byte[] random = new byte[32];
		LOGIN_TOKENS.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.repository.insertCredential(account.workspaceId(), new CredentialRow("rocketchat", ROCKETCHAT_LOGIN_TOKEN,
				Secrets.digest(token), null, this.json.writeValueAsString(Map.of("userId", account.userId()))));
		return token;
	}

	private boolean isLoginTokenOf(WorkspaceRepository.StoredCredential user, String userId, String authToken) {
		return this.repository.findCredential("rocketchat", ROCKETCHAT_LOGIN_TOKEN, Secrets.digest(authToken))
			.filter((token) -> token.workspaceId().equals(user.workspaceId()))
			.filter((token) -> userId.equals(this.json.readTree(token.attributes()).path("userId").asString(null)))
			.isPresent();
	}

	public Optional<RocketChatAccount> authenticateRocketChat(String username, String password) {
		if (!StringUtils.hasText(username) || password == null) {
			return Optional.empty();
		}
		return this.repository.findCredential("rocketchat", "username", username)
			.filter((stored) -> Secrets.passwordMatches(password, stored.secretHash()))
			.flatMap((stored) -> {
				String userId = this.json.readTree(stored.attributes()).path("userId").asString();
				return this.repository.findCredential("rocketchat", "user-id", userId)
					.map((user) -> toRocketChatAccount(user.workspaceId(), userId, user.attributes()));
			});
	}

	public Optional<PushwooshAccess> pushwooshToken(String token) {
		if (!StringUtils.hasText(token)) {
			return Optional.empty();
		}
		return this.repository.findCredential("pushwoosh", "token", Secrets.digest(token)).map((stored) -> {
			Set<String> applications = new HashSet<>();
			this.json.readTree(stored.attributes())
				.path("applications")
				.forEach((app) -> applications.add(app.asString()));
			return new PushwooshAccess(stored.workspaceId(), Set.copyOf(applications));
		});
	}

	private RocketChatAccount toRocketChatAccount(String workspaceId, String userId, String attributesJson) {
		JsonNode attributes = this.json.readTree(attributesJson);
		List<String> permissions = new ArrayList<>();
		attributes.path("permissions").forEach((permission) -> permissions.add(permission.asString()));
		return new RocketChatAccount(workspaceId, userId, attributes.path("username").asString(null),
				List.copyOf(permissions));
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
