package dev.statsemulator.rocketchat;

import java.util.List;

/**
 * The answer of messages/messages-sent.
 *
 * @param days the days with messages, newest first
 * @param period the messages of the period and their difference to the previous period
 * @param yesterday the messages of the day before the end's day, and the end's day's
 * difference to them
 * @param success always true
 */
record MessagesSentResponse(List<DayMessages> days, Trend period, Trend yesterday, boolean success) {

	/**
	 * @param day local midnight of the day in the workspace's time zone, as an ISO UTC
	 * instant with milliseconds
	 * @param messages messages sent that day
	 */
	record DayMessages(String day, long messages) {
	}

	/**
	 * @param count messages
	 * @param variation difference to the compared messages
	 */
	record Trend(long count, long variation) {
	}

}
