package dev.statsemulator.generator;

/**
 * Told after every generated day, from the generating thread.
 */
@FunctionalInterface
public interface GenerationListener {

	/** Ignores progress. */
	GenerationListener NONE = (daysDone, daysTotal, events, stored) -> {
	};

	/**
	 * @param daysDone local days generated so far
	 * @param daysTotal local days the generation covers
	 * @param events events generated so far
	 * @param stored events stored so far (the rest of those flushed were already there)
	 */
	void day(int daysDone, int daysTotal, long events, long stored);

}
