package dev.statsemulator.pushwoosh;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of totalsByIntervals.
 *
 * @param messageCode the message (required)
 * @param platforms Pushwoosh platform codes to include (all when absent or empty)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record TotalsByIntervalsRequest(String messageCode, List<Integer> platforms) {
}
