package dev.statsemulator.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.StringUtils;

/**
 * The credential rows and the public view derived from settings, validated on the way.
 */
record CredentialPlan(List<CredentialRow> rows, WorkspaceSettings view) {

	/** The widths of the credential table's columns. */
	private static final int MAX_NAME = 200;

	private static final int MAX_ATTRIBUTES = 10_000;

	static CredentialPlan of(String workspaceId, WorkspaceSettings settings, List<String> problems) {
		List<CredentialRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		WorkspaceSettings.Tellody tellody = null;
		if (settings.tellody() != null) {
			List<WorkspaceSettings.TellodyUser> users = new ArrayList<>();
			List<WorkspaceSettings.TellodyUser> given = orEmpty(settings.tellody().users());
			for (int i = 0; i < given.size(); i++) {
				WorkspaceSettings.TellodyUser user = given.get(i);
				String field = "tellody.users[" + i + "]";
				if (user == null || !StringUtils.hasText(user.username()) || !StringUtils.hasText(user.password())) {
					problems.add(field + ": username and password are required");
					continue;
				}
				String email = StringUtils.hasText(user.email()) ? user.email()
						: (user.username().contains("@") ? user.username() : user.username() + "@example.com");
				rows.add(unique(seen, problems, field, new CredentialRow("tellody", "username", user.username(),
						Secrets.hashPassword(user.password()),
						attributes(Map.of("email", email, "userId", numericId(workspaceId, user.username()))))));
				users.add(new WorkspaceSettings.TellodyUser(user.username(), null, email));
			}
			tellody = new WorkspaceSettings.Tellody(users);
		}
		WorkspaceSettings.GetResponse getresponse = null;
		if (settings.getresponse() != null) {
			List<String> keys = new ArrayList<>();
			List<String> given = orEmpty(settings.getresponse().apiKeys());
			for (int i = 0; i < given.size(); i++) {
				String key = given.get(i);
				if (!StringUtils.hasText(key)) {
					problems.add("getresponse.apiKeys[" + i + "]: must not be blank");
					continue;
				}
				rows.add(unique(seen, problems, "getresponse.apiKeys[" + i + "]",
						new CredentialRow("getresponse", "api-key", Secrets.digest(key), null, "{}")));
				keys.add(Secrets.mask(key));
			}
			getresponse = new WorkspaceSettings.GetResponse(keys);
		}
		WorkspaceSettings.RocketChat rocketchat = null;
		if (settings.rocketchat() != null) {
			List<WorkspaceSettings.RocketChatUser> users = new ArrayList<>();
			List<WorkspaceSettings.RocketChatUser> given = orEmpty(settings.rocketchat().users());
			for (int i = 0; i < given.size(); i++) {
				WorkspaceSettings.RocketChatUser user = given.get(i);
				String field = "rocketchat.users[" + i + "]";
				if (user == null || !StringUtils.hasText(user.userId()) || !StringUtils.hasText(user.authToken())) {
					problems.add(field + ": userId and authToken are required");
					continue;
				}
				if (StringUtils.hasText(user.username()) != StringUtils.hasText(user.password())) {
					problems.add(field + ": give both username and password, or neither");
					continue;
				}
				List<String> permissions = orEmpty(user.permissions());
				Map<String, Object> attributes = new LinkedHashMap<>();
				attributes.put("username", user.username());
				attributes.put("permissions", permissions);
				rows.add(unique(seen, problems, field, new CredentialRow("rocketchat", "user-id", user.userId(),
						Secrets.digest(user.authToken()), attributes(attributes))));
				if (StringUtils.hasText(user.username())) {
					rows.add(unique(seen, problems, field, new CredentialRow("rocketchat", "username", user.username(),
							Secrets.hashPassword(user.password()), attributes(Map.of("userId", user.userId())))));
				}
				users
					.add(new WorkspaceSettings.RocketChatUser(user.userId(), null, user.username(), null, permissions));
			}
			boolean license = !Boolean.FALSE.equals(settings.rocketchat().license());
			rocketchat = new WorkspaceSettings.RocketChat(license, users);
		}
		WorkspaceSettings.Pushwoosh pushwoosh = null;
		if (settings.pushwoosh() != null) {
			List<WorkspaceSettings.PushwooshToken> tokens = new ArrayList<>();
			List<WorkspaceSettings.PushwooshToken> given = orEmpty(settings.pushwoosh().tokens());
			for (int i = 0; i < given.size(); i++) {
				WorkspaceSettings.PushwooshToken token = given.get(i);
				String field = "pushwoosh.tokens[" + i + "]";
				if (token == null || !StringUtils.hasText(token.token())) {
					problems.add(field + ": token is required");
					continue;
				}
				List<String> applications = orEmpty(token.applications());
				if (applications.stream().anyMatch((app) -> !StringUtils.hasText(app))) {
					problems.add(field + ": application codes must not be blank");
					continue;
				}
				rows.add(unique(seen, problems, field, new CredentialRow("pushwoosh", "token",
						Secrets.digest(token.token()), null, attributes(Map.of("applications", applications)))));
				tokens.add(new WorkspaceSettings.PushwooshToken(Secrets.mask(token.token()), applications));
			}
			pushwoosh = new WorkspaceSettings.Pushwoosh(tokens);
		}
		return new CredentialPlan(rows, new WorkspaceSettings(null, tellody, getresponse, rocketchat, pushwoosh));
	}

	private static CredentialRow unique(Set<String> seen, List<String> problems, String field, CredentialRow row) {
		if (row.principal().length() > MAX_NAME) {
			problems.add(field + ": names and ids are at most " + MAX_NAME + " characters");
		}
		if (row.attributes() != null && row.attributes().length() > MAX_ATTRIBUTES) {
			problems.add(field + ": too many permissions or applications");
		}
		if (!seen.add(row.vendor() + "/" + row.kind() + "/" + row.principal())) {
			problems.add(field + ": " + row.describe() + " appears twice");
		}
		return row;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static String attributes(Map<String, ?> values) {
		return JsonMapper.shared().writeValueAsString(values);
	}

	/** A stable numeric id for a user, as vendors that show numeric user ids do. */
	private static long numericId(String workspaceId, String username) {
		CRC32 crc = new CRC32();
		crc.update((workspaceId + "/" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return 100_000 + (crc.getValue() % 900_000);
	}

}
