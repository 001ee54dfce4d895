package dev.statsemulator.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.EmulatorProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The control API's bearer token: configured, or generated once per start and printed.
 */
@Component
public class AdminToken {

	private static final Logger logger = LoggerFactory.getLogger(AdminToken.class);

	private final byte[] token;

	AdminToken(EmulatorProperties properties) {
		String configured = properties.adminToken();
		if (StringUtils.hasText(configured)) {
			this.token = configured.getBytes(StandardCharsets.UTF_8);
		}
		else {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			this.token = generated.getBytes(StandardCharsets.UTF_8);
			logger.warn("No admin token configured (emulator.admin-token / EMULATOR_ADMIN_TOKEN). "
					+ "Generated one for this run:\n\n    Control API admin token: {}\n", generated);
		}
	}

	public boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(this.token, presented.getBytes(StandardCharsets.UTF_8));
	}

}
