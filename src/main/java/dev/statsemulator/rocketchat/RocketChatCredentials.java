package dev.statsemulator.rocketchat;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.workspace.Credential;
import dev.statsemulator.workspace.SectionPlan;
import dev.statsemulator.workspace.VendorCredentials;
import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Rocket.Chat's section of the workspace JSON, {@code "rocketchat": {"license": ...,
 * "users": [...]}}: users with an X-User-Id and X-Auth-Token and optionally a login, the
 * tokens that login issues, and the look-ups of all of them.
 */
@Component
@Order(3)
class RocketChatCredentials implements VendorCredentials {

	private static final String VENDOR = "rocketchat";

	private static final String USER_ID = "user-id";

	private static final String USERNAME = "username";

	/** The credential kind of tokens issued by POST /api/v1/login. */
	private static final String LOGIN_TOKEN = "login-token";

	private final WorkspaceService workspaces;

	private final EmulatorClock clock;

	private final RocketChatProperties properties;

	RocketChatCredentials(WorkspaceService workspaces, EmulatorClock clock, RocketChatProperties properties) {
		this.workspaces = workspaces;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * @param license whether the workspace has the enterprise license (default true)
	 * @param users users that can call the API
	 */
	record Section(@Nullable Boolean license, @Nullable List<User> users) {
	}

	/**
	 * @param userId value of the X-User-Id header
	 * @param authToken value of the X-Auth-Token header (stored hashed)
	 * @param username login name for POST /api/v1/login
	 * @param password login password (stored hashed)
	 * @param permissions e.g. view-engagement-dashboard
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record User(@Nullable String userId, @Nullable String authToken, @Nullable String username,
			@Nullable String password, @Nullable List<String> permissions) {
	}

	@Override
	public String vendor() {
		return VENDOR;
	}

	@Override
	public Object plan(JsonNode json, SectionPlan plan) {
		Section section = plan.read(json, Section.class);
		List<User> users = new ArrayList<>();
		List<User> given = (section.users() != null) ? section.users() : List.of();
		for (int i = 0; i < given.size(); i++) {
			User user = given.get(i);
			String field = "rocketchat.users[" + i + "]";
			if (user == null || !StringUtils.hasText(user.userId()) || !StringUtils.hasText(user.authToken())) {
				plan.problem(field, "userId and authToken are required");
				continue;
			}
			if (StringUtils.hasText(user.username()) != StringUtils.hasText(user.password())) {
				plan.problem(field, "give both username and password, or neither");
				continue;
			}
			List<String> permissions = (user.permissions() != null) ? user.permissions() : List.of();
			Map<String, Object> attributes = new LinkedHashMap<>();
			attributes.put("username", user.username());
			attributes.put("permissions", permissions);
			plan.addNameWithToken(field, USER_ID, user.userId(), user.authToken(), attributes);
			if (StringUtils.hasText(user.username())) {
				plan.addPassword(field, USERNAME, user.username(), user.password(), Map.of("userId", user.userId()));
			}
			users.add(new User(user.userId(), null, user.username(), null, permissions));
		}
		boolean license = !Boolean.FALSE.equals(section.license());
		return new Section(license, users);
	}

	/** Whether the workspace holds the enterprise license (the default). */
	static boolean licensed(Workspace workspace) {
		JsonNode section = workspace.settings().section(VENDOR);
		return section == null || !section.path("license").isBoolean() || section.path("license").booleanValue();
	}

	/**
	 * The user whose X-User-Id and X-Auth-Token these are: the user's configured token,
	 * or one issued by {@link #issueLoginToken}.
	 */
	Optional<RocketChatAccount> byToken(@Nullable String userId, @Nullable String authToken) {
		if (!StringUtils.hasText(userId) || !StringUtils.hasText(authToken)) {
			return Optional.empty();
		}
		return this.workspaces.findCredential(VENDOR, USER_ID, userId)
			.filter((user) -> user.tokenMatches(authToken) || isLoginTokenOf(user, userId, authToken))
			.map((user) -> toAccount(user, userId));
	}

	/**
	 * Issues a new random auth token for the user, as Rocket.Chat's login does. It works
	 * for {@code emulator.rocketchat.login-expiration} on the emulator clock (then it
	 * fails as an unknown token), while the user keeps at most
	 * {@code emulator.rocketchat.max-login-tokens} (the oldest go); and until the
	 * workspace is PUT again, while the configured authToken keeps working.
	 * @return the token, shown only this once
	 */
	String issueLoginToken(RocketChatAccount account) {
		Instant now = this.clock.now();
		return this.workspaces.issueToken(account.workspaceId(), VENDOR, LOGIN_TOKEN, account.userId(),
				Map.of("userId", account.userId()), now, oldestValid(now), this.properties.maxLoginTokens());
	}

	private boolean isLoginTokenOf(Credential user, String userId, String authToken) {
		return this.workspaces.findToken(VENDOR, LOGIN_TOKEN, authToken)
			.filter((token) -> token.workspaceId().equals(user.workspaceId()))
			.filter((token) -> userId.equals(token.attributes().path("userId").asString(null)))
			.filter((token) -> token.issuedAt() == null || !token.issuedAt().isBefore(oldestValid(this.clock.now())))
			.isPresent();
	}

	/**
	 * The issue time of the oldest token still valid now: as the server's token expiry, a
	 * token issued exactly {@code login-expiration} ago still works.
	 */
	private Instant oldestValid(Instant now) {
		try {
			return now.minus(this.properties.loginExpiration());
		}
		catch (DateTimeException | ArithmeticException ex) {
			return Instant.MIN;
		}
	}

	/** The stored login of this name, if the name is a user's login name. */
	Optional<Credential> login(@Nullable String username) {
		if (!StringUtils.hasText(username)) {
			return Optional.empty();
		}
		return this.workspaces.findCredential(VENDOR, USERNAME, username);
	}

	/** The user whose login name and password these are. */
	Optional<RocketChatAccount> authenticate(@Nullable String username, @Nullable String password) {
		return authenticate(login(username), password);
	}

	/** The user whose stored login this is, if the password is the login's. */
	Optional<RocketChatAccount> authenticate(Optional<Credential> stored, @Nullable String password) {
		if (password == null) {
			return Optional.empty();
		}
		return stored.filter((login) -> login.passwordMatches(password)).flatMap((login) -> {
			String userId = login.attributes().path("userId").asString();
			return this.workspaces.findCredential(VENDOR, USER_ID, userId).map((user) -> toAccount(user, userId));
		});
	}

	private static RocketChatAccount toAccount(Credential user, String userId) {
		List<String> permissions = new ArrayList<>();
		user.attributes().path("permissions").forEach((permission) -> permissions.add(permission.asString()));
		return new RocketChatAccount(user.workspaceId(), userId, user.attributes().path("username").asString(null),
				List.copyOf(permissions));
	}

}
