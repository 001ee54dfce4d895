package dev.statsemulator.control;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.EventTimes;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The emulator clock: freeze "now", or follow the system clock again. */
@RestController
@RequestMapping("/_emulator/v1/clock")
class ClockController {

	private final EmulatorClock clock;

	private final ControlJson json;

	ClockController(EmulatorClock clock, ControlJson json) {
		this.clock = clock;
		this.json = json;
	}

	/**
	 * @param now the emulator's current time
	 * @param frozen whether it is frozen (false: the system clock)
	 */
	record ClockState(String now, boolean frozen) {
	}

	@GetMapping
	ClockState get() {
		return state();
	}

	@PutMapping
	ClockState freeze(@RequestBody(required = false) byte[] body) {
		JsonNode now = this.json.tree(body).path("now");
		Instant instant = EventTimes.instantOf(now);
		if (instant == null) {
			throw new BadRequestException("Send {\"now\": \"2023-05-30T12:00:00Z\"}: an ISO-8601 instant with offset, "
					+ "or epoch milliseconds, " + EventTimes.RANGE);
		}
		this.clock.freeze(instant);
		return state();
	}

	@DeleteMapping
	ClockState release() {
		this.clock.release();
		return state();
	}

	private ClockState state() {
		return new ClockState(this.clock.now().toString(), this.clock.frozenAt().isPresent());
	}

}
