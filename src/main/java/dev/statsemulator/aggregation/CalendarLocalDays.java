package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import dev.statsemulator.eventstore.LocalDays;

import org.springframework.stereotype.Component;

/** The store's local days, from the one calendar. */
@Component
class CalendarLocalDays implements LocalDays {

	@Override
	public Day dayAt(long epochMillis, ZoneId zone) {
		TimeInterval day = TimeBucketer.unitAt(Instant.ofEpochMilli(epochMillis), BucketUnit.DAY, zone,
				DayOfWeek.MONDAY);
		return new Day(day.start().toEpochMilli(), day.end().toEpochMilli());
	}

}
