package dev.statsemulator.control;

import java.util.List;

import dev.statsemulator.faults.FaultInjection;
import dev.statsemulator.faults.FaultRule;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Fault and latency injection: rules per workspace, set, listed, removed. */
@RestController
@RequestMapping("/_emulator/v1/workspaces/{id}/faults")
class FaultController {

	private final FaultInjection faults;

	private final WorkspaceService workspaces;

	private final ControlJson json;

	FaultController(FaultInjection faults, WorkspaceService workspaces, ControlJson json) {
		this.faults = faults;
		this.workspaces = workspaces;
		this.json = json;
	}

	@PostMapping
	ResponseEntity<FaultRule> add(@PathVariable String id, @RequestBody(required = false) byte[] body) {
		this.workspaces.require(id);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.faults.add(id, this.json.read(body, FaultRule.class)));
	}

	@GetMapping
	List<FaultRule> list(@PathVariable String id) {
		this.workspaces.require(id);
		return this.faults.list(id);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clear(@PathVariable String id) {
		this.workspaces.require(id);
		this.faults.clear(id);
	}

	@DeleteMapping("/{ruleId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String id, @PathVariable String ruleId) {
		this.workspaces.require(id);
		if (!this.faults.remove(id, ruleId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Fault '" + ruleId + "' does not exist in workspace '" + id + "'");
		}
	}

}
