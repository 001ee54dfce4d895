package dev.statsemulator.client.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import dev.statsemulator.client.EmulatorProcess;
import dev.statsemulator.client.StatsEmulator;

/**
 * The JUnit 5 extension behind {@link StatsEmulatorTest}. A started emulator is shared by
 * every test class of the JVM with the same configuration and stopped when the run ends.
 */
public class StatsEmulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(StatsEmulatorExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		emulator(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (settings(context).reset() == ResetMode.BEFORE_EACH) {
			reset(context);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (settings(context).reset() == ResetMode.AFTER_EACH) {
			reset(context);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == StatsEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return emulator(context);
	}

	private void reset(ExtensionContext context) {
		StatsEmulator emulator = emulator(context);
		StatsEmulatorTest settings = settings(context);
		if (isRemote(settings)) {
			emulator.control().reset(false, false);
			Path initDir = initDir(settings);
			if (initDir != null) {
				emulator.control().seed(initDir);
			}
		}
		else {
			emulator.control().reset();
		}
	}

	private StatsEmulator emulator(ExtensionContext context) {
		StatsEmulatorTest settings = settings(context);
		String key = key(settings);
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		return store.getOrComputeIfAbsent(key, (ignored) -> create(settings), Running.class).emulator();
	}

	private static Running create(StatsEmulatorTest settings) {
		Path initDir = initDir(settings);
		if (isRemote(settings)) {
			String url = settings.url().isEmpty() ? System.getProperty("statsemulator.url") : settings.url();
			String token = settings.adminToken().isEmpty()
					? System.getProperty("statsemulator.admin-token", System.getenv("EMULATOR_ADMIN_TOKEN"))
					: settings.adminToken();
			if (token == null) {
				throw new ExtensionConfigurationException(
						"Connecting to " + url + " needs its admin token: adminToken or -Dstatsemulator.admin-token");
			}
			StatsEmulator emulator = new StatsEmulator(url, token);
			if (initDir != null) {
				emulator.control().reset(false, false);
				emulator.control().seed(initDir);
			}
			return new Running(emulator, null);
		}
		String jar = System.getProperty("statsemulator.jar", System.getenv("STATS_EMULATOR_JAR"));
		if (jar == null || jar.isBlank()) {
			throw new ExtensionConfigurationException("Where is the emulator's jar? Set -Dstatsemulator.jar=... "
					+ "(or STATS_EMULATOR_JAR), or connect to a running emulator with url / -Dstatsemulator.url");
		}
		Map<String, String> properties = new LinkedHashMap<>();
		for (String property : settings.properties()) {
			int equals = property.indexOf('=');
			if (equals < 1) {
				throw new ExtensionConfigurationException("properties: '" + property + "' is not name=value");
			}
			properties.put(property.substring(0, equals), property.substring(equals + 1));
		}
		// A busy CI machine may need longer than the annotation says: the property raises
		// it.
		int timeout = Math.max(settings.startupTimeoutSeconds(),
				Integer.getInteger("statsemulator.startup-timeout", 0));
		EmulatorProcess process = EmulatorProcess.start(Path.of(jar), initDir, properties,
				List.of(settings.jvmArguments()), Duration.ofSeconds(timeout));
		return new Running(process.emulator(), process);
	}

	private static boolean isRemote(StatsEmulatorTest settings) {
		return !settings.url().isEmpty() || System.getProperty("statsemulator.url") != null;
	}

	private static Path initDir(StatsEmulatorTest settings) {
		if (settings.initDir().isEmpty()) {
			return null;
		}
		Path directory = Path.of(settings.initDir()).toAbsolutePath();
		if (!Files.isDirectory(directory)) {
			throw new ExtensionConfigurationException("initDir " + directory + " is not a directory");
		}
		return directory;
	}

	private static String key(StatsEmulatorTest settings) {
		return String.join("|", settings.initDir(), settings.url(), String.join(",", settings.properties()),
				Arrays.toString(settings.jvmArguments()));
	}

	private static StatsEmulatorTest settings(ExtensionContext context) {
		return context.getTestClass()
			.flatMap((type) -> AnnotationSupport.findAnnotation(type, StatsEmulatorTest.class))
			.orElseThrow(() -> new ExtensionConfigurationException(
					"Annotate the test class with @StatsEmulatorTest to use the Stats Emulator extension"));
	}

	/** A started or connected emulator, stopped when JUnit closes the root store. */
	record Running(StatsEmulator emulator, EmulatorProcess process) implements AutoCloseable {

		@Override
		public void close() {
			if (this.process != null) {
				this.process.close();
			}
		}

	}

}
