package dev.statsemulator.startup;

import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The start-up failures a newcomer meets, each explained in one paragraph with the
 * command that fixes it, instead of a stack trace: the H2 files in use by another
 * instance, a data directory that cannot be written, and a PostgreSQL database or role
 * that does not exist (or a server that does not answer). Registered in
 * META-INF/spring.factories; first in line, so Spring Boot's generic analyses of the same
 * failures do not win.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer implements FailureAnalyzer {

	/** H2's ErrorCode.DATABASE_ALREADY_OPEN_1. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	/**
	 * H2's ErrorCode.FILE_CREATION_FAILED_1, FILE_RENAME_FAILED_2, FILE_DELETE_FAILED_1.
	 */
	private static final int[] H2_FILE_ERRORS = { 90062, 90024, 90025, 90028, 90097 };

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	private final Environment environment;

	StartupFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			FailureAnalysis analysis = analyzeOne(cause);
			if (analysis != null) {
				return analysis;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private FailureAnalysis analyzeOne(Throwable cause) {
		if (cause instanceof DataDirectoryNotWritableException ex) {
			return dataDirectory(ex.directory(), ex.getMessage(), cause);
		}
		if (cause instanceof AccessDeniedException ex && ex.getFile() != null && isUnderDataDirectory(ex.getFile())) {
			return dataDirectory(dataDirectory(), "access denied to " + ex.getFile(), cause);
		}
		if (cause instanceof SQLException ex) {
			String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
			if (isH2()) {
				if (ex.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
					return h2InUse(cause);
				}
				for (int code : H2_FILE_ERRORS) {
					if (ex.getErrorCode() == code) {
						return dataDirectory(dataDirectory(), firstLine(ex.getMessage()), cause);
					}
				}
			}
			if (isPostgres()) {
				return switch (state) {
					case "3D000" -> postgresDatabaseMissing(cause);
					case "28000" -> postgresRoleMissing(ex, cause);
					case "28P01" -> postgresPasswordWrong(cause);
					case "08001", "08004" -> postgresUnreachable(ex, cause);
					default -> null;
				};
			}
		}
		return null;
	}

	private FailureAnalysis h2InUse(Throwable cause) {
		Path dir = dataDirectory();
		return new FailureAnalysis("The embedded database in " + dir.toAbsolutePath().normalize()
				+ " is in use by another running emulator "
				+ "(H2 lets one process at a time open its files; the other one may still run in another terminal).",
				"Stop the other emulator, or give this one its own data directory and port: ./mvnw spring-boot:run "
						+ "-Dspring-boot.run.arguments=\"--emulator.data-dir=./data2 --server.port=8081\" "
						+ "(java -jar: --emulator.data-dir=./data2 --server.port=8081).",
				cause);
	}

	private FailureAnalysis dataDirectory(Path dir, String detail, Throwable cause) {
		return new FailureAnalysis(
				"The data directory " + dir.toAbsolutePath().normalize() + " (emulator.data-dir) cannot be written: "
						+ detail + ".",
				"Make it writable by the user running the emulator (for example: mkdir -p " + dir
						+ " && chown $(id -un) " + dir
						+ "), or point the emulator at another directory with --emulator.data-dir=<dir> "
						+ "(environment: EMULATOR_DATA_DIR).",
				cause);
	}

	private FailureAnalysis postgresDatabaseMissing(Throwable cause) {
		String database = postgresDatabase();
		return new FailureAnalysis(
				"The PostgreSQL database \"" + database + "\" does not exist on " + postgresServer()
						+ " (spring.datasource.url).",
				"Create it, owned by the user the emulator logs in as: createdb -h " + postgresHost() + " -p "
						+ postgresPort() + " -O " + username() + " " + database
						+ " (or point SPRING_DATASOURCE_URL at an existing database); the emulator creates its "
						+ "tables itself.",
				cause);
	}

	private FailureAnalysis postgresRoleMissing(SQLException ex, Throwable cause) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		if (!message.contains("role")) {
			return null;
		}
		Matcher quoted = QUOTED.matcher(message);
		String role = quoted.find() ? quoted.group(1) : username();
		return new FailureAnalysis(
				"The PostgreSQL role \"" + role + "\" does not exist on " + postgresServer()
						+ " (spring.datasource.username).",
				"Create it with a password (as a PostgreSQL superuser): createuser -h " + postgresHost() + " -p "
						+ postgresPort() + " --pwprompt " + role + ", then createdb -h " + postgresHost() + " -p "
						+ postgresPort() + " -O " + role + " " + postgresDatabase()
						+ "; or log in as an existing role with SPRING_DATASOURCE_USERNAME and "
						+ "SPRING_DATASOURCE_PASSWORD.",
				cause);
	}

	private FailureAnalysis postgresPasswordWrong(Throwable cause) {
		return new FailureAnalysis(
				"PostgreSQL on " + postgresServer() + " refused the password of role \"" + username()
						+ "\" (spring.datasource.username / spring.datasource.password).",
				"Set the right one with SPRING_DATASOURCE_PASSWORD (and SPRING_DATASOURCE_USERNAME).", cause);
	}

	private FailureAnalysis postgresUnreachable(SQLException ex, Throwable cause) {
		return new FailureAnalysis(
				"No PostgreSQL answers on " + postgresServer() + " (spring.datasource.url): "
						+ firstLine(ex.getMessage()) + ".",
				"Start PostgreSQL there, or point SPRING_DATASOURCE_URL at a server that runs; without the postgres "
						+ "profile the emulator needs no database server at all (embedded H2 in ./data).",
				cause);
	}

	private boolean isH2() {
		return url().startsWith("jdbc:h2:");
	}

	private boolean isPostgres() {
		return url().startsWith("jdbc:postgresql:");
	}

	private boolean isUnderDataDirectory(String file) {
		Path data = dataDirectory().toAbsolutePath().normalize();
		return Path.of(file).toAbsolutePath().normalize().startsWith(data);
	}

	private Path dataDirectory() {
		return Path.of(this.environment.getProperty("emulator.data-dir", "./data")).normalize();
	}

	private String url() {
		return this.environment.getProperty("spring.datasource.url", "");
	}

	private String username() {
		return this.environment.getProperty("spring.datasource.username", "postgres");
	}

	private URI postgresUri() {
		try {
			return URI.create(url().substring("jdbc:".length()));
		}
		catch (IllegalArgumentException ex) {
			return URI.create("postgresql://localhost:5432/");
		}
	}

	private String postgresHost() {
		String host = postgresUri().getHost();
		return (host != null) ? host : "localhost";
	}

	private int postgresPort() {
		int port = postgresUri().getPort();
		return (port > 0) ? port : 5432;
	}

	private String postgresServer() {
		return postgresHost() + ":" + postgresPort();
	}

	private String postgresDatabase() {
		String path = postgresUri().getPath();
		return (path != null && path.length() > 1) ? path.substring(1) : username();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		String line = ((end >= 0) ? message.substring(0, end) : message).strip();
		// The analysis adds its own full stop.
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}

}
