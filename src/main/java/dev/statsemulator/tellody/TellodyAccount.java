package dev.statsemulator.tellody;

/**
 * A Tellody Campaign Cloud login as configured in a workspace.
 *
 * @param workspaceId the workspace it reads
 * @param username login name
 * @param email the user's address
 * @param userId a stable numeric id
 */
record TellodyAccount(String workspaceId, String username, String email, long userId) {
}
