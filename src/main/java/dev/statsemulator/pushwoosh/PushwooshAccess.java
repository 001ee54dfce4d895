package dev.statsemulator.pushwoosh;

import java.util.Set;

/**
 * A Pushwoosh API access token as configured in a workspace.
 *
 * @param workspaceId the workspace it reads
 * @param applications application codes it may read
 */
record PushwooshAccess(String workspaceId, Set<String> applications) {

	boolean mayRead(String applicationCode) {
		return this.applications.contains(applicationCode);
	}

}
