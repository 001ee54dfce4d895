package dev.statsemulator.rocketchat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Rocket.Chat user as configured in a workspace.
 *
 * @param workspaceId the workspace it reads
 * @param userId X-User-Id
 * @param username login name
 * @param permissions granted permissions
 */
record RocketChatAccount(String workspaceId, String userId, @Nullable String username, List<String> permissions) {

	boolean hasPermission(String permission) {
		return this.permissions.contains(permission);
	}

}
