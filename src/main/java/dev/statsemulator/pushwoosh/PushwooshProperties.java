package dev.statsemulator.pushwoosh;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Pushwoosh lens's settings, under {@code emulator.pushwoosh.*}.
 *
 * @param paginationSecret signs getMessageLog pagination tokens; random per start when
 * blank (so tokens end with a restart)
 */
@ConfigurationProperties("emulator.pushwoosh")
record PushwooshProperties(@DefaultValue("") String paginationSecret) {
}
