package dev.statsemulator.getresponse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A message as get_messages and get_message show it, keyed by its MESSAGE_ID. Times are
 * {@code YYYY-MM-DD HH:MM:SS} in the workspace's time zone.
 *
 * @param campaign CAMPAIGN_ID, or null when unknown
 * @param type newsletter, autoresponder, ab_test or draft
 * @param subject the subject, or null when unknown
 * @param name the internal name, or null
 * @param sendOn when a newsletter (or A/B test) was sent; left out for other types, as
 * the vendor does
 * @param createdOn when the message was created
 */
@JsonPropertyOrder({ "campaign", "type", "subject", "name", "send_on", "created_on" })
record MessageInfo(String campaign, String type, String subject, String name,
		@JsonProperty("send_on") @JsonInclude(JsonInclude.Include.NON_NULL) String sendOn,
		@JsonProperty("created_on") String createdOn) {
}
