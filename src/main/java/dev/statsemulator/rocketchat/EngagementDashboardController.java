package dev.statsemulator.rocketchat;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engagement dashboard's message routes. The security chain has checked the user and
 * the permission; each route then checks the license and the parameters, in that order.
 */
@RestController
@RequestMapping("/api/v1/engagement-dashboard/messages")
class EngagementDashboardController {

	private final WorkspaceService workspaces;

	private final EngagementDashboardService engagement;

	EngagementDashboardController(WorkspaceService workspaces, EngagementDashboardService engagement) {
		this.workspaces = workspaces;
		this.engagement = engagement;
	}

	@GetMapping("/messages-sent")
	MessagesSentResponse messagesSent(@AuthenticationPrincipal RocketChatAccount user, HttpServletRequest request) {
		Workspace workspace = licensedWorkspace(user);
		return this.engagement.messagesSent(workspace, DashboardRange.parse(request.getQueryString()));
	}

	@GetMapping("/origin")
	MessageOriginsResponse origin(@AuthenticationPrincipal RocketChatAccount user, HttpServletRequest request) {
		Workspace workspace = licensedWorkspace(user);
		return this.engagement.origins(workspace, DashboardRange.parse(request.getQueryString()));
	}

	@GetMapping("/top-five-popular-channels")
	PopularChannelsResponse topFivePopularChannels(@AuthenticationPrincipal RocketChatAccount user,
			HttpServletRequest request) {
		Workspace workspace = licensedWorkspace(user);
		return this.engagement.topFiveChannels(workspace, DashboardRange.parse(request.getQueryString()));
	}

	private Workspace licensedWorkspace(RocketChatAccount user) {
		if (user == null) {
			throw RocketChatErrors.notLoggedIn();
		}
		Workspace workspace = this.workspaces.find(user.workspaceId()).orElseThrow(RocketChatErrors::notLoggedIn);
		if (!RocketChatCredentials.licensed(workspace)) {
			throw RocketChatErrors.notLicensed();
		}
		return workspace;
	}

}
