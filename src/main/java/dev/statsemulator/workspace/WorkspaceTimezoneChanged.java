package dev.statsemulator.workspace;

import java.time.ZoneId;

/**
 * Published, inside the updating transaction and under the workspace's lock, when a
 * workspace's time zone changes, so data kept per local day follows it at once.
 *
 * @param workspaceId the workspace
 * @param timezone its new zone
 */
public record WorkspaceTimezoneChanged(String workspaceId, ZoneId timezone) {
}
