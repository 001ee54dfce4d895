package dev.statsemulator.tellody;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.workspace.Credential;
import dev.statsemulator.workspace.SectionPlan;
import dev.statsemulator.workspace.VendorCredentials;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Tellody's section of the workspace JSON, {@code "tellody": {"users": [...]}}: logins
 * checked with a password, and the look-ups of those logins.
 */
@Component
@Order(1)
class TellodyCredentials implements VendorCredentials {

	private static final String VENDOR = "tellody";

	private static final String USERNAME = "username";

	private final WorkspaceService workspaces;

	TellodyCredentials(WorkspaceService workspaces) {
		this.workspaces = workspaces;
	}

	/** The section as PUT, and as shown (without passwords). */
	record Section(@Nullable List<User> users) {
	}

	/**
	 * @param username login name
	 * @param password login password (stored hashed)
	 * @param email shown by UserInfo (default: the username if it is an address)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record User(@Nullable String username, @Nullable String password, @Nullable String email) {
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
			String field = "tellody.users[" + i + "]";
			if (user == null || !StringUtils.hasText(user.username()) || !StringUtils.hasText(user.password())) {
				plan.problem(field, "username and password are required");
				continue;
			}
			String email = StringUtils.hasText(user.email()) ? user.email()
					: (user.username().contains("@") ? user.username() : user.username() + "@example.com");
			plan.addPassword(field, USERNAME, user.username(), user.password(),
					Map.of("email", email, "userId", numericId(plan.workspaceId(), user.username())));
			users.add(new User(user.username(), null, email));
		}
		return new Section(users);
	}

	/** The login whose username and password these are. */
	Optional<TellodyAccount> authenticate(@Nullable String username, @Nullable String password) {
		if (!StringUtils.hasText(username) || password == null) {
			return Optional.empty();
		}
		return this.workspaces.findCredential(VENDOR, USERNAME, username)
			.filter((credential) -> credential.passwordMatches(password))
			.map((credential) -> toAccount(credential, username));
	}

	/**
	 * The user {@code username} as currently configured, without checking a password: for
	 * a signed remember-me cookie or a session, which must still name an existing user of
	 * the same workspace.
	 */
	Optional<TellodyAccount> account(@Nullable String username) {
		if (!StringUtils.hasText(username)) {
			return Optional.empty();
		}
		return this.workspaces.findCredential(VENDOR, USERNAME, username)
			.map((credential) -> toAccount(credential, username));
	}

	private static TellodyAccount toAccount(Credential credential, String username) {
		return new TellodyAccount(credential.workspaceId(), username, credential.attributes().path("email").asString(),
				credential.attributes().path("userId").asLong());
	}

	/** A stable numeric id for a user, as Tellody shows numeric user ids. */
	private static long numericId(String workspaceId, String username) {
		CRC32 crc = new CRC32();
		crc.update((workspaceId + "/" + username).getBytes(StandardCharsets.UTF_8));
		return 100_000 + (crc.getValue() % 900_000);
	}

}
