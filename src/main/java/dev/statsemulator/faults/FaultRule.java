package dev.statsemulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A fault to inject into one workspace's vendor calls, as the control API takes and lists
 * it.
 *
 * @param id assigned by the emulator
 * @param vendor only this vendor's calls (tellody, getresponse, rocketchat, pushwoosh),
 * or null for all
 * @param path only calls whose path starts with this, or null for all
 * @param delayMillis a delay before the call is answered
 * @param maxDelayMillis when set, the delay is drawn between {@code delayMillis} and this
 * @param errorRate the share of calls, 0 to 1, that fail
 * @param failNext the next this many calls fail (counted down as they do)
 * @param failure how failed calls answer: rate-limit (default), unavailable,
 * session-expired
 * @param seed the seed of the random draws, so a run repeats exactly
 * @param injected how many calls this rule failed or delayed so far
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(String id, String vendor, String path, Long delayMillis, Long maxDelayMillis, Double errorRate,
		Integer failNext, String failure, Long seed, Long injected) {
}
