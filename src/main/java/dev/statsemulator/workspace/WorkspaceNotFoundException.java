package dev.statsemulator.workspace;

/** Thrown when a workspace id names no workspace. */
public class WorkspaceNotFoundException extends RuntimeException {

	private final String workspaceId;

	public WorkspaceNotFoundException(String workspaceId) {
		super("Workspace '" + workspaceId + "' does not exist");
		this.workspaceId = workspaceId;
	}

	public String workspaceId() {
		return this.workspaceId;
	}

}
