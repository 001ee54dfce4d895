package dev.statsemulator.pushwoosh;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of emails/bouncedEmails.
 *
 * @param total matching rows over all pages
 * @param bouncedEmails this page, oldest first
 */
record BouncedEmailsResponse(long total, @JsonProperty("bounced_emails") List<BouncedEmail> bouncedEmails) {

	/**
	 * @param email the address
	 * @param date when, {@code YYYY-MM-DDTHH:MM:SS.000Z}
	 * @param reason what the receiving server or the complaint said
	 * @param type Complaint, Softbounce or Hardbounce
	 */
	record BouncedEmail(String email, String date, String reason, String type) {
	}

}
