package dev.statsemulator.seeding;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where seed files are read from at every start, {@code emulator.init-dir} (unset: no
 * seeding).
 *
 * @param initDir a directory with one sub-directory per workspace, or null
 */
@ConfigurationProperties("emulator")
public record SeedingProperties(String initDir) {
}
