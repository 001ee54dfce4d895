package dev.statsemulator.pushwoosh;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of getMessageLog.
 *
 * @param messageId message id (number)
 * @param messageCode message code
 * @param campaignCode campaign code
 * @param hwid one HWID or an array of them
 * @param userId application user id
 * @param applicationCode application code
 * @param dateFrom {@code YYYY-MM-DD HH:MM:SS} UTC, at most 30 days ago
 * @param dateTo {@code YYYY-MM-DD HH:MM:SS} UTC, inclusive, at most 30 days after
 * date_from
 * @param actions sent, delivered, opened, inbox_delivered, inbox_read, inbox_opened,
 * inbox_deleted
 * @param platforms ios, android, ..., "huawei android"
 * @param limit events per page, 1 to 100000 (default 1000)
 * @param paginationToken the previous page's token
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record MessageLogRequest(Long messageId, String messageCode, String campaignCode, JsonNode hwid, String userId,
		String applicationCode, String dateFrom, String dateTo, List<String> actions, List<String> platforms,
		Integer limit, String paginationToken) {
}
