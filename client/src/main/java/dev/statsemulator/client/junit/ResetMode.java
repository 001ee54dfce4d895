package dev.statsemulator.client.junit;

/** When the extension resets the emulator. */
public enum ResetMode {

	/**
	 * Before each test: every workspace deleted, journal and faults forgotten, clock
	 * released, then the init directory seeded again. Each test starts from the files.
	 */
	BEFORE_EACH,

	/** After each test, the same reset. */
	AFTER_EACH,

	/** Never: tests share what earlier tests left. */
	NEVER

}
