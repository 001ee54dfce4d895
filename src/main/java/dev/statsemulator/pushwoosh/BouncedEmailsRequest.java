package dev.statsemulator.pushwoosh;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of emails/bouncedEmails.
 *
 * @param application application code (required)
 * @param messageCode message code
 * @param campaign campaign code
 * @param dateFrom ISO 8601, e.g. 2024-07-20T00:00:00.000Z
 * @param dateTo ISO 8601, inclusive
 * @param perPage rows per page (required, at most 5000)
 * @param page page number from 0
 * @param type Complaint, Softbounce or Hardbounce
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record BouncedEmailsRequest(String application, String messageCode, String campaign, String dateFrom, String dateTo,
		Integer perPage, Integer page, String type) {
}
