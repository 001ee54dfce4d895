package dev.statsemulator.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.startup.DataDirectoryNotWritableException;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The control API's bearer token. A configured one is used as is and never written
 * anywhere. Without one, the token is kept in {@code <data-dir>/admin-token}, readable by
 * its owner only: made on first start, the same on every start after, so scripts read it
 * with {@code $(cat data/admin-token)}.
 */
@Component
public class AdminToken {

	static final String FILE_NAME = "admin-token";

	private static final Logger logger = LoggerFactory.getLogger(AdminToken.class);

	private final byte[] token;

	AdminToken(EmulatorProperties properties) {
		String configured = properties.adminToken();
		if (StringUtils.hasText(configured)) {
			this.token = configured.getBytes(StandardCharsets.UTF_8);
			return;
		}
		Path file = Path.of(properties.dataDir()).resolve(FILE_NAME).normalize();
		String stored = read(file);
		String token = (stored != null) ? stored : generate(file);
		this.token = token.getBytes(StandardCharsets.UTF_8);
		logger.info(
				"No admin token configured (emulator.admin-token / EMULATOR_ADMIN_TOKEN), so the control API "
						+ "uses the one in {} ({}; delete the file for a new one). Use it with:\n\n"
						+ "    T=\"Authorization: Bearer $(cat {})\"\n",
				file, (stored != null) ? "kept from an earlier start" : "generated now, readable by you only", file);
	}

	public boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(this.token, presented.getBytes(StandardCharsets.UTF_8));
	}

	private static String read(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
			return stored.isEmpty() ? null : stored;
		}
		catch (IOException ex) {
			throw new DataDirectoryNotWritableException(file.getParent(), "cannot read " + file + ": " + ex, ex);
		}
	}

	private static String generate(Path file) {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Path dir = file.toAbsolutePath().getParent();
		try {
			Files.createDirectories(dir);
			// Owner-only from the start, then moved into place: never readable by others,
			// never half-written.
			boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
			Path temporary = posix
					? Files.createTempFile(dir, FILE_NAME, ".tmp",
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
					: Files.createTempFile(dir, FILE_NAME, ".tmp");
			Files.writeString(temporary, generated + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new DataDirectoryNotWritableException(dir, "cannot write " + file + ": " + ex, ex);
		}
		return generated;
	}

}
