package dev.statsemulator.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A secret the service keeps in a file of its data directory when none is configured (the
 * admin token, the key-hash secret): read when the file holds one, else made now (random,
 * URL-safe Base64) and written readable by its owner only. A file that cannot be read or
 * written is a {@link DataDirectoryNotWritableException}, explained at start-up.
 *
 * @param value the secret
 * @param generated whether it was made now rather than read
 */
public record DataDirectorySecret(String value, boolean generated) {

	/**
	 * The secret in {@code file}, made with {@code randomBytes} random bytes when the
	 * file is missing or empty.
	 */
	public static DataDirectorySecret readOrCreate(Path file, int randomBytes) {
		String stored = read(file);
		if (stored != null) {
			return new DataDirectorySecret(stored, false);
		}
		byte[] random = new byte[randomBytes];
		new SecureRandom().nextBytes(random);
		String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String kept = write(file, generated);
		return new DataDirectorySecret(kept, kept.equals(generated));
	}

	private static @Nullable String read(Path file) {
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

	/**
	 * Writes {@code secret} owner-only from the start, then moves it into place: never
	 * readable by others, never half-written. A concurrent first start keeps whichever
	 * came first; an empty file is replaced. Returns the secret the file holds.
	 */
	private static String write(Path file, String secret) {
		Path dir = file.toAbsolutePath().getParent();
		try {
			Files.createDirectories(dir);
			boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
			String name = file.getFileName().toString();
			Path temporary = posix
					? Files.createTempFile(dir, name, ".tmp",
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
					: Files.createTempFile(dir, name, ".tmp");
			Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file);
			}
			catch (FileAlreadyExistsException ex) {
				String other = read(file);
				if (other != null) {
					Files.deleteIfExists(temporary);
					return other;
				}
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			return secret;
		}
		catch (IOException ex) {
			throw new DataDirectoryNotWritableException(dir, "cannot write " + file + ": " + ex, ex);
		}
	}

}
