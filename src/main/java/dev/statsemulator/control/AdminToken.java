package dev.statsemulator.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.startup.DataDirectorySecret;

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
		DataDirectorySecret secret = DataDirectorySecret.readOrCreate(file, 24);
		this.token = secret.value().getBytes(StandardCharsets.UTF_8);
		logger.info(
				"No admin token configured (emulator.admin-token / EMULATOR_ADMIN_TOKEN), so the control API "
						+ "uses the one in {} ({}; delete the file for a new one). Use it with:\n\n"
						+ "    T=\"Authorization: Bearer $(cat {})\"\n",
				file, secret.generated() ? "generated now, readable by you only" : "kept from an earlier start", file);
	}

	public boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(this.token, presented.getBytes(StandardCharsets.UTF_8));
	}

}
