package dev.statsemulator.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.EmulatorProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

import static org.assertj.core.api.Assertions.assertThat;

class KeyHasherTests {

	private static EmulatorProperties emulator(Path dataDir) {
		MockEnvironment environment = new MockEnvironment().withProperty("emulator.data-dir", dataDir.toString());
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("emulator",
				EmulatorProperties.class);
	}

	@Test
	void withoutAConfiguredSecretOneIsMadeInTheDataDirectoryForItsOwnerOnlyAndKept(@TempDir Path dataDir)
			throws Exception {
		KeyHasher first = new KeyHasher(new WorkspaceProperties(""), emulator(dataDir));
		Path file = dataDir.resolve(KeyHasher.FILE_NAME);
		assertThat(file).isRegularFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String secret = Files.readString(file).strip();
		assertThat(secret).hasSizeGreaterThanOrEqualTo(43);

		KeyHasher again = new KeyHasher(new WorkspaceProperties(""), emulator(dataDir));
		assertThat(again.hash("key")).isEqualTo(first.hash("key"));
		assertThat(Files.readString(file).strip()).isEqualTo(secret);
	}

	@Test
	void aConfiguredSecretWinsAndOtherSecretsGiveOtherHashes(@TempDir Path dataDir) {
		KeyHasher configured = new KeyHasher(new WorkspaceProperties("s3cret"), emulator(dataDir));
		assertThat(dataDir.resolve(KeyHasher.FILE_NAME)).doesNotExist();
		assertThat(configured.hash("key")).isEqualTo(new KeyHasher("s3cret".getBytes()).hash("key"))
			.isNotEqualTo(new KeyHasher("other".getBytes()).hash("key"))
			.startsWith(KeyHasher.PREFIX)
			.hasSize(KeyHasher.PREFIX.length() + 64);
		// HMAC-SHA256 of "key" with the secret "s3cret", from an independent
		// implementation
		// (RFC 2104; openssl dgst -sha256 -hmac s3cret).
		assertThat(configured.hash("key")).isEqualTo(KeyHasher.PREFIX + EXPECTED);
	}

	private static final String EXPECTED = "91092eb829c8539540c2b980943a9b61b09179872bb23c60474eeef2f2b191ac";

	@Test
	void aTokenMatchesItsKeyedHashAndItsLegacyDigestOnly() {
		KeyHasher hasher = new KeyHasher("s3cret".getBytes());
		String legacy = KeyHasher.legacyDigest("key");
		assertThat(legacy).isEqualTo("2c70e12b7a0646f92279f427c7b38e7334d8e5389cff167a1dc30e73f826b683");
		assertThat(hasher.matches("key", hasher.hash("key"))).isTrue();
		assertThat(hasher.matches("key", legacy)).isTrue();
		assertThat(KeyHasher.isLegacy(legacy)).isTrue();
		assertThat(KeyHasher.isLegacy(hasher.hash("key"))).isFalse();
		assertThat(hasher.matches("kez", hasher.hash("key"))).isFalse();
		assertThat(hasher.matches("kez", legacy)).isFalse();
		assertThat(hasher.matches("key", new KeyHasher("other".getBytes()).hash("key"))).isFalse();
		assertThat(hasher.matches("key", null)).isFalse();
	}

}
