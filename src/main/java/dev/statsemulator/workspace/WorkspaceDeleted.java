package dev.statsemulator.workspace;

/**
 * Published, inside the deleting transaction, when a workspace is deleted, so the
 * features that own its data remove it in the same transaction.
 *
 * @param workspaceId the deleted workspace
 */
public record WorkspaceDeleted(String workspaceId) {
}
