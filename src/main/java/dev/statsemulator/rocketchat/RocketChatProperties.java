package dev.statsemulator.rocketchat;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Rocket.Chat lens's settings, under {@code emulator.rocketchat.*}, with the real
 * server's defaults.
 *
 * @param loginExpiration how long a token from POST /api/v1/login works, on the emulator
 * clock (the server's Accounts_LoginExpiration, 90 days)
 * @param maxLoginTokens the most login tokens a user keeps; the oldest go (the server's
 * MAX_RESUME_LOGIN_TOKENS, 50)
 * @param loginRateLimit calls to POST /api/v1/login per client address (the server's API
 * rate limiter); off unless enabled, since it counts successful logins too and test
 * suites log in far more often than people do
 * @param failedLogins blocking after repeated failed logins (the server's "Block failed
 * login attempts" settings)
 */
@Validated
@ConfigurationProperties("emulator.rocketchat")
record RocketChatProperties(@NotNull @DefaultValue("90d") Duration loginExpiration,
		@Min(1) @DefaultValue("50") int maxLoginTokens, @Valid @DefaultValue RateLimit loginRateLimit,
		@Valid @DefaultValue FailedLogins failedLogins) {

	/**
	 * @param enabled API_Enable_Rate_Limiter
	 * @param calls API_Enable_Rate_Limiter_Limit_Calls_Default
	 * @param interval API_Enable_Rate_Limiter_Limit_Time_Default
	 */
	record RateLimit(@DefaultValue("false") boolean enabled, @Min(1) @DefaultValue("10") int calls,
			@NotNull @DefaultValue("60s") Duration interval) {
	}

	/**
	 * @param enabled Block_Multiple_Failed_Logins_Enabled
	 * @param attemptsByUser Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User (0:
	 * no block by user)
	 * @param blockByUser Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes
	 * @param attemptsByIp Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip (0: no
	 * block by address)
	 * @param blockByIp Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes
	 */
	record FailedLogins(@DefaultValue("true") boolean enabled, @Min(0) @DefaultValue("10") int attemptsByUser,
			@NotNull @DefaultValue("5m") Duration blockByUser, @Min(0) @DefaultValue("50") int attemptsByIp,
			@NotNull @DefaultValue("5m") Duration blockByIp) {
	}

}
