package dev.statsemulator.tellody;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Report/UniqueCode's flexible answer: one total per code activity over the period, keys
 * in the order the vendor lists them.
 *
 * @param smsSent SMS attempts ({@code sent} on channel sms)
 * @param downloads file downloads ({@code downloaded})
 * @param optouts opt-out initiations ({@code optout_requested})
 * @param urlClicks clicked URLs ({@code clicked})
 * @param vouchers vouchers viewed ({@code voucher_viewed})
 * @param emailSent email attempts ({@code sent} on channel email)
 */
record UniqueCodeTotals(@JsonProperty("SMS_SENT") long smsSent, @JsonProperty("DL") long downloads,
		@JsonProperty("OPTOUT") long optouts, @JsonProperty("URL") long urlClicks,
		@JsonProperty("VOUCHER") long vouchers, @JsonProperty("EMAIL_SENT") long emailSent) {
}
