package dev.statsemulator.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workspace's vendor credentials, as its settings gave them (the emulator itself never
 * shows secrets again). The first of each kind has a shortcut.
 *
 * @param workspace the workspace id
 * @param getResponseApiKeys GetResponse API keys
 * @param tellodyUsers Tellody logins, each {@code [username, password]}
 * @param rocketChatUsers Rocket.Chat users, each {@code [userId, authToken]}
 * @param pushwooshTokens Pushwoosh API access tokens
 */
public record Credentials(String workspace, List<String> getResponseApiKeys, List<List<String>> tellodyUsers,
		List<List<String>> rocketChatUsers, List<String> pushwooshTokens) {

	public String getResponseApiKey() {
		return first(this.getResponseApiKeys, "getresponse.apiKeys");
	}

	public String tellodyUsername() {
		return first(this.tellodyUsers, "tellody.users").get(0);
	}

	public String tellodyPassword() {
		return first(this.tellodyUsers, "tellody.users").get(1);
	}

	public String rocketChatUserId() {
		return first(this.rocketChatUsers, "rocketchat.users").get(0);
	}

	public String rocketChatAuthToken() {
		return first(this.rocketChatUsers, "rocketchat.users").get(1);
	}

	public String pushwooshToken() {
		return first(this.pushwooshTokens, "pushwoosh.tokens");
	}

	private <T> T first(List<T> items, String what) {
		if (items.isEmpty()) {
			throw new IllegalStateException("Workspace '" + this.workspace + "' has no " + what);
		}
		return items.get(0);
	}

	/** The credentials in workspace settings JSON (the body of PUT /workspaces/{id}). */
	@SuppressWarnings("unchecked")
	public static Credentials of(String workspace, Map<String, Object> settings) {
		List<String> keys = new ArrayList<>();
		List<List<String>> tellody = new ArrayList<>();
		List<List<String>> rocketChat = new ArrayList<>();
		List<String> pushwoosh = new ArrayList<>();
		if (settings.get("getresponse") instanceof Map<?, ?> getresponse
				&& getresponse.get("apiKeys") instanceof List<?> apiKeys) {
			apiKeys.forEach((key) -> keys.add(String.valueOf(key)));
		}
		for (Map<String, Object> user : objects(settings, "tellody", "users")) {
			tellody.add(List.of(String.valueOf(user.get("username")), String.valueOf(user.get("password"))));
		}
		for (Map<String, Object> user : objects(settings, "rocketchat", "users")) {
			rocketChat.add(List.of(String.valueOf(user.get("userId")), String.valueOf(user.get("authToken"))));
		}
		for (Map<String, Object> token : objects(settings, "pushwoosh", "tokens")) {
			pushwoosh.add(String.valueOf(token.get("token")));
		}
		return new Credentials(workspace, List.copyOf(keys), List.copyOf(tellody), List.copyOf(rocketChat),
				List.copyOf(pushwoosh));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> objects(Map<String, Object> settings, String vendor, String member) {
		List<Map<String, Object>> objects = new ArrayList<>();
		if (settings.get(vendor) instanceof Map<?, ?> section && section.get(member) instanceof List<?> items) {
			for (Object item : items) {
				if (item instanceof Map<?, ?> map) {
					objects.add((Map<String, Object>) map);
				}
			}
		}
		return objects;
	}

}
