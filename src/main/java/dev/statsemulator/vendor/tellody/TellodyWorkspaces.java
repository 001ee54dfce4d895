package dev.statsemulator.vendor.tellody;

import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.stereotype.Component;

/** The workspace a logged-in session reads: the one its user belongs to, and no other. */
@Component
class TellodyWorkspaces {

	private final WorkspaceService workspaces;

	TellodyWorkspaces(WorkspaceService workspaces) {
		this.workspaces = workspaces;
	}

	/**
	 * @throws SessionWorkspaceGoneException when the workspace was deleted after the
	 * login
	 */
	Workspace of(TellodyUser user) {
		return this.workspaces.find(user.workspaceId()).orElseThrow(SessionWorkspaceGoneException::new);
	}

	/** A session whose workspace no longer exists: it has to log in again. */
	static class SessionWorkspaceGoneException extends RuntimeException {

		SessionWorkspaceGoneException() {
			super("The workspace of this login no longer exists; log in again");
		}

	}

}
