package dev.statsemulator.dashboard;

import dev.statsemulator.generator.DemoCredentials;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The built-in dashboard: its page at {@code GET /} for browsers (GetResponse's JSON-RPC
 * keeps {@code POST /}), its scripts and styles under {@code /dashboard/} (static
 * resources of the jar), and the one control endpoint it needs beyond the control API.
 */
@RestController
class DashboardController {

	private static final Resource PAGE = new ClassPathResource("dashboard/index.html");

	private final WorkspaceService workspaces;

	DashboardController(WorkspaceService workspaces) {
		this.workspaces = workspaces;
	}

	/** The page, for a browser (an Accept that takes HTML). */
	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "connect-src 'self'; frame-ancestors 'none'")
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.TEXT_HTML)
			.body(PAGE);
	}

	/**
	 * The vendor credentials the dashboard may use for a workspace: the demo's published
	 * ones. Every other workspace's secrets are stored hashed, so the page asks its user
	 * for them (404 here says so). Admin token required, as everywhere under /_emulator.
	 */
	@GetMapping("/_emulator/v1/dashboard/credentials/{workspace}")
	ResponseEntity<?> credentials(@PathVariable String workspace) {
		if (this.workspaces.find(workspace).isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No workspace '" + workspace + "'"));
		}
		// 204 for any other workspace: its secrets are stored hashed, the page asks for
		// them.
		return DemoCredentials.of(workspace)
			.<ResponseEntity<?>>map((demo) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(demo))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
