package dev.statsemulator.generator;

import java.time.Instant;

/**
 * A generation job as it stands.
 *
 * @param id the job's id
 * @param workspace the workspace it generates into
 * @param state {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param daysDone local days generated so far
 * @param daysTotal local days it covers
 * @param progress daysDone / daysTotal, 0 to 1
 * @param events events generated so far
 * @param stored events stored so far
 * @param eventsPerSecond events generated per second since it started (null while queued)
 * @param elapsedSeconds seconds since it started (until it finished)
 * @param estimatedSecondsLeft time left at the rate of the days done so far (null until
 * the first day is done)
 * @param submittedAt when it was submitted
 * @param startedAt when it started (null while queued)
 * @param finishedAt when it finished (null until then)
 * @param result what it stored, once succeeded
 * @param error why it failed, once failed
 */
public record GenerationJob(String id, String workspace, String state, int daysDone, int daysTotal, double progress,
		long events, long stored, Double eventsPerSecond, Double elapsedSeconds, Long estimatedSecondsLeft,
		Instant submittedAt, Instant startedAt, Instant finishedAt, GenerationResult result, String error) {
}
