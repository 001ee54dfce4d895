package dev.statsemulator.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.statsemulator.generator.GenerationProgress;
import dev.statsemulator.workspace.InvalidSectionException;
import dev.statsemulator.web.ErrorTexts;
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

	private final GenerationProgress progress;

	private final WorkspaceWriteQueue writeQueue;

	WorkspaceController(WorkspaceService workspaces, ControlJson json, GenerationProgress progress,
			WorkspaceWriteQueue writeQueue) {
		this.workspaces = workspaces;
		this.json = json;
		this.progress = progress;
		this.writeQueue = writeQueue;
	}

	@PutMapping("/{id}")
	ResponseEntity<Map<String, Object>> put(@PathVariable String id, @RequestBody(required = false) byte[] body) {
		WorkspaceSettings settings = (body == null || body.length == 0) ? null
				: this.json.read(body, WorkspaceSettings.class);
		PutResult result;
		try {
			result = this.writeQueue.run(id, () -> this.workspaces.put(id, settings));
		}
		catch (InvalidSectionException ex) {
			throw new BadRequestException(
					"Invalid JSON for WorkspaceSettings: " + ErrorTexts.withoutClassNames(ex.getMessage()));
		}
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(response(result.workspace()));
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable String id) {
		return response(this.workspaces.require(id));
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return this.workspaces.list().stream().map(this::response).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.writeQueue.run(id, () -> this.workspaces.delete(id));
	}

	/**
	 * A workspace as the control API shows it: its id, whether its data is complete
	 * ("generating" while traffic is being generated into it and its numbers are still
	 * growing, "incomplete" for a demo whose generation was cut short and is generated
	 * again on the next start, else "ready") and the progress of a running generation,
	 * its zone, then each vendor's section (secrets are write-only and appear masked or
	 * not at all), then its times.
	 */
	private Map<String, Object> response(Workspace workspace) {
		GenerationProgress.Snapshot running = this.progress.of(workspace.id()).orElse(null);
		String status = (running != null) ? "generating"
				: this.workspaces.isReady(workspace.id()) ? "ready" : "incomplete";
		// A map in this order (not a record): the vendor sections come from the vendor
		// modules, so their names are not known here.
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", workspace.id());
		body.put("status", status);
		if (running != null) {
			Map<String, Object> generation = new LinkedHashMap<>();
			generation.put("percent", running.percent());
			generation.put("events", running.events());
			generation.put("daysDone", running.daysDone());
			generation.put("days", running.days());
			body.put("generation", generation);
		}
		body.put("timezone", workspace.timezone().getId());
		body.putAll(workspace.settings().sections());
		body.put("createdAt", workspace.createdAt().toString());
		body.put("updatedAt", workspace.updatedAt().toString());
		return body;
	}

}
