package dev.statsemulator.control;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.reset.EmulatorReset;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starting over: POST /reset deletes every workspace (then optionally seeds the init
 * directory again and re-creates the demo); POST /workspaces/{id}/reset clears one
 * workspace's data, keeping its credentials.
 */
@RestController
class ResetController {

	private final EmulatorReset reset;

	private final ControlJson json;

	ResetController(EmulatorReset reset, ControlJson json) {
		this.reset = reset;
		this.json = json;
	}

	@PostMapping("/_emulator/v1/reset")
	EmulatorReset.Outcome resetAll(@RequestBody(required = false) byte[] body) {
		boolean reseed = true;
		boolean demo = false;
		if (body != null && body.length > 0) {
			JsonNode options = this.json.tree(body);
			if (!options.isObject()) {
				throw new BadRequestException("Send {\"reseed\": true|false, \"demo\": true|false} or no body");
			}
			for (String name : options.propertyNames()) {
				if (!name.equals("reseed") && !name.equals("demo")) {
					throw new BadRequestException("Unknown option '" + name + "': use reseed and demo");
				}
			}
			reseed = flag(options, "reseed", true);
			demo = flag(options, "demo", false);
		}
		return this.reset.resetAll(reseed, demo);
	}

	@PostMapping("/_emulator/v1/workspaces/{id}/reset")
	Map<String, Object> resetWorkspace(@PathVariable String id) {
		long millis = this.reset.resetWorkspace(id);
		return Map.of("workspace", id, "millis", millis);
	}

	private static boolean flag(JsonNode options, String name, boolean otherwise) {
		JsonNode value = options.get(name);
		if (value == null || value.isNull()) {
			return otherwise;
		}
		if (!value.isBoolean()) {
			throw new BadRequestException(name + " must be true or false");
		}
		return value.booleanValue();
	}

}
