package dev.statsemulator.control;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceService.PutResult;
import dev.statsemulator.workspace.WorkspaceSettings;
import dev.statsemulator.workspace.WorkspaceWriteQueue;

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

	private final WorkspaceWriteQueue writeQueue;

	WorkspaceController(WorkspaceService workspaces, ControlJson json, WorkspaceWriteQueue writeQueue) {
		this.workspaces = workspaces;
		this.json = json;
		this.writeQueue = writeQueue;
	}

	@PutMapping("/{id}")
	ResponseEntity<WorkspaceResponse> put(@PathVariable String id, @RequestBody(required = false) byte[] body) {
		WorkspaceSettings settings = (body == null || body.length == 0) ? null
				: this.json.read(body, WorkspaceSettings.class);
		PutResult result = this.writeQueue.run(id, () -> this.workspaces.put(id, settings));
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(WorkspaceResponse.of(result.workspace()));
	}

	@GetMapping("/{id}")
	WorkspaceResponse get(@PathVariable String id) {
		return WorkspaceResponse.of(this.workspaces.require(id));
	}

	@GetMapping
	List<WorkspaceResponse> list() {
		return this.workspaces.list().stream().map(WorkspaceResponse::of).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.writeQueue.run(id, () -> this.workspaces.delete(id));
	}

	/**
	 * A workspace as the control API shows it: secrets are write-only and appear masked
	 * or not at all.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record WorkspaceResponse(String id, String timezone, WorkspaceSettings.Tellody tellody,
			WorkspaceSettings.GetResponse getresponse, WorkspaceSettings.RocketChat rocketchat,
			WorkspaceSettings.Pushwoosh pushwoosh, String createdAt, String updatedAt) {

		static WorkspaceResponse of(Workspace workspace) {
			WorkspaceSettings settings = workspace.settings();
			return new WorkspaceResponse(workspace.id(), workspace.timezone().getId(), settings.tellody(),
					settings.getresponse(), settings.rocketchat(), settings.pushwoosh(),
					workspace.createdAt().toString(), workspace.updatedAt().toString());
		}

	}

}
