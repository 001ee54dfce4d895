package dev.statsemulator.tellody;

import dev.statsemulator.workspace.Workspace;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session endpoints: the ping that hands out the XSRF token, and UserInfo. (The login
 * itself is Spring Security's form login, see {@link TellodySecurityConfiguration}.)
 */
@RestController
class TellodySessionController {

	private final TellodyWorkspaces workspaces;

	private final TellodyReportService reports;

	TellodySessionController(TellodyWorkspaces workspaces, TellodyReportService reports) {
		this.workspaces = workspaces;
		this.reports = reports;
	}

	/**
	 * Creates the session if there is none and answers its XSRF token in the X-XSRF-TOKEN
	 * response header; a remember-me cookie logs the session in on the way.
	 */
	@GetMapping(TellodySecurityConfiguration.PING)
	ResponseEntity<PingResponse> ping(CsrfToken token, Authentication authentication) {
		TellodyUser user = (authentication != null && authentication.getPrincipal() instanceof TellodyUser logged)
				? logged : null;
		return ResponseEntity.ok()
			.header(TellodySecurityConfiguration.XSRF_HEADER, token.getToken())
			.body(new PingResponse(user != null, (user != null) ? user.username() : null));
	}

	@GetMapping("/CampaignCloud/UserInfo")
	UserInfoResponse userInfo(@AuthenticationPrincipal TellodyUser user) {
		Workspace workspace = this.workspaces.of(user);
		long spent = this.reports.creditsSpent(workspace.id());
		return new UserInfoResponse(user.username(), spent, Math.max(0, TellodyReportService.CREDIT_BUNDLE - spent),
				user.userId(), user.email());
	}

}
