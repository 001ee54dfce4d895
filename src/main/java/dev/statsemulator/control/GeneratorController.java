package dev.statsemulator.control;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.generator.GenerationRequest;
import dev.statsemulator.generator.GenerationRequest.Domain;
import dev.statsemulator.generator.GenerationJob;
import dev.statsemulator.generator.GenerationJobs;
import dev.statsemulator.generator.TrafficGenerator;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Synthetic traffic: deterministic for a seed, range and volume. */
@RestController
@RequestMapping("/_emulator/v1/workspaces/{id}/generate")
class GeneratorController {

	private final TrafficGenerator generator;

	private final ControlJson json;

	private final EmulatorClock clock;

	private final GenerationJobs jobs;

	GeneratorController(TrafficGenerator generator, ControlJson json, EmulatorClock clock, GenerationJobs jobs) {
		this.generator = generator;
		this.jobs = jobs;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The body of a generate request; every field is optional.
	 *
	 * @param seed random seed (default 42)
	 * @param from start (ISO-8601 with offset; default: {@code days} before {@code to})
	 * @param to end (default: now)
	 * @param days length when {@code from} is not given (default 30)
	 * @param eventsPerDay approximate volume (default 1000)
	 * @param domains email, push, sms, contacts, chat (default all)
	 */
	record GenerateBody(Long seed, String from, String to, Integer days, Integer eventsPerDay, List<String> domains) {
	}

	/**
	 * Blocking (the answer is the result), or with {@code async=true} a job: 202 with its
	 * URL in Location and its status in the body.
	 */
	@PostMapping
	ResponseEntity<Object> generate(@PathVariable String id, HttpServletRequest http,
			@RequestBody(required = false) byte[] body) {
		// From the query string alone: asking the servlet for a parameter would parse a
		// form or multipart body, and a generation whose body was eaten would run with
		// every default.
		boolean async = "true".equalsIgnoreCase(UriComponentsBuilder.newInstance()
			.query(http.getQueryString())
			.build()
			.getQueryParams()
			.getFirst("async"));
		GenerationRequest request = request(body);
		if (async) {
			GenerationJob job = this.jobs.submit(id, request);
			return ResponseEntity.accepted()
				.location(URI.create(GenerationJobController.PATH + "/" + job.id()))
				.body(job);
		}
		return ResponseEntity.ok(this.generator.generate(id, request));
	}

	private GenerationRequest request(byte[] body) {
		GenerateBody request = (body == null || body.length == 0) ? null : this.json.read(body, GenerateBody.class);
		if (request == null) {
			// No body, or the JSON literal null: every field takes its default.
			request = new GenerateBody(null, null, null, null, null, null);
		}
		Instant to = (request.to() != null) ? time("to", request.to()) : this.clock.now();
		int days = (request.days() != null) ? request.days() : 30;
		if (days < 1 || days > TrafficGenerator.MAX_DAYS) {
			throw new BadRequestException("days must be between 1 and " + TrafficGenerator.MAX_DAYS);
		}
		Instant from = (request.from() != null) ? time("from", request.from())
				: TimeBucketer.plusLocalDays(to, -days, ZoneOffset.UTC);
		Set<Domain> domains = EnumSet.noneOf(Domain.class);
		if (request.domains() != null) {
			for (String domain : request.domains()) {
				try {
					domains.add(Domain.valueOf(String.valueOf(domain).toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new BadRequestException(
							"domains: '" + domain + "' must be one of email, push, sms, contacts, chat");
				}
			}
		}
		return new GenerationRequest((request.seed() != null) ? request.seed() : 42, from, to,
				(request.eventsPerDay() != null) ? request.eventsPerDay() : 1000, domains);
	}

	private static Instant time(String field, String value) {
		return ControlTimes.instant(value)
			.orElseThrow(() -> new BadRequestException(
					field + ": '" + value + "' must be an ISO-8601 instant with offset, " + ControlTimes.RANGE));
	}

}
