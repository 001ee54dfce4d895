package dev.statsemulator.control;

import java.util.List;

import dev.statsemulator.generator.GenerationJob;
import dev.statsemulator.generator.GenerationJobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Generation jobs started with {@code POST .../generate?async=true}. */
@RestController
@RequestMapping(GenerationJobController.PATH)
class GenerationJobController {

	static final String PATH = "/_emulator/v1/generation-jobs";

	private final GenerationJobs jobs;

	GenerationJobController(GenerationJobs jobs) {
		this.jobs = jobs;
	}

	/** The jobs kept in memory, newest first. */
	@GetMapping
	List<GenerationJob> list() {
		return this.jobs.list();
	}

	/** A job's progress, events so far, rate and estimate; its result once done. */
	@GetMapping("/{jobId}")
	ResponseEntity<?> job(@PathVariable String jobId) {
		return this.jobs.find(jobId)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No generation job '" + jobId
						+ "' (jobs live in memory: a restart forgets them, and only the newest 100 are kept)")));
	}

}
