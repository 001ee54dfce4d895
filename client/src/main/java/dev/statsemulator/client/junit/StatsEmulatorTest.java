package dev.statsemulator.client.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a Stats Emulator and hands its tests a
 * {@link dev.statsemulator.client.StatsEmulator} parameter.
 * <p>
 * By default the extension starts the emulator's executable jar (system property
 * {@code statsemulator.jar} or environment variable {@code STATS_EMULATOR_JAR}) as a
 * child process on a free port with a temporary data directory, once per JVM and
 * configuration; with {@link #url()} (or {@code statsemulator.url} and
 * {@code statsemulator.admin-token}) it connects to a running one instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StatsEmulatorExtension.class)
public @interface StatsEmulatorTest {

	/**
	 * An init directory (relative to the working directory): one sub-directory per
	 * workspace with workspace.json, messages.json and *.ndjson event files. Seeded at
	 * start and at every reset.
	 */
	String initDir() default "";

	/** When to reset. */
	ResetMode reset() default ResetMode.BEFORE_EACH;

	/** The URL of a running emulator to use instead of starting one. */
	String url() default "";

	/** Its admin token (with {@link #url()}). */
	String adminToken() default "";

	/** More properties for a started emulator, as {@code name=value}. */
	String[] properties() default {};

	/** Arguments for a started emulator's JVM. */
	String[] jvmArguments() default { "-Xmx384m" };

	/**
	 * Seconds to wait for a started emulator to be ready; the system property
	 * {@code statsemulator.startup-timeout} can raise it.
	 */
	int startupTimeoutSeconds() default 120;

}
