package dev.statsemulator.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How keys and tokens are hashed, under {@code emulator.key-hash.*}.
 *
 * @param secret the HMAC secret of this installation; when blank, the one kept in
 * {@code <data-dir>/key-hash-secret} (generated on first start)
 */
@ConfigurationProperties("emulator.key-hash")
record WorkspaceProperties(@DefaultValue("") String secret) {
}
