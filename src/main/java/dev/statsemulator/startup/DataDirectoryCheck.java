package dev.statsemulator.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Makes sure the data directory exists and can be written before anything uses it (the
 * embedded database, the generated admin token), so an unwritable one is reported in one
 * paragraph, not as H2's trace-file errors. Checked only when something will write there:
 * the embedded database's files or a generated admin token. Registered in
 * META-INF/spring.factories.
 */
class DataDirectoryCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		boolean embeddedFiles = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:");
		boolean generatedToken = !StringUtils.hasText(environment.getProperty("emulator.admin-token"));
		if (embeddedFiles || generatedToken) {
			check(Path.of(environment.getProperty("emulator.data-dir", "./data")));
		}
	}

	static void check(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new DataDirectoryNotWritableException(dir, "cannot create it (" + describe(ex) + ")", ex);
		}
		try {
			Files.delete(Files.createTempFile(dir, ".write-check", ".tmp"));
		}
		catch (IOException ex) {
			throw new DataDirectoryNotWritableException(dir, "cannot create files in it (" + describe(ex) + ")", ex);
		}
	}

	private static String describe(IOException ex) {
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

}
