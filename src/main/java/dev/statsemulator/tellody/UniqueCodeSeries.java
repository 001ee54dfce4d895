package dev.statsemulator.tellody;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Report/UniqueCode's calendar answer: the keys of {@link UniqueCodeTotals}, each with
 * one count per unit of the window, oldest first.
 *
 * @param smsSent SMS attempts
 * @param downloads file downloads
 * @param optouts opt-out initiations
 * @param urlClicks clicked URLs
 * @param vouchers vouchers viewed
 * @param emailSent email attempts
 */
record UniqueCodeSeries(@JsonProperty("SMS_SENT") List<Long> smsSent, @JsonProperty("DL") List<Long> downloads,
		@JsonProperty("OPTOUT") List<Long> optouts, @JsonProperty("URL") List<Long> urlClicks,
		@JsonProperty("VOUCHER") List<Long> vouchers, @JsonProperty("EMAIL_SENT") List<Long> emailSent) {
}
