package dev.statsemulator.control;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.statsemulator.generator.GenerationProgress;
import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceService.PutResult;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Workspaces: create or replace, read, list, delete. */
@RestController
@RequestMapping("/_emulator/v1/workspaces")
class WorkspaceController {

	private final WorkspaceService workspaces;

	private final ControlJson json;

	private final GenerationProgress progress;

	WorkspaceController(WorkspaceService workspaces, ControlJson json, GenerationProgress progress) {
		this.workspaces = workspaces;
		this.json = json;
		this.progress = progress;
	}

	@PutMapping("/{id}")
	ResponseEntity<WorkspaceResponse> put(@PathVariable String id, @RequestBody(required = false) byte[] body) {
		WorkspaceSettings settings = (body == null || body.length == 0) ? null
				: this.json.read(body, WorkspaceSettings.class);
		PutResult result = this.workspaces.put(id, settings);
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(response(result.workspace()));
	}

	@GetMapping("/{id}")
	WorkspaceResponse get(@PathVariable String id) {
		return response(this.workspaces.require(id));
	}

	@GetMapping
	List<WorkspaceResponse> list() {
		return this.workspaces.list().stream().map(this::response).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.workspaces.delete(id);
	}

	/**
	 * "generating" while traffic is being generated into the workspace (its numbers are
	 * still growing), "incomplete" for a demo whose generation was cut short (it is
	 * generated again on the next start), else "ready".
	 */
	private WorkspaceResponse response(Workspace workspace) {
		GenerationProgress.Snapshot running = this.progress.of(workspace.id()).orElse(null);
		String status = (running != null) ? "generating"
				: this.workspaces.isReady(workspace.id()) ? "ready" : "incomplete";
		return WorkspaceResponse.of(workspace, status, (running != null)
				? new Generation(running.percent(), running.events(), running.daysDone(), running.days()) : null);
	}

	/**
	 * A workspace as the control API shows it: secrets are write-only and appear masked
	 * or not at all.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record WorkspaceResponse(String id, String status, Generation generation, String timezone,
			WorkspaceSettings.Tellody tellody, WorkspaceSettings.GetResponse getresponse,
			WorkspaceSettings.RocketChat rocketchat, WorkspaceSettings.Pushwoosh pushwoosh, String createdAt,
			String updatedAt) {

		static WorkspaceResponse of(Workspace workspace, String status, Generation generation) {
			WorkspaceSettings settings = workspace.settings();
			return new WorkspaceResponse(workspace.id(), status, generation, workspace.timezone().getId(),
					settings.tellody(), settings.getresponse(), settings.rocketchat(), settings.pushwoosh(),
					workspace.createdAt().toString(), workspace.updatedAt().toString());
		}

	}

	/** How far the running generation is: days generated out of all, events so far. */
	record Generation(int percent, long events, int daysDone, int days) {
	}

}
