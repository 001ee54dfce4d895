package dev.statsemulator.control;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.snapshot.Snapshots;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Snapshots: GET streams a workspace out as NDJSON, POST streams one into a workspace (of
 * this emulator or another).
 */
@RestController
@RequestMapping("/_emulator/v1/workspaces/{id}/snapshot")
class SnapshotController {

	static final String NDJSON = "application/x-ndjson";

	private final Snapshots snapshots;

	private final WorkspaceService workspaces;

	SnapshotController(Snapshots snapshots, WorkspaceService workspaces) {
		this.snapshots = snapshots;
		this.workspaces = workspaces;
	}

	@GetMapping
	void export(@PathVariable String id, HttpServletResponse response) throws IOException {
		this.workspaces.require(id);
		response.setContentType(NDJSON);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".ndjson\"");
		this.snapshots.export(id, response.getOutputStream());
	}

	@PostMapping
	Snapshots.ImportResult importSnapshot(@PathVariable String id, HttpServletRequest request) throws IOException {
		return this.snapshots.importInto(id, request.getInputStream());
	}

}
